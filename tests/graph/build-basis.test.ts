// How the basis of a relation (stated, context, world knowledge) reaches the graph's edges, and the switch
// that leaves world knowledge out.
import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey } from '../../src/graph/build.ts';
import type { ArticleAnalysis, Relation, RelationBasis } from '../../src/types.ts';

const span = (text: string) => ({ start: 0, end: text.length, text });
const LOC = { source: 'city:odesa', target: 'country:UA', kind: 'location', predicate: 'located in', cameo: null, confidence: 0.7 } as const;

function doc(id: string, sentence: string, basis: RelationBasis | undefined): ArticleAnalysis {
  const r: Relation = { ...LOC, evidence: basis === 'knowledge' ? [] : [span(sentence)], ...(basis ? { basis } : {}) };
  return {
    document: { id, title: id, source: `${id}.txt`, chars: sentence.length },
    entities: [
      { id: 'city:odesa', name: 'Odesa', type: 'city', aliases: [], mentions: [span('Odesa')] },
      { id: 'country:UA', name: 'Ukraine', type: 'country', aliases: [], mentions: [span('Ukraine')] },
    ],
    relations: [r],
  };
}

const key = edgeKey(LOC);

describe('basis on edges', () => {
  const cases: Array<[string, Array<RelationBasis | undefined>, RelationBasis | undefined, number, number]> = [
    // [what, bases of the articles' relations, edge basis (absent = stated), weight, evidence sentences]
    ['a stated relation carries no basis attribute', ['stated'], undefined, 1, 1],
    ['an analysis stored before basis existed reads as stated', [undefined], undefined, 1, 1],
    ['world knowledge alone: no evidence, weight counts articles', ['knowledge', 'knowledge'], 'knowledge', 2, 0],
    ['one article stating it makes the edge stated', ['knowledge', 'stated'], undefined, 2, 1],
    ['stated first, knowledge later: still stated', ['stated', 'knowledge'], undefined, 2, 1],
    ['context beats knowledge', ['knowledge', 'context'], 'context', 2, 1],
  ];
  it.each(cases)('%s', (_what, bases, expected, weight, evidence) => {
    const g = buildGraph(bases.map((b, i) => doc(`d${i}`, `Sentence ${i} about Odesa and Ukraine.`, b)));
    const attrs = g.getEdgeAttributes(key);
    expect(attrs.basis).toBe(expected);
    expect(attrs.weight).toBe(weight);
    expect(attrs.evidence).toHaveLength(evidence);
  });

  it('leaves world knowledge out on request, keeping what an article states', () => {
    const knowledgeOnly = buildGraph([doc('d0', 'Odesa and Ukraine.', 'knowledge')], undefined, { knowledge: false });
    expect(knowledgeOnly.hasEdge(key)).toBe(false);
    expect(knowledgeOnly.order).toBe(2);
    const stated = buildGraph([doc('d0', 'Odesa, Ukraine.', 'stated'), doc('d1', 'Odesa and Ukraine.', 'knowledge')], undefined, { knowledge: false });
    expect(stated.getEdgeAttribute(key, 'weight')).toBe(1);
  });
});

describe('basis through the graph files', () => {
  it.each(['gexf', 'graphml', 'json'] as const)('a %s export read back keeps knowledge and context, and stated stays bare', async (format) => {
    const { collect, gexfChunks, graphmlChunks, jsonChunks } = await import('../../src/export/index.ts');
    const { parseGraphFile } = await import('../../src/graph/open/node.ts');
    const g = buildGraph([doc('d0', 'Odesa and Ukraine.', 'knowledge')]);
    g.addNode('person:x', { ...g.getNodeAttributes('city:odesa'), label: 'X', type: 'person' });
    g.addDirectedEdgeWithKey('role|person:x|country:UA|president of', 'person:x', 'country:UA', { ...g.getEdgeAttributes(key), kind: 'role', predicate: 'president of', label: 'president of', basis: 'context' });
    g.addDirectedEdgeWithKey('role|person:x|city:odesa|mayor of', 'person:x', 'city:odesa', { ...g.getEdgeAttributes(key), kind: 'role', predicate: 'mayor of', label: 'mayor of', basis: undefined });
    const text = collect(format === 'gexf' ? gexfChunks(g) : format === 'graphml' ? graphmlChunks(g) : jsonChunks(g));
    const back = parseGraphFile(`g.${format}`, text);
    const basisOf = (predicate: string) => back.findEdge((_e, a) => a.predicate === predicate);
    expect(back.getEdgeAttribute(basisOf('located in')!, 'basis')).toBe('knowledge');
    expect(back.getEdgeAttribute(basisOf('president of')!, 'basis')).toBe('context');
    expect(back.getEdgeAttribute(basisOf('mayor of')!, 'basis')).toBeUndefined();
  });
});
