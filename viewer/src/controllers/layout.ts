// The layout card: ForceAtlas2 and "Spread overlaps" on the drawing, run in web
// workers by layout.ts (never on the page's thread). One LayoutControl per
// drawing; a new drawing kills the previous one's workers.
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../../src/types.ts';
import { LayoutControl } from '../layout.ts';
import { isLarge } from '../renderer.ts';
import { byId } from '../ui/dom.ts';
import type { Renderer } from './context.ts';

export class LayoutController {
  control: LayoutControl | null = null;

  wire(): void {
    byId('layout-toggle').addEventListener('click', () => this.control?.toggle());
    byId('layout-noverlap').addEventListener('click', () => this.control?.spread());
  }

  /** A new drawing: its own layout workers (started on demand). */
  mounted(drawn: KnowledgeGraph, renderer: Renderer): void {
    this.control = new LayoutControl(drawn, renderer as unknown as Sigma, (running) => {
      const b = byId('layout-toggle');
      b.textContent = running ? 'Stop ForceAtlas2' : 'Run ForceAtlas2';
      b.setAttribute('aria-pressed', String(running));
    }, isLarge(drawn));
  }

  kill(): void {
    this.control?.kill();
    this.control = null;
  }
}
