// The layout card: ForceAtlas2 and "Spread overlaps" on the drawing, run in web
// workers by layout.ts (never on the page's thread). One LayoutControl per
// drawing; a new drawing kills the previous one's workers. Positions the viewer
// computed are kept for the tab (sessionStorage, by graph) and named in the URL,
// so a reload draws them again instead of the build's.
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../../src/types.ts';
import { positionExtent } from '../core/subset.ts';
import { LayoutControl } from '../layout.ts';
import { byId } from '../ui/dom.ts';
import type { Renderer, ViewerContext } from './context.ts';

const STORAGE_PREFIX = 'news-kg:layout:';

export class LayoutController {
  control: LayoutControl | null = null;
  private signature = '';

  constructor(private ctx: ViewerContext) {}

  wire(): void {
    byId('layout-toggle').addEventListener('click', () => this.control?.toggle());
    byId('layout-noverlap').addEventListener('click', () => this.control?.spread());
  }

  /**
   * Before a drawing is handed to sigma: when the state says the viewer's own positions
   * were in use, put them back. False when they are not kept (another tab, or storage full).
   */
  restore(drawn: KnowledgeGraph, signature: string): boolean {
    this.signature = signature;
    let saved: Record<string, [number, number]> | null = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(STORAGE_PREFIX + signature) ?? 'null') as Record<string, [number, number]> | null;
    } catch {
      saved = null;
    }
    if (!saved) return false;
    drawn.updateEachNodeAttributes((node, a) => {
      const p = Object.hasOwn(saved!, node) ? saved![node] : undefined;
      if (p) {
        a.x = p[0];
        a.y = p[1];
      }
      return a;
    }, { attributes: ['x', 'y'] });
    return true;
  }

  /** A new drawing: its own layout workers (started on demand). */
  mounted(drawn: KnowledgeGraph, renderer: Renderer, sizedFor: number, signature: string): void {
    this.signature = signature;
    this.control = new LayoutControl(drawn, renderer as unknown as Sigma, (running) => {
      const b = byId('layout-toggle');
      b.textContent = running ? 'Stop ForceAtlas2' : 'Run ForceAtlas2';
      b.setAttribute('aria-pressed', String(running));
    }, {
      sizedFor,
      onSpreading: (running) => {
        const b = byId<HTMLButtonElement>('layout-noverlap');
        b.disabled = running;
        b.textContent = running ? 'Spreading…' : 'Spread overlaps';
      },
      onSettled: (graph) => this.settled(graph, renderer),
    });
  }

  /** A layout run ended: fit the drawing to where the entities are now, and keep the positions for a reload. */
  private settled(graph: KnowledgeGraph, renderer: Renderer): void {
    const frame = positionExtent(graph);
    if (frame) renderer.setCustomBBox(frame);
    const positions: Record<string, [number, number]> = Object.create(null); // keys from data
    graph.forEachNode((node, a) => { positions[node] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]; });
    try {
      sessionStorage.setItem(STORAGE_PREFIX + this.signature, JSON.stringify(positions));
      this.ctx.remember((s) => { s.viewerLayout = true; });
    } catch {
      this.ctx.status('This layout cannot be kept for a reload (the browser\'s storage is full).', true);
    }
  }

  kill(): void {
    this.control?.kill();
    this.control = null;
  }
}
