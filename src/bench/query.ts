// Query speed on a seeded 10k-node / 50k-edge graph: name resolution (cached
// index) next to a linear scan over labels, our weighted tied shortest paths
// next to graphology-shortest-path's weighted bidirectional Dijkstra (one path,
// no hop limit; p50/p99, also on a seeded 100k-node graph), and whole questions
// through the ask engine. Then, on a seeded 100k-node graph, the big-graph routes (/api/subgraph?top=500,
// /api/neighborhood/:id) called in-process through handleApi, body serialised as
// the server does, next to a plain graph.export() of the whole graph.
// Run alone: npx tsx src/bench/query.ts [nodes] [bigNodes]
import { pathToFileURL } from 'node:url';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { MultiUndirectedGraph } from 'graphology';
import { generateGraph } from './graph-gen.ts';
import type { BenchRow } from './types.ts';
import { ask, normalizeName, resolveEntity, shortestPaths } from '../query/index.ts';
import { hopCost } from '../query/data/costs.ts';
import { pathIndex } from '../query/path-index.ts';
import { seededRandom } from '../graph/layout.ts';
import { handleApi } from '../server/api.ts';
import { forgetRankings } from '../query/subgraph.ts';
import type { KnowledgeGraph } from '../types.ts';

/** The p-th percentile (0-100) of the times, nearest rank. */
function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function timeEach(n: number, fn: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

/** One API call as the server makes it, minus the socket: route, then JSON text of the body. */
function apiCall(graph: KnowledgeGraph, path: string, query: string): number {
  const r = handleApi(graph, path, new URLSearchParams(query));
  if (!('body' in r)) throw new Error(`bench: ${path} did not answer with a body`);
  return JSON.stringify(r.body).length;
}

/** Subgraph routes on a big graph: p50 and p99 rows, each next to the same percentile of graph.export(). */
export function benchSubgraph(nodes = 100_000): BenchRow[] {
  const graph = generateGraph(nodes, 5, 3);
  const size = `${nodes.toLocaleString('en-US')} nodes, ${graph.size.toLocaleString('en-US')} edges`;
  const random = seededRandom(9);
  const exportTimes = timeEach(5, () => graph.export());
  const measures: [string, number[], string][] = [];
  // Cold: the ranking of all entities is computed (first request after start or reload).
  const cold = timeEach(5, () => { forgetRankings(graph); apiCall(graph, '/api/subgraph', 'top=500'); });
  measures.push(['/api/subgraph?top=500, ranking not cached (first request)', cold, '']);
  let bytes = 0;
  const warm = timeEach(200, () => { bytes = apiCall(graph, '/api/subgraph', 'top=500'); });
  measures.push(['/api/subgraph?top=500, ranking cached', warm, `${(bytes / 1e6).toFixed(2)} MB of JSON`]);
  for (const depth of [1, 2]) {
    let total = 0;
    const times = timeEach(200, () => { total += apiCall(graph, `/api/neighborhood/n${Math.floor(random() * nodes)}`, `depth=${depth}&limit=200`); });
    measures.push([`/api/neighborhood/:id?depth=${depth}&limit=200`, times, `${(total / 200 / 1e3).toFixed(1)} kB of JSON on average`]);
  }
  const rows: BenchRow[] = [];
  for (const [name, times, note] of measures) {
    for (const p of [50, 99]) {
      rows.push({
        name: `${name} p${p}, ${size}`, value: percentile(times, p), unit: 'ms',
        baseline: { name: `graph.export() of the whole graph, p${p} of ${exportTimes.length}`, value: percentile(exportTimes, p) },
        note: `${times.length} calls in-process (handleApi + JSON.stringify)${note ? '; ' + note : ''}`,
      });
    }
  }
  return rows;
}

/**
 * Shortest paths between 200 seeded random pairs, at the default hop limit and a
 * generous one: p50 and p99 per query, after the one-off build of the path
 * index (its own row). Baseline: the library's weighted bidirectional Dijkstra
 * with the same hop costs on an undirected copy (relations count in either
 * direction), one path, no hop limit, same pairs.
 */
export function benchPaths(graph: KnowledgeGraph, random: () => number): BenchRow[] {
  const nodes = graph.nodes();
  const pick = () => nodes[Math.floor(random() * nodes.length)]!;
  const size = `${graph.order.toLocaleString('en-US')} nodes, ${graph.size.toLocaleString('en-US')} edges`;
  const pairs = Array.from({ length: 200 }, () => [pick(), pick()] as const);
  const undirected = new MultiUndirectedGraph();
  graph.forEachNode((n) => undirected.addNode(n));
  graph.forEachEdge((e, a, s, t) => undirected.addEdgeWithKey(e, s, t, { cost: hopCost(a) }));
  const base = timeEach(pairs.length, (i) => bidirectional(undirected, pairs[i]![0], pairs[i]![1], 'cost'));
  const build = timeEach(1, () => pathIndex(graph));
  const rows: BenchRow[] = [{
    name: `path index build (once per graph), ${size}`, value: build[0]!, unit: 'ms',
    note: 'typed-array adjacency with the cheapest hop cost per neighbour pair; paid by the first path query',
  }];
  for (const maxHops of [4, 6]) {
    let found = 0;
    const times = timeEach(pairs.length, (i) => { if (shortestPaths(graph, pairs[i]![0], pairs[i]![1], { maxHops }).paths.length) found++; });
    for (const p of [50, 99]) {
      rows.push({
        name: `shortest paths (weighted, all ties, ≤${maxHops} hops) p${p}, ${size}`, value: percentile(times, p), unit: 'ms',
        baseline: { name: `graphology-shortest-path dijkstra.bidirectional (1 path, no hop limit), p${p}`, value: percentile(base, p) },
        note: `${found}/${pairs.length} pairs connected within ${maxHops} hops`,
      });
    }
  }
  return rows;
}

export async function benchQuery(nodes = 10000, bigNodes = 100_000): Promise<BenchRow[]> {
  const graph = generateGraph(nodes, 5, 3);
  const random = seededRandom(5);
  const pick = () => `n${Math.floor(random() * nodes)}`;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const size = `${nodes.toLocaleString('en-US')} nodes`;
  const rows: BenchRow[] = [];

  // Name resolution: 2,000 lookups by label typed in another case.
  const names = Array.from({ length: 2000 }, () => label(pick()).toUpperCase());
  resolveEntity(graph, names[0]!); // builds the cached index once, as a server does on its first request
  let t0 = performance.now();
  for (const n of names) resolveEntity(graph, n);
  const ours = (performance.now() - t0) / names.length;
  t0 = performance.now();
  for (const n of names.slice(0, 200)) {
    const norm = normalizeName(n);
    graph.findNode((_id, a) => normalizeName(a.label) === norm);
  }
  const scan = (performance.now() - t0) / 200;
  rows.push({ name: `resolve a name, ${size}`, value: ours, unit: 'ms/iter', baseline: { name: 'linear scan of normalised labels', value: scan } });

  rows.push(...benchPaths(graph, random)); // same pairs (and random stream) as before the path rows moved
  rows.push(...benchPaths(generateGraph(bigNodes, 5, 1), seededRandom(5)));

  // Whole questions.
  const questions = Array.from({ length: 100 }, (_, i) => {
    const a = label(pick()), b = label(pick());
    return i % 2 ? `How is ${a} connected to ${b}?` : `Who is connected to ${a}?`;
  });
  t0 = performance.now();
  for (const q of questions) ask(graph, q);
  rows.push({ name: `ask (path and neighbourhood questions), ${size}`, value: (performance.now() - t0) / questions.length, unit: 'ms/iter' });
  rows.push(...benchSubgraph(bigNodes));
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const n = Number(process.argv[2]);
  const big = Number(process.argv[3]);
  for (const row of await benchQuery(n > 0 ? n : undefined, big > 0 ? big : undefined)) console.log(JSON.stringify(row));
}
