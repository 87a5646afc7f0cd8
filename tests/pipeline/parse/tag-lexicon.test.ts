// The tag lexicon from another annotated text: a word's frequent tags there, read
// back from its file, carried by the tagger's word atoms and kept in a trained model;
// and rare training words seen without their spelling, deterministically.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/pipeline/parse/conllu.ts';
import { DEFAULT_TAG_LEXICON_PATH } from '../../../src/pipeline/parse/index.ts';
import { WordAtoms } from '../../../src/pipeline/parse/lexical.ts';
import { decodeModel, encodeModel } from '../../../src/pipeline/parse/model.ts';
import { DependencyParser } from '../../../src/pipeline/parse/parser.ts';
import { buildTagLexicon, formatTagLexicon, parseTagLexicon, TagLexiconFormatError } from '../../../src/pipeline/parse/tag-lexicon.ts';
import { trainParser } from '../../../src/pipeline/parse/train.ts';
import { tinyTreebank } from './fixtures.ts';

const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('tag lexicon', () => {
  it('keeps the tags of at least a tenth of a word\'s occurrences, by lower-case key with digits as 0', () => {
    const pairs: [string, string][] = [
      ...times(9, ['Said', 'VBD'] as [string, string]), ['said', 'VBN'],
      ...times(19, ['the', 'DT'] as [string, string]), ['The', 'NNP'],
      ['1996', 'CD'], ['2001', 'CD'],
    ];
    const lex = buildTagLexicon(pairs);
    expect(lex.get('said')).toBe('VBD|VBN');
    expect(lex.get('the')).toBe('DT');
    expect(lex.get('0000')).toBe('CD');
    expect([...buildTagLexicon([...pairs].reverse())]).toEqual([...lex]);
  });

  it('reads back what it writes, and rejects a malformed line with its number', () => {
    const lex = buildTagLexicon([['run', 'VB'], ['run', 'NN'], ['Kyiv', 'NNP']]);
    expect(parseTagLexicon(formatTagLexicon(lex, 'test'))).toEqual(lex);
    expect(() => parseTagLexicon('# h\nkyiv NNP\n')).toThrow(TagLexiconFormatError);
    expect(() => parseTagLexicon('# h\nkyiv NNP\n')).toThrow(/line 2: expected "word<TAB>tag\|tag\.\.\."/);
  });

  it('reads the shipped file: the Penn tags of news words', () => {
    const lex = parseTagLexicon(readFileSync(DEFAULT_TAG_LEXICON_PATH, 'utf8'));
    expect(lex.size).toBeGreaterThan(10000);
    expect(lex.get('the')).toBe('DT');
    expect(lex.get('said')!.split('|')).toContain('VBD');
  });

  it('gives words with one tag set the same atom, and words outside the lexicon another', () => {
    const a = new WordAtoms(new Map(), new Map([['kyiv', 'NNP'], ['odesa', 'NNP'], ['said', 'VBD|VBN']]));
    a.set(['Kyiv', 'odesa', 'said', 'zzz', 'qqq']);
    expect(a.lex[0]).toBe(a.lex[1]);
    expect(a.lex[0]).not.toBe(a.lex[2]);
    expect(a.lex[3]).toBe(a.lex[4]);
    expect(a.lex[3]).not.toBe(a.lex[0]);
  });
});

describe('training with the lexicon and rare words', () => {
  const data = parseConllu(tinyTreebank(2), 'tiny', true);
  const opts = { epochs: 3, seed: 3, tagEpochs: 3, folds: 1, explore: 0.9 };
  const lexicon = new Map(data.flatMap((s) => s.words.map((w) => [w.form.toLowerCase(), w.upos === 'NOUN' ? 'NN' : 'XX'] as const)));

  it('a model trained with a lexicon keeps it, and it changes what it learns', () => {
    const withLex = trainParser(data, null, { ...opts, tagLexicon: lexicon }).model;
    const without = trainParser(data, null, opts).model;
    const back = decodeModel(encodeModel(withLex));
    expect(new Map(Object.entries(back.tagLexicon!))).toEqual(lexicon);
    expect(without.tagLexicon).toBeUndefined();
    expect(encodeModel(withLex).equals(encodeModel(without))).toBe(false);
    const forms = data[0]!.words.map((w) => w.form);
    expect(new DependencyParser(back).parseWords(forms).map((w) => w.upos)).toEqual(data[0]!.words.map((w) => w.upos));
  });

  it('hiding rare words changes the tagger, and the same seed writes the same bytes', () => {
    const rare = { ...opts, rareWords: { maxCount: 2, share: 0.5 } };
    const a = encodeModel(trainParser(data, null, rare).model), b = encodeModel(trainParser(data, null, rare).model);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(encodeModel(trainParser(data, null, opts).model))).toBe(false);
  });
});
