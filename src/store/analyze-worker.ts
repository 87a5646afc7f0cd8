// Worker-thread side of the analysis pool: load the pipeline once, then read,
// analyse and store the files the main thread sends, one message per file.
import { parentPort } from 'node:worker_threads';
import { KgError } from '../errors.ts';
import { loadStages } from '../pipeline/analyze.ts';
import { analyzeIntoStore, type PoolReply, type PoolRequest } from './analyze-pool.ts';

const stages = await loadStages();
parentPort!.on('message', (req: PoolRequest) => {
  let reply: PoolReply;
  try {
    const { analysis, json } = analyzeIntoStore(req.path, req.name, req.dataDir, stages, req.date);
    reply = { seq: req.seq, document: analysis.document, json };
  } catch (e) {
    reply = { seq: req.seq, error: (e as Error).message, userError: e instanceof KgError };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
