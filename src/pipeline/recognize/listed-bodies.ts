// "The two main unions involved, the CFDT and Force Ouvriere, said ...": a name of two or more capitalised
// words that the tagger left out, joined by "and" or a comma right after a name it read as an organisation,
// is a second organisation of the same list (names listed together are things of one kind). Only where no
// gazetteer places the words and none is a nationality word or a title, and not at a sentence's start.
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { lookupPlace, mayEndTitle, titleInfo } from '../gazetteer/index.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS } from './words.ts';

/** A word of a name: a capital and a lower-case letter ("Force", "Ouvriere"), or an acronym. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

export function bodiesListedAfterBodies(doc: DocFacts, taken: Candidate[], covered: Uint8Array): Candidate[] {
  const toks = doc.seg.tokens;
  const out: Candidate[] = [];
  for (const c of taken) {
    if (c.label !== 'ORG') continue;
    // ("Allkem of Australia and Livent of the United States": each body placed by "of" and a country, and then one word
    // will do)
    const placedEnd = countryOfAt(doc, c.end);
    const end = placedEnd > 0 ? placedEnd : c.end;
    const joiner = doc.lower[end];
    const start = end + 1;
    if ((joiner !== 'and' && joiner !== ',') || start >= toks.length || inHeadline(doc, toks[end - 1]!.sentence) || covered[start] || toks[start]!.sentence !== toks[end - 1]!.sentence) continue;
    let stop = start;
    while (stop < toks.length && stop < start + 5 && !covered[stop] && toks[stop]!.sentence === toks[start]!.sentence && NAME_WORD.test(toks[stop]!.text)) stop++;
    // two to four words, ending the capitalised run (one when both names are placed by "of" and a country)
    const placed = placedEnd > 0 && countryOfAt(doc, stop) > 0;
    if (stop - start < (placed ? 1 : 2) || stop - start > 4 || (stop < toks.length && toks[stop]!.sentence === toks[start]!.sentence && doc.nameToken[stop])) continue;
    const words = toks.slice(start, stop).map((t) => t.text);
    const text = spanString(doc, start, stop);
    if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || demonymOf(w)) || lookupPlace(text).length) continue;
    if (mayEndTitle(words[words.length - 1]!) && titleInfo(text)) continue;
    out.push({ start, end: stop, label: 'ORG', reason: `name listed after the organisation "${spanString(doc, c.start, c.end)}" (missed by the tagger)` });
  }
  return out;
}

/**
 * "Cancer Research UK said ...", "Transparency International Kenya": two or more capitalised words the tagger left
 * out, right before a country it read as a place, close a charity's or a body's name with the country it works in.
 * The words are no place, nationality, title or calendar word; the candidate replaces the country's. Returns the
 * candidates with those names in place of the countries.
 */
export function namesEndingInCountry(doc: DocFacts, taken: Candidate[], covered: Uint8Array): Candidate[] {
  const toks = doc.seg.tokens;
  let changed = false;
  const out = taken.map((c) => {
    if (c.label !== 'LOC' || !lookupPlace(spanString(doc, c.start, c.end)).some((e) => e.type === 'country')) return c;
    const sentence = toks[c.start]!.sentence;
    // (a headline in capitals or Title Case capitalises every word: "Floods Hit Northern Pakistan")
    if (inHeadline(doc, sentence)) return c;
    if (c.end < toks.length && toks[c.end]!.sentence === sentence && doc.nameToken[c.end]) return c;
    let start = c.start;
    while (start - 1 >= 0 && start > c.start - 4 && !covered[start - 1] && toks[start - 1]!.sentence === sentence && NAME_WORD.test(toks[start - 1]!.text)) start--;
    if (c.start - start < 2) return c;
    const words = toks.slice(start, c.start).map((t) => t.text);
    if (start > 0 && toks[start - 1]!.sentence === sentence && doc.nameToken[start - 1]) return c;
    if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || CALENDAR_WORDS.has(w.toLowerCase()) || demonymOf(w) || lookupPlace(w).length)) return c;
    if (titleInfo(words.join(' ')) || words.some((w) => titleInfo(w))) return c;
    changed = true;
    return { start, end: c.end, label: 'ORG' as const, reason: `capitalised words the tagger left out before the country "${spanString(doc, c.start, c.end)}": a body's name` };
  });
  return changed ? out : taken;
}

/** The end of "of" (and "the") and a country the gazetteer knows (one to three words) starting at `at`, else -1. */
function countryOfAt(doc: DocFacts, at: number): number {
  if (doc.lower[at] !== 'of') return -1;
  const from = doc.lower[at + 1] === 'the' ? at + 2 : at + 1;
  for (let n = 3; n >= 1; n--) {
    if (from + n > doc.seg.tokens.length || doc.seg.tokens[from + n - 1]!.sentence !== doc.seg.tokens[at]!.sentence) continue;
    if (lookupPlace(spanString(doc, from, from + n)).some((e) => e.type === 'country')) return from + n;
  }
  return -1;
}

/** A heading line, or a line whose every word is capitalised: capitals there prove nothing. */
function inHeadline(doc: DocFacts, sentence: number): boolean {
  return !!doc.seg.sentences[sentence]!.heading || doc.capsHeadings.has(sentence) || doc.titleCaseHeadings.has(sentence);
}
