// How buildGraph turns relations into edges: which relations share an edge (the
// edge key decides, field by field or, for keys made ambiguous by "|", as a
// string), how evidence is counted once per (document, sentence), and the key
// order of the attributes graph.json has always been written with.
import { describe, expect, it } from 'vitest';
import { buildGraph, COOCCURRENCE_EVIDENCE_LIMIT, edgeKey, nodeSize } from '../../src/graph/build.ts';
import type { ArticleAnalysis, Entity, Relation } from '../../src/types.ts';

const entity = (id: string): Entity => ({ id, name: id.split(':')[1]!, type: 'country', aliases: [], mentions: [{ start: 0, end: 2, text: 'xx' }] });

type Statement = Partial<Relation> & { starts?: number[] };

/** One article naming entities `ids` with the given relations (evidence sentences at `starts`). */
function article(doc: string, ids: string[], statements: Statement[]): ArticleAnalysis {
  return {
    document: { id: doc, title: doc, source: `${doc}.txt`, chars: 100 },
    entities: ids.map(entity),
    relations: statements.map(({ starts = [0], ...r }) => ({
      source: 'country:AA', target: 'country:BB', kind: 'event', predicate: 'met', cameo: '040', confidence: 0.5,
      evidence: starts.map((start) => ({ start, end: start + 5, text: `sentence at ${start}` })),
      ...r,
    })),
  };
}

const AB = ['country:AA', 'country:BB'];

describe('evidence is counted once per document and sentence', () => {
  const cases: Array<[string, ArticleAnalysis[], { weight: number; evidence: Array<[string, number]> }]> = [
    ['the same sentence in two relations of one article', [article('d1', AB, [{ starts: [0] }, { starts: [0] }])], { weight: 1, evidence: [['d1', 0]] }],
    ['the same offsets in two articles', [article('d1', AB, [{ starts: [0] }]), article('d2', AB, [{ starts: [0] }])], { weight: 2, evidence: [['d1', 0], ['d2', 0]] }],
    ['repeats among several sentences of one article', [article('d1', AB, [{ starts: [0, 10] }, { starts: [0, 20, 10] }, { starts: [20] }])], { weight: 3, evidence: [['d1', 0], ['d1', 10], ['d1', 20]] }],
    ['an article seen again after another one', [article('d2', AB, [{ starts: [5] }]), article('d1', AB, [{ starts: [5] }]), article('d2', AB, [{ starts: [5, 6] }])], { weight: 3, evidence: [['d1', 5], ['d2', 5], ['d2', 6]] }],
  ];
  it.each(cases)('%s', (_name, analyses, expected) => {
    const g = buildGraph(analyses);
    expect(g.size).toBe(1);
    const attrs = g.getEdgeAttributes(g.edges()[0]!);
    expect(attrs.weight).toBe(expected.weight);
    expect(attrs.evidence.map((e) => [e.doc, e.start])).toEqual(expected.evidence);
  });

  it('co-occurrence keeps a few sentences but weighs them all', () => {
    const starts = Array.from({ length: COOCCURRENCE_EVIDENCE_LIMIT + 3 }, (_, i) => i * 10);
    const g = buildGraph([article('d1', AB, [{ kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, starts }])]);
    const attrs = g.getEdgeAttributes(g.edges()[0]!);
    expect(attrs.weight).toBe(starts.length);
    expect(attrs.evidence).toHaveLength(COOCCURRENCE_EVIDENCE_LIMIT);
  });
});

describe('which relations share an edge', () => {
  it('one edge per edge key, in order of first appearance, with the key as edge id', () => {
    const statements: Statement[] = [
      { predicate: 'met' },
      { predicate: 'met', negated: true },
      { predicate: 'met', hypothetical: true },
      { predicate: 'criticized' },
      { source: 'country:BB', target: 'country:AA', predicate: 'met' },
      { kind: 'cooccurrence', predicate: 'co-occurs with', source: 'country:BB', target: 'country:AA' },
      { kind: 'cooccurrence', predicate: 'named with', source: 'country:AA', target: 'country:BB' },
      { predicate: 'met', negated: true, hypothetical: true },
    ];
    const relations = article('d1', AB, statements).relations;
    const g = buildGraph([article('d1', AB, statements)]);
    const keys = [...new Set(relations.map(edgeKey))];
    expect(g.edges()).toEqual(keys);
    expect(keys).toHaveLength(6);
    const co = g.edges().find((e) => g.getEdgeAttribute(e, 'kind') === 'cooccurrence')!;
    expect([g.source(co), g.target(co), g.getEdgeAttribute(co, 'predicate')]).toEqual(['country:AA', 'country:BB', 'co-occurs with']);
  });

  it('statements whose keys collide because of "|" share the edge, as the key says', () => {
    const plain: Statement = { predicate: 'met|negated', starts: [0] };
    const negated: Statement = { predicate: 'met', negated: true, starts: [10] };
    expect(edgeKey(article('d', AB, [plain]).relations[0]!)).toBe(edgeKey(article('d', AB, [negated]).relations[0]!));
    for (const order of [[plain, negated], [negated, plain]]) {
      const g = buildGraph([article('d1', AB, order)]);
      expect(g.size).toBe(1);
      expect(g.getEdgeAttributes(g.edges()[0]!)).toMatchObject({ predicate: order[0]!.predicate, weight: 2 });
    }
  });

  it('a relation to an id that is no node, or from a node to itself, makes no edge', () => {
    const g = buildGraph([article('d1', AB, [{ target: 'country:ZZ' }, { target: 'country:AA' }])]);
    expect(g.size).toBe(0);
  });
});

describe('attributes', () => {
  it('keep the key order graph.json has always had, size last', () => {
    const g = buildGraph([article('d1', AB, [{ predicate: 'met' }, { predicate: 'met', negated: true, hypothetical: true }])]);
    const [plain, mood] = g.edges().map((e) => Object.keys(g.getEdgeAttributes(e)));
    const base = ['kind', 'predicate', 'cameo', 'weight', 'label', 'confidence', 'evidence', 'color'];
    expect(plain).toEqual([...base, 'size']);
    expect(mood).toEqual([...base, 'negated', 'hypothetical', 'size']);
    expect(Object.keys(g.getNodeAttributes('country:AA'))).toEqual(['label', 'type', 'aliases', 'mentions', 'documents', 'x', 'y', 'size', 'color']);
  });

  it('edge confidence is the highest of its statements; node size counts the edges at the node', () => {
    const g = buildGraph([
      article('d1', [...AB, 'country:CC'], [{ confidence: 0.4 }, { confidence: 0.9, starts: [3] }, { target: 'country:CC' }, { source: 'country:CC', kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null }]),
      article('d2', AB, [{ confidence: 0.6 }]),
    ]);
    expect(g.getEdgeAttribute(edgeKey({ kind: 'event', source: 'country:AA', target: 'country:BB', predicate: 'met' }), 'confidence')).toBe(0.9);
    for (const node of g.nodes()) {
      expect(g.getNodeAttribute(node, 'size')).toBe(nodeSize(g.getNodeAttribute(node, 'mentions'), g.degree(node)));
    }
    expect(g.degree('country:CC')).toBe(2);
  });
});
