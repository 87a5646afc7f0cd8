// Merge per-article analyses into one graphology graph: one node per entity id
// (canonical gazetteer ids make the same place the same node across articles),
// one edge per (kind, direction, predicate) with every supporting sentence kept
// as evidence. Co-occurrence is its own edge kind, weighted by sentences.
import { MultiDirectedGraph } from 'graphology';
import type {
  ArticleAnalysis, EdgeAttributes, Entity, EntityType, EvidenceRef, GraphAttributes, KnowledgeGraph, NodeAttributes, Relation,
} from '../types.ts';
import { TYPE_COLORS, KIND_COLORS } from '../types.ts';
import { assignNodes, NO_CORRECTIONS, type Corrections } from './merge.ts';


export function emptyGraph(): KnowledgeGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  graph.replaceAttributes({ documents: {} });
  return graph;
}

/** Edge key: the same statement from two articles lands on the same edge. */
export function edgeKey(r: Pick<Relation, 'kind' | 'source' | 'target' | 'predicate' | 'negated' | 'hypothetical'>): string {
  return statementKey(r, r.source, r.target);
}

/** edgeKey of a relation whose ends are given as node ids (so no mapped copy of the relation is made). */
function statementKey(r: Pick<Relation, 'kind' | 'predicate' | 'negated' | 'hypothetical'>, source: string, target: string): string {
  if (r.kind === 'cooccurrence') return source < target ? `cooccurrence|${source}|${target}` : `cooccurrence|${target}|${source}`;
  const mood = r.negated ? '|negated' : r.hypothetical ? '|hypothetical' : '';
  return `${r.kind}|${source}|${target}|${r.predicate}${mood}`;
}

export function nodeSize(mentions: number, degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(mentions) + 0.6 * Math.sqrt(degree)) * 10) / 10;
}

/** Entity types in order of specificity: when two articles disagree, the more specific one wins. */
const TYPE_RANK: EntityType[] = ['other', 'event', 'group', 'location', 'organization', 'city', 'region', 'country', 'person'];

/** A node while the graph is being built: sets instead of arrays so merging stays linear. */
interface NodeDraft {
  id: string;
  /** Position of the id in sorted order, so comparing two nodes' ranks compares their ids. */
  rank: number;
  attrs: NodeAttributes;
  aliases: Set<string>;
  documents: Set<string>;
  /** Edges at this node, counted as edges are made (for its size without asking the graph). */
  degree: number;
}

function mergeNode(drafts: Map<string, NodeDraft>, node: string, e: Entity, docId: string): NodeDraft {
  const draft = drafts.get(node);
  if (!draft) {
    const made: NodeDraft = {
      id: node,
      rank: -1,
      attrs: {
        label: e.name,
        type: e.type,
        aliases: [],
        mentions: e.mentions.length,
        documents: [],
        x: 0,
        y: 0,
        size: 1,
        color: TYPE_COLORS[e.type] ?? TYPE_COLORS.other,
        ...(e.gazetteerId ? { gazetteerId: e.gazetteerId } : {}),
      },
      aliases: new Set(e.aliases),
      documents: new Set([docId]),
      degree: 0,
    };
    drafts.set(node, made);
    return made;
  }
  const n = draft.attrs;
  for (const alias of e.aliases) draft.aliases.add(alias);
  // keep the fullest name as the label
  if (e.name.length > n.label.length && !e.gazetteerId) { draft.aliases.add(n.label); n.label = e.name; }
  else if (e.name !== n.label) draft.aliases.add(e.name);
  if (TYPE_RANK.indexOf(e.type) > TYPE_RANK.indexOf(n.type) && !n.gazetteerId) {
    n.type = e.type;
    n.color = TYPE_COLORS[e.type] ?? TYPE_COLORS.other;
  }
  n.mentions += e.mentions.length;
  draft.documents.add(docId);
  return draft;
}

/**
 * Co-occurrence edges keep this many example sentences; their weight still counts
 * every sentence. Typed relations keep all their evidence. Without the cap, a
 * corpus of 10,000 articles spends most of its graph on repeated sentences of
 * the weakest kind of edge.
 */
export const COOCCURRENCE_EVIDENCE_LIMIT = 5;

