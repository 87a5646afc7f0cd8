// sigma.js set-up. The graph's attributes are data; everything on screen
// (hidden, dimmed, highlighted, curved) is computed by the reducers from one
// mutable DisplayState, so changing the view is "update the state, refresh".
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { indexParallelEdges } from './core/parallel.ts';
import type { Attributes } from 'graphology-types';
import { KIND_COLORS, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from '../../src/types.ts';

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
  hoveredEdge: string | null;
  selectedEdge: string | null;
}

export function emptyDisplayState(): DisplayState {
  return {
    hiddenNodes: new Set(), hiddenEdges: new Set(), selected: null, focus: null, focusNodes: new Set(),
    focusEdges: new Set(), pathNodes: new Set(), pathEdges: new Set(), hoveredEdge: null, selectedEdge: null,
  };
}

const DIM_NODE = '#d9dde3';
const DIM_EDGE = '#eceef1';
const PATH_EDGE = '#1f2937';
const FOCUS_EDGE = '#4b5563';
/** Above this many edges, edge labels are drawn only on demand: sigma scans every edge for labels each frame. */
const EDGE_LABEL_LIMIT = 4000;

/**
 * Large graphs cannot afford a full refresh (every reducer, every buffer) on each
 * hover or click. There, focus only emphasises the neighbourhood, so only those
 * items change and sigma refreshes just them; dimming everything else is kept for
 * actions that are rare (paths, filters).
 */
export function isLarge(graph: KnowledgeGraph): boolean {
  return graph.order > 5000 || graph.size > 20000;
}


function curvature(index: number, max: number | null | undefined): number {
  return DEFAULT_EDGE_CURVATURE + (2.5 * DEFAULT_EDGE_CURVATURE * index) / (max || 1);
}

export function edgeSize(weight: number): number {
  return Math.min(6, 1 + Math.log2(Math.max(1, weight)));
}

/** At most this many neighbours get a highlight (label box) at once on a large graph. */
const OVERLAY_LIMIT = 60;

function overlayAllows(nodes: Set<string>, node: string): boolean {
  if (nodes.size <= OVERLAY_LIMIT) return true;
  let i = 0;
  for (const n of nodes) {
    if (n === node) return true;
    if (++i >= OVERLAY_LIMIT) return false;
  }
  return false;
}

/**
 * Large graphs: emphasise nodes through sigma's highlight layer only. Any change to
 * a WebGL item makes sigma redraw the whole scene (100,000 edges: seconds with a
 * software GPU); the highlight layer redraws just these nodes and their labels.
 * This reaches into sigma 3's render state (nodeDataCache, highlightedNodes,
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
  let count = 0;
  for (const n of nodes) {
    const d = r.nodeDataCache[n];
    if (!d || d.hidden) continue;
    d.highlighted = true;
    r.highlightedNodes.add(n);
    if (++count >= OVERLAY_LIMIT) break;
  }
  r.scheduleHighlightedNodesRender();
}

export interface Frame {
  x: [number, number];
  y: [number, number];
}

/**
 * Sigma 3 applies a custom frame (customBBox) only when it processes the graph, and its
 * constructor processes and draws once: setting the frame afterwards costs a second full
 * processing and draw (0.5 s with a software GPU). This subclass hands the frame to the
 * first processing. It reaches into sigma's internal `process`; if that is ever gone,
 * createRenderer falls back to setting the frame and processing again.
 */
let pendingFrame: Frame | null = null;
class FramedSigma extends Sigma<NodeAttributes, EdgeAttributes> {}
const baseProcess = (Sigma.prototype as unknown as { process?: (...args: unknown[]) => unknown }).process;
if (typeof baseProcess === 'function') {
  (FramedSigma.prototype as unknown as { process: (...args: unknown[]) => unknown }).process = function process(this: { customBBox: Frame | null }, ...args: unknown[]) {
    if (pendingFrame) {
      this.customBBox = pendingFrame;
      pendingFrame = null;
    }
    return baseProcess.apply(this, args);
  };
}

/**
 * `overlayFocus`: focus as on a large graph (emphasis on the highlight layer, no dimming) even when this drawing is small (big-graph mode).
 * `frame`: the extent sigma fits to the screen instead of the drawn graph's (big-graph mode: the whole graph's, so added entities never move the others).
 */
