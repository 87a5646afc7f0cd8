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

function mergeNode(graph: KnowledgeGraph, node: string, e: Entity, docId: string): void {
  if (!graph.hasNode(node)) {
    const attrs: NodeAttributes = {
      label: e.name,
      type: e.type,
      aliases: [...new Set(e.aliases.filter((a) => a !== e.name))].sort(),
      mentions: e.mentions.length,
      documents: [docId],
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS[e.type] ?? TYPE_COLORS.other,
      ...(e.gazetteerId ? { gazetteerId: e.gazetteerId } : {}),
    };
    graph.addNode(node, attrs);
    return;
  }
  const n = graph.getNodeAttributes(node);
  {
    const aliases = new Set([...n.aliases, ...e.aliases]);
    let label = n.label;
    // keep the fullest name as the label
    if (e.name.length > label.length && !e.gazetteerId) { aliases.add(label); label = e.name; }
    else if (e.name !== label) aliases.add(e.name);
    aliases.delete(label);
    const type = TYPE_RANK.indexOf(e.type) > TYPE_RANK.indexOf(n.type) && !n.gazetteerId ? e.type : n.type;
    graph.replaceNodeAttributes(node, {
      ...n,
      label,
      type,
      color: TYPE_COLORS[type] ?? TYPE_COLORS.other,
      aliases: [...aliases].sort(),
      mentions: n.mentions + e.mentions.length,
      documents: n.documents.includes(docId) ? n.documents : [...n.documents, docId],
    });
  }
}

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
    attrs.evidence.push({ doc: docId, text: s.text, start: s.start, end: s.end } satisfies EvidenceRef);
  }
  attrs.weight = attrs.evidence.length;
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
  for (const a of sorted) {
    for (const e of a.entities) mergeNode(graph, nodeOf.get(assignmentKey(a.document.id, e.id)) ?? e.id, e, a.document.id);
  }
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
