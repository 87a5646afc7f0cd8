// The analysis in two halves (recognizeArticle, then completeAnalysis), as `kg extract` runs it
// across two threads: the first half is plain data that survives a copy between threads
// (structuredClone, as postMessage copies it), and the second half over the copy gives exactly
// the one-piece analysis, with the syntax too, each half with only its own stages loaded.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle, completeAnalysis, loadFirstStages, loadSecondStages, loadStages, recognizeArticle } from '../../src/pipeline/analyze.ts';
import { DependencyParser, loadParser } from '../../src/pipeline/parse/index.ts';
import { parseAhead } from '../../src/pipeline/parse-plan.ts';
import { openingNameSentences } from '../../src/pipeline/recognize/subject-names.ts';
import { resolve } from '../../src/pipeline/resolve/index.ts';
import { segment } from '../../src/pipeline/segment.ts';
import { readArticleFile } from '../../src/store/read-article-file.ts';

const NEWS = fileURLToPath(new URL('../fixtures/news/', import.meta.url));
const FRESH = fileURLToPath(new URL('../fixtures/news-fresh/', import.meta.url));

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

  it('gives the one-piece analysis when the first half parsed ahead, and the second half then parses only what was not parsed ahead', async () => {
    const whole = await loadStages();
    const first = loadFirstStages();
    const second = await loadSecondStages();
    const parser = loadParser();
    const files = fs.readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort();
    let parsedAhead = 0;
    for (const f of files) {
      const article = readArticleFile(path.join(NEWS, f));
      const half = recognizeArticle(article, first);
      if (half.resolved) half.parsedAhead = parseAhead(half.seg, half.resolved, (seg, i, names) => parser.parseSentence(seg, i, names));
      const copy = structuredClone(half);
      const spy = vi.spyOn(DependencyParser.prototype, 'parseSentence');
      let plain: string;
      try {
        plain = JSON.stringify(completeAnalysis(copy, second));
        // every sentence the second half read the parse of was parsed ahead
        if (half.resolved) expect(spy, f).toHaveBeenCalledTimes(0);
      } finally {
        spy.mockRestore();
      }
      parsedAhead += half.parsedAhead?.size ?? 0;
      expect(plain, f).toBe(JSON.stringify(analyzeArticle(article, whole)));
      expect(JSON.stringify(completeAnalysis(structuredClone(half), second, { syntax: true })), f).toBe(JSON.stringify(analyzeArticle(article, whole, { syntax: true })));
    }
    expect(parsedAhead).toBeGreaterThan(20);
  }, 120_000);

  it('resolves in the first half where no sentence-opening word is asked of the parse, and leaves it to the second where one is', () => {
    const first = loadFirstStages();
    let ahead = 0, left = 0;
    for (const dir of [NEWS, FRESH]) {
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
        const article = readArticleFile(path.join(dir, f));
        const half = recognizeArticle(article, first);
        const seg = segment(article);
        if (openingNameSentences(seg, half.mentions).size) { left++; expect(half.resolved, f).toBeUndefined(); continue; }
        ahead++;
        expect(half.resolved, f).toEqual(resolve(seg, half.mentions));
      }
    }
    // both kinds occur among the fixtures
    expect(ahead).toBeGreaterThan(50);
    expect(left).toBeGreaterThan(0);
  }, 120_000);
});
