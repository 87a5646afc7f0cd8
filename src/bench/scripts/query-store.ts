// Child process for the store-query benchmark: load a store's graph once, then
// time entity lookups and path queries between seeded random entities.
import { loadGraph } from '../../store/graph-file.ts';
import { resolveEntity, shortestPaths } from '../../query/index.ts';
import { seededRandom } from '../../graph/layout.ts';

const [dataDir] = process.argv.slice(2);
let t0 = performance.now();
const graph = loadGraph(dataDir!);
const loadMs = performance.now() - t0;
const nodes = graph.nodes();
const random = seededRandom(3);
const pick = () => nodes[Math.floor(random() * nodes.length)]!;
const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]!; };
const lookups: number[] = [];
for (let i = 0; i < 2000; i++) {
  const label = graph.getNodeAttribute(pick(), 'label').toLowerCase();
  t0 = performance.now();
  resolveEntity(graph, label);
  lookups.push(performance.now() - t0);
}
const paths: number[] = [];
for (let i = 0; i < 300; i++) {
  const a = pick();
  const b = pick();
  t0 = performance.now();
  shortestPaths(graph, a, b);
  paths.push(performance.now() - t0);
}
process.stdout.write(JSON.stringify({
  loadMs, nodes: graph.order, edges: graph.size,
  lookupP50: quantile(lookups, 0.5), lookupP99: quantile(lookups, 0.99), pathP50: quantile(paths, 0.5), pathP99: quantile(paths, 0.99),
}) + '\n');
