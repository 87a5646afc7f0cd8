// Span scoring exactly like ../shared/tools/eval-conll.mjs: exact span + type over
// PER/ORG/LOC; predicted MISC spans and predictions overlapping a gold MISC span
// are ignored.
import { TYPES, type TokenSpan } from './labels.ts';

export interface Prf { tp: number; fp: number; fn: number; p: number; r: number; f: number }
export type Scores = Record<'PER' | 'ORG' | 'LOC' | 'all', Prf>;

const MISC = TYPES.indexOf('MISC');
const SCORED = ['PER', 'ORG', 'LOC'] as const;

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { tp, fp, fn, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Score per-document predicted spans against gold spans (token indices within each document). */
export function scoreSpans(gold: TokenSpan[][], pred: TokenSpan[][]): Scores {
  const c = SCORED.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  gold.forEach((g, d) => {
    const misc = g.filter((s) => s.type === MISC);
    const goldKey = new Map(g.filter((s) => s.type !== MISC).map((s) => [`${s.start}:${s.end}`, s]));
    const predKey = new Map<string, TokenSpan>();
    for (const p of pred[d] ?? []) {
      predKey.set(`${p.start}:${p.end}`, p);
      if (p.type === MISC) continue;
      if (misc.some((m) => p.start < m.end && m.start < p.end)) continue;
      const hit = goldKey.get(`${p.start}:${p.end}`);
      if (hit && hit.type === p.type) c[p.type]!.tp++;
      else c[p.type]!.fp++;
    }
    for (const [k, s] of goldKey) {
      const p = predKey.get(k);
      if (!p || p.type !== s.type) c[s.type]!.fn++;
    }
  });
  const sum = c.reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    PER: prf(c[0]!.tp, c[0]!.fp, c[0]!.fn),
    ORG: prf(c[1]!.tp, c[1]!.fp, c[1]!.fn),
    LOC: prf(c[2]!.tp, c[2]!.fp, c[2]!.fn),
    all: prf(sum.tp, sum.fp, sum.fn),
  };
}

export function formatScores(s: Scores): string {
  return `PER/ORG/LOC F1=${s.all.f.toFixed(4)} P=${s.all.p.toFixed(4)} R=${s.all.r.toFixed(4)} (PER ${s.PER.f.toFixed(4)} ORG ${s.ORG.f.toFixed(4)} LOC ${s.LOC.f.toFixed(4)})`;
}
