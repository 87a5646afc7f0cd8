// Analyse article files on all cores: a pool of worker threads, each with its own
// copy of the pipeline (the model loads once per worker). Each worker also writes
// the analysis into the store and sends back only the document record, so the
// main thread never copies or serialises whole analyses. With one job the work
// runs in this thread, which is cheaper for a handful of files.
import fs from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentInfo } from '../types.ts';
import { KgError } from '../errors.ts';
import { analyzeArticle, loadStages, type Stages } from '../pipeline/analyze.ts';
import { readArticleFile } from './read-article-file.ts';
import { writeAnalyses } from './store.ts';

export interface PoolRequest { seq: number; path: string; dataDir: string }
export type PoolReply =
  | { seq: number; document: DocumentInfo; error?: undefined }
  | { seq: number; error: string; userError: boolean; document?: undefined };

/** Read, analyse and store one article (the analysis file stays unreferenced until the manifest names it). */
export function analyzeIntoStore(path: string, dataDir: string, stages: Stages): DocumentInfo {
  const analysis = analyzeArticle(readArticleFile(path), stages);
  writeAnalyses(dataDir, [analysis]);
  return analysis.document;
}

export interface AnalyzePool {
  /** Analyse one file into the store; resolves to its document record. */
  analyze(path: string): Promise<DocumentInfo>;
  close(): Promise<void>;
  readonly jobs: number;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export async function createAnalyzePool(jobs: number, dataDir: string): Promise<AnalyzePool> {
  if (jobs <= 1) {
    const stages = await loadStages();
    return {
      jobs: 1,
      analyze: async (path) => analyzeIntoStore(path, dataDir, stages),
      close: async () => {},
    };
  }
  // From the kg launcher, workers run the prebuilt bundle; otherwise they compile the sources through tsx.
  const bundled = process.env.KG_WORKER_BUNDLE;
  const bootstrap = bundled && fs.existsSync(bundled) ? pathToFileURL(bundled) : new URL('./worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('./analyze-worker.ts', import.meta.url).href;
  const waiting = new Map<number, { resolve: (a: DocumentInfo) => void; reject: (e: Error) => void }>();
  const queue: PoolRequest[] = [];
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
      if (msg.document) pending.resolve(msg.document);
      else pending.reject(msg.userError ? new KgError(msg.error) : new Error(msg.error));
    });
  })));
  idle.push(...workers);
  return {
    jobs,
    analyze(path) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const req = { seq: seq++, path, dataDir };
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
