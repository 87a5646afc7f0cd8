// Public entry of the learned relation classifier: load the shipped model (or
// another one) once per path; the relate stage asks it about candidate pairs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../../errors.ts';
import { RelationClassifier } from './classify.ts';
import { decodeRelationModel, RelationModelFormatError } from './model.ts';

export { RelationClassifier } from './classify.ts';
export type { PairDecision } from './classify.ts';

/** The model `kg train-relations` writes by default and the pipeline loads by default. */
export const DEFAULT_RELATION_MODEL_PATH = fileURLToPath(new URL('../model/relations-conll04.bin.gz', import.meta.url));

const cache = new Map<string, RelationClassifier>();

export function loadRelationClassifier(modelPath: string = DEFAULT_RELATION_MODEL_PATH): RelationClassifier {
  let c = cache.get(modelPath);
  if (!c) {
    let bytes: Buffer;
    try { bytes = readFileSync(modelPath); } catch (e) {
      throw new InputError(`relation model ${modelPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a model written by \`kg train-relations\`: run \`npm run -s kg -- train-relations\` to create it`);
    }
    try { c = new RelationClassifier(decodeRelationModel(bytes)); } catch (e) {
      if (e instanceof RelationModelFormatError) throw new InputError(`relation model ${modelPath} is not a valid relation model (${e.message}); retrain it with \`kg train-relations -o ${modelPath}\``);
      throw e;
    }
    cache.set(modelPath, c);
  }
  return c;
}
