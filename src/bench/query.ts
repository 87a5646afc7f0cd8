// Query speed on a seeded 10k-node / 50k-edge graph: name resolution (cached
// index) next to a linear scan over labels, our weighted tied shortest paths
// next to graphology-shortest-path's weighted bidirectional Dijkstra (one path,
// no hop limit), and whole questions through the ask engine.
// Run alone: npx tsx src/bench/query.ts [nodes]
import { pathToFileURL } from 'node:url';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { MultiUndirectedGraph } from 'graphology';
import { generateGraph } from './graph-gen.ts';
import type { BenchRow } from './types.ts';
import { ask, normalizeName, resolveEntity, shortestPaths } from '../query/index.ts';
import { hopCost } from '../query/data/costs.ts';
import { seededRandom } from '../graph/layout.ts';

export async function benchQuery(nodes = 10000): Promise<BenchRow[]> {
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

  // Shortest paths between 200 random pairs, at the default hop limit and a generous one.
  // Baseline: the library's weighted bidirectional Dijkstra with the same hop costs on an undirected copy
  // (relations count in either direction), one path, no hop limit.
  const pairs = Array.from({ length: 200 }, () => [pick(), pick()] as const);
  const undirected = new MultiUndirectedGraph();
  graph.forEachNode((n) => undirected.addNode(n));
  graph.forEachEdge((e, a, s, t) => undirected.addEdgeWithKey(e, s, t, { cost: hopCost(a) }));
  t0 = performance.now();
  for (const [a, b] of pairs) bidirectional(undirected, a, b, 'cost');
  const basePath = (performance.now() - t0) / pairs.length;
  for (const maxHops of [4, 6]) {
    t0 = performance.now();
    let found = 0;
    for (const [a, b] of pairs) if (shortestPaths(graph, a, b, { maxHops }).paths.length) found++;
    rows.push({
      name: `shortest paths (weighted, all ties, ≤${maxHops} hops), ${size}`, value: (performance.now() - t0) / pairs.length, unit: 'ms/iter',
      baseline: { name: 'graphology-shortest-path dijkstra.bidirectional (1 path, no hop limit)', value: basePath },
      note: `${found}/${pairs.length} pairs connected within ${maxHops} hops`,
    });
  }

  // Whole questions.
  const questions = Array.from({ length: 100 }, (_, i) => {
    const a = label(pick()), b = label(pick());
    return i % 2 ? `How is ${a} connected to ${b}?` : `Who is connected to ${a}?`;
  });
  t0 = performance.now();
  for (const q of questions) ask(graph, q);
  rows.push({ name: `ask (path and neighbourhood questions), ${size}`, value: (performance.now() - t0) / questions.length, unit: 'ms/iter' });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const n = Number(process.argv[2]);
  for (const row of await benchQuery(n > 0 ? n : undefined)) console.log(JSON.stringify(row));
}
