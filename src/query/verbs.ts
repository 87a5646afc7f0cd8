// Match a question's verb ("recognized", "met", "condemns") against relation
// predicates and CAMEO codes, through the verb groups of data/verbs.ts and a
// few regular English inflection rules.
import type { EdgeAttributes } from '../types.ts';
import { VERB_GROUPS, type VerbGroup } from './data/verbs.ts';

/** Base forms a word could be an inflection of ("recognized" -> recognize, recognized, recogniz...). */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>([w]);
  const add = (s: string) => { if (s.length >= 2) out.add(s); };
  const undouble = (s: string) => (/([bcdfgklmnprstvz])\1$/.test(s) ? s.slice(0, -1) : s);
  if (w.endsWith('ies') || w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ing')) { const s = w.slice(0, -3); add(s); add(s + 'e'); add(undouble(s)); }
  if (w.endsWith('ed')) { const s = w.slice(0, -2); add(s); add(w.slice(0, -1)); add(undouble(s)); }
  if (w.endsWith('es')) { add(w.slice(0, -2)); add(w.slice(0, -1)); }
  else if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  return [...out];
}

const groupByForm = new Map<string, VerbGroup>();
for (const g of VERB_GROUPS) {
  for (const base of [g.lemma, ...g.synonyms, ...(g.irregular ?? [])]) if (!base.includes(' ')) groupByForm.set(base, g);
}

/** The verb group a word belongs to, if the lexicon knows it. */
export function verbGroup(word: string): VerbGroup | null {
  for (const b of baseForms(word)) {
    const g = groupByForm.get(b);
    if (g) return g;
  }
  return null;
}

/** What a question's verb is matched with: the lexicon group, or the word's own base forms. */
export interface VerbQuery {
  word: string;
  lemma: string;
  group: VerbGroup | null;
  symmetric: boolean;
}

export function verbQuery(word: string): VerbQuery {
  const group = verbGroup(word);
  return { word, lemma: group?.lemma ?? baseForms(word).at(-1) ?? word, group, symmetric: !!group?.symmetric };
}

function groupWords(q: VerbQuery): Set<string> {
  if (q.group) return new Set([q.group.lemma, ...q.group.synonyms, ...(q.group.irregular ?? [])]);
  return new Set(baseForms(q.word));
}

/** Does this relation state the verb (by predicate wording or CAMEO class)? Co-occurrence never does. */
export function relationMatchesVerb(e: EdgeAttributes, q: VerbQuery): boolean {
  if (e.kind === 'cooccurrence') return false;
  if (q.group && e.cameo && q.group.cameo.some((p) => e.cameo!.startsWith(p))) return true;
  const words = groupWords(q);
  const predicate = `${e.predicate ?? ''} ${e.label ?? ''}`.toLowerCase();
  for (const token of predicate.split(/[^a-z]+/)) {
    if (!token) continue;
    if (words.has(token)) return true;
    for (const b of baseForms(token)) if (words.has(b)) return true;
  }
  for (const w of words) if (w.includes(' ') && predicate.includes(w)) return true;
  return false;
}

/** Could this word be a verb the graph or the lexicon knows? */
export function isKnownVerb(word: string, predicateWords: Set<string>): boolean {
  if (verbGroup(word)) return true;
  return baseForms(word).some((b) => predicateWords.has(b));
}
