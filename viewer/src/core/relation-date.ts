// The date a relation held, as the panel writes it: its statements' first and last
// dates (edge firstSeen/lastSeen, from Relation.date), else the single evidence date.
// Pure.
import type { EdgeAttributes } from '../../../src/types.ts';
import { dateLabel } from './timeline.ts';

export function relationDate(a: EdgeAttributes): string | null {
  const dates = a.evidence.map((e) => e.date).filter((d): d is string => !!d).sort();
  const first = a.firstSeen ?? dates[0];
  const last = a.lastSeen ?? dates[dates.length - 1];
  if (!first) return null;
  return !last || last === first ? dateLabel(first) : `${dateLabel(first)} – ${dateLabel(last)}`;
}
