// Beam search over arc-eager move sequences (Zhang & Clark 2008; Zhang & Nivre 2011): the k
// best partial parses by the sum of their move scores are kept at every step, and the best
// finished one wins. Every arc-eager parse of n words takes exactly 2n moves (each word is
// pushed once, by Shift or Right, and popped once, by Left or Reduce), so the states of a beam
// always finish together. Relations are named when an arc is made, by the same classifier as
// the greedy parser, and are not part of the score. With k = 1 this is the greedy parser.
//
// Training is the structured perceptron with max-violation (Huang, Fayong & Guo 2012) or early
// updates (Collins & Roark 2004): the reference is the best-scoring sequence of optimal moves
// (dynamic-oracle cost 0 beyond what the state had already lost), so projective and
// non-projective trees alike have one.
import { ArcEager, moveCosts, N_MOVES } from './arc-eager.ts';
import { chooseLabel, parseSentence, type ParseWeights, type Scratch } from './decode.ts';
import { moveFeatures, type SentenceAtoms } from './parse-features.ts';
import type { Scorer } from './perceptron.ts';
import { attachPunctuation } from './punct-attach.ts';

/** Move history of beam states: node i took move[i] (with relation label[i]) from node parent[i]; node 0 is the start. */
class History {
  parent = new Int32Array(1024);
  move = new Int32Array(1024);
  label = new Int32Array(1024);
  size = 1;

  clear(): void { this.size = 1; }

  add(parent: number, move: number, label: number): number {
    if (this.size === this.parent.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.parent = grow(this.parent); this.move = grow(this.move); this.label = grow(this.label);
    }
    const i = this.size++;
    this.parent[i] = parent; this.move[i] = move; this.label[i] = label;
    return i;
  }

  /** The nodes from the start (excluded) to `node`, in order, into out; returns their count. */
  path(node: number, out: Int32Array): number {
    let k = 0;
    for (let i = node; i > 0; i = this.parent[i]!) k++;
    let j = k;
    for (let i = node; i > 0; i = this.parent[i]!) out[--j] = i;
    return k;
  }
}

/** Scratch space of a beam decoder (states, candidates, history); not shared between threads of work. */
export class BeamScratch {
  private pool: ArcEager[] = [];
  cur: ArcEager[] = [];
  next: ArcEager[] = [];
  curScore = new Float64Array(0);
  nextScore = new Float64Array(0);
  curNode = new Int32Array(0);
  nextNode = new Int32Array(0);
  /** Whether each state took only optimal moves (training). */
  curGold = new Uint8Array(0);
  nextGold = new Uint8Array(0);
  /** Candidates: parent state index, move, score, optimal (training). */
  candFrom = new Int32Array(0);
  candMove = new Int32Array(0);
  candScore = new Float64Array(0);
  candGold = new Uint8Array(0);
  /** Candidate indices of the chosen, best first. */
  chosen = new Int32Array(0);
  readonly history = new History();
  readonly moveScores = new Float64Array(N_MOVES);
  readonly costs = new Int32Array(N_MOVES);
  pathA = new Int32Array(0);
  pathB = new Int32Array(0);
  /** A state for replays and the reference kept off the beam. */
  readonly replay = new ArcEager();
  readonly gold = new ArcEager();
  width = 0;

  fit(k: number, n: number): void {
    if (this.width !== k) {
      this.width = k;
      while (this.pool.length < 2 * k) this.pool.push(new ArcEager());
      this.cur = this.pool.slice(0, k); this.next = this.pool.slice(k, 2 * k);
      this.curScore = new Float64Array(k); this.nextScore = new Float64Array(k);
      this.curNode = new Int32Array(k); this.nextNode = new Int32Array(k);
      this.curGold = new Uint8Array(k); this.nextGold = new Uint8Array(k);
      const c = k * N_MOVES;
      this.candFrom = new Int32Array(c); this.candMove = new Int32Array(c); this.candScore = new Float64Array(c); this.candGold = new Uint8Array(c);
      this.chosen = new Int32Array(k);
    }
    if (this.pathA.length < 2 * n) { this.pathA = new Int32Array(4 * n); this.pathB = new Int32Array(4 * n); }
  }

