// The timeline under the graph, as data: the articles and relations seen over time
// in bins (days, months or years, whichever keeps the bars countable), which bins a
// period covers, the steps "Play" goes through, and what a period hides. "Seen" is
// the publication date of the articles that report a thing (src/query/seen-dates.ts).
// A period is kept as two dates of the bins' precision (`since`, `until`, inclusive);
// dates compare at the coarser precision, so "2022-07" covers every day of July.
// Pure: no DOM, unit-tested in Node.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { unseenIn, type TimelineCounts } from '../../../src/query/seen-dates.ts';
import { compareIso } from '../../../src/pipeline/time/calendar.ts';

export type Granularity = 'day' | 'month' | 'year';

export interface TimeBin {
  /** The bin as a date of its precision: "2022-07-14", "2022-07" or "2022". */
  key: string;
  articles: number;
  relations: number;
}

export interface Timeline {
  granularity: Granularity;
  bins: TimeBin[];
  undatedArticles: number;
  undatedRelations: number;
}

export interface Period {
  since: string | null;
  until: string | null;
}

/** Up to this many days the bins are days; up to this many months, months; then years. */
export const TIMELINE_LIMITS = { days: 120, months: 240 } as const;

const DAY_MS = 86_400_000;

function dayOf(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The bin a date falls in (a month-precise date falls in its month's first day). */
export function binKey(date: string, granularity: Granularity): string {
  if (granularity === 'year') return date.slice(0, 4);
  if (granularity === 'month') return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`;
  return isoDay(dayOf(date));
}

function nextKey(key: string, granularity: Granularity): string {
  if (granularity === 'year') return String(Number(key) + 1);
  if (granularity === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return isoDay(dayOf(key) + DAY_MS);
}

/** The bins from the first dated thing to the last, empty ones included; null when nothing is dated. */
export function buildTimeline(counts: TimelineCounts): Timeline | null {
  const dated = [...counts.articles, ...counts.relations].map(([d]) => d);
  if (dated.length === 0) return null;
  const days = dated.map(dayOf);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const spanDays = (last - first) / DAY_MS;
  const granularity: Granularity = spanDays <= TIMELINE_LIMITS.days ? 'day'
    : spanDays / 30.4 <= TIMELINE_LIMITS.months ? 'month' : 'year';
  const bins: TimeBin[] = [];
  const index = new Map<string, TimeBin>();
  const end = binKey(isoDay(last), granularity);
  for (let key = binKey(isoDay(first), granularity); ; key = nextKey(key, granularity)) {
    const bin = { key, articles: 0, relations: 0 };
    bins.push(bin);
    index.set(key, bin);
    if (key === end) break;
  }
  for (const [d, n] of counts.articles) index.get(binKey(d, granularity))!.articles += n;
  for (const [d, n] of counts.relations) index.get(binKey(d, granularity))!.relations += n;
  return { granularity, bins, undatedArticles: counts.undatedArticles, undatedRelations: counts.undatedRelations };
}

export function isOpenPeriod(p: Period): boolean {
  return p.since === null && p.until === null;
}

/** Is bin `key` inside the period (open ends reach the timeline's ends)? */
export function binInPeriod(key: string, p: Period): boolean {
  if (p.since && compareIso(key, p.since) < 0) return false;
  if (p.until && compareIso(key, p.until) > 0) return false;
  return true;
}

/** The period covering bins i..j (either order). */
export function periodOfBins(timeline: Timeline, i: number, j: number): Period {
  const [a, b] = i <= j ? [i, j] : [j, i];
  return { since: timeline.bins[Math.max(0, a)]!.key, until: timeline.bins[Math.min(timeline.bins.length - 1, b)]!.key };
}

/**
 * "Play": the `until` of each step, one bin at a time from the period's start (or the
 * timeline's) to its end (or the timeline's), so the graph grows as the articles came.
 */
export function playSteps(timeline: Timeline, p: Period): string[] {
  return timeline.bins.map((b) => b.key).filter((key) => binInPeriod(key, { since: p.since, until: p.until }));
}

/** Short English month names (as toLocaleString('en', { month: 'short' }) gives them), made once: Intl per label cost a panel ~15 ms. */
const MONTHS = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2000, i, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }));

/** "14 Jul 2022", "Jul 2022", "2022". */
export function dateLabel(key: string): string {
  const [y, m, d] = key.split('-');
  const month = m ? (MONTHS[Number(m) - 1] ?? '') : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}

export function periodLabel(p: Period): string {
  if (isOpenPeriod(p)) return 'All dates';
  if (p.since && p.until) return p.since === p.until ? dateLabel(p.since) : `${dateLabel(p.since)} – ${dateLabel(p.until)}`;
  return p.since ? `From ${dateLabel(p.since)}` : `Until ${dateLabel(p.until!)}`;
}

/**
 * What a period hides: relations none of whose reports falls in it, entities none of
 * whose articles does. Undated things cannot be placed in time and are hidden by any period.
 */
export function hiddenByPeriod(graph: KnowledgeGraph, p: Period): { nodes: Set<string>; edges: Set<string> } {
  return unseenIn(graph, { since: p.since ?? undefined, until: p.until ?? undefined });
}
