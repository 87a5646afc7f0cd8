// Layout on demand, off the main thread: ForceAtlas2 and noverlap run in web
// workers (graphology's supervisors). They work on a shadow copy of the graph's
// structure, not on the graph sigma draws: each worker step would otherwise make
// sigma re-index every node and edge on the main thread. Positions are copied to
// the drawn graph at a steady pace instead (every frame for small graphs, once a
// second for large ones). On a large graph sigma draws only the nodes while a
// layout runs (re-processing 100,000 moving edges would freeze the page), and
// gets the full graph back when it stops. The build's positions are used until asked.
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../src/types.ts';

type Shadow = MultiDirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

function shadowOf(graph: KnowledgeGraph): Shadow {
  const shadow: Shadow = new MultiDirectedGraph();
  graph.forEachNode((n, a) => shadow.addNode(n, { x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((e, a, s, t) => shadow.addEdgeWithKey(e, s, t, { weight: a.weight }));
  return shadow;
}

export class LayoutControl {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private noverlapTimer: ReturnType<typeof setTimeout> | null = null;
  private syncTimer: ReturnType<typeof setInterval> | null = null;
  private shadow: Shadow | null = null;
  /** Large graphs: what sigma draws while a layout runs (the nodes, same attributes, no edges). */
  private nodesOnly: KnowledgeGraph | null = null;
  private syncEveryMs: number;

  constructor(private graph: KnowledgeGraph, private renderer: Sigma, private onChange: (running: boolean) => void,
    private large = false) {
    this.syncEveryMs = large ? 1000 : 50;
  }

  /** The graph the running layout writes positions into (the one sigma draws). */
  private get target(): KnowledgeGraph {
    return this.nodesOnly ?? this.graph;
  }

  private beginDrawingNodesOnly(): void {
    if (!this.large || this.nodesOnly) return;
    const nodes = this.graph.nullCopy() as KnowledgeGraph;
    this.graph.forEachNode((n, a) => nodes.addNode(n, { ...a }));
    this.nodesOnly = nodes;
    this.renderer.setGraph(nodes as never);
  }

  private endDrawingNodesOnly(): void {
    if (!this.nodesOnly) return;
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

  /** Copy the shadow's positions into the drawn graph (one batched update, one sigma refresh). */
  private sync(): void {
    this.copyPositions(this.target);
  }

  private copyPositions(into: KnowledgeGraph): void {
    const shadow = this.shadow;
    if (!shadow) return;
    into.updateEachNodeAttributes((node, a) => {
      const s = shadow.getNodeAttributes(node);
      a.x = s.x;
      a.y = s.y;
      return a;
    }, { attributes: ['x', 'y'] });
  }

  private startSync(): void {
    if (!this.syncTimer) this.syncTimer = setInterval(() => this.sync(), this.syncEveryMs);
  }

  private stopSync(): void {
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    this.sync();
    this.endDrawingNodesOnly();
  }

  start(): void {
    this.stopNoverlap();
    const shadow = this.ensureShadow();
    if (!this.fa2) {
      const settings = inferSettings(shadow);
      this.fa2 = new FA2Layout(shadow, {
        settings: { ...settings, barnesHutOptimize: shadow.order > 500, adjustSizes: false, slowDown: 1 + Math.log10(1 + shadow.order) },
        getEdgeWeight: 'weight',
      });
    }
    this.beginDrawingNodesOnly();
    this.fa2.start();
    this.startSync();
    this.onChange(true);
  }

  stop(): void {
    this.fa2?.stop();
    this.stopSync();
    this.onChange(false);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /** Push overlapping nodes apart; sizes are screen pixels, converted to graph units at the current zoom. */
  spread(): void {
    this.stop();
    this.stopNoverlap();
    const shadow = this.ensureShadow();
    const probe = this.renderer.viewportToGraph({ x: 0, y: 0 });
    const probe2 = this.renderer.viewportToGraph({ x: 100, y: 0 });
    const unitsPerPixel = Math.hypot(probe2.x - probe.x, probe2.y - probe.y) / 100 || 1;
    this.noverlap = new NoverlapLayout(shadow, {
      inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 4) * unitsPerPixel }),
      settings: { margin: 3 * unitsPerPixel, ratio: 1.1, speed: 3 },
      onConverged: () => this.stopNoverlap(),
    });
    this.beginDrawingNodesOnly();
    this.noverlap.start();
    this.startSync();
    // Noverlap converges quickly on news graphs; stop it anyway so it never runs forever.
    this.noverlapTimer = setTimeout(() => this.stopNoverlap(), 8000);
  }

  private stopNoverlap(): void {
    if (this.noverlapTimer) clearTimeout(this.noverlapTimer);
    this.noverlapTimer = null;
    if (this.noverlap) {
      this.noverlap.kill();
      this.noverlap = null;
      this.stopSync();
    }
  }

  kill(): void {
    this.stopNoverlap();
    this.fa2?.kill();
    this.fa2 = null;
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    this.nodesOnly = null;
    this.shadow = null;
  }
}
