import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey } from '../../src/graph/build.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import type { ArticleAnalysis, Relation } from '../../src/types.ts';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

function analysis(id: string, sentence: string, entities: Array<[string, string, string]>, relations: Array<Partial<Relation> & Pick<Relation, 'source' | 'target' | 'kind' | 'predicate'>>): ArticleAnalysis {
  return {
    document: { id, title: `Doc ${id}`, source: `${id}.txt`, chars: sentence.length },
    entities: entities.map(([eid, name, type]) => ({
      id: eid, name, type: type as never, aliases: [], mentions: [span(name, Math.max(0, sentence.indexOf(name)))],
    })),
    relations: relations.map((r) => ({ cameo: null, confidence: 0.8, evidence: [span(sentence)], ...r })),
  };
}

const s1 = 'France condemned Mali and Germany met Mali.';
const s2 = 'France condemned Mali again.';
const a1 = analysis('d1', s1, [['country:FR', 'France', 'country'], ['country:ML', 'Mali', 'country'], ['country:DE', 'Germany', 'country']], [
  { source: 'country:FR', target: 'country:ML', kind: 'event', predicate: 'condemned', cameo: '111' },
  { source: 'country:DE', target: 'country:ML', kind: 'event', predicate: 'met', cameo: '040' },
  { source: 'country:ML', target: 'country:FR', kind: 'cooccurrence', predicate: 'co-occurs with' },
]);
const a2 = analysis('d2', s2, [['country:FR', 'France', 'country'], ['country:ML', 'Mali', 'country']], [
  { source: 'country:FR', target: 'country:ML', kind: 'event', predicate: 'condemned', cameo: '111' },
  { source: 'country:FR', target: 'country:ML', kind: 'cooccurrence', predicate: 'co-occurs with' },
]);

describe('buildGraph', () => {
  const g = buildGraph([a1, a2]);

  it('makes one node per entity id across articles, with documents and mention counts', () => {
    expect(g.order).toBe(3);
    expect(g.getNodeAttribute('country:FR', 'documents').sort()).toEqual(['d1', 'd2']);
    expect(g.getNodeAttribute('country:FR', 'mentions')).toBe(2);
    expect(g.getNodeAttribute('country:DE', 'color')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('merges the same statement from two articles into one edge with both evidence sentences', () => {
    const key = edgeKey({ kind: 'event', source: 'country:FR', target: 'country:ML', predicate: 'condemned' });
    expect(g.getEdgeAttribute(key, 'weight')).toBe(2);
    expect(g.getEdgeAttribute(key, 'evidence').map((e) => e.doc)).toEqual(['d1', 'd2']);
    expect(g.getEdgeAttribute(key, 'cameo')).toBe('111');
  });

  it('keeps co-occurrence apart, undirected, weighted by sentences', () => {
    const co = g.edges().filter((e) => g.getEdgeAttribute(e, 'kind') === 'cooccurrence');
    expect(co).toHaveLength(1);
    expect(g.getEdgeAttribute(co[0]!, 'weight')).toBe(2);
  });

  it('records the documents on the graph', () => {
    expect(Object.keys(g.getAttribute('documents')).sort()).toEqual(['d1', 'd2']);
  });
});

describe('layoutGraph', () => {
  it('is deterministic and gives every node finite, distinct positions', () => {
    const g1 = buildGraph([a1, a2]);
    const g2 = buildGraph([a2, a1]);
    layoutGraph(g1);
    layoutGraph(g2);
    const pos = (g: typeof g1) => g.nodes().sort().map((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]);
    expect(pos(g1)).toEqual(pos(g2));
    for (const [x, y] of pos(g1)) { expect(Number.isFinite(x)).toBe(true); expect(Number.isFinite(y)).toBe(true); }
    expect(new Set(pos(g1).map((p) => p.join(','))).size).toBe(3);
  });
});