/** An edge while the graph is being built; its attributes are made when it is complete. */
interface EdgeDraft {
  source: NodeDraft;
  target: NodeDraft;
  kind: Relation['kind'];
  predicate: string;
  cameo: string | null;
  confidence: number;
  /** 2 negated, 1 hypothetical, 0 asserted (as the edge key tells them apart). */
  mood: number;
  negated: boolean;
  hypothetical: boolean;
  weight: number;
  evidence: EvidenceRef[];
  /** The edge made before this one between the same two nodes (see EdgeIndex). */
  nextAtPair: EdgeDraft | null;
  /**
   * Evidence is told apart by (document, sentence start), and the weight counts
   * each such pair once. Analyses are merged one document after another (sorted
   * by id, so two analyses of one id are adjacent), so a repeat can only come from
   * the document being merged: the edge remembers that document's starts only,
   * instead of a set of every pair it ever saw (a quarter of a million sets at
   * 10,000 articles, and most of the build's garbage). The first start is held
   * apart because most edges get one sentence per document and then need no array.
   */
  docIndex: number;
  firstStart: number;
  moreStarts: number[] | null;
}

/**
 * The edges being built. Finding a relation's edge by its string key would build
 * and hash a key string per relation (600,000 at 10,000 articles); instead edges are
 * found through a number for the pair of nodes (ranks source * nodes + target,
 * ordered for co-occurrence), which holds the few edges between those two nodes.
 * The string key stays the identity, as in edgeKey: two different statements share
 * a key only if an id or predicate contains "|", so once such a statement turns up
 * every edge is also indexed by its key, and a statement whose key exists joins
 * that edge.
 */
interface EdgeIndex {
  byPair: Map<number, EdgeDraft>;
  /** In order of creation, which is the order edges go into the graph. */
  list: EdgeDraft[];
  byKey: Map<string, EdgeDraft> | null;
  nodeCount: number;
}

const moodOf = (r: Relation): number => (r.negated ? 2 : r.hypothetical ? 1 : 0);

/** The relation states what the edge states (what edgeKey compares, field by field). */
function sameStatement(e: EdgeDraft, r: Relation): boolean {
  return e.kind === r.kind && (r.kind === 'cooccurrence' || (e.predicate === r.predicate && e.mood === moodOf(r)));
}

/** Could this statement's key equal the key of a different statement? */
function keyIsAmbiguous(r: Relation, source: NodeDraft, target: NodeDraft): boolean {
  return source.id.includes('|') || target.id.includes('|') || (r.kind !== 'cooccurrence' && (typeof r.predicate !== 'string' || r.predicate.includes('|')));
}

const draftKey = (e: EdgeDraft): string => statementKey(e, e.source.id, e.target.id);

/** The document whose relations are being merged. */
interface CurrentDocument {
  id: string;
  /** Position among the distinct document ids, in merge order. */
  index: number;
}

function findEdge(edges: EdgeIndex, r: Relation, source: NodeDraft, target: NodeDraft): EdgeDraft {
  const flip = r.kind === 'cooccurrence' && source.rank > target.rank;
  const pair = flip ? target.rank * edges.nodeCount + source.rank : source.rank * edges.nodeCount + target.rank;
  const first = edges.byPair.get(pair) ?? null;
  for (let e = first; e; e = e.nextAtPair) if (sameStatement(e, r)) return e;
  if (!edges.byKey && keyIsAmbiguous(r, source, target)) edges.byKey = new Map(edges.list.map((e) => [draftKey(e), e]));
  const key = edges.byKey ? statementKey(r, source.id, target.id) : '';
  const existing = edges.byKey?.get(key);
  if (existing) return existing;
  const edge: EdgeDraft = {
    source: flip ? target : source,
    target: flip ? source : target,
    kind: r.kind,
    predicate: r.predicate,
    cameo: r.cameo,
    confidence: r.confidence,
    mood: moodOf(r),
    negated: !!r.negated,
    hypothetical: !!r.hypothetical,
    weight: 0,
    evidence: [],
    nextAtPair: first,
    docIndex: -1,
    firstStart: -1,
    moreStarts: null,
  };
  edges.byPair.set(pair, edge);
  edges.list.push(edge);
  edges.byKey?.set(key, edge);
  source.degree++;
  target.degree++;
  return edge;
}

/** Record that `doc` gave the sentence at `start` as evidence; false if it had already. */
function firstFromDocument(edge: EdgeDraft, doc: CurrentDocument, start: number): boolean {
  if (edge.docIndex !== doc.index) {
    edge.docIndex = doc.index;
    edge.firstStart = start;
    edge.moreStarts = null;
    return true;
  }
  if (edge.firstStart === start) return false;
  if (!edge.moreStarts) { edge.moreStarts = [start]; return true; }
  if (edge.moreStarts.includes(start)) return false;
  edge.moreStarts.push(start);
  return true;
}

