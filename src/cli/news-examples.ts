// Annotated news for the news relation model (`kg train-news-relations` and the cross-validation tool in
// tests/fixtures/news/cv-news-model.ts): each set is a folder of articles (*.txt) with a gold.ts beside them
// whose exported table gives every file its statements. Every article is analysed by the pipeline as it
// runs (rules and the CoNLL04 classifier), and the candidates the news model would read are collected.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import type { ArticleAnalysis } from '../types.ts';
import { readArticle } from '../pipeline/read.ts';
import { conllDocuments } from '../bench/conll-docs.ts';
import { analyzeArticle, loadStages, type Stages } from '../pipeline/analyze.ts';
import { relate } from '../pipeline/relate/index.ts';
import { loadRelationClassifier } from '../pipeline/relate/classifier/index.ts';
import type { Found } from '../pipeline/relate/found.ts';
import type { Candidate } from '../pipeline/relate/news-model/index.ts';
import { labelOf, type GoldStatement } from '../pipeline/relate/news-model/labels.ts';
import { pairKey, type NewsExample } from '../pipeline/relate/news-model/model.ts';
import { hashed } from '../pipeline/relate/news-model/features.ts';

export interface AnnotatedArticle {
  set: string; file: string; path: string; gold: GoldStatement[]; alsoTrue: GoldStatement[];
  /** The article's text when it is not a file of its own (a document of a CoNLL file). */
  text?: string;
}

interface ArticleGold { gold: GoldStatement[]; alsoTrue: GoldStatement[] }
const isGoldTable = (x: unknown): x is Record<string, ArticleGold> =>
  !!x && typeof x === 'object' && Object.values(x).length > 0 && Object.values(x).every((g) => g && Array.isArray((g as ArticleGold).gold) && Array.isArray((g as ArticleGold).alsoTrue));

/**
 * A TypeScript data module, whatever runs the CLI (its bundle can import no .ts file, nor a data URL): its types
 * stripped by esbuild (installed with Vite; the CLI's launcher builds with it too) and its CommonJS form run as a
 * function. The module may import types only.
 */
function importTs(file: string): Record<string, unknown> {
  // required, not imported: the CLI's code-cached bundle has no dynamic import
  const { transformSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', sourcefile: file });
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => { throw new Error(`imports ${name}; a gold module may import types only`); };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

/**
 * Articles numbered from here on (news-fresh 350 and above) are the next blind test batch: no training, threshold or
 * feature choice may read them, so no annotated set gives them to the trainer or the cross-validation. (Each batch
 * is read blind first; once its honest reading is recorded, the bound moves past it so the model learns from it.)
 */
export const BLIND_FROM = 398;
const isBlind = (file: string) => { const n = parseInt(file, 10); return Number.isInteger(n) && n >= BLIND_FROM; };

/** The articles of an annotated folder, in file order, with their statements (the blind batch left out). */
export async function readAnnotatedSet(dir: string): Promise<AnnotatedArticle[]> {
  let files: string[];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort(); } catch (e) {
    throw new InputError(`train-news-relations: folder ${dir} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected articles (*.txt) and a gold.ts`);
  }
  const table = goldTable(dir);
  return files.filter((f) => table[f] && !isBlind(f)).map((f) => ({ set: dir, file: f, path: join(dir, f), gold: table[f]!.gold, alsoTrue: table[f]!.alsoTrue }));
}

/**
 * Annotated documents of a CoNLL-format file (tests/fixtures/news-reuters): the folder's gold.ts keys each
 * annotation by the document's index in the file, whose tokens are joined by spaces, one sentence a line.
 */
export async function readAnnotatedConllSet(dir: string, conllFile: string): Promise<AnnotatedArticle[]> {
  const table = goldTable(dir);
  let docs: string[];
  try { docs = conllDocuments(conllFile); } catch (e) {
    throw new InputError(`train-news-relations: ${conllFile} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected a CoNLL-format file`);
  }
  const out: AnnotatedArticle[] = [];
  for (const k of Object.keys(table).map(Number).sort((x, y) => x - y)) {
    const text = docs[k];
    if (text === undefined) throw new InputError(`train-news-relations: ${join(dir, 'gold.ts')} annotates document ${k}, ${conllFile} holds ${docs.length}`);
    out.push({ set: dir, file: `conll-${k}`, path: `${conllFile}#${k}`, gold: table[k]!.gold, alsoTrue: table[k]!.alsoTrue, text });
  }
  return out;
}

function goldTable(dir: string): Record<string, ArticleGold> {
  let mod: Record<string, unknown>;
  try { mod = importTs(join(dir, 'gold.ts')); } catch (e) {
    throw new InputError(`train-news-relations: ${join(dir, 'gold.ts')} cannot be loaded (${(e as Error).message.split('\n')[0]}); expected a module exporting the annotation table`);
  }
  const table = Object.values(mod).find(isGoldTable);
  if (!table) throw new InputError(`train-news-relations: ${join(dir, 'gold.ts')} exports no table of { gold, alsoTrue } per article`);
  return table;
}

export interface CollectedArticle {
  article: AnnotatedArticle;
  /** The pipeline's analysis without the news model. */
  analysis: ArticleAnalysis;
  candidates: Candidate[];
  /** The rules' (and the CoNLL04 classifier's) findings the candidates were read against. */
  rules: readonly Found[];
  /** Each candidate's label (undefined: left out of training). */
  labels: Array<string | undefined>;
}

/** Analyse every article and collect its candidates, labelled from its annotation. */
export async function collectArticles(articles: readonly AnnotatedArticle[], log?: (line: string) => void): Promise<CollectedArticle[]> {
  // the stages without their relation models (the shipped news model may be missing or stale: it is what is trained); relate is given its own
  const base: Stages = await loadStages({ relationModel: false });
  const classifier = loadRelationClassifier();
  let last: { candidates: Candidate[]; rules: readonly Found[] } = { candidates: [], rules: [] };
  const stages: Stages = { ...base, relate: (seg, resolved, parsed) => relate(seg, resolved, { parsed, classifier, news: { onCandidates: (candidates, rules) => { last = { candidates, rules: [...rules] }; } } }) };
  const out: CollectedArticle[] = [];
  for (const a of articles) {
    last = { candidates: [], rules: [] };
    const analysis = analyzeArticle(readArticle(a.text !== undefined ? Buffer.from(a.text) : readFileSync(a.path), a.text !== undefined ? `${a.file}.txt` : a.path), stages);
    out.push({ article: a, analysis, ...last, labels: last.candidates.map((c) => labelOf(c, a.gold, a.alsoTrue)) });
    if (log && out.length % 20 === 0) log(`train-news-relations: ${out.length}/${articles.length} articles read`);
  }
  return out;
}

/** The training examples of collected articles (candidates with a label). */
export function examplesOf(collected: readonly CollectedArticle[]): NewsExample[] {
  const out: NewsExample[] = [];
  for (const c of collected) {
    c.candidates.forEach((x, k) => {
      const label = c.labels[k];
      if (label !== undefined) out.push({ features: hashed(x.features), label, pair: pairKey(x.a.type, x.b.type) });
    });
  }
  return out;
}
