import { describe, expect, it } from 'vitest';
import { TRANS_SIZE, viterbi } from '../../../src/pipeline/ner/decode.ts';
import { N_LABELS, labelName } from '../../../src/pipeline/ner/labels.ts';

const idx = (name: string) => Array.from({ length: N_LABELS }, (_, l) => labelName(l)).indexOf(name);

/** Emissions where each token strongly prefers the given label (and mildly O). */
function emissions(prefs: string[]): Float64Array {
  const e = new Float64Array(prefs.length * N_LABELS);
  prefs.forEach((p, i) => { e[i * N_LABELS] = 1; e[i * N_LABELS + idx(p)] = 5; });
  return e;
}

function decode(prefs: string[], trans = new Float64Array(TRANS_SIZE)): string[] {
  const out = new Uint8Array(prefs.length + 2);
  viterbi(emissions(prefs), 0, 1, prefs.length + 1, trans, out);
  return Array.from(out.subarray(1, prefs.length + 1), labelName);
}

describe('viterbi', () => {
  it('follows the emissions when they form a valid sequence', () => {
    expect(decode(['B-PER', 'L-PER', 'O', 'U-LOC'])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC']);
  });

  it('never produces a sequence BILOU forbids', () => {
    const prefs = ['I-PER', 'B-ORG', 'U-LOC', 'L-PER', 'I-MISC'];
    const got = decode(prefs);
    expect(got[0]).not.toMatch(/^[IL]-/);
    for (let i = 1; i < got.length; i++) {
      const [a, b] = [got[i - 1]!, got[i]!];
      if (/^[BI]-/.test(a)) expect(b.slice(2)).toBe(a.slice(2));
      else expect(b).not.toMatch(/^[IL]-/);
    }
    expect(got[got.length - 1]).not.toMatch(/^[BI]-/);
  });

  it('lets transition weights overrule weak emissions', () => {
    const trans = new Float64Array(TRANS_SIZE);
    trans[idx('B-PER') * N_LABELS + idx('L-PER')] = 20;
    expect(decode(['B-PER', 'O'], trans)).toEqual(['B-PER', 'L-PER']);
  });

  it('writes only inside [from, to)', () => {
    const out = new Uint8Array(4).fill(9);
    viterbi(emissions(['U-LOC']), 0, 2, 3, new Float64Array(TRANS_SIZE), out);
    expect(Array.from(out)).toEqual([9, 9, idx('U-LOC'), 9]);
  });
});
