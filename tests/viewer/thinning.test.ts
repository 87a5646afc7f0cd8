// core/thinning.ts: which co-occurrence lines big-graph mode leaves out at rest, and the count the notice gives.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/types.ts';
import { countThinned, restingCooccurrenceWeight } from '../../viewer/src/core/thinning.ts';

describe('co-occurrence thinning', () => {
  it('asks for a second article in big-graph mode only, unless every line was asked for', () => {
    expect(restingCooccurrenceWeight(true, false)).toBe(2);
    expect(restingCooccurrenceWeight(true, true)).toBe(1);
    expect(restingCooccurrenceWeight(false, false)).toBe(1);
  });

  it('counts the single-article co-occurrences a filter has not hidden already, never a typed relation', () => {
    const g = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    for (const n of ['a', 'b', 'c']) g.addNode(n, {} as never);
    g.addEdgeWithKey('ab', 'a', 'b', { kind: 'cooccurrence', weight: 1 } as never);
    g.addEdgeWithKey('bc', 'b', 'c', { kind: 'cooccurrence', weight: 1 } as never);
    g.addEdgeWithKey('ac', 'a', 'c', { kind: 'cooccurrence', weight: 3 } as never);
    g.addEdgeWithKey('ab2', 'a', 'b', { kind: 'role', weight: 1 } as never);
    expect(countThinned(g, 2, new Set())).toBe(2);
    expect(countThinned(g, 2, new Set(['bc']))).toBe(1);
    expect(countThinned(g, 1, new Set())).toBe(0);
  });
});
