// `kg train-news-relations` as users run it: training on their own annotated folder (the same bytes twice), and
// bad input refused in one line.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kg } from '../../../helpers/cli.ts';
import { decodeNewsModel } from '../../../../src/pipeline/relate/news-model/model.ts';
import { BLIND_FROM } from '../../../../src/cli/news-examples.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-train-news-relations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of two short articles and their annotation, written here. */
function annotatedSet(name: string, gold: string): string {
  const d = path.join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, '01-a.txt'), 'Anna Berg met Carl Olsen in Oslo on Monday. Anna Berg and Nordbank were both named in the report.\n');
  writeFileSync(path.join(d, '02-b.txt'), 'Per Dahl praised Vestfjord Energy in Bergen. Per Dahl and Nordbank did not comment.\n');
  writeFileSync(path.join(d, 'gold.ts'), gold);
  return d;
}
const GOLD = `import type { ArticleGold } from './types.ts';
export const MY_GOLD: Record<string, ArticleGold> = {
  '01-a.txt': { gold: [['Anna Berg', 'member', '', 'Nordbank']], alsoTrue: [] },
  '02-b.txt': { gold: [['Per Dahl', 'event', '05', 'Vestfjord Energy']], alsoTrue: [['Per Dahl', 'member', '', 'Nordbank']] },
};
`;

describe('kg train-news-relations', () => {
  it('trains on an annotated folder and writes a model; the same folder and seed write the same bytes', () => {
    const set = annotatedSet('mine', GOLD);
    const outs = ['a.bin.gz', 'sub/b.bin.gz'].map((f) => path.join(dir, f));
    for (const out of outs) {
      const r = kg(['train-news-relations', '--set', set, '-o', out, '--epochs', '3', '--threshold', '0.5']);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/^train-news-relations: \d+ candidates \(\d+ related\) from 2 articles, \d+ features, \d+ classes; wrote /m);
    }
    const [a, b] = outs.map((f) => readFileSync(f));
    expect(a!.equals(b!)).toBe(true);
    const m = decodeNewsModel(a!);
    expect(m.threshold).toBe(0.5);
    expect(m.info).toMatchObject({ epochs: 3, articles: 2 });
  });

  it('trains on annotated documents of a CoNLL-format file, keyed by their index', () => {
    const conll = path.join(dir, 'docs.conll');
    const doc = (sentence: string) => `-DOCSTART- -X- -X- O\n\n${sentence.split(' ').map((w) => `${w} NNP B-NP O`).join('\n')}\n\n`;
    writeFileSync(conll, doc('Anna Berg and Nordbank were both named .') + doc('Per Dahl praised Vestfjord Energy in Bergen .'));
    const set = path.join(dir, 'conll-set');
    mkdirSync(set, { recursive: true });
    writeFileSync(path.join(set, 'gold.ts'), `export const G = { 1: { gold: [['Per Dahl', 'event', '05', 'Vestfjord Energy']], alsoTrue: [] } };\n`);
    const out = path.join(dir, 'conll.bin.gz');
    const r = kg(['train-news-relations', '--set', annotatedSet('mine', GOLD), '--conll-set', set, '--conll', conll, '-o', out, '--epochs', '2']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/from 3 articles/);
    expect(decodeNewsModel(readFileSync(out)).info).toMatchObject({ articles: 3 });
  });

  it(`never reads an article of the blind batch (numbered ${BLIND_FROM} and above), annotated or not`, () => {
    const set = path.join(dir, 'blind');
    mkdirSync(set, { recursive: true });
    const seen = `${BLIND_FROM - 1}-a.txt`;
    const blind = `${BLIND_FROM}-b.txt`;
    writeFileSync(path.join(set, seen), 'Per Dahl praised Vestfjord Energy in Bergen.\n');
    writeFileSync(path.join(set, blind), 'Anna Berg met Carl Olsen in Oslo on Monday.\n');
    writeFileSync(path.join(set, 'gold.ts'), `export const G = {
  '${seen}': { gold: [['Per Dahl', 'event', '05', 'Vestfjord Energy']], alsoTrue: [] },
  '${blind}': { gold: [['Anna Berg', 'event', '04', 'Carl Olsen']], alsoTrue: [] },
};\n`);
    const out = path.join(dir, 'blind.bin.gz');
    const r = kg(['train-news-relations', '--set', set, '-o', out, '--epochs', '2']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/from 1 articles/);
    expect(decodeNewsModel(readFileSync(out)).info).toMatchObject({ articles: 1 });
  });

  it.each([
    [['--set', '/nonexistent/news'], 2, /^kg: train-news-relations: folder \/nonexistent\/news cannot be read \(ENOENT\)/],
    [['--set', 'NOGOLD'], 2, /^kg: train-news-relations: .*gold\.ts exports no table of \{ gold, alsoTrue \} per article/],
    [['--set', 'BADTS'], 2, /^kg: train-news-relations: .*gold\.ts cannot be loaded/],
    [['--threshold', 'high'], 64, /^kg: train-news-relations: --threshold expects a number, got "high"/],
    [['--epochs', '0'], 64, /^kg: train-news-relations: --epochs expects an integer >= 1, got "0"/],
    [['stray'], 64, /^kg: train-news-relations: unexpected argument "stray"/],
    [['--conll-set', 'NOGOLD'], 64, /^kg: train-news-relations: --conll-set needs --conll FILE/],
    [['--conll', 'x.conll'], 64, /^kg: train-news-relations: --conll needs a --conll-set DIR/],
  ])('%j fails with one clear line', (args, status, message) => {
    const sets: Record<string, string> = {
      NOGOLD: annotatedSet('nogold', 'export const X = 1;\n'),
      BADTS: annotatedSet('badts', 'export const X = {;\n'),
    };
    const out = path.join(dir, 'never.gz');
    const r = kg(['train-news-relations', ...args.map((a) => sets[a] ?? a), '-o', out, '--quiet']);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
