// A relation as answers show it: both ends with their labels, the predicate and
// its evidence sentences. The same view is printed by the CLI, returned by the
// API and highlighted by the viewer, so it carries ids as well as labels.
import type { EdgeAttributes, EntityType, EvidenceRef, KnowledgeGraph, RelationKind } from '../types.ts';
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
  /** The first few evidence sentences (see evidenceCount for how many there are). */
  evidence: EvidenceRef[];
  evidenceCount: number;
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
    evidence: evidence.slice(0, maxEvidence),
    evidenceCount: evidence.length,
  };
}

/** Stated before hinted, asserted before negated or hypothetical, then the best supported. */
export function compareRelations(a: RelationView, b: RelationView): number {
  const flag = (r: RelationView) => (r.negated ? 2 : r.hypothetical ? 1 : 0);
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
  const flags = [r.negated ? 'negated' : '', r.hypothetical ? 'hypothetical' : ''].filter(Boolean);
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
