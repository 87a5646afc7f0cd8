// The arc-eager transition system (Nivre 2003) with the root at the end of the
// buffer (Ballesteros & Nivre 2013), plus the dynamic oracle of Goldberg &
// Nivre (2012) that says, in any state, which transitions lose no more gold
// arcs. Once the buffer holds only the root, a word left on the stack without
// a head is attached to the word below it (the non-monotonic Reduce of
// Honnibal, Goldberg & Johnson 2013), so every parse ends as one tree with a
// single root: no repair step afterwards.
import { SENTENCE_WORDS } from './capacity.ts';

export const SHIFT = 0, RIGHT = 1, LEFT = 2, REDUCE = 3;
export const N_MOVES = 4;

export class ArcEager {
  /** Words 0..n-1; n is the root. */
  n = 0;
  stack = new Int32Array(SENTENCE_WORDS + 1);
  sp = 0;
  /** Front of the buffer; the buffer is b..n. */
  b = 0;
  head = new Int32Array(SENTENCE_WORDS + 1);
  label = new Int32Array(SENTENCE_WORDS + 1);
  /** Leftmost and second-leftmost left children, rightmost and second-rightmost right children (-1: none). */
  lc1 = new Int32Array(SENTENCE_WORDS + 1);
  lc2 = new Int32Array(SENTENCE_WORDS + 1);
  rc1 = new Int32Array(SENTENCE_WORDS + 1);
  rc2 = new Int32Array(SENTENCE_WORDS + 1);
  /** Number of left and right children. */
  nl = new Int32Array(SENTENCE_WORDS + 1);
  nr = new Int32Array(SENTENCE_WORDS + 1);
  /** Labels of the left/right children as bit sets (labels 0..31 in lo, 32..63 in hi). */
  lsLo = new Int32Array(SENTENCE_WORDS + 1);
  lsHi = new Int32Array(SENTENCE_WORDS + 1);
  rsLo = new Int32Array(SENTENCE_WORDS + 1);
  rsHi = new Int32Array(SENTENCE_WORDS + 1);
  /** How many words on the stack have no head yet. */
  unheaded = 0;

