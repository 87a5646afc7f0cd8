// The analysis in two halves (recognizeArticle, then completeAnalysis), as `kg extract` runs it
// across two threads: the first half is plain data that survives a copy between threads
// (structuredClone, as postMessage copies it), and the second half over the copy gives exactly
// the one-piece analysis, with the syntax too, each half with only its own stages loaded.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, completeAnalysis, loadFirstStages, loadSecondStages, loadStages, recognizeArticle } from '../../src/pipeline/analyze.ts';
import { readArticleFile } from '../../src/store/read-article-file.ts';

const NEWS = fileURLToPath(new URL('../fixtures/news/', import.meta.url));

describe('the analysis in two halves', () => {
  it('gives the one-piece analysis after its first half is copied as a message would copy it', async () => {
    const whole = await loadStages();
    const first = loadFirstStages();
    const second = await loadSecondStages();
    const files = fs.readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const article = readArticleFile(path.join(NEWS, f));
      const halves = structuredClone(recognizeArticle(article, first));
      for (const syntax of [false, true]) {
        expect(JSON.stringify(completeAnalysis(halves, second, { syntax })), f).toBe(JSON.stringify(analyzeArticle(article, whole, { syntax })));
      }
    }
  }, 120_000);
});
