// Light or dark: the page follows the system setting (prefers-color-scheme) until
// the user picks one with the toggle, which is remembered (localStorage). The
// colours sigma and the overlays draw with on the canvas, per theme, live here next
// to the rule, so the contrast of labels against the drawing's background can be
// checked (tests/viewer/theme-browser.test.ts). Pure.

export type Theme = 'light' | 'dark';

/** The stored choice wins; without one, the system's. */
export function resolveTheme(stored: string | null, systemDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemDark ? 'dark' : 'light';
}

export interface CanvasColors {
  /** The drawing's background (the CSS of .stage uses the same value). */
  background: string;
  label: string;
  /** Drawn around labels so they read over lines. */
  halo: string;
  /** Ring of the entity in focus, the best path, and the text of relation labels. */
  ink: string;
  /** Alternative paths. */
  alternative: string;
  /** Boxes behind highlighted labels and relation labels. */
  box: string;
  boxLine: string;
  /** What hover and selection lay over the rest. */
  veil: string;
  /** Co-occurrence lines at rest. */
  cooccurrence: string;
  /** The ring around every entity disc (render/node-border.ts): at least 3:1 against the background, as the legend swatches' ring. */
  discBorder: string;
  /** How much white is mixed into a relation kind's colour (the kinds are dark; a dark background needs them lighter). */
  kindLift: number;
}

export const CANVAS_COLORS: Record<Theme, CanvasColors> = {
  light: {
    background: '#ffffff', label: '#111827', halo: 'rgba(255,255,255,0.92)', ink: '#111827', alternative: '#475569',
    box: '#ffffff', boxLine: '#cbd5e1', veil: 'rgba(255,255,255,0.72)', cooccurrence: 'rgba(150,150,150,0.35)', discBorder: '#6b7280', kindLift: 0,
  },
  dark: {
    background: '#12161d', label: '#e5e7eb', halo: 'rgba(18,22,29,0.92)', ink: '#f3f4f6', alternative: '#94a3b8',
    box: '#1f2530', boxLine: '#475569', veil: 'rgba(18,22,29,0.74)', cooccurrence: 'rgba(160,160,160,0.3)', discBorder: '#9ca3af', kindLift: 0.4,
  },
};

/** "#rrggbb" with `amount` (0-1) of white mixed in. */
export function lift(hex: string, amount: number): string {
  if (amount <= 0 || !/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/** WCAG 2 relative luminance of an "#rrggbb" or "rgb(r, g, b)" colour. */
export function luminance(color: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  const rgb = m ? [0, 8, 16].map((s) => (parseInt(m[1]!, 16) >> (16 - s)) & 255) : (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
