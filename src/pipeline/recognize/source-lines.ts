// The source line of a monitored report (broadcast and press monitoring, as in wire digests):
// "<Place> <Source> in <Language> <time or date>" ("Moscow INTERFAX in English 1601 GMT 28 Apr 94",
// "Paris Radio Monte Carlo in Arabic 1700 GMT"), or the bare "<Place> <SOURCE IN CAPITALS>" line
// ("Tokyo NIHON KEIZAI SHIMBUN"). The place is where the source is based, the words between the
// place and "in" are the broadcaster, agency or newspaper: an organisation, whatever the tagger
// read there (it often glues the place to the source, or reads a capitalised title as a place).
import { lookupPlace } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { spanString } from './typing.ts';
import { LANGUAGE_NAMES } from './words.ts';

/** A monitoring service's report number ("LD2804174994", "94WD0125D", "944E0738B"): letters and at least six digits. */
const REPORT_NUMBER = /^(?=(?:[A-Z]*\d){6})[A-Z\d]{8,14}$/;
/** A word of a source's name: capitalised, or a name with figures ("Kanal-6", "UT-1", "N-TV"). */
const SOURCE_WORD = /^\p{Lu}[\p{L}\d'’&.-]*$/u;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\d'’&-]+$/u;
const HAS_LOWER = /\p{Ll}/u;
/** Words that make a name a broadcaster's. */
const BROADCAST_WORDS = new Set(['radio', 'television', 'tv', 'network']);
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
/** Lower-case words inside a source's name. */
const SOURCE_JOINERS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'des', 'du', 'la', 'le', 'el', 'y', 'e', 'of', 'the', 'for']);
/** What follows the language: a time or date, "GMT", a page, or the end of the line. */
const AFTER_LANGUAGE = /^(?:\d|GMT$|No$|p$|pp$|--)/;

interface SourceLine { placeEnd: number; start: number; end: number }

/** Source lines of the article's sentences: the place [start, placeEnd) and the source [placeEnd, end). */
function sourceLines(doc: DocFacts): SourceLine[] {
  const toks = doc.seg.tokens;
  const out: SourceLine[] = [];
  for (const s of doc.seg.sentences) {
    if (s.boilerplate) continue;
    // the run of capitalised words opening the line or following a report number
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (i > s.tokenStart && !REPORT_NUMBER.test(toks[i - 1]!.text)) continue;
      let end = i;
      while (end < s.tokenEnd && end < i + 7) {
        if (SOURCE_WORD.test(toks[end]!.text) && !REPORT_NUMBER.test(toks[end]!.text)) end++;
        // "Radio Nacional del Sur": a joining word inside the name
        else if (end > i && SOURCE_JOINERS.has(toks[end]!.text) && SOURCE_WORD.test(toks[end + 1]?.text ?? '')) end += 2;
        else break;
      }
      if (end - i < 2) continue;
      const inLanguage = doc.lower[end] === 'in' && LANGUAGE_NAMES.has(doc.lower[end + 1] ?? '')
        && (end + 2 >= s.tokenEnd || AFTER_LANGUAGE.test(toks[end + 2]!.text));
      // the bare form: the line is the place and the source, and nothing else (or the date: "London THE TIMES 30 Jan 94")
      const dated = !inLanguage && /^\d{1,2}$/.test(toks[end]?.text ?? '') && MONTH.test(toks[end + 1]?.text ?? '');
      const bare = !inLanguage && i === s.tokenStart && (dated || end === s.tokenEnd || (end + 1 === s.tokenEnd && /^[.;:]$/.test(toks[end]!.text)));
      if (!inLanguage && !bare) continue;
      // the longest known place opening the run, leaving a source after it
      let placeEnd = -1;
      for (let k = Math.min(end - 1, i + 3); k > i; k--) {
        if (lookupPlace(spanString(doc, i, k)).length) { placeEnd = k; break; }
      }
      if (placeEnd < 0) continue;
      // (not a headline in capitals: the place is written in Title Case, the source in capitals)
      // (a source in Title Case only when a broadcast word says what it is: "Havana Radio Rebelde Network")
      const source = toks.slice(placeEnd, end).map((t) => t.text);
      const broadcast = BROADCAST_WORDS.has(source[0]!.toLowerCase()) || BROADCAST_WORDS.has(source[source.length - 1]!.toLowerCase());
      if (bare && (!(source.every((w) => CAPITALS_WORD.test(w)) || broadcast) || !HAS_LOWER.test(toks[i]!.text))) continue;
      out.push({ start: i, placeEnd, end });
    }
  }
  return out;
}

/**
 * Candidates with each source line's place and source put right: spans across the line's run of
 * capitalised words give way to the place (a place) and the source (an organisation).
 */
export function withSourceLines(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const lines = sourceLines(doc);
  if (!lines.length) return candidates;
  const out = candidates.filter((c) => !lines.some((l) => c.start < l.end && l.start < c.end && !(c.start === l.start && c.end === l.placeEnd)));
  for (const l of lines) {
    if (!out.some((c) => c.start === l.start && c.end === l.placeEnd)) out.push({ start: l.start, end: l.placeEnd, label: 'LOC', reason: 'the place of a monitored report\'s source line' });
    out.push({ start: l.placeEnd, end: l.end, label: 'ORG', reason: 'the source of a monitored report ("<place> <source> in <language>")' });
  }
  return out.sort((a, b) => a.start - b.start);
}
