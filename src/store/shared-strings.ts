// One copy of each repeated string in a graph read from JSON. JSON.parse gives
// every occurrence of a string longer than 10 characters its own copy: in the
// graph of 100,000 synthetic articles, every evidence reference its document id,
// every sentence cited by several edges a copy per edge, every edge its predicate
// twice (as predicate and label). Read element by element (json-parts.ts), each
// node and edge has its strings swapped for the first copy seen, so the copies
// are garbage as soon as the element is read. Values are unchanged; only which
// string object holds them.

/** The first copy of each string seen; dropped with the pool once the graph is read. */
export class StringPool {
  private readonly seen = new Map<string, string>();

  one<T>(value: T): T {
    if (typeof value !== 'string') return value;
    const kept = this.seen.get(value);
    if (kept !== undefined) return kept as T;
    this.seen.set(value, value);
    return value;
  }
}

type Fields = Record<string, unknown>;

const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The string fields of `record` named in `names`, shared through `pool`. */
function shareFields(record: Fields, names: readonly string[], pool: StringPool): void {
  for (const name of names) {
    const v = record[name];
    if (typeof v === 'string') record[name] = pool.one(v);
  }
}

/** Strings of an array shared through `pool` (other elements left alone). */
function shareList(list: unknown, pool: StringPool): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) if (typeof list[i] === 'string') list[i] = pool.one(list[i]);
}

const EDGE_FIELDS = ['kind', 'predicate', 'label', 'cameo', 'color', 'basis', 'firstSeen', 'lastSeen'] as const;
const EVIDENCE_FIELDS = ['doc', 'text', 'date'] as const;
const NODE_FIELDS = ['type', 'color', 'firstSeen', 'lastSeen'] as const;
const MERGE_FIELDS = ['rule', 'detail', 'doc', 'alias'] as const;

/**
 * A serialised edge ({key, source, target, attributes}) with the repeated strings
 * of its attributes shared (the graph keeps no copy of source and target: it
 * links the nodes); anything unexpected is left as it is.
 */
export function shareEdgeStrings(edge: unknown, pool: StringPool): unknown {
  if (!isRecord(edge)) return edge;
  const a = edge.attributes;
  if (!isRecord(a)) return edge;
  shareFields(a, EDGE_FIELDS, pool);
  if (Array.isArray(a.evidence)) for (const ref of a.evidence) if (isRecord(ref)) shareFields(ref, EVIDENCE_FIELDS, pool);
  return edge;
}

/** A serialised node ({key, attributes}) with its repeated strings shared. */
export function shareNodeStrings(node: unknown, pool: StringPool): unknown {
  if (!isRecord(node)) return node;
  const a = node.attributes;
  if (!isRecord(a)) return node;
  shareFields(a, NODE_FIELDS, pool);
  shareList(a.documents, pool);
  if (Array.isArray(a.merges)) for (const m of a.merges) if (isRecord(m)) shareFields(m, MERGE_FIELDS, pool);
  return node;
}
