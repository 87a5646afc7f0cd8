// The launcher runs the CLI from a CommonJS copy of its bundle with V8's code cache
// of the command's earlier run (src/cli/launch.mjs): the same output as the ES module
// bundle, with or without a cache, and a run that ends well leaves the cache for the
// next one of that command.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE } from '../helpers/cli.ts';

const LAUNCHER = path.join(ROOT, 'src/cli/launch.mjs');
const BUNDLES = path.join(ROOT, 'node_modules/.cache/news-kg');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, KG_DEBUG: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The newest bundle folder the launcher wrote (the one this checkout's sources key). */
function newestBundle(): string | undefined {
  if (!fs.existsSync(BUNDLES)) return undefined;
  return fs.readdirSync(BUNDLES).map((d) => path.join(BUNDLES, d)).filter((d) => fs.existsSync(path.join(d, 'cli.cjs')))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

describe('kg from the code-cached CommonJS bundle', () => {
  it('extracts what the ES module bundle extracts, before and after its cache is kept', () => {
    const esm = run(['extract', SAMPLE, '--json'], { KG_NO_CODE_CACHE: '1' });
    expect(esm.status).toBe(0);
    expect(esm.stdout.length).toBeGreaterThan(1000);
    const bundle = newestBundle();
    expect(bundle, 'the launcher writes cli.cjs beside its ES module bundle').toBeDefined();
    const cache = path.join(bundle!, 'code-cache', 'extract.bin');
    fs.rmSync(cache, { force: true });
    const first = run(['extract', SAMPLE, '--json']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(esm.stdout);
    expect(fs.statSync(cache).size).toBeGreaterThan(10_000);
    const cached = run(['extract', SAMPLE, '--json']);
    expect(cached.stdout).toBe(esm.stdout);
  });

  it('a damaged cache is not used: the same output, and a good cache replaces it', () => {
    const bundle = newestBundle()!;
    const cache = path.join(bundle, 'code-cache', 'extract.bin');
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.writeFileSync(cache, Buffer.from('not a code cache'));
    const esm = run(['extract', SAMPLE, '--json'], { KG_NO_CODE_CACHE: '1' });
    const r = run(['extract', SAMPLE, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(esm.stdout);
    expect(fs.statSync(cache).size).toBeGreaterThan(10_000);
  });

  it('a failed run or a help request keeps no cache; errors stay one line', () => {
    const bundle = newestBundle()!;
    const cache = path.join(bundle, 'code-cache', 'neighbors.bin');
    fs.rmSync(cache, { force: true });
    const bad = run(['neighbors', 'Nobody', '--data', path.join(bundle, 'no-such-store')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^kg: /);
    const help = run(['neighbors', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage: kg neighbors/);
    expect(fs.existsSync(cache)).toBe(false);
  });
});
