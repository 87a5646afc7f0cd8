// A period of time as `--since` / `--until` give it, and whether a date falls in it.
// Dates compare at the coarser of the two precisions: a statement dated "2022-03" lies
// within a window starting "2022-03-15". Kept apart from time-window.ts (which builds
// graphs) so the viewer can use it without the graph builder.
import { compareIso } from '../pipeline/time/calendar.ts';

export interface TimeWindow {
  /** ISO date of any precision; inclusive. */
  since?: string;
  /** ISO date of any precision; inclusive. */
  until?: string;
}

export function inWindow(date: string | undefined, w: TimeWindow): boolean {
  if (!date) return false;
  if (w.since && compareIso(date, w.since) < 0) return false;
  if (w.until && compareIso(date, w.until) > 0) return false;
  return true;
}
