// A graph as flat arrays: node keys, and per edge its two ends (indices) and
// weight. What the viewer posts to its metrics worker (typed arrays are moved,
// not copied one object at a time) and what src/graph/metrics.ts reads.
import type { KnowledgeGraph } from '../types.ts';

/** The graph as arrays (posted to a worker without copying objects one by one). */
export interface CompactGraph {
  nodes: string[];
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array;
}

export function compactGraph(graph: KnowledgeGraph): CompactGraph {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const weight = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_e, a, s, t) => {
    source[i] = index.get(s)!;
    target[i] = index.get(t)!;
    weight[i] = Number.isFinite(a.weight) && a.weight > 0 ? a.weight : 1;
    i++;
  });
  return { nodes, source, target, weight };
}

