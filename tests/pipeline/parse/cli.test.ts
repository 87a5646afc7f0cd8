// `kg parse`, `kg train-parser` and `kg extract --with-syntax` as users run them.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UPOS_TAGS } from '../../../src/types.ts';
import { kg, SAMPLE } from '../../helpers/cli.ts';
import { parseConllu } from '../../../src/pipeline/parse/conllu.ts';
import { decodeModel } from '../../../src/pipeline/parse/model.ts';
import { tinyTreebank } from './fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

describe('kg parse', () => {
  it('on .conllu keeps the words and sentences and prints predicted UPOS, HEAD and DEPREL', () => {
    const file = write('in.conllu', tinyTreebank(1));
    const r = kg(['parse', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const gold = parseConllu(tinyTreebank(1)), got = parseConllu(r.stdout, 'stdout', true);
    expect(got.map((s) => s.words.map((w) => w.form))).toEqual(gold.map((s) => s.words.map((w) => w.form)));
    expect(got.map((s) => s.comments)).toEqual(gold.map((s) => s.comments));
    for (const w of got.flatMap((s) => s.words)) {
      expect(UPOS_TAGS).toContain(w.upos);
      expect([w.lemma, w.xpos, w.feats, w.deps]).toEqual(['_', '_', '_', '_']);
    }
    // a real parser gets most of these short sentences right
    const pairs = gold.flatMap((s, i) => s.words.map((w, k) => [w, got[i]!.words[k]!] as const));
    expect(pairs.filter(([g, p]) => g.head === p.head).length / pairs.length).toBeGreaterThan(0.8);
  });

  it('on an article prints the pipeline sentences with # text and offsets in MISC', () => {
    const r = kg(['parse', SAMPLE]);
    expect(r.status).toBe(0);
    const text = readFileSync(SAMPLE, 'utf8');
    const sents = parseConllu(r.stdout, 'stdout', true);
    expect(sents.length).toBeGreaterThan(5);
    for (const s of sents) {
      expect(s.comments.some((c) => c.startsWith('# text = '))).toBe(true);
      for (const w of s.words) {
        const m = /^start=(\d+)\|end=(\d+)$/.exec(w.misc);
        expect(m).not.toBeNull();
        expect(text.slice(Number(m![1]), Number(m![2]))).toBe(w.form);
      }
    }
  });

  it.each([
    ['a line with 3 columns', '1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n2\tthere\t_\n', /^kg: parse: not valid CoNLL-U: .*bad\.conllu:2: expected 10 tab-separated columns/],
    ['words out of order', '# c\n2\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n', /^kg: parse: not valid CoNLL-U: .*bad\.conllu:2: expected word ID 1, got 2/],
  ])('bad CoNLL-U (%s): one line with the line number, exit 2', (_name, content, message) => {
    const r = kg(['parse', write('bad.conllu', content)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing file or no file: one clear line', () => {
    const r = kg(['parse', path.join(dir, 'nope.conllu')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kg: parse: .*nope\.conllu does not exist\n$/);
    expect(kg(['parse']).stderr).toMatch(/^kg: parse: no input/);
  });
});

describe('kg train-parser', () => {
  it('trains on a user treebank and writes a model', () => {
    const train = write('train.conllu', tinyTreebank(3));
    const out = path.join(dir, 'sub', 'model.bin.gz');
    const r = kg(['train-parser', '--train', train, '--dev', train, '-o', out, '--epochs', '2', '--tag-epochs', '2', '--folds', '2', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^model .*model\.bin\.gz: [\d.]+ MB/);
    expect(r.stdout).toMatch(/UPOS [\d.]+, UAS [\d.]+, LAS [\d.]+/);
    expect(existsSync(out)).toBe(true);
  });

  it('--punct-epochs 0 writes a model without the punctuation ranker', () => {
    const train = write('train.conllu', tinyTreebank(3));
    const out = path.join(dir, 'nopunct.bin.gz'), out2 = path.join(dir, 'punct.bin.gz');
    const common = ['train-parser', '--train', train, '--epochs', '2', '--tag-epochs', '2', '--folds', '2', '--quiet'];
    expect(kg([...common, '-o', out, '--punct-epochs', '0']).status).toBe(0);
    expect(kg([...common, '-o', out2, '--punct-epochs', '2']).status).toBe(0);
    expect(decodeModel(readFileSync(out)).punct).toBeUndefined();
    expect(decodeModel(readFileSync(out2)).punct).toBeDefined();
  });

  it('--beam K trains a model that parses with that beam, and kg parse --beam overrides it', () => {
    const train = write('train.conllu', tinyTreebank(3));
    const out = path.join(dir, 'beam.bin.gz');
    const r = kg(['train-parser', '--train', train, '-o', out, '--epochs', '2', '--tag-epochs', '2', '--folds', '2', '--beam', '3', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/, beam 3\)/);
    expect(decodeModel(readFileSync(out)).beam).toBe(3);
    const file = write('beam-in.conllu', tinyTreebank(1));
    const p = kg(['parse', '--beam', '4', file]);
    expect(p.status).toBe(0);
    expect(parseConllu(p.stdout, 'stdout', true).length).toBe(parseConllu(tinyTreebank(1)).length);
    const bad = kg(['parse', '--beam', '0', file]);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toMatch(/^kg: parse: --beam expects an integer from 1 to 64, got "0"\n$/);
  });

  it('keeps the shipped word classes in the model, none with --word-classes none', () => {
    const train = write('train.conllu', tinyTreebank(3));
    const out = path.join(dir, 'classes.bin.gz'), out2 = path.join(dir, 'noclasses.bin.gz');
    const common = ['train-parser', '--train', train, '--epochs', '1', '--tag-epochs', '1', '--folds', '1', '--quiet'];
    expect(kg([...common, '-o', out]).status).toBe(0);
    expect(kg([...common, '-o', out2, '--word-classes', 'none']).status).toBe(0);
    expect(Object.keys(decodeModel(readFileSync(out)).wordClasses ?? {}).length).toBeGreaterThan(5000);
    expect(decodeModel(readFileSync(out2)).wordClasses).toBeUndefined();
  });

  it.each([
    [['--train', '/nonexistent/t.conllu'], 2, /^kg: train-parser: train file \/nonexistent\/t\.conllu cannot be read \(ENOENT\); training needs a CoNLL-U treebank, e\.g\. UD English EWT/],
    [['--train', 'NOTREE'], 2, /^kg: train-parser: train data is not valid CoNLL-U: .*notree\.conllu:1: word 1 "a": expected HEAD between 0 and 1, got _/],
    [['--epochs', '0'], 64, /^kg: train-parser: --epochs expects an integer >= 1, got "0"/],
    [['--punct-epochs', '-1'], 64, /^kg: train-parser: --punct-epochs expects an integer >= 0, got "-1"/],
    [['--bogus'], 64, /^kg: train-parser: unknown flag --bogus/],
    [['--beam-update', 'late'], 2, /^kg: train-parser: --beam-update must be max-violation or early, not "late"/],
    [['--word-classes', 'BADCLASSES'], 2, /^kg: train-parser: word-class file .*badclasses\.tsv: line 2: expected "word<TAB>coarse class<TAB>fine class"/],
    [['--word-classes', '/nonexistent/c.tsv'], 2, /^kg: train-parser: word-classes file \/nonexistent\/c\.tsv cannot be read \(ENOENT\); a word-class file as written by/],
  ])('%j fails with one clear line', (args, status, message) => {
    const notree = write('notree.conllu', '1\ta\t_\tX\t_\t_\t_\t_\t_\t_\n');
    const badClasses = write('badclasses.tsv', '# header\nkyiv 3 17\n');
    const r = kg(['train-parser', ...args.map((a) => (a === 'NOTREE' ? notree : a === 'BADCLASSES' ? badClasses : a)), '-o', path.join(dir, 'never.gz')]);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'never.gz'))).toBe(false);
  });
});

describe('kg extract --with-syntax', () => {
  it('adds every sentence with its words, tags, heads and relations to the JSON', () => {
    const r = kg(['extract', SAMPLE, '--json', '--with-syntax']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    const text = readFileSync(SAMPLE, 'utf8');
    expect(a.syntax.length).toBeGreaterThan(5);
    for (const s of a.syntax) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.words.filter((w: { head: number }) => w.head === -1)).toHaveLength(1);
      for (const w of s.words) {
        expect(Object.keys(w)).toEqual(['start', 'end', 'text', 'upos', 'head', 'deprel']);
        expect(text.slice(w.start, w.end)).toBe(w.text);
      }
    }
    const plain = JSON.parse(kg(['extract', SAMPLE, '--json']).stdout);
    expect(plain.syntax).toBeUndefined();
    expect(plain.relations).toEqual(a.relations);
  });

  it('without --json is a usage error', () => {
    const r = kg(['extract', SAMPLE, '--with-syntax']);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^kg: extract: --with-syntax .* use it with --json\n$/);
  });
});
