// `kg train-relations`: train the relation classifier on CoNLL04-format JSON and
// write the model (by default the one shipped in the repository). The data files
// are read in place, never copied; the same data and seed write the same bytes.
import { InputError, UsageError } from '../../errors.ts';
import { intFlag, parseArgs, stringFlag } from '../args.ts';
import { dataFiles, progressLog, readDataText, writeModelFile } from '../training.ts';
import { loadTagger } from '../../pipeline/ner/index.ts';
import { recognize } from '../../pipeline/recognize/index.ts';
import { resolve } from '../../pipeline/resolve/index.ts';
import { articleSentences } from '../../pipeline/relate/learned.ts';
import { gazetteerKnowledge } from '../../pipeline/relate/gazetteer-knowledge.ts';
import { DEFAULT_RELATION_MODEL_PATH } from '../../pipeline/relate/classifier/index.ts';
import { Conll04FormatError, readConll04, type Conll04Item, type Conll04Readers } from '../../pipeline/relate/classifier/conll04.ts';
import { syntaxOfText } from '../../pipeline/relate/classifier/syntax.ts';
import { loadParser } from '../../pipeline/parse/index.ts';
import { FEATURE_SET } from '../../pipeline/relate/classifier/features.ts';
import { encodeRelationModel } from '../../pipeline/relate/classifier/model.ts';
import { trainOnConll04 } from '../../pipeline/relate/classifier/train-conll04.ts';
import { DEFAULT_RELATION_TRAIN_OPTIONS, formatRelationScores } from '../../pipeline/relate/classifier/train.ts';
import { RELATION_TYPES, type RelationType } from '../../pipeline/relate/classifier/labels.ts';

const DEFAULT_TRAIN = '../shared/data/conll04/conll04_train.json';
const DEFAULT_DEV = '../shared/data/conll04/conll04_dev.json';

export const summary = 'train the relation classifier on CoNLL04 data and write the model';
export const usage = `
usage: kg train-relations [--train FILE] [--dev FILE] [-o FILE] [--epochs N] [--seed N] [--bags N] [--folds N] [--min-confidence P] [--type-min-confidence T=P,...] [--target-precision P] [--feature-set N] [--run-time-sentences] [--no-syntax] [--quiet]
  --train FILE   CoNLL04 JSON (SpERT form: tokens, BILOU tags, relations), default ${DEFAULT_TRAIN}
  --dev FILE     CoNLL04 JSON to measure the model on (and, with --folds 0, to calibrate and threshold
                 on), never trained on; default ${DEFAULT_DEV} when --train is not given
  -o, --out FILE where to write the model, default the shipped model (src/pipeline/relate/model/)
  --epochs N     perceptron passes over the training pairs (default ${DEFAULT_RELATION_TRAIN_OPTIONS.epochs})
  --seed N       seed of the pair order (default ${DEFAULT_RELATION_TRAIN_OPTIONS.seed}); same seed and data, same model
  --bags N       average this many perceptrons trained on different pair orders (default ${DEFAULT_RELATION_TRAIN_OPTIONS.bags})
  --folds N      calibrate the confidence and choose each type's threshold by N-fold cross-validation
                 on the training data (default ${DEFAULT_RELATION_TRAIN_OPTIONS.folds}); the --dev data is then only measured;
                 0: calibrate and threshold on the --dev data instead
  --min-confidence P
                 the lowest confidence threshold to ship, for every type (default ${DEFAULT_RELATION_TRAIN_OPTIONS.minConfidence}: a
                 reported relation is right more often than not; ${DEFAULT_RELATION_TRAIN_OPTIONS.typeMinConfidence!.Live_In} for Live_In); a type's threshold
                 is the one that gives its best F1 on the held-out decisions when that is higher
  --type-min-confidence T=P,...
                 a higher floor for some types than --min-confidence (default Live_In=${DEFAULT_RELATION_TRAIN_OPTIONS.typeMinConfidence!.Live_In}
                 without --min-confidence, none with it), e.g. Live_In=0.8,Kill=0.6
  --target-precision P
                 with --folds: each type's threshold is at least the lowest at which its held-out
                 relations are right this often (default: no such bound)
  --feature-set N
                 the feature families to train with (1, 2 or 3; default ${FEATURE_SET}, see classifier/features.ts); the model
                 records its set and run time computes only those
  --run-time-sentences
                 read the recognised names of each training sentence as run time does (resolved,
                 sentence by sentence, dateline names left out) instead of over the whole item
  --no-syntax    leave out the dependency-path features (the sentences are parsed with the shipped parser otherwise)
  --quiet        no progress lines on stderr
`;

