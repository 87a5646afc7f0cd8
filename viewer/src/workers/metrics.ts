// The graph's measures of its entities (src/graph/metrics.ts) off the page's
// thread: the graph comes as arrays (controllers/appearance.ts), the measures go
// back as arrays in the same node order, transferred, not copied.
import { computeMetrics, type CompactGraph } from '../../../src/graph/metrics.ts';

self.onmessage = (event: MessageEvent<CompactGraph>) => {
  const g = event.data;
  const { nodes, summary } = computeMetrics(g);
  const n = g.nodes.length;
  const arrays = {
    degree: new Float64Array(n), weightedDegree: new Float64Array(n), pagerank: new Float64Array(n),
    betweenness: new Float64Array(n), community: new Float64Array(n),
  };
  g.nodes.forEach((node, i) => {
    const m = nodes[node]!;
    arrays.degree[i] = m.degree;
    arrays.weightedDegree[i] = m.weightedDegree;
    arrays.pagerank[i] = m.pagerank;
    arrays.betweenness[i] = m.betweenness;
    arrays.community[i] = m.community;
  });
  (self as unknown as Worker).postMessage({ ...arrays, summary }, Object.values(arrays).map((a) => a.buffer));
};