  reset(n: number): void {
    if (this.head.length < n + 1) {
      const cap = (n + 1) * 2;
      this.stack = new Int32Array(cap);
      for (const k of ['head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsLo', 'lsHi', 'rsLo', 'rsHi'] as const) this[k] = new Int32Array(cap);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.unheaded = 0;
    const m = n + 1;
    this.head.fill(-1, 0, m); this.label.fill(-1, 0, m);
    this.lc1.fill(-1, 0, m); this.lc2.fill(-1, 0, m); this.rc1.fill(-1, 0, m); this.rc2.fill(-1, 0, m);
    this.nl.fill(0, 0, m); this.nr.fill(0, 0, m);
    this.lsLo.fill(0, 0, m); this.lsHi.fill(0, 0, m); this.rsLo.fill(0, 0, m); this.rsHi.fill(0, 0, m);
  }

  /** Become a copy of `o` (a state of the same sentence or of another one): what a beam does to branch. */
  copyFrom(o: ArcEager): void {
    const m = o.n + 1;
    if (this.head.length < m) this.reset(o.n);
    this.n = o.n; this.sp = o.sp; this.b = o.b; this.unheaded = o.unheaded;
    this.stack.set(o.stack.subarray(0, o.sp));
    for (const k of ['head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsLo', 'lsHi', 'rsLo', 'rsHi'] as const) this[k].set(o[k].subarray(0, m));
  }

  get done(): boolean { return this.b === this.n && this.sp === 0; }
  /** Top of the stack, or -1. */
  get s0(): number { return this.sp > 0 ? this.stack[this.sp - 1]! : -1; }
  get s1(): number { return this.sp > 1 ? this.stack[this.sp - 2]! : -1; }

  /** Bit m of the result is set when move m is allowed. */
  validMoves(): number {
    const { sp, b, n } = this;
    let v = 0;
    if (b < n) v |= 1 << SHIFT;
    if (sp === 0) return v;
    const s = this.stack[sp - 1]!, headed = this.head[s]! >= 0;
    if (b < n) {
      v |= 1 << RIGHT;
      if (!headed) v |= 1 << LEFT;
      if (headed) v |= 1 << REDUCE;
    } else if (headed) {
      v |= 1 << REDUCE;
    } else if (this.unheaded === 1) {
      v |= 1 << LEFT; // the last headless word becomes the root
    } else {
      v |= 1 << REDUCE; // attached to the word below it
    }
    return v;
  }

  /** Head of the arc `move` would add, or -1 when it adds none. */
  arcHead(move: number): number {
    if (move === LEFT) return this.b;
    if (move === RIGHT) return this.stack[this.sp - 1]!;
    if (move === REDUCE && this.head[this.stack[this.sp - 1]!]! < 0) return this.stack[this.sp - 2]!;
    return -1;
  }

  /** Dependent of the arc `move` would add (when arcHead(move) >= 0). */
  arcDep(move: number): number {
    return move === RIGHT ? this.b : this.stack[this.sp - 1]!;
  }

  private addArc(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    const bit = 1 << (l & 31);
    if (d < h) {
      if (this.lc1[h]! < 0 || d < this.lc1[h]!) { this.lc2[h] = this.lc1[h]!; this.lc1[h] = d; } else if (this.lc2[h]! < 0 || d < this.lc2[h]!) this.lc2[h] = d;
      this.nl[h]!++;
      if (l < 32) this.lsLo[h]! |= bit; else this.lsHi[h]! |= bit;
    } else {
      if (this.rc1[h]! < 0 || d > this.rc1[h]!) { this.rc2[h] = this.rc1[h]!; this.rc1[h] = d; } else if (this.rc2[h]! < 0 || d > this.rc2[h]!) this.rc2[h] = d;
      this.nr[h]!++;
      if (l < 32) this.rsLo[h]! |= bit; else this.rsHi[h]! |= bit;
    }
  }

  /** Apply a valid move; `label` is the relation of the arc it adds, if any. */
  apply(move: number, label: number): void {
    const s = this.s0;
    switch (move) {
      case SHIFT:
        this.stack[this.sp++] = this.b++;
        this.unheaded++;
        break;
      case RIGHT:
        this.addArc(s, this.b, label);
        this.stack[this.sp++] = this.b++;
        break;
      case LEFT:
        this.addArc(this.b, s, label);
        this.sp--;
        this.unheaded--;
        break;
      case REDUCE:
        if (this.head[s]! < 0) { this.addArc(this.stack[this.sp - 2]!, s, label); this.unheaded--; }
        this.sp--;
        break;
    }
  }
}

/**
 * Dynamic-oracle costs: how many gold arcs that are still reachable each valid move makes
 * unreachable (Goldberg & Nivre 2012). `gold[i]` is word i's gold head (n for the root);
 * `deps` lists each word's gold dependents (depStart/depList, CSR form). Writes costs[m] for
 * valid moves; invalid moves get a large cost.
 */
export function moveCosts(st: ArcEager, valid: number, gold: Int32Array, depStart: Int32Array, depList: Int32Array, costs: Int32Array): void {
  const { stack, sp, b, n, head } = st;
  costs[0] = costs[1] = costs[2] = costs[3] = 1 << 20;
  const s = sp > 0 ? stack[sp - 1]! : -1;
  // headless stack words whose gold head is x; whether x's gold head is on the stack
  let bDepsOnStack = 0, bHeadOnStack = false;
  if (b < n) {
    const gb = gold[b]!;
    for (let k = 0; k < sp; k++) {
      const x = stack[k]!;
      if (head[x]! < 0 && gold[x] === b) bDepsOnStack++;
      if (x === gb) bHeadOnStack = true;
    }
  }
  if (valid & (1 << SHIFT)) costs[SHIFT] = bDepsOnStack + (bHeadOnStack ? 1 : 0);
  if (valid & (1 << RIGHT)) {
    const gb = gold[b]!;
    costs[RIGHT] = bDepsOnStack + (gb !== s && (bHeadOnStack || gb > b) ? 1 : 0);
  }
  if (valid & (1 << LEFT)) {
    if (b === n) costs[LEFT] = gold[s] === n ? 0 : 1;
    else costs[LEFT] = depsInBuffer(s, b, depStart, depList) + (gold[s] !== b && gold[s]! > b ? 1 : 0);
  }
  if (valid & (1 << REDUCE)) {
    if (head[s]! >= 0) costs[REDUCE] = b < n ? depsInBuffer(s, b, depStart, depList) : 0;
    else costs[REDUCE] = gold[s] === stack[sp - 2] ? 0 : 1;
  }
}

/** Gold dependents of x still in the buffer (at or after b; the root is never a dependent). */
function depsInBuffer(x: number, b: number, depStart: Int32Array, depList: Int32Array): number {
  let c = 0;
  for (let k = depStart[x]!, e = depStart[x + 1]!; k < e; k++) if (depList[k]! >= b) c++;
  return c;
}
