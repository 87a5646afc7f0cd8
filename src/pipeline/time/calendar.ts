// Calendar facts and day arithmetic for the time stage. Dates are plain ISO strings whose length
// says how precise they are: "1996" (a year), "1996-08" (a month), "1996-08-22" (a day). Day
// arithmetic runs on UTC so that no local time zone or daylight-saving change can move a date.

/** A date as precise as the text made it: year, month or day. */
export type Precision = 'year' | 'month' | 'day';

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday numbers as Date#getUTCDay gives them (Sunday 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
]);

/** Month number of a month word ("Aug", "August", "Aug."), or undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

/** Weekday number of a weekday word ("Thursday", "Thu."), or undefined. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, ''));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A valid ISO day string, or null when the parts do not make a real calendar day. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

export function precisionOf(iso: string): Precision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** A day as parts; the anchor of every relative date is one of these. */
export interface Day { year: number; month: number; day: number }

export function parseIsoDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  return isoDay(d.year, d.month, d.day) ? d : null;
}

export function formatDay(d: Day): string {
  return isoDay(d.year, d.month, d.day)!;
}

export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function weekdayOfDay(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Month arithmetic on (year, month) pairs: addMonths(1996, 11, 3) is 1997-02. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Compare two ISO strings of any precision by their common prefix: negative, 0 or positive. */
export function compareIso(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n), y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
