// Emphasis without redrawing the graph: when an entity is hovered or selected,
// or a path is shown, a white veil fades everything sigma has drawn, the
// relations that matter are drawn on a canvas above the veil (in their kind's
// colour; a path's shortest route dark and solid, its alternatives dashed), with
// their predicates written level (not bent along a curve) where they do not
// cover each other, and the entities concerned are redrawn above that on
// sigma's highlight layer (see node-labels.ts). Nothing of sigma's WebGL scene
// is touched, so emphasis costs the same on 30 entities as on 20,000; it is
// redrawn after every sigma frame (camera moves) and whenever the emphasis changes.
// Derived from the DisplayState only, like the reducers.
import { canvasColors } from './canvas-colors.ts';
import type Sigma from 'sigma';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../../src/types.ts';
import type { ParallelSlot } from '../core/parallel.ts';
import { LabelSpace } from './label-space.ts';
import { isKnowledge } from '../core/visibility.ts';

/** What the overlay reads (a subset of the renderer's DisplayState). */
export interface EmphasisState {
  hiddenEdges: Set<string>;
  focus: string | null;
  focusEdges: Set<string>;
  pathEdges: Set<string>;
  /** Rank of the best path each path edge is on (0: the shortest). */
  pathRank: Map<string, number>;
  hoveredEdge: string | null;
  selectedEdge: string | null;
}

export interface EmphasisStyle {
  kindColor(kind: EdgeAttributes['kind']): string;
  curvature(slot: ParallelSlot): number;
  font: string;
  /** Boxes already taken on screen (the highlighted entities' labels): relation labels keep off them. */
  occupied?(): Iterable<{ x: number; y: number; w: number; h: number }>;
}

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

interface Stroke {
  edge: string;
  color: string;
  width: number;
  dash: number[];
  label: string | null;
  bold: boolean;
}

/** Most edge labels written at once (a hub's hundreds of relations would be unreadable anyway). */
const EDGE_LABEL_LIMIT = 40;

export class EmphasisOverlay {
  private readonly veil: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private frame: number | null = null;
  /** What the last frame drew (read by tests and the bench): relations with their stroke, and the labels written. */
  drawn: Array<{ edge: string; color: string; width: number; dashed: boolean }> = [];
  written: Array<{ text: string; x: number; y: number; w: number; h: number }> = [];

  constructor(private renderer: Renderer, private view: EmphasisState, private parallel: Map<string, ParallelSlot>, private style: EmphasisStyle) {
    this.veil = renderer.createLayer('veil', 'div', { afterLayer: 'labels', style: { pointerEvents: 'none', display: 'none' } });
    // sigma 3 passes the layer position on to createCanvas, though its type does not say so.
    renderer.createCanvasContext('emphasis', { afterLayer: 'veil', style: { pointerEvents: 'none' } } as { style: Partial<CSSStyleDeclaration> });
    this.canvas = renderer.getCanvases().emphasis!;
    // Layers added after sigma sized its own are sized on the next change only: size them now.
    renderer.resize(true);
    this.canvas.style.display = 'none';
    // sigma's own relation labels are not used (this overlay writes them): keep their layer out of the page's compositing.
    const edgeLabels = renderer.getCanvases().edgeLabels;
    if (edgeLabels) edgeLabels.style.display = 'none';
    renderer.on('afterRender', () => this.draw());
  }

  /** True while something is emphasised (the veil is down). */
  get active(): boolean {
    return this.veil.style.display !== 'none';
  }