  /** The next states become the current ones. */
  swap(): void {
    const t = this.cur; this.cur = this.next; this.next = t;
    const s = this.curScore; this.curScore = this.nextScore; this.nextScore = s;
    const m = this.curNode; this.curNode = this.nextNode; this.nextNode = m;
    const g = this.curGold; this.curGold = this.nextGold; this.nextGold = g;
  }
}

/** Move scores of a state (more than one move allowed) into out[0..N_MOVES), every feature looked up. */
export function stateMoveScores(st: ArcEager, sa: SentenceAtoms, moves: Scorer, buf: Int32Array, out: Float64Array): void {
  const k = moveFeatures(st, sa, buf);
  out[0] = out[1] = out[2] = out[3] = 0;
  moves.score(buf, k, out);
}

/** Candidate a ranks before candidate b: higher score, then earlier state, then lower move. */
function before(bx: BeamScratch, a: number, b: number): boolean {
  const sa = bx.candScore[a]!, sb = bx.candScore[b]!;
  if (sa !== sb) return sa > sb;
  return a < b; // candidates are numbered by state, then move
}

/** The best min(k, count) candidates into bx.chosen, best first; returns how many. */
function choose(bx: BeamScratch, count: number, k: number): number {
  const chosen = bx.chosen;
  let c = 0;
  for (let i = 0; i < count; i++) {
    if (c === k && !before(bx, i, chosen[k - 1]!)) continue;
    let j = c < k ? c++ : k - 1;
    while (j > 0 && before(bx, i, chosen[j - 1]!)) { chosen[j] = chosen[j - 1]!; j--; }
    chosen[j] = i;
  }
  return c;
}

/** A relation chooser for a new arc of a state (the head is the root or a word). */
export type LabelFn = (st: ArcEager, sa: SentenceAtoms, head: number, dep: number) => number;

/**
 * One step of every state in bx.cur[0..c): the candidates (state, move, score). With `gold`
 * (training), costs mark the optimal moves of optimal states. Returns the candidate count.
 */
function expand(bx: BeamScratch, c: number, sa: SentenceAtoms, moves: Scorer, buf: Int32Array, gold: TrainGold | null): number {
  let count = 0;
  const ms = bx.moveScores, costs = bx.costs;
  for (let i = 0; i < c; i++) {
    const st = bx.cur[i]!, base = bx.curScore[i]!;
    const valid = st.validMoves();
    const single = (valid & (valid - 1)) === 0;
    if (!single) stateMoveScores(st, sa, moves, buf, ms);
    let minCost = 0;
    if (gold && bx.curGold[i]) {
      moveCosts(st, valid, gold.heads, gold.depStart, gold.depList, costs);
      minCost = 1 << 30;
      for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && costs[m]! < minCost) minCost = costs[m]!;
    }
    for (let m = 0; m < N_MOVES; m++) {
      if (!(valid & (1 << m))) continue;
      bx.candFrom[count] = i; bx.candMove[count] = m;
      bx.candScore[count] = single ? base : base + ms[m]!;
      bx.candGold[count] = gold && bx.curGold[i] && costs[m] === minCost ? 1 : 0;
      count++;
    }
  }
  return count;
}

/** Make candidate `cand` state j of bx.next (copy, name the arc's relation, apply the move). */
function take(bx: BeamScratch, cand: number, j: number, sa: SentenceAtoms, label: LabelFn): void {
  const from = bx.candFrom[cand]!, move = bx.candMove[cand]!;
  const st = bx.next[j]!;
  st.copyFrom(bx.cur[from]!);
  const h = st.arcHead(move);
  const l = h >= 0 ? label(st, sa, h, st.arcDep(move)) : -1;
  st.apply(move, l);
  bx.nextScore[j] = bx.candScore[cand]!;
  bx.nextNode[j] = bx.history.add(bx.curNode[from]!, move, l);
  bx.nextGold[j] = bx.candGold[cand]!;
}

