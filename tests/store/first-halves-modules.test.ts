// The first-half helper thread (store/first-halves-worker.ts) loads only the code of the stages it runs:
// reading, segmenting, tagging, recognising and resolving; not the parser's nor the relate stage's modules,
// whose evaluation (word tables, patterns, trigger maps) it would pay for before its first article. The
// parser's modules it imports only when first asked to parse ahead (a dynamic import).
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The source files a bundle of `entry` takes in, relative to src/: all, and those its static imports reach (evaluated before it runs). */
async function modulesOf(entry: string): Promise<{ all: string[]; loaded: string[] }> {
  const r = await build({ entryPoints: [path.join(SRC, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const inputs: Metafile['inputs'] = r.metafile.inputs;
  const rel = (f: string) => path.relative(SRC, path.resolve(f));
  const start = Object.keys(inputs).find((f) => rel(f) === entry)!;
  const loaded = new Set<string>([start]);
  for (const todo = [start]; todo.length;) {
    for (const i of inputs[todo.pop()!]!.imports) {
      if (i.kind !== 'import-statement' || i.external || loaded.has(i.path)) continue;
      loaded.add(i.path);
      todo.push(i.path);
    }
  }
  return { all: Object.keys(inputs).map(rel), loaded: [...loaded].map(rel) };
}

const inStage = (stage: string) => (m: string) => m.startsWith(path.join('pipeline', stage) + path.sep);

describe('first-half helper modules', () => {
  it('take in the recogniser and resolver, and no module of the parse or relate stage before the parser is asked for', async () => {
    const { all, loaded } = await modulesOf('store/first-halves-worker.ts');
    expect(loaded).toContain(path.join('pipeline', 'recognize-article.ts'));
    expect(loaded.some(inStage('resolve'))).toBe(true);
    expect(loaded.filter((m) => inStage('parse')(m) || inStage('relate')(m))).toEqual([]);
    expect(all).not.toContain(path.join('pipeline', 'analyze.ts'));
    // the parser, for parsing ahead, comes in by a dynamic import; the relate stage never does
    expect(all).toContain(path.join('pipeline', 'parse', 'index.ts'));
    expect(all.filter(inStage('relate'))).toEqual([]);
  });
});
