// Word classes from unlabeled text: the exchange algorithm puts words that share
// their company in one class, deterministically; the class file reads back; the
// tagger's and parser's word atoms carry the classes; a trained model keeps them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/pipeline/parse/conllu.ts';
import { DEFAULT_WORD_CLASSES_PATH } from '../../../src/pipeline/parse/index.ts';
import { WordAtoms } from '../../../src/pipeline/parse/lexical.ts';
import { decodeModel, encodeModel } from '../../../src/pipeline/parse/model.ts';
import { DependencyParser } from '../../../src/pipeline/parse/parser.ts';
import { trainParser } from '../../../src/pipeline/parse/train.ts';
import { classKey, learnWordClasses, parseWordClasses, WordClassFormatError } from '../../../src/pipeline/parse/word-classes.ts';
import { tinyTreebank } from './fixtures.ts';

/** A text where names, verbs and nouns each fill one slot of the same frames. */
function corpus(): string[][] {
  const names = ['anna', 'boris', 'carla', 'dmitri', 'elena', 'farid'];
  const verbs = ['met', 'called', 'visited', 'praised', 'thanked'];
  const nouns = ['minister', 'general', 'mayor', 'envoy'];
  const out: string[][] = [];
  for (let i = 0; i < 240; i++) {
    const j = i >> 1; // each frame sees every filler
    const n1 = names[j % names.length]!, n2 = names[(j * 7 + 3) % names.length]!;
    const v = verbs[(j * 3) % verbs.length]!, t = nouns[(j * 5) % nouns.length]!;
    out.push(i % 2 ? [n1, v, 'the', t, 'of', n2, '.'] : ['the', t, v, n1, 'in', 'town', '.']);
  }
  return out;
}

describe('learnWordClasses', () => {
  const opts = { classes: 6, minCount: 2, passes: 10 };
  const classes = learnWordClasses(corpus(), opts);

  it('puts words of the same slot in one class and apart from the other slots', () => {
    const cls = (w: string) => classes.get(w);
    for (const [group, other] of [[['anna', 'boris', 'carla', 'dmitri'], 'met'], [['met', 'called', 'visited', 'praised'], 'minister'], [['minister', 'general', 'mayor', 'envoy'], 'anna']] as const) {
      expect(new Set(group.map(cls)).size).toBe(1);
      expect(cls(other)).not.toBe(cls(group[0]));
    }
  });

  it('is deterministic', () => {
    expect([...learnWordClasses(corpus(), opts)]).toEqual([...classes]);
  });

  it('classes words by lower case with digits as 0, and leaves rare words out', () => {
    expect(classKey('Kyiv')).toBe('kyiv');
    expect(classKey('COVID-19')).toBe('covid-00');
    const c = learnWordClasses([...corpus(), ['once', 'only', '.']], opts);
    expect(c.has('once')).toBe(false);
    expect(c.has('anna')).toBe(true);
  });
});

describe('parseWordClasses', () => {
  it('reads key, coarse and fine class per line', () => {
    const m = parseWordClasses('# comment\nkyiv\t3\t17\nsaid\t0\t2\n');
    expect(m.get('kyiv')).toBe((3 << 16) | 17);
    expect(m.get('said')).toBe(2);
  });

  it.each(['kyiv\t3\n', 'kyiv\tx\t1\n', 'kyiv\t-1\t2\n'])('rejects %j with the line', (text) => {
    expect(() => parseWordClasses(text)).toThrow(WordClassFormatError);
    expect(() => parseWordClasses(text)).toThrow(/line 1: expected "word<TAB>coarse class<TAB>fine class"/);
  });

  it('reads the shipped file: thousands of words, classes in range', () => {
    const m = parseWordClasses(readFileSync(DEFAULT_WORD_CLASSES_PATH, 'utf8'));
    expect(m.size).toBeGreaterThan(5000);
    expect(m.get('the')).toBeDefined();
    for (const v of m.values()) { expect(v >>> 16).toBeLessThan(64); expect(v & 0xffff).toBeLessThan(512); }
  });
});

describe('word classes in the features', () => {
  it('give words of one class the same atoms and unknown words the no-class atoms', () => {
    const a = new WordAtoms(new Map([['kyiv', (1 << 16) | 5], ['odesa', (1 << 16) | 5], ['said', (2 << 16) | 9]]));
    a.set(['Kyiv', 'odesa', 'said', 'zzz', 'qqq']);
    expect(a.fine[0]).toBe(a.fine[1]);
    expect(a.coarse[0]).toBe(a.coarse[1]);
    expect(a.fine[0]).not.toBe(a.fine[2]);
    expect(a.fine[3]).toBe(a.fine[4]);
    expect(a.fine[3]).not.toBe(a.fine[0]);
  });

  it('a model trained with classes keeps them, and they change what it learns', () => {
    const data = parseConllu(tinyTreebank(2), 'tiny', true);
    const opts = { epochs: 3, seed: 3, tagEpochs: 3, folds: 1, explore: 0.9 };
    const classes = new Map(data.flatMap((s) => s.words.map((w) => [classKey(w.form), w.upos === 'NOUN' ? (1 << 16) | 1 : (2 << 16) | 2] as const)));
    const withClasses = trainParser(data, null, { ...opts, wordClasses: classes }).model;
    const without = trainParser(data, null, opts).model;
    const back = decodeModel(encodeModel(withClasses));
    expect(new Map(Object.entries(back.wordClasses!))).toEqual(classes);
    expect(without.wordClasses).toBeUndefined();
    expect(encodeModel(withClasses).equals(encodeModel(without))).toBe(false);
    expect(encodeModel(trainParser(data, null, { ...opts, wordClasses: classes }).model).equals(encodeModel(withClasses))).toBe(true);
    const forms = data[0]!.words.map((w) => w.form);
    expect(new DependencyParser(back).parseWords(forms).map((w) => w.upos)).toEqual(data[0]!.words.map((w) => w.upos));
  });
});
