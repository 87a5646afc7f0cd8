// Worker-thread side of `kg extract` on many files: load the first half's stages (the
// entity tagger), then answer each file path the asking thread sends with the first half
// of its analysis (cli/extract-pool.ts; `kg ingest` uses it too: halves-pool.ts), file by file.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadFirstStages } from '../pipeline/recognize-article.ts';
import { firstHalf, type FirstHalvesRequest, type HelperSettings } from './first-halves.ts';

const settings = workerData.settings as HelperSettings;
/** Where the first halves go: a port of their own when the asking thread gave one (cli/extract-pool.ts), else the parent. */
const out = (workerData.results as MessagePort | undefined) ?? parentPort!;
const stages = loadFirstStages();
parentPort!.on('message', (req: FirstHalvesRequest) => {
  req.paths.forEach((path, k) => out.postMessage({ seq: req.seq + k, ...firstHalf(path, stages, settings, req.sources?.[k]) }));
});
