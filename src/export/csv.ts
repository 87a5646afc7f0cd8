// Spreadsheet CSV (RFC 4180: CRLF rows, quotes doubled, fields quoted when they
// hold a comma, quote or line break) and the Neo4j bulk-import variant with
// `neo4j-admin database import` headers (:ID, :LABEL, :START_ID, :END_ID, :TYPE).
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { TYPE_COLORS } from '../types.ts';
import { parseColor, toHex } from './color.ts';
import { TABLE_EDGE_FIELDS, nodeFields, num, oneLine } from './fields.ts';
import { neo4jLabel, neo4jRelType } from './neo4j-names.ts';

/** One CSV field, quoted only when it must be. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function list(v: unknown, sep: string): string {
  const items = Array.isArray(v) ? v.map(String) : [];
  return items.map((s) => s.split(sep).join(sep === '|' ? '/' : ',')).join(sep);
}

function color(a: NodeAttributes): string {
  const c = parseColor(a.color) ?? parseColor(TYPE_COLORS[a.type]);
  return c ? toHex(c) : '';
}

function fieldValue(type: string, v: unknown, sep: string): unknown {
  if (type === 'liststring') return list(v, sep);
  if (type === 'boolean') return v ? 'true' : 'false';
  return v;
}

// ---------------------------------------------------------------- the one rule for every CSV

/**
 * Text that a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM",
 * "+1", "-2+3 Ltd", a leading tab or carriage return, as OWASP lists them) gets
 * a leading apostrophe, the usual guard against CSV injection. Numbers are
 * written as numbers and never pass through here. The spreadsheet CSV and the
 * Neo4j files share this rule: both get opened in spreadsheets. Ids pass through
 * it too, the same way in every column, so :START_ID/:END_ID still match :ID.
 */
export function spreadsheetSafe(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A CSV row whose text cells are guarded by spreadsheetSafe (every data row of every CSV export). */
export function safeRow(fields: unknown[]): string {
  return csvRow(fields.map(spreadsheetSafe));
}

// ---------------------------------------------------------------- plain CSV

export function* csvNodeChunks(graph: KnowledgeGraph): Generator<string> {
  const fields = nodeFields(graph as never);
  yield csvRow(['id', 'label', ...fields.map((f) => f.name), 'x', 'y', 'size', 'color']);
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield safeRow([node, oneLine(a.label), ...fields.map((f) => fieldValue(f.type, f.get(a), '|')), num(a.x), num(a.y), num(a.size, 1), color(a)]);
  }
}

export function* csvEdgeChunks(graph: KnowledgeGraph): Generator<string> {
  yield csvRow(['id', 'source', 'target', 'source_label', 'target_label', 'label', 'weight', ...TABLE_EDGE_FIELDS.map((f) => f.name)]);
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    yield safeRow([
      edge, source, target, oneLine(graph.getNodeAttribute(source, 'label')), oneLine(graph.getNodeAttribute(target, 'label')),
      oneLine(a.label ?? a.predicate), num(a.weight, 1), ...TABLE_EDGE_FIELDS.map((f) => fieldValue(f.type, f.get(a), '|')),
    ]);
  }
}

// ---------------------------------------------------------------- Neo4j bulk import

/** neo4j-admin's default array delimiter (also separates labels in :LABEL). */
const NEO4J_ARRAY = ';';
const NEO4J_TYPES: Record<string, string> = { string: '', integer: ':long', double: ':double', boolean: ':boolean', liststring: ':string[]' };

export function* neo4jNodeChunks(graph: KnowledgeGraph): Generator<string> {
  const fields = nodeFields(graph as never);
  yield csvRow(['id:ID', 'name', ':LABEL', ...fields.map((f) => f.name + NEO4J_TYPES[f.type]), 'x:double', 'y:double', 'size:double', 'color']);
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield safeRow([
      node, oneLine(a.label), `Entity${NEO4J_ARRAY}${neo4jLabel(a.type)}`,
      ...fields.map((f) => fieldValue(f.type, f.get(a), NEO4J_ARRAY)), num(a.x), num(a.y), num(a.size, 1), color(a),
    ]);
  }
}

export function* neo4jRelationshipChunks(graph: KnowledgeGraph): Generator<string> {
  yield csvRow([':START_ID', ':END_ID', ':TYPE', 'id', 'label', 'weight:double', ...TABLE_EDGE_FIELDS.map((f) => f.name + NEO4J_TYPES[f.type])]);
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    yield safeRow([
      source, target, neo4jRelType((a as EdgeAttributes).kind), edge, oneLine(a.label ?? a.predicate), num(a.weight, 1),
      ...TABLE_EDGE_FIELDS.map((f) => fieldValue(f.type, f.get(a), NEO4J_ARRAY)),
    ]);
  }
}

export function* neo4jImportNote(): Generator<string> {
  yield [
    '# Load these files into an empty Neo4j 5 database (stop the database first):',
    'neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=";" neo4j',
    '# Every node has the label Entity plus one label for its type (Person, Country, ...);',
    '# relationship types are the relation kinds (ROLE, EVENT, LOCATION, AFFILIATION, CO_OCCURS_WITH).',
    '',
  ].join('\n');
}
