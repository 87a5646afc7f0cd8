// The news relation model: relations the rules miss, learned from the project's hand-annotated news.
// `newsModelStep` is what the relate stage runs after the rules and the CoNLL04 classifier; `loadNewsModel`
// reads the shipped model (`kg train-news-relations` writes it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity, Parsed, ResolvedMention, Segmented } from '../../../types.ts';
import { InputError } from '../../../errors.ts';
import type { Found } from '../found.ts';
import type { Dateline } from '../dateline.ts';
import { readSentences } from '../classifier/sentences.ts';
import { newsCandidates, type Candidate, type CandidateOptions } from './features.ts';
import { decideAll, newsFindings } from './apply.ts';
import { canReport, decodeUnzippedNewsModel, gunzipNewsModel, NewsModelFormatError, pairKey, type NewsModel } from './model.ts';
// (the gunzipped model is kept in the model cache: ~25 ms of gunzip per start spared)
import { decodeKeptModel } from '../../model-cache.ts';

export type { Candidate } from './features.ts';
export type { NewsModel } from './model.ts';
export { NEWS_MODEL_RULE } from './apply.ts';

export const DEFAULT_NEWS_MODEL_PATH = fileURLToPath(new URL('../model/relations-news.bin.gz', import.meta.url));

const cache = new Map<string, NewsModel>();
export function loadNewsModel(path: string = DEFAULT_NEWS_MODEL_PATH): NewsModel {
  let m = cache.get(path);
  if (!m) {
    try { m = decodeKeptModel(path, () => gunzipNewsModel(readModel(path)), decodeUnzippedNewsModel, (e) => e instanceof NewsModelFormatError); } catch (e) {
      if (e instanceof NewsModelFormatError) throw new InputError(`news relation model ${path} is not valid (${e.message}); retrain it with \`kg train-news-relations -o ${path}\``);
      throw e;
    }
    cache.set(path, m);
  }
  return m;
}

function readModel(path: string): Buffer {
  try { return readFileSync(path); } catch (e) {
    throw new InputError(`news relation model ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); run \`npm run -s kg -- train-news-relations\` to create it`);
  }
}

export interface NewsStep {
  model?: NewsModel;
  /** Training and measurement: every article's candidates and the rules' findings they were read against. */
  onCandidates?: (candidates: Candidate[], rules: readonly Found[]) => void;
}

/**
 * The news model's findings for an article (none without a model): candidates are the pairs of prose
 * sentences (a wire dateline's names left out) that `found` does not relate in their sentence, and the pairs an
 * anaphor makes with the names of its sentence (features.ts). `claimed`: the sentences whose trees the readers
 * before the model asked for, parsed or not (relate.ts): the model reads those trees, and parses them if need be.
 */
export function newsModelStep(step: NewsStep, seg: Segmented, mentions: readonly ResolvedMention[], entities: ReadonlyMap<string, Entity>, found: readonly Found[],
  usable: (s: number) => boolean, parsed: Parsed | undefined, dateline: Dateline | undefined, claimed?: (s: number) => boolean): Found[] {
  const read = readSentences(seg, mentions, entities, { usable, minMentions: 1, ...(parsed ? { parsed: parsedSoFar(parsed, claimed), deferSyntax: true } : {}), datelineEnd: dateline ? datelineNamesEnd(seg, dateline) : -1 });
  if (!read.length) { step.onCandidates?.([], found); return []; }
  // At run time only the candidates that can become findings: pairs the rules leave open anywhere (newsFindings
  // drops the others), of entity classes some class can be reported for at their reach.
  const model = step.model;
  const options: CandidateOptions = step.onCandidates || !model ? {} : { openPairsOnly: true, reportable: reportableBy(model) };
  const candidates = newsCandidates(read, entities, found, options);
  step.onCandidates?.(candidates, found);
  return step.model && candidates.length ? newsFindings(step.model, decideAll(step.model, candidates), found) : [];
}

/** canReport of `model` for entity types, remembered per pair and reach. */
function reportableBy(model: NewsModel): NonNullable<CandidateOptions['reportable']> {
  const known = new Map<string, boolean>();
  return (a, b, reach) => {
    const key = `${pairKey(a, b)}|${reach}`;
    let ok = known.get(key);
    if (ok === undefined) known.set(key, (ok = canReport(model, pairKey(a, b), reach)));
    return ok;
  };
}

/**
 * The sentences parsed so far, or claimed. The parse stage parses a sentence when its entry is first read (a
 * getter until then); the rules and the classifier read the trees they need, or claim those they may need, and
 * the model reads only those: a candidate in any other sentence is read from its words, in training as at run
 * time. A claimed sentence is parsed when the model reads its tree (its entry here reads the parse stage's).
 */
export function parsedSoFar(parsed: Parsed, claimed?: (s: number) => boolean): Parsed {
  const sentences: Parsed['sentences'] = new Array(parsed.sentences.length).fill(null);
  for (let s = 0; s < sentences.length; s++) {
    const d = Object.getOwnPropertyDescriptor(parsed.sentences, s);
    if (d && 'value' in d) sentences[s] = d.value as Parsed['sentences'][number];
    else if (d && claimed?.(s)) Object.defineProperty(sentences, s, { configurable: true, enumerable: true, get: () => parsed.sentences[s] ?? null });
  }
  return { sentences };
}

/** Where a wire dateline's names end: the dash after its place ("TUCSON, Ariz. (AP) -"), else the place's end. */
function datelineNamesEnd(seg: Segmented, dateline: Dateline): number {
  const s = seg.sentences[dateline.sentence];
  if (!s) return -1;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = seg.tokens[t]!;
    if (tok.start >= dateline.place.end && /^(?:[-–—]{1,2}|:|_)$/.test(tok.text)) return tok.start;
  }
  return dateline.place.end;
}
