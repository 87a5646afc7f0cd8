// Public entry of the syntax stage: load the shipped parser model (or another)
// once per path, then tag and parse segmented articles or word lists.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Parsed, Segmented } from '../../types.ts';
import { InputError } from '../../errors.ts';
import { decodeModel, ModelFormatError } from './model.ts';
import { DependencyParser, type WordAnalysis } from './parser.ts';

export { DependencyParser, type WordAnalysis } from './parser.ts';
export { sentenceWords, splitToken } from './words.ts';

/** The model `kg train-parser` writes by default and the pipeline loads by default. */
export const DEFAULT_PARSER_MODEL_PATH = fileURLToPath(new URL('./model/parser-ud-ewt.bin.gz', import.meta.url));

const cache = new Map<string, DependencyParser>();

export function loadParser(modelPath: string = DEFAULT_PARSER_MODEL_PATH): DependencyParser {
  let p = cache.get(modelPath);
  if (!p) {
    let bytes: Buffer;
    try { bytes = readFileSync(modelPath); } catch (e) {
      throw new InputError(`parser model ${modelPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a model written by \`kg train-parser\`: run \`kg train-parser\` to create it`);
    }
    try { p = new DependencyParser(decodeModel(bytes)); } catch (e) {
      if (e instanceof ModelFormatError) throw new InputError(`parser model ${modelPath} is not a valid parser model (${e.message}); retrain it with \`kg train-parser -o ${modelPath}\``);
      throw e;
    }
    cache.set(modelPath, p);
  }
  return p;
}

/** The parse stage with the shipped model: the sentences `which` accepts (all by default). */
export function parse(seg: Segmented, which?: (sentenceIndex: number) => boolean): Parsed {
  return loadParser().parse(seg, which);
}

/** Tag and parse one sentence given as word forms (gold tokenisation, e.g. CoNLL-U). */
export function parseWords(forms: readonly string[]): WordAnalysis[] {
  return loadParser().parseWords(forms);
}
