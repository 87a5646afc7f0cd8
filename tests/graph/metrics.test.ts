// The graph's measures of its entities (src/graph/metrics.ts): degree and
// weighted degree over the collapsed graph, PageRank, betweenness (exact, and
// the sampled estimate agreeing with it), Louvain communities numbered by size.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/types.ts';
import { assignMetrics, compactGraph, computeMetrics } from '../../src/graph/metrics.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

/** Two triangles (a b c, x y z) joined by the bridge c–x; a–b stated twice (a relation and a co-occurrence). */
function bridged(): KnowledgeGraph {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  for (const n of ['a', 'b', 'c', 'x', 'y', 'z']) g.addNode(n, { label: n, type: 'person', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' } as never);
  const edge = (s: string, t: string, weight: number, kind = 'cooccurrence') => g.addEdge(s, t, { kind, predicate: 'p', weight, confidence: 1, evidence: [] } as never);
  edge('a', 'b', 2, 'event'); edge('b', 'a', 3); edge('b', 'c', 1); edge('a', 'c', 1);
  edge('x', 'y', 1); edge('y', 'z', 1); edge('x', 'z', 1);
  edge('c', 'x', 1);
  return g;
}

describe('entity metrics', () => {
  const { nodes, summary } = computeMetrics(compactGraph(bridged()));

  it.each([
    ['a', 2, 6], ['b', 2, 6], ['c', 3, 3], ['x', 3, 3], ['y', 2, 2],
  ])('%s: degree %i (distinct neighbours), weighted degree %i (summed weights)', (node, degree, weighted) => {
    expect(nodes[node]!.degree).toBe(degree);
    expect(nodes[node]!.weightedDegree).toBe(weighted);
  });

  it('betweenness: the bridge ends carry every path between the triangles (normalised, exact on a small graph)', () => {
    expect(summary.betweenness).toBe('exact');
    // c lies on the shortest paths of a→x,y,z and b→x,y,z: 6 of the 10 pairs not involving c.
    expect(nodes.c!.betweenness).toBeCloseTo(6 / 10, 6);
    expect(nodes.a!.betweenness).toBe(0);
  });

  it('PageRank sums to 1 and favours the heavier ties', () => {
    const total = Object.values(nodes).reduce((s, m) => s + m.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(nodes.a!.pagerank).toBeGreaterThan(nodes.y!.pagerank);
  });

  it('Louvain finds the two triangles', () => {
    expect(summary.communities).toBe(2);
    expect(new Set(['a', 'b', 'c'].map((n) => nodes[n]!.community)).size).toBe(1);
    expect(new Set(['x', 'y', 'z'].map((n) => nodes[n]!.community)).size).toBe(1);
    expect(nodes.a!.community).not.toBe(nodes.x!.community);
  });

  it('sampled betweenness: every source sampled gives the exact figures; fewer give an estimate that ranks alike', () => {
    const g = generateGraph(600, 3, 5);
    const exact = computeMetrics(compactGraph(g)).nodes;
    const all = computeMetrics(compactGraph(g), { exactBetweennessUpTo: 10, pivots: 600 });
    expect(all.summary).toMatchObject({ betweenness: 'approximate', pivots: 600 });
    for (const n of g.nodes()) expect(all.nodes[n]!.betweenness).toBeCloseTo(exact[n]!.betweenness, 9);
    const sampled = computeMetrics(compactGraph(g), { exactBetweennessUpTo: 10, pivots: 150 }).nodes;
    const top = (m: typeof exact) => g.nodes().sort((p, q) => m[q]!.betweenness - m[p]!.betweenness).slice(0, 20);
    const shared = top(exact).filter((n) => top(sampled).includes(n)).length;
    expect(shared).toBeGreaterThanOrEqual(14);
  });

  it('the same graph gives the same numbers (seeded)', () => {
    const g = generateGraph(300, 3, 9);
    expect(computeMetrics(compactGraph(g), { exactBetweennessUpTo: 10 })).toEqual(computeMetrics(compactGraph(g), { exactBetweennessUpTo: 10 }));
  });

  it('assignMetrics keeps them as node attributes and says how they were computed', () => {
    const g = bridged();
    assignMetrics(g);
    expect((g.getNodeAttributes('c') as unknown as { metrics: { degree: number } }).metrics.degree).toBe(3);
    expect(g.getAttribute('metrics' as never)).toEqual({ betweenness: 'exact', pivots: 6, communities: 2 });
  });
});
