// sigma.js set-up. The graph's attributes are data; everything on screen is
// derived from one mutable DisplayState: the reducers compute what is hidden
// (filters), how big an entity is drawn (graph/display.ts: compressed sizes, so
// a corpus opens as a map), its colour (its type's) and an edge's shape and
// colour (its kind's); what is emphasised (hover, selection, paths) is drawn on
// top without touching sigma's WebGL scene: a veil and the relations concerned
// (render/emphasis.ts), the entities concerned on sigma's highlight layer with
// their labels (render/node-labels.ts, which also places every label so that
// none covers another). Changing the view is "update the state, then refresh
// sigma" for filters, "update the state, then redraw the emphasis" for focus.
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import { NodeBorderProgram } from './render/node-border.ts';
import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Attributes } from 'graphology-types';
import { KIND_COLORS, TYPE_COLORS, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from '../../src/types.ts';
import { displayRadius } from '../../src/graph/display.ts';
import { indexParallelEdges, type ParallelSlot } from './core/parallel.ts';
import { isKnowledge } from './core/visibility.ts';
import { EmphasisOverlay } from './render/emphasis.ts';
import { canvasColors, kindColor } from './render/canvas-colors.ts';
import { createNodeLabels, type NodeLabels } from './render/node-labels.ts';
import { canLayer, EdgeLayer } from './render/edge-layer.ts';
import type { Frame } from './render/frame.ts';

export interface DisplayState {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  selected: string | null;
  /** The node whose neighbourhood is emphasised (hovered, else selected). */
  focus: string | null;
  focusNodes: Set<string>;
  focusEdges: Set<string>;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  /** Rank of the best path each path edge is on (0: the shortest). */
  pathRank: Map<string, number>;
  hoveredEdge: string | null;
  selectedEdge: string | null;
  /** Entities drawn on the highlight layer, most important first (see emphasisedNodes). */
  highlighted: Set<string>;
  /** Colour and size by the graph's measures (controllers/appearance.ts); null: by type, as built. */
  nodeColor: Map<string, string> | null;
  nodeSize: Map<string, number> | null;
  /**
   * The weight a co-occurrence line needs to be drawn at rest (1: every one). Big-graph mode
   * leaves out those seen once (core/thinning.ts): each line costs a served corpus's every
   * redraw its pixels in a software rasteriser. The emphasis overlay still draws them around
   * the entity in focus and along paths; the big-graph notice says so and offers them all.
   */
  restingCooccurrence: number;
}

export function emptyDisplayState(): DisplayState {
  return {
    hiddenNodes: new Set(), hiddenEdges: new Set(), selected: null, focus: null, focusNodes: new Set(),
    focusEdges: new Set(), pathNodes: new Set(), pathEdges: new Set(), pathRank: new Map(), hoveredEdge: null, selectedEdge: null,
    highlighted: new Set(), nodeColor: null, nodeSize: null, restingCooccurrence: 1,
  };
}

/** At most this many entities are highlighted at once (a hub's hundreds of neighbours would bury the drawing). */
export const HIGHLIGHT_LIMIT = 60;

/**
 * The entities to highlight for a display state, most important first: the selection, the
 * entity in focus, the ends of the selected relation, then the path's entities or else the
 * focus's neighbours (the biggest first), at most HIGHLIGHT_LIMIT.
 */
export function emphasisedNodes(view: DisplayState, graph: KnowledgeGraph): Set<string> {
  const out = new Set<string>();
  const add = (n: string | null) => {
    if (n && out.size < HIGHLIGHT_LIMIT && graph.hasNode(n) && !view.hiddenNodes.has(n)) out.add(n);
  };
  add(view.selected);
  add(view.focus);
  if (view.selectedEdge && graph.hasEdge(view.selectedEdge)) graph.extremities(view.selectedEdge).forEach(add);
  const rest = view.pathNodes.size > 0 ? [...view.pathNodes] : [...view.focusNodes];
  rest.sort((a, b) => (graph.hasNode(b) ? graph.getNodeAttribute(b, 'size') : 0) - (graph.hasNode(a) ? graph.getNodeAttribute(a, 'size') : 0) || (a < b ? -1 : 1));
  rest.forEach(add);
  return out;
}

/**
 * Large graphs cannot afford a full refresh (every reducer, every buffer) on each
 * change; anything above this is refreshed in part (added entities) or not at all
 * (emphasis), and edge picking and moving edges are off.
 */
export function isLarge(graph: KnowledgeGraph): boolean {
  return graph.order > 5000 || graph.size > 20000;
}

function curvature(slot: ParallelSlot): number {
  return DEFAULT_EDGE_CURVATURE + (2.5 * DEFAULT_EDGE_CURVATURE * slot.index) / (slot.max || 1);
}

/** How many other relations between the same two entities (either way) pass `keep`. */
function drawnBeside(graph: KnowledgeGraph, edge: string, keep: (edge: string, data: EdgeAttributes) => boolean): number {
  const [source, target] = graph.extremities(edge);
  let n = 0;
  const count = (e: string, a: EdgeAttributes) => { if (e !== edge && keep(e, a)) n++; };
  graph.forEachEdge(source, target, count);
  if (source !== target) graph.forEachEdge(target, source, count);
  return n;
}

export function edgeSize(weight: number): number {
  return Math.min(4, 0.8 + 0.8 * Math.log2(Math.max(1, weight)));
}

/**
 * Large graphs: move the highlight flags to `nodes` on sigma's highlight layer only. Any
 * change to a WebGL item makes sigma redraw the whole scene (100,000 edges: seconds with a
 * software GPU); the highlight layer redraws just these nodes and their labels. This
 * reaches into sigma 3's render state (nodeDataCache, highlightedNodes,
 * scheduleHighlightedNodesRender); if those are ever gone it falls back to a refresh.
 */
export function setOverlayHighlights(renderer: Sigma<NodeAttributes, EdgeAttributes>, nodes: Iterable<string>): void {
  const r = renderer as unknown as {
    nodeDataCache?: Record<string, { highlighted: boolean; hidden: boolean }>;
    highlightedNodes?: Set<string>;
    scheduleHighlightedNodesRender?: () => void;
  };
  if (!r.nodeDataCache || !r.highlightedNodes || typeof r.scheduleHighlightedNodesRender !== 'function') {
    renderer.refresh({ skipIndexation: true, schedule: true });
    return;
  }
  for (const n of r.highlightedNodes) {
    const d = r.nodeDataCache[n];
    if (d) d.highlighted = false;
  }
  r.highlightedNodes.clear();
  for (const n of nodes) {
    const d = r.nodeDataCache[n];
    if (!d || d.hidden) continue;
    d.highlighted = true;
    r.highlightedNodes.add(n);
  }
  r.scheduleHighlightedNodesRender();
}

export type { Frame } from './render/frame.ts';

/**
 * Sigma 3 applies a custom frame (customBBox) only when it processes the graph, and its
 * constructor processes and draws once: setting the frame afterwards costs a second full
 * processing and draw (0.5 s with a software GPU). This subclass hands the frame (and the
 * label and emphasis set-up, which must be in place for that first frame) to the first
 * processing. It reaches into sigma's internal `process`; if that is ever gone,
 * createRenderer falls back to setting the frame and processing again.
 */
let pending: { frame: Frame | null; setup: (r: Sigma<NodeAttributes, EdgeAttributes>) => void } | null = null;
class FramedSigma extends Sigma<NodeAttributes, EdgeAttributes> {}
const baseProcess = (Sigma.prototype as unknown as { process?: (...args: unknown[]) => unknown }).process;
if (typeof baseProcess === 'function') {
  (FramedSigma.prototype as unknown as { process: (...args: unknown[]) => unknown }).process = function process(this: { customBBox: Frame | null }, ...args: unknown[]) {
    if (pending) {
      const { frame, setup } = pending;
      pending = null;
      if (frame) this.customBBox = frame;
      setup(this as unknown as Sigma<NodeAttributes, EdgeAttributes>);
    }
    return baseProcess.apply(this, args);
  };
}

// The entity and relation canvases keep their pixels between frames, so that those layers can be
// drawn a part at a time and added to (render/edge-layer.ts); sigma's render is that layer's.
const baseCreateContext = (Sigma.prototype as unknown as { createWebGLContext?: (id: string, options?: object) => unknown }).createWebGLContext;
const baseRender = (Sigma.prototype as unknown as { render?: () => unknown }).render;
if (typeof baseCreateContext === 'function' && typeof baseRender === 'function') {
  const proto = FramedSigma.prototype as unknown as { createWebGLContext: (id: string, options?: object) => unknown; render: () => unknown };
  proto.createWebGLContext = function createWebGLContext(this: unknown, id: string, options: object = {}) {
    return baseCreateContext.call(this, id, id === 'edges' || id === 'nodes' ? { ...options, preserveDrawingBuffer: true } : options);
  };
  proto.render = function render(this: { edgeLayer?: EdgeLayer | null; webGLContexts?: Record<string, WebGLRenderingContext> }) {
    if (this.edgeLayer === undefined) {
      // Created at the first frame (sigma's constructor draws one), when the programs exist; only with the kept canvas.
      const kept = ['edges', 'nodes'].every((id) => this.webGLContexts?.[id]?.getContextAttributes()?.preserveDrawingBuffer === true);
      this.edgeLayer = kept && canLayer(this) ? new EdgeLayer(this as never, () => baseRender.call(this)) : null;
    }
    if (!this.edgeLayer) return baseRender.call(this);
    this.edgeLayer.render();
    return this;
  };
}

export interface ViewRenderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  emphasis: EmphasisOverlay;
  labels: NodeLabels;
}

