import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hashStr } from '../../../src/pipeline/ner/hash.ts';
import { parseConll, conllToSegmented } from '../../../src/pipeline/ner/conll.ts';
import { Lexicon } from '../../../src/pipeline/ner/lexicon.ts';
import { decodeModel, encodeModel, ModelFormatError } from '../../../src/pipeline/ner/model.ts';
import { NerTagger } from '../../../src/pipeline/ner/tagger.ts';
import { trainModel } from '../../../src/pipeline/ner/train.ts';
import { titleCaseWord } from '../../../src/pipeline/ner/augment.ts';
import { tinyConll } from './fixtures.ts';

const docs = parseConll(tinyConll());
const lexicon = () => { const l = new Lexicon(); l.add('Lisbon', 'city'); l.add('New York', 'city'); return l; };
const train = (seed: number) => trainModel(docs, docs, lexicon(), { epochs: 3, seed, folds: 2 });

describe('trainModel', () => {
  const { model, report } = train(7);

  it('learns its training data', () => {
    expect(report.dev2!.all.f).toBe(1);
    const tagger = new NerTagger(decodeModel(encodeModel(model)));
    const seg = conllToSegmented(docs[0]!);
    const named = tagger.tag(seg).map((s) => `${s.label} ${seg.tokens.slice(s.start, s.end).map((t) => t.text).join(' ')}`);
    expect(named).toEqual(expect.arrayContaining(['PER Maria Lopez', 'LOC Lisbon', 'ORG Nordic Steel Corp', 'PER Ivan Petrov', 'MISC Norwegian']));
  });

  it('is deterministic for a seed', () => {
    expect(encodeModel(train(7).model).equals(encodeModel(model))).toBe(true);
  });

  it('records how it was trained in the model', () => {
    const back = decodeModel(encodeModel(model));
    expect(back.info).toMatchObject({ epochs: 3, seed: 7, folds: 2 });
    expect(back.hashes.length).toBe(model.hashes.length);
    expect(Array.from(back.w2.subarray(0, 50))).toEqual(Array.from(model.w2.subarray(0, 50)));
  });
});

describe('trainModel with a second source', () => {
  const other = docs.map((d) => ({ ...d, stage2Only: true, domain: 1, weight: 0.5 }));
  const both = (seed: number) => trainModel([...docs, ...other], docs, lexicon(), { epochs: 3, seed, folds: 2 });

  it('is deterministic and writes none of the source-conjoined features', () => {
    const a = both(7);
    expect(encodeModel(both(7).model).equals(encodeModel(a.model))).toBe(true);
    expect(a.report.features).toBeGreaterThan(report0.features);
    expect(a.report.dev2!.all.f).toBe(1);
  });
});

const report0 = train(7).report;

describe('model files', () => {
  it.each([
    ['not gzip', Buffer.from('hello')],
    ['wrong magic', gzipSync(Buffer.from('NOTAMODEL...'))],
  ])('rejects %s', (_, bytes) => {
    expect(() => decodeModel(bytes)).toThrow(ModelFormatError);
  });
});

describe('lexicon', () => {
  it('matches multi-word names case-insensitively, longest entries included', () => {
    const lex = lexicon();
    const words = ['in', 'NEW', 'york', 'and', 'Lisbon'];
    const hashes = Uint32Array.from(words, (w) => hashStr(w.toLowerCase()));
    const hits: string[] = [];
    lex.match(hashes, 0, words.length, (a, b) => hits.push(words.slice(a, b).join(' ')));
    expect(hits).toEqual(['NEW york', 'Lisbon']);
    const back = Lexicon.fromArrays(lex.toArrays().keys, lex.toArrays().values);
    expect(back.map).toEqual(lex.map);
  });
});

describe('title-case augmentation', () => {
  it.each([['SOCCER', true, 'Soccer'], ['of', false, 'of'], ['of', true, 'Of'], ['RUSSIAN-BACKED', false, 'Russian-Backed'], ['1996-08-30', false, '1996-08-30']])(
    '%s (first: %s) -> %s', (w, first, out) => { expect(titleCaseWord(w, first)).toBe(out); });
});
