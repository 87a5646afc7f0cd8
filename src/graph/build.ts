// Merge per-article analyses into one graphology graph: one node per entity id
// (canonical gazetteer ids make the same place the same node across articles),
// one edge per (kind, direction, predicate) with every supporting sentence kept
// as evidence. Co-occurrence is its own edge kind, weighted by sentences.
import { MultiDirectedGraph } from 'graphology';
import type {
  ArticleAnalysis, EdgeAttributes, Entity, EntityType, EvidenceRef, GraphAttributes, KnowledgeGraph, NodeAttributes, Relation, RelationBasis,
} from '../types.ts';
import { TYPE_COLORS, KIND_COLORS } from '../types.ts';
import { assignNodes, NO_CORRECTIONS, type ArticleNodeInputs, type Corrections } from './merge.ts';
import { canonicalLabel } from './canonical-label.ts';
import { qualifySharedLabels } from './qualify-labels.ts';
import { compareIso } from '../pipeline/time/calendar.ts';


export function emptyGraph(): KnowledgeGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  graph.replaceAttributes({ documents: {} });
  return graph;
}

/** Edge key: the same statement from two articles lands on the same edge. */
export function edgeKey(r: Pick<Relation, 'kind' | 'source' | 'target' | 'predicate' | 'negated' | 'hypothetical'>): string {
  return statementKey(r, r.source, r.target);
}

/**
 * edgeKey of a relation whose ends are given as node ids (so no mapped copy of the
 * relation is made). Made by join(), which gives one flat string: a template
 * literal gives a rope of its parts, which the graph keeps with the key (about
 * 80 MB more at 1.5 million edges).
 */
function statementKey(r: Pick<Relation, 'kind' | 'predicate' | 'negated' | 'hypothetical'>, source: string, target: string): string {
  if (r.kind === 'cooccurrence') return (source < target ? ['cooccurrence', source, target] : ['cooccurrence', target, source]).join('|');
  const parts = [r.kind, source, target, String(r.predicate)];
  if (r.negated) parts.push('negated');
  else if (r.hypothetical) parts.push('hypothetical');
  return parts.join('|');
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
  /** Every name the articles gave it, with how many articles gave it (the label is chosen from these). */
  names: Map<string, number>;
}

/** Widen a [first, last] time span (ISO strings of any precision) by `date`. */
function widen(attrs: { firstSeen?: string; lastSeen?: string }, date: string | undefined): void {
  if (!date) return;
  if (attrs.firstSeen === undefined || compareIso(date, attrs.firstSeen) < 0 || (compareIso(date, attrs.firstSeen) === 0 && date.length < attrs.firstSeen.length)) attrs.firstSeen = date;
  if (attrs.lastSeen === undefined || compareIso(date, attrs.lastSeen) > 0 || (compareIso(date, attrs.lastSeen) === 0 && date.length > attrs.lastSeen.length)) attrs.lastSeen = date;
}