  /** Redraw at the next frame (several changes in one task draw once). */
  schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.draw();
    });
  }

  kill(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** The strokes of the current emphasis, most important last (drawn on top). */
  private strokes(graph: KnowledgeGraph): Stroke[] {
    const v = this.view;
    const out: Stroke[] = [];
    const labelOf = (a: EdgeAttributes) => (a.kind === 'cooccurrence' ? null : a.label || a.predicate);
    if (v.pathEdges.size > 0) {
      const ranked = [...v.pathEdges].filter((e) => graph.hasEdge(e) && !v.hiddenEdges.has(e))
        .sort((a, b) => (v.pathRank.get(b) ?? 0) - (v.pathRank.get(a) ?? 0));
      for (const edge of ranked) {
        const a = graph.getEdgeAttributes(edge);
        const best = (v.pathRank.get(edge) ?? 0) === 0;
        out.push({ edge, color: best ? canvasColors().ink : canvasColors().alternative, width: best ? 3.5 : 2.2, dash: best ? [] : [7, 5], label: a.label || a.predicate, bold: best });
      }
    } else if (v.focus !== null) {
      for (const edge of v.focusEdges) {
        if (!graph.hasEdge(edge) || v.hiddenEdges.has(edge)) continue;
        const a = graph.getEdgeAttributes(edge);
        const typed = a.kind !== 'cooccurrence';
        // Background knowledge (not read in an article) dotted.
        out.push({ edge, color: this.style.kindColor(a.kind), width: typed ? 2.2 : 1.4, dash: isKnowledge(a) ? [2, 4] : [], label: labelOf(a), bold: false });
      }
      // Typed relations over co-occurrences.
      out.sort((x, y) => Number(x.label !== null) - Number(y.label !== null));
    }
    for (const edge of [v.selectedEdge, v.hoveredEdge]) {
      if (!edge || !graph.hasEdge(edge) || v.hiddenEdges.has(edge)) continue;
      const a = graph.getEdgeAttributes(edge);
      out.push({ edge, color: canvasColors().ink, width: 3, dash: [], label: a.label || a.predicate, bold: true });
    }
    return out;
  }

  draw(): void {
    const renderer = this.renderer;
    const graph = renderer.getGraph() as unknown as KnowledgeGraph;
    const { width, height } = renderer.getDimensions();
    const strokes = this.strokes(graph);
    const v = this.view;
    const active = strokes.length > 0 || v.focus !== null || v.pathEdges.size > 0;
    this.veil.style.display = active ? 'block' : 'none';
    this.veil.style.background = canvasColors().veil;
    // An empty layer is hidden, not just cleared: with software compositing every visible
    // layer that changed is copied again on each frame.
    const shown = strokes.length > 0;
    if (!shown && this.canvas.style.display === 'none') return;
    const ctx = this.canvas.getContext('2d')!;
    ctx.clearRect(0, 0, width, height);
    this.canvas.style.display = shown ? '' : 'none';
    this.drawn = [];
    this.written = [];
    if (strokes.length === 0) return;
    const labels: Array<{ text: string; x: number; y: number; bold: boolean }> = [];
    for (const s of strokes) {
      const [source, target] = graph.extremities(s.edge);
      const sd = renderer.getNodeDisplayData(source);
      const td = renderer.getNodeDisplayData(target);
      if (!sd || !td || sd.hidden || td.hidden) continue;
      const p0 = renderer.framedGraphToViewport(sd);
      const p2 = renderer.framedGraphToViewport(td);
      const rt = renderer.scaleSize(td.size);
      const slot = this.parallel.get(s.edge);
      const k = slot ? this.style.curvature(slot) : 0;
      const dx = p2.x - p0.x;
      const dy = p2.y - p0.y;
      // The control point of the curve (same rule as @sigma/edge-curve): off the middle, across the line.
      const c = { x: (p0.x + p2.x) / 2 + dy * k, y: (p0.y + p2.y) / 2 - dx * k };
      const a = graph.getEdgeAttributes(s.edge);
      const directed = a.kind !== 'cooccurrence' && (a as EdgeAttributes & { undirected?: boolean }).undirected !== true;
      // Stop at the target's disc (and leave room for the arrow head).
      const tx = p2.x - c.x;
      const ty = p2.y - c.y;
      const tl = Math.hypot(tx, ty) || 1;
      const end = { x: p2.x - (tx / tl) * (rt + 1), y: p2.y - (ty / tl) * (rt + 1) };
      const head = directed ? 9 : 0;
      const stop = { x: end.x - (tx / tl) * head * 0.8, y: end.y - (ty / tl) * head * 0.8 };
      ctx.save();
      ctx.strokeStyle = s.color;
      ctx.lineWidth = s.width;
      ctx.lineCap = 'round';
      ctx.setLineDash(s.dash);
      ctx.beginPath();
      ctx.moveTo(p0.x, p0.y);
      if (k === 0) ctx.lineTo(stop.x, stop.y);
      else ctx.quadraticCurveTo(c.x, c.y, stop.x, stop.y);
      ctx.stroke();
      ctx.restore();
      if (directed) {
        const ux = tx / tl;
        const uy = ty / tl;
        ctx.fillStyle = s.color;
        ctx.beginPath();
        ctx.moveTo(end.x, end.y);
        ctx.lineTo(end.x - ux * head - uy * head * 0.45, end.y - uy * head + ux * head * 0.45);
        ctx.lineTo(end.x - ux * head + uy * head * 0.45, end.y - uy * head - ux * head * 0.45);
        ctx.closePath();
        ctx.fill();
      }
      this.drawn.push({ edge: s.edge, color: s.color, width: s.width, dashed: s.dash.length > 0 });
      if (s.label) {
        // The middle of the curve: B(1/2) = (P0 + 2C + P2) / 4.
        const mid = k === 0 ? { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 } : { x: (p0.x + 2 * c.x + p2.x) / 4, y: (p0.y + 2 * c.y + p2.y) / 4 };
        labels.push({ text: s.label, x: mid.x, y: mid.y, bold: s.bold });
      }
    }
    // Labels last, level, where they do not cover one another; the most important (drawn last) first.
    const space = new LabelSpace();
    for (const box of this.style.occupied?.() ?? []) space.take(box);
    let written = 0;
    for (const l of labels.reverse()) {
      if (written >= EDGE_LABEL_LIMIT) break;
      const font = `${l.bold ? 650 : 500} 11.5px ${this.style.font}`;
      ctx.font = font;
      const w = ctx.measureText(l.text).width + 8;
      const h = 16;
      // Inside the canvas, even for a relation whose middle is near its border.
      const box = { x: Math.min(Math.max(2, l.x - w / 2), width - w - 2), y: Math.min(Math.max(2, l.y - h / 2), height - h - 2), w, h };
      if (!space.free(box)) continue;
      space.take(box);
      written++;
      this.written.push({ text: l.text, ...box });
      ctx.fillStyle = canvasColors().box;
      ctx.beginPath();
      ctx.roundRect(box.x, box.y, box.w, box.h, 3);
      ctx.fill();
      ctx.fillStyle = canvasColors().ink;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      ctx.fillText(l.text, box.x + w / 2, box.y + h / 2 + 0.5);
      ctx.textAlign = 'start';
    }
  }
}
