import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/store/ingest.ts';
import { readManifest } from '../../src/store/store.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import { SAMPLE } from '../helpers/cli.ts';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const p = path.join(dir, 'in', name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

describe('ingest', () => {
  it('stores the sample and a second run changes nothing, byte for byte', async () => {
    const data = path.join(dir, 'data');
    const first = await ingest([SAMPLE], { dataDir: data });
    expect(first.added).toBe(1);
    const graphBefore = fs.readFileSync(path.join(data, 'graph.json'));
    const again = await ingest([SAMPLE], { dataDir: data });
    expect(again).toMatchObject({ added: 0, unchanged: 1 });
    expect(fs.readFileSync(path.join(data, 'graph.json')).equals(graphBefore)).toBe(true);
    expect(loadGraph(data).getAttribute('documents')).toHaveProperty(Object.keys(readManifest(data).documents)[0]!);
  });

  it('skips one bad file among many with a warning and keeps the good ones', async () => {
    const data = path.join(dir, 'data');
    write('good.txt', 'France condemned the attack on Mali on Monday, officials in Paris said.');
    write('empty.txt', '');
    write('binary.txt', Buffer.from([0, 1, 2, 3, 0, 255]));
    const warnings: string[] = [];
    const r = await ingest([path.join(dir, 'in')], { dataDir: data, onWarning: (m) => warnings.push(m) });
    expect(r).toMatchObject({ files: 3, added: 1, skipped: 2 });
    expect(warnings.join('\n')).toMatch(/empty\.txt.*is empty/);
    expect(warnings.join('\n')).toMatch(/binary\.txt.*binary/);
  });

  it('skips pages nested too deep to read, naming them, and ingests the rest', async () => {
    const data = path.join(dir, 'data');
    write('good.txt', 'France condemned the attack on Mali on Monday, officials in Paris said.');
    write('nested.html', `<html><body>${'<div>'.repeat(10_000)}Germany criticised Poland.${'</div>'.repeat(10_000)}</body></html>`);
    write('unclosed.html', `<html><body>${'<div><span><b>x'.repeat(73_000)}</body></html>`);
    const warnings: string[] = [];
    const r = await ingest([path.join(dir, 'in')], { dataDir: data, onWarning: (m) => warnings.push(m) });
    expect(r).toMatchObject({ files: 3, added: 1, skipped: 2 });
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/nested\.html nests HTML elements 10000 deep/);
    expect(warnings.join('\n')).toMatch(/unclosed\.html nests HTML elements \d+ deep/);
  });

  it('a stop asked for while the graph is built commits nothing', async () => {
    const data = path.join(dir, 'data');
    write('a.txt', 'France condemned the attack on Mali on Monday, officials in Paris said.');
    write('b.txt', 'Germany criticised Poland on Monday.');
    // asked once per file before it is analysed, once after the analysis, once after the build
    let asked = 0;
    await expect(ingest([path.join(dir, 'in')], { dataDir: data, cancelled: () => ++asked > 3 })).rejects.toThrow(/interrupted; the store is unchanged/);
    expect(asked).toBe(4);
    expect(fs.existsSync(path.join(data, 'graph.json'))).toBe(false);
    expect(fs.existsSync(path.join(data, 'store', 'manifest.json'))).toBe(false);
  });

  it('replaces a changed article at the same path instead of keeping both versions', async () => {
    const data = path.join(dir, 'data');
    const p = write('a.txt', 'Germany criticised Poland on Monday.');
    await ingest([p], { dataDir: data });
    fs.writeFileSync(p, 'Germany praised Poland on Tuesday.');
    const r = await ingest([p], { dataDir: data });
    expect(r).toMatchObject({ replaced: 1, documents: 1 });
    expect(fs.readdirSync(path.join(data, 'store', 'analyses'))).toHaveLength(1);
  });

  it('names articles by their path inside the folder ingested, or their file name: never where they sit on this machine', async () => {
    const data = path.join(dir, 'data');
    write('europe/germany.txt', 'Germany criticised Poland on Monday.');
    write('asia/japan.html', `<html><head><title>Japan and China | Wire</title><meta property="article:published_time" content="2023-04-01"></head><body><p>${'Japan protested to China about the islands on Monday, the foreign ministry said. '.repeat(4)}</p></body></html>`);
    const single = path.join(dir, 'loose.txt');
    fs.writeFileSync(single, 'France praised Spain on Tuesday.');
    await ingest([path.join(dir, 'in'), single], { dataDir: data });
    const docs = Object.values(loadGraph(data).getAttribute('documents'));
    expect(docs.map((d) => d.source).sort()).toEqual(['asia/japan.html', 'europe/germany.txt', 'loose.txt']);
    expect(docs.find((d) => d.source === 'asia/japan.html')).toMatchObject({ title: 'Japan and China', date: '2023-04-01', dateSource: 'html:article:published_time' });
    expect(docs.find((d) => d.source === 'loose.txt')).not.toHaveProperty('date');
    expect(fs.readFileSync(path.join(data, 'graph.json'), 'utf8')).not.toContain(dir);

    // The store still knows each file by its path: a changed file replaces its article, even reached through another folder argument.
    fs.writeFileSync(path.join(dir, 'in', 'europe', 'germany.txt'), 'Germany praised Poland on Tuesday.');
    const r = await ingest([path.join(dir, 'in', 'europe')], { dataDir: data });
    expect(r).toMatchObject({ added: 0, replaced: 1, documents: 3 });
  });

  it('a failed ingest leaves the previous store untouched', async () => {
    const data = path.join(dir, 'data');
    await ingest([SAMPLE], { dataDir: data });
    const snapshot = () => ['graph.json', 'store/manifest.json'].map((f) => fs.readFileSync(path.join(data, f), 'utf8'));
    const before = snapshot();
    await expect(ingest([path.join(dir, 'missing.txt')], { dataDir: data })).rejects.toThrow(/does not exist/);
    await expect(ingest([write('empty.txt', '')], { dataDir: data })).rejects.toThrow(/is empty/);
    expect(snapshot()).toEqual(before);
    expect(fs.existsSync(path.join(data, '.kg-lock'))).toBe(false);
  });
});

