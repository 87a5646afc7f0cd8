// How well a layout keeps graph neighbours close: neighbourhood preservation,
// the mean share of a node's graph neighbours among its k nearest nodes in the
// plane (k = its degree). 1 is perfect; a random layout scores about k/n.
import type Graph from 'graphology';
import { seededRandom } from './layout.ts';

export function neighbourhoodPreservation(graph: Graph, sampleSize = 200, seed = 7): number {
  const nodes = graph.nodes();
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  const index = new Map<string, number>();
  nodes.forEach((n, i) => { index.set(n, i); xs[i] = graph.getNodeAttribute(n, 'x') as number; ys[i] = graph.getNodeAttribute(n, 'y') as number; });
  const random = seededRandom(seed);
  const candidates = nodes.filter((n) => graph.degree(n) > 0 && graph.degree(n) < nodes.length - 1);
  if (!candidates.length) return 1;
  let total = 0;
  let counted = 0;
  const dist = new Float64Array(nodes.length);
  for (let s = 0; s < Math.min(sampleSize, candidates.length); s++) {
    const node = candidates[Math.floor(random() * candidates.length)]!;
    const i = index.get(node)!;
    const neighbours = new Set(graph.neighbors(node).map((n) => index.get(n)!));
    const k = neighbours.size;
    for (let j = 0; j < nodes.length; j++) dist[j] = (xs[j]! - xs[i]!) ** 2 + (ys[j]! - ys[i]!) ** 2;
    dist[i] = Infinity;
    // k-th smallest distance by partial selection on a copy
    const sorted = Float64Array.from(dist).sort();
    const threshold = sorted[k - 1]!;
    let hits = 0;
    for (const j of neighbours) if (dist[j]! <= threshold) hits++;
    total += hits / k;
    counted++;
  }
  return total / counted;
}
