// Work written as a generator that pauses (`yield`) every few milliseconds' worth
// of work, so a caller with other things to do (the HTTP server answering light
// requests between the slices of a big neighbourhood) can run it a slice at a
// time; runSteps runs it to the end at once, for callers with nothing else to do.
// The generators stay pure: they only say where a pause is harmless.

/** A computation of a T that can be paused wherever it yields. */
export type Steps<T> = Generator<void, T, void>;

/** Run `steps` to the end without pausing and return its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Work units (an entity, a relation visited) between two pauses: well under a millisecond each. */
export const UNITS_PER_STEP = 2048;
