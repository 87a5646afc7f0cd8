// Public entry of the statistical named-entity tagger: load the shipped model
// (or another one) once per path and tag segmented documents with it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Segmented, TaggedSpan } from '../../types.ts';
import { InputError } from '../../errors.ts';
import { decodeModel, ModelFormatError } from './model.ts';
import { NerTagger } from './tagger.ts';

export interface Tagger { tag(seg: Segmented): TaggedSpan[] }

/** The model `kg train-ner` writes by default and the pipeline loads by default. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./model/ner-conll2003.bin.gz', import.meta.url));

const cache = new Map<string, NerTagger>();

export function loadTagger(modelPath: string = DEFAULT_MODEL_PATH): Tagger {
  let t = cache.get(modelPath);
  if (!t) {
    let bytes: Buffer;
    try { bytes = readFileSync(modelPath); } catch (e) {
      throw new InputError(`NER model ${modelPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a model written by \`kg train-ner\`: run \`npm run train:ner\` to create it`);
    }
    try { t = new NerTagger(decodeModel(bytes)); } catch (e) {
      if (e instanceof ModelFormatError) throw new InputError(`NER model ${modelPath} is not a valid tagger model (${e.message}); retrain it with \`kg train-ner -o ${modelPath}\``);
      throw e;
    }
    cache.set(modelPath, t);
  }
  return t;
}
