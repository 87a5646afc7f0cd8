// The attribute columns every tabular or typed export writes, in one place so
// that GEXF, GraphML, CSV, Neo4j and Cypher agree on names and meaning.
import type { EdgeAttributes, NodeAttributes } from '../types.ts';
import type { EntityMetrics } from '../graph/metrics.ts';

export type FieldType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';

export interface Field<A> {
  name: string;
  type: FieldType;
  get(a: A): string | number | boolean | string[] | null | undefined;
  description: string;
}

export const NODE_FIELDS: Field<NodeAttributes>[] = [
  { name: 'type', type: 'string', get: (a) => a.type, description: 'entity type (person, country, ...)' },
  { name: 'aliases', type: 'liststring', get: (a) => a.aliases ?? [], description: 'other names of the entity in the articles' },
  { name: 'mentions', type: 'integer', get: (a) => a.mentions ?? 0, description: 'mentions over all documents' },
  { name: 'documents', type: 'liststring', get: (a) => a.documents ?? [], description: 'ids of the documents mentioning it' },
  { name: 'gazetteer_id', type: 'string', get: (a) => a.gazetteerId ?? null, description: 'gazetteer id when linked' },
  { name: 'first_seen', type: 'string', get: (a) => a.firstSeen ?? null, description: 'publication date of the first dated article mentioning it (ISO 8601)' },
  { name: 'last_seen', type: 'string', get: (a) => a.lastSeen ?? null, description: 'publication date of the last dated article mentioning it (ISO 8601)' },
];

type WithMetrics = NodeAttributes & { metrics?: EntityMetrics };

/** The graph's measures of each entity (src/graph/metrics.ts), written only by `kg export --metrics`. */
export const METRIC_FIELDS: Field<NodeAttributes>[] = [
  { name: 'degree', type: 'integer', get: (a) => (a as WithMetrics).metrics?.degree, description: 'distinct entities it is tied to' },
  { name: 'weighted_degree', type: 'double', get: (a) => (a as WithMetrics).metrics?.weightedDegree, description: 'summed weight of its relations' },
  { name: 'pagerank', type: 'double', get: (a) => (a as WithMetrics).metrics?.pagerank, description: 'PageRank over the ties between entities (weighted)' },
  { name: 'betweenness', type: 'double', get: (a) => (a as WithMetrics).metrics?.betweenness, description: 'normalised betweenness centrality (sampled on large graphs: see the graph attribute metrics)' },
  { name: 'community', type: 'integer', get: (a) => (a as WithMetrics).metrics?.community, description: 'Louvain community, 0 the largest' },
];

/** The node columns of an export: the metric columns too when the graph carries them (graph attribute `metrics`). */
export function nodeFields(graph: { getAttribute(name: string): unknown }): Field<NodeAttributes>[] {
  return graph.getAttribute('metrics') ? [...NODE_FIELDS, ...METRIC_FIELDS] : NODE_FIELDS;
}

export const EDGE_FIELDS: Field<EdgeAttributes>[] = [
  { name: 'kind', type: 'string', get: (a) => a.kind, description: 'relation kind (role, location, event, affiliation, cooccurrence)' },
  { name: 'predicate', type: 'string', get: (a) => a.predicate, description: 'readable predicate ("foreign minister of")' },
  { name: 'cameo', type: 'string', get: (a) => a.cameo ?? null, description: 'CAMEO event code for events' },
  { name: 'confidence', type: 'double', get: (a) => a.confidence ?? 0, description: 'extraction confidence in [0, 1]' },
  { name: 'negated', type: 'boolean', get: (a) => !!a.negated, description: 'the statement is negated' },
  { name: 'hypothetical', type: 'boolean', get: (a) => !!a.hypothetical, description: 'the statement is hypothetical or modal' },
  { name: 'basis', type: 'string', get: (a) => a.basis ?? 'stated', description: 'stated by an article, read from its context, or world knowledge no article states' },
  { name: 'evidence_count', type: 'integer', get: (a) => a.evidence?.length ?? 0, description: 'number of evidence sentences' },
  { name: 'first_seen', type: 'string', get: (a) => a.firstSeen ?? null, description: 'date of its earliest statement (ISO 8601, as precise as the text)' },
  { name: 'last_seen', type: 'string', get: (a) => a.lastSeen ?? null, description: 'date of its latest statement (ISO 8601, as precise as the text)' },
];

const evidenceDoc: Field<EdgeAttributes> = { name: 'evidence_doc', type: 'string', get: (a) => a.evidence?.[0]?.doc ?? null, description: 'document of the first evidence sentence' };

/** Tables (CSV, Neo4j, Cypher): one evidence sentence column, readable in a spreadsheet. */
export const TABLE_EDGE_FIELDS: Field<EdgeAttributes>[] = [
  ...EDGE_FIELDS,
  { name: 'evidence', type: 'string', get: (a) => oneLine(a.evidence?.[0]?.text) || null, description: 'first evidence sentence' },
  evidenceDoc,
];

/**
 * Graph files (GEXF, GraphML): the first sentence for people, and the whole
 * evidence list (document, sentence, offsets) as a JSON string, which is how
 * XML formats carry structured values and how src/graph/open reads them back.
 */
export const XML_EDGE_FIELDS: Field<EdgeAttributes>[] = [
  ...EDGE_FIELDS,
  { name: 'evidence_text', type: 'string', get: (a) => oneLine(a.evidence?.[0]?.text) || null, description: 'first evidence sentence' },
  evidenceDoc,
  { name: 'evidence', type: 'string', get: (a) => (a.evidence?.length ? JSON.stringify(a.evidence) : null), description: 'every evidence sentence with document and offsets, as JSON' },
];

/**
 * Sentences keep their words but lose line breaks, so every row stays one line
 * for spreadsheet users; control characters and lone surrogates (which no
 * reader can use and UTF-8 cannot encode) are dropped.
 */
export function oneLine(text: string | undefined): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
}

/** A finite number or the fallback. */
export function num(v: unknown, fallback = 0): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : fallback;
}
