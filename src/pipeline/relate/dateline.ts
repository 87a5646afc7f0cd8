// The dateline that opens a wire story: "TUCSON, Ariz. (AP) -", "LYON, France (AFP) -",
// "TOKYO, March 3 (Reuters) -", "KYIV, 13 July 2022 (Reuters) -", or CoNLL's "BRUSSELS 1996-08-22" line. It states
// where the story was filed: the city lies in the place after its comma (a stated
// location relation), and the city's country is the article's context, the country
// an unqualified "President Emmanuel Macron" most likely serves.
import type { Segmented, Span } from '../../types.ts';
import { US_STATE_ABBREVIATIONS } from './data/places.ts';
import { DATELINE_LINE, WIRE_DATELINE } from '../segment-dateline.ts';

export interface Dateline {
  /** Sentence the dateline opens (or is, for a dateline line of its own). */
  sentence: number;
  /** The place in capitals ("TUCSON"), as written. */
  place: Span;
  /** What qualifies it after a comma ("Ariz.", "France"), as written. */
  within?: Span;
  /** The full name the qualifier abbreviates ("Arizona"), or the qualifier itself. */
  withinName?: string;
  /** The second place of a story filed from two ("NEW DELHI" in "TAIPEI/NEW DELHI"), as written. */
  alsoFrom?: Span;
}

const WIRE = WIRE_DATELINE;
const LINE = DATELINE_LINE;

/** Headings (title, dateline line) read before giving up: a dateline comes before the body. */
const FIRST_HEADINGS = 3;

/** The dateline opening the body (the first prose sentence), or a dateline line among the first headings. */
export function findDateline(seg: Segmented): Dateline | undefined {
  const text = seg.article.text;
  let headings = 0;
  // A line of its own before the dateline reads as a heading even when it ends in a full stop
  // (CoNLL's tokenised "Yeltsin endorses Lebed peace plan ." title line, then a byline, then "MOSCOW 1996-08-30").
  const ownLine = (s: { start: number; end: number }) =>
    (s.start === 0 || text[s.start - 1] === '\n') && /^[ \t]*(?:\r?\n|$)/.test(text.slice(s.end, s.end + 4));
  for (const s of seg.sentences) {
    if (s.boilerplate) continue;
    const heading = s.heading || (s.index === 0 && ownLine(s));
    if (heading && ++headings > FIRST_HEADINGS) break;
    // A wire dateline may run past a sentence break the segmenter made.
    const head = text.slice(s.start, Math.min(text.length, s.start + 120));
    const m = heading ? (LINE.exec(s.text) ?? WIRE.exec(head)) : WIRE.exec(head);
    if (!m) {
      if (heading) continue;
      break;
    }
    // ("TAIPEI/NEW DELHI": a story filed from two places; the first is where it stands)
    const [first, second] = m[1]!.split('/').map((p) => p.replace(/[.,]+$/, ''));
    const place = first!;
    if (place.length < 3 || !/[A-Z]{2}/.test(place)) continue;
    const out: Dateline = { sentence: s.index, place: { start: s.start, end: s.start + place.length, text: place } };
    if (second) {
      const at = s.start + m[1]!.indexOf('/') + 1;
      out.alsoFrom = { start: at, end: at + second.length, text: second };
    }
    if (m[2]) {
      const q = m[2].trim();
      const at = s.start + m[0].indexOf(q, place.length);
      out.within = { start: at, end: at + q.length, text: q };
      out.withinName = US_STATE_ABBREVIATIONS.states[q] ?? q.replace(/\.$/, '');
    }
    return out;
  }
  return undefined;
}

/** "TUCSON" -> "Tucson", "NEW DELHI" -> "New Delhi", "ST. PETERSBURG" -> "St. Petersburg". */
export function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
