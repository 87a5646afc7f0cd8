// Time expressions inside a sentence, resolved against the article's date where that is safe:
// "on Friday", "last March", "next week", "in 1994", "on December 3", "two days ago",
// "yesterday", "earlier this month". Each comes back with its offsets and an ISO value as
// precise as the text ("1994", "2022-03", "2022-07-15"), or without a value when the text leaves
// it open (no article date to count from, or a bare "on Friday" in a sentence whose tense does
// not say which Friday). Past and future are kept apart: the direction comes from ./tense.ts.
import { findAbsoluteDates } from './absolute.ts';
import {
  addDays, addMonths, formatDay, isoDay, isoMonth, isoYear, monthOf, parseIsoDay, weekdayOf, weekdayOfDay,
  type Day,
} from './calendar.ts';
import { tenseAt, type Tense } from './tense.ts';

export interface TimeExpression {
  /** Offsets into the text that was searched, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** ISO date as precise as the text, or null when it cannot be resolved safely. */
  value: string | null;
  /** Which way the expression points from the article date. */
  tense: Tense;
  /** Why it resolved as it did, or why it did not. */
  reason: string;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['several', NaN], ['few', NaN],
]);

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

type Reader = (m: RegExpExecArray, anchor: Day | null, tense: Tense) => { value: string | null; reason: string };

/**
 * What a sentence holds that a pattern needs, found in one pass each: most sentences have no time
 * expression, and a pattern whose necessary word or digit is absent is not run at all.
 */
interface Clues { text: string; lower: string; digit: boolean; fourDigits: boolean; month: boolean }
/** A month name's first three letters, as MONTH needs them (capitalised). */
const MONTH_START = /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/;
const hasAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

const none = (reason: string) => ({ value: null, reason });
const needAnchor = none('relative date and the article has no date');

/**
 * Patterns tried in order; an earlier match wins where two overlap. Month names need a capital.
 * `may` says whether the sentence has what the pattern cannot match without (a word, a digit,
 * a month name); it must hold wherever the pattern matches (the patterns with the i flag match
 * only ASCII letters to ASCII letters, so the lower-cased text holds their words).
 */
