// The graph's own measures of its entities: how many others each is tied to
// (degree), how strongly (weighted degree: the summed weight of its relations),
// PageRank, betweenness centrality and its Louvain community. Computed on the
// graph collapsed to one undirected weighted tie per pair of entities (a pair's
// co-occurrence and stated relations are one tie; direction is left out because
// most ties are co-occurrences, which have none). The algorithms are
// graphology's (graphology-metrics, graphology-communities-louvain); exact
// betweenness costs O(V·E), so above `exactBetweennessUpTo` entities it is
// estimated from a seeded sample of source entities (Brandes and Pich 2007,
// with graphology's indexed Brandes). Pure: the viewer runs it in a worker,
// `kg export --metrics` writes it as node attributes.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { KnowledgeGraph, NodeAttributes } from '../types.ts';
import { seededRandom } from '../random.ts';
import { compactGraph, type CompactGraph } from './compact.ts';

export { compactGraph, type CompactGraph } from './compact.ts';

export interface EntityMetrics {
  /** Distinct entities it is tied to. */
  degree: number;
  /** Summed weight (statements or sentences) of its relations. */
  weightedDegree: number;
  pagerank: number;
  /** Normalised to [0, 1]: the share of shortest paths between other entities that pass through it. */
  betweenness: number;
  /** Louvain community, numbered from 0 by size (0: the largest). */
  community: number;
}

export interface MetricsSummary {
  /** How betweenness was computed: every source, or a sample of `pivots` sources. */
  betweenness: 'exact' | 'approximate';
  pivots: number;
  communities: number;
}

export interface MetricsOptions {
  /** Exact betweenness up to this many entities; above, sampled. */
  exactBetweennessUpTo: number;
  /** Sources sampled for approximate betweenness. */
  pivots: number;
  /** Seed of the sample and of Louvain's order, so the same graph gives the same numbers. */
  seed: number;
}

export const METRICS_DEFAULTS: MetricsOptions = { exactBetweennessUpTo: 2000, pivots: 256, seed: 17 };

function collapse(g: CompactGraph): UndirectedGraph {
  // Summed per pair first (graphology's updateEdge per relation costs ~30x more), then one edge each.
  const n = g.nodes.length;
  const pairs = new Map<number, number>();
  for (let i = 0; i < g.source.length; i++) {
    const a = g.source[i]!;
    const b = g.target[i]!;
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    pairs.set(key, (pairs.get(key) ?? 0) + g.weight[i]!);
  }
  const simple = new UndirectedGraph();
  for (const node of g.nodes) simple.addNode(node);
  for (const [key, weight] of pairs) simple.addEdge(g.nodes[Math.floor(key / n)]!, g.nodes[key % n]!, { weight });
  return simple;
}

/** Betweenness from `pivots` sampled sources, scaled to the whole, normalised like graphology's. */
function sampledBetweenness(graph: UndirectedGraph, pivots: number, random: () => number): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as ((s: number) => unknown) & { index: { collect(values: Float64Array): Record<string, number> } };
  const n = graph.order;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const k = Math.min(n, pivots);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let p = 0; p < k; p++) {
    const s = order[p]!;
    const [S, P, sigma] = brandes(s) as unknown as [{ size: number; items: Uint32Array | number[]; pop(): number }, number[][], Uint32Array | number[]];
    for (let j = 0; j < S.size; j++) delta[S.items[j]!] = 0;
    while (S.size !== 0) {
      const w = S.pop();
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  // Hop counts, not weights: a weight is a tie's strength, not its length. Each pair is counted from both ends in an undirected graph, as in graphology's normalised figure.
  const scale = n <= 2 ? 0 : (n / k) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return brandes.index.collect(centrality);
}

export function computeMetrics(g: CompactGraph, options: Partial<MetricsOptions> = {}): { nodes: Record<string, EntityMetrics>; summary: MetricsSummary } {
  const opts = { ...METRICS_DEFAULTS, ...options };
  const graph = collapse(g);
  const random = seededRandom(opts.seed);
  const out: Record<string, EntityMetrics> = {};
  if (graph.order === 0) return { nodes: out, summary: { betweenness: 'exact', pivots: 0, communities: 0 } };
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : Object.fromEntries(graph.nodes().map((n) => [n, 1 / graph.order]));
  const exact = graph.order <= opts.exactBetweennessUpTo;
  const between = exact ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : sampledBetweenness(graph, opts.pivots, random);
  const raw = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: random }) as Record<string, number> : {};
  // Communities numbered by size, so colours and legends start with the largest.
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const byCount = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(byCount.map((c, i) => [c, i]));
  let next = byCount.length;
  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_e, a) => { weightedDegree += (a as { weight: number }).weight; });
    out[node] = {
      degree: graph.degree(node),
      weightedDegree,
      pagerank: ranks[node] ?? 0,
      betweenness: between[node] ?? 0,
      // An entity tied to nothing is a community of its own.
      community: raw[node] !== undefined ? renumber.get(raw[node]!)! : next++,
    };
  });
  return { nodes: out, summary: { betweenness: exact ? 'exact' : 'approximate', pivots: exact ? graph.order : Math.min(graph.order, opts.pivots), communities: next } };
}

/** Node attributes carrying the measures (what `kg export --metrics` writes). */
export type NodeWithMetrics = NodeAttributes & { metrics?: EntityMetrics };

/** Compute the measures and keep them on the graph: node attribute `metrics`, graph attribute `metrics` (how they were computed). */
export function assignMetrics(graph: KnowledgeGraph, options: Partial<MetricsOptions> = {}): MetricsSummary {
  const { nodes, summary } = computeMetrics(compactGraph(graph), options);
  graph.forEachNode((node) => { graph.setNodeAttribute(node, 'metrics' as never, nodes[node] as never); });
  graph.setAttribute('metrics' as never, summary as never);
  return summary;
}
