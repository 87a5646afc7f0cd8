import { describe, expect, it } from 'vitest';
import { ConllFormatError, conllToSegmented, goldSpans, parseConll } from '../../../src/pipeline/ner/conll.ts';

const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Anna NNP I-NP I-PER',
  'Berg NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Oslo NNP I-NP I-LOC',
  '. . O O',
  '',
  'TOKYO NNP I-NP I-LOC',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Acme NNP I-NP B-ORG',
  'Bank NNP I-NP I-ORG',
  'Beta NNP I-NP B-ORG',
  '',
].join('\n');

describe('parseConll', () => {
  it('reads documents, sentences, words and tags', () => {
    const docs = parseConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences.map((s) => s.words.join(' '))).toEqual(['Anna Berg visited Oslo .', 'TOKYO']);
    expect(docs[1]!.sentences[0]!.tags).toEqual(['B-ORG', 'I-ORG', 'B-ORG']);
  });

  it('accepts two-column files and CRLF line ends', () => {
    const docs = parseConll('Kyiv B-LOC\r\nis O\r\n\r\nhere O\r\n');
    expect(docs[0]!.sentences.map((s) => s.words)).toEqual([['Kyiv', 'is'], ['here']]);
  });

  it.each([
    ['Anna NNP I-NP I-PERSON', 'line 1'],
    ['Anna', 'line 1'],
    ['ok O\nbad X-LOC', ':2:'],
  ])('rejects %j with the line number', (text, where) => {
    expect(() => parseConll(text, 'f.conll')).toThrow(ConllFormatError);
    expect(() => parseConll(text, 'f.conll')).toThrow(where.startsWith(':') ? where : ':1:');
  });
});

describe('goldSpans', () => {
  it.each([
    [['I-PER', 'I-PER', 'O', 'I-LOC'], [[0, 2, 0], [3, 4, 2]]],
    [['B-ORG', 'I-ORG', 'B-ORG'], [[0, 2, 1], [2, 3, 1]]], // IOB1: B splits touching entities
    [['B-PER', 'I-PER', 'I-LOC'], [[0, 2, 0], [2, 3, 2]]], // IOB2 and a type change
  ])('%j', (tags, spans) => {
    expect(goldSpans(tags).map((s) => [s.start, s.end, s.type])).toEqual(spans);
  });
});

describe('conllToSegmented', () => {
  it('lays the text out like the official evaluator: words by spaces, sentences by newlines', () => {
    const seg = conllToSegmented(parseConll(SAMPLE)[0]!);
    expect(seg.article.text).toBe('Anna Berg visited Oslo .\nTOKYO');
    expect(seg.sentences.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([[0, 5], [5, 6]]);
    for (const t of seg.tokens) expect(seg.article.text.slice(t.start, t.end)).toBe(t.text);
    expect(seg.tokens[5]!.sentence).toBe(1);
  });
});