describe('parallel ingest', () => {
  it('uses workers by default only for a batch large enough to repay their start-up; --jobs wins', async () => {
    const { jobsFor, MIN_BYTES_FOR_WORKERS } = await import('../../src/store/ingest.ts');
    const { defaultJobs } = await import('../../src/store/analyze-pool.ts');
    expect(jobsFor(1000, 1.6e6, undefined)).toBe(1);
    expect(jobsFor(10_000, 16e6, undefined)).toBe(Math.min(defaultJobs(), 10_000));
    expect(jobsFor(3, MIN_BYTES_FOR_WORKERS, undefined)).toBe(Math.min(defaultJobs(), 3));
    expect(jobsFor(5, 100, 4)).toBe(4);
    expect(jobsFor(1, 100, 4)).toBe(1);
  });

  it('two workers give the same store as one, and cancelling commits nothing', async () => {
    const { generateCorpus } = await import('../../src/bench/corpus.ts');
    for (const a of generateCorpus(12, 7)) write(a.name, a.text);
    const one = path.join(dir, 'one');
    const two = path.join(dir, 'two');
    const r1 = await ingest([path.join(dir, 'in')], { dataDir: one, jobs: 1 });
    const r2 = await ingest([path.join(dir, 'in')], { dataDir: two, jobs: 2 });
    expect(r1.jobs).toBe(1);
    expect(r2.jobs).toBe(2);
    expect(r2.added).toBe(12);
    expect(fs.readFileSync(path.join(two, 'graph.json'), 'utf8')).toBe(fs.readFileSync(path.join(one, 'graph.json'), 'utf8'));
    // Ingest builds from the analyses it holds in memory; a rebuild reads them from the store: same graph.
    const ingested = fs.readFileSync(path.join(one, 'graph.json'), 'utf8');
    const { rebuildGraph } = await import('../../src/store/rebuild.ts');
    rebuildGraph(one);
    expect(fs.readFileSync(path.join(one, 'graph.json'), 'utf8')).toBe(ingested);

    const three = path.join(dir, 'three');
    let seen = 0;
    await expect(ingest([path.join(dir, 'in')], { dataDir: three, jobs: 2, onProgress: () => { seen++; }, cancelled: () => seen > 3 }))
      .rejects.toThrow(/interrupted; the store is unchanged/);
    expect(fs.existsSync(path.join(three, 'graph.json'))).toBe(false);
    expect(fs.existsSync(path.join(three, 'store', 'manifest.json'))).toBe(false);
  });

  it('a batch of 64 files or more, too small for workers, analyses its first halves on a helper thread: the same store as in this thread alone', async () => {
    const { generateCorpus } = await import('../../src/bench/corpus.ts');
    for (const a of generateCorpus(70, 11)) write(a.name, a.text);
    write('empty.txt', '');
    const alone = path.join(dir, 'alone');
    const halves = path.join(dir, 'halves');
    const r1 = await ingest([path.join(dir, 'in')], { dataDir: alone, jobs: 1 });
    const warnings: string[] = [];
    const r2 = await ingest([path.join(dir, 'in')], { dataDir: halves, onWarning: (m) => warnings.push(m) });
    expect(r1.jobs).toBe(1);
    expect(r2.jobs).toBe(2);
    expect(r2).toMatchObject({ added: 70, skipped: 1 });
    expect(warnings.join('\n')).toMatch(/skipped .*empty\.txt/);
    const files = (root: string) => fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
    expect(files(halves)).toEqual(files(alone));
    for (const f of files(alone)) expect(fs.readFileSync(path.join(halves, f), 'utf8'), f).toBe(fs.readFileSync(path.join(alone, f), 'utf8'));
  }, 180_000);
});
