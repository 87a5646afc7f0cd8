// Lay the graph out with ForceAtlas2 so every export and the viewer start from
// positions. Seeded initial placement + a fixed iteration count make it
// deterministic: ingesting the same articles gives the same coordinates.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import louvain from 'graphology-communities-louvain';
import type { KnowledgeGraph } from '../types.ts';
import { seededRandom } from '../random.ts';

export { seededRandom };

export interface LayoutOptions {
  /** Iterations; default depends on graph size. */
  iterations?: number;
  seed?: number;
  /** Stop early once this many milliseconds have gone (checked between batches). */
  timeBudgetMs?: number;
}


/** Iterations are budgeted by work (nodes + edges per iteration), so dense graphs do not stall ingestion. */
export const LAYOUT_WORK_BUDGET = 3_000_000;

export function defaultIterations(order: number, size = 0): number {
  return Math.max(30, Math.min(600, Math.round(LAYOUT_WORK_BUDGET / Math.max(1, order + size))));
}

/** Above this many nodes the layout starts from a placement by community, so fewer iterations are needed. */
export const COMMUNITY_PLACEMENT_ABOVE = 10_000;

/** Seeded random placement in a disc. */
function placeRandomly(graph: KnowledgeGraph, random: () => number): void {
  const radius = Math.sqrt(graph.order) * 10;
  for (const node of graph.nodes().sort()) {
    const angle = random() * Math.PI * 2;
    const r = radius * Math.sqrt(random());
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
}

/**
 * Cheap initial placement for big graphs: Louvain communities, each given a disc
 * (area proportional to its size) on a sunflower spiral, nodes scattered in their
 * community's disc. ForceAtlas2 then only has to refine, not untangle.
 */
export function placeByCommunity(graph: KnowledgeGraph, random: () => number): void {
  const communities = louvain(graph as never, { rng: random, getEdgeWeight: null }) as Record<string, number>;
  const members = new Map<number, string[]>();
  for (const node of graph.nodes().sort()) {
    const c = communities[node]!;
    const list = members.get(c);
    if (list) list.push(node); else members.set(c, [node]);
  }
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const golden = Math.PI * (3 - Math.sqrt(5));
  let area = 0;
  groups.forEach((group, i) => {
    area += group.length;
    const ringRadius = Math.sqrt(area) * 12;
    const cx = i === 0 ? 0 : ringRadius * Math.cos(i * golden);
    const cy = i === 0 ? 0 : ringRadius * Math.sin(i * golden);
    const spread = Math.sqrt(group.length) * 6;
    for (const node of group) {
      const angle = random() * Math.PI * 2;
      const r = spread * Math.sqrt(random());
      graph.mergeNodeAttributes(node, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    }
  });
}

/** True when some node cannot be reached from the first one (edges in either direction). */
export function hasSeveralComponents(graph: KnowledgeGraph): boolean {
  const first = graph.nodes()[0];
  if (first === undefined) return false;
  const seen = new Set([first]);
  const stack = [first];
  while (stack.length) {
    graph.forEachNeighbor(stack.pop()!, (n) => { if (!seen.has(n)) { seen.add(n); stack.push(n); } });
  }
  return seen.size < graph.order;
}

export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  const order = graph.order;
  if (order === 0) return;
  const random = seededRandom(options.seed ?? 42);
  if (order > COMMUNITY_PLACEMENT_ABOVE && graph.size > 0) placeByCommunity(graph, random);
  else placeRandomly(graph, random);
  const nodes = graph.nodes();
  if (order === 1) { graph.mergeNodeAttributes(nodes[0]!, { x: 0, y: 0 }); return; }
  const settings = {
    ...forceAtlas2.inferSettings(order),
    // Separate articles often form separate components; plain gravity lets them drift far apart.
    ...(hasSeveralComponents(graph) ? { strongGravityMode: true, gravity: 0.5 } : {}),
    barnesHutOptimize: order > 1000,
    adjustSizes: false,
    edgeWeightInfluence: 1,
  };
  const total = options.iterations ?? defaultIterations(order, graph.size);
  const started = Date.now();
  const batch = Math.max(10, Math.min(100, total));
  for (let done = 0; done < total; done += batch) {
    forceAtlas2.assign(graph, {
      iterations: Math.min(batch, total - done),
      settings,
      // typed relations pull harder than co-occurrence
      getEdgeWeight: (_e, attr) => (attr.kind === 'cooccurrence' ? 1 : 3) * Math.log2(1 + (attr.weight as number)),
    });
    if (options.timeBudgetMs !== undefined && Date.now() - started > options.timeBudgetMs) break;
  }
  // Round to keep graph files small and stable.
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 }));
}
