// Where punctuation hangs. UD attaches a punctuation mark to the head of the
// clause or phrase it delimits, projectively, so once the words around it have
// their heads there are only a few places it can go: the word just before it
// and those of that word's ancestors whose subtrees end before the mark, and
// the same after it (on EWT's gold trees that set holds the true head for 99%
// of marks, and has three members on average). The greedy parser has to
// decide a comma's head when it reaches the comma, before it has seen the
// clause the comma opens or closes; this pass decides again once the tree is
// complete, with a ranker over those candidates (a one-weight-per-feature
// averaged perceptron trained on treebank trees). Marks are visited left to
// right, so a closing quote sees where its opening one went.
import { UPOS_TAGS } from '../../types.ts';
import { SENTENCE_WORDS } from './capacity.ts';
import { mix } from './hash.ts';
import { P_NONE, W_NONE, type SentenceAtoms } from './parse-features.ts';
import type { Scorer } from './perceptron.ts';

export const MAX_PUNCT_FEATURES = 16;
const PUNCT = UPOS_TAGS.indexOf('PUNCT');

/** Per-sentence work arrays of the pass (grown as needed, reused across sentences). */
export class PunctScratch {
  lo = new Int32Array(SENTENCE_WORDS + 1);
  hi = new Int32Array(SENTENCE_WORDS + 1);
  kids = new Int32Array(SENTENCE_WORDS + 1);
  punctKids = new Int32Array(SENTENCE_WORDS + 1);
  lastPunctKid = new Int32Array(SENTENCE_WORDS + 1);
  movable = new Uint8Array(SENTENCE_WORDS + 1);
  cands = new Int32Array(SENTENCE_WORDS + 1);
  rank = new Int32Array(SENTENCE_WORDS + 1);
  readonly buf = new Int32Array(MAX_PUNCT_FEATURES);
  readonly score = new Float64Array(1);

  fit(n: number): void {
    if (this.lo.length >= n + 1) return;
    const cap = (n + 1) * 2;
    this.lo = new Int32Array(cap); this.hi = new Int32Array(cap); this.kids = new Int32Array(cap);
    this.punctKids = new Int32Array(cap); this.lastPunctKid = new Int32Array(cap); this.movable = new Uint8Array(cap);
    this.cands = new Int32Array(cap); this.rank = new Int32Array(cap);
  }
}

const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : 6);

/**
 * Marks the pass may move (tagged PUNCT, relation `punct`, no dependents, not the root), and the
 * span of every word's subtree without them. `head`: n for the root.
 */
function prepare(head: Int32Array, label: Int32Array, n: number, a: SentenceAtoms, punctLabel: number, x: PunctScratch): number {
  x.fit(n);
  const { lo, hi, kids, movable, punctKids, lastPunctKid } = x;
  kids.fill(0, 0, n + 1); punctKids.fill(0, 0, n + 1); lastPunctKid.fill(W_NONE, 0, n + 1);
  for (let i = 0; i < n; i++) kids[head[i]!]!++;
  let marks = 0;
  for (let i = 0; i < n; i++) {
    const m = a.P[i] === PUNCT && label[i] === punctLabel && kids[i] === 0 && head[i] !== n ? 1 : 0;
    movable[i] = m;
    marks += m;
    lo[i] = i; hi[i] = i;
  }
  if (!marks) return 0;
  for (let i = 0; i < n; i++) {
    if (movable[i]) continue;
    for (let j = head[i]!, steps = 0; j < n && steps < n; j = head[j]!, steps++) {
      if (i < lo[j]!) lo[j] = i;
      if (i > hi[j]!) hi[j] = i;
    }
  }
  return marks;
}

/**
 * The candidate heads of mark p into x.cands (left chain then right chain), their rank on their
 * side in x.rank; returns how many, and the number on the left in x.rank[count] (a side note).
 */
function candidates(head: Int32Array, n: number, p: number, x: PunctScratch): number {
  const { lo, hi, movable, cands, rank } = x;
  let k = 0;
  let l = p - 1;
  while (l >= 0 && movable[l]) l--;
  if (l >= 0) {
    let c = l, r = 0;
    cands[k] = c; rank[k++] = r++;
    while (head[c]! < p && hi[c]! < p) { c = head[c]!; cands[k] = c; rank[k++] = r++; }
  }
  let r0 = p + 1;
  while (r0 < n && movable[r0]) r0++;
  if (r0 < n) {
    let c = r0, r = 0;
    cands[k] = c; rank[k++] = r++;
    while (head[c]! > p && head[c]! < n && lo[c]! > p) { c = head[c]!; cands[k] = c; rank[k++] = r++; }
  }
  return k;
}

/** The candidate heads of every mark the pass may move, by mark (for tests and inspection). */
export function punctCandidates(head: Int32Array, label: Int32Array, n: number, a: SentenceAtoms, punctLabel: number, x: PunctScratch): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!prepare(head, label, n, a, punctLabel, x)) return out;
  for (let p = 0; p < n; p++) if (x.movable[p]) out.set(p, Array.from(x.cands.subarray(0, candidates(head, n, p, x))));
  return out;
}

