// `kg extract` on many files in two threads: a helper worker thread reads each file and runs
// the first half of its analysis (segment, tag, recognise, and resolve where no name is asked of
// the parse), this thread runs the second (the opening-name probe and resolution where they are
// left, parse, relate) and prints, in input order. The halves cost about the same, and each
// thread loads only its own models and compiles only its own half's code: V8's optimising
// compiler works per thread, and when every thread ran the whole pipeline it compiled
// everything twice (~1.8 s of CPU for eng.testa's 216 documents, as much as the helper saved).
// KG_EXTRACT_WORKERS=N sets the number of helpers (0: all in this thread), for benchmarks.
import fs from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SecondStages } from '../pipeline/analyze.ts';
import { secondHalf, type ExtractResult, type ExtractSettings, type FirstHalf } from './extract-job.ts';

/**
 * Files from which a helper starts. It costs ~0.6 s of CPU of its own (its thread's start, the
 * tagger and the gazetteer loaded a second time, the first halves copied between threads) and
 * takes ~6 ms of work per file off this thread's path (eng.testa, measured under load): below
 * 64 files the wall time it saves (under ~0.4 s) is not worth that CPU on a shared machine.
 */
const MIN_FILES_FOR_HELPER = 64;
/**
 * First halves asked of the helpers ahead of the file this thread is on (bounds what waits in
 * memory), asked for BATCH files at a time (a message costs both threads ~1 ms).
 */
const AHEAD = 16;
const BATCH = 8;

/**
 * Helper workers worth starting for `files` files (0: analyse everything in this thread): one
 * when there are two cores or more (more helpers would wait for this thread's second halves,
 * which take about as long as one helper's first halves). Not gated on the load average: each
 * half's code is compiled once, so the helper adds little CPU time, and the process's own
 * earlier runs keep the load average up for a minute after they end.
 */
export function extractWorkers(files: number, cores = availableCores()): number {
  return files >= MIN_FILES_FOR_HELPER && cores >= 2 ? 1 : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Analyse `paths`, the first halves in `workers` helper threads, the second halves in this
 * thread with the stages `load` gives; `emit` gets each file's result in input order; resolves
 * to how many files were analysed (every one has its first half done by a helper).
 */
export async function extractInParallel(paths: string[], load: () => Promise<SecondStages>, settings: ExtractSettings, workers: number, emit: (r: ExtractResult, index: number) => void): Promise<number> {
  if (workers < 1) throw new Error('extractInParallel needs at least one helper');
  const firsts: (FirstHalf | undefined)[] = new Array(paths.length);
  const bundled = process.env.KG_EXTRACT_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('../store/worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let sent = 0;
  const pool: Worker[] = [];
  const inFlight: number[] = [];
  // the next files go to the helper with the fewest files under way
  const sendUpTo = (limit: number) => {
    while (sent < Math.min(limit, paths.length)) {
      let k = 0;
      for (let j = 1; j < pool.length; j++) if (inFlight[j]! < inFlight[k]!) k = j;
      const batch = paths.slice(sent, Math.min(sent + BATCH, limit, paths.length));
      inFlight[k]! += batch.length;
      pool[k]!.postMessage({ seq: sent, paths: batch });
      sent += batch.length;
    }
  };
  for (let k = 0; k < workers; k++) {
    const w = new Worker(bootstrap, { workerData: { entry, settings } });
    pool.push(w);
    inFlight.push(0);
    w.on('error', (e: Error) => { failure = e; wake?.(); });
    w.on('exit', (code) => { if (code !== 0 && !failure) { failure = new Error(`extract helper thread exited with code ${code}`); wake?.(); } });
    w.on('message', (msg: { seq: number } & FirstHalf) => {
      const { seq, ...first } = msg;
      firsts[seq] = first as FirstHalf;
      inFlight[k]!--;
      wake?.();
    });
  }
  sendUpTo(AHEAD);
  try {
    const stages = await load();
    for (let i = 0; i < paths.length; i++) {
      while (!firsts[i]) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = null;
      }
      const first = firsts[i]!;
      firsts[i] = undefined;
      if (sent - i <= AHEAD - BATCH) sendUpTo(i + 1 + AHEAD);
      emit(secondHalf(first, stages, settings), i);
    }
    return paths.length;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
