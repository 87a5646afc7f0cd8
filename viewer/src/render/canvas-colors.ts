// The canvas colours in use (core/theme.ts holds both sets): the reducers, the
// labels and the emphasis overlay read them when they draw, the theme controller
// switches them and redraws. The picture download draws in the light set.
import { CANVAS_COLORS, lift, type CanvasColors, type Theme } from '../core/theme.ts';

let active: Theme = 'light';

export function canvasColors(): CanvasColors {
  return CANVAS_COLORS[active];
}

export function setCanvasTheme(theme: Theme): void {
  active = theme;
}

/** A relation kind's colour as drawn on this theme's background. */
export function kindColor(hex: string): string {
  return lift(hex, CANVAS_COLORS[active].kindLift);
}

/** Draw with `theme`'s colours for the length of `draw` (synchronous). */
export function withCanvasTheme<T>(theme: Theme, draw: () => T): T {
  const before = active;
  active = theme;
  try { return draw(); } finally { active = before; }
}
