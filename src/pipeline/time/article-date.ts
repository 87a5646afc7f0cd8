// The date of a plain-text article, from what news text puts at its top: a dateline
// ("BRUSSELS 1996-08-22", "LYON, France, 13 July 2022 (AFP) -") or a date line under the
// headline ("Published: Friday, 6 December 1996", "13 July 2022 · 5 min read"). Only the first
// lines are read, and a date is taken only where the line is about the article (short, or a
// dateline opening the first paragraph); a date deep in the body is about something else.
// No date found means no date: never the file's modification time.
import { findAbsoluteDates } from './absolute.ts';

export interface ArticleDate {
  /** ISO date, as precise as the text: a day, or a month. */
  date: string;
  /** Where it came from: 'text:dateline' or 'text:date-line'. */
  source: string;
  /** Offsets of the date in the article text. */
  start: number;
  end: number;
}

/** How many non-empty lines from the top may hold the article's date. */
const HEAD_LINES = 8;
/** A line this short that holds a date is a date line, whatever else it says. */
const SHORT_LINE = 90;
/** Upper-case place, then an optional region ("AKRON , Ohio", "LAS CRUCES, N.M."), opening a dateline. */
const PLACE = /^[\p{Lu}][\p{Lu}\p{M}.' -]*[\p{Lu}.](?:\s*,\s*[\p{L}.' -]+?)?\s*,?\s*$/u;
const AGENCY_DASH = /^\s*(?:\([\p{L} .&-]+\)\s*)?[-–—:]/u;

export function articleDateOfText(text: string): ArticleDate | null {
  let seen = 0;
  for (let start = 0; start < text.length && seen < HEAD_LINES;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim()) {
      seen++;
      const found = dateOfLine(line);
      if (found) return { ...found, start: start + found.start, end: start + found.end };
    }
    start = end + 1;
  }
  return null;
}

function dateOfLine(line: string): Omit<ArticleDate, 'start' | 'end'> & { start: number; end: number } | null {
  const dates = findAbsoluteDates(line);
  if (!dates.length) return null;
  const first = dates[0]!;
  const before = line.slice(0, first.start);
  const after = line.slice(first.end);
  // "MOSCOW 1996-12-06", "AKRON , Ohio 1996-08-22", "LYON, France, 13 July 2022 (AFP) - ..."
  if (PLACE.test(before) && /[\p{Lu}]/u.test(before) && (!after.trim() || AGENCY_DASH.test(after))) {
    return { date: first.value, source: 'text:dateline', start: first.start, end: first.end };
  }
  // A short line that is mostly its date: "Published: 6 December 1996", "1996-08-22".
  if (line.trim().length <= SHORT_LINE && dates.length === 1 && isDateLine(before, after)) {
    return { date: first.value, source: 'text:date-line', start: first.start, end: first.end };
  }
  return null;
}

/** Words allowed around a date on a line of its own: labels, times, bylines' separators. */
function isDateLine(before: string, after: string): boolean {
  const label = /^\s*(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|on)?\s*(?:on)?\s*[:|·•-]?\s*$/i;
  const tail = /^\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*(?:[|·•-]\s*.{0,40})?$/i;
  return label.test(before) && tail.test(after);
}
