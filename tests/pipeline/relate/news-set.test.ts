// The hand-annotated news fixtures (tests/fixtures/news, annotated before the relate stage ran on them)
// through the whole pipeline: typed-relation recall and precision stay above what was measured when the
// generalisation work landed. `npx tsx tests/fixtures/news/score.ts -v` prints every miss and error.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/read.ts';
import { analyzeArticle, loadStages } from '../../../src/pipeline/analyze.ts';
import { newsArticles, scoreAnalysis, total, type Score } from '../../fixtures/news/score.ts';

const scores: Array<Score & { file: string }> = [];
beforeAll(async () => {
  const stages = await loadStages();
  for (const a of newsArticles()) scores.push({ file: a.file, ...scoreAnalysis(analyzeArticle(readArticle(readFileSync(a.path), a.path), stages), a.gold, a.alsoTrue) });
});

describe('hand-annotated news the relate stage was not written against', () => {
  it('finds at least 60% of the annotated typed relations, with modality', () => {
    const t = total(scores);
    console.log(`news set: recall ${t.found}/${t.gold} (${t.recall.toFixed(3)}), precision ${t.correct}/${t.predicted} (${t.precision.toFixed(3)})`);
    expect(t.recall, scores.flatMap((s) => s.missed.map((m) => `${s.file}: ${m}`)).join('\n')).toBeGreaterThanOrEqual(0.6);
  });

  it('at least 90% of the typed relations it reads from the text are true', () => {
    expect(total(scores).precision, scores.flatMap((s) => s.wrong.map((m) => `${s.file}: ${m}`)).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('every article gives some typed relation', () => {
    for (const s of scores) expect(s.predicted, s.file).toBeGreaterThan(0);
  });
});