function mergeNode(drafts: Map<string, NodeDraft>, node: string, e: EntityDigest, docId: string, docDate: string | undefined): NodeDraft {
  const draft = drafts.get(node);
  if (!draft) {
    const made: NodeDraft = {
      id: node,
      rank: -1,
      attrs: {
        label: e.name,
        type: e.type,
        aliases: [],
        mentions: e.mentionCount,
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
      names: new Map([[e.name, 1]]),
    };
    widen(made.attrs, docDate);
    drafts.set(node, made);
    return made;
  }
  const n = draft.attrs;
  for (const alias of e.aliases) draft.aliases.add(alias);
  draft.names.set(e.name, (draft.names.get(e.name) ?? 0) + 1);
  draft.aliases.add(e.name);
  if (TYPE_RANK.indexOf(e.type) > TYPE_RANK.indexOf(n.type) && !n.gazetteerId) {
    n.type = e.type;
    n.color = TYPE_COLORS[e.type] ?? TYPE_COLORS.other;
  }
  n.mentions += e.mentionCount;
  draft.documents.add(docId);
  widen(n, docDate);
  return draft;
}

/**
 * Co-occurrence edges keep this many example sentences; their weight still counts
 * every sentence. Typed relations keep all their evidence. Without the cap, a
 * corpus of 10,000 articles spends most of its graph on repeated sentences of
 * the weakest kind of edge.
 */
export const COOCCURRENCE_EVIDENCE_LIMIT = 5;

/** The document whose relations are being merged. */
interface CurrentDocument {
  id: string;
  /** Position among the distinct document ids, in merge order. */
  index: number;
}

const moodOf = (r: Pick<Relation, 'negated' | 'hypothetical'>): number => (r.negated ? 2 : r.hypothetical ? 1 : 0);

/**
 * The edges being built, numbered in order of creation (the order they go into
 * the graph). Each edge's attributes are made when it is first seen, in their
 * final key order, and updated in place. What only the build needs is kept in
 * typed arrays indexed by edge number instead of an object per edge: at 10,000
 * articles (220,000 edges) that took the build from ~1.85 s to ~1.6 s, mostly
 * garbage collection (numbers in a typed array are never scanned or copied).
 *
 * Finding a relation's edge by its string key would build and hash a key string
 * per relation (600,000 at 10,000 articles); instead edges are found through a
 * number for the pair of nodes (ranks source * nodes + target, ordered for
 * co-occurrence), which leads to the few edges between those two nodes. The
 * string key stays the identity, as in edgeKey: two different statements share
 * a key only if an id or predicate contains "|", so once such a statement turns
 * up every edge is also indexed by its key, and a statement whose key exists
 * joins that edge.
 */
const INITIAL_EDGES = 1024;

class EdgeTable {
  readonly attrs: EdgeAttributes[] = [];
  /** Node ranks of each edge's ends. */
  private source = new Int32Array(INITIAL_EDGES);
  private target = new Int32Array(INITIAL_EDGES);
  /** 2 negated, 1 hypothetical, 0 asserted (as the edge key tells them apart). */
  private mood = new Uint8Array(INITIAL_EDGES);
  /** The edge made before this one between the same two nodes, or -1. */
  private nextAtPair = new Int32Array(INITIAL_EDGES);
  /** Pair number -> the last edge made between the two nodes. */
  private readonly byPair = new Map<number, number>();
  private byKey: Map<string, number> | null = null;
  /**
   * Evidence is told apart by (document, sentence start), and the weight counts
   * each such pair once. Analyses are merged one document after another (sorted
   * by id, so two analyses of one id are adjacent), so a repeat can only come from
   * the document being merged: an edge remembers that document's starts only
   * (the first apart, since most edges get one sentence per document), instead of
   * a set of every pair it ever saw.
   */
  private docIndex = new Int32Array(INITIAL_EDGES);
  private firstStart = new Float64Array(INITIAL_EDGES);
  private readonly moreStarts: Array<number[] | undefined> = [];

  /** `nodes`: by rank. */
  constructor(private readonly nodes: NodeDraft[]) {}

  private readonly words = new Map<string, string>();

  /**
   * One string for each predicate, kind and date, however many relations give it
   * (JSON.parse makes a copy per relation): 1.5 million edges at 100,000 articles
   * held as many copies of "co-occurs with".
   */
  readonly word = <T extends string | null | undefined>(text: T): T => {
    if (typeof text !== 'string') return text;
    const kept = this.words.get(text);
    if (kept !== undefined) return kept as T;
    this.words.set(text, text);
    return text;
  };

  /**
   * Twice the room for edges. The arrays grow as edges are made instead of being
   * sized by the number of relations up front: at 100,000 articles that is
   * millions of relations for a fraction as many edges.
   */
  private grow(): void {
    const size = this.source.length * 2;
    const wider = <T extends Int32Array | Uint8Array | Float64Array>(old: T, made: T): T => { made.set(old); return made; };
    this.source = wider(this.source, new Int32Array(size));
    this.target = wider(this.target, new Int32Array(size));
    this.mood = wider(this.mood, new Uint8Array(size));
    this.nextAtPair = wider(this.nextAtPair, new Int32Array(size));
    this.docIndex = wider(this.docIndex, new Int32Array(size));
    this.firstStart = wider(this.firstStart, new Float64Array(size));
  }

  get size(): number {
    return this.attrs.length;
  }

  /** The edge key graph.json has always used (edgeKey of the first relation on the edge). */
  key(edge: number): string {
    return statementKey(this.attrs[edge]!, this.nodes[this.source[edge]!]!.id, this.nodes[this.target[edge]!]!.id);
  }

  sourceOf(edge: number): NodeDraft {
    return this.nodes[this.source[edge]!]!;
  }

  targetOf(edge: number): NodeDraft {
    return this.nodes[this.target[edge]!]!;
  }

  /** The edge of the statement `r` makes between two nodes, made if new. */
  find(r: Relation, source: NodeDraft, target: NodeDraft): number {
    const flip = r.kind === 'cooccurrence' && source.rank > target.rank;
    const from = flip ? target : source;
    const to = flip ? source : target;
    const pair = from.rank * this.nodes.length + to.rank;
    const first = this.byPair.get(pair) ?? -1;
    for (let e = first; e >= 0; e = this.nextAtPair[e]!) if (this.states(e, r)) return e;
    if (!this.byKey && keyIsAmbiguous(r, source, target)) {
      this.byKey = new Map();
      for (let e = 0; e < this.size; e++) this.byKey.set(this.key(e), e);
    }
    const key = this.byKey ? statementKey(r, source.id, target.id) : '';
    const existing = this.byKey?.get(key);
    if (existing !== undefined) return existing;

    const edge = this.size;
    if (edge === this.source.length) this.grow();
    this.attrs.push(newEdgeAttributes(r, this.word));
    this.source[edge] = from.rank;
    this.target[edge] = to.rank;
    this.mood[edge] = moodOf(r);
    this.nextAtPair[edge] = first;
    this.docIndex[edge] = -1;
    this.byPair.set(pair, edge);
    this.byKey?.set(key, edge);
    source.degree++;
    target.degree++;
    return edge;
  }

  /** The edge states what the relation states (what edgeKey compares, field by field). */
  private states(edge: number, r: Relation): boolean {
    const a = this.attrs[edge]!;
    return a.kind === r.kind && (r.kind === 'cooccurrence' || (a.predicate === r.predicate && this.mood[edge] === moodOf(r)));
  }

  /** Record that `doc` gave the sentence at `start` as evidence of `edge`; false if it had already. */
  firstFromDocument(edge: number, doc: CurrentDocument, start: number): boolean {
    if (this.docIndex[edge] !== doc.index) {
      this.docIndex[edge] = doc.index;
      this.firstStart[edge] = start;
      if (this.moreStarts[edge]) this.moreStarts[edge] = undefined;
      return true;
    }
    if (this.firstStart[edge] === start) return false;
    const more = this.moreStarts[edge];
    if (!more) { this.moreStarts[edge] = [start]; return true; }
    if (more.includes(start)) return false;
    more.push(start);
    return true;
  }
}

/** Could this statement's key equal the key of a different statement? */
function keyIsAmbiguous(r: Relation, source: NodeDraft, target: NodeDraft): boolean {
  return source.id.includes('|') || target.id.includes('|') || (r.kind !== 'cooccurrence' && (typeof r.predicate !== 'string' || r.predicate.includes('|')));
}

/**
 * Attributes of a new edge, keys in the order graph.json has always had. `size`
 * is set when the edge is complete; it starts as a fraction so the field holds
 * fractions from the start (turning a whole-number field into a fractional one
 * later makes V8 rework every edge object).
 */
function newEdgeAttributes(r: Relation, word: EdgeTable['word']): EdgeAttributes {
  const { confidence } = r;
  const kind = word(r.kind);
  const predicate = word(r.predicate);
  const cameo = word(r.cameo);
  const color = KIND_COLORS[kind];
  const basis = r.basis && r.basis !== 'stated' ? r.basis : undefined;
  if (!r.negated && !r.hypothetical && !basis) return { kind, predicate, cameo, weight: 0, label: predicate, confidence, evidence: [], color, size: 0.5 };
  const attrs: EdgeAttributes = { kind, predicate, cameo, weight: 0, label: predicate, confidence, evidence: [], color };
  if (r.negated) attrs.negated = true;
  if (r.hypothetical) attrs.hypothetical = true;
  attrs.size = 0.5;
  if (basis) attrs.basis = basis;
  return attrs;
}

/** How firmly a basis is grounded in the articles: an edge keeps the firmest basis of its relations. */
const BASIS_RANK: Record<RelationBasis, number> = { stated: 2, context: 1, knowledge: 0 };

/**
 * `texts`: the evidence sentences of the document kept so far, by start, so the
 * edges citing one sentence share one string (JSON.parse makes a copy per relation).
 */
function mergeEdge(edges: EdgeTable, r: Relation, source: NodeDraft, target: NodeDraft, doc: CurrentDocument, texts: Map<number, string>): void {
  const edge = edges.find(r, source, target);
  const attrs = edges.attrs[edge]!;
  const date = edges.word(r.date);
  for (const s of r.evidence) {
    if (!edges.firstFromDocument(edge, doc, s.start)) continue;
    attrs.weight++;
    widen(attrs, date);
    if (attrs.kind === 'cooccurrence' && attrs.evidence.length >= COOCCURRENCE_EVIDENCE_LIMIT) continue;
    const kept = texts.get(s.start);
    const text = kept === s.text ? kept : s.text;
    if (kept === undefined) texts.set(s.start, text);
    const ref: EvidenceRef = { doc: doc.id, text, start: s.start, end: s.end };
    if (date) ref.date = date;
    attrs.evidence.push(ref);
  }
  // World knowledge cites no sentence: it is counted once per article that names both ends.
  if (!r.evidence.length && edges.firstFromDocument(edge, doc, -1)) attrs.weight++;
  if (attrs.basis) {
    const basis = r.basis ?? 'stated';
    if (BASIS_RANK[basis] > BASIS_RANK[attrs.basis]) {
      if (basis === 'stated') delete attrs.basis;
      else attrs.basis = basis;
    }
  }
  attrs.confidence = Math.max(attrs.confidence, r.confidence);
}

export interface BuildGraphOptions {
  /** Keep world-knowledge relations (basis "knowledge"); default true. */
  knowledge?: boolean;
}

function typedRelations(relations: Relation[]): number {
  let n = 0;
  for (const r of relations) if (r.kind !== 'cooccurrence') n++;
  return n;
}

const NO_ENTITIES: ReadonlyMap<string, string> = new Map();

/**
 * The analyses to build from, in document-id order (two analyses of one id next
 * to each other), readable twice: once for the entities, once for the relations.
 * A store reads them from disk per pass, so a corpus of any size is never held in
 * memory whole; between the passes only a digest of each article is kept.
 */
export type AnalysesInIdOrder = () => Iterable<ArticleAnalysis>;

/** What the build keeps of an entity between its passes (no mention spans: their count). */
interface EntityDigest extends Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'gazetteerId' | 'merges'> {
  mentionCount: number;
}

/** What the build keeps of an article between its passes. */
interface ArticleDigest extends ArticleNodeInputs {
  document: { id: string; day: string | undefined };
  entities: EntityDigest[];
}

/** An article's digest: its entities, and the relations node assignment reads, without evidence. */
function digestOf(a: ArticleAnalysis): ArticleDigest {
  const relations: ArticleNodeInputs['relations'][number][] = [];
  for (const { kind, source, target, predicate, negated, hypothetical } of a.relations) {
    if (kind === 'role' || kind === 'affiliation') relations.push({ kind, source, target, predicate, negated, hypothetical });
  }
  return {
    document: { id: a.document.id, day: a.document.date?.slice(0, 10) },
    entities: a.entities.map(({ id, name, type, aliases, gazetteerId, merges, mentions }) => ({ id, name, type, aliases, gazetteerId, merges, mentionCount: mentions.length })),
    relations,
  };
}

/** Build the merged graph. Order of analyses does not change the result beyond labels of ties. */
export function buildGraph(analyses: ArticleAnalysis[], corrections: Corrections = NO_CORRECTIONS, options: BuildGraphOptions = {}): KnowledgeGraph {
  const sorted = [...analyses].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  return buildGraphInTwoPasses(() => sorted, corrections, options);
}

/** buildGraph over analyses read twice in document-id order (see AnalysesInIdOrder), holding one at a time. */
export function buildGraphInTwoPasses(inIdOrder: AnalysesInIdOrder, corrections: Corrections = NO_CORRECTIONS, options: BuildGraphOptions = {}): KnowledgeGraph {
  const knowledge = options.knowledge !== false;
  // Null prototype: document ids come from file names, and `__proto__.txt` is a file name too.
  const documents: GraphAttributes['documents'] = Object.create(null);
  // Pass 1: the documents, and a digest of each for node assignment.
  let digests: ArticleDigest[] = [];
  /** The distinct document ids in order; pass 2 uses these strings (one per document, not one per read). */
  const docIds: string[] = [];
  for (const a of inIdOrder()) {
    const previous = docIds[docIds.length - 1];
    if (previous !== undefined && a.document.id < previous) throw new Error(`build: analyses out of document-id order (${a.document.id} after ${previous})`);
    if (a.document.id !== previous) docIds.push(a.document.id);
    documents[a.document.id] = { ...a.document, entities: a.entities.length, relations: typedRelations(a.relations) };
    digests.push(digestOf(a));
  }
  const { nodeOf, reasons } = assignNodes(digests, corrections);
  const nodes = new Map<string, NodeDraft>();
  for (const d of digests) {
    const nodeOfEntity = nodeOf.get(d.document.id) ?? NO_ENTITIES;
    for (const e of d.entities) mergeNode(nodes, nodeOfEntity.get(e.id) ?? e.id, e, d.document.id, d.document.day);
  }
  digests = [];

  // Pass 2: the relations. Edges are collected apart from the graph and added once
  // complete: no graph lookups per relation.
  const byRank = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  byRank.forEach((n, i) => { n.rank = i; });
  const edges = new EdgeTable(byRank);
  let doc: CurrentDocument = { id: '', index: -1 };
  let texts = new Map<number, string>();
  for (const a of inIdOrder()) {
    if (doc.index < 0 || a.document.id !== doc.id) {
      const id = docIds[doc.index + 1];
      if (id !== a.document.id) throw new Error(`build: the second pass read ${a.document.id} where the first read ${id}`);
      doc = { id, index: doc.index + 1 };
      texts = new Map();
    }
    // an entity of the document is its node; an id that is not one of them stands for itself
    const nodeOfEntity = nodeOf.get(doc.id) ?? NO_ENTITIES;
    const endOf = (id: string): NodeDraft | undefined => nodes.get(nodeOfEntity.get(id) ?? id);
    for (const r of a.relations) {
      if (!knowledge && r.basis === 'knowledge') continue;
      const source = endOf(r.source);
      const target = endOf(r.target);
      if (source && target && source !== target) mergeEdge(edges, r, source, target, doc, texts);
    }
  }

  const graph = emptyGraph();
  for (const [id, d] of nodes) {
    d.attrs.label = canonicalLabel(d.attrs.type, d.attrs.gazetteerId, d.names);
    for (const name of d.names.keys()) d.aliases.add(name);
    d.aliases.delete(d.attrs.label);
    const attrs: NodeAttributes = { ...d.attrs, aliases: [...d.aliases].sort(), documents: [...d.documents] };
    attrs.size = nodeSize(attrs.mentions, d.degree);
    const merges = reasons.get(id);
    if (merges) attrs.merges = merges;
    graph.addNode(id, attrs);
  }
  for (let e = 0; e < edges.size; e++) {
    const attrs = edges.attrs[e]!;
    attrs.size = Math.min(6, 0.5 + Math.log2(1 + attrs.weight));
    // An array grown by push keeps room for 16 more; the copy holds just what it has.
    attrs.evidence = attrs.evidence.slice();
    graph.addDirectedEdgeWithKey(edges.key(e), edges.sourceOf(e).id, edges.targetOf(e).id, attrs);
  }
  graph.setAttribute('documents', documents);
  qualifySharedLabels(graph);
  return graph;
}
