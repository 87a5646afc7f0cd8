// `kg extract` on many files in two halves (first halves in a helper worker thread, second
// halves in this one) prints exactly what one thread prints, in input order, skipped files included,
// also when the helper parses ahead for every file (a guard: the split must never change a result).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSecondStages, loadStages } from '../../src/pipeline/analyze.ts';
import { extractResult, type ExtractResult, type ExtractSettings } from '../../src/cli/extract-job.ts';
import { extractInParallel } from '../../src/cli/extract-pool.ts';
import { firstHalfHelpers } from '../../src/store/first-halves.ts';

const NEWS = fileURLToPath(new URL('../fixtures/news/', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-extract-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('firstHalfHelpers', () => {
  it('starts one helper for a batch of files on two cores or more, none for a few files or on one core', () => {
    expect(firstHalfHelpers(10, 2)).toBe(0);
    expect(firstHalfHelpers(63, 2)).toBe(0);
    expect(firstHalfHelpers(64, 2)).toBe(1);
    expect(firstHalfHelpers(216, 2)).toBe(1);
    expect(firstHalfHelpers(216, 8)).toBe(1);
    expect(firstHalfHelpers(5000, 1)).toBe(0);
  });
});

describe('extractInParallel', () => {
  for (const [syntax, parseAhead] of [[false, 'when-spare'], [true, 'when-spare'], [false, 'always'], [true, 'always']] as const) {
    it(`gives every file the result one thread gives, in input order${syntax ? ' (with the syntax)' : ''}${parseAhead === 'always' ? ', the helper parsing ahead' : ''}`, async () => {
      const news = fs.readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(NEWS, f));
      expect(news.length).toBeGreaterThan(10);
      const empty = path.join(dir, 'empty.txt');
      fs.writeFileSync(empty, '');
      const paths = [...news.slice(0, 5), empty, path.join(dir, 'missing.txt'), ...news.slice(5)];
      const settings: ExtractSettings = { stages: {}, syntax, json: true };
      const stages = await loadStages();
      const expected = paths.map((p) => extractResult(p, stages, settings));
      expect(expected.filter((r) => r.error !== undefined).length).toBeGreaterThan(0);
      const got: ExtractResult[] = [];
      const order: number[] = [];
      const done = await extractInParallel(paths, () => loadSecondStages(), settings, 1, (r, i) => { got.push(r); order.push(i); }, parseAhead);
      expect(done).toBe(paths.length);
      expect(order).toEqual(paths.map((_, i) => i));
      expect(got).toEqual(expected);
    }, 180_000);
  }
});
