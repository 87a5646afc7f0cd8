// `kg train-ner`: train the named-entity tagger from CoNLL-format files and write
// the model file (by default the one shipped in the repository). Deterministic
// for a given seed; the data files are read in place, never copied.
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.ts';
import { intFlag, parseArgs, stringFlag } from '../args.ts';
import { dataFiles, progressLog, readDataText, writeModelFile } from '../training.ts';
import { ConllFormatError, parseConll, type ConllDoc } from '../../pipeline/ner/conll.ts';
import { DEFAULT_MODEL_PATH } from '../../pipeline/ner/index.ts';
import { buildLexicon } from '../../pipeline/ner/lexicon-sources.ts';
import { encodeModel } from '../../pipeline/ner/model.ts';
import { DEFAULT_TRAIN_OPTIONS, trainModel } from '../../pipeline/ner/train.ts';
import { formatScores } from '../../pipeline/ner/evaluate.ts';
import { conll04AsConll } from '../../pipeline/ner/conll04-docs.ts';
import { Conll04FormatError, readConll04, type Conll04Item } from '../../pipeline/relate/classifier/conll04.ts';
import { CONLL2003, requireConll } from '../evaluation-data.ts';

const DEFAULT_TRAIN = CONLL2003.train;
const DEFAULT_DEV = CONLL2003.dev;
const SHOWN_TRAIN = '../shared/data/conll2003/eng.train';
const SHOWN_DEV = '../shared/data/conll2003/eng.testa';

export const summary = 'train the named-entity tagger on CoNLL-format data and write the model';
export const usage = `
usage: kg train-ner [--train FILE] [--dev FILE] [--conll04 FILE] [--conll04-weight W] [--conll04-stage2] [--conll04-domain] [-o FILE] [--epochs N] [--seed N] [--folds N] [--bags N] [--quiet]
  --train FILE   CoNLL-format training data (WORD ... TAG per line, IOB1 or IOB2), default ${SHOWN_TRAIN}
                 (beside the repository; not shipped: the README says how to get CoNLL-2003)
  --dev FILE     CoNLL-format data only scored, never trained on; default ${SHOWN_DEV} when --train is not given
  --conll04 FILE also train on the sentences of a CoNLL04 JSON file (SpERT form), read under the
                 CoNLL-2003 conventions (titles outside a person's name, "Town , State" as two places)
  --conll04-weight W  scale of the perceptron updates the CoNLL04 sentences make, 0 < W <= 1 (default 1)
  --conll04-stage2    CoNLL04 sentences train the second stage only (the first stage learns CoNLL-2003 alone)
  --conll04-domain    CoNLL04 tokens also get features conjoined with their source, which learn CoNLL04's own
                      conventions and are left out of the model (run time is the CoNLL-2003/news setting)
  -o, --out FILE where to write the model, default the shipped model (src/pipeline/ner/model/)
  --epochs N     perceptron passes over the training data (default ${DEFAULT_TRAIN_OPTIONS.epochs})
  --seed N       seed of the sentence order (default ${DEFAULT_TRAIN_OPTIONS.seed}); same seed and data, same model
  --folds N      jackknife folds for the second stage (default ${DEFAULT_TRAIN_OPTIONS.folds})
  --bags N       average this many perceptrons trained on different sentence orders (default ${DEFAULT_TRAIN_OPTIONS.bags})
  --quiet        no progress lines on stderr
`;

function readConll(file: string, role: string): ConllDoc[] {
  const text = readDataText('train-ner', role, file, `expected a CoNLL-format file, pass another with --${role}`);
  let docs: ConllDoc[];
  try { docs = parseConll(text, file); } catch (e) {
    if (e instanceof ConllFormatError) throw new InputError(`train-ner: ${role} data is not CoNLL format: ${e.message}`);
    throw e;
  }
  if (!docs.length) throw new InputError(`train-ner: ${role} file ${file} holds no sentences; expected "WORD ... TAG" lines`);
  return docs;
}

function readConll04File(file: string): Conll04Item[] {
  let json: unknown;
  try { json = JSON.parse(readFileSync(file, 'utf8')); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`train-ner: --conll04 file ${file} ${code ? `cannot be read (${code})` : 'is not JSON'}; expected CoNLL04 JSON (e.g. ../shared/data/conll04/conll04_train.json)`);
  }
  try { return readConll04(json); } catch (e) {
    if (e instanceof Conll04FormatError) throw new InputError(`train-ner: --conll04 file ${file} is not CoNLL04 JSON: ${e.message}`);
    throw e;
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { train: null, dev: null, conll04: null, 'conll04-weight': null, out: 'o', epochs: null, seed: null, folds: null, bags: null }, booleans: ['quiet', 'conll04-stage2', 'conll04-domain'] }, 'train-ner');
  const { trainFile, devFile } = dataFiles(args, 'train-ner', { train: DEFAULT_TRAIN, dev: DEFAULT_DEV });
  const out = stringFlag(args, 'out') ?? DEFAULT_MODEL_PATH;
  const opts = {
    epochs: intFlag(args, 'epochs', 'train-ner', 1) ?? DEFAULT_TRAIN_OPTIONS.epochs,
    seed: intFlag(args, 'seed', 'train-ner', 0) ?? DEFAULT_TRAIN_OPTIONS.seed,
    folds: intFlag(args, 'folds', 'train-ner', 2) ?? DEFAULT_TRAIN_OPTIONS.folds,
    bags: intFlag(args, 'bags', 'train-ner', 1) ?? DEFAULT_TRAIN_OPTIONS.bags,
    log: progressLog(args),
  };
  // Flags are checked first: a usage error is reported as such even where the default data is missing.
  const defaults = [trainFile, devFile].filter((f): f is string => f === DEFAULT_TRAIN || f === DEFAULT_DEV);
  requireConll('train-ner: training with the default data', defaults, 'or pass your own CoNLL-format files with --train FILE [--dev FILE]');
  const train = readConll(trainFile, 'train');
  const conll04File = stringFlag(args, 'conll04');
  const weightText = stringFlag(args, 'conll04-weight');
  const weight = weightText === undefined ? 1 : Number(weightText);
  if (!(weight > 0 && weight <= 1)) throw new InputError(`train-ner: --conll04-weight must be a number in (0, 1], got "${weightText}"`);
  const stage2Only = Boolean(args.flags['conll04-stage2']);
  const domain = Boolean(args.flags['conll04-domain']);
  if ((weightText !== undefined || stage2Only || domain) && !conll04File) throw new InputError('train-ner: --conll04-weight, --conll04-stage2 and --conll04-domain need --conll04 FILE');
  if (conll04File) {
    for (const d of conll04AsConll(readConll04File(conll04File))) {
      train.push({ ...d, ...(weight !== 1 ? { weight } : {}), ...(stage2Only ? { stage2Only } : {}), ...(domain ? { domain: 1 } : {}) });
    }
  }
  const dev = devFile ? readConll(devFile, 'dev') : null;
  const { model, report } = trainModel(train, dev, buildLexicon(), opts);
  const bytes = encodeModel(model);
  writeModelFile('train-ner', out, bytes);
  const lines = [
    `model ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${report.rows} feature rows of ${report.features}, trained in ${report.seconds.toFixed(1)} s (epochs ${opts.epochs}, seed ${opts.seed}, folds ${opts.folds}, bags ${opts.bags})`,
  ];
  if (report.dev2) lines.push(`dev ${devFile}: stage 1 ${formatScores(report.dev1!)}`, `dev ${devFile}: final   ${formatScores(report.dev2)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
