// Public entry of the statistical named-entity tagger: load the shipped model
// (or another one) once per path and tag segmented documents with it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Segmented, TaggedSpan } from '../../types.ts';
import { InputError } from '../../errors.ts';
import { readUnzipped, saveUnzipped, unzippedCacheDir } from '../model-cache.ts';
import { decodeUnzippedModel, gunzipModel, ModelFormatError, type NerModel } from './model.ts';
import { NerTagger } from './tagger.ts';
import { WeightTable } from './weights.ts';

export interface Tagger { tag(seg: Segmented): TaggedSpan[] }

/** The model `kg train-ner` writes by default and the pipeline loads by default. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./model/ner-conll2003.bin.gz', import.meta.url));

const cache = new Map<string, NerTagger>();

/** The tagger of a model, loaded once per path. */
export function loadTagger(modelPath: string = DEFAULT_MODEL_PATH): Tagger {
  let t = cache.get(modelPath);
  if (!t) {
    t = readTagger(modelPath);
    cache.set(modelPath, t);
  }
  return t;
}

/**
 * A fresh load of a model's tagger, from the model cache (../model-cache.ts) when it
 * holds the gunzipped model and its weight table, which a load without them leaves there.
 */
export function readTagger(modelPath: string = DEFAULT_MODEL_PATH): NerTagger {
  try {
    // The gzipped model (2.4 MB) is read only when the cache has no copy of it.
    const model = fromCache(modelPath) ?? decodeFresh(modelPath, gunzipModel(readModelFile(modelPath)));
    const table = cachedTable(modelPath);
    const t = new NerTagger(model, table ? { weights: table } : {});
    if (!table && unzippedCacheDir()) saveUnzipped(modelPath, t.weightTable.toBytes(), TABLE_VARIANT);
    return t;
  } catch (e) {
    if (e instanceof ModelFormatError) throw new InputError(`NER model ${modelPath} is not a valid tagger model (${e.message}); retrain it with \`kg train-ner -o ${modelPath}\``);
    throw e;
  }
}

/** The model file's bytes, or a one-line error saying how to make it. */
function readModelFile(modelPath: string): Buffer {
  try { return readFileSync(modelPath); } catch (e) {
    throw new InputError(`NER model ${modelPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a model written by \`kg train-ner\`: run \`npm run train:ner\` to create it`);
  }
}

/**
 * The model's weight table as a load built it before, kept in the model cache beside the
 * gunzipped copy (5.4 MB for the shipped model): read back in ~10 ms, built in ~40. The variant
 * names the layout (weights.ts checks its own version too): tables of an older one are never read.
 */
export const TABLE_VARIANT = 'table2';

function cachedTable(modelPath: string): WeightTable | null {
  const bytes = readUnzipped(modelPath, TABLE_VARIANT);
  return bytes && WeightTable.fromBytes(bytes);
}

/** The model from the gunzipped copy an earlier load kept (../model-cache.ts), or null. */
function fromCache(modelPath: string): NerModel | null {
  const bytes = readUnzipped(modelPath);
  if (!bytes) return null;
  try { return decodeUnzippedModel(bytes); } catch (e) {
    if (e instanceof ModelFormatError) return null; // a damaged copy: the model file decides
    throw e;
  }
}

/** The model from freshly gunzipped bytes, kept for the next load when they decode. */
function decodeFresh(modelPath: string, unzipped: Buffer): NerModel {
  if (!unzippedCacheDir()) return decodeUnzippedModel(unzipped);
  const model = decodeUnzippedModel(Buffer.from(unzipped));
  saveUnzipped(modelPath, unzipped);
  return model;
}
