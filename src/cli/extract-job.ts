// One `kg extract` file as a job: read, analyse and format it, in this thread or a worker's.
import { KgError } from '../errors.ts';
import { analyzeArticle, type Stages, type StageOptions } from '../pipeline/analyze.ts';
import { readArticleFile } from '../store/read-article-file.ts';
import { formatAnalysis } from './format-analysis.ts';

export interface ExtractSettings {
  stages: StageOptions;
  date?: string;
  syntax: boolean;
  json: boolean;
}

/** The printed text of one file, or why it was skipped (`userError`: a KgError, not a bug). */
export type ExtractResult = { text: string; error?: undefined } | { error: string; userError: boolean; text?: undefined };

export function extractFile(path: string, stages: Stages, s: ExtractSettings): string {
  const analysis = analyzeArticle(readArticleFile(path, { date: s.date }), stages, { syntax: s.syntax });
  return s.json ? JSON.stringify(analysis) + '\n' : formatAnalysis(analysis) + '\n';
}

export function extractResult(path: string, stages: Stages, s: ExtractSettings): ExtractResult {
  try {
    return { text: extractFile(path, stages, s) };
  } catch (e) {
    return { error: (e as Error).message, userError: e instanceof KgError };
  }
}
