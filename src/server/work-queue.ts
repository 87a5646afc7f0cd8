// Heavy API requests (neighbourhoods, subgraphs, paths, questions) run one at a
// time, each in its own turn of the event loop, instead of all at once as they
// arrive: between two of them Node reads the sockets again, so a light request
// (the summary, a search, a viewer file) is answered after at most one heavy
// job, not after every heavy job that came before it. Node may take in only one
// waiting connection per turn, so a job also waits for a turn in which no new
// request arrived (at most MAX_QUIET_WAIT turns): requests queued behind heavy
// ones in the socket backlog are read, and the light ones answered, first.
// A full queue answers 503 at once rather than growing without bound.
import { setImmediate as nextTurn } from 'node:timers/promises';

export class QueueFullError extends Error {}

/** Turns a job waits for quiet before it runs anyway (so a stream of light requests cannot starve it). */
const MAX_QUIET_WAIT = 64;

export class WorkQueue {
  private readonly jobs: Array<() => void> = [];
  private running = false;
  private arrivals = 0;

  constructor(readonly maxWaiting: number) {}

  /** Count a request that arrived (heavy or light): the next job waits for a turn without any. */
  noteArrival(): void { this.arrivals++; }

  /** Jobs waiting for their turn (the one running not counted). */
  get waiting(): number { return this.jobs.length; }

  /** Run `job` in a later turn, after those queued before it; rejects with QueueFullError when too many wait. */
  run<T>(job: () => T): Promise<T> {
    if (this.jobs.length >= this.maxWaiting) return Promise.reject(new QueueFullError(`${this.jobs.length} heavy requests are waiting`));
    return new Promise<T>((resolve, reject) => {
      this.arrivals++;
      this.jobs.push(() => {
        try { resolve(job()); } catch (e) { reject(e); }
      });
      if (!this.running) void this.pump();
    });
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      while (this.jobs.length) {
        // full turns of the event loop first, until one brings no new request: pending sockets
        // are read (and light requests answered) before the next job
        for (let turns = 0; turns < MAX_QUIET_WAIT; turns++) {
          const seen = this.arrivals;
          await nextTurn();
          if (this.arrivals === seen) break;
        }
        this.jobs.shift()!();
      }
    } finally {
      this.running = false;
    }
  }
}