const RELATIVE: Array<{ may: (c: Clues) => boolean; re: RegExp; read: Reader }> = [
  // on December 3 / December 3rd / 3 December (no year)
  {
    may: (c) => c.digit && c.month,
    re: new RegExp(`\\b(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?)\\b(?!,?\\s*\\d{4})`, 'g'),
    read: (m, anchor, tense) => {
      if (!anchor) return needAnchor;
      const month = monthOf(m[1] ?? m[4]!)!;
      const day = +(m[2] ?? m[3]!);
      if (day < 1 || day > 31) return none('not a day of the month');
      const same = isoDay(anchor.year, month, day);
      if (!same) return none('no such day');
      const at = formatDay(anchor);
      if (same === at) return { value: same, reason: 'the article date itself' };
      if (tense === 'past') {
        const v = same < at ? same : isoDay(anchor.year - 1, month, day);
        return v ? { value: v, reason: 'past tense: the latest such day up to the article date' } : none('no such day');
      }
      if (tense === 'future') {
        const v = same > at ? same : isoDay(anchor.year + 1, month, day);
        return v ? { value: v, reason: 'future tense: the first such day after the article date' } : none('no such day');
      }
      return none('day and month without a year, in a sentence whose tense does not say which year');
    },
  },
  // yesterday, today, tomorrow, tonight, last night, this morning
  {
    may: (c) => hasAny(c.lower, ['yesterday', 'today', 'tomorrow', 'night', 'morning', 'afternoon', 'evening']),
    re: /\b(yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/gi,
    read: (m, anchor) => {
      if (!anchor) return needAnchor;
      const w = m[1]!.toLowerCase();
      const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
      return { value: formatDay(addDays(anchor, shift)), reason: `"${w}" counted from the article date` };
    },
  },
  // N days/weeks/months/years ago
  {
    may: (c) => c.lower.includes('ago'),
    re: /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(day|week|month|year)s?\s+ago\b/gi,
    read: (m, anchor) => {
      if (!anchor) return needAnchor;
      const n = /^\d/.test(m[1]!) ? +m[1]! : NUMBER_WORDS.get(m[1]!.toLowerCase())!;
      if (!Number.isFinite(n)) return none('an unstated number of units ago');
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return { value: formatDay(addDays(anchor, -n)), reason: 'days before the article date' };
      if (unit === 'week') {
        const from = addDays(anchor, -7 * n - 3), to = addDays(anchor, -7 * n + 3);
        return from.month === to.month ? { value: isoMonth(from.year, from.month), reason: 'weeks ago: the month it falls in' }
          : from.year === to.year ? { value: isoYear(from.year), reason: 'weeks ago: the year it falls in' } : none('weeks ago across a new year');
      }
      if (unit === 'month') { const x = addMonths(anchor.year, anchor.month, -n); return { value: isoMonth(x.year, x.month), reason: 'months before the article date' }; }
      return { value: isoYear(anchor.year - n), reason: 'years before the article date' };
    },
  },
  // last/next/this/earlier this/later this week|month|year
  {
    may: (c) => hasAny(c.lower, ['week', 'month', 'year']),
    re: /\b(last|past|previous|next|coming|this|earlier this|later this|early this|late this|early last|late last|early next|late next)\s+(week|month|year)\b/gi,
    read: (m, anchor) => {
      if (!anchor) return needAnchor;
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const shift = /last|past|previous/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
      if (unit === 'year') return { value: isoYear(anchor.year + shift), reason: `${which} year` };
      if (unit === 'month') { const x = addMonths(anchor.year, anchor.month, shift); return { value: isoMonth(x.year, x.month), reason: `${which} month` }; }
      // a week: the month holding all of it, else the year, else nothing
      const monday = addDays(anchor, -((weekdayOfDay(anchor) + 6) % 7) + 7 * shift);
      const sunday = addDays(monday, 6);
      if (monday.month === sunday.month) return { value: isoMonth(monday.year, monday.month), reason: `${which} week: the month it falls in` };
      if (monday.year === sunday.year) return { value: isoYear(monday.year), reason: `${which} week: the year it falls in` };
      return none('a week across a new year');
    },
  },
  // last/next/this Friday, on Friday, Friday's
  {
    may: (c) => c.text.includes('day'),
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY})(?:['’]s)?\\b`, 'g'),
    read: (m, anchor, tense) => {
      if (!anchor) return needAnchor;
      const which = (m[1] ?? '').toLowerCase();
      const target = weekdayOf(m[2]!)!;
      const today = weekdayOfDay(anchor);
      const back = (today - target + 7) % 7; // 0..6 days back to the latest such weekday
      const ahead = (target - today + 7) % 7 || 7; // 1..7 days ahead to the next one
      if (which === 'last' || which === 'past') return { value: formatDay(addDays(anchor, -(back || 7))), reason: '"last": the latest such day before the article date' };
      if (which === 'this') {
        const offset = ((target + 6) % 7) - ((today + 6) % 7); // same Monday-to-Sunday week
        return { value: formatDay(addDays(anchor, offset)), reason: '"this": the day of the article\'s week' };
      }
      if (which === 'next' || which === 'coming') {
        // "next Friday" is read either way when the coming Friday is in the same week: leave it open then
        const day = addDays(anchor, ahead);
        const sameWeek = (weekdayOfDay(day) + 6) % 7 > (today + 6) % 7;
        return which === 'next' && sameWeek ? none('"next <day>" within the same week is read both ways')
          : { value: formatDay(day), reason: `"${which}": the first such day after the article date` };
      }
      if (tense === 'past') return { value: formatDay(addDays(anchor, -back)), reason: 'past tense: the latest such day up to the article date' };
      if (tense === 'future') return { value: formatDay(addDays(anchor, ahead)), reason: 'future tense: the first such day after the article date' };
      return none('a weekday in a sentence whose tense does not say which week');
    },
  },
  // in March, last March, next March, this March, early March (no year, no day)
  {
    may: (c) => c.month,
    re: new RegExp(`\\b([Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Mm]id-)\\s*(?:(?:early|late|mid)-?\\s*)?(${MONTH})\\b(?!\\.?\\s+\\d)`, 'g'),
    read: (m, anchor, tense) => {
      if (!anchor) return needAnchor;
      const which = m[1]!.toLowerCase();
      const month = monthOf(m[2]!)!;
      if (which === 'last') { const y = month < anchor.month ? anchor.year : anchor.year - 1; return { value: isoMonth(y, month), reason: '"last": the latest such month before the article\'s' }; }
      if (which === 'next') { const y = month > anchor.month ? anchor.year : anchor.year + 1; return { value: isoMonth(y, month), reason: '"next": the first such month after the article\'s' }; }
      if (which === 'this' || month === anchor.month) return { value: isoMonth(anchor.year, month), reason: 'the month of the article\'s year' };
      const t = which === 'since' ? 'past' : which === 'until' ? 'future' : tense;
      if (t === 'past') { const y = month < anchor.month ? anchor.year : anchor.year - 1; return { value: isoMonth(y, month), reason: 'past tense: the latest such month' }; }
      if (t === 'future') { const y = month > anchor.month ? anchor.year : anchor.year + 1; return { value: isoMonth(y, month), reason: 'future tense: the first such month' }; }
      return none('a month in a sentence whose tense does not say which year');
    },
  },
  // in 1994, since 2014, by 2030, in early 2022 (years only after a preposition: "1,200 troops" is not a year)
  {
    may: (c) => c.fourDigits,
    re: /\b(in|since|until|by|during|from|before|after|of|through|throughout)\s+(?:(?:early|late|mid)-?\s*)?((?:19|20)\d\d)\b(?![-–\/]\d|\s*(?:%|percent|people|troops|km|kilometres|miles|tonnes|dollars))/gi,
    read: (m) => ({ value: m[2]!, reason: 'a year named in the text' }),
  },
];

/**
 * Every time expression in `text` (one sentence), with its value resolved against `articleDate`
 * (an ISO day, or null when the article has none). Absolute dates need no anchor.
 */
export function findTimeExpressions(text: string, articleDate: string | null): TimeExpression[] {
  const anchor = articleDate ? parseIsoDay(articleDate) : null;
  const found: TimeExpression[] = [];
  const digit = /\d/.test(text);
  const clues: Clues = { text, lower: text.toLowerCase(), digit, fourDigits: digit && /\d{4}/.test(text), month: MONTH_START.test(text) };
  for (const d of clues.fourDigits ? findAbsoluteDates(text) : []) { // every absolute date names its year in four digits
    found.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), value: d.value, tense: 'unknown', reason: 'an absolute date' });
  }
  for (const { may, re, read } of RELATIVE) {
    if (!may(clues)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = m.index + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const tense = tenseAt(text, start, end);
      const r = read(m, anchor, tense);
      found.push({ start, end, text: m[0], value: r.value, tense, reason: r.reason });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

