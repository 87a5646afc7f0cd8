// The first half of an article's analysis (read, segment, tag, recognise, and resolve where no
// name is asked of the parse) as a helper thread runs it for `kg extract` (cli/extract-pool.ts)
// and `kg ingest` (halves-pool.ts): what is asked of the helper (first-halves-worker.ts), what it
// answers, and how many helpers a batch is worth.
import os from 'node:os';
import { KgError } from '../errors.ts';
import { recognizeArticle, type FirstStages, type Recognized } from '../pipeline/recognize-article.ts';
import { parseAhead, type SentenceParser } from '../pipeline/parse-plan.ts';
import { readArticleFile } from './read-article-file.ts';
import type { GazetteerSnapshot } from '../pipeline/gazetteer/index.ts';

/** What a helper is started with: the articles' date option. */
export interface HelperSettings { date?: string }

/**
 * Files asked of a first-half helper thread: `paths[k]` is file `seq + k`, going by `sources[k]` when given;
 * `parseAhead`: also parse what the second half will parse (when the helper resolved the names), as a helper
 * with time to spare is asked to (cli/extract-pool.ts); `parserTables`: the asking thread's parser tables in
 * shared memory, which the helper then parses with instead of loading its own.
 */
export interface FirstHalvesRequest { seq: number; paths: string[]; sources?: string[]; parseAhead?: boolean; parserTables?: SharedArrayBuffer }

/** What a helper started with `shareGazetteer` posts before its first halves: the gazetteer it built. */
export interface GazetteerMessage { gazetteer: GazetteerSnapshot }

/** The gazetteer message, told from a first half. */
export function isGazetteerMessage(msg: object): msg is GazetteerMessage {
  return 'gazetteer' in msg;
}

/** Why a file was skipped (`userError`: a KgError, not a bug). */
export type Skipped = { error: string; userError: boolean; text?: undefined };

/** The first half of one file's job, as a helper thread posts it back. */
export type FirstHalf = { recognized: Recognized; error?: undefined } | Skipped;

/**
 * Read `path` and run the first half of its analysis (`source`: the name the article goes by instead of its
 * path, as `kg ingest` gives it); with `parser`, the sentences the second half parses are parsed too.
 */
export function firstHalf(path: string, stages: FirstStages, s: HelperSettings, source?: string, parser?: SentenceParser): FirstHalf {
  try {
    const article = readArticleFile(path, { date: s.date });
    const recognized = recognizeArticle(source === undefined ? article : { ...article, source }, stages);
    if (parser && recognized.resolved) recognized.parsedAhead = parseAhead(recognized.seg, recognized.resolved, parser);
    return { recognized };
  } catch (e) {
    return skipped(e);
  }
}

export function skipped(e: unknown): Skipped {
  return { error: (e as Error).message, userError: e instanceof KgError };
}

/**
 * Files from which a helper starts. It costs ~0.6 s of CPU of its own (its thread's start, the
 * tagger and the gazetteer loaded a second time, the first halves copied between threads) and
 * takes ~6 ms of work per file off this thread's path (eng.testa, measured under load): below
 * 64 files the wall time it saves (under ~0.4 s) is not worth that CPU on a shared machine.
 */
const MIN_FILES_FOR_HELPER = 64;

/**
 * First-half helpers worth starting for `files` files (0: analyse everything in this thread): one
 * when there are two cores or more (more helpers would wait for this thread's second halves,
 * which take about as long as one helper's first halves). Not gated on the load average: each
 * half's code is compiled once, so the helper adds little CPU time, and the process's own
 * earlier runs keep the load average up for a minute after they end.
 */
export function firstHalfHelpers(files: number, cores = availableCores()): number {
  return files >= MIN_FILES_FOR_HELPER && cores >= 2 ? 1 : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
