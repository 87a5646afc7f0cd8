// Worker-thread side of `kg extract` on many files: load the first half's stages (the
// entity tagger), then answer each file path the main thread sends with the first half
// of its analysis (extract-pool.ts; `kg ingest` uses it too: store/halves-pool.ts), file by file.
import { parentPort, workerData } from 'node:worker_threads';
import { loadFirstStages } from '../pipeline/analyze.ts';
import { firstHalf, type ExtractSettings, type FirstHalvesRequest } from './extract-job.ts';

const settings = workerData.settings as ExtractSettings;
const stages = loadFirstStages();
parentPort!.on('message', (req: FirstHalvesRequest) => {
  req.paths.forEach((path, k) => parentPort!.postMessage({ seq: req.seq + k, ...firstHalf(path, stages, settings, req.sources?.[k]) }));
});
