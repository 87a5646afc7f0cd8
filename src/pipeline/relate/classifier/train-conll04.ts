// Training on CoNLL04 end to end: items -> labelled sentences (the pipeline's
// own words; the gold entity spans, and the recogniser's own names when it is
// given) -> candidate pairs -> the averaged perceptron, calibrated and
// thresholded by cross-validation on the training items as run time will see
// them (the recogniser's names; or, with `folds` 0, on the development items),
// and scored on the development items with both kinds of names.
import type { Knowledge } from '../knowledge.ts';
import { examplesOf } from './classify.ts';
import { FEATURE_SET } from './features.ts';
import { labelledSentences, type Conll04Item, type Conll04Readers, type LabelledSentence } from './conll04.ts';
import type { RelationModel } from './model.ts';
import { evaluateRelationModel, trainRelationModel, type CalibrationSet, type RelationScores, type RelationTrainReport, type TrainRelationsOptions } from './train.ts';

export function trainOnConll04(
  train: Conll04Item[],
  dev: Conll04Item[] | null,
  readers: Conll04Readers,
  knowledge: Knowledge,
  opts: TrainRelationsOptions,
  info: Record<string, unknown> = {},
): { model: RelationModel; report: RelationTrainReport & { devGoldEntities: RelationScores | null } } {
  const within = (inner: string, outer: string) => knowledge.containers(inner).includes(outer);
  const own = !!readers.mentions;
  const featureSet = opts.featureSet ?? FEATURE_SET;
  const set = (ls: LabelledSentence[]): CalibrationSet => ({ examples: examplesOf(ls, within, featureSet), unreachable: ls.reduce((a, x) => a + x.unreachable, 0) });
  const trainSentences = labelledSentences(train, readers, own ? 'both' : 'gold');
  const trainPairs = examplesOf(trainSentences, within, featureSet);
  // the gold relations no run-time pair carries (recognised names when there are any), by type
  const runTime = trainSentences.filter((ls) => ls.names === (own ? 'recognised' : 'gold'));
  const trainUnreachable = runTime.reduce((acc, ls) => acc.map((x, t) => x + ls.unreachableByType[t]!), [0, 0, 0, 0, 0]);
  const devOwn = dev ? set(labelledSentences(dev, readers, own ? 'predicted' : 'gold')) : null;
  opts.log?.(`${train.length} training sentences (${trainPairs.length} candidate pairs)${dev ? `, ${dev.length} development sentences (${devOwn!.examples.length} pairs)` : ''}`);
  const out = trainRelationModel(trainPairs, devOwn, opts, { ...info, trainSentences: train.length, devSentences: dev?.length ?? 0, entities: own ? 'gold and recognised' : 'gold', syntax: !!readers.syntax, featureSet }, trainUnreachable);
  const devGoldEntities = dev && own ? evaluateRelationModel(out.model, set(labelledSentences(dev, readers, 'gold'))) : out.report.dev;
  return { model: out.model, report: { ...out.report, devGoldEntities } };
}
