// `kg train-ner` as users run it: retraining on their own CoNLL data, and bad input.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kg } from '../../helpers/cli.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { tinyConll } from './fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-train-ner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

describe('kg train-ner', () => {
  it('trains on a user file and writes a model the tagger loads', () => {
    const train = write('mine.conll', tinyConll());
    const out = path.join(dir, 'sub', 'model.bin.gz');
    const r = kg(['train-ner', '--train', train, '--dev', train, '-o', out, '--epochs', '2', '--folds', '2', '--bags', '2', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^model .*model\.bin\.gz: [\d.]+ MB/);
    expect(r.stdout).toMatch(/final +PER\/ORG\/LOC F1=/);
    expect(existsSync(out)).toBe(true);
    const text = 'Maria Lopez visited Lisbon on Monday .';
    const seg = segment({ id: 'x', title: null, source: 'x', text });
    expect(loadTagger(out).tag(seg).map((s) => s.label)).toEqual(['PER', 'LOC']);
  });

  it('also trains on the sentences of a CoNLL04 JSON file', () => {
    const train = write('mine2.conll', tinyConll());
    const c04 = write('c04.json', JSON.stringify([
      { tokens: ['President', 'Olga', 'Brandt', 'visited', 'Dalby', ',', 'Queensland', '.'], tags: ['B-Peop', 'I-Peop', 'L-Peop', 'O', 'B-Loc', 'I-Loc', 'L-Loc', 'O'], relations: [] },
    ]));
    const out = path.join(dir, 'with-c04.bin.gz');
    const r = kg(['train-ner', '--train', train, '--conll04', c04, '-o', out, '--epochs', '2', '--folds', '2', '--bags', '1', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const out2 = path.join(dir, 'with-c04-stage2.bin.gz');
    const r2 = kg(['train-ner', '--train', train, '--conll04', c04, '--conll04-stage2', '--conll04-domain', '--conll04-weight', '0.5', '-o', out2, '--epochs', '2', '--folds', '2', '--bags', '1', '--quiet']);
    expect(r2.stderr).toBe('');
    expect(r2.status).toBe(0);
    expect(existsSync(out2)).toBe(true);
  });

  it.each([
    [['--train', '/nonexistent/x.conll'], 2, /^kg: train-ner: train file \/nonexistent\/x\.conll cannot be read \(ENOENT\)/],
    [['--train', 'MALFORMED'], 2, /^kg: train-ner: train data is not CoNLL format: .*:2: expected "WORD \.\.\. TAG"/],
    [['--train', 'EMPTY'], 2, /^kg: train-ner: train file .* holds no sentences/],
    [['--epochs', '0'], 64, /^kg: train-ner: --epochs expects an integer >= 1, got "0"/],
    [['--bogus'], 64, /^kg: train-ner: unknown flag --bogus/],
    [['--train', 'TINY', '--conll04', '/nonexistent/c04.json'], 2, /^kg: train-ner: --conll04 file \/nonexistent\/c04\.json cannot be read \(ENOENT\)/],
    [['--train', 'TINY', '--conll04', 'EMPTY'], 2, /^kg: train-ner: --conll04 file .* is not JSON/],
    [['--train', 'TINY', '--conll04-stage2'], 2, /^kg: train-ner: --conll04-weight, --conll04-stage2 and --conll04-domain need --conll04 FILE/],
    [['--train', 'TINY', '--conll04', 'NOTC04', '--conll04-weight', '0'], 2, /^kg: train-ner: --conll04-weight must be a number in \(0, 1\], got "0"/],
    [['--train', 'TINY', '--conll04', 'NOTC04'], 2, /^kg: train-ner: --conll04 file .* is not CoNLL04 JSON: item 0: expected tokens/],
  ])('%j fails with one clear line', (args, status, message) => {
    const malformed = write('bad.conll', 'Anna B-PER\nBerg PERSON\n');
    const empty = write('empty.conll', '\n\n');
    const tiny = write('tiny.conll', tinyConll());
    const notC04 = write('not-c04.json', JSON.stringify([{ tokens: ['a'], tags: [] , relations: [] }]));
    const argv = args.map((a) => (a === 'MALFORMED' ? malformed : a === 'EMPTY' ? empty : a === 'TINY' ? tiny : a === 'NOTC04' ? notC04 : a));
    const r = kg(['train-ner', ...argv, '-o', path.join(dir, 'never.gz')]);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'never.gz'))).toBe(false);
  });
});