/**
 * Parse a tagged sentence with a beam of k states; the best finished state is returned (valid
 * until the next call). With a punctuation ranker, marks are re-attached on it as the greedy
 * parser does.
 */
export function parseSentenceBeam(sa: SentenceAtoms, n: number, w: ParseWeights, x: Scratch, bx: BeamScratch, k: number): ArcEager {
  bx.fit(k, n);
  bx.history.clear();
  const label: LabelFn = (st, s, h, d) => chooseLabel(st, s, h, d, w, x);
  bx.cur[0]!.reset(n);
  bx.curScore[0] = 0; bx.curNode[0] = 0;
  let c = 1;
  for (let step = 0; step < 2 * n; step++) {
    const count = expand(bx, c, sa, w.moves, x.buf, null);
    c = choose(bx, count, k);
    for (let j = 0; j < c; j++) take(bx, bx.chosen[j]!, j, sa, label);
    bx.swap();
  }
  const st = bx.cur[0]!;
  if (w.punct && w.punctLabel !== undefined && w.punctLabel >= 0) attachPunctuation(st.head, st.label, n, sa, w.punctLabel, w.punct, x.punct);
  return st;
}

/** Parse a tagged sentence greedily (k = 1: decode.ts) or with a beam of k states. */
export function parseTagged(sa: SentenceAtoms, n: number, w: ParseWeights, x: Scratch, bx: BeamScratch, k: number): ArcEager {
  return k > 1 ? parseSentenceBeam(sa, n, w, x, bx, k) : parseSentence(sa, n, w, x);
}

/** A training sentence's gold tree as the oracle reads it. */
export interface TrainGold { heads: Int32Array; depStart: Int32Array; depList: Int32Array }

/** What the trainer gives the beam: weights to read and the update to make. */
export interface BeamLearner {
  moves: Scorer;
  /** Add `delta` to move `move`'s weight of every feature in buf[0..k). */
  nudge(buf: Int32Array, k: number, move: number, delta: number): void;
}

export type BeamUpdate = 'max-violation' | 'early';

/**
 * One training sentence: beam search alongside the reference (the best-scoring sequence of
 * optimal moves), then one perceptron update, +1 for the reference's moves and -1 for the beam
 * top's, from the step where the beam top beats the reference by most ('max-violation') or the
 * first step where the reference falls off the beam ('early'). Returns the reference's node at
 * the end of the sentence (bx.history; the relation classifier trains along it) and whether an
 * update was made.
 */
