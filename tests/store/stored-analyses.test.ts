import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/store/ingest.ts';
import { readManifest, storeDir } from '../../src/store/store.ts';
import { StoredAnalyses } from '../../src/store/stored-analyses.ts';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stored-analyses-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  'France condemned the attack on Mali on Monday, officials in Paris said.',
  'Germany and Poland signed a trade agreement in Berlin on Tuesday.',
  'Kenya hosted talks with Ethiopia in Nairobi, the foreign ministry said.',
];

/** A store of the three articles, and the total size of their stored analyses. */
async function store(): Promise<{ data: string; bytes: number }> {
  const data = path.join(dir, 'data');
  ARTICLES.forEach((text, i) => { fs.mkdirSync(path.join(dir, 'in'), { recursive: true }); fs.writeFileSync(path.join(dir, 'in', `a${i}.txt`), text); });
  await ingest([path.join(dir, 'in')], { dataDir: data });
  const folder = path.join(storeDir(data), 'analyses');
  const bytes = fs.readdirSync(folder).reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
  return { data, bytes };
}

const ids = (pass: Iterable<{ document: { id: string } }>) => [...pass].map((a) => a.document.id);

describe('StoredAnalyses', () => {
  it('holds every analysis after the first pass when all fit the budget: the second pass reads no file', async () => {
    const { data, bytes } = await store();
    const manifest = readManifest(data);
    const passes = new StoredAnalyses(data, bytes).inIdOrder(manifest);
    const first = ids(passes());
    expect(first).toEqual(Object.keys(manifest.documents).sort());
    fs.rmSync(path.join(storeDir(data), 'analyses'), { recursive: true });
    expect(ids(passes())).toEqual(first);
  });

  it('holds none when they do not all fit (a part would only add to the peak): the second pass reads the files again', async () => {
    const { data, bytes } = await store();
    const manifest = readManifest(data);
    const passes = new StoredAnalyses(data, bytes - 1).inIdOrder(manifest);
    expect(ids(passes())).toHaveLength(3);
    fs.rmSync(path.join(storeDir(data), 'analyses'), { recursive: true });
    const seen: string[] = [];
    expect(() => { for (const a of passes()) seen.push(a.document.id); }).toThrow(/analysis \w+ is missing or unreadable/);
    expect(seen).toEqual([]);
  });
});
