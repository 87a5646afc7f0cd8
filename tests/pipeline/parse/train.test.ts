// Training on a tiny hand-written treebank: deterministic bytes, a model that
// loads back, and trees it has seen come out as they were annotated.
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/pipeline/parse/conllu.ts';
import { decodeModel, encodeModel } from '../../../src/pipeline/parse/model.ts';
import { DependencyParser } from '../../../src/pipeline/parse/parser.ts';
import { jackknifeFold, trainParser } from '../../../src/pipeline/parse/train.ts';
import { tinyTreebank } from './fixtures.ts';

const data = parseConllu(tinyTreebank(4), 'tiny', true);
const opts = { epochs: 6, seed: 3, tagEpochs: 5, folds: 3, explore: 0.9 }; // 3 folds: every sentence is also in another fold (8 sentences, repeated)

describe('trainParser', () => {
  const first = encodeModel(trainParser(data, null, opts).model);

  it('gives the same bytes for the same data and seed', () => {
    expect(encodeModel(trainParser(data, null, opts).model).equals(first)).toBe(true);
  });

  it('gives different weights for another seed', () => {
    expect(encodeModel(trainParser(data, null, { ...opts, seed: 4 }).model).equals(first)).toBe(false);
  });

  it('writes a model that loads back and reproduces the trees it was trained on', () => {
    const parser = new DependencyParser(decodeModel(first));
    let right = 0, total = 0;
    for (const s of parseConllu(tinyTreebank(1))) {
      const got = parser.parseWords(s.words.map((w) => w.form));
      s.words.forEach((w, i) => {
        total++;
        if (got[i]!.head + 1 === w.head && got[i]!.deprel === w.deprel && got[i]!.upos === w.upos) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.95);
  });

  it('trains the punctuation ranker deterministically when asked for it', () => {
    const withPunct = { ...opts, punctEpochs: 2 };
    const a = trainParser(data, null, withPunct).model, b = trainParser(data, null, withPunct).model;
    expect(a.punct!.hashes.length).toBeGreaterThan(0);
    expect(encodeModel(a).equals(encodeModel(b))).toBe(true);
    expect(first.equals(encodeModel(a))).toBe(false);
  });

  it('scores the dev data it is given and keeps the best epoch', () => {
    const { report, model } = trainParser(data, data.slice(0, 8), opts);
    expect(report.dev!.words).toBe(data.slice(0, 8).reduce((n, s) => n + s.words.length, 0));
    expect(report.dev!.las).toBeGreaterThan(0.9);
    expect(report.bestEpoch).toBeGreaterThanOrEqual(1);
    expect(model.info.devLAS).toBeCloseTo(report.dev!.las, 3);
  });
});

describe('jackknifeFold', () => {
  // Treebank sentences come in document order: a held-out fold must be whole stretches of the
  // treebank, so its documents' names and rare words are as unseen by its tagger as dev's are.
  it('cuts the training sentences into contiguous folds of nearly equal size', () => {
    for (const [n, folds] of [[12544, 5], [32, 3], [7, 7], [10, 3]] as const) {
      const of = Array.from({ length: n }, (_, i) => jackknifeFold(i, n, folds));
      expect(of[0]).toBe(0);
      expect(of[n - 1]).toBe(folds - 1);
      for (let i = 1; i < n; i++) expect([0, 1]).toContain(of[i]! - of[i - 1]!);
      const sizes = Array.from({ length: folds }, (_, f) => of.filter((x) => x === f).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});
