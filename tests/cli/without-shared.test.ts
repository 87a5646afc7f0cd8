// What the commands that default to data from ../shared say in a clone that has
// none beside it: which files they need, where those go and how to get them, in
// one line and a non-zero exit (no stack trace); the rest keeps working.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCheckout, type Checkout } from '../helpers/checkout.ts';
import { TSX_LOADER } from '../helpers/cli.ts';

let copy: Checkout;
beforeAll(() => { copy = freshCheckout(); });
afterAll(() => copy?.remove());

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: copy.dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, KG_NO_BUNDLE: '1', KG_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const kg = (...args: string[]) => run([path.join(copy.dir, 'src/cli/launch.mjs'), ...args]);
const bench = (...args: string[]) => run(['--import', TSX_LOADER, path.join(copy.dir, 'src/bench/run.ts'), ...args]);

const NEEDS_CONLL = /needs the CoNLL-2003 English (files eng\.train and eng\.testa|file eng\.testa) in \.\.\/shared\/data\/conll2003\/ beside the repository .*README, "Retraining the entity recogniser"/;

function expectOneClearLine(r: ReturnType<typeof run>, message: RegExp): void {
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBeNull();
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('commands that default to ../shared data, in a clone without it', () => {
  it('kg train-ner names the CoNLL-2003 files, where they go, how to get them, and --train', () => {
    const r = kg('train-ner', '--quiet');
    expectOneClearLine(r, NEEDS_CONLL);
    expect(r.stderr).toMatch(/^kg: train-ner: training with the default data needs .*pass your own CoNLL-format files with --train FILE/);
    expect(r.stdout).toBe('');
  });

  it('kg train-ner still reports a bad flag as a usage error first', () => {
    const r = kg('train-ner', '--epochs', '0');
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/--epochs expects an integer >= 1/);
  });

  it('npm run bench -- ner says what it needs and that the other suites run without it', () => {
    const r = bench('ner');
    // Progress lines ("bench: running ner...") aside, one line says it.
    const stderr = r.stderr.split('\n').filter((l) => !l.startsWith('bench: running')).join('\n');
    expectOneClearLine({ ...r, stderr }, NEEDS_CONLL);
    expect(r.stderr).toMatch(/eng\.testa in .*; it is not shipped .*; the other suites run without it/);
  });

  it('the rest of the CLI works there: kg extract on the shipped sample', () => {
    const r = kg('extract', 'graph-data/articles/ukraine-cuts-ties-with-north-korea.txt', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).document.source).toBe('graph-data/articles/ukraine-cuts-ties-with-north-korea.txt');
  });
});
