// `kg extract` on many files in two threads: a helper worker thread reads each file and runs
// the first half of its analysis (segment, tag, recognise, and resolve where no name is asked of
// the parse), this thread runs the second (the opening-name probe and resolution where they are
// left, parse, relate) and prints, in input order. The halves cost about the same, and each
// thread loads only its own models and compiles only its own half's code: V8's optimising
// compiler works per thread, and when every thread ran the whole pipeline it compiled
// everything twice (~1.8 s of CPU for eng.testa's 216 documents, as much as the helper saved).
// KG_EXTRACT_WORKERS=N sets the number of helpers (0: all in this thread), for benchmarks.
// The halves' costs vary with the articles and the machine, so the split can move ('when-spare', which
// `kg extract` uses under KG_PARSE_AHEAD=1): while a helper has the file this thread comes to ready, the
// next files it is sent ask it to parse ahead as well (the sentences this thread would parse:
// pipeline/parse-plan.ts), which this thread then only reads.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SecondStages } from '../pipeline/analyze.ts';
import { isGazetteerMessage, type FirstHalf, type FirstHalvesRequest, type GazetteerMessage } from '../store/first-halves.ts';
import { unpackFirstHalf } from '../store/first-half-message.ts';
import { sharedParserTables } from '../pipeline/parse/index.ts';
import { adoptGazetteer } from '../pipeline/gazetteer/index.ts';
import { secondHalf, type ExtractResult, type ExtractSettings } from './extract-job.ts';

/**
 * First halves asked of the helpers ahead of the file this thread is on (bounds what waits in
 * memory), asked for BATCH files at a time (a message costs both threads ~1 ms).
 */
const AHEAD = 16;
const BATCH = 8;

/**
 * Analyse `paths`, the first halves in `workers` helper threads, the second halves in this
 * thread with the stages `load` gives (it is handed a promise that settles once the gazetteer the
 * first helper built has been adopted here, or that helper failed: loadSecondStages); `emit` gets each file's result in input order; resolves
 * to how many files were analysed (every one has its first half done by a helper). `parseAhead`: when the
 * helpers are asked to parse ahead ('when-spare', the default: while they keep ahead of this thread).
 */
export async function extractInParallel(paths: string[], load: (gazetteer: Promise<void>) => Promise<SecondStages>, settings: ExtractSettings, workers: number, emit: (r: ExtractResult, index: number) => void,
  parseAhead: 'when-spare' | 'always' | 'never' = 'when-spare'): Promise<number> {
  if (workers < 1) throw new Error('extractInParallel needs at least one helper');
  const firsts: (FirstHalf | undefined)[] = new Array(paths.length);
  const bundled = process.env.KG_FIRST_HALVES_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('../store/worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('../store/first-halves-worker.ts', import.meta.url).href;
  let failure: Error | null = null;
  /** Every file's result was emitted. */
  let done = false;
  let wake: (() => void) | null = null;
  let sent = 0;
  /** The helpers keep ahead of this thread: the files sent next are parsed ahead too. */
  let spare = parseAhead === 'always';
  /** This thread's parser tables in shared memory, once loaded, for each helper's first request to parse ahead. */
  let tables: SharedArrayBuffer | null = null;
  const tablesSent: boolean[] = [];
  const pool: Worker[] = [];
  const inFlight: number[] = [];
  /** Each helper's end. */
  const exits: Promise<void>[] = [];
  // the next files go to the helper with the fewest files under way
  const sendUpTo = (limit: number) => {
    while (sent < Math.min(limit, paths.length)) {
      let k = 0;
      for (let j = 1; j < pool.length; j++) if (inFlight[j]! < inFlight[k]!) k = j;
      const batch = paths.slice(sent, Math.min(sent + BATCH, limit, paths.length));
      inFlight[k]! += batch.length;
      const req: FirstHalvesRequest = { seq: sent, paths: batch, ...(spare ? { parseAhead: true } : {}) };
      if (spare && tables && !tablesSent[k]) { req.parserTables = tables; tablesSent[k] = true; }
      pool[k]!.postMessage(req);
      sent += batch.length;
    }
  };
  // Each helper answers on a port of its own, which this thread also empties between files without
  // going back to the event loop (receiveMessageOnPort): it sees every first half done so far, not
  // only those delivered the last time it waited, so each helper's count of files under way (which
  // picks the helper the next files go to) is true when the next files are sent.
  const results: MessagePort[] = [];
  // the first helper posts the gazetteer it built before its first halves: this thread adopts it instead of building one
  let gazetteerAdopted!: () => void;
  const gazetteer = new Promise<void>((resolve) => { gazetteerAdopted = resolve; });
  const received = (k: number, msg: ({ seq: number } & FirstHalf) | GazetteerMessage) => {
    if (isGazetteerMessage(msg)) { adoptGazetteer(msg.gazetteer); gazetteerAdopted(); return; }
    const { seq, ...first } = msg;
    firsts[seq] = unpackFirstHalf(first as FirstHalf);
    inFlight[k]!--;
    wake?.();
  };
  const receiveAll = () => {
    for (let k = 0; k < results.length; k++) {
      for (let m = receiveMessageOnPort(results[k]!); m; m = receiveMessageOnPort(results[k]!)) received(k, m.message);
    }
  };
  for (let k = 0; k < workers; k++) {
    const channel = new MessageChannel();
    const w = new Worker(bootstrap, { workerData: { entry, settings: { date: settings.date }, results: channel.port2, shareGazetteer: k === 0 }, transferList: [channel.port2] });
    pool.push(w);
    results.push(channel.port1);
    inFlight.push(0);
    w.on('error', (e: Error) => { failure = e; gazetteerAdopted(); wake?.(); });
    exits.push(new Promise<void>((resolve) => w.once('exit', () => resolve())));
    w.on('exit', (code) => { if (code !== 0 && !failure) { failure = new Error(`extract helper thread exited with code ${code}`); gazetteerAdopted(); wake?.(); } });
    channel.port1.on('message', (msg) => received(k, msg));
  }
  sendUpTo(AHEAD);
  try {
    const stages = await load(gazetteer);
    tables = sharedParserTables();
    for (let i = 0; i < paths.length; i++) {
      receiveAll();
      if (parseAhead === 'when-spare') spare = firsts[i] !== undefined;
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
    done = true;
    return paths.length;
  } finally {
    for (const port of results) port.close();
    // Done, a helper ends by itself once its port is closed (first-halves-worker.ts), as a run that went
    // well, keeping its compiled code (cli/worker-code-cache.cjs); otherwise, or if it is slow to, it is stopped.
    await Promise.all(pool.map((w, k) => done ? endedOrStopped(w, exits[k]!) : w.terminate()));
  }
}

/** How long a helper that was told its batch is done may take to end before it is stopped. */
const END_GRACE_MS = 5_000;

/** `ended`, a helper's end, or its stop once END_GRACE_MS have passed without it. */
async function endedOrStopped(w: Worker, ended: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), END_GRACE_MS); });
  try {
    if (await Promise.race([ended, late]) === 'late') await w.terminate();
  } finally {
    clearTimeout(timer);
  }
}
