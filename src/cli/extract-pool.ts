// `kg extract` on many files in two threads: a helper worker thread reads each file and runs
// the first half of its analysis (segment, tag, recognise, and resolve where no name is asked of
// the parse), this thread runs the second (the opening-name probe and resolution where they are
// left, parse, relate) and prints, in input order. The halves cost about the same, and each
// thread mostly runs its own half's code: V8's optimising compiler works per thread, and when
// every thread ran the whole pipeline it compiled everything twice (~1.8 s of CPU for
// eng.testa's 216 documents, as much as the helper saved). Waits are cut both ways: this
// thread does first halves while the helper is still starting (its start-up takes longer than
// this thread's model loads), and a helper that keeps ahead parses the files it sends back.
// KG_EXTRACT_WORKERS=N sets the number of helpers (0: all in this thread), for benchmarks.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { loadFirstStages, type FirstStages, type SecondStages } from '../pipeline/analyze.ts';
import { adoptSharedReads, shareReads, sharedReads } from '../pipeline/model-cache.ts';
import { DEFAULT_PARSER_MODEL_PATH } from '../pipeline/parse/index.ts';
import { FREE, HELPER, THIS_THREAD, firstHalf, type FirstHalf, type FirstHalvesRequest } from '../store/first-halves.ts';
import { secondHalf, type ExtractResult, type ExtractSettings } from './extract-job.ts';

/**
 * First halves asked of the helpers ahead of the file this thread is on (bounds what waits in
 * memory), asked for BATCH files at a time (a message costs both threads ~1 ms).
 */
const AHEAD = 16;
const BATCH = 8;
/**
 * Files a helper is ahead of this thread from which it parses the file it is on as well
 * (parseAhead): the parse is the larger part of this thread's work (which takes ~1.4 times the
 * helper's CPU time on eng.testa), so a helper that keeps ahead takes some of it over, and
 * stops when it falls back to a few files ahead (which keeps this thread from waiting).
 */
const PARSE_AHEAD_FROM = 4;

/** What a helper posts: a first half, word that this thread took the file on itself, or model bytes it read into shared memory. */
type HelperMessage = ({ seq: number } & FirstHalf) | { seq: number; taken: true } | { shared: Array<[string, SharedArrayBuffer]> };

/** How a batch's work is shared between the threads (tests; defaults as measured). */
export interface SplitTuning {
  /** A helper parses the file it is on from this many files ahead of this thread (0: every file). */
  parseAheadFrom?: number;
  /** This thread does first halves while the helpers are starting rather than wait (default true). */
  takeFirstHalves?: boolean;
}

/** What a batch's analysis was: files, first halves done by this thread, files whose parse a helper did. */
export interface SplitReport { files: number; firstHalvesHere: number; parsedAhead: number }

/**
 * Analyse `paths`, the first halves in `workers` helper threads (or in this one, see above), the
 * second halves in this thread with the stages `load` gives; `emit` gets each file's result in
 * input order; resolves to how the work was shared.
 */
