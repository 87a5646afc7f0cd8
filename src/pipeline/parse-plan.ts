// What the second half of an article's analysis parses, and with which names: the sentences
// where a relation can be read off the parse, tagged with the resolved names. analyze.ts parses
// them lazily; a `kg extract` helper thread that has time to spare parses them ahead
// (store/first-halves.ts), and the parse stage then hands out those trees instead of parsing
// again: a sentence's parse depends only on its words and the names, not on the thread.
import type { EntityType, ParsedSentence, Resolved, Segmented } from '../types.ts';
import type { NameSpan } from './parse/name-tags.ts';

/** Entity types that are places (as relate/classes.ts PLACE_TYPES: this module stays free of the relate stage's code, which the first-half helper thread does not load). */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['country', 'region', 'city', 'location']);

/** Sentences parsed before the second half asks for them, by sentence index (null: a sentence with no words). */
export type ParsedAhead = Map<number, ParsedSentence | null>;

/**
 * Sentences where a relation can be read off the parse: those naming two or more different
 * entities, boilerplate lines (never a source of relations) left out. Parsing is the costly
 * part of the analysis, so only these are parsed. Given `isPresenceWord` (relate/grammar/presence.ts, handed in
 * by analyze.ts), a sentence naming one place is parsed too when "he" or "she" and a verb of presence are written in
 * it: the pronoun is the second party ('"...," he told reporters in Canberra'). Without it (a helper thread parsing
 * ahead, which does not load the relate stage) such sentences are left to be parsed when the second half asks.
 */
export function sentencesWithPairs(seg: Segmented, resolved: Resolved, isPresenceWord?: (word: string) => boolean): (sentenceIndex: number) => boolean {
  const first = new Map<number, string>();
  const pair = new Uint8Array(seg.sentences.length);
  const place = new Uint8Array(seg.sentences.length);
  const placeStarts = new Set<number>();
  for (const m of resolved.mentions) {
    const s = m.sentence;
    if (s < 0 || s >= pair.length || pair[s] || seg.sentences[s]!.boilerplate) continue;
    if (PLACE_TYPES.has(m.type) && m.metonymy !== 'demonym') { place[s] = 1; placeStarts.add(m.start); }
    const e = first.get(s);
    if (e === undefined) first.set(s, m.entity);
    else if (e !== m.entity) pair[s] = 1;
  }
  for (const sentence of isPresenceWord ? seg.sentences : []) {
    const s = sentence.index;
    if (pair[s] || !place[s] || sentence.heading) continue;
    // (the place after "in" or "at": "settle the dispute with Beijing, he added" places nobody)
    let pronoun = false, present = false, at = false;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const w = seg.tokens[t]!.text.toLowerCase();
      if (w === 'he' || w === 'she') pronoun = true;
      else if (isPresenceWord!(w)) present = true;
      else if ((w === 'in' || w === 'at') && placeStarts.has(seg.tokens[t + 1]?.start ?? -1)) at = true;
    }
    if (pronoun && present && at) pair[s] = 1;
  }
  return (i) => pair[i] === 1;
}

/** The resolved mentions as the parser's name spans (a nationality word standing for its country is an adjective). */
export function nameSpans(resolved: Resolved): NameSpan[] {
  return resolved.mentions
    .map((m) => ({ start: m.start, end: m.end, adjective: m.metonymy === 'demonym' }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Parses one sentence of an article with the given names (DependencyParser.parseSentence). */
export type SentenceParser = (seg: Segmented, index: number, names: readonly NameSpan[]) => ParsedSentence | null;

/** The trees the second half would read for `seg` (the sentences with pairs, tagged with the resolved names), parsed now. */
export function parseAhead(seg: Segmented, resolved: Resolved, parseSentence: SentenceParser): ParsedAhead {
  const which = sentencesWithPairs(seg, resolved);
  const names = nameSpans(resolved);
  const out: ParsedAhead = new Map();
  for (const s of seg.sentences) if (which(s.index)) out.set(s.index, parseSentence(seg, s.index, names));
  return out;
}
