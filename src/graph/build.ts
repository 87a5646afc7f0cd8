// Merge per-article analyses into one graphology graph: one node per entity id
// (canonical gazetteer ids make the same place the same node across articles),
// one edge per (kind, direction, predicate) with every supporting sentence kept
// as evidence. Co-occurrence is its own edge kind, weighted by sentences.
import { MultiDirectedGraph } from 'graphology';
import type {
  ArticleAnalysis, EdgeAttributes, Entity, EntityType, EvidenceRef, GraphAttributes, KnowledgeGraph, NodeAttributes, Relation,
} from '../types.ts';
import { TYPE_COLORS, KIND_COLORS } from '../types.ts';
import { assignNodes, assignmentKey, NO_CORRECTIONS, type Corrections } from './merge.ts';


export function emptyGraph(): KnowledgeGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  graph.replaceAttributes({ documents: {} });
  return graph;
}

/** Edge key: the same statement from two articles lands on the same edge. */
export function edgeKey(r: Pick<Relation, 'kind' | 'source' | 'target' | 'predicate' | 'negated' | 'hypothetical'>): string {
  if (r.kind === 'cooccurrence') {
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    return `cooccurrence|${a}|${b}`;
  }
  const mood = r.negated ? '|negated' : r.hypothetical ? '|hypothetical' : '';
  return `${r.kind}|${r.source}|${r.target}|${r.predicate}${mood}`;
}

export function nodeSize(mentions: number, degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(mentions) + 0.6 * Math.sqrt(degree)) * 10) / 10;
}

/** Entity types in order of specificity: when two articles disagree, the more specific one wins. */
const TYPE_RANK: EntityType[] = ['other', 'event', 'group', 'location', 'organization', 'city', 'region', 'country', 'person'];

/** A node while the graph is being built: sets instead of arrays so merging stays linear. */
interface NodeDraft {
  attrs: NodeAttributes;
  aliases: Set<string>;
  documents: Set<string>;
}

function mergeNode(drafts: Map<string, NodeDraft>, node: string, e: Entity, docId: string): void {
  const draft = drafts.get(node);
  if (!draft) {
    drafts.set(node, {
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
    });
    return;
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
}

function addNodes(graph: KnowledgeGraph, drafts: Map<string, NodeDraft>): void {
  for (const [node, d] of drafts) {
    d.aliases.delete(d.attrs.label);
    graph.addNode(node, { ...d.attrs, aliases: [...d.aliases].sort(), documents: [...d.documents] });
  }
}

/**
 * Co-occurrence edges keep this many example sentences; their weight still counts
 * every sentence. Typed relations keep all their evidence. Without the cap, a
 * corpus of 10,000 articles spends most of its graph on repeated sentences of
 * the weakest kind of edge.
 */
export const COOCCURRENCE_EVIDENCE_LIMIT = 5;

/** Evidence already on each edge, so merging stays linear in the number of statements. */
type EvidenceIndex = Map<string, Set<string>>;

function mergeEdge(graph: KnowledgeGraph, seen: EvidenceIndex, r: Relation, docId: string): void {
  if (r.source === r.target || !graph.hasNode(r.source) || !graph.hasNode(r.target)) return;
  const key = edgeKey(r);
  let attrs: EdgeAttributes;
  let known = seen.get(key);
  if (!known) {
    const [source, target] = r.kind === 'cooccurrence' && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    attrs = {
      kind: r.kind,
      predicate: r.predicate,
      cameo: r.cameo,
      weight: 0,
      label: r.predicate,
      confidence: r.confidence,
      evidence: [],
      color: KIND_COLORS[r.kind],
      ...(r.negated ? { negated: true } : {}),
      ...(r.hypothetical ? { hypothetical: true } : {}),
    };
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
    known = new Set();
    seen.set(key, known);
  } else {
    attrs = graph.getEdgeAttributes(key);
  }
  // Attributes are mutated in place during the build only: the graph is not shared yet.
  for (const s of r.evidence) {
    const id = `${docId}:${s.start}`;
    if (known.has(id)) continue;
    known.add(id);
    if (attrs.kind === 'cooccurrence' && attrs.evidence.length >= COOCCURRENCE_EVIDENCE_LIMIT) continue;
    attrs.evidence.push({ doc: docId, text: s.text, start: s.start, end: s.end } satisfies EvidenceRef);
  }
  attrs.weight = known.size;
  attrs.confidence = Math.max(attrs.confidence, r.confidence);
}

/** Build the merged graph. Order of analyses does not change the result beyond labels of ties. */
export function buildGraph(analyses: ArticleAnalysis[], corrections: Corrections = NO_CORRECTIONS): KnowledgeGraph {
  const graph = emptyGraph();
  const sorted = [...analyses].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  const documents: GraphAttributes['documents'] = {};
  for (const a of sorted) {
    const typed = a.relations.filter((r) => r.kind !== 'cooccurrence').length;
    documents[a.document.id] = { ...a.document, entities: a.entities.length, relations: typed };
  }
  const { nodeOf, reasons } = assignNodes(sorted, corrections);
  const drafts = new Map<string, NodeDraft>();
  for (const a of sorted) {
    for (const e of a.entities) mergeNode(drafts, nodeOf.get(assignmentKey(a.document.id, e.id)) ?? e.id, e, a.document.id);
  }
  addNodes(graph, drafts);
  const seen: EvidenceIndex = new Map();
  for (const a of sorted) {
    const doc = a.document.id;
    const map = (id: string) => nodeOf.get(assignmentKey(doc, id)) ?? id;
    for (const r of a.relations) mergeEdge(graph, seen, { ...r, source: map(r.source), target: map(r.target) }, doc);
  }
  for (const [node, list] of reasons) if (graph.hasNode(node)) graph.setNodeAttribute(node, 'merges', list);
  graph.setAttribute('documents', documents);
  graph.forEachNode((node, n) => graph.setNodeAttribute(node, 'size', nodeSize(n.mentions, graph.degree(node))));
  graph.forEachEdge((edge, e) => graph.setEdgeAttribute(edge, 'size', Math.min(6, 0.5 + Math.log2(1 + e.weight))));
  return graph;
}