export async function extractInParallel(
  paths: string[], load: () => Promise<SecondStages>, settings: ExtractSettings, workers: number, emit: (r: ExtractResult, index: number) => void,
  split: SplitTuning = {},
): Promise<SplitReport> {
  if (workers < 1) throw new Error('extractInParallel needs at least one helper');
  const report: SplitReport = { files: paths.length, firstHalvesHere: 0, parsedAhead: 0 };
  const firsts: (FirstHalf | undefined)[] = new Array(paths.length);
  const bundled = process.env.KG_FIRST_HALVES_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('../store/worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('../store/first-halves-worker.ts', import.meta.url).href;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let sent = 0;
  const pool: Worker[] = [];
  // who does each file's first half: FREE until a helper (HELPER) or this thread (THIS_THREAD) claims it
  const claims = new Int32Array(new SharedArrayBuffer(4 * paths.length));
  let ownFirstStages: FirstStages | undefined;
  /** A helper has posted a first half (it has started). */
  let helping = false;
  const inFlight: number[] = [];
  // the file this thread is on, which the helpers read to know how far ahead they are
  const progress = new Int32Array(new SharedArrayBuffer(4));
  // the next files go to the helper with the fewest files under way
  const sendUpTo = (limit: number) => {
    while (sent < Math.min(limit, paths.length)) {
      let k = 0;
      for (let j = 1; j < pool.length; j++) if (inFlight[j]! < inFlight[k]!) k = j;
      const batch = paths.slice(sent, Math.min(sent + BATCH, limit, paths.length));
      inFlight[k]! += batch.length;
      const req: FirstHalvesRequest = { seq: sent, paths: batch };
      pool[k]!.postMessage(req);
      sent += batch.length;
    }
  };
  // Each helper answers on a port of its own, which this thread also empties between files without
  // going back to the event loop (receiveMessageOnPort): it sees every first half done so far, not
  // only those delivered the last time it waited, so it waits only when it has to.
  const results: MessagePort[] = [];
  const received = (k: number, msg: HelperMessage) => {
    if ('shared' in msg) { adoptSharedReads(msg.shared); return; } // the helper's tagger model, for this thread's first halves
    inFlight[k]!--;
    if ('taken' in msg) return; // this thread did that file's first half itself
    helping = true;
    const { seq, ...first } = msg;
    firsts[seq] = first as FirstHalf;
    wake?.();
  };
  const receiveAll = () => {
    for (let k = 0; k < results.length; k++) {
      for (let m = receiveMessageOnPort(results[k]!); m; m = receiveMessageOnPort(results[k]!)) received(k, m.message);
    }
  };
  for (let k = 0; k < workers; k++) {
    const channel = new MessageChannel();
    // parsing ahead never with the syntax: every sentence is parsed in this thread then
    const parseAheadFrom = settings.syntax ? -1 : split.parseAheadFrom ?? PARSE_AHEAD_FROM;
    const w = new Worker(bootstrap, { workerData: { entry, settings, claims, progress, parseAheadFrom, results: channel.port2 }, transferList: [channel.port2] });
    pool.push(w);
    results.push(channel.port1);
    inFlight.push(0);
    w.on('error', (e: Error) => { failure = e; wake?.(); });
    w.on('exit', (code) => { if (code !== 0 && !failure) { failure = new Error(`extract helper thread exited with code ${code}`); wake?.(); } });
    channel.port1.on('message', (msg) => received(k, msg));
  }
  /** File `i`, or else the last file asked of the helpers, if no helper has started on it (claimed here for this thread), or -1. */
  const unclaimed = (i: number) => {
    if (Atomics.compareExchange(claims, i, FREE, THIS_THREAD) === FREE) return i;
    for (let j = sent - 1; j > i; j--) {
      const c = Atomics.compareExchange(claims, j, FREE, THIS_THREAD);
      if (c === FREE) return j;
      if (c === HELPER) return -1; // the helpers have got this far
    }
    return -1;
  };
  sendUpTo(AHEAD);
  try {
    shareReads(DEFAULT_PARSER_MODEL_PATH);
    const stages = await load();
    // the parser tables this thread read go to the helpers in shared memory (not read again if they parse ahead)
    for (const w of pool) w.postMessage({ seq: sent, paths: [], shared: sharedReads() } satisfies FirstHalvesRequest);
    for (let i = 0; i < paths.length; i++) {
      Atomics.store(progress, 0, i);
      receiveAll();
      let first = firsts[i];
      while (!first) {
        if (failure) throw failure;
        // Rather than wait for the helpers to start, this thread does a first half none has started on: this
        // file's, or else the last asked for (the helpers go front to back). Not once they have started: first
        // halves in both threads get their code compiled in both (measured under load: 40% of the first halves
        // done here, 0.6 s more CPU in all and a slower run).
        const j = split.takeFirstHalves === false || helping ? -1 : unclaimed(i);
        if (j >= 0) {
          firsts[j] = firstHalf(paths[j]!, (ownFirstStages ??= loadFirstStages()), settings);
          report.firstHalvesHere++;
          first = firsts[i];
          continue;
        }
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = null;
        first = firsts[i];
      }
      firsts[i] = undefined;
      if (sent - i <= AHEAD - BATCH) sendUpTo(i + 1 + AHEAD);
      if (first.error === undefined && first.recognized.parsed) report.parsedAhead++;
      emit(secondHalf(first, stages, settings), i);
    }
    return report;
  } finally {
    for (const port of results) port.close();
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
