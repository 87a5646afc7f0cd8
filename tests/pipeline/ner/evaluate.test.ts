import { describe, expect, it } from 'vitest';
import { scoreSpans } from '../../../src/pipeline/ner/evaluate.ts';

const PER = 0, ORG = 1, LOC = 2, MISC = 3;
const s = (start: number, end: number, type: number) => ({ start, end, type });

describe('scoreSpans (the rules of eval-conll.mjs)', () => {
  it('counts exact span and type matches only', () => {
    const r = scoreSpans([[s(0, 2, PER), s(3, 4, LOC)]], [[s(0, 2, PER), s(3, 4, ORG)]]);
    expect([r.PER.tp, r.LOC.fn, r.ORG.fp]).toEqual([1, 1, 1]);
    expect(r.all.p).toBeCloseTo(0.5);
    expect(r.all.r).toBeCloseTo(0.5);
  });

  it('ignores predicted MISC and predictions overlapping a gold MISC span', () => {
    const r = scoreSpans([[s(0, 2, MISC), s(5, 6, LOC)]], [[s(1, 2, ORG), s(3, 4, MISC), s(5, 6, LOC)]]);
    expect(r.all).toMatchObject({ tp: 1, fp: 0, fn: 0, f: 1 });
  });

  it('a partly right span is both a false positive and a false negative', () => {
    const r = scoreSpans([[s(0, 3, ORG)]], [[s(0, 2, ORG)]]);
    expect(r.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1, f: 0 });
  });
});
