// `kg ingest`'s analysis on two threads the way `kg extract` runs a batch (cli/extract-pool.ts):
// one helper thread reads each file and runs the first half of its analysis (segment, tag,
// recognise, mostly resolve), this thread the second (parse, relate) and stores the result.
// Each thread loads and compiles only its own half (the gazetteer, which both read, the helper
// builds and posts here), so the helper costs little more CPU than
// the work it takes over, where a pool of whole-pipeline workers compiles everything again in
// each (which is why those start only for large batches: ingest.ts MIN_BYTES_FOR_WORKERS).
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors.ts';
import { completeAnalysis, loadSecondStages, type SecondStages } from '../pipeline/analyze.ts';
import { unpackFirstHalf } from './first-half-message.ts';
import { isGazetteerMessage, type FirstHalf, type FirstHalvesRequest, type GazetteerMessage } from './first-halves.ts';
import { adoptGazetteer } from '../pipeline/gazetteer/index.ts';
import type { AnalyzePool } from './analyze-pool.ts';
import { analysisJson, writeAnalysisJson } from './store.ts';
import type { MadeAnalysis } from './stored-analyses.ts';

interface Pending { resolve: (a: MadeAnalysis) => void; reject: (e: Error) => void }

/** A pool of one first-half helper and this thread (reported as 2 jobs), storing into `dataDir`. */
export async function createHalvesPool(dataDir: string, date?: string): Promise<AnalyzePool> {
  const bundled = process.env.KG_FIRST_HALVES_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('./worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('./first-halves-worker.ts', import.meta.url).href;
  const helper = new Worker(bootstrap, { workerData: { entry, settings: { date }, shareGazetteer: true } });
  // the helper posts the gazetteer it built before its first halves: this thread adopts it instead of building one
  let gazetteerAdopted!: () => void;
  const gazetteer = new Promise<void>((resolve) => { gazetteerAdopted = resolve; });
  const waiting = new Map<number, Pending>();
  /** First halves that came before this thread's stages were loaded. */
  const early: Array<{ seq: number } & FirstHalf> = [];
  let stages: SecondStages | null = null;
  let failure: Error | null = null;
  let seq = 0;

  const fail = (e: Error) => {
    failure ??= e;
    gazetteerAdopted();
    for (const p of waiting.values()) p.reject(failure);
    waiting.clear();
  };
  const complete = (msg: { seq: number } & FirstHalf) => {
    const pending = waiting.get(msg.seq);
    if (!pending || !stages) return;
    waiting.delete(msg.seq);
    if (msg.error !== undefined) { pending.reject(msg.userError ? new KgError(msg.error) : new Error(msg.error)); return; }
    try {
      const analysis = completeAnalysis(unpackFirstHalf(msg).recognized, stages);
      const json = analysisJson(analysis);
      writeAnalysisJson(dataDir, analysis.document.id, json);
      pending.resolve({ document: analysis.document, json, analysis });
    } catch (e) {
      pending.reject(e as Error);
    }
  };
  helper.on('error', fail);
  helper.on('exit', (code) => { if (code !== 0) fail(new Error(`analysis helper thread exited with code ${code}`)); });
  // Each second half runs in a task of its own (setImmediate), not in the port's message handler: the port hands
  // over every message that has arrived in one go, so a quick helper would keep this thread from seeing Ctrl-C or
  // SIGTERM until the batch is done (tests/cli/ingest-signals.test.ts).
  helper.on('message', (msg: ({ seq: number } & FirstHalf) | GazetteerMessage) => {
    if (isGazetteerMessage(msg)) { adoptGazetteer(msg.gazetteer); gazetteerAdopted(); } else if (stages) setImmediate(complete, msg); else early.push(msg);
  });
  try {
    stages = await loadSecondStages({}, gazetteer);
  } catch (e) {
    await helper.terminate();
    throw e;
  }
  for (const msg of early.splice(0)) complete(msg);

  return {
    jobs: 2,
    analyze(path, name, fileDate) {
      if (failure) return Promise.reject(failure);
      if (fileDate !== date) return Promise.reject(new Error('halves pool: one date per run'));
      return new Promise((resolve, reject) => {
        const req: FirstHalvesRequest = { seq: seq++, paths: [path], sources: [name] };
        waiting.set(req.seq, { resolve, reject });
        helper.postMessage(req);
      });
    },
    async close() {
      await helper.terminate();
    },
  };
}
