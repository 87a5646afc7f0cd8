// Model bytes read once for all of a process's threads (src/pipeline/model-cache.ts shareReads):
// a thread that shares a model's reads gets its cache entries in shared memory, another thread
// that adopts them reads the same memory instead of the file (the file may be gone by then), and
// a thread that shares nothing reads the file as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUnzipped, saveUnzipped, sharedReads, shareReads } from '../../src/pipeline/model-cache.ts';

const BOOTSTRAP = new URL('../../src/store/worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('../helpers/shared-reads-worker.ts', import.meta.url).href;

describe('model bytes shared between threads', () => {
  let dir = '';
  const saved = process.env.KG_MODEL_CACHE;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kg-model-shared-'));
    process.env.KG_MODEL_CACHE = path.join(dir, 'cache');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.KG_MODEL_CACHE; else process.env.KG_MODEL_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a model shared in one thread into memory another thread reads instead of the file', async () => {
    const plain = path.join(dir, 'plain.bin.gz'), model = path.join(dir, 'shared.bin.gz');
    writeFileSync(plain, 'a model file');
    writeFileSync(model, 'another model file');
    saveUnzipped(plain, Buffer.from('plain tables'), 'tables');
    saveUnzipped(model, Buffer.from('shared tables'), 'tables');

    // not shared: the file's bytes in memory of this thread's own
    const own = readUnzipped(plain, 'tables')!;
    expect(own.toString()).toBe('plain tables');
    expect(own.buffer instanceof SharedArrayBuffer).toBe(false);
    expect(sharedReads()).toEqual([]);

    shareReads(model);
    const bytes = readUnzipped(model, 'tables')!;
    expect(bytes.toString()).toBe('shared tables');
    expect(bytes.buffer instanceof SharedArrayBuffer).toBe(true);
    const entries = sharedReads();
    expect(entries).toHaveLength(1);
    // read once: a second read is the same memory
    expect(readUnzipped(model, 'tables')!.buffer).toBe(bytes.buffer);

    // the cache entry removed, the other thread still reads the shared bytes, and they are this thread's memory
    rmSync(process.env.KG_MODEL_CACHE!, { recursive: true, force: true });
    const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY, cacheDir: process.env.KG_MODEL_CACHE, shared: entries, modelPath: model, variant: 'tables' } });
    const answer = await new Promise<{ length: number; shared: boolean; text: string | null }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual({ length: 'shared tables'.length, shared: true, text: 'hared tables' });
    expect(bytes[0]).toBe(255);
    // a model not shared is read from its (now removed) entry: nothing
    expect(readUnzipped(plain, 'tables')).toBeNull();
  }, 60_000);
});
