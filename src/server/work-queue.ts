// Heavy API requests (neighbourhoods, subgraphs, paths, questions) run one at a
// time and in slices, instead of all at once as they arrive: each job is a
// generator (src/query/steps.ts) run for at most SLICE_MS, then the event loop
// gets a turn, in which Node reads the sockets and answers light requests (the
// summary, a viewer file) at once. So a light request waits for at most one
// slice, however many heavy requests are in flight, and a job that pauses
// nowhere (a question, a path) waits for at most one slice of a long one.
// Short jobs (every heavy route but subgraph and neighbourhood, which are
// sliced) go before the next slice of a long one, so a search does not wait
// for a queue of big neighbourhoods. Node may take in only one waiting
// connection per turn, so a slice also waits for a turn in which no new request
// arrived (at most MAX_QUIET_WAIT turns): requests queued behind heavy ones in
// the socket backlog are read, and the light ones answered, first. A full queue
// answers 503 at once rather than growing without bound.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Steps } from '../query/steps.ts';

export class QueueFullError extends Error {}

/** Turns a slice waits for quiet before it runs anyway (so a stream of light requests cannot starve it). */
const MAX_QUIET_WAIT = 64;

/** Longest a job runs before the event loop gets a turn (a job's step may run a little over). */
export const SLICE_MS = 10;

/** How long a job is expected to run: short jobs go before the next slice of a long one. */
export type JobLength = 'short' | 'long';

interface Job {
  steps: Steps<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class WorkQueue {
  private readonly short: Job[] = [];
  private readonly long: Job[] = [];
  private running = false;
  private arrivals = 0;

  constructor(readonly maxWaiting: number, private readonly sliceMs: number = SLICE_MS) {}

  /** Count a request that arrived (heavy or light): the next slice waits for a turn without any. */
  noteArrival(): void { this.arrivals++; }

  /** Jobs waiting or under way. */
  get waiting(): number { return this.short.length + this.long.length; }

  /**
   * Run `job` in later turns of the event loop, a slice at a time, after the jobs of
   * its length queued before it; rejects with QueueFullError when maxWaiting jobs
   * are queued already. A plain function is one step.
   */
  run<T>(job: Steps<T> | (() => T), length: JobLength = 'long'): Promise<T> {
    if (this.waiting >= this.maxWaiting) return Promise.reject(new QueueFullError(`${this.waiting} heavy requests are waiting`));
    const steps = typeof job === 'function' ? (function* () { return job(); })() : job;
    return new Promise<T>((resolve, reject) => {
      this.arrivals++;
      (length === 'short' ? this.short : this.long).push({ steps, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) void this.pump();
    });
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      while (this.short.length || this.long.length) {
        // full turns of the event loop first, until one brings no new request: pending sockets
        // are read (and light requests answered) before the next slice
        for (let turns = 0; turns < MAX_QUIET_WAIT; turns++) {
          const seen = this.arrivals;
          await nextTurn();
          if (this.arrivals === seen) break;
        }
        const queue = this.short.length ? this.short : this.long;
        const job = queue[0]!;
        const until = performance.now() + this.sliceMs;
        try {
          for (;;) {
            const r = job.steps.next();
            if (r.done) { queue.shift(); job.resolve(r.value); break; }
            if (performance.now() >= until) break;
          }
        } catch (e) {
          queue.shift();
          job.reject(e);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
