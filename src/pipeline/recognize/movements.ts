// Two readings of one-word names that are about movements and faiths, not people:
// - "Taleban fighters ... the Taleban's advance ... arming the Taleban,": a word written before a noun for the
//   members of an armed group ("fighters", "militia") and, elsewhere, after "the" with no noun after it (the
//   word used as a noun) names the armed movement: an organisation, whatever the tagger read (it reads such a
//   word as a nationality adjective or as a person).
// - "strict Islamic law", "Muslim leaders": a word for a faith or its followers before a noun it qualifies is an
//   adjective, never a person's name (the tagger sometimes reads it as one).
import type { DocFacts } from './document.ts';
import { FUNCTION_WORDS } from './words.ts';
import { lookupDemonym, lookupPlace, nameKey } from '../gazetteer/index.ts';

/** Nouns for the members of an armed group, after the group's name ("Taleban fighters", "Houthi militia"). */
const ARMED_MEMBER_NOUNS = new Set(['fighters', 'militia', 'militias', 'militiamen', 'militants', 'guerrillas', 'guerrilla', 'rebels', 'insurgents', 'gunmen']);

/** Words for a faith or its followers (adjectives before a noun; "Christian" is also a given name, see the caller). */
export const FAITH_WORDS = new Set(['islamic', 'islamist', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'buddhist', 'hindu', 'sikh',
  'shia', 'shiite', "shi'ite", 'sunni', 'orthodox', 'evangelical', 'druze', 'coptic', 'lutheran', 'anglican']);

/** The name keys of one-word names the article uses both before an armed group's member noun and as a noun after "the". */
export function armedGroupNames(doc: DocFacts): Set<string> {
  const toks = doc.seg.tokens;
  const beforeMembers = new Set<string>();
  const asNoun = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (!doc.nameToken[i] || doc.initial.has(i) || !/^\p{Lu}\p{Ll}{2,}$/u.test(toks[i]!.text)) continue;
    const key = nameKey(toks[i]!.text);
    const same = (k: number) => k < toks.length && toks[k]!.sentence === toks[i]!.sentence;
    // ("Taleban Islamic militia": one faith word may stand between)
    const k = same(i + 1) && FAITH_WORDS.has(doc.lower[i + 1]!) ? i + 2 : i + 1;
    if (same(k) && ARMED_MEMBER_NOUNS.has(toks[k]!.text)) beforeMembers.add(key);
    const next = same(i + 1) ? toks[i + 1]!.text : '.';
    if (doc.lower[i - 1] === 'the' && (/^[,.;:)]$/.test(next) || /^['’]s?$/.test(next) || FUNCTION_WORDS.has(next))) asNoun.add(key);
  }
  const out = new Set<string>();
  for (const key of beforeMembers) {
    if (!asNoun.has(key) || FAITH_WORDS.has(key) || lookupDemonym(key.charAt(0).toUpperCase() + key.slice(1)) || lookupPlace(key).length) continue;
    out.add(key);
  }
  return out;
}

/** Verbs a person's name stands before ("Christian said"): not a noun a faith word qualifies. */
const VERBS_AFTER_NAMES = new Set(['said', 'says', 'told', 'added', 'was', 'is', 'has', 'had', 'will', 'would', 'wrote', 'asked', 'replied']);

/** "strict Islamic law": a faith word right before a lower-case word of the same sentence (not a verb). */
export function faithAdjective(doc: DocFacts, start: number, end: number): boolean {
  if (end !== start + 1 || !FAITH_WORDS.has(doc.lower[start]!)) return false;
  const next = doc.seg.tokens[end];
  return !!next && next.sentence === doc.seg.tokens[start]!.sentence && /^\p{Ll}{3,}$/u.test(next.text) && !FUNCTION_WORDS.has(next.text) && !VERBS_AFTER_NAMES.has(next.text);
}
