// Analyse article files on all cores: a pool of worker threads, each with its own
// copy of the pipeline (the model loads once per worker). Each worker writes the
// analysis into the store and sends back the JSON text it wrote, so the graph
// build that follows need not read the store again (stored-analyses.ts). With one job the work runs
// in this thread, which is cheaper for a handful of files.
import fs from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis, DocumentInfo } from '../types.ts';
import { KgError } from '../errors.ts';
import { analyzeArticle, loadStages, type Stages } from '../pipeline/analyze.ts';
import { readArticleFile } from './read-article-file.ts';
import { analysisJson, writeAnalysisJson } from './store.ts';
import type { MadeAnalysis } from './stored-analyses.ts';

export interface PoolRequest { seq: number; path: string; name: string; dataDir: string; date?: string }
export type PoolReply =
  | { seq: number; document: DocumentInfo; json: string; error?: undefined }
  | { seq: number; error: string; userError: boolean; json?: undefined };

/**
 * Read, analyse and store one article (the analysis file stays unreferenced
 * until the manifest names it), under `name` as its source (see InputFile.name);
 * the analysis and the JSON text written.
 */
export function analyzeIntoStore(path: string, name: string, dataDir: string, stages: Stages, date?: string): { analysis: ArticleAnalysis; json: string } {
  const analysis = analyzeArticle({ ...readArticleFile(path, { date }), source: name }, stages);
  const json = analysisJson(analysis);
  writeAnalysisJson(dataDir, analysis.document.id, json);
  return { analysis, json };
}

export interface AnalyzePool {
  /** Analyse one file into the store, naming it `name`; resolves to its document and stored JSON. */
  analyze(path: string, name: string, date?: string): Promise<MadeAnalysis>;
  close(): Promise<void>;
  readonly jobs: number;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * Requests sent ahead to each worker: the next file is already in its inbox when
 * it finishes one, so it never waits for the main thread to be scheduled (with
 * every core busy, that wait was measurable).
 */
const IN_FLIGHT_PER_WORKER = 2;

export async function createAnalyzePool(jobs: number, dataDir: string): Promise<AnalyzePool> {
  if (jobs <= 1) {
    const stages = await loadStages();
    return {
      jobs: 1,
      analyze: async (path, name, date) => {
        // Back to the event loop before each article: Ctrl-C and SIGTERM handlers run there, so
        // a run analysing in this thread sees them between articles instead of only at the end.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const { analysis, json } = analyzeIntoStore(path, name, dataDir, stages, date);
        return { document: analysis.document, json, analysis };
      },
      close: async () => {},
    };
  }
  // From the kg launcher, workers run the prebuilt bundle; otherwise they compile the sources through tsx.
  const bundled = process.env.KG_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('./worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('./analyze-worker.ts', import.meta.url).href;
  const waiting = new Map<number, { resolve: (a: MadeAnalysis) => void; reject: (e: Error) => void }>();
  const queue: PoolRequest[] = [];
  /** One entry per request a worker may still take (see IN_FLIGHT_PER_WORKER). */
  const idle: Worker[] = [];
  let seq = 0;
  let failure: Error | null = null;

  const dispatch = () => {
    while (idle.length && queue.length) idle.pop()!.postMessage(queue.shift()!);
  };
  const workers = await Promise.all(Array.from({ length: jobs }, () => new Promise<Worker>((resolve, reject) => {
    const w = new Worker(bootstrap, { workerData: { entry } });
    w.once('error', reject);
    w.on('message', (msg: PoolReply | { ready: true }) => {
      if ('ready' in msg) { w.off('error', reject); w.on('error', (e: Error) => { failure = e; for (const p of waiting.values()) p.reject(e); waiting.clear(); }); resolve(w); return; }
      const pending = waiting.get(msg.seq);
      waiting.delete(msg.seq);
      idle.push(w);
      dispatch();
      if (!pending) return;
      if (msg.json !== undefined) pending.resolve({ document: msg.document, json: msg.json });
      else pending.reject(msg.userError ? new KgError(msg.error) : new Error(msg.error));
    });
  })));
  for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) idle.push(...workers);
  return {
    jobs,
    analyze(path, name, date) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const req: PoolRequest = { seq: seq++, path, name, dataDir, ...(date ? { date } : {}) };
        waiting.set(req.seq, { resolve, reject });
        queue.push(req);
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
