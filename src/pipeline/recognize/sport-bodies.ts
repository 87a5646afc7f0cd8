// "Sri Lanka Cricket", "Zimbabwe Cricket", "Athletics Kenya", "Cricket Australia": many national sports bodies are named
// by their country and their sport, with nothing else. The tagger reads the country alone as the place and leaves the
// sport's word out, so the body's doings go to the country. A country or a region the tagger read as a place, with a
// sport's capitalised word right after it that no span holds (closing the run of capitals, or before "'s") or right
// before it (after no other capitalised word), is the body's name. Not in headlines (every word capitalised there),
// nor when the run goes on ("Pakistan Football Federation" is the tagger's to read: a longer name).
import { lookupPlace } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { spanString } from './typing.ts';

/** Sports whose national governing bodies go by "<Country> <Sport>" or "<Sport> <Country>" alone. */
const SPORT_WORDS = new Set([
  'cricket', 'rugby', 'football', 'athletics', 'swimming', 'gymnastics', 'tennis', 'hockey', 'cycling', 'netball', 'golf',
  'basketball', 'volleyball', 'rowing', 'sailing', 'boxing', 'judo', 'badminton', 'triathlon', 'archery', 'canoe', 'skiing',
]);

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

export function withSportBodies(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const covered = new Uint8Array(toks.length);
  for (const c of candidates) covered.fill(1, c.start, c.end);
  const sport = (k: number) => k >= 0 && k < toks.length && !covered[k] && TITLE_WORD.test(toks[k]!.text) && SPORT_WORDS.has(doc.lower[k]!);
  let changed = false;
  const out = candidates.map((c) => {
    if (c.label !== 'LOC') return c;
    const sentence = toks[c.start]!.sentence;
    if (doc.titleCaseHeadings.has(sentence) || doc.capsHeadings.has(sentence)) return c;
    if (!lookupPlace(spanString(doc, c.start, c.end)).some((e) => e.type === 'country' || e.type === 'region')) return c;
    const after = c.end;
    if (sport(after) && toks[after]!.sentence === sentence && (!doc.nameToken[after + 1] || /^['’]s$/.test(toks[after + 1]?.text ?? ''))) {
      changed = true;
      return { start: c.start, end: after + 1, label: 'ORG' as const, reason: `${c.reason}; a country and the sport "${toks[after]!.text}" after it: its national body` };
    }
    const before = c.start - 1;
    if (sport(before) && toks[before]!.sentence === sentence && !doc.nameToken[before - 1] && !doc.nameToken[c.end]) {
      changed = true;
      return { start: before, end: c.end, label: 'ORG' as const, reason: `${c.reason}; the sport "${toks[before]!.text}" before a country: its national body` };
    }
    return c;
  });
  return changed ? out : candidates;
}
