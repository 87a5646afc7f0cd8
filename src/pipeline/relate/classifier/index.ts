// Public entry of the learned relation classifier: load the shipped model (or
// another one) once per path; the relate stage asks it about candidate pairs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../../errors.ts';
import { RelationClassifier } from './classify.ts';
import { decodeUnzippedRelationModel, gunzipRelationModel, RelationModelFormatError } from './model.ts';
// (the gunzipped model is kept in the model cache, keyed by the model file's path, size, time and inode: ~20-30 ms
// of gunzip per start spared)
import { decodeKeptModel } from '../../model-cache.ts';

export { RelationClassifier } from './classify.ts';
export type { PairDecision } from './classify.ts';

/** The model `kg train-relations` writes by default and the pipeline loads by default. */
export const DEFAULT_RELATION_MODEL_PATH = fileURLToPath(new URL('../model/relations-conll04.bin.gz', import.meta.url));

const cache = new Map<string, RelationClassifier>();

export function loadRelationClassifier(modelPath: string = DEFAULT_RELATION_MODEL_PATH): RelationClassifier {
  let c = cache.get(modelPath);
  if (!c) {
    try { c = new RelationClassifier(decodeKeptModel(modelPath, () => gunzipRelationModel(readModel(modelPath)), decodeUnzippedRelationModel, (e) => e instanceof RelationModelFormatError)); } catch (e) {
      if (e instanceof RelationModelFormatError) throw new InputError(`relation model ${modelPath} is not a valid relation model (${e.message}); retrain it with \`kg train-relations -o ${modelPath}\``);
      throw e;
    }
    cache.set(modelPath, c);
  }
  return c;
}

function readModel(modelPath: string): Buffer {
  try { return readFileSync(modelPath); } catch (e) {
    throw new InputError(`relation model ${modelPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a model written by \`kg train-relations\`: run \`npm run -s kg -- train-relations\` to create it`);
  }
}