export function trainSentenceBeam(sa: SentenceAtoms, n: number, gold: TrainGold, learner: BeamLearner, label: LabelFn, buf: Int32Array, bx: BeamScratch, k: number, update: BeamUpdate): { reference: number; updated: boolean } {
  bx.fit(k, n);
  bx.history.clear();
  bx.cur[0]!.reset(n);
  bx.curScore[0] = 0; bx.curNode[0] = 0; bx.curGold[0] = 1;
  let c = 1;
  // the reference while it is off the beam
  let offBeam = false, refScore = 0, refNode = 0;
  let worst = -Infinity, worstTop = -1, worstRef = -1;
  const g = bx.gold, ms = bx.moveScores, costs = bx.costs;
  for (let step = 0; step < 2 * n; step++) {
    const count = expand(bx, c, sa, learner.moves, buf, offBeam ? null : gold);
    // the reference's next state: the best optimal candidate, or the best optimal move of the reference off the beam
    let refCand = -1, refMove = -1, refNext = -Infinity;
    if (!offBeam) {
      for (let i = 0; i < count; i++) if (bx.candGold[i] && (refCand < 0 || before(bx, i, refCand))) refCand = i;
    } else {
      const valid = g.validMoves();
      const single = (valid & (valid - 1)) === 0;
      if (!single) stateMoveScores(g, sa, learner.moves, buf, ms);
      moveCosts(g, valid, gold.heads, gold.depStart, gold.depList, costs);
      let minCost = 1 << 30;
      for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && costs[m]! < minCost) minCost = costs[m]!;
      for (let m = 0; m < N_MOVES; m++) {
        if (!(valid & (1 << m)) || costs[m] !== minCost) continue;
        const s = refScore + (single ? 0 : ms[m]!);
        if (refMove < 0 || s > refNext) { refMove = m; refNext = s; }
      }
    }
    c = choose(bx, count, k);
    let inBeam = false;
    for (let j = 0; j < c; j++) {
      const cand = bx.chosen[j]!;
      take(bx, cand, j, sa, label);
      if (cand === refCand) { inBeam = true; refNode = bx.nextNode[j]!; refScore = bx.nextScore[j]!; }
    }
    if (!offBeam && !inBeam) {
      // the reference falls off: keep it aside
      const from = bx.candFrom[refCand]!, move = bx.candMove[refCand]!;
      g.copyFrom(bx.cur[from]!);
      const h = g.arcHead(move);
      const l = h >= 0 ? label(g, sa, h, g.arcDep(move)) : -1;
      g.apply(move, l);
      refNode = bx.history.add(bx.curNode[from]!, move, l);
      refScore = bx.candScore[refCand]!;
      offBeam = true;
      for (let j = 0; j < c; j++) bx.nextGold[j] = 0;
    } else if (offBeam) {
      const h = g.arcHead(refMove);
      const l = h >= 0 ? label(g, sa, h, g.arcDep(refMove)) : -1;
      g.apply(refMove, l);
      refNode = bx.history.add(refNode, refMove, l);
      refScore = refNext;
    }
    bx.swap();
    const top = bx.curNode[0]!;
    // early: the step the reference falls off, or the last one; max-violation: any step
    const last = step === 2 * n - 1;
    if (top !== refNode && (update === 'max-violation' || offBeam || last)) {
      const v = bx.curScore[0]! - refScore;
      if (v > worst) { worst = v; worstTop = top; worstRef = refNode; }
    }
    if (offBeam && update === 'early') break;
  }
  if (update === 'early' && offBeam) {
    // the reference to the end of the sentence, for the relation classifier
    for (let step = bx.history.path(refNode, bx.pathA); step < 2 * n; step++) {
      const valid = g.validMoves();
      moveCosts(g, valid, gold.heads, gold.depStart, gold.depList, costs);
      let best = -1;
      for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && (best < 0 || costs[m]! < costs[best]!)) best = m;
      const h = g.arcHead(best);
      const l = h >= 0 ? label(g, sa, h, g.arcDep(best)) : -1;
      g.apply(best, l);
      refNode = bx.history.add(refNode, best, l);
    }
  }
  if (worstTop < 0) return { reference: refNode, updated: false };
  // replay both sequences; their common prefix cancels out
  const pa = bx.pathA, pb = bx.pathB, h = bx.history;
  const na = h.path(worstRef, pa), nb = h.path(worstTop, pb);
  let common = 0;
  while (common < na && common < nb && h.move[pa[common]!] === h.move[pb[common]!] && h.label[pa[common]!] === h.label[pb[common]!]) common++;
  replay(sa, n, h, pa, na, common, learner, buf, bx.replay, 1);
  replay(sa, n, h, pb, nb, common, learner, buf, bx.replay, -1);
  return { reference: refNode, updated: true };
}

/** Walk the nodes path[0..count) from the start state, nudging move weights by delta from step `from` on. */
function replay(sa: SentenceAtoms, n: number, h: History, path: Int32Array, count: number, from: number, learner: BeamLearner, buf: Int32Array, st: ArcEager, delta: number): void {
  st.reset(n);
  for (let t = 0; t < count; t++) {
    const node = path[t]!, move = h.move[node]!;
    if (t >= from) {
      const valid = st.validMoves();
      if ((valid & (valid - 1)) !== 0) learner.nudge(buf, moveFeatures(st, sa, buf), move, delta);
    }
    st.apply(move, h.label[node]!);
  }
}

/** The moves that led to history node `node`, from the start state. */
export function movesOf(bx: BeamScratch, node: number): number[] {
  const count = bx.history.path(node, bx.pathA);
  const moves: number[] = [];
  for (let t = 0; t < count; t++) moves.push(bx.history.move[bx.pathA[t]!]!);
  return moves;
}
