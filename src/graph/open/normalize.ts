// Turns any graphology graph (read from a GEXF, GraphML or JSON file that may come
// from Gephi, NetworkX or an older build) into a KnowledgeGraph the viewer and the
// server can rely on: every node and edge gets the attributes of the contract in
// types.ts, with defaults where the file had nothing. Pure: values in, values out.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import {
  ENTITY_TYPES, RELATION_KINDS, TYPE_COLORS,
  type DocumentRecord, type EdgeAttributes, type EntityType, type EvidenceRef,
  type KnowledgeGraph, type NodeAttributes, type RelationKind,
} from '../../types.ts';
import { seededRandom } from '../../random.ts';
import { UNSAFE_KEYS } from './safe-keys.ts';

export { seededRandom };


/** Minimal read-only view of a graphology graph (any type: directed, undirected, mixed). */
export interface GraphLike {
  forEachNode(cb: (key: string, attributes: Attributes) => void): void;
  forEachEdge(cb: (key: string, attributes: Attributes, source: string, target: string,
    sa: Attributes, ta: Attributes, undirected: boolean) => void): void;
  getAttributes(): Attributes;
}

/** Half-width of the square in which nodes without a position are scattered. */
const SCATTER = 100;

/** FNV-1a: a stable 32-bit hash, so a node without position lands in the same place every time. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}


/** The key a file gave a node that safe-keys.ts renamed (`constructor~` was `constructor`). */
function originalKey(key: string): string {
  const base = key.replace(/~\d*$/, '');
  return base !== key && UNSAFE_KEYS.has(base) ? base : key;
}

function finite(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Lists arrive as arrays (JSON), as GEXF lists, or flattened to "a|b" / '["a","b"]' strings. */
function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined && v !== '');
  if (typeof value !== 'string' || value.trim() === '') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) {
    try {
      return stringList(JSON.parse(trimmed));
    } catch { /* not JSON: fall through to splitting */ }
  }
  return trimmed.split('|').map((s) => s.trim()).filter(Boolean);
}

/** Structured values (evidence, documents) are kept as JSON strings by XML formats. */
function structured(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function entityType(attributes: Attributes): EntityType {
  const raw = text(attributes.type ?? attributes.entityType ?? attributes.category);
  const lower = raw?.toLowerCase() as EntityType | undefined;
  return lower && ENTITY_TYPES.includes(lower) ? lower : 'other';
}

function relationKind(attributes: Attributes): RelationKind {
  const raw = text(attributes.kind)?.toLowerCase() as RelationKind | undefined;
  return raw && RELATION_KINDS.includes(raw) ? raw : 'cooccurrence';
}

function evidenceList(value: unknown): EvidenceRef[] {
  const list = structured(value);
  if (!Array.isArray(list)) return [];
  const out: EvidenceRef[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      out.push({ doc: '', text: item, start: 0, end: item.length });
    } else if (item && typeof item === 'object' && typeof (item as EvidenceRef).text === 'string') {
      const e = item as Partial<EvidenceRef>;
      out.push({ doc: text(e.doc) ?? '', text: e.text as string, start: finite(e.start) ?? 0, end: finite(e.end) ?? 0 });
    }
  }
  return out;
}

function documentsRecord(value: unknown): Record<string, DocumentRecord> {
  const docs = structured(value);
  // Null prototype: document ids come from the file, and `__proto__` is one too.
  const out: Record<string, DocumentRecord> = Object.create(null);
  if (!docs || typeof docs !== 'object' || Array.isArray(docs)) return out;
  for (const [id, raw] of Object.entries(docs as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object') continue;
    const d = raw as Partial<DocumentRecord>;
    out[id] = {
      ...(d as object),
      id: text(d.id) ?? id,
      title: text(d.title) ?? null,
      source: text(d.source) ?? '',
      chars: finite(d.chars) ?? 0,
      entities: finite(d.entities) ?? 0,
      relations: finite(d.relations) ?? 0,
    };
  }
  return out;
}

/** Node size from mention count when the file has none: grows slowly so hubs do not swamp the view. */
export function defaultNodeSize(mentions: number): number {
  return 4 + 2 * Math.sqrt(Math.max(0, mentions));
}

/** First and last dates, as kg writes them (firstSeen) or as its exports name them (first_seen); ISO only. */
function keepDates(target: { firstSeen?: string; lastSeen?: string }, attributes: Attributes): void {
  const iso = (v: unknown) => (typeof v === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) ? v : undefined);
  const first = iso(attributes.firstSeen) ?? iso(attributes.first_seen);
  const last = iso(attributes.lastSeen) ?? iso(attributes.last_seen) ?? first;
  delete (target as Attributes).first_seen;
  delete (target as Attributes).last_seen;
  if (first && last) { target.firstSeen = first; target.lastSeen = last; } else { delete target.firstSeen; delete target.lastSeen; }
}

