// Cypher script that loads the graph into Neo4j: batched `UNWIND [...] AS row
// MERGE ...` statements keyed on the entity and relation ids, so running the
// script twice leaves the same database. Labels come from entity types and
// relationship types from relation kinds, through fixed tables (neo4j-names.ts).
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { RELATION_KINDS, TYPE_COLORS } from '../types.ts';
import { parseColor, toHex } from './color.ts';
import { TABLE_EDGE_FIELDS, NODE_FIELDS, num, oneLine } from './fields.ts';
import { NEO4J_LABELS, NEO4J_REL_TYPES, neo4jLabel, neo4jRelType } from './neo4j-names.ts';

export interface CypherOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
}

/** A Cypher string literal. */
export function cypherString(s: string): string {
  return "'" + s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === "'") return "\\'";
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  }) + "'";
}

export function cypherValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return '[' + v.map((x) => cypherString(String(x))).join(', ') + ']';
  return cypherString(String(v));
}

function map(entries: [string, unknown][]): string {
  return '{' + entries.map(([k, v]) => `${k}: ${cypherValue(v)}`).join(', ') + '}';
}

function nodeProps(a: NodeAttributes): [string, unknown][] {
  const c = parseColor(a.color) ?? parseColor(TYPE_COLORS[a.type]);
  return [
    ['name', oneLine(a.label)], ...NODE_FIELDS.map((f): [string, unknown] => [f.name, f.get(a)]),
    ['x', num(a.x)], ['y', num(a.y)], ['size', num(a.size, 1)], ['color', c ? toHex(c) : null],
  ];
}

function edgeProps(a: EdgeAttributes): [string, unknown][] {
  return [['label', oneLine(a.label ?? a.predicate)], ['weight', num(a.weight, 1)], ...TABLE_EDGE_FIELDS.map((f): [string, unknown] => [f.name, f.get(a)])];
}

export function* cypherChunks(graph: KnowledgeGraph, opts: CypherOptions = {}): Generator<string> {
  const size = opts.batchSize ?? 500;
  yield `// news-kg export: ${graph.order} entities, ${graph.size} relations. Safe to run more than once (MERGE on id).\n`;
  yield 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n';
  // One pass per label: a label cannot be a parameter, so each batch holds one type.
  const labels = new Set<string>(Object.values(NEO4J_LABELS));
  for (const label of labels) {
    let rows: string[] = [];
    const flush = function* () {
      yield `UNWIND [\n${rows.join(',\n')}\n] AS row\nMERGE (n:Entity {id: row.id})\nSET n += row.props, n:${label};\n`;
      rows = [];
    };
    for (const { node, attributes: a } of graph.nodeEntries()) {
      if (neo4jLabel(a.type) !== label) continue;
      rows.push(`  {id: ${cypherString(node)}, props: ${map(nodeProps(a))}}`);
      if (rows.length >= size) yield* flush();
    }
    if (rows.length) yield* flush();
  }
  const relTypes = new Set<string>([...RELATION_KINDS.map((k) => NEO4J_REL_TYPES[k]), 'RELATED_TO']);
  for (const type of relTypes) {
    let rows: string[] = [];
    const flush = function* () {
      yield `UNWIND [\n${rows.join(',\n')}\n] AS row\nMATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})\n` +
        `MERGE (a)-[r:${type} {id: row.id}]->(b)\nSET r += row.props;\n`;
      rows = [];
    };
    for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
      if (neo4jRelType(a.kind) !== type) continue;
      rows.push(`  {id: ${cypherString(edge)}, source: ${cypherString(source)}, target: ${cypherString(target)}, props: ${map(edgeProps(a))}}`);
      if (rows.length >= size) yield* flush();
    }
    if (rows.length) yield* flush();
  }
}
