// GEXF writer (1.3 and 1.2draft), streamed node by node. Written here rather
// than with graphology-gexf because that writer builds the whole document in
// memory and, for 1.2, writes a wrong viz namespace and the 1.3-only edge
// `kind` attribute (see the GEXF 1.3 grammar notes in ../shared/data/gexf-schema/README.md); this one
// validates against the 1.3 RELAX NG grammar and NetworkX reads its 1.2draft
// output with every colour, size and position. GEXF has no place for graph-level
// data, so the articles' titles travel with the entities: `document_titles`
// lists the title (else the file name) of each of a node's `documents`, in the
// same order, and src/graph/open rebuilds the article index from them. The
// viewer's GEXF download uses this writer too. With `dynamic`, time is written the way
// Gephi's timeline reads it (GEXF dynamics, timeformat "date"): nodes carry start/end, edges <spells>.
import type { KnowledgeGraph, NodeAttributes } from '../types.ts';
import { TYPE_COLORS, KIND_COLORS } from '../types.ts';
import { escapeAttr, escapeText, xmlNumber, collapse } from './xml.ts';
import { parseColor, type Rgba } from './color.ts';
import { XML_EDGE_FIELDS, nodeFields as nodeFieldsOf, type Field, type FieldType } from './fields.ts';

export type GexfVersion = '1.3' | '1.2draft';

const NAMESPACES: Record<GexfVersion, { ns: string; viz: string; version: string }> = {
  '1.3': { ns: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': { ns: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
};

export interface GexfOptions {
  version?: GexfVersion;
  /** lastmodifieddate of the meta element (YYYY-MM-DD); defaults to today. */
  date?: string;
  /** A sentence added to the description (the viewer says "drawn part: …" there). */
  note?: string;
  /**
   * A dynamic graph (`kg export --dynamic`): nodes live from their first to their last dated
   * article, edges carry one spell per dated statement, so Gephi's timeline plays the story.
   */
  dynamic?: boolean;
}

/** The days an ISO date of any precision covers: "2022-07" -> 2022-07-01 .. 2022-07-31. */
export function daySpan(iso: string): [string, string] {
  if (iso.length >= 10) return [iso.slice(0, 10), iso.slice(0, 10)];
  if (iso.length === 7) {
    const last = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).getUTCDate();
    return [`${iso}-01`, `${iso}-${String(last).padStart(2, '0')}`];
  }
  return [`${iso}-01-01`, `${iso}-12-31`];
}

/**
 * Each node's lifetime in days: its articles' dates widened by its edges' statements, since a
 * reader (Gephi) shows an edge only while both its ends are alive.
 */
function lifetimes(graph: KnowledgeGraph): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  const widen = (node: string, first: string | undefined, last: string | undefined) => {
    if (!first) return;
    const a = daySpan(first)[0], b = daySpan(last ?? first)[1];
    const cur = out.get(node);
    if (!cur) out.set(node, [a, b]);
    else { if (a < cur[0]) cur[0] = a; if (b > cur[1]) cur[1] = b; }
  };
  graph.forEachNode((n, a) => widen(n, a.firstSeen, a.lastSeen));
  graph.forEachEdge((_e, a, s, t) => { widen(s, a.firstSeen, a.lastSeen); widen(t, a.firstSeen, a.lastSeen); });
  return out;
}