export interface RendererOptions {
  /** The extent sigma fits to the screen instead of the drawn graph's (big-graph mode: the whole graph's, so added entities never move the others). */
  frame?: Frame | null;
  /** How many entities the drawing's sizes are scaled for (graph/display.ts); default: those drawn now. */
  sizedFor?: number;
}

/** "#rrggbb" with an alpha. */
function translucent(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}


const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, view: DisplayState, options: RendererOptions = {}): ViewRenderer {
  const large = isLarge(graph);
  const sizedFor = options.sizedFor ?? graph.order;
  // Parallel and reciprocal relations get curve slots so they are drawn apart.
  const parallel = indexParallelEdges(graph);
  const nodeReducer = (node: string, data: NodeAttributes): Attributes => {
    const d = data as unknown as Attributes;
    d.type = 'circle';
    if (view.hiddenNodes.has(node)) {
      d.hidden = true;
      return d;
    }
    d.size = displayRadius(view.nodeSize?.get(node) ?? data.size, sizedFor);
    // Colour by type, as the legend says (a file's own colours would contradict it), unless the appearance card says otherwise.
    d.color = view.nodeColor?.get(node) ?? TYPE_COLORS[data.type] ?? data.color;
    // Agrees with setOverlayHighlights, so a later full refresh draws the same thing.
    if (view.highlighted.has(node)) d.highlighted = true;
    return d;
  };
  const atRest = (edge: string, data: EdgeAttributes) =>
    !view.hiddenEdges.has(edge) && !(data.kind === 'cooccurrence' && data.weight < view.restingCooccurrence);
  const edgeReducer = (edge: string, data: EdgeAttributes): Attributes => {
    const d = data as unknown as Attributes;
    const undirected = d.undirected === true || data.kind === 'cooccurrence';
    const slot = parallel.get(edge);
    // A relation whose parallels are all left out at rest is drawn straight: a curve costs
    // its whole bounding quad in the fragment shader, a line only its pixels.
    if (slot && (view.restingCooccurrence <= 1 || drawnBeside(graph, edge, atRest) > 0)) {
      d.type = undirected ? 'curved' : 'curvedArrow';
      d.curvature = curvature(slot);
    } else {
      d.type = undirected ? 'line' : 'arrow';
    }
    if (view.hiddenEdges.has(edge) || (data.kind === 'cooccurrence' && data.weight < view.restingCooccurrence)) {
      d.hidden = true;
      return d;
    }
    // Co-occurrences are most of the relations: faint, so that the stated ones and the map's structure show.
    // Relations from background knowledge (not read in an article) are faint too.
    // Co-occurrence lines at rest: the legend's grey, translucent; the kinds' colours lifted on a dark background (render/canvas-colors.ts).
    d.color = data.kind === 'cooccurrence' ? canvasColors().cooccurrence : isKnowledge(data) ? translucent(kindColor(KIND_COLORS[data.kind]), 0.35) : kindColor(KIND_COLORS[data.kind] ?? '#999999');
    // Labels of relations are written by the emphasis overlay, for the relations in focus only.
    d.label = '';
    d.size = edgeSize(data.weight);
    return d;
  };
  const labels = createNodeLabels({ focus: () => ({ focus: view.focus, selected: view.selected }), font: FONT, color: () => canvasColors().label });
  let emphasis: EmphasisOverlay | null = null;
  const setup = (r: Sigma<NodeAttributes, EdgeAttributes>) => {
    labels.install(r);
    (r as unknown as { labelBoxes: () => unknown }).labelBoxes = () => labels.boxes();
    emphasis = new EmphasisOverlay(r, view, parallel, {
      kindColor: (k) => kindColor(KIND_COLORS[k]), curvature, font: FONT,
      occupied: () => [...labels.boxes()].filter(([node]) => view.highlighted.has(node)).map(([, box]) => box),
    });
  };
  const settings = {
    nodeProgramClasses: { circle: NodeBorderProgram as typeof NodeCircleProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, curvedArrow: EdgeCurvedArrowProgram as never, curved: EdgeCurveProgram as never },
    defaultNodeType: 'circle',
    defaultEdgeType: 'arrow',
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    defaultDrawNodeHover: labels.drawHover as never,
    zIndex: false,
    // Edge picking draws every edge a second time; large graphs show relations from the panel instead.
    enableEdgeEvents: !large,
    renderEdgeLabels: false,
    // Moving 4,000 edges every frame of a pan or a zoom costs more than the picture is worth.
    hideEdgesOnMove: large || graph.size > 4000,
    labelFont: FONT,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#111827' },
    labelRenderedSizeThreshold: 0,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    allowInvalidContainer: true,
  };
  pending = { frame: options.frame ?? null, setup };
  let renderer: Sigma<NodeAttributes, EdgeAttributes>;
  try {
    renderer = new FramedSigma(graph, container, settings);
  } finally {
    pending = null;
  }
  if (!emphasis) {
    // sigma without the internal `process` this relies on: set up now and draw again.
    setup(renderer);
    if (options.frame) renderer.setCustomBBox(options.frame);
    renderer.refresh({ skipIndexation: true, schedule: true });
  }
  return { sigma: renderer, emphasis: emphasis!, labels };
}
