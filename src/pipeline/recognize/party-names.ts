// "Meloni, whose Brothers of Italy party gained ground": a party named "<Words> of <Country>", written before a lower-case
// "party" or "movement". The tagger reads the country alone and leaves the words before "of" out. Capitalised words that
// no span holds, "of", the tagger's one country and a lower-case kind of political body after it are the party's name.
import { lookupPlace } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { spanString } from './typing.ts';
import { FUNCTION_WORDS } from './words.ts';

/** Lower-case kinds of political body a party's name is written before. */
const PARTY_KINDS = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc']);

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export function withPartiesOfCountries(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const covered = new Uint8Array(toks.length);
  for (const c of candidates) covered.fill(1, c.start, c.end);
  let changed = false;
  const out = candidates.map((c) => {
    if (c.label !== 'LOC' || !PARTY_KINDS.has(toks[c.end]?.text ?? '') || doc.lower[c.start - 1] !== 'of') return c;
    const sentence = toks[c.start]!.sentence;
    if (doc.capsHeadings.has(sentence) || !lookupPlace(spanString(doc, c.start, c.end)).some((e) => e.type === 'country')) return c;
    let k = c.start - 1;
    while (k - 1 >= 0 && k > c.start - 5 && toks[k - 1]!.sentence === sentence && !covered[k - 1] && NAME_WORD.test(toks[k - 1]!.text)
      && !FUNCTION_WORDS.has(doc.lower[k - 1]!) && !doc.initial.has(k - 1)) k--;
    if (k === c.start - 1) return c;
    changed = true;
    return { start: k, end: c.end, label: 'ORG' as const, reason: `${c.reason}; "${spanString(doc, k, c.start)}" before it and "${toks[c.end]!.text}" after: a party's name` };
  });
  return changed ? out : candidates;
}
