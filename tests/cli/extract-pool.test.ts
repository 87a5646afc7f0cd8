// `kg extract` on many files with helper worker threads prints exactly what one thread prints,
// in input order, skipped files included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStages } from '../../src/pipeline/analyze.ts';
import { extractResult, type ExtractResult, type ExtractSettings } from '../../src/cli/extract-job.ts';
import { extractInParallel, extractWorkers } from '../../src/cli/extract-pool.ts';

const NEWS = fileURLToPath(new URL('../fixtures/news/', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-extract-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('extractWorkers', () => {
  it('starts helpers only for many files and only on idle cores', () => {
    expect(extractWorkers(10, 2, 0)).toBe(0);
    expect(extractWorkers(216, 2, 0.3)).toBe(1);
    expect(extractWorkers(216, 2, 1.5)).toBe(0);
    expect(extractWorkers(216, 8, 0)).toBe(2);
    expect(extractWorkers(5000, 8, 2.2)).toBe(5);
    expect(extractWorkers(5000, 1, 0)).toBe(0);
  });
});

describe('extractInParallel', () => {
  it('gives every file the result one thread gives, in input order', async () => {
    const news = fs.readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(NEWS, f));
    expect(news.length).toBeGreaterThan(10);
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const paths = [...news.slice(0, 5), empty, path.join(dir, 'missing.txt'), ...news.slice(5)];
    const settings: ExtractSettings = { stages: {}, syntax: false, json: true };
    const stages = await loadStages();
    const expected = paths.map((p) => extractResult(p, stages, settings));
    expect(expected.filter((r) => r.error !== undefined).length).toBeGreaterThan(0);
    const got: ExtractResult[] = [];
    const order: number[] = [];
    // the helper starts while this thread waits: it takes files once its pipeline is loaded (which takes a few
    // seconds, more on a loaded CI machine: the wait leaves a wide margin so the helper always gets some)
    const slowStart = async () => { await new Promise((r) => setTimeout(r, 30_000)); return stages; };
    const byWorker = await extractInParallel(paths, slowStart, settings, 1, (r, i) => { got.push(r); order.push(i); });
    expect(byWorker).toBeGreaterThan(0);
    expect(order).toEqual(paths.map((_, i) => i));
    expect(got).toEqual(expected);
  }, 180_000);
});
