// Worker-thread side of `kg extract` on many files: load the pipeline once, then
// answer each file path the main thread sends with its printed text.
import { parentPort, workerData } from 'node:worker_threads';
import { loadStages } from '../pipeline/analyze.ts';
import { extractResult, type ExtractSettings } from './extract-job.ts';

const settings = workerData.settings as ExtractSettings;
const stages = await loadStages(settings.stages);
parentPort!.on('message', (req: { seq: number; path: string }) => {
  parentPort!.postMessage({ seq: req.seq, ...extractResult(req.path, stages, settings) });
});
parentPort!.postMessage({ ready: true });
