// `kg train-news-relations`: train the news relation model (src/pipeline/relate/news-model) on the project's
// hand-annotated news and write it (by default the one shipped beside the other models). Each --set is a folder
// of articles with a gold.ts annotation; the same sets and options write the same bytes.
import { UsageError, InputError } from '../../errors.ts';
import { intFlag, listFlag, parseArgs, stringFlag } from '../args.ts';
import { progressLog, writeModelFile } from '../training.ts';
import { collectArticles, examplesOf, readAnnotatedConllSet, readAnnotatedSet } from '../news-examples.ts';
import { DEFAULT_NEWS_MODEL_PATH } from '../../pipeline/relate/news-model/index.ts';
import { DEFAULT_NEWS_CALIBRATION, DEFAULT_NEWS_THRESHOLD, DEFAULT_NEWS_THRESHOLDS, DEFAULT_NEWS_TRAIN_OPTIONS, encodeNewsModel, trainNewsModel } from '../../pipeline/relate/news-model/model.ts';

const DEFAULT_SETS = ['tests/fixtures/news', 'tests/fixtures/news-fresh'];

export const summary = 'train the news relation model on hand-annotated news and write it';
export const usage = `
usage: kg train-news-relations [--set DIR]... [--conll-set DIR --conll FILE] [-o FILE] [--epochs N] [--seed N] [--threshold M] [--quiet]
  --set DIR      a folder of annotated articles (*.txt and a gold.ts exporting { gold, alsoTrue } per file);
                 repeatable; default ${DEFAULT_SETS.join(' and ')}
  --conll-set DIR  a folder whose gold.ts annotates documents of a CoNLL-format file by their index (repeatable;
                 tests/fixtures/news-reuters with --conll ../shared/data/conll2003/eng.testa)
  --conll FILE   the CoNLL-format file the --conll-set annotations index
  -o, --out FILE where to write the model, default the shipped model (src/pipeline/relate/model/)
  --epochs N     passes over the candidates (default ${DEFAULT_NEWS_TRAIN_OPTIONS.epochs})
  --seed N       seed of the candidate order (default ${DEFAULT_NEWS_TRAIN_OPTIONS.seed})
  --threshold M  margin over "none" a relation needs, for every class (default: per family of classes, chosen by
                 tests/fixtures/news/cv-news-model.ts, which measures the model by leave-one-batch-out cross-validation)
  --quiet        no progress lines on stderr
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { out: 'o', epochs: null, seed: null, threshold: null, conll: null }, booleans: ['quiet'], repeatable: ['set', 'conll-set'] }, 'train-news-relations');
  if (args.positional.length) throw new UsageError(`train-news-relations: unexpected argument "${args.positional[0]}"; pass folders with --set`);
  const sets = listFlag(args, 'set');
  const conllSets = listFlag(args, 'conll-set');
  const conll = stringFlag(args, 'conll');
  if (conllSets.length && !conll) throw new UsageError('train-news-relations: --conll-set needs --conll FILE (the CoNLL-format file its annotations index)');
  if (conll && !conllSets.length) throw new UsageError('train-news-relations: --conll needs a --conll-set DIR');
  const out = stringFlag(args, 'out') ?? DEFAULT_NEWS_MODEL_PATH;
  const t = stringFlag(args, 'threshold');
  const threshold = t === undefined ? DEFAULT_NEWS_THRESHOLD : Number(t);
  if (t !== undefined && (t.trim() === '' || !Number.isFinite(threshold))) throw new UsageError(`train-news-relations: --threshold expects a number, got "${t}"`);
  const opts = {
    ...DEFAULT_NEWS_TRAIN_OPTIONS,
    epochs: intFlag(args, 'epochs', 'train-news-relations', 1) ?? DEFAULT_NEWS_TRAIN_OPTIONS.epochs,
    seed: intFlag(args, 'seed', 'train-news-relations', 0) ?? DEFAULT_NEWS_TRAIN_OPTIONS.seed,
  };
  const log = progressLog(args);
  const articles = [];
  for (const dir of sets.length ? sets : DEFAULT_SETS) articles.push(...await readAnnotatedSet(dir));
  for (const dir of conllSets) articles.push(...await readAnnotatedConllSet(dir, conll!));
  if (!articles.length) throw new InputError('train-news-relations: the sets hold no annotated article');
  const examples = examplesOf(await collectArticles(articles, log));
  const model = trainNewsModel(examples, opts);
  model.threshold = threshold;
  model.thresholds = t === undefined ? DEFAULT_NEWS_THRESHOLDS : {};
  model.calibration = DEFAULT_NEWS_CALIBRATION;
  model.info = { ...model.info, articles: articles.length };
  writeModelFile('train-news-relations', out, encodeNewsModel(model));
  log?.(`train-news-relations: ${examples.length} candidates (${examples.filter((e) => e.label !== 'none').length} related) from ${articles.length} articles, ${model.weights.size} features, ${model.classes.length} classes; wrote ${out}`);
  return 0;
}
