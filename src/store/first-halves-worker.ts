// Worker-thread side of `kg extract` on many files: load the first half's stages (the
// entity tagger), then answer each file path the asking thread sends with the first half
// of its analysis (cli/extract-pool.ts; `kg ingest` uses it too: halves-pool.ts), file by file.
// Asked to parse ahead, it loads the parser (once, when first asked: its modules are imported
// then, not before the first article; on the asking thread's tables when they come with the
// request, in shared memory) and parses what the second half will parse as well; if the parser
// cannot be loaded, the second half parses as before. Started with `shareGazetteer`, it posts the
// gazetteer it built before any first half (the asking thread adopts it instead of building one).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SentenceParser } from '../pipeline/parse-plan.ts';
import { loadFirstStages } from '../pipeline/recognize-article.ts';
import { gazetteerSnapshot } from '../pipeline/gazetteer/index.ts';
import { packFirstHalf } from './first-half-message.ts';
import { firstHalf, type FirstHalvesRequest, type GazetteerMessage, type HelperSettings } from './first-halves.ts';

const settings = workerData.settings as HelperSettings;
/** Where the first halves go: a port of their own when the asking thread gave one (cli/extract-pool.ts), else the parent. */
const out = (workerData.results as MessagePort | undefined) ?? parentPort!;
// The asking thread closes that port once it has every first half: the thread then ends by itself,
// as a run that went well (so a code cache, cli/worker-code-cache.cjs, keeps what it compiled).
if (out !== parentPort) out.once('close', () => process.exit(0));
const stages = loadFirstStages();
// the gazetteer this thread has just built goes first, when asked for, so that the asking thread need not build its own
if (workerData.shareGazetteer) out.postMessage({ gazetteer: gazetteerSnapshot() } satisfies GazetteerMessage);
/** The parser once loaded; null once its load failed. */
let parser: SentenceParser | null | undefined;
async function sentenceParser(shared?: SharedArrayBuffer): Promise<SentenceParser | undefined> {
  if (parser === undefined) {
    try {
      const { loadParser, parserFromTableBytes } = await import('../pipeline/parse/index.ts');
      const p = (shared && parserFromTableBytes(Buffer.from(shared))) || loadParser();
      parser = (seg, index, names) => p.parseSentence(seg, index, names);
    } catch {
      parser = null;
    }
  }
  return parser ?? undefined;
}
function answer(req: FirstHalvesRequest, parse: SentenceParser | undefined): void {
  req.paths.forEach((path, k) => out.postMessage({ seq: req.seq + k, ...packFirstHalf(firstHalf(path, stages, settings, req.sources?.[k], parse)) }));
}
/** Requests waiting for the parser's first load, answered in order after it. */
let loading: Promise<void> | null = null;
parentPort!.on('message', (req: FirstHalvesRequest) => {
  if (loading) {
    loading = loading.then(() => answer(req, req.parseAhead ? parser ?? undefined : undefined));
  } else if (req.parseAhead && parser === undefined) {
    loading = sentenceParser(req.parserTables).then((p) => answer(req, p));
  } else {
    answer(req, req.parseAhead ? parser ?? undefined : undefined);
    return;
  }
  // a failure (never expected: firstHalf answers errors) fails the thread, as a throw from the handler would
  loading = loading.catch((e: unknown) => { setImmediate(() => { throw e; }); });
});
