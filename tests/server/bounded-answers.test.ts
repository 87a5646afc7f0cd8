// Partial graph answers (/api/neighborhood, /api/subgraph) stay small whatever the
// graph: on a 65,000-article store a neighbourhood of 50 countries was 21.8 MB, each
// hub carrying every article id that names it and each relation between two hubs every
// sentence stating it, plus the records of all those articles. Here a graph of hubs
// shaped like that: each entity cites 3,000 articles, each relation 400 sentences.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord, EvidenceRef, KnowledgeGraph } from '../../src/types.ts';
import { handleApi } from '../../src/server/index.ts';
import { ANSWER_BOUNDS, neighborhoodSubgraph, subgraphOf, topSubgraph, type SubgraphJSON } from '../../src/query/subgraph.ts';

const HUBS = 60;
const DOCS = 6000;
const DOCS_PER_HUB = 3000;
const SENTENCES_PER_RELATION = 400;

function hubGraph(): KnowledgeGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  const documents: Record<string, DocumentRecord> = Object.create(null);
  for (let d = 0; d < DOCS; d++) {
    const id = `doc-${String(d).padStart(5, '0')}`;
    documents[id] = { id, title: `Article number ${d} about the talks`, source: `/corpus/articles/${id}.txt`, chars: 2400, entities: 12, relations: 30 };
  }
  g.setAttribute('documents', documents);
  for (let i = 0; i < HUBS; i++) {
    const docs = Array.from({ length: DOCS_PER_HUB }, (_, k) => `doc-${String((i * 97 + k) % DOCS).padStart(5, '0')}`);
    g.addNode(`country:${i}`, { label: `Country ${i}`, type: 'country', aliases: [], mentions: DOCS_PER_HUB * 2, documents: docs, x: i, y: -i, size: 5, color: '#888' });
  }
  for (let i = 0; i < HUBS; i++) {
    for (const j of [(i + 1) % HUBS, (i + 7) % HUBS, (i + 13) % HUBS, (i + 20) % HUBS]) {
      const evidence: EvidenceRef[] = Array.from({ length: SENTENCES_PER_RELATION }, (_, k) => ({
        doc: `doc-${String((i * 31 + j * 17 + k) % DOCS).padStart(5, '0')}`, text: `Country ${i} condemned Country ${j} after the talks collapsed, officials said on day ${k}.`, start: k * 10, end: k * 10 + 70,
      }));
      g.addEdge(`country:${i}`, `country:${j}`, { kind: 'event', predicate: 'condemn', cameo: '122', weight: evidence.length, label: 'condemn', confidence: 0.9, evidence });
    }
  }
  return g;
}

const graph = hubGraph();
const size = (answer: unknown) => JSON.stringify(answer).length;

function checkShape(answer: SubgraphJSON, bounds = ANSWER_BOUNDS): void {
  const listed = new Set(answer.nodes.map((n) => n.key));
  for (const n of answer.nodes) {
    const whole = graph.getNodeAttributes(n.key).documents;
    expect(n.attributes.documents).toEqual(whole.slice(0, bounds.documents));
    expect(n.attributes.documentsTotal).toBe(whole.length);
  }
  const cited = new Set(answer.nodes.flatMap((n) => n.attributes.documents));
  for (const e of answer.edges) {
    expect(listed.has(e.source) && listed.has(e.target)).toBe(true);
    const whole = graph.getEdgeAttributes(e.key).evidence;
    expect(e.attributes.evidence).toEqual(whole.slice(0, bounds.evidence));
    expect(e.attributes.evidenceTotal).toBe(whole.length);
    for (const ref of e.attributes.evidence) cited.add(ref.doc);
  }
  // the records of exactly the articles the answer names
  expect(new Set(Object.keys(answer.attributes.documents))).toEqual(cited);
  // the graph itself is untouched
  expect(graph.getNodeAttributes('country:0').documents).toHaveLength(DOCS_PER_HUB);
}

