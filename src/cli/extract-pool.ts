// `kg extract` on many files with a helper worker thread per extra core: the main
// thread analyses files too, the workers take the next file as they finish one,
// and results come back in input order. A worker costs a pipeline load (~0.5 s
// of CPU), so one is started only per MIN_FILES_PER_WORKER files and only on an idle core
// (KG_EXTRACT_WORKERS=N overrides the count, for benchmarks).
import fs from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Stages } from '../pipeline/analyze.ts';
import { extractResult, type ExtractResult, type ExtractSettings } from './extract-job.ts';

const MIN_FILES_PER_WORKER = 64;
/** Requests queued at each worker, so it never waits for the busy main thread to send the next. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Helper workers worth starting for `files` files (0: analyse everything in this thread): one
 * per MIN_FILES_PER_WORKER files beyond the first batch, at most one per core that is idle by
 * the load average (on a busy machine a helper only adds its pipeline load to the CPU time).
 */
export function extractWorkers(files: number, cores = availableCores(), load = os.loadavg()[0]!): number {
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - load), Math.floor(files / MIN_FILES_PER_WORKER) - 1));
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Analyse `paths` with this thread's `stages` and `workers` helper threads; `emit` gets each
 * file's result in input order; resolves to how many files the helpers analysed.
 */
export async function extractInParallel(paths: string[], stages: () => Promise<Stages>, settings: ExtractSettings, workers: number, emit: (r: ExtractResult, index: number) => void): Promise<number> {
  const results: (ExtractResult | undefined)[] = new Array(paths.length);
  let next = 0, emitted = 0;
  const emitReady = () => { while (emitted < paths.length && results[emitted]) { emit(results[emitted]!, emitted); results[emitted] = undefined; emitted++; } };
  const bundled = process.env.KG_EXTRACT_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('../store/worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  let failure: Error | null = null;
  let outstanding = 0, byWorkers = 0;
  let wake: (() => void) | null = null;
  const pool: Worker[] = [];
  const send = (w: Worker) => { if (next < paths.length) { outstanding++; w.postMessage({ seq: next, path: paths[next++] }); } };
  for (let k = 0; k < workers; k++) {
    const w = new Worker(bootstrap, { workerData: { entry, settings } });
    pool.push(w);
    w.on('error', (e: Error) => { failure = e; wake?.(); });
    w.on('message', (msg: { ready: true } | ({ seq: number } & ExtractResult)) => {
      if ('ready' in msg) { for (let q = 0; q < IN_FLIGHT_PER_WORKER; q++) send(w); return; }
      const { seq, ...r } = msg;
      results[seq] = r as ExtractResult;
      outstanding--;
      byWorkers++;
      send(w);
      wake?.();
    });
  }
  try {
    const own = await stages();
    while (next < paths.length) {
      if (failure) throw failure;
      const i = next++;
      results[i] = extractResult(paths[i]!, own, settings);
      emitReady();
      // back to the event loop: worker replies (and Ctrl-C) are handled between files
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (outstanding > 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => { wake = resolve; });
      wake = null;
      emitReady();
    }
    if (failure) throw failure;
    emitReady();
    return byWorkers;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
