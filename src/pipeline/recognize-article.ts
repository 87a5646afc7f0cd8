// The first half of the per-article pipeline: segment -> tag -> recognize -> resolve, as
// analyze.ts runs it before the parse and relate. A module of its own so that a thread that runs
// only this half (store/first-halves-worker.ts) loads only its stages' code: through analyze.ts it
// also evaluated the parser's and the relate stage's modules (their word tables and patterns),
// which it never runs, on the way to its first article.
import type { Article, Mention, Resolved, Segmented } from '../types.ts';
import type { Stages } from './analyze.ts';
import type { ParsedAhead } from './parse-plan.ts';
import { segment } from './segment.ts';
import { loadTagger } from './ner/index.ts';
import { recognize } from './recognize/index.ts';
import { openingNameSentences } from './recognize/subject-names.ts';
import { resolve } from './resolve/index.ts';
import { loadGazetteer } from './gazetteer/index.ts';

/**
 * The stages of the first half of the analysis (recognizeArticle): up to recognition, and
 * resolution where no name is asked of the parse.
 */
export type FirstStages = Pick<Stages, 'tag' | 'recognize' | 'resolve'>;

/**
 * The first half's stages alone (the entity tagger is their model). Both halves read the
 * gazetteer: its indexes are built here, not in the first article (a thread that waits for
 * the other's first half builds them meanwhile).
 */
export function loadFirstStages(): FirstStages {
  const tagger = loadTagger();
  loadGazetteer();
  return { tag: (seg) => tagger.tag(seg), recognize, resolve };
}

/**
 * The first half of the analysis: the article segmented, its names found, and resolved into
 * entities unless a sentence-opening word is to be asked of the parse (which the second half
 * has; ~1 article in 5 of eng.testa). Plain data (no functions, no class instances), so one
 * thread can do this half and post it to another for the second.
 */
export interface Recognized {
  seg: Segmented;
  mentions: Mention[];
  resolved?: Resolved;
  /** With `resolved`: the sentences the second half parses, parsed ahead by a helper with time to spare (parse-plan.ts). */
  parsedAhead?: ParsedAhead;
}

export function recognizeArticle(article: Article, stages: FirstStages): Recognized {
  const seg = segment(article);
  const tagged = stages.tag(seg);
  const mentions = stages.recognize(seg, tagged);
  if (openingNameSentences(seg, mentions).size) return { seg, mentions };
  return { seg, mentions, resolved: stages.resolve(seg, mentions) };
}
