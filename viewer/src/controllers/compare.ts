// Multi-select to compare entities: shift-click adds an entity to the comparison
// (or takes it out; the first shift-click with an entity selected takes both), and
// a rectangle drawn with shift held on the drawing adds every visible entity inside
// it. The comparison is part of the state (`compare`, in the URL); the panel shows
// what the entities share (core/compare.ts) and rings mark them on the drawing.
import type { Renderer, ViewerContext } from './context.ts';
import { compareEntities, pointsInRect, rectFrom, toggleMember } from '../core/compare.ts';
import { renderCompareStart, renderComparison, type CompareActions } from '../ui/compare-panel.ts';
import { byId } from '../ui/dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A press that moves less than this (pixels) is a click, not a rectangle. */
const DRAG_MIN = 5;

export class CompareController {
  private renderer: Renderer | null = null;
  private start: { x: number; y: number } | null = null;
  /** A rectangle just ended: the click sigma reports for the same release is not a shift-click. */
  private dragged = false;
  /** The entity the last shift-click picked. */
  private lastPicked: string | null = null;

  constructor(private ctx: ViewerContext) {}

  private setCompare(keys: string[]): void {
    this.ctx.patch((s) => { s.compare = keys; });
  }

  wireRenderer(renderer: Renderer): void {
    this.renderer = renderer;
    const pick = (node: string) => {
      const current = this.ctx.state.compare;
      const selected = this.ctx.state.selected;
      const seed = current.length === 0 && selected && selected !== node ? [selected] : current;
      this.lastPicked = node;
      this.setCompare(toggleMember(seed, node));
    };
    renderer.on('clickNode', ({ node, event }) => {
      if ((event.original as MouseEvent).shiftKey && !this.dragged) pick(node);
    });
    // sigma reports a second click soon after the first as a double click (and no click):
    // two quick shift-clicks on two entities pick both; on the same one, the first counted.
    renderer.on('doubleClickNode', ({ node, event, preventSigmaDefault }) => {
      if (!(event.original as MouseEvent).shiftKey) return;
      preventSigmaDefault();
      if (node !== this.lastPicked && !this.dragged) pick(node);
    });
    renderer.on('afterRender', () => this.drawRings());
  }

  /** The shift-drawn rectangle: wired once, on the drawing's container (the same element for every drawing). */
  wire(): void {
    const container = byId('sigma');
    const band = byId('compare-band');
    // Capture: sigma never sees a shifted press, so the camera does not pan while a rectangle
    // is drawn; the click that follows still reaches it (a shift-click on an entity).
    container.addEventListener('mousedown', (e) => {
      this.dragged = false;
      if (!e.shiftKey || e.button !== 0 || !this.renderer) return;
      e.stopPropagation();
      this.start = this.local(e);
    }, true);
    window.addEventListener('mousemove', (e) => {
      if (!this.start) return;
      const r = rectFrom(this.start, this.local(e));
      if (r.w < DRAG_MIN && r.h < DRAG_MIN) return;
      Object.assign(band.style, { left: `${r.x}px`, top: `${r.y}px`, width: `${r.w}px`, height: `${r.h}px` });
      band.hidden = false;
    });
    window.addEventListener('mouseup', (e) => {
      if (!this.start) return;
      const r = rectFrom(this.start, this.local(e));
      this.start = null;
      band.hidden = true;
      if (r.w < DRAG_MIN && r.h < DRAG_MIN || !this.renderer || !this.ctx.graph) return;
      this.dragged = true;
      this.lastPicked = null;
      const inside = pointsInRect(this.visiblePoints(), r);
      if (inside.length) this.setCompare([...this.ctx.state.compare, ...inside.filter((k) => !this.ctx.state.compare.includes(k))]);
    });
  }

  /** A pointer position in the drawing's pixels. */
  private local(e: MouseEvent): { x: number; y: number } {
    const box = this.renderer!.getContainer().getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  private *visiblePoints(): Generator<[string, { x: number; y: number }]> {
    const r = this.renderer!;
    const hidden = this.ctx.display.hiddenNodes;
    for (const key of this.ctx.graph!.nodes()) {
      if (hidden.has(key)) continue;
      const d = r.getNodeDisplayData(key);
      if (d) yield [key, r.framedGraphToViewport(d)];
    }
  }

  /** Rings around the compared entities, above the drawing. */
  private drawRings(): void {
    const svg = document.getElementById('compare-rings') as unknown as SVGSVGElement | null;
    const r = this.renderer;
    if (!svg || !r) return;
    svg.replaceChildren();
    const hidden = this.ctx.display.hiddenNodes;
    for (const key of this.ctx.state.compare) {
      if (!this.ctx.graph?.hasNode(key) || hidden.has(key)) continue;
      const d = r.getNodeDisplayData(key);
      if (!d) continue;
      const p = r.framedGraphToViewport(d);
      const size = r.scaleSize(d.size);
      const ring = document.createElementNS(SVG, 'circle');
      ring.setAttribute('cx', String(p.x));
      ring.setAttribute('cy', String(p.y));
      ring.setAttribute('r', String(size + 5));
      ring.setAttribute('data-key', key);
      svg.append(ring);
    }
  }

  /** The panel section and the rings, from the state. */
  sync(): void {
    const root = byId('compare');
    const graph = this.ctx.graph;
    const keys = this.ctx.state.compare;
    const selected = this.ctx.state.selected && graph?.hasNode(this.ctx.state.selected) ? this.ctx.state.selected : null;
    root.hidden = !graph || (keys.length === 0 && !selected);
    const actions: CompareActions = {
      show: (key) => this.ctx.select(key, true),
      add: (key) => this.setCompare(keys.includes(key) ? keys : [...keys, key]),
      remove: (key) => this.setCompare(keys.filter((k) => k !== key)),
      showRelation: (edge) => this.ctx.selection.showEdge(edge),
      path: (from, to) => this.ctx.patch((s) => { s.pathFrom = from; s.pathTo = to; }),
      clear: () => this.setCompare([]),
    };
    // Without a comparison, the section offers only to start one, below the entity's details.
    root.classList.toggle('start', keys.length === 0);
    if (graph && keys.length) {
      const c = compareEntities(graph, keys, this.ctx.display.hiddenNodes, this.ctx.display.hiddenEdges);
      renderComparison(root, graph, c, keys.length - c.entities.length, selected, actions);
    } else if (graph && selected) renderCompareStart(root, graph, selected, actions);
    this.drawRings();
  }
}
