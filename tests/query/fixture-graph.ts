// A small, realistic knowledge graph built by hand (two invented news reports
// about Kosovo's recognition and Balkan diplomacy), shaped exactly like what
// `kg ingest` produces: typed entities with aliases, typed relations with
// evidence sentences and offsets, co-occurrence edges, a negated statement.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, KnowledgeGraph, NodeAttributes, RelationKind } from '../../src/types.ts';
import { TYPE_COLORS, KIND_COLORS } from '../../src/types.ts';


const DOC1 = [
  'Spain\'s Foreign Minister José Manuel Albares met Turkish President Recep Tayyip Erdoğan in Ankara on Monday.',
  'Kosovo declared independence from Serbia in 2008, and Turkey recognized Kosovo the following day.',
  'Spain has not recognized Kosovo, Albares said.',
  'Albares visited Ankara for talks on migration.',
  'Spain and Turkey are both members of NATO.',
  'Serbia condemned Turkey over its support for Pristina.',
].join(' ');

const DOC2 = [
  'Serbian President Aleksandar Vučić met Erdoğan in Belgrade on Thursday.',
  'Belgrade is the capital of Serbia.',
  'Turkish Foreign Minister Hakan Fidan said Ankara would support the "Open Balkan" initiative.',
  'Vučić said Serbia & Kosovo <still> disagree about the border.',
].join(' ');

const TEXTS: Record<string, string> = { d1: DOC1, d2: DOC2 };

interface E { id: string; label: string; type: EntityType; aliases?: string[]; mentions: number; docs: string[] }

const ENTITIES: E[] = [
  { id: 'country:ES', label: 'Spain', type: 'country', aliases: ['Spanish'], mentions: 3, docs: ['d1'] },
  { id: 'country:TR', label: 'Turkey', type: 'country', aliases: ['Türkiye', 'Turkish'], mentions: 5, docs: ['d1', 'd2'] },
  { id: 'country:RS', label: 'Serbia', type: 'country', aliases: ['Serbian'], mentions: 4, docs: ['d1', 'd2'] },
  { id: 'country:XK', label: 'Kosovo', type: 'country', mentions: 4, docs: ['d1', 'd2'] },
  { id: 'person:albares', label: 'José Manuel Albares', type: 'person', aliases: ['Albares'], mentions: 4, docs: ['d1'] },
  { id: 'person:erdogan', label: 'Recep Tayyip Erdoğan', type: 'person', aliases: ['Erdoğan'], mentions: 2, docs: ['d1', 'd2'] },
  { id: 'person:vucic', label: 'Aleksandar Vučić', type: 'person', aliases: ['Vučić'], mentions: 2, docs: ['d2'] },
  { id: 'person:fidan', label: 'Hakan Fidan', type: 'person', mentions: 1, docs: ['d2'] },
  { id: 'city:ankara', label: 'Ankara', type: 'city', mentions: 3, docs: ['d1', 'd2'] },
  { id: 'city:belgrade', label: 'Belgrade', type: 'city', mentions: 2, docs: ['d2'] },
  { id: 'city:pristina', label: 'Pristina', type: 'city', mentions: 1, docs: ['d1'] },
  { id: 'org:nato', label: 'NATO', type: 'organization', aliases: ['North Atlantic Treaty Organization'], mentions: 1, docs: ['d1'] },
  { id: 'event:open-balkan', label: 'Open Balkan', type: 'event', mentions: 1, docs: ['d2'] },
];

interface R { s: string; t: string; kind: RelationKind; predicate: string; cameo?: string; doc: string; sentence: string; negated?: boolean; hypothetical?: boolean; weight?: number }

