// Turn what a user typed into one entity id, or fail with a "did you mean"
// list. Every command, API route and question goes through here so that a name
// that works in one place works everywhere.
import type { EntityType, KnowledgeGraph } from '../types.ts';
import { InputError } from '../errors.ts';
import { editDistance, normalizeName } from './normalize.ts';
import { MINOR_WORDS, nameIndex } from './name-index.ts';

export interface ResolvedName {
  id: string;
  label: string;
  /**
   * How the name matched: 'id', 'label-or-alias', 'surname', 'first-name' (only when one person has it),
   * 'acronym', 'partial' (the words typed, in order, in exactly one entity's name; a letter stands for a word).
   */
  match: 'id' | 'label-or-alias' | 'surname' | 'first-name' | 'acronym' | 'partial';
  /** Other entities the same text could mean, most mentioned first. */
  alternatives: string[];
}

function byMentions(graph: KnowledgeGraph, ids: string[]): string[] {
  return [...ids].sort((a, b) => (graph.getNodeAttribute(b, 'mentions') ?? 0) - (graph.getNodeAttribute(a, 'mentions') ?? 0));
}

/** What a name may mean: one entity, several equally (ambiguous), or nothing. */
type Lookup = ResolvedName | { ambiguous: string[] } | null;

/** Resolve a name, or return null when nothing (or more than one entity equally) matches; no suggestions computed. */
export function tryResolveEntity(graph: KnowledgeGraph, name: string): ResolvedName | null {
  const hit = lookup(graph, name);
  return hit && 'id' in hit ? hit : null;
}

function lookup(graph: KnowledgeGraph, name: string): Lookup {
  const raw = name.trim();
  if (!raw) return null;
  if (graph.hasNode(raw)) return { id: raw, label: graph.getNodeAttribute(raw, 'label') ?? raw, match: 'id', alternatives: [] };
  const norm = normalizeName(raw);
  if (!norm) return null;
  const index = nameIndex(graph);
  const exact = index.exact.get(norm);
  if (exact?.length) {
    // Label matches were indexed first; among several, the most mentioned wins.
    const labelHits = exact.filter((id) => normalizeName(graph.getNodeAttribute(id, 'label') ?? id) === norm);
    const ordered = [...byMentions(graph, labelHits), ...byMentions(graph, exact.filter((id) => !labelHits.includes(id)))];
    return { id: ordered[0]!, label: graph.getNodeAttribute(ordered[0]!, 'label'), match: 'label-or-alias', alternatives: ordered.slice(1) };
  }
  const bySurname = index.surname.get(norm);
  if (bySurname?.length) {
    const ordered = byMentions(graph, bySurname);
    return { id: ordered[0]!, label: graph.getNodeAttribute(ordered[0]!, 'label'), match: 'surname', alternatives: ordered.slice(1) };
  }
  // The first word of exactly one person's name: family names come first in many languages
  // ("Choe" for Choe Sun Hui). Shared first words are given names and stay ambiguous.
  const byFirst = index.firstName.get(norm);
  if (byFirst?.length === 1) {
    return { id: byFirst[0]!, label: graph.getNodeAttribute(byFirst[0]!, 'label'), match: 'first-name', alternatives: [] };
  }
  // Capitals only ("US", "U.S.", "EU"): the initials of a longer name.
  const letters = raw.replace(/^the\s+/i, '').replace(/[.\s]/g, '');
  if (/^\p{Lu}{2,6}$/u.test(letters)) {
    const byAcronym = index.acronym.get(normalizeName(letters));
    if (byAcronym?.length) {
      const ordered = byMentions(graph, byAcronym);
      return { id: ordered[0]!, label: graph.getNodeAttribute(ordered[0]!, 'label'), match: 'acronym', alternatives: ordered.slice(1) };
    }
  }
  const partial = partialMatches(graph, norm);
  if (partial.length === 1) return { id: partial[0]!, label: graph.getNodeAttribute(partial[0]!, 'label'), match: 'partial', alternatives: [] };
  if (partial.length > 1) return { ambiguous: byMentions(graph, partial) };
  if (byFirst && byFirst.length > 1) return { ambiguous: byMentions(graph, byFirst) };
  return null;
}

/**
 * Does `query` name `form` in part: its words appear in the form in the same
 * order, each whole or, for a single letter, as a word's initial
 * ("lula" and "lula da silva" in "luiz inacio lula da silva", "d kuleba" in "dmytro kuleba")?
 */
function namesPart(query: string[], form: string[]): boolean {
  let j = 0;
  for (const q of query) {
    while (j < form.length && !(form[j] === q || (q.length === 1 && form[j]!.startsWith(q)))) j++;
    if (j === form.length) return false;
    j++;
  }
  return true;
}

