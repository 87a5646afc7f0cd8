// Absolute dates written out in text: "1996-08-22", "22 August 1996", "Aug. 22, 1996",
// "Thursday, August 22, 1996", "August 1996". Only forms that name their year are absolute;
// "Aug 22" alone needs an anchor and is read by ./expressions.ts. Numeric forms such as
// "09/05/96" are skipped: day-month and month-day orders cannot be told apart.
import { isoDay, isoMonth, monthOf } from './calendar.ts';

export interface DateMatch {
  /** Offsets into the searched string, end exclusive. */
  start: number;
  end: number;
  /** ISO date, as precise as the text: "1996-08-22" or "1996-08". */
  value: string;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

const PATTERNS: Array<{ re: RegExp; read(m: RegExpExecArray): string | null }> = [
  // 1996-08-22, 2022-07-13T10:00:00Z
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
    read: (m) => isoDay(+m[1]!, +m[2]!, +m[3]!) },
  // Thursday, 22 August 1996 / 22 Aug. 1996
  { re: new RegExp(`\\b${WEEKDAY}${DAY}\\s+(${MONTH}),?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => isoDay(+m[3]!, monthOf(m[2]!)!, +m[1]!) },
  // Thursday, August 22, 1996 / Aug. 22 1996
  { re: new RegExp(`\\b${WEEKDAY}(${MONTH})\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => isoDay(+m[3]!, monthOf(m[1]!)!, +m[2]!) },
  // August 1996 (a month)
  { re: new RegExp(`\\b(${MONTH}),?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => { const y = +m[2]!; return y >= 1000 && y <= 2999 ? isoMonth(y, monthOf(m[1]!)!) : null; } },
];

/** Every absolute date in `text`, left to right, the longest reading at each place. */
export function findAbsoluteDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = read(m);
      if (value) found.push({ start: m.index, end: m.index + m[0].length, value });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) if (!out.length || d.start >= out[out.length - 1]!.end) out.push(d);
  return out;
}
