// "the victims came from Mayibout, a village on the Ivindo river": a name the tagger left out and
// no gazetteer knows, described in apposition as a kind of settlement, is that place. The
// description must open with "a" or "the", at most two lower-case words before the place noun
// ("a small fishing village"), and the noun must not go on into another noun ("a village elder").
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { FUNCTION_WORDS } from './words.ts';

/** Nouns for a settlement, after which an apposition names a place ("X, a village"). */
const SETTLEMENT_NOUNS = new Set(['village', 'town', 'city', 'hamlet', 'township', 'settlement', 'suburb', 'port', 'oasis']);
/** Words that may stand between the article and the settlement noun. */
const DESCRIBING_WORD = /^[a-z][a-z-]*$/;
/** Words after the settlement noun that show it is a modifier of another noun ("a village elder", "a town council"). */
const NOUN_AFTER = new Set(['council', 'councils', 'elder', 'elders', 'hall', 'square', 'centre', 'center', 'chief', 'head', 'official', 'officials', 'police', 'mayor', 'authorities']);

export function placesDescribedInApposition(doc: DocFacts, covered: Uint8Array): Candidate[] {
  const toks = doc.seg.tokens;
  const out: Candidate[] = [];
  for (const s of doc.seg.sentences) {
    if (s.boilerplate || doc.capsHeadings.has(s.index)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i] || !doc.nameToken[i] || (i > s.tokenStart && doc.nameToken[i - 1])) continue;
      let end = i + 1;
      while (end < s.tokenEnd && end < i + 3 && doc.nameToken[end] && !covered[end]) end++;
      const first = i;
      i = end - 1;
      // a sentence's first word may be any word written with a capital
      if (doc.initial.has(first) && (FUNCTION_WORDS.has(doc.lower[first]!) || doc.lowerWords.has(doc.lower[first]!))) continue;
      if (toks[end]?.text !== ',' || !/^(?:a|an|the)$/.test(doc.lower[end + 1] ?? '')) continue;
      let k = end + 2;
      while (k < s.tokenEnd && k < end + 4 && !SETTLEMENT_NOUNS.has(doc.lower[k]!) && DESCRIBING_WORD.test(toks[k]!.text)) k++;
      if (!SETTLEMENT_NOUNS.has(toks[k]?.text ?? '') || NOUN_AFTER.has(doc.lower[k + 1] ?? '')) continue;
      out.push({ start: first, end, label: 'LOC', reason: `name described in apposition as a ${toks[k]!.text} (missed by the tagger)` });
    }
  }
  return out;
}
