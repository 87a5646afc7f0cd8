// Big-graph mode draws co-occurrence lines seen in a single article only where they are
// looked at: around the entity in focus and along paths (the emphasis overlay), not at
// rest. On the served eng.train corpus they are most of the ~5,100 lines drawn at fit,
// and every redraw of sigma's scene (new entities drawn, a path's entities added) pays
// for each line's pixels in a software rasteriser. Pure: the weight rule and the count the
// notice gives.
import type { KnowledgeGraph } from '../../../src/types.ts';

/** The weight a co-occurrence line needs to be drawn at rest: 2 in big-graph mode unless every line was asked for, else 1 (all). */
export function restingCooccurrenceWeight(bigGraph: boolean, drawEvery: boolean): number {
  return bigGraph && !drawEvery ? 2 : 1;
}

/** Co-occurrence lines of the drawing, not hidden by a filter, that need `weight` and do not have it. */
export function countThinned(graph: KnowledgeGraph, weight: number, hiddenEdges: ReadonlySet<string>): number {
  if (weight <= 1) return 0;
  let n = 0;
  graph.forEachEdge((edge, a) => {
    if (a.kind === 'cooccurrence' && a.weight < weight && !hiddenEdges.has(edge)) n++;
  });
  return n;
}