export function normalizeNode(key: string, attributes: Attributes): NodeAttributes {
  const type = entityType(attributes);
  const mentions = finite(attributes.mentions) ?? 1;
  const random = seededRandom(hash(key));
  const x = finite(attributes.x) ?? (random() * 2 - 1) * SCATTER;
  const y = finite(attributes.y) ?? (random() * 2 - 1) * SCATTER;
  const size = finite(attributes.size);
  const color = text(attributes.color);
  const node: NodeAttributes = {
    ...attributes,
    label: text(attributes.label) || text(attributes.name) || text(attributes.title) || originalKey(key),
    type,
    aliases: stringList(attributes.aliases),
    mentions,
    documents: stringList(attributes.documents),
    x,
    y,
    size: size !== undefined && size > 0 ? size : defaultNodeSize(mentions),
    color: color && color.trim() !== '' ? color : TYPE_COLORS[type],
  };
  const gazetteerId = text(attributes.gazetteerId);
  if (gazetteerId) node.gazetteerId = gazetteerId;
  else delete node.gazetteerId;
  keepDates(node, attributes);
  return node;
}

export function normalizeEdge(attributes: Attributes, undirected: boolean): EdgeAttributes {
  const kind = relationKind(attributes);
  const predicate = text(attributes.predicate) || text(attributes.label)
    || (kind === 'cooccurrence' ? 'co-occurs with' : kind);
  const weight = finite(attributes.weight);
  const confidence = finite(attributes.confidence);
  const cameo = text(attributes.cameo);
  const edge: EdgeAttributes & { undirected?: boolean } = {
    ...attributes,
    kind,
    predicate,
    cameo: cameo && cameo !== 'null' ? cameo : null,
    weight: weight !== undefined && weight > 0 ? weight : 1,
    label: text(attributes.label) || predicate,
    confidence: confidence !== undefined && confidence >= 0 && confidence <= 1 ? confidence : 1,
    evidence: evidenceList(attributes.evidence),
  };
  if (attributes.negated === true || attributes.negated === 'true') edge.negated = true;
  else delete edge.negated;
  if (attributes.hypothetical === true || attributes.hypothetical === 'true') edge.hypothetical = true;
  else delete edge.hypothetical;
  // Only the two qualified bases are kept: a stated relation carries none (as kg builds it).
  if (attributes.basis === 'context' || attributes.basis === 'knowledge') edge.basis = attributes.basis;
  else delete edge.basis;
  keepDates(edge, attributes);
  // An undirected edge of the source file is stored source->target and drawn without an arrow.
  if (undirected) edge.undirected = true;
  // Sigma reads `type` as the edge program; the viewer chooses it, the file must not.
  delete (edge as Attributes).type;
  return edge;
}

/**
 * A file without an article index (GEXF has no place for one) still names its
 * articles: every document a node cites becomes a record, titled from the node's
 * `document_titles` (written by src/export/gexf.ts in the order of `documents`)
 * when the file has them. That transport attribute is then dropped from the nodes.
 */
function documentsFromNodes(graph: KnowledgeGraph): void {
  const known = graph.getAttribute('documents') ?? {};
  const found: Record<string, DocumentRecord> = Object.create(null);
  let titled = false;
  graph.forEachNode((_key, a) => {
    const titles = stringList((a as Attributes).document_titles);
    if (titles.length) titled = true;
    a.documents.forEach((id, i) => {
      const record = (found[id] ??= { id, title: null, source: '', chars: 0, entities: 0, relations: 0 });
      record.entities++;
      if (titles[i] && titles.length === a.documents.length) record.title = titles[i]!;
    });
  });
  if (titled) graph.updateEachNodeAttributes((_key, a) => { delete (a as Attributes).document_titles; return a; }, { attributes: [] as never });
  if (Object.keys(known).length === 0 && Object.keys(found).length > 0) graph.setAttribute('documents', found);
}

/**
 * Fill missing attributes of a directed multigraph where it stands (no copy):
 * the fast path for graph JSON written by kg, which is already directed and multi.
 */
export function normalizeInPlace(graph: KnowledgeGraph): KnowledgeGraph {
  const attributes = graph.getAttributes() as Attributes;
  graph.replaceAttributes({ ...attributes, documents: documentsRecord(attributes.documents) } as never);
  graph.updateEachNodeAttributes((key, attrs) => normalizeNode(key, attrs as Attributes), { attributes: [] as never });
  graph.updateEachEdgeAttributes((_key, attrs) => normalizeEdge(attrs as Attributes, false), { attributes: [] as never });
  documentsFromNodes(graph);
  return graph;
}

/** Copy `source` into a fresh KnowledgeGraph, filling every missing attribute. */
export function normalizeGraph(source: GraphLike): KnowledgeGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as unknown as KnowledgeGraph;
  const attributes = source.getAttributes();
  graph.replaceAttributes({
    ...attributes,
    documents: documentsRecord(attributes.documents),
  });
  source.forEachNode((key, attrs) => {
    graph.addNode(key, normalizeNode(key, attrs));
  });
  source.forEachEdge((key, attrs, s, t, _sa, _ta, undirected) => {
    const attributesOut = normalizeEdge(attrs, undirected);
    if (graph.hasEdge(key)) graph.addEdge(s, t, attributesOut);
    else graph.addEdgeWithKey(key, s, t, attributesOut);
  });
  documentsFromNodes(graph);
  return graph;
}