/** Entities whose label or an alias the words of `norm` name in part; needs one word of 3+ letters that is not minor. */
function partialMatches(graph: KnowledgeGraph, norm: string): string[] {
  const words = norm.split(' ');
  const full = words.filter((w) => w.length >= 3 && !MINOR_WORDS.has(w));
  if (!full.length) return [];
  const index = nameIndex(graph);
  // Scan only the forms holding the rarest full word.
  let rarest: number[] | undefined;
  for (const w of full) {
    const list = index.words.get(w) ?? [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  const ids = new Set<string>();
  for (const i of rarest ?? []) {
    const form = index.forms[i]!;
    if (namesPart(words, form.norm.split(' '))) ids.add(form.id);
  }
  return [...ids];
}

/** Similarity in [0, 1] of two normalised names: the better of edit-distance ratio and word overlap. */
export function nameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const longest = Math.max(a.length, b.length);
  const ratio = 1 - editDistance(a, b, Math.ceil(longest / 2)) / longest;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let shared = 0;
  let close = 0;
  for (const w of wa) {
    if (wb.has(w)) shared++;
    else if (w.length >= 4) for (const v of wb) if (v.length >= 4 && editDistance(w, v, 1) <= 1) { close++; break; }
  }
  const overlap = (shared + 0.8 * close) / Math.max(wa.size, wb.size);
  const prefix = b.startsWith(a) || a.startsWith(b) ? 0.75 : 0;
  return Math.max(ratio, overlap, prefix);
}

/** Labels of the entities closest to `name`, best first (at most `limit`). */
export function suggestNames(graph: KnowledgeGraph, name: string, limit = 5, minScore = 0.6): string[] {
  const norm = normalizeName(name);
  if (!norm) return [];
  const best = new Map<string, number>();
  for (const form of nameIndex(graph).forms) {
    const score = nameSimilarity(norm, form.norm);
    if (score >= minScore && score > (best.get(form.id) ?? 0)) best.set(form.id, score);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || (graph.getNodeAttribute(b[0], 'mentions') ?? 0) - (graph.getNodeAttribute(a[0], 'mentions') ?? 0))
    .slice(0, limit)
    .map(([id]) => graph.getNodeAttribute(id, 'label') ?? id);
}

/** The error thrown for an unknown name: one line, with suggestions when there are any. */
export class UnknownEntityError extends InputError {
  readonly suggestions: string[];
  /** The name as the user typed it. */
  readonly query: string;
  constructor(name: string, suggestions: string[], message?: string) {
    const hint = suggestions.length
      ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
      : ', nor one with a similar name';
    super(message ?? `query: no entity named "${name}"${hint}`);
    this.name = 'UnknownEntityError';
    this.suggestions = suggestions;
    this.query = name;
  }
}

/** A name that fits several entities equally ("Korea", a first name two people share): which one? */
export class AmbiguousEntityError extends UnknownEntityError {
  constructor(name: string, candidates: string[]) {
    const shown = candidates.slice(0, 5).map((s) => `"${s}"`);
    const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown.join('');
    super(name, candidates, `query: "${name}" could be ${list}${candidates.length > 5 ? ` (or ${candidates.length - 5} more)` : ''}; did you mean one of them?`);
    this.name = 'AmbiguousEntityError';
  }
}

/** The error for a name that did not resolve: ambiguous (with the candidates) or unknown (with suggestions). */
export function unresolvedNameError(graph: KnowledgeGraph, name: string): UnknownEntityError {
  const hit = lookup(graph, name);
  if (hit && 'ambiguous' in hit) return new AmbiguousEntityError(name.trim(), hit.ambiguous.map((id) => graph.getNodeAttribute(id, 'label') ?? id));
  return new UnknownEntityError(name.trim(), suggestNames(graph, name));
}

/** Resolve a name or throw UnknownEntityError (an InputError): "did you mean" suggestions, or the candidates when ambiguous. */
export function resolveEntity(graph: KnowledgeGraph, name: string): ResolvedName {
  const hit = tryResolveEntity(graph, name);
  if (hit) return hit;
  throw unresolvedNameError(graph, name);
}

export interface EntityMatch {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
  score: number;
}

export interface FindOptions {
  type?: EntityType;
  limit?: number;
}

/** Search entities by name (exact, surname, prefix, word, substring, fuzzy); no query lists all, most mentioned first. */
export function findEntities(graph: KnowledgeGraph, query: string | undefined, opts: FindOptions = {}): EntityMatch[] {
  const norm = query ? normalizeName(query) : '';
  const scores = new Map<string, number>();
  if (!norm) {
    graph.forEachNode((id) => scores.set(id, 0));
  } else {
    for (const form of nameIndex(graph).forms) {
      let score = 0;
      if (form.norm === norm) score = 1;
      else if (form.norm.endsWith(' ' + norm)) score = 0.9;
      else if (form.norm.startsWith(norm)) score = 0.8;
      else if (form.norm.split(' ').includes(norm)) score = 0.75;
      else if (form.norm.includes(norm)) score = 0.6;
      else {
        const sim = nameSimilarity(norm, form.norm);
        if (sim >= 0.7) score = sim * 0.5;
      }
      if (score > (scores.get(form.id) ?? 0)) scores.set(form.id, score);
    }
  }
  const out: EntityMatch[] = [];
  for (const [id, score] of scores) {
    const a = graph.getNodeAttributes(id);
    if (opts.type && a.type !== opts.type) continue;
    out.push({ id, label: a.label ?? id, type: a.type, mentions: a.mentions ?? 0, documents: a.documents?.length ?? 0, score: Math.round(score * 1000) / 1000 });
  }
  out.sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.label.localeCompare(b.label));
  return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
}