describe('bounded partial answers', () => {
  it('a neighbourhood of 40 hubs: lists cut with their totals, a fraction of the whole', () => {
    const r = handleApi(graph, '/api/neighborhood/country:0', new URLSearchParams('depth=3&limit=40')) as { status: number; body: SubgraphJSON };
    expect(r.status).toBe(200);
    expect(r.body.nodes).toHaveLength(40);
    expect(r.body.attributes.leftOut).toBe(0);
    expect(r.body.attributes.relationsLeftOut).toBe(0);
    checkShape(r.body);
    // what the 40 entities and their relations weigh copied whole (as before the bounds)
    const whole = r.body.nodes.reduce((n, x) => n + size(graph.getNodeAttributes(x.key)), 0)
      + r.body.edges.reduce((n, x) => n + size(graph.getEdgeAttributes(x.key)), 0);
    expect(whole).toBeGreaterThan(8_000_000);
    expect(size(r.body)).toBeLessThan(whole / 10);
    expect(size(r.body)).toBeLessThan(ANSWER_BOUNDS.chars);
  });

  it('the top subgraph is cut the same way', () => {
    const r = handleApi(graph, '/api/subgraph', new URLSearchParams('top=60')) as { status: number; body: SubgraphJSON };
    expect(r.body.nodes).toHaveLength(60);
    expect(r.body.edges).toHaveLength(4 * HUBS);
    checkShape(r.body);
  });

  it('past the character budget: the first entities within half of it, then the relations of the earliest ones', () => {
    const full = neighborhoodSubgraph(graph, 'country:0', { depth: 3, limit: 60 });
    const order = full.nodes.map((n) => n.key);
    const bounds = { ...ANSWER_BOUNDS, chars: 60_000 };
    const cut = subgraphOf(graph, order, {}, { selection: {}, candidates: order.length }, bounds);
    expect(size(cut)).toBeLessThanOrEqual(bounds.chars);
    expect(cut.nodes.length).toBeGreaterThan(1);
    expect(cut.nodes.length).toBeLessThan(order.length);
    expect(cut.nodes.map((n) => n.key)).toEqual(order.slice(0, cut.nodes.length));
    expect(cut.attributes.leftOut).toBe(order.length - cut.nodes.length);
    expect(cut.attributes.bounds).toEqual(bounds);
    checkShape(cut, bounds);
  });

  it('past the character budget with every entity in: the relations of the earliest entities, the others counted', () => {
    const full = neighborhoodSubgraph(graph, 'country:0', { depth: 3, limit: 60 });
    const order = full.nodes.map((n) => n.key);
    const bounds = { ...ANSWER_BOUNDS, documents: 0, chars: 60_000 };
    const cut = subgraphOf(graph, order, {}, { selection: {}, candidates: order.length }, bounds);
    expect(size(cut)).toBeLessThanOrEqual(bounds.chars);
    expect(cut.nodes.map((n) => n.key)).toEqual(order);
    expect(cut.attributes.leftOut).toBe(0);
    // relations only among the entities answered; those left out are counted and come later in the order
    const position = new Map(cut.nodes.map((n, i) => [n.key, i]));
    const rank = (s: string, t: string) => Math.max(position.get(s)!, position.get(t)!);
    const among: number[] = [];
    graph.forEachEdge((_e, _a, s, t) => { if (position.has(s) && position.has(t)) among.push(rank(s, t)); });
    expect(cut.edges.length).toBeGreaterThan(0);
    expect(cut.edges.length + cut.attributes.relationsLeftOut).toBe(among.length);
    expect(cut.attributes.relationsLeftOut).toBeGreaterThan(0);
    const keptRanks = cut.edges.map((e) => rank(e.source, e.target));
    const leftRanks = among.sort((a, b) => a - b).slice(cut.edges.length);
    expect(Math.max(...keptRanks)).toBeLessThanOrEqual(Math.min(...leftRanks));
    checkShape(cut, bounds);
  });

  it('the first entity is always answered, even alone over the budget', () => {
    const cut = subgraphOf(graph, ['country:3', 'country:4'], {}, { selection: {}, candidates: 2 }, { ...ANSWER_BOUNDS, chars: 10 });
    expect(cut.nodes.map((n) => n.key)).toEqual(['country:3']);
    expect(cut.attributes.leftOut).toBe(1);
  });

  it('short lists are shared with the graph, not copied, and carry no totals', () => {
    const small = topSubgraph(graph, { top: 2 });
    const bounds = { evidence: 1000, documents: 10_000, chars: 1 << 30 };
    const whole = subgraphOf(graph, small.nodes.map((n) => n.key), {}, { selection: {}, candidates: 2 }, bounds);
    for (const n of whole.nodes) {
      expect(n.attributes).toBe(graph.getNodeAttributes(n.key));
      expect(n.attributes.documentsTotal).toBeUndefined();
    }
    for (const e of whole.edges) expect(e.attributes).toBe(graph.getEdgeAttributes(e.key));
  });
});
