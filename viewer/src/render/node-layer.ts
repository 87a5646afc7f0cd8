// Redrawing the entities alone, for a change that only touches how entities
// look (colour and size by the graph's measures, controllers/appearance.ts).
// sigma's render() clears and draws every layer; on the corpus-size graph the
// relation layer is the whole cost of a frame: with a software rasteriser the
// page's thread waits ~1 s for it at the next commit (a Chromium trace shows a
// synchronous GLES2::ReadPixels of the edge canvas), while our reducers take
// ~10 ms. The relation lines do not depend on entity colours, so their canvas
// is left as it is and only the entity layer, its picking texture and the
// labels are drawn again. Arrow heads sit at their target's radius: with the
// relation layer drawn in slices (render/edge-layer.ts), a size change writes the
// relations' data again and they are drawn a slice per frame; without it, they
// are placed again at sigma's next full draw.
// Reaches into sigma 3's render internals (renderFrame, needToProcess,
// webGLContexts, nodePrograms, resetWebGLTexture, getRenderParams,
// renderLabels, renderHighlightedNodes); without them it refreshes in full.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../../src/types.ts';

interface Internals {
  renderFrame: number | null;
  needToProcess: boolean;
  webGLContexts: Record<string, WebGLRenderingContext>;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  nodePrograms: Record<string, { render(params: unknown): void }>;
  width: number;
  height: number;
  resetWebGLTexture(id: string): unknown;
  getRenderParams(): unknown;
  renderLabels(): unknown;
  renderHighlightedNodes(): unknown;
  emit(event: string): unknown;
}

function hasInternals(r: unknown): r is Internals {
  const s = r as Partial<Internals>;
  return typeof s.webGLContexts?.nodes === 'object' && typeof s.canvasContexts?.labels === 'object'
    && typeof s.nodePrograms === 'object' && typeof s.resetWebGLTexture === 'function' && typeof s.getRenderParams === 'function'
    && typeof s.renderLabels === 'function' && typeof s.renderHighlightedNodes === 'function' && typeof s.emit === 'function';
}

/**
 * How the last call drew (read by the tests): the entity layer alone; the entities at once
 * and the relations again a slice per frame (render/edge-layer.ts: arrow heads at the new
 * radii, no long task); or everything at once.
 */
export type NodeRedraw = 'nodes' | 'sliced' | 'full';

interface Layered {
  edgeLayer?: { stats: { last: string } } | null;
  edgeDataCache: Record<string, unknown>;
  edgeIndices: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  render(): unknown;
}

/**
 * Apply the node reducer again to every entity and draw the entity layer only,
 * synchronously. Falls back to a full refresh when sigma has a full frame pending
 * anyway (camera moved, data to process) or its internals are not there.
 */
export function redrawNodeLayer(renderer: Sigma<NodeAttributes, EdgeAttributes>, sizesChanged = false): NodeRedraw {
  const r = renderer as unknown as Internals;
  if (!hasInternals(r) || r.renderFrame || r.needToProcess) {
    renderer.refresh();
    return 'full';
  }
  const layered = renderer as unknown as Layered;
  if (layered.edgeLayer && typeof layered.addEdgeToProgram === 'function' && layered.edgeIndices && layered.edgeProgramIndex) {
    // The relation layer is drawn in slices (render/edge-layer.ts): the entities are drawn at
    // once by sigma's frame, and the relations only if their data changed (new sizes move the
    // arrow heads), over the next frames.
    renderer.refresh({ partialGraph: { nodes: renderer.getGraph().nodes() }, skipIndexation: true, schedule: true });
    if (r.renderFrame) {
      cancelAnimationFrame(r.renderFrame);
      r.renderFrame = null;
    }
    if (sizesChanged) {
      // The relations' program data hold their ends' radii: written again from sigma's cache (no reducer runs).
      renderer.getGraph().forEachEdge((edge) => {
        const position = layered.edgeProgramIndex[edge];
        if (position !== undefined && layered.edgeDataCache[edge]) layered.addEdgeToProgram(edge, layered.edgeIndices[edge]!, position);
      });
    }
    layered.render();
    return layered.edgeLayer.stats.last === 'restart' ? 'sliced' : 'nodes';
  }
  // The public partial refresh re-runs the reducer and rewrites the entity buffers (and tells
  // the label pass to rank again); the frame it schedules would draw every layer: drawn here instead.
  renderer.refresh({ partialGraph: { nodes: renderer.getGraph().nodes() }, skipIndexation: true, schedule: true });
  if (r.renderFrame) {
    cancelAnimationFrame(r.renderFrame);
    r.renderFrame = null;
  }
  const gl = r.webGLContexts.nodes!;
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.clear(gl.COLOR_BUFFER_BIT);
  // Hover and clicks find entities on the picking texture: drawn again at the new sizes.
  r.resetWebGLTexture('nodes');
  r.webGLContexts.hoverNodes?.clear(gl.COLOR_BUFFER_BIT);
  r.canvasContexts.labels!.clearRect(0, 0, r.width, r.height);
  r.canvasContexts.hovers?.clearRect(0, 0, r.width, r.height);
  const params = r.getRenderParams();
  for (const type of Object.keys(r.nodePrograms)) r.nodePrograms[type]!.render(params);
  r.renderLabels();
  r.renderHighlightedNodes();
  // What listens to frames (the emphasis overlay) draws again too.
  r.emit('afterRender');
  return 'nodes';
}
