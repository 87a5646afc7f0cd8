// `kg extract` on many files in two halves (first halves in a helper worker thread, second
// halves in this one) prints exactly what one thread prints, in input order, skipped files included,
// however the work is shared (first halves done in this thread, parses done by the helper).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSecondStages, loadStages } from '../../src/pipeline/analyze.ts';
import { extractResult, type ExtractResult, type ExtractSettings } from '../../src/cli/extract-job.ts';
import { extractInParallel, type SplitReport, type SplitTuning } from '../../src/cli/extract-pool.ts';
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
  // This thread takes first halves while the helper starts (its models are loaded here already, the
  // helper's are not), so by default the work is shared both ways; the split is forced one way as well:
  // the helper doing every first half and parsing every file it can (all but those whose names are asked of the parse).
  const splits: Array<{ name: string; split: SplitTuning; check: (r: SplitReport, syntax: boolean) => void }> = [
    { name: 'as it comes', split: {}, check: (r) => expect(r.firstHalvesHere).toBeGreaterThan(0) },
    {
      name: 'the helper parsing ahead', split: { parseAheadFrom: 0, takeFirstHalves: false },
      // never with the syntax: every sentence is parsed in this thread then
      check: (r, syntax) => { expect(r.firstHalvesHere).toBe(0); if (syntax) expect(r.parsedAhead).toBe(0); else expect(r.parsedAhead).toBeGreaterThan(15); },
    },
  ];
  for (const syntax of [false, true]) {
    for (const { name, split, check } of splits) {
      it(`gives every file the result one thread gives, in input order${syntax ? ' (with the syntax)' : ''}, the work shared ${name}`, async () => {
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
        const done = await extractInParallel(paths, () => loadSecondStages(), settings, 1, (r, i) => { got.push(r); order.push(i); }, split);
        expect(done.files).toBe(paths.length);
        check(done, syntax);
        expect(order).toEqual(paths.map((_, i) => i));
        expect(got).toEqual(expected);
      }, 180_000);
    }
  }
});
