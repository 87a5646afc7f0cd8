// Training on CoNLL04 end to end: items -> labelled sentences (the pipeline's
// own words, the gold entity spans) -> candidate pairs -> the averaged perceptron,
// calibrated and thresholded on the development items.
import type { Knowledge } from '../knowledge.ts';
import { examplesOf } from './classify.ts';
import { labelledSentences, type Conll04Item, type Conll04Readers } from './conll04.ts';
import type { RelationModel } from './model.ts';
import { trainRelationModel, type RelationTrainReport, type TrainRelationsOptions } from './train.ts';

export function trainOnConll04(
  train: Conll04Item[],
  dev: Conll04Item[] | null,
  readers: Conll04Readers,
  knowledge: Knowledge,
  opts: TrainRelationsOptions,
  info: Record<string, unknown> = {},
): { model: RelationModel; report: RelationTrainReport } {
  const within = (inner: string, outer: string) => knowledge.containers(inner).includes(outer);
  const trainPairs = examplesOf(labelledSentences(train, readers), within);
  const devPairs = dev ? examplesOf(labelledSentences(dev, readers), within) : null;
  opts.log?.(`${train.length} training sentences (${trainPairs.length} candidate pairs)${dev ? `, ${dev.length} development sentences (${devPairs!.length} pairs)` : ''}`);
  return trainRelationModel(trainPairs, devPairs, opts, { ...info, trainSentences: train.length, devSentences: dev?.length ?? 0, syntax: !!readers.syntax });
}
