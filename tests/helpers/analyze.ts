// The whole per-article pipeline (shipped tagger included) on short texts written in
// the tests, and the corpus graph built from them.
import { analyzeArticle, loadStages, type Stages } from '../../src/pipeline/analyze.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { ArticleAnalysis, KnowledgeGraph } from '../../src/types.ts';

let stages: Stages | undefined;

export async function analyzeTexts(texts: string[]): Promise<ArticleAnalysis[]> {
  stages ??= await loadStages();
  return texts.map((text, i) => analyzeArticle({ id: `doc${i}`, title: null, source: `doc${i}.txt`, text }, stages!));
}

export async function corpusGraph(texts: string[]): Promise<KnowledgeGraph> {
  return buildGraph(await analyzeTexts(texts));
}