/** `sentence` is a substring of the document; its offsets are computed. */
const RELATIONS: R[] = [
  { s: 'person:albares', t: 'country:ES', kind: 'role', predicate: 'foreign minister of', doc: 'd1', sentence: "Spain's Foreign Minister José Manuel Albares met Turkish President Recep Tayyip Erdoğan in Ankara on Monday." },
  { s: 'person:erdogan', t: 'country:TR', kind: 'role', predicate: 'president of', doc: 'd1', sentence: "Spain's Foreign Minister José Manuel Albares met Turkish President Recep Tayyip Erdoğan in Ankara on Monday." },
  { s: 'person:albares', t: 'person:erdogan', kind: 'event', predicate: 'met', cameo: '040', doc: 'd1', sentence: "Spain's Foreign Minister José Manuel Albares met Turkish President Recep Tayyip Erdoğan in Ankara on Monday." },
  { s: 'country:TR', t: 'country:XK', kind: 'event', predicate: 'recognized', cameo: '054', doc: 'd1', sentence: 'Kosovo declared independence from Serbia in 2008, and Turkey recognized Kosovo the following day.' },
  { s: 'country:ES', t: 'country:XK', kind: 'event', predicate: 'recognized', cameo: '054', negated: true, doc: 'd1', sentence: 'Spain has not recognized Kosovo, Albares said.' },
  { s: 'person:albares', t: 'city:ankara', kind: 'event', predicate: 'visited', cameo: '042', doc: 'd1', sentence: 'Albares visited Ankara for talks on migration.' },
  { s: 'country:ES', t: 'org:nato', kind: 'affiliation', predicate: 'member of', doc: 'd1', sentence: 'Spain and Turkey are both members of NATO.' },
  { s: 'country:TR', t: 'org:nato', kind: 'affiliation', predicate: 'member of', doc: 'd1', sentence: 'Spain and Turkey are both members of NATO.' },
  { s: 'country:RS', t: 'country:TR', kind: 'event', predicate: 'condemned', cameo: '111', doc: 'd1', sentence: 'Serbia condemned Turkey over its support for Pristina.' },
  { s: 'person:vucic', t: 'country:RS', kind: 'role', predicate: 'president of', doc: 'd2', sentence: 'Serbian President Aleksandar Vučić met Erdoğan in Belgrade on Thursday.' },
  { s: 'person:vucic', t: 'person:erdogan', kind: 'event', predicate: 'met', cameo: '044', doc: 'd2', sentence: 'Serbian President Aleksandar Vučić met Erdoğan in Belgrade on Thursday.' },
  { s: 'city:belgrade', t: 'country:RS', kind: 'location', predicate: 'capital of', doc: 'd2', sentence: 'Belgrade is the capital of Serbia.' },
  { s: 'city:ankara', t: 'country:TR', kind: 'location', predicate: 'located in', doc: 'd1', sentence: "Spain's Foreign Minister José Manuel Albares met Turkish President Recep Tayyip Erdoğan in Ankara on Monday." },
  { s: 'person:fidan', t: 'country:TR', kind: 'role', predicate: 'foreign minister of', doc: 'd2', sentence: 'Turkish Foreign Minister Hakan Fidan said Ankara would support the "Open Balkan" initiative.' },
  { s: 'country:TR', t: 'event:open-balkan', kind: 'event', predicate: 'would support', cameo: '053', hypothetical: true, doc: 'd2', sentence: 'Turkish Foreign Minister Hakan Fidan said Ankara would support the "Open Balkan" initiative.' },
  { s: 'country:XK', t: 'country:RS', kind: 'cooccurrence', predicate: 'co-occurs with', doc: 'd1', sentence: 'Kosovo declared independence from Serbia in 2008, and Turkey recognized Kosovo the following day.', weight: 2 },
  { s: 'country:ES', t: 'country:TR', kind: 'cooccurrence', predicate: 'co-occurs with', doc: 'd1', sentence: 'Spain and Turkey are both members of NATO.' },
  { s: 'person:vucic', t: 'country:XK', kind: 'cooccurrence', predicate: 'co-occurs with', doc: 'd2', sentence: 'Vučić said Serbia & Kosovo <still> disagree about the border.' },
  { s: 'country:TR', t: 'city:pristina', kind: 'cooccurrence', predicate: 'co-occurs with', doc: 'd1', sentence: 'Serbia condemned Turkey over its support for Pristina.' },
];

/** A fresh copy of the fixture graph (tests may mutate it). */
export function fixtureGraph(): KnowledgeGraph {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  g.replaceAttributes({
    name: 'fixture',
    documents: {
      d1: { id: 'd1', title: 'Spain and Turkey discuss migration', source: 'fixtures/d1.txt', chars: DOC1.length, entities: 10, relations: 12 },
      d2: { id: 'd2', title: 'Vučić meets Erdoğan in Belgrade', source: 'fixtures/d2.txt', chars: DOC2.length, entities: 8, relations: 7 },
    },
  });
  ENTITIES.forEach((e, i) => {
    const attrs: NodeAttributes = {
      label: e.label, type: e.type, aliases: e.aliases ?? [], mentions: e.mentions, documents: e.docs,
      x: Math.round(100 * Math.cos(i)) / 10, y: Math.round(100 * Math.sin(i)) / 10, size: 4 + e.mentions, color: TYPE_COLORS[e.type],
    };
    if (e.type === 'country') attrs.gazetteerId = e.id;
    g.addNode(e.id, attrs);
  });
  RELATIONS.forEach((r, i) => {
    const text = TEXTS[r.doc]!;
    const start = text.indexOf(r.sentence);
    if (start < 0) throw new Error(`fixture: sentence not in ${r.doc}: ${r.sentence}`);
    const attrs: EdgeAttributes = {
      kind: r.kind, predicate: r.predicate, cameo: r.cameo ?? null, weight: r.weight ?? 1, label: r.predicate,
      confidence: r.kind === 'cooccurrence' ? 0.3 : 0.8,
      evidence: [{ doc: r.doc, text: r.sentence, start, end: start + r.sentence.length }],
      size: 1, color: KIND_COLORS[r.kind],
    };
    if (r.negated) attrs.negated = true;
    if (r.hypothetical) attrs.hypothetical = true;
    g.addEdgeWithKey(`r${i}`, r.s, r.t, attrs);
  });
  return g;
}

export const FIXTURE_COUNTS = { nodes: ENTITIES.length, edges: RELATIONS.length };
