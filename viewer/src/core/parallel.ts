// Which edges share their two endpoints (parallel or reciprocal), and where each
// sits in its bundle, so they can be drawn as separate curves. Same rules as
// @sigma/edge-curve's indexParallelEdgesIndex, but computed into a Map instead of
// written into the graph's attributes: the graph stays data, and 100,000 edges
// cost no joined id strings and no attribute-update events (the bench measures load).

export interface ParallelSlot {
  /** Position in the bundle; the curvature grows with it. */
  index: number;
  /** Largest index of the bundle (scales the curvature). */
  max: number;
}

interface EdgeEnds {
  forEachEdge(cb: (edge: string, attributes: unknown, source: string, target: string) => void): void;
}

export function indexParallelEdges(graph: EdgeEnds): Map<string, ParallelSlot> {
  const bySource = new Map<string, Map<string, string[]>>();
  graph.forEachEdge((edge, _a, source, target) => {
    let targets = bySource.get(source);
    if (!targets) bySource.set(source, (targets = new Map()));
    const list = targets.get(target);
    if (list) list.push(edge);
    else targets.set(target, [edge]);
  });
  const slots = new Map<string, ParallelSlot>();
  for (const [source, targets] of bySource) {
    for (const [target, edges] of targets) {
      const opposite = source === target ? 0 : (bySource.get(target)?.get(source)?.length ?? 0);
      const n = edges.length;
      if (n === 1 && opposite === 0) continue; // alone: drawn straight
      if (n === 1) {
        slots.set(edges[0], { index: 1, max: 1 }); // alone this way, others the other way
      } else if (opposite === 0) {
        const max = (n - 1) / 2; // a bundle in one direction: spread around the straight line
        edges.forEach((edge, i) => slots.set(edge, { index: i - max, max }));
      } else {
        edges.forEach((edge, i) => slots.set(edge, { index: i + 1, max: n }));
      }
    }
  }
  return slots;
}
