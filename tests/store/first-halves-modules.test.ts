// The first-half helper thread (store/first-halves-worker.ts) loads only the code of the stages it runs:
// reading, segmenting, tagging, recognising and resolving; not the parser's nor the relate stage's modules,
// whose evaluation (word tables, patterns, trigger maps) it would pay for before its first article.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The source files a bundle of `entry` takes in, relative to src/. */
async function modulesOf(entry: string): Promise<string[]> {
  const r = await build({ entryPoints: [path.join(SRC, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  return Object.keys(r.metafile.inputs).map((f) => path.relative(SRC, path.resolve(f)));
}

describe('first-half helper modules', () => {
  it('take in the recogniser and resolver, and no module of the parse or relate stage', async () => {
    const mods = await modulesOf('store/first-halves-worker.ts');
    expect(mods).toContain(path.join('pipeline', 'recognize-article.ts'));
    expect(mods.some((m) => m.startsWith(path.join('pipeline', 'resolve') + path.sep))).toBe(true);
    expect(mods.filter((m) => m.startsWith(path.join('pipeline', 'parse') + path.sep) || m.startsWith(path.join('pipeline', 'relate') + path.sep))).toEqual([]);
    expect(mods).not.toContain(path.join('pipeline', 'analyze.ts'));
  });
});
