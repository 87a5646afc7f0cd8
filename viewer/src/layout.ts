// Layout on demand, off the main thread: ForceAtlas2 (graphology's worker
// supervisor) and "Spread overlaps" (workers/spread.ts) run in web workers on a
// shadow copy of the graph's structure, never on the graph sigma draws: each
// worker step would otherwise make sigma re-process every node and edge on the
// main thread. While ForceAtlas2 runs, sigma draws the nodes only (moving
// thousands of edges would freeze the page) and positions are copied at a
// steady pace; "Spread overlaps" sends the positions once and applies the
// answer once. When a run ends, the positions are handed to `onSettled` (the app
// keeps them for a reload). The build's positions are used until asked.
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../src/types.ts';
import { displayRadius } from '../../src/graph/display.ts';

type Shadow = MultiDirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

function shadowOf(graph: KnowledgeGraph): Shadow {
  const shadow: Shadow = new MultiDirectedGraph();
  graph.forEachNode((n, a) => shadow.addNode(n, { x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((e, a, s, t) => shadow.addEdgeWithKey(e, s, t, { weight: a.weight }));
  return shadow;
}

/** Gap between two entities after "Spread overlaps", in screen pixels at fit. */
const SPREAD_GAP_PIXELS = 1.5;

export interface LayoutOptions {
  /** How many entities the drawing's sizes are scaled for (graph/display.ts). */
  sizedFor: number;
  /** Called with the drawn graph once a run has ended and its positions are in place. */
  onSettled(graph: KnowledgeGraph): void;
  /** "Spread overlaps" is running (true) or done (false). */
  onSpreading?(running: boolean): void;
}

export class LayoutControl {
  private fa2: FA2Layout | null = null;
  private spreadWorker: Worker | null = null;
  private syncTimer: ReturnType<typeof setInterval> | null = null;
  private shadow: Shadow | null = null;
  /** What sigma draws while ForceAtlas2 runs (the nodes, same attributes, no edges). */
  private nodesOnly: KnowledgeGraph | null = null;
  private syncEveryMs: number;

  constructor(private graph: KnowledgeGraph, private renderer: Sigma, private onChange: (running: boolean) => void, private options: LayoutOptions) {
    // Copying positions makes sigma re-process every node: often for a small drawing, rarely for a big one.
    this.syncEveryMs = graph.order > 2000 ? 1000 : graph.order > 300 ? 250 : 50;
  }

  /** The graph the running layout writes positions into (the one sigma draws). */
  private get target(): KnowledgeGraph {
    return this.nodesOnly ?? this.graph;
  }

  private beginDrawingNodesOnly(): void {
    if (this.nodesOnly || this.graph.size < 500) return;
    const nodes = this.graph.nullCopy() as KnowledgeGraph;
    this.graph.forEachNode((n, a) => nodes.addNode(n, { ...a }));
    this.nodesOnly = nodes;
    this.renderer.setGraph(nodes as never);
  }

  private endDrawingNodesOnly(): void {
    if (!this.nodesOnly) {
      this.copyPositions(this.graph);
      return;
    }
    this.nodesOnly = null;
    this.copyPositions(this.graph);
    this.renderer.setGraph(this.graph as never);
  }

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  private ensureShadow(): Shadow {
    this.shadow ??= shadowOf(this.graph);
    return this.shadow;
  }

  private copyPositions(into: KnowledgeGraph): void {
    const shadow = this.shadow;
    if (!shadow) return;
    into.updateEachNodeAttributes((node, a) => {
      if (!shadow.hasNode(node)) return a;
      const s = shadow.getNodeAttributes(node);
      a.x = s.x;
      a.y = s.y;
      return a;
    }, { attributes: ['x', 'y'] });
  }

  start(): void {
    this.stopSpread();
    const shadow = this.ensureShadow();
    if (!this.fa2) {
      const settings = inferSettings(shadow);
      this.fa2 = new FA2Layout(shadow, {
        settings: { ...settings, barnesHutOptimize: shadow.order > 500, adjustSizes: false, outboundAttractionDistribution: true, slowDown: 1 + Math.log10(1 + shadow.order) },
        getEdgeWeight: 'weight',
      });
    }
    this.beginDrawingNodesOnly();
    this.fa2.start();
    if (!this.syncTimer) this.syncTimer = setInterval(() => this.copyPositions(this.target), this.syncEveryMs);
    this.onChange(true);
  }

  stop(): void {
    if (!this.running) return;
    this.fa2?.stop();
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    this.endDrawingNodesOnly();
    this.onChange(false);
    this.options.onSettled(this.graph);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /**
   * Push overlapping entities apart, for the radii drawn at fit, in a worker; the answer
   * is applied in one update. Radii are screen pixels converted to graph units at fit.
   */
  spread(): void {
    this.stop();
    this.stopSpread();
    const shadow = this.ensureShadow();
    // Graph units per screen pixel at fit: measured at the current camera, divided by its zoom.
    const r = this.renderer;
    const a = r.viewportToGraph({ x: 0, y: 0 });
    const b = r.viewportToGraph({ x: 100, y: 0 });
    const unitsPerPixel = (Math.hypot(b.x - a.x, b.y - a.y) / 100 || 1) / r.getCamera().getState().ratio;
    const keys = shadow.nodes();
    const x = Float64Array.from(keys, (k) => shadow.getNodeAttribute(k, 'x'));
    const y = Float64Array.from(keys, (k) => shadow.getNodeAttribute(k, 'y'));
    const radii = Float64Array.from(keys, (k) => (displayRadius(shadow.getNodeAttribute(k, 'size'), this.options.sizedFor) + SPREAD_GAP_PIXELS / 2) * unitsPerPixel);
    const worker = new Worker(new URL('./workers/spread.ts', import.meta.url), { type: 'module' });
    this.spreadWorker = worker;
    this.options.onSpreading?.(true);
    worker.onmessage = (event: MessageEvent<{ x: Float64Array; y: Float64Array }>) => {
      if (this.spreadWorker !== worker) return;
      keys.forEach((k, i) => shadow.mergeNodeAttributes(k, { x: event.data.x[i]!, y: event.data.y[i]! }));
      this.stopSpread();
      this.copyPositions(this.graph);
      this.options.onSettled(this.graph);
    };
    worker.postMessage({ x, y, r: radii }, [x.buffer, y.buffer, radii.buffer]);
  }

  private stopSpread(): void {
    if (!this.spreadWorker) return;
    this.spreadWorker.terminate();
    this.spreadWorker = null;
    this.options.onSpreading?.(false);
  }

  kill(): void {
    this.stopSpread();
    this.fa2?.kill();
    this.fa2 = null;
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    this.nodesOnly = null;
    this.shadow = null;
  }
}
