// Hover and selection on the drawing: which entity has the focus (hovered, else
// selected) and its neighbourhood, the selected relation, the renderer's pointer
// events, and the keyboard (arrows move to a neighbour, Escape closes). Focus is
// shown by the emphasis overlay and sigma's highlight layer (renderer.ts), never
// by refreshing the graph, so a hover or a click costs a few milliseconds
// whatever the size of the drawing.
import type { EdgeAttributes } from '../../../src/types.ts';
import { emphasisedNodes, setOverlayHighlights } from '../renderer.ts';
import { byId } from '../ui/dom.ts';
import type { Renderer, ViewerContext } from './context.ts';

/** Hover changes are applied after the pointer rests this long, so sweeping across nodes does not refresh per node. */
const HOVER_DELAY_MS = 60;

export interface Changed {
  nodes: Set<string>;
  edges: Set<string>;
}

export class SelectionController {
  hovered: string | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private ctx: ViewerContext) {}

  /** A new drawing: nothing hovered on it yet. */
  reset(): void {
    this.hovered = null;
  }

  /** The relation shown in the panel, when it is drawn. */
  get selectedEdge(): string | null {
    const edge = this.ctx.state.edge;
    return edge && this.ctx.graph?.hasEdge(edge) ? edge : null;
  }

  /** Recompute the focused neighbourhood; returns the items whose look may have changed. */
  updateFocus(): Changed {
    const graph = this.ctx.graph!;
    const display = this.ctx.display;
    const hiddenEdges = this.ctx.visibility.hiddenEdges;
    const focus = this.hovered ?? this.ctx.state.selected;
    const changed = { nodes: new Set(display.focusNodes), edges: new Set(display.focusEdges) };
    display.focus = focus;
    display.focusNodes = new Set();
    display.focusEdges = new Set();
    if (focus && graph.hasNode(focus)) {
      display.focusNodes.add(focus);
      graph.forEachEdge(focus, (edge, _a, source, target) => {
        if (hiddenEdges.has(edge)) return;
        display.focusEdges.add(edge);
        display.focusNodes.add(source === focus ? target : source);
      });
    }
    for (const n of display.focusNodes) changed.nodes.add(n);
    for (const e of display.focusEdges) changed.edges.add(e);
    return changed;
  }

  /** Show the display state's emphasis: its entities on sigma's highlight layer, its relations and the veil on the overlay. */
  emphasise(): void {
    const renderer = this.ctx.renderer;
    const graph = this.ctx.graph;
    if (!graph) return;
    const display = this.ctx.display;
    display.highlighted = emphasisedNodes(display, graph);
    if (!renderer) return;
    setOverlayHighlights(renderer, display.highlighted);
    this.ctx.emphasis?.schedule();
  }

  /** Show a relation in the panel and emphasise it on the drawing (it is in the URL: a reload keeps it). */
  showEdge(edge: string): void {
    this.ctx.patch((s) => { s.edge = edge; });
  }

  /** Close the panel: no relation, no entity, and no search text (the box and the URL forget it too). */
  clear(): void {
    this.ctx.patch((s) => { s.selected = null; s.edge = null; s.query = ''; });
  }

  /** The renderer's pointer events. */
  wireRenderer(renderer: Renderer): void {
    const container = byId('sigma');
    const applyHover = (node: string | null) => {
      if (this.hovered === node) return;
      this.hovered = node;
      performance.mark('kg-hover-start');
      this.updateFocus();
      this.emphasise();
      performance.mark('kg-hover-end');
    };
    const setHover = (node: string | null) => {
      if (this.hoverTimer) clearTimeout(this.hoverTimer);
      this.hoverTimer = setTimeout(() => applyHover(node), HOVER_DELAY_MS);
    };
    // sigma 3.0.3 emits leaveNode when the pointer leaves the canvas but keeps the node as hovered
    // (its hover label stays drawn, and coming back onto the same node enters nothing): forget it here.
    renderer.on('leaveStage', () => {
      const internals = renderer as unknown as { hoveredNode?: string | null; hoveredEdge?: string | null };
      internals.hoveredNode = null;
      internals.hoveredEdge = null;
      if (this.hoverTimer) clearTimeout(this.hoverTimer);
      container.style.cursor = '';
      byId('tooltip').hidden = true;
      this.ctx.display.hoveredEdge = null;
      applyHover(null);
      this.ctx.emphasis?.schedule();
      renderer.scheduleRender();
    });
    renderer.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      // sigma emits no leaveEdge when the pointer goes from a relation straight onto an entity.
      if (this.ctx.display.hoveredEdge) {
        (renderer as unknown as { hoveredEdge?: string | null }).hoveredEdge = null;
        this.ctx.display.hoveredEdge = null;
        byId('tooltip').hidden = true;
      }
      setHover(node);
    });
    renderer.on('leaveNode', () => {
      container.style.cursor = '';
      setHover(null);
    });
    renderer.on('clickNode', ({ node, event }) => {
      this.hovered = null;
      const original = event.original as MouseEvent | TouchEvent;
      // Shift-click adds the entity to the comparison instead (controllers/compare.ts).
      if (original.shiftKey) return;
      this.ctx.select(node);
    });
    // Big-graph mode: double-click draws more of the entity's neighbours (instead of zooming).
    renderer.on('doubleClickNode', ({ node, event, preventSigmaDefault }) => {
      // With shift, a quick second pick for the comparison (controllers/compare.ts).
      if (!this.ctx.big.active || (event.original as MouseEvent).shiftKey) return;
      preventSigmaDefault();
      this.ctx.big.showNeighbours(node);
    });
    renderer.on('clickStage', () => {
      if (this.ctx.state.selected || this.selectedEdge) this.clear();
    });
    const tooltip = byId('tooltip');
    renderer.on('enterEdge', ({ edge, event }) => {
      const graph = this.ctx.graph!;
      const a = graph.getEdgeAttributes(edge);
      const [s, t] = graph.extremities(edge);
      const symmetric = a.kind === 'cooccurrence' || (a as EdgeAttributes & { undirected?: boolean }).undirected === true;
      tooltip.textContent = `${graph.getNodeAttribute(s, 'label')} — ${a.label || a.predicate} ${symmetric ? '—' : '→'} ${graph.getNodeAttribute(t, 'label')}`;
      tooltip.hidden = false;
      tooltip.style.left = `${event.x + 12}px`;
      tooltip.style.top = `${event.y + 12}px`;
      container.style.cursor = 'pointer';
      this.ctx.display.hoveredEdge = edge;
      this.ctx.emphasis?.schedule();
    });
    renderer.on('leaveEdge', () => {
      tooltip.hidden = true;
      container.style.cursor = '';
      this.ctx.display.hoveredEdge = null;
      this.ctx.emphasis?.schedule();
    });
    renderer.on('clickEdge', ({ edge }) => this.showEdge(edge));
  }

  /** Keyboard: arrows move from the selected entity to the neighbour in that direction on screen; Escape closes. */
  wireKeyboard(): void {
    window.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, [role="listbox"]')) return;
      const dir = ({ ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as Record<string, [number, number]>)[e.key];
      if (e.key === 'Escape' && (this.ctx.state.selected || this.selectedEdge)) {
        this.clear();
        return;
      }
      if (target === byId('sigma') || target === document.body) this.ctx.camera.key(e);
      const selected = this.ctx.state.selected;
      if (!dir || !selected) return;
      const next = this.neighbourInDirection(selected, dir);
      if (next) {
        e.preventDefault();
        this.ctx.select(next, true);
      }
    });
  }

  private neighbourInDirection(node: string, [dx, dy]: [number, number]): string | null {
    const graph = this.ctx.graph;
    const renderer = this.ctx.renderer;
    if (!graph || !renderer) return null;
    const hidden = this.ctx.visibility.hiddenNodes;
    const origin = renderer.graphToViewport(graph.getNodeAttributes(node));
    let best: string | null = null;
    let bestScore = Infinity;
    graph.forEachNeighbor(node, (other) => {
      if (hidden.has(other)) return;
      const p = renderer.graphToViewport(graph.getNodeAttributes(other));
      const vx = p.x - origin.x;
      const vy = p.y - origin.y;
      const length = Math.hypot(vx, vy) || 1e-9;
      const cos = (vx * dx + vy * dy) / length;
      if (cos <= 0.3) return; // not in that direction (within about 70°)
      const score = length * (2 - cos);
      if (score < bestScore) {
        bestScore = score;
        best = other;
      }
    });
    return best;
  }
}
