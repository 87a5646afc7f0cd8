// A relation as answers show it: both ends with their labels, the predicate and
// its evidence sentences. The same view is printed by the CLI, returned by the
// API and highlighted by the viewer, so it carries ids as well as labels.
import type { EdgeAttributes, EntityType, EvidenceRef, KnowledgeGraph, RelationBasis, RelationKind } from '../types.ts';
import { KIND_ORDER } from './data/costs.ts';

export interface EntityRef {
  id: string;
  label: string;
  type: EntityType;
}

export interface RelationView {
  id: string;
  source: EntityRef;
  target: EntityRef;
  kind: RelationKind;
  predicate: string;
  cameo: string | null;
  weight: number;
  confidence: number;
  negated: boolean;
  hypothetical: boolean;
  /** stated by an article, read from an article's context, or world knowledge no article states. */
  basis: RelationBasis;
  /** The first few evidence sentences (see evidenceCount for how many there are). */
  evidence: EvidenceRef[];
  evidenceCount: number;
  /** Dates of its earliest and latest statements, when they are dated. */
  firstSeen?: string;
  lastSeen?: string;
}

export function entityRef(graph: KnowledgeGraph, id: string): EntityRef {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label ?? id, type: a.type ?? 'other' };
}

export function relationView(graph: KnowledgeGraph, edge: string, maxEvidence = 3): RelationView {
  const a = graph.getEdgeAttributes(edge) as EdgeAttributes;
  const evidence = Array.isArray(a.evidence) ? a.evidence : [];
  return {
    id: edge,
    source: entityRef(graph, graph.source(edge)),
    target: entityRef(graph, graph.target(edge)),
    kind: a.kind,
    predicate: a.predicate ?? a.label ?? '',
    cameo: a.cameo ?? null,
    weight: a.weight ?? 1,
    confidence: a.confidence ?? 0,
    negated: !!a.negated,
    hypothetical: !!a.hypothetical,
    basis: a.basis === 'knowledge' || a.basis === 'context' ? a.basis : 'stated',
    evidence: evidence.slice(0, maxEvidence),
    evidenceCount: evidence.length,
    ...(a.firstSeen ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen ?? a.firstSeen } : {}),
  };
}

/** Is the relation something an article asserts as fact (not negated, hypothetical or mere world knowledge)? */
export const isAsserted = (r: RelationView) => !r.negated && !r.hypothetical && r.basis !== 'knowledge';

/** What a reader must be told about a relation that is not plainly stated: negated, hypothetical, context, knowledge. */
export function qualifiers(r: RelationView): string[] {
  const out: string[] = [];
  if (r.negated) out.push('negated');
  if (r.hypothetical) out.push('hypothetical');
  if (r.basis === 'context') out.push("inferred from the article's context");
  if (r.basis === 'knowledge') out.push('world knowledge, not stated in an article');
  return out;
}

/** Stated before hinted, asserted before negated, hypothetical or world knowledge, then the best supported. */
export function compareRelations(a: RelationView, b: RelationView): number {
  const flag = (r: RelationView) => (r.negated ? 3 : r.hypothetical ? 2 : r.basis === 'knowledge' ? 1 : 0);
  return (
    (KIND_ORDER[a.kind] ?? 5) - (KIND_ORDER[b.kind] ?? 5) ||
    flag(a) - flag(b) ||
    b.weight - a.weight ||
    b.confidence - a.confidence ||
    a.source.label.localeCompare(b.source.label) ||
    a.target.label.localeCompare(b.target.label)
  );
}

/**
 * "Dmytro Kuleba -[foreign minister of]-> Ukraine", with the qualifiers a reader
 * needs; given the same pair's co-occurrence, it is told on the same line
 * ("role, co-occurring in 2 sentences") rather than as a relation of its own.
 */
export function relationLine(r: RelationView, cooccurrence?: RelationView): string {
  const flags = qualifiers(r);
  const sentences = (n: number) => `${n} sentence${n === 1 ? '' : 's'}`;
  const kind = r.kind === 'cooccurrence' ? `co-occurs in ${sentences(r.weight)}` : r.kind;
  const together = cooccurrence ? [`co-occurring in ${sentences(cooccurrence.weight)}`] : [];
  return `${r.source.label} -[${r.predicate}]-> ${r.target.label} (${[kind, ...flags, ...together].join(', ')})`;
}

/**
 * An evidence sentence on one line, in quotation marks: straight ones, or
 * typographic ones when the sentence itself starts or ends with a quotation
 * mark (a quote from a speaker), so the marks never double up ("" ... "").
 */
export function quoteEvidence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return /^["“”]|["“”]$/.test(line) ? `“${line}”` : `"${line}"`;
}

/** The first evidence sentence, quoted on one line. */
export function evidenceLine(r: RelationView): string | null {
  const e = r.evidence[0];
  if (!e) return null;
  const more = r.evidenceCount > 1 ? ` (+${r.evidenceCount - 1} more)` : '';
  return `${quoteEvidence(e.text)}${more}`;
}
