// The shipped parser model decoded, and the decoder's weights built from it the way the parser builds its run-time
// tables: what the tests of the decoders (caches.test.ts, beam.test.ts) run a reference parse with.
import { readFileSync } from 'node:fs';
import type { Weights } from '../../../src/pipeline/parse/decode.ts';
import { DEFAULT_PARSER_MODEL_PATH } from '../../../src/pipeline/parse/index.ts';
import { decodeModel, type ParserModel } from '../../../src/pipeline/parse/model.ts';
import { MoveTable, SparseTable } from '../../../src/pipeline/parse/tables.ts';

export function shippedModel(): ParserModel {
  return decodeModel(readFileSync(DEFAULT_PARSER_MODEL_PATH));
}

export function weightsOf(model: ParserModel): Weights {
  return {
    tagDict: new Map(Object.entries(model.tagDict)), tagger: new SparseTable(model.tagger), nTags: model.tags.length,
    ...(model.tagger2 ? { tagger2: new SparseTable(model.tagger2), retagMargin: model.retagMargin ?? Infinity } : {}),
    moves: new MoveTable(model.moves.hashes, model.moves.weights), labeller: new SparseTable(model.labeller),
    nLabels: model.labels.length, root: model.labels.indexOf('root'),
    ...(model.punct ? { punct: new SparseTable(model.punct), punctLabel: model.labels.indexOf('punct') } : {}),
  };
}
