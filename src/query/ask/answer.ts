// The shape of an answer to a question, and the helpers every answer builder
// uses to collect entities and evidence and to render readable lines.
import type { EvidenceRef } from '../../types.ts';
import type { EntityRef, RelationView } from '../relations.ts';
import { evidenceLine, qualifiers, relationLine } from '../relations.ts';
import type { GraphPath } from '../paths.ts';

export type AnswerForm =
  | 'connections' | 'path' | 'common' | 'relation' | 'yes-no' | 'role-holder' | 'role-of' | 'location' | 'summary';

export interface Answer {
  question: string;
  /** Which question form was understood. */
  form: AnswerForm;
  /** The readable answer (several lines), as `kg ask` prints it. */
  text: string;
  /** Entities named in the question, as resolved. */
  subjects: EntityRef[];
  /** Entities that answer the question (for listing and highlighting). */
  entities: EntityRef[];
  relations: RelationView[];
  paths: GraphPath[];
  /** Every evidence sentence cited, without duplicates. */
  evidence: EvidenceRef[];
  /** Results were cut to the limit. */
  truncated: boolean;
}

export interface AskOptions {
  /** Most relations or entities listed (default 25). */
  limit?: number;
  /** Hop limit for path questions (default 4). */
  maxHops?: number;
  /** Most tied paths listed (default 5). */
  maxPaths?: number;
}

export const ASK_DEFAULTS = { limit: 25, maxHops: 4, maxPaths: 5 } as const;

/** Most entities an answer carries (a hub may have thousands of neighbours). */
export const MAX_ANSWER_ENTITIES = 500;

export function collectEvidence(relations: RelationView[], paths: GraphPath[] = []): EvidenceRef[] {
  const out: EvidenceRef[] = [];
  const seen = new Set<string>();
  const add = (e: EvidenceRef) => {
    const k = `${e.doc}:${e.start}:${e.end}`;
    if (!seen.has(k)) { seen.add(k); out.push(e); }
  };
  for (const r of relations) r.evidence.forEach(add);
  for (const p of paths) for (const h of p.hops) h.relation.evidence.forEach(add);
  return out;
}

export function uniqueEntities(list: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** A relation and its first evidence sentence, indented for a list. */
export function relationLines(r: RelationView, indent = '  '): string[] {
  const lines = [`${indent}${relationLine(r)}`];
  const ev = evidenceLine(r);
  if (ev) lines.push(`${indent}    ${ev}`);
  return lines;
}

export function pathLines(p: GraphPath, index: number, total: number): string[] {
  const head = total > 1 ? `Path ${index + 1} of ${total}` : 'Path';
  const lines = [`${head} (${p.hops.length} hop${p.hops.length === 1 ? '' : 's'}): ${p.nodes.map((n) => n.label).join(' -> ')}`];
  p.hops.forEach((h, i) => {
    const r = h.relation;
    const forward = r.source.id === h.from.id;
    const arrow = forward ? `${h.from.label} -[${r.predicate}]-> ${h.to.label}` : `${h.from.label} <-[${r.predicate}]- ${h.to.label}`;
    const flags = [r.kind === 'cooccurrence' ? 'co-occurrence' : r.kind, ...qualifiers(r)];
    const more = h.otherRelations ? `, +${h.otherRelations} other relation${h.otherRelations === 1 ? '' : 's'}` : '';
    lines.push(`  ${i + 1}. ${arrow} (${flags.join(', ')}${more})`);
    const ev = evidenceLine(r);
    if (ev) lines.push(`       ${ev}`);
  });
  return lines;
}