function readItems(file: string, role: string): Conll04Item[] {
  const text = readDataText('train-relations', role, file, `expected CoNLL04 JSON (the SpERT split, e.g. ${role === 'train' ? DEFAULT_TRAIN : DEFAULT_DEV}), pass another with --${role}`);
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) {
    throw new InputError(`train-relations: ${role} file ${file} is not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  let items: Conll04Item[];
  try { items = readConll04(json); } catch (e) {
    if (e instanceof Conll04FormatError) throw new InputError(`train-relations: ${role} file ${file} is not CoNLL04 JSON: ${e.message}`);
    throw e;
  }
  if (!items.length) throw new InputError(`train-relations: ${role} file ${file} holds no sentences`);
  return items;
}

function probabilityFlag(v: string | undefined, name = 'min-confidence'): number | undefined {
  if (v === undefined) return undefined;
  const p = Number(v);
  if (!(v.trim() !== '' && p >= 0 && p <= 1)) throw new UsageError(`train-relations: --${name} expects a number from 0 to 1, got "${v}"`);
  return p;
}

/** "Live_In=0.8,Kill=0.6" -> per-type floors; a type CoNLL04 does not have, or a bad number, is a usage error. */
function typeFloors(v: string | undefined): Partial<Record<RelationType, number>> | undefined {
  if (v === undefined) return undefined;
  const out: Partial<Record<RelationType, number>> = {};
  for (const part of v.split(',').filter((x) => x.trim())) {
    const [type, p] = part.split('=').map((x) => x.trim());
    if (!RELATION_TYPES.includes(type as RelationType)) throw new UsageError(`train-relations: --type-min-confidence expects TYPE=P with TYPE one of ${RELATION_TYPES.join(', ')}, got "${part}"`);
    out[type as RelationType] = probabilityFlag(p ?? '', 'type-min-confidence')!;
  }
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { train: null, dev: null, out: 'o', epochs: null, seed: null, bags: null, folds: null, 'min-confidence': null, 'target-precision': null, 'feature-set': null, 'type-min-confidence': null }, booleans: ['quiet', 'no-syntax', 'run-time-sentences'] }, 'train-relations');
  const { trainFile, devFile } = dataFiles(args, 'train-relations', { train: DEFAULT_TRAIN, dev: DEFAULT_DEV });
  const out = stringFlag(args, 'out') ?? DEFAULT_RELATION_MODEL_PATH;
  const opts = {
    epochs: intFlag(args, 'epochs', 'train-relations', 1) ?? DEFAULT_RELATION_TRAIN_OPTIONS.epochs,
    seed: intFlag(args, 'seed', 'train-relations', 0) ?? DEFAULT_RELATION_TRAIN_OPTIONS.seed,
    bags: intFlag(args, 'bags', 'train-relations', 1) ?? DEFAULT_RELATION_TRAIN_OPTIONS.bags,
    folds: intFlag(args, 'folds', 'train-relations', 0) ?? DEFAULT_RELATION_TRAIN_OPTIONS.folds,
    targetPrecision: probabilityFlag(stringFlag(args, 'target-precision'), 'target-precision') ?? DEFAULT_RELATION_TRAIN_OPTIONS.targetPrecision,
    minConfidence: probabilityFlag(stringFlag(args, 'min-confidence')) ?? DEFAULT_RELATION_TRAIN_OPTIONS.minConfidence,
    // a threshold given on the command line is the one for every type
    typeMinConfidence: typeFloors(stringFlag(args, 'type-min-confidence')) ?? (stringFlag(args, 'min-confidence') === undefined ? DEFAULT_RELATION_TRAIN_OPTIONS.typeMinConfidence : {}),
    featureSet: intFlag(args, 'feature-set', 'train-relations', 1, 3) ?? FEATURE_SET,
    log: progressLog(args),
  };
  const train = readItems(trainFile, 'train');
  const dev = devFile ? readItems(devFile, 'dev') : null;
  const tagger = loadTagger();
  const readers: Conll04Readers = { mentions: (seg) => recognize(seg, tagger.tag(seg)) };
  const parser = args.flags['no-syntax'] ? null : loadParser();
  if (parser) readers.syntax = (seg) => syntaxOfText(seg, parser.parse(seg));
  // with --run-time-sentences, the recognised reading of each item is what run time reads: resolved names, sentence by sentence
  if (args.flags['run-time-sentences']) readers.read = (seg) => {
    const resolved = resolve(seg, recognize(seg, tagger.tag(seg)));
    return articleSentences(seg, resolved, parser ? parser.parse(seg) : undefined);
  };
  const base = (f: string) => f.split(/[\\/]/).pop()!;
  const { model, report } = trainOnConll04(train, dev, readers, gazetteerKnowledge(), opts, { train: base(trainFile), dev: devFile ? base(devFile) : null });
  const bytes = encodeRelationModel(model);
  writeModelFile('train-relations', out, bytes);
  const lines = [`model ${out}: ${(bytes.length / 1e3).toFixed(0)} kB, ${report.rows} feature rows of ${report.features}, trained in ${report.seconds.toFixed(1)} s (epochs ${opts.epochs}, seed ${opts.seed}, bags ${opts.bags})`];
  const thresholds = `confidence thresholds ${RELATION_TYPES.map((t, k) => `${t} ${Math.max(model.minConfidence, model.typeMinConfidence[k]!)}`).join(', ')}`;
  if (report.crossValidated) lines.push(`cross-validated on ${trainFile} (${model.info.folds} folds), recognised names: ${formatRelationScores(report.crossValidated)}; ${thresholds} (best F1 at ${report.typeThresholds!.join(', ')})`);
  if (report.dev) lines.push(`dev ${devFile}, recognised names: ${formatRelationScores(report.dev)}${report.crossValidated ? '' : `; ${thresholds} (best F1 at ${report.bestThreshold})`}`);
  if (report.devGoldEntities) lines.push(`dev ${devFile}, gold names:       ${formatRelationScores(report.devGoldEntities)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
