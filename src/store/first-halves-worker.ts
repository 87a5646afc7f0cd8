// Worker-thread side of `kg extract` on many files: load the first half's stages (the
// entity tagger), then answer each file path the main thread sends with the first half
// of its analysis (cli/extract-pool.ts; `kg ingest` uses it too: halves-pool.ts), file by file.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadFirstStages, loadParseStage, type Stages } from '../pipeline/analyze.ts';
import { adoptSharedReads, sharedReads, shareReads } from '../pipeline/model-cache.ts';
import { DEFAULT_MODEL_PATH, loadTagger } from '../pipeline/ner/index.ts';
import { FREE, HELPER, firstHalf, type FirstHalvesRequest, type HelperSettings } from './first-halves.ts';

const settings = workerData.settings as HelperSettings;
/** Who does each file's first half (cli/extract-pool.ts); none when files are only ever asked of this thread (halves-pool.ts). */
const claims = workerData.claims as Int32Array | undefined;
/**
 * The file the asking thread is on (cli/extract-pool.ts), and how many files ahead of it this thread parses the
 * file it is on as well (parseAhead; -1: never).
 */
const progress = workerData.progress as Int32Array | undefined;
const parseAheadFrom = (workerData.parseAheadFrom as number | undefined) ?? -1;
/** Where the first halves go: a port of their own when the asking thread gave one (cli/extract-pool.ts), else the parent. */
const out = (workerData.results as MessagePort | undefined) ?? parentPort!;
// The tagger's model read into shared memory and handed to the asking thread (which loads it too, to do first halves
// while this thread starts), before the rest of the first half's stages are loaded.
if (workerData.results) {
  shareReads(DEFAULT_MODEL_PATH);
  loadTagger();
  out.postMessage({ shared: sharedReads() });
}
const stages = loadFirstStages();
/** The parser, loaded when this thread first parses ahead. */
let parser: Stages['parse'] | undefined;
const parseFor = (seq: number) =>
  progress && parseAheadFrom >= 0 && seq - Atomics.load(progress, 0) >= parseAheadFrom ? (parser ??= loadParseStage().parse) : undefined;
parentPort!.on('message', (req: FirstHalvesRequest) => {
  if (req.shared) adoptSharedReads(req.shared);
  req.paths.forEach((path, k) => {
    const seq = req.seq + k;
    // a file the asking thread has taken on itself (it had nothing else to do) is left to it
    if (claims && Atomics.compareExchange(claims, seq, FREE, HELPER) !== FREE) out.postMessage({ seq, taken: true });
    else out.postMessage({ seq, ...firstHalf(path, stages, settings, req.sources?.[k], parseFor(seq)) });
  });
});
