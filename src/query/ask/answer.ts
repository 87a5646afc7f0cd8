// The shape of an answer to a question, and the helpers every answer builder
// uses to collect entities and evidence and to render readable lines.
import type { EvidenceRef } from '../../types.ts';
import type { EntityRef, RelationView } from '../relations.ts';
import { evidenceLine, relationLine } from '../relations.ts';
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

/** A relation and its first evidence sentence, indented for a list (with its pair's co-occurrence folded in, if given). */
export function relationLines(r: RelationView, indent = '  ', cooccurrence?: RelationView): string[] {
  const lines = [`${indent}${relationLine(r, cooccurrence)}`];
  const ev = evidenceLine(r);
  if (ev) lines.push(`${indent}    ${ev}`);
  return lines;
}

/**
 * Relations listed pair by pair, in the order of each pair's best relation: every
 * stated relation of the pair on its own line, and the pair's co-occurrence (the
 * same sentences, usually) folded into the first of them; a pair that only
 * co-occurs keeps its own line. Stops after the pair that reaches `limit`
 * relations; `shown` are the relations the lines cover.
 */
export function pairLines(relations: RelationView[], limit: number): { lines: string[]; shown: RelationView[] } {
  const groups = new Map<string, RelationView[]>();
  for (const r of relations) {
    const key = r.source.id < r.target.id ? `${r.source.id}\u0000${r.target.id}` : `${r.target.id}\u0000${r.source.id}`;
    const group = groups.get(key);
    if (group) group.push(r); else groups.set(key, [r]);
  }
  const lines: string[] = [];
  const shown: RelationView[] = [];
  for (const group of groups.values()) {
    if (shown.length >= limit) break;
    const stated = group.filter((r) => r.kind !== 'cooccurrence');
    const together = group.find((r) => r.kind === 'cooccurrence');
    if (!stated.length) {
      for (const r of group) lines.push(...relationLines(r));
      shown.push(...group);
      continue;
    }
    stated.forEach((r, i) => lines.push(...relationLines(r, '  ', i === 0 ? together : undefined)));
    shown.push(...stated, ...(together ? [together] : []));
  }
  return { lines, shown };
}

export function pathLines(p: GraphPath, index: number, total: number): string[] {
  const head = total > 1 ? `Path ${index + 1} of ${total}` : 'Path';
  const lines = [`${head} (${p.hops.length} hop${p.hops.length === 1 ? '' : 's'}): ${p.nodes.map((n) => n.label).join(' -> ')}`];
  p.hops.forEach((h, i) => {
    const r = h.relation;
    const forward = r.source.id === h.from.id;
    const arrow = forward ? `${h.from.label} -[${r.predicate}]-> ${h.to.label}` : `${h.from.label} <-[${r.predicate}]- ${h.to.label}`;
    const flags = [r.kind === 'cooccurrence' ? 'co-occurrence' : r.kind, r.negated ? 'negated' : '', r.hypothetical ? 'hypothetical' : ''].filter(Boolean);
    const more = h.otherRelations ? `, +${h.otherRelations} other relation${h.otherRelations === 1 ? '' : 's'}` : '';
    lines.push(`  ${i + 1}. ${arrow} (${flags.join(', ')}${more})`);
    const ev = evidenceLine(r);
    if (ev) lines.push(`       ${ev}`);
  });
  return lines;
}
