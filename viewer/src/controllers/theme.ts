// Dark mode: the page follows the system's prefers-color-scheme until the user
// presses the theme toggle, whose choice is remembered (localStorage) and wins from
// then on. The CSS reads <html data-theme>; the canvas (sigma's reducers, labels,
// the emphasis overlay) reads render/canvas-colors.ts, switched here, then redrawn.
import { resolveTheme, type Theme } from '../core/theme.ts';
import { setCanvasTheme } from '../render/canvas-colors.ts';
import { byId } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

export const THEME_KEY = 'kg-viewer-theme';

function stored(): string | null {
  try { return localStorage.getItem(THEME_KEY); } catch { return null; }
}

export class ThemeController {
  theme: Theme = 'light';
  private readonly system = window.matchMedia('(prefers-color-scheme: dark)');

  constructor(private ctx: ViewerContext) {
    // Before the first drawing, so it is drawn in the right colours from the start.
    this.apply();
  }

  wire(): void {
    this.system.addEventListener('change', () => this.apply());
    window.addEventListener('storage', (e) => { if (e.key === THEME_KEY) this.apply(); });
    byId('theme-toggle').addEventListener('click', () => {
      const next: Theme = this.theme === 'dark' ? 'light' : 'dark';
      try { localStorage.setItem(THEME_KEY, next); } catch { /* private mode: this page only */ }
      this.apply(next);
    });
    this.syncToggle();
  }

  private apply(choice?: Theme): void {
    const theme = choice ?? resolveTheme(stored(), this.system.matches);
    this.theme = theme;
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
    setCanvasTheme(theme);
    this.syncToggle();
    // Colours are read at drawing time: draw again.
    this.ctx.renderer?.refresh();
  }

  private syncToggle(): void {
    const toggle = document.getElementById('theme-toggle');
    if (!toggle) return;
    const dark = this.theme === 'dark';
    toggle.setAttribute('aria-pressed', String(dark));
    toggle.setAttribute('aria-label', dark ? 'Dark mode is on; switch to light' : 'Light mode is on; switch to dark');
    toggle.title = toggle.getAttribute('aria-label')!;
    toggle.textContent = dark ? '☾' : '☀';
  }
}
