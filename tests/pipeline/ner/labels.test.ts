import { describe, expect, it } from 'vitest';
import { ALLOWED, CAN_END, CAN_START, N_LABELS, labelName, labelsToSpans, spansToLabels } from '../../../src/pipeline/ner/labels.ts';

const idx = (name: string) => Array.from({ length: N_LABELS }, (_, l) => labelName(l)).indexOf(name);

describe('BILOU labels', () => {
  it('has O plus B/I/L/U for four types', () => {
    expect(N_LABELS).toBe(17);
    expect(labelName(0)).toBe('O');
    expect(new Set(Array.from({ length: N_LABELS }, (_, l) => labelName(l))).size).toBe(17);
  });

  it.each([
    ['O', 'B-PER', true], ['O', 'U-LOC', true], ['O', 'I-PER', false], ['O', 'L-ORG', false],
    ['B-PER', 'I-PER', true], ['B-PER', 'L-PER', true], ['B-PER', 'L-ORG', false], ['B-PER', 'O', false],
    ['I-ORG', 'L-ORG', true], ['I-ORG', 'U-ORG', false], ['L-LOC', 'B-LOC', true], ['U-MISC', 'U-MISC', true],
    ['L-PER', 'I-PER', false],
  ])('%s -> %s allowed: %s', (a, b, ok) => {
    expect(ALLOWED[idx(a) * N_LABELS + idx(b)]).toBe(ok ? 1 : 0);
  });

  it.each([['O', true, true], ['B-PER', true, false], ['I-PER', false, false], ['L-PER', false, true], ['U-PER', true, true]])(
    '%s may start: %s, may end: %s', (name, start, end) => {
      expect(CAN_START[idx(name)]).toBe(start ? 1 : 0);
      expect(CAN_END[idx(name)]).toBe(end ? 1 : 0);
    });

  it('round-trips spans through labels', () => {
    const spans = [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 2 }, { start: 4, end: 7, type: 1 }];
    const labels = spansToLabels(spans, 8);
    expect(Array.from(labels, labelName)).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(labelsToSpans(labels, 0, 8)).toEqual(spans);
  });

  it('reads ill-formed sequences without losing tokens and stops at the range end', () => {
    const l = Uint8Array.from(['I-PER', 'L-PER', 'O', 'B-ORG', 'I-ORG'].map(idx));
    expect(labelsToSpans(l, 0, 5)).toEqual([{ start: 0, end: 2, type: 0 }, { start: 3, end: 5, type: 1 }]);
    expect(labelsToSpans(l, 3, 4)).toEqual([{ start: 3, end: 4, type: 1 }]);
  });
});