/** Hashes of the features of attaching mark p to candidate c (rank: its place on its side's chain). */
export function punctFeatures(head: Int32Array, label: Int32Array, n: number, a: SentenceAtoms, p: number, c: number, rank: number, x: PunctScratch, out: Int32Array): number {
  const { W, P } = a;
  const side = c < p ? 1 : 2;
  const pw = mix(W[p]!, side);
  const covers = (c < p ? x.hi[c]! > p : x.lo[c]! < p) ? 1 : 0;
  const h = head[c]!, cl = h === n ? 63 : label[c]!, hp = h === n ? P_NONE : P[h]!;
  const cp = P[c]!;
  let prev = p - 1; while (prev >= 0 && x.movable[prev]) prev--;
  let next = p + 1; while (next < n && x.movable[next]) next++;
  const prevP = prev >= 0 ? P[prev]! : P_NONE, nextP = next < n ? P[next]! : P_NONE;
  const rk = rank < 3 ? rank : 3;
  const pk = x.punctKids[c]! < 2 ? x.punctKids[c]! : 2;
  let k = 0;
  out[k++] = mix(301, mix(pw, rk));
  out[k++] = mix(302, mix(pw, cp));
  out[k++] = mix(303, mix(pw, cl));
  out[k++] = mix(304, mix(pw, (covers << 8) | rk));
  out[k++] = mix(305, mix(pw, (cp << 16) | (cl << 8) | hp));
  out[k++] = mix(306, mix(pw, (prevP << 8) | nextP));
  out[k++] = mix(307, mix(pw, (cp << 16) | (prevP << 8) | nextP));
  out[k++] = mix(308, mix(pw, mix(pk, x.lastPunctKid[c]!)));
  out[k++] = mix(309, mix(pw, W[c]!));
  out[k++] = mix(310, mix(pw, bucket(c < p ? p - c : c - p)));
  out[k++] = mix(311, mix(pw, (cl << 16) | (rk << 8) | covers));
  out[k++] = mix(312, mix(pw, (cp << 16) | (cl << 8) | (next < n ? 0 : 1)));
  out[k++] = mix(313, mix(pw, (x.punctKids[c]! & 1) | (x.kids[c]! > 0 ? 2 : 0)));
  return k;
}

/** Mark p is done: where it hangs counts for the marks after it. */
function settle(head: Int32Array, a: SentenceAtoms, p: number, x: PunctScratch): void {
  const h = head[p]!;
  x.punctKids[h]!++;
  x.lastPunctKid[h] = a.W[p]!;
}

/**
 * Re-attach every movable punctuation mark of a parsed sentence (heads in `head`, n = root) to
 * the candidate the ranker prefers. Returns how many marks changed head.
 */
export function attachPunctuation(head: Int32Array, label: Int32Array, n: number, a: SentenceAtoms, punctLabel: number, ranker: Scorer, x: PunctScratch): number {
  if (!prepare(head, label, n, a, punctLabel, x)) return 0;
  let changed = 0;
  for (let p = 0; p < n; p++) {
    if (!x.movable[p]) continue;
    const m = candidates(head, n, p, x);
    if (m > 1) {
      let best = -1, bs = -Infinity;
      for (let j = 0; j < m; j++) {
        const k = punctFeatures(head, label, n, a, p, x.cands[j]!, x.rank[j]!, x, x.buf);
        x.score[0] = 0;
        ranker.score(x.buf, k, x.score);
        if (x.score[0]! > bs) { bs = x.score[0]!; best = x.cands[j]!; }
      }
      if (best !== head[p]) { head[p] = best; changed++; }
    }
    settle(head, a, p, x);
  }
  return changed;
}

/** Training: one pass over a parsed sentence (`head`, changed: marks move to their `gold` heads when they can); `learn(gold, predicted)` on every wrong ranking, `tick` after every ranking. */
export function rankPunctuation(
  head: Int32Array, gold: Int32Array, label: Int32Array, n: number, a: SentenceAtoms, punctLabel: number, ranker: Scorer, x: PunctScratch,
  learn: (good: Int32Array, nGood: number, bad: Int32Array, nBad: number) => void, tick: () => void,
): void {
  if (!prepare(head, label, n, a, punctLabel, x)) return;
  const good = new Int32Array(MAX_PUNCT_FEATURES), bad = new Int32Array(MAX_PUNCT_FEATURES);
  for (let p = 0; p < n; p++) {
    if (!x.movable[p]) continue;
    const m = candidates(head, n, p, x);
    let gj = -1;
    for (let j = 0; j < m; j++) if (x.cands[j] === gold[p]) gj = j;
    if (m > 1 && gj >= 0) {
      let best = -1, bs = -Infinity;
      for (let j = 0; j < m; j++) {
        const k = punctFeatures(head, label, n, a, p, x.cands[j]!, x.rank[j]!, x, x.buf);
        x.score[0] = 0;
        ranker.score(x.buf, k, x.score);
        if (x.score[0]! > bs) { bs = x.score[0]!; best = j; }
      }
      if (best !== gj) {
        const kg = punctFeatures(head, label, n, a, p, gold[p]!, x.rank[gj]!, x, good);
        const kb = punctFeatures(head, label, n, a, p, x.cands[best]!, x.rank[best]!, x, bad);
        learn(good, kg, bad, kb);
      }
      tick();
    }
    if (gj >= 0) head[p] = gold[p]!;
    settle(head, a, p, x);
  }
}
