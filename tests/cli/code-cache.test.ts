// The launcher runs the CLI from a CommonJS copy of its bundle with V8's code cache
// of the command's earlier run (src/cli/launch.mjs): the same output as the ES module
// bundle, with or without a cache, and a run that ends well leaves the cache for the
// next one of that command; the `kg extract` helper thread likewise keeps its own (worker-code-cache.cjs).
// The cache files go to a folder of this test's own
// (KG_CODE_CACHE_DIR): other test files run `kg extract` and `kg neighbors` at the
// same time, and would otherwise write the very files these tests remove and check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE } from '../helpers/cli.ts';

const LAUNCHER = path.join(ROOT, 'src/cli/launch.mjs');
const CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-code-cache-'));
afterAll(() => fs.rmSync(CACHE_DIR, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, KG_DEBUG: '', KG_CODE_CACHE_DIR: CACHE_DIR, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheOf = (command: string) => path.join(CACHE_DIR, `${command}.bin`);

describe('kg from the code-cached CommonJS bundle', () => {
  it('extracts what the ES module bundle extracts, before and after its cache is kept', () => {
    const esm = run(['extract', SAMPLE, '--json'], { KG_NO_CODE_CACHE: '1' });
    expect(esm.status).toBe(0);
    expect(esm.stdout.length).toBeGreaterThan(1000);
    expect(fs.existsSync(cacheOf('extract')), 'KG_NO_CODE_CACHE=1 runs the ES module bundle, keeping no cache').toBe(false);
    const first = run(['extract', SAMPLE, '--json']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(esm.stdout);
    expect(fs.statSync(cacheOf('extract')).size, 'the launcher ran the CommonJS bundle and kept its code').toBeGreaterThan(10_000);
    const cached = run(['extract', SAMPLE, '--json']);
    expect(cached.stdout).toBe(esm.stdout);
  });

  it('a damaged cache is not used: the same output, and a good cache replaces it', () => {
    const cache = cacheOf('extract');
    fs.writeFileSync(cache, Buffer.from('not a code cache'));
    const esm = run(['extract', SAMPLE, '--json'], { KG_NO_CODE_CACHE: '1' });
    const r = run(['extract', SAMPLE, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(esm.stdout);
    expect(fs.statSync(cache).size).toBeGreaterThan(10_000);
  });

  it('the extract helper thread keeps its own cache, which a later batch uses; a damaged one is rebuilt, never misread', () => {
    // a batch large enough for a helper thread (store/first-halves.ts MIN_FILES_FOR_HELPER)
    const batch = path.join(CACHE_DIR, 'batch');
    fs.mkdirSync(batch, { recursive: true });
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const files = Array.from({ length: 64 }, (_, i) => {
      const f = path.join(batch, `a${String(i).padStart(2, '0')}.txt`);
      fs.writeFileSync(f, text.slice(0, 600 + 20 * i));
      return f;
    });
    const helperCache = cacheOf('first-halves-worker');
    const esm = run(['extract', ...files, '--json'], { KG_NO_CODE_CACHE: '1' });
    expect(esm.stderr).toBe('');
    expect(esm.status).toBe(0);
    expect(esm.stdout.trim().split('\n')).toHaveLength(64);
    expect(fs.existsSync(helperCache)).toBe(false);
    const first = run(['extract', ...files, '--json']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(esm.stdout);
    const kept = fs.statSync(helperCache);
    expect(kept.size, 'the helper ran its CommonJS bundle and kept its code when it ended').toBeGreaterThan(10_000);
    const cached = run(['extract', ...files, '--json']);
    expect(cached.stdout).toBe(esm.stdout);
    expect(fs.statSync(helperCache).mtimeMs, 'a fitting cache is used, not written again').toBe(kept.mtimeMs);
    fs.writeFileSync(helperCache, Buffer.from('not a code cache'));
    const damaged = run(['extract', ...files, '--json']);
    expect(damaged.status).toBe(0);
    expect(damaged.stdout).toBe(esm.stdout);
    expect(fs.statSync(helperCache).size, 'the damaged cache was replaced by a good one').toBeGreaterThan(10_000);
  }, 180_000);

  it('a failed run or a help request keeps no cache; errors stay one line', () => {
    const cache = cacheOf('neighbors');
    const bad = run(['neighbors', 'Nobody', '--data', path.join(CACHE_DIR, 'no-such-store')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^kg: /);
    const help = run(['neighbors', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage: kg neighbors/);
    expect(fs.existsSync(cache)).toBe(false);
  });
});
