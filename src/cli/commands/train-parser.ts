// `kg train-parser`: train the tagger and dependency parser on CoNLL-U treebank
// files and write the model (by default the one shipped in the repository).
// Deterministic for a given seed; the treebank is read in place, never copied.
import { InputError } from '../../errors.ts';
import { intFlag, parseArgs, stringFlag } from '../args.ts';
import { dataFiles, progressLog, readDataText, writeModelFile } from '../training.ts';
import { ConlluFormatError, parseConllu, type ConlluSentence } from '../../pipeline/parse/conllu.ts';
import { DEFAULT_PARSER_MODEL_PATH, DEFAULT_WORD_CLASSES_PATH } from '../../pipeline/parse/index.ts';
import { parseWordClasses, WordClassFormatError } from '../../pipeline/parse/word-classes.ts';
import { encodeModel } from '../../pipeline/parse/model.ts';
import type { BeamUpdate } from '../../pipeline/parse/beam.ts';
import { DEFAULT_PARSER_TRAIN_OPTIONS, TrainDataError, trainParser } from '../../pipeline/parse/train.ts';

const DEFAULT_TRAIN = '../shared/data/ud-english-ewt/en_ewt-ud-train.conllu';
const DEFAULT_DEV = '../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu';
const D = DEFAULT_PARSER_TRAIN_OPTIONS;

export const summary = 'train the part-of-speech tagger and dependency parser on CoNLL-U data and write the model';
export const usage = `
usage: kg train-parser [--train FILE] [--dev FILE] [-o FILE] [--epochs N] [--seed N] [--tag-epochs N] [--folds N] [--punct-epochs N] [--word-classes FILE|none] [--beam K] [--beam-update max-violation|early] [--quiet]
  --train FILE      CoNLL-U treebank to train on (UPOS, HEAD, DEPREL used), default ${DEFAULT_TRAIN}
  --dev FILE        CoNLL-U data scored after every epoch, never trained on; the best epoch is kept.
                    Default ${DEFAULT_DEV} when --train is not given
  -o, --out FILE    where to write the model, default the shipped model (src/pipeline/parse/model/)
  --epochs N        parser passes over the training data (default ${D.epochs})
  --seed N          seed of the sentence order and exploration (default ${D.seed}); same seed and data, same bytes
  --tag-epochs N    tagger passes (default ${D.tagEpochs})
  --folds N         jackknife folds for the tags the parser trains on (default ${D.folds}; 1 = gold tags)
  --punct-epochs N  passes of the punctuation ranker that re-attaches marks on the finished tree
                    (default ${D.punctEpochs}; 0 = none, the parser's punctuation heads stand)
  --word-classes F  word classes learned from unlabeled text, read by tagger and parser features and
                    kept in the model (default the shipped src/pipeline/parse/model/word-classes.tsv,
                    written by src/pipeline/parse/build-word-classes.ts; none = no classes)
  --beam K          train the moves with a beam of K states (structured perceptron, src/pipeline/parse/beam.ts);
                    the model then parses with that beam (default 1: the greedy parser, dynamic oracle)
  --beam-update U   with --beam: max-violation (default) or early update
  --quiet           no progress lines on stderr
The default data is UD English EWT (../shared/data/ud-english-ewt/, train and dev splits).
`;

function beamUpdateFlag(v: string | undefined): BeamUpdate {
  if (v === undefined || v === 'max-violation' || v === 'early') return v ?? 'max-violation';
  throw new InputError(`train-parser: --beam-update must be max-violation or early, not "${v}"`);
}

function readWordClasses(file: string): Map<string, number> {
  if (file === 'none') return new Map();
  const text = readDataText('train-parser', 'word-classes', file, 'a word-class file as written by src/pipeline/parse/build-word-classes.ts, or --word-classes none');
  try { return parseWordClasses(text); } catch (e) {
    if (e instanceof WordClassFormatError) throw new InputError(`train-parser: word-class file ${file}: ${e.message}`);
    throw e;
  }
}

function readTreebank(file: string, role: string): ConlluSentence[] {
  const text = readDataText('train-parser', role, file, `training needs a CoNLL-U treebank, e.g. UD English EWT's en_ewt-ud-${role}.conllu in ../shared/data/ud-english-ewt/, or pass one with --${role}`);
  let sents: ConlluSentence[];
  try { sents = parseConllu(text, file, true); } catch (e) {
    if (e instanceof ConlluFormatError) throw new InputError(`train-parser: ${role} data is not valid CoNLL-U: ${e.message}`);
    throw e;
  }
  if (!sents.length) throw new InputError(`train-parser: ${role} file ${file} holds no sentences; expected CoNLL-U word lines`);
  return sents;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { train: null, dev: null, out: 'o', epochs: null, seed: null, 'tag-epochs': null, folds: null, 'punct-epochs': null, 'word-classes': null, beam: null, 'beam-update': null }, booleans: ['quiet'] }, 'train-parser');
  const { trainFile, devFile } = dataFiles(args, 'train-parser', { train: DEFAULT_TRAIN, dev: DEFAULT_DEV });
  const out = stringFlag(args, 'out') ?? DEFAULT_PARSER_MODEL_PATH;
  const opts = {
    ...D,
    epochs: intFlag(args, 'epochs', 'train-parser', 1) ?? D.epochs,
    seed: intFlag(args, 'seed', 'train-parser', 0) ?? D.seed,
    tagEpochs: intFlag(args, 'tag-epochs', 'train-parser', 1) ?? D.tagEpochs,
    folds: intFlag(args, 'folds', 'train-parser', 1) ?? D.folds,
    punctEpochs: intFlag(args, 'punct-epochs', 'train-parser', 0) ?? D.punctEpochs,
    beam: intFlag(args, 'beam', 'train-parser', 1, 64) ?? 1,
    beamUpdate: beamUpdateFlag(stringFlag(args, 'beam-update')),
    wordClasses: readWordClasses(stringFlag(args, 'word-classes') ?? DEFAULT_WORD_CLASSES_PATH),
    log: progressLog(args),
  };
  const train = readTreebank(trainFile, 'train');
  const dev = devFile ? readTreebank(devFile, 'dev') : null;
  if (opts.folds > train.length) throw new InputError(`train-parser: --folds ${opts.folds} is more than the ${train.length} training sentences`);
  let result: ReturnType<typeof trainParser>;
  try { result = trainParser(train, dev, opts); } catch (e) {
    if (e instanceof TrainDataError) throw new InputError(`train-parser: ${trainFile}: ${e.message}`);
    throw e;
  }
  const { model, report } = result;
  const bytes = encodeModel(model);
  writeModelFile('train-parser', out, bytes);
  const lines = [
    `model ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${report.tagFeatures} tagger, ${report.moveFeatures} move and ${report.labelFeatures} relation feature rows, trained in ${report.seconds.toFixed(1)} s (epochs ${opts.epochs}, best ${report.bestEpoch}, seed ${opts.seed}, folds ${opts.folds}${opts.beam > 1 ? `, beam ${opts.beam}` : ''})`,
  ];
  if (report.dev) lines.push(`dev ${devFile}: UPOS ${report.dev.upos.toFixed(4)}, UAS ${report.dev.uas.toFixed(4)}, LAS ${report.dev.las.toFixed(4)} (${report.dev.words} words)`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
