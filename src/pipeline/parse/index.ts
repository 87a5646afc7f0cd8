// Public entry of the syntax stage: load the shipped parser model (or another)
// once per path, then tag and parse segmented articles or word lists.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Parsed, Segmented } from '../../types.ts';
import { InputError } from '../../errors.ts';
import { decodeUnzippedModel, gunzipModel, gunzipModelAsync, ModelFormatError, type ParserModel } from './model.ts';
import { readUnzipped, saveUnzipped, unzippedCacheDir } from '../model-cache.ts';
import { DependencyParser, type WordAnalysis } from './parser.ts';
import { decodeTables, encodeTables } from './table-file.ts';

export { DependencyParser, type WordAnalysis } from './parser.ts';
export { sentenceWords, splitToken } from './words.ts';
export type { NameSpan } from './name-tags.ts';

/** The model `kg train-parser` writes by default and the pipeline loads by default. */
export const DEFAULT_PARSER_MODEL_PATH = fileURLToPath(new URL('./model/parser-ud-ewt.bin.gz', import.meta.url));
/** Word classes `kg train-parser` trains with by default (written by build-word-classes.ts; the model keeps a copy). */
export const DEFAULT_WORD_CLASSES_PATH = fileURLToPath(new URL('./model/word-classes.tsv', import.meta.url));

const cache = new Map<string, DependencyParser>();

export function loadParser(modelPath: string = DEFAULT_PARSER_MODEL_PATH): DependencyParser {
  let p = cache.get(modelPath);
  if (!p) {
    p = fromTables(modelPath) ?? keepTables(modelPath, fromModel(modelPath, () => fromCache(modelPath) ?? decodeFresh(modelPath, gunzipModel(readModel(modelPath)))));
    cache.set(modelPath, p);
  }
  return p;
}

/**
 * `loadParser` with the model's gunzip on libuv's thread pool, so a caller can load the other
 * models while it runs (`kg extract` start-up). Tables a load built before are read instead.
 */
export async function loadParserAsync(modelPath: string = DEFAULT_PARSER_MODEL_PATH): Promise<DependencyParser> {
  const cached = cache.get(modelPath) ?? fromTables(modelPath);
  if (cached) { cache.set(modelPath, cached); return cached; }
  let model: ParserModel;
  try { model = fromCache(modelPath) ?? decodeFresh(modelPath, await gunzipModelAsync(readModel(modelPath))); } catch (e) { throw modelError(modelPath, e); }
  const p = cache.get(modelPath) ?? keepTables(modelPath, fromModel(modelPath, () => model));
  cache.set(modelPath, p);
  return p;
}

/**
 * The run-time tables a load built are kept in the model cache beside the gunzipped model
 * (variant "tables3", keyed like it by the model file's path, size, time and inode): read back,
 * they spare building them (~0.3 s of CPU per start for the shipped model). The variant names the
 * layout (table-file.ts checks its own version too): a checkout running an older layout keeps its
 * entries apart rather than rebuilding them over each other's.
 */
export const TABLES_VARIANT = 'tables3';

/**
 * A parser from the tables an earlier load kept, or null (none, or not tables). They are read into
 * shared memory, so that a helper thread can run a parser on the same 42 MB without reading and
 * copying them again (sharedParserTables).
 */
function fromTables(modelPath: string): DependencyParser | null {
  const bytes = readUnzipped(modelPath, TABLES_VARIANT, { shared: true });
  const p = bytes && parserFromTableBytes(bytes);
  if (p && bytes.buffer instanceof SharedArrayBuffer) sharedTables.set(modelPath, bytes.buffer);
  return p;
}

/** The shared memory each parser loaded from kept tables runs on, by model path. */
const sharedTables = new Map<string, SharedArrayBuffer>();

/** The shared memory the parser loaded for `modelPath` runs on (the kept tables' bytes), for another thread's parserFromTableBytes; null if it has none. */
export function sharedParserTables(modelPath: string = DEFAULT_PARSER_MODEL_PATH): SharedArrayBuffer | null {
  return cache.has(modelPath) ? sharedTables.get(modelPath) ?? null : null;
}

/** A parser running on tables given as bytes (a load's kept tables, or another thread's shared ones: the arrays are views, not copies), or null when they are not tables. */
export function parserFromTableBytes(bytes: Buffer): DependencyParser | null {
  const tables = decodeTables(bytes);
  if (!tables) return null;
  try { return new DependencyParser(tables); } catch { return null; } // e.g. a tag outside UPOS: the model file decides
}

function keepTables(modelPath: string, p: DependencyParser): DependencyParser {
  if (unzippedCacheDir()) saveUnzipped(modelPath, encodeTables(p.tables), TABLES_VARIANT);
  return p;
}

/** The model from the gunzipped copy an earlier load kept (../model-cache.ts), or null. */
function fromCache(modelPath: string): ParserModel | null {
  const bytes = readUnzipped(modelPath);
  if (!bytes) return null;
  try { return decodeUnzippedModel(bytes); } catch (e) {
    if (e instanceof ModelFormatError) return null; // a damaged copy: the model file decides
    throw e;
  }
}

/** The model from freshly gunzipped bytes, kept for the next load first (decoding takes the buffer over). */
function decodeFresh(modelPath: string, unzipped: Buffer): ParserModel {
  if (!unzippedCacheDir()) return decodeUnzippedModel(unzipped);
  // Only bytes that decode are kept.
  const model = decodeUnzippedModel(Buffer.from(unzipped));
  saveUnzipped(modelPath, unzipped);
  return model;
}

function readModel(modelPath: string): Buffer {
  try { return readFileSync(modelPath); } catch (e) {
    throw new InputError(`parser model ${modelPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a model written by \`kg train-parser\`: run \`kg train-parser\` to create it`);
  }
}

function modelError(modelPath: string, e: unknown): unknown {
  if (e instanceof ModelFormatError) return new InputError(`parser model ${modelPath} is not a valid parser model (${e.message}); retrain it with \`kg train-parser -o ${modelPath}\``);
  return e;
}

function fromModel(modelPath: string, model: () => ParserModel): DependencyParser {
  try { return new DependencyParser(model()); } catch (e) { throw modelError(modelPath, e); }
}

/** The parse stage with the shipped model: the sentences `which` accepts (all by default). */
export function parse(seg: Segmented, which?: (sentenceIndex: number) => boolean): Parsed {
  return loadParser().parse(seg, which);
}

/** Tag and parse one sentence given as word forms (gold tokenisation, e.g. CoNLL-U). */
export function parseWords(forms: readonly string[]): WordAnalysis[] {
  return loadParser().parseWords(forms);
}
