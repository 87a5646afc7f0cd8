// One `kg extract` file as a job: read, analyse and format it, in this thread, or in two
// halves: the first (read, segment, recognise, and mostly resolve: store/first-halves.ts) in a
// helper thread, the second (the rest of resolution, parse, relate, format) in this one (see
// extract-pool.ts).
import { analyzeArticle, completeAnalysis, type SecondStages, type Stages, type StageOptions } from '../pipeline/analyze.ts';
import type { ArticleAnalysis } from '../types.ts';
import { skipped, type FirstHalf, type Skipped } from '../store/first-halves.ts';
import { readArticleFile } from '../store/read-article-file.ts';
import { formatAnalysis } from './format-analysis.ts';

export interface ExtractSettings {
  stages: StageOptions;
  date?: string;
  syntax: boolean;
  json: boolean;
}

/** The printed text of one file, or why it was skipped (`userError`: a KgError, not a bug). */
export type ExtractResult = { text: string; error?: undefined } | Skipped;

export function extractFile(path: string, stages: Stages, s: ExtractSettings): string {
  return printed(analyzeArticle(readArticleFile(path, { date: s.date }), stages, { syntax: s.syntax }), s);
}

export function extractResult(path: string, stages: Stages, s: ExtractSettings): ExtractResult {
  try {
    return { text: extractFile(path, stages, s) };
  } catch (e) {
    return skipped(e);
  }
}

/** The second half of a file's analysis after its first (or the first half's failure), printed. */
export function secondHalf(first: FirstHalf, stages: SecondStages, s: ExtractSettings): ExtractResult {
  if (first.error !== undefined) return first;
  try {
    return { text: printed(completeAnalysis(first.recognized, stages, { syntax: s.syntax }), s) };
  } catch (e) {
    return skipped(e);
  }
}

function printed(analysis: ArticleAnalysis, s: ExtractSettings): string {
  return s.json ? JSON.stringify(analysis) + '\n' : formatAnalysis(analysis) + '\n';
}
