// GEXF writer (1.3 and 1.2draft), streamed node by node. Written here rather
// than with graphology-gexf because that writer builds the whole document in
// memory and, for 1.2, writes a wrong viz namespace and the 1.3-only edge
// `kind` attribute (see the GEXF 1.3 grammar notes in ../shared/data/gexf-schema/README.md); this one
// validates against the 1.3 RELAX NG grammar and NetworkX reads its 1.2draft
// output with every colour, size and position.
import type { KnowledgeGraph } from '../types.ts';
import { TYPE_COLORS, KIND_COLORS } from '../types.ts';
import { escapeAttr, escapeText, xmlNumber, collapse } from './xml.ts';
import { parseColor, type Rgba } from './color.ts';
import { XML_EDGE_FIELDS, NODE_FIELDS, type Field, type FieldType } from './fields.ts';

export type GexfVersion = '1.3' | '1.2draft';

const NAMESPACES: Record<GexfVersion, { ns: string; viz: string; version: string }> = {
  '1.3': { ns: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': { ns: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
};

export interface GexfOptions {
  version?: GexfVersion;
  /** lastmodifieddate of the meta element (YYYY-MM-DD); defaults to today. */
  date?: string;
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
  const docs = Object.keys(graph.getAttribute('documents') ?? {}).length;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${ns.ns}" xmlns:viz="${ns.viz}" version="${ns.version}">\n`;
  yield `  <meta lastmodifieddate="${date}">\n    <creator>news-kg</creator>\n`;
  yield `    <description>${escapeText(`${name}: ${graph.order} entities, ${graph.size} relations from ${docs} documents`)}</description>\n  </meta>\n`;
  yield `  <graph defaultedgetype="directed" mode="static">\n`;
  yield declarations('node', NODE_FIELDS);
  yield declarations('edge', XML_EDGE_FIELDS);
  yield `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const color = parseColor(a.color) ?? parseColor(TYPE_COLORS[a.type]) ?? { r: 156, g: 117, b: 95, a: 1 };
    yield `      <node id="${escapeAttr(node)}" label="${escapeAttr(collapse(a.label ?? node))}">` +
      attvalues(version, NODE_FIELDS, a) +
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
      (color ? vizColor(color) : '') +
      `</edge>\n`;
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}