function mergeEdge(edges: EdgeIndex, r: Relation, source: NodeDraft, target: NodeDraft, doc: CurrentDocument): void {
  const edge = findEdge(edges, r, source, target);
  for (const s of r.evidence) {
    if (!firstFromDocument(edge, doc, s.start)) continue;
    edge.weight++;
    if (edge.kind === 'cooccurrence' && edge.evidence.length >= COOCCURRENCE_EVIDENCE_LIMIT) continue;
    edge.evidence.push({ doc: doc.id, text: s.text, start: s.start, end: s.end } satisfies EvidenceRef);
  }
  edge.confidence = Math.max(edge.confidence, r.confidence);
}

/** The attributes of a finished edge, keys in the order graph.json has always had. */
function edgeAttributes(e: EdgeDraft): EdgeAttributes {
  const size = Math.min(6, 0.5 + Math.log2(1 + e.weight));
  const color = KIND_COLORS[e.kind];
  const { kind, predicate, cameo, weight, confidence, evidence } = e;
  if (!e.negated && !e.hypothetical) return { kind, predicate, cameo, weight, label: predicate, confidence, evidence, color, size };
  const attrs: EdgeAttributes = { kind, predicate, cameo, weight, label: predicate, confidence, evidence, color };
  if (e.negated) attrs.negated = true;
  if (e.hypothetical) attrs.hypothetical = true;
  attrs.size = size;
  return attrs;
}

function typedRelations(relations: Relation[]): number {
  let n = 0;
  for (const r of relations) if (r.kind !== 'cooccurrence') n++;
  return n;
}

const NO_ENTITIES: ReadonlyMap<string, string> = new Map();

/** Build the merged graph. Order of analyses does not change the result beyond labels of ties. */
export function buildGraph(analyses: ArticleAnalysis[], corrections: Corrections = NO_CORRECTIONS): KnowledgeGraph {
  const sorted = [...analyses].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  const documents: GraphAttributes['documents'] = {};
  for (const a of sorted) {
    documents[a.document.id] = { ...a.document, entities: a.entities.length, relations: typedRelations(a.relations) };
  }
  const { nodeOf, reasons } = assignNodes(sorted, corrections);
  const nodes = new Map<string, NodeDraft>();
  // document id -> its entity ids -> their nodes, for the ends of its relations
  const nodesOfDocument = new Map<string, Map<string, NodeDraft>>();
  for (const a of sorted) {
    const nodeOfEntity = nodeOf.get(a.document.id) ?? NO_ENTITIES;
    const ends = nodesOfDocument.get(a.document.id) ?? nodesOfDocument.set(a.document.id, new Map()).get(a.document.id)!;
    for (const e of a.entities) ends.set(e.id, mergeNode(nodes, nodeOfEntity.get(e.id) ?? e.id, e, a.document.id));
  }

  // Edges are collected apart from the graph and added once complete: no graph
  // lookups per relation, and each attribute object is made in its final shape.
  [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).forEach((n, i) => { n.rank = i; });
  const edges: EdgeIndex = { byPair: new Map(), list: [], byKey: null, nodeCount: nodes.size };
  let doc: CurrentDocument = { id: '', index: -1 };
  for (const a of sorted) {
    if (doc.index < 0 || a.document.id !== doc.id) doc = { id: a.document.id, index: doc.index + 1 };
    // an id that is not one of the document's entities stands for itself
    const endOf = nodesOfDocument.get(doc.id)!;
    for (const r of a.relations) {
      const source = endOf.get(r.source) ?? nodes.get(r.source);
      const target = endOf.get(r.target) ?? nodes.get(r.target);
      if (source && target && source !== target) mergeEdge(edges, r, source, target, doc);
    }
  }

  const graph = emptyGraph();
  for (const [id, d] of nodes) {
    d.aliases.delete(d.attrs.label);
    const attrs: NodeAttributes = { ...d.attrs, aliases: [...d.aliases].sort(), documents: [...d.documents] };
    attrs.size = nodeSize(attrs.mentions, d.degree);
    const merges = reasons.get(id);
    if (merges) attrs.merges = merges;
    graph.addNode(id, attrs);
  }
  for (const e of edges.list) graph.addDirectedEdgeWithKey(draftKey(e), e.source.id, e.target.id, edgeAttributes(e));
  graph.setAttribute('documents', documents);
  return graph;
}
