// GraphML writer, streamed. Keys are typed (attr.type) so that NetworkX's
// read_graphml and graphology-graphml get numbers and booleans back; lists are
// written "a|b" because GraphML has no list type; colours are written both as
// a "#rrggbb" string and as r/g/b integers (the convention graphology-graphml
// and Gephi read).
import type { KnowledgeGraph } from '../types.ts';
import { TYPE_COLORS } from '../types.ts';
import { escapeAttr, escapeText, xmlNumber } from './xml.ts';
import { parseColor, toHex } from './color.ts';
import { XML_EDGE_FIELDS, METRIC_FIELDS, NODE_FIELDS, num, type Field, type FieldType } from './fields.ts';

const GRAPHML_TYPES: Record<FieldType, string> = { string: 'string', integer: 'long', double: 'double', boolean: 'boolean', liststring: 'string' };

interface Key<A> { id: string; name: string; type: string; get(a: A): unknown }

function keys<A>(prefix: string, fields: Field<A>[]): Key<A>[] {
  return fields.map((f) => ({ id: `${prefix}_${f.name}`, name: f.name, type: GRAPHML_TYPES[f.type], get: (a: A) => f.get(a) }));
}

type NodeA = import('../types.ts').NodeAttributes;
type EdgeA = import('../types.ts').EdgeAttributes;

const NODE_KEYS: Key<NodeA>[] = [
  { id: 'n_label', name: 'label', type: 'string', get: (a) => a.label },
  ...keys('n', NODE_FIELDS),
  { id: 'n_x', name: 'x', type: 'double', get: (a) => num(a.x) },
  { id: 'n_y', name: 'y', type: 'double', get: (a) => num(a.y) },
  { id: 'n_size', name: 'size', type: 'double', get: (a) => num(a.size, 1) },
  { id: 'n_color', name: 'color', type: 'string', get: (a) => nodeHex(a) },
  { id: 'n_r', name: 'r', type: 'int', get: (a) => nodeRgb(a).r },
  { id: 'n_g', name: 'g', type: 'int', get: (a) => nodeRgb(a).g },
  { id: 'n_b', name: 'b', type: 'int', get: (a) => nodeRgb(a).b },
];

/** Written when the graph carries its measures (`kg export --metrics`). */
const METRIC_KEYS: Key<NodeA>[] = keys('n', METRIC_FIELDS);

const EDGE_KEYS: Key<EdgeA>[] = [
  { id: 'e_label', name: 'label', type: 'string', get: (a) => a.label ?? a.predicate },
  { id: 'e_weight', name: 'weight', type: 'double', get: (a) => num(a.weight, 1) },
  ...keys('e', XML_EDGE_FIELDS),
];

function nodeRgb(a: NodeA) {
  return parseColor(a.color) ?? parseColor(TYPE_COLORS[a.type]) ?? { r: 156, g: 117, b: 95, a: 1 };
}
function nodeHex(a: NodeA): string {
  return toHex(nodeRgb(a));
}

function value(v: unknown, type: string): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length ? v.map((s) => String(s).replace(/\|/g, '/')).join('|') : null;
  if (type === 'double' || type === 'long' || type === 'int') return xmlNumber(v);
  if (type === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

function data<A>(keyList: Key<A>[], attrs: A): string {
  let out = '';
  for (const k of keyList) {
    const v = value(k.get(attrs), k.type);
    if (v !== null) out += `<data key="${k.id}">${escapeText(v)}</data>`;
  }
  return out;
}

export function* graphmlChunks(graph: KnowledgeGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  const nodeKeys = graph.getAttribute('metrics' as never) ? [...NODE_KEYS, ...METRIC_KEYS] : NODE_KEYS;
  for (const k of nodeKeys) yield `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  for (const k of EDGE_KEYS) yield `  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  yield '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>\n';
  yield '  <key id="g_documents" for="graph" attr.name="documents" attr.type="string"/>\n';
  yield '  <graph id="G" edgedefault="directed">\n';
  // The document index (titles and sources behind every evidence sentence) as JSON, like other structured values.
  const name = graph.getAttribute('name');
  if (name) yield `    <data key="g_name">${escapeText(name)}</data>\n`;
  yield `    <data key="g_documents">${escapeText(JSON.stringify(graph.getAttribute('documents') ?? {}))}</data>\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeAttr(node)}">${data(nodeKeys, attributes)}</node>\n`;
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${escapeAttr(edge)}" source="${escapeAttr(source)}" target="${escapeAttr(target)}">${data(EDGE_KEYS, attributes)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