/** One spell per distinct dated statement of an edge, in time order ('' when none is dated). */
function spells(evidence: ReadonlyArray<{ date?: string }> | undefined): string {
  const spans = new Map<string, [string, string]>();
  for (const e of evidence ?? []) if (e.date) { const s = daySpan(e.date); spans.set(s.join('/'), s); }
  if (!spans.size) return '';
  const sorted = [...spans.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  return `<spells>${sorted.map(([s, e]) => `<spell start="${s}" end="${e}"/>`).join('')}</spells>`;
}

/** The earliest and latest dates over every node and edge: the graph's own time span. */
function graphSpan(graph: KnowledgeGraph): [string | undefined, string | undefined] {
  let first: string | undefined, last: string | undefined;
  const see = (a: { firstSeen?: string; lastSeen?: string }) => {
    if (a.firstSeen) { const d = daySpan(a.firstSeen)[0]; if (!first || d < first) first = d; }
    if (a.lastSeen) { const d = daySpan(a.lastSeen)[1]; if (!last || d > last) last = d; }
  };
  graph.forEachNode((_n, a) => see(a));
  graph.forEachEdge((_e, a) => see(a));
  return [first, last];
}

/** How an article is named for readers of the file: its title, else the name of its file, else its id. */
function documentTitle(record: { title?: string | null; source?: string } | undefined, id: string): string {
  const title = record?.title?.trim();
  if (title) return title;
  const source = (record?.source ?? '').replace(/[?#].*$/, '').replace(/[\\/]+$/, '');
  return source.split(/[\\/]/).pop() || id;
}

/** GEXF list values: 1.3 writes "[a, b]" with quoted items, 1.2 the older "a|b". */
function listValue(version: GexfVersion, items: string[]): string {
  if (version === '1.3') return '[' + items.map((s) => JSON.stringify(s)).join(', ') + ']';
  return items.map((s) => s.replace(/\|/g, '/')).join('|');
}

function attvalues<A>(version: GexfVersion, fields: Field<A>[], attrs: A): string {
  let out = '';
  for (const f of fields) {
    const v = f.get(attrs);
    if (v === null || v === undefined) continue;
    let text: string;
    if (f.type === 'liststring') {
      const list = Array.isArray(v) ? v.map(String) : [String(v)];
      if (!list.length) continue;
      text = listValue(version, list);
    } else if (f.type === 'integer' || f.type === 'double') text = xmlNumber(v);
    else text = String(v);
    out += `<attvalue for="${f.name}" value="${escapeAttr(text)}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

function declarations<A>(cls: 'node' | 'edge', fields: Field<A>[]): string {
  const types: Record<FieldType, string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean', liststring: 'liststring' };
  const lines = fields.map((f) => `      <attribute id="${f.name}" title="${f.name}" type="${types[f.type]}"/>\n`);
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function vizColor(c: Rgba): string {
  return `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${c.a < 1 ? ` a="${xmlNumber(Math.round(c.a * 1000) / 1000)}"` : ''}/>`;
}

export function* gexfChunks(graph: KnowledgeGraph, opts: GexfOptions = {}): Generator<string> {
  const version = opts.version ?? '1.3';
  const ns = NAMESPACES[version];
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const name = (graph.getAttribute('name') as string | undefined) ?? 'news knowledge graph';
  const records = graph.getAttribute('documents') ?? {};
  const docs = Object.keys(records).length;
  const titles: Field<NodeAttributes> = {
    name: 'document_titles', type: 'liststring', description: 'title (else file name) of each of the documents, in the same order',
    get: (a) => (a.documents ?? []).map((d) => documentTitle(Object.hasOwn(records, d) ? records[d] : undefined, d)),
  };
  const nodeFields = [...nodeFieldsOf(graph as never), titles];
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${ns.ns}" xmlns:viz="${ns.viz}" version="${ns.version}">\n`;
  yield `  <meta lastmodifieddate="${date}">\n    <creator>news-kg</creator>\n`;
  yield `    <description>${escapeText(`${name}: ${graph.order} entities, ${graph.size} relations from ${docs} documents${opts.note ? `. ${opts.note}` : ''}`)}</description>\n  </meta>\n`;
  const alive = opts.dynamic ? lifetimes(graph) : null;
  if (opts.dynamic) {
    const [first, last] = graphSpan(graph);
    yield `  <graph defaultedgetype="directed" mode="dynamic" timeformat="date"${first ? ` start="${first}" end="${last}"` : ''}>\n`;
  } else {
    yield `  <graph defaultedgetype="directed" mode="static">\n`;
  }
  yield declarations('node', nodeFields);
  yield declarations('edge', XML_EDGE_FIELDS);
  yield `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const color = parseColor(a.color) ?? parseColor(TYPE_COLORS[a.type]) ?? { r: 156, g: 117, b: 95, a: 1 };
    yield `      <node id="${escapeAttr(node)}" label="${escapeAttr(collapse(a.label ?? node))}"${alive?.has(node) ? ` start="${alive.get(node)![0]}" end="${alive.get(node)![1]}"` : ''}>` +
      attvalues(version, nodeFields, a) +
      vizColor(color) +
      `<viz:position x="${xmlNumber(a.x)}" y="${xmlNumber(a.y)}" z="0"/>` +
      `<viz:size value="${xmlNumber(Math.max(0, Number(a.size) || 0), 1)}"/></node>\n`;
  }
  yield `    </nodes>\n    <edges count="${graph.size}">\n`;
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const kindAttr = version === '1.3' ? ` kind="${escapeAttr(collapse(a.kind))}"` : '';
    const color = parseColor(a.color) ?? parseColor(KIND_COLORS[a.kind]);
    yield `      <edge id="${escapeAttr(edge)}" source="${escapeAttr(source)}" target="${escapeAttr(target)}"` +
      ` label="${escapeAttr(collapse(a.label ?? a.predicate))}" weight="${xmlNumber(a.weight, 1)}"${kindAttr}>` +
      attvalues(version, XML_EDGE_FIELDS, a) +
      (opts.dynamic ? spells(a.evidence) : '') +
      (color ? vizColor(color) : '') +
      `</edge>\n`;
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}