export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, view: DisplayState, options: { overlayFocus?: boolean; frame?: Frame | null } = {}): Sigma<NodeAttributes, EdgeAttributes> {
  const big = graph.size > EDGE_LABEL_LIMIT;
  const large = options.overlayFocus || isLarge(graph);
  // Parallel and reciprocal relations get curve slots so they are drawn apart.
  const parallel = indexParallelEdges(graph);
  const nodeReducer = (node: string, data: NodeAttributes): Attributes => {
    const d = data as unknown as Attributes;
    d.type = 'circle';
    if (view.hiddenNodes.has(node)) {
      d.hidden = true;
      return d;
    }
    const emphasis = view.pathNodes.size > 0 ? view.pathNodes : view.focus !== null ? view.focusNodes : null;
    if (emphasis) {
      if (emphasis.has(node)) {
        d.zIndex = 1;
        if (view.pathNodes.size > 0 || emphasis.size <= 40) d.forceLabel = true;
        // Agrees with setOverlayHighlights, so a later full refresh draws the same thing.
        if (large && view.pathNodes.size === 0 && overlayAllows(emphasis, node)) d.highlighted = true;
      } else if (!large || view.pathNodes.size > 0) {
        // Dim the rest (on a large graph only for paths: hover and selection leave it, see isLarge).
        d.color = DIM_NODE;
        d.label = null;
        d.zIndex = 0;
      }
    }
    if (node === view.selected) {
      d.highlighted = true;
      d.forceLabel = true;
      d.zIndex = 2;
    }
    return d;
  };
  const edgeReducer = (edge: string, data: EdgeAttributes): Attributes => {
    const d = data as unknown as Attributes;
    const undirected = d.undirected === true || data.kind === 'cooccurrence';
    const slot = parallel.get(edge);
    if (slot) {
      d.type = undirected ? 'curved' : 'curvedArrow';
      d.curvature = curvature(slot.index, slot.max);
    } else {
      d.type = undirected ? 'line' : 'arrow';
    }
    if (view.hiddenEdges.has(edge)) {
      d.hidden = true;
      return d;
    }
    d.color = data.color ?? KIND_COLORS[data.kind] ?? '#999';
    // "co-occurs with" on every line says nothing; typed relations keep their labels.
    if (data.kind === 'cooccurrence') d.label = '';
    d.size = data.size ?? edgeSize(data.weight);
    if (view.pathEdges.size > 0) {
      if (view.pathEdges.has(edge)) {
        d.label = data.label || data.predicate;
        d.color = PATH_EDGE;
        d.size = (d.size as number) + 2;
        d.forceLabel = true;
        d.zIndex = 2;
      } else {
        d.color = DIM_EDGE;
        d.label = '';
        d.zIndex = 0;
      }
    } else if (view.focus !== null) {
      if (view.focusEdges.has(edge)) {
        d.zIndex = 1;
        if (large) {
          d.color = FOCUS_EDGE;
          d.size = (d.size as number) + 1;
        }
      } else if (!large) {
        d.color = DIM_EDGE;
        d.label = '';
      }
    }
    if (edge === view.hoveredEdge || edge === view.selectedEdge) {
      d.label = data.label || data.predicate;
      d.color = PATH_EDGE;
      d.size = (d.size as number) + 1.5;
      d.forceLabel = true;
      d.zIndex = 3;
    }
    return d;
  };
  const settings = {
    nodeProgramClasses: { circle: NodeCircleProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, curvedArrow: EdgeCurvedArrowProgram as never, curved: EdgeCurveProgram as never },
    defaultNodeType: 'circle',
    defaultEdgeType: 'arrow',
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    zIndex: true,
    // Edge picking draws every edge a second time; large graphs show relations from the panel instead.
    enableEdgeEvents: !isLarge(graph),
    renderEdgeLabels: !big,
    hideEdgesOnMove: big,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#4b5563' },
    labelDensity: 0.7,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 8,
    stagePadding: 60,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    allowInvalidContainer: true,
  };
  pendingFrame = options.frame ?? null;
  let renderer: Sigma<NodeAttributes, EdgeAttributes>;
  try {
    renderer = new FramedSigma(graph, container, settings);
  } finally {
    pendingFrame = null;
  }
  if (options.frame && renderer.getCustomBBox() !== options.frame) {
    renderer.setCustomBBox(options.frame);
    renderer.refresh({ skipIndexation: true, schedule: true });
  }
  return renderer;
}
