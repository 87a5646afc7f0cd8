// The fixture graph with a date on every article but one, spread over a month, for
// the timeline: three dated articles (1, 2 and 20 July 2022) and one undated, each
// relation reported by one of them.
import { fixtureGraph } from './fixture-graph.ts';

export const DATED = {
  'doc-jul01': { date: '2022-07-01', entities: ['person:kuleba', 'country:UA'] },
  'doc-jul02': { date: '2022-07-02T09:30:00+03:00', entities: ['country:UA', 'country:KP', 'region:donetsk', 'region:luhansk'] },
  'doc-jul20': { date: '2022-07-20', entities: ['country:RU', 'country:KP', 'org:un', 'country:UA'] },
} as const;

/** Which article reports each edge of the fixture (by key), and the statement date when the text gives one. */
const EDGE_DOC: Record<string, [doc: keyof typeof DATED | 'doc-hostile', date?: string]> = {
  e0: ['doc-jul01'], e1: ['doc-jul01'], e2: ['doc-jul02', '2022-06-29'], e3: ['doc-jul02'], e4: ['doc-jul02'], e5: ['doc-jul02'], e6: ['doc-jul02'],
  e7: ['doc-jul20'], e8: ['doc-jul20'], e9: ['doc-hostile'],
};

export function datedGraph() {
  const g = fixtureGraph();
  const documents: Record<string, object> = { 'doc-hostile': (g.attributes.documents as Record<string, object>)['doc-hostile']! };
  for (const [id, d] of Object.entries(DATED)) documents[id] = { id, title: `Report of ${d.date.slice(0, 10)}`, source: `${id}.txt`, chars: 100, entities: d.entities.length, relations: 1, date: d.date };
  for (const n of g.nodes) {
    const docs = Object.entries(DATED).filter(([, d]) => (d.entities as readonly string[]).includes(n.key)).map(([id]) => id);
    n.attributes.documents = [...docs, ...n.attributes.documents.filter((x) => x === 'doc-hostile')];
  }
  for (const e of g.edges) {
    const [doc, date] = EDGE_DOC[e.key]!;
    e.attributes.evidence = e.attributes.evidence.map((ev) => ({ ...ev, doc, ...(date ? { date } : {}) }));
    if (date) Object.assign(e.attributes, { firstSeen: date, lastSeen: date });
  }
  return { ...g, attributes: { ...g.attributes, documents } };
}
