import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/random.ts';
import { ArcEager, LEFT, moveCosts, N_MOVES, REDUCE } from '../../../src/pipeline/parse/arc-eager.ts';

/** Gold heads (n = root) to the oracle's CSR dependents. */
function csr(heads: number[]) {
  const n = heads.length;
  const depStart = new Int32Array(n + 2);
  for (const h of heads) depStart[h + 1]!++;
  for (let i = 1; i < n + 2; i++) depStart[i]! += depStart[i - 1]!;
  const fill = depStart.slice(0, n + 1), depList = new Int32Array(n);
  heads.forEach((h, i) => { depList[fill[h]!++] = i; });
  return { gold: Int32Array.from(heads), depStart, depList };
}

/** Run the system choosing moves with `choose`; the resulting heads. */
function run(heads: number[], choose: (st: ArcEager, valid: number, costs: Int32Array) => number): number[] {
  const st = new ArcEager(), n = heads.length, { gold, depStart, depList } = csr(heads);
  const costs = new Int32Array(N_MOVES);
  st.reset(n);
  let steps = 0;
  while (!st.done) {
    const valid = st.validMoves();
    expect(valid).not.toBe(0);
    moveCosts(st, valid, gold, depStart, depList, costs);
    const m = choose(st, valid, costs);
    expect(valid & (1 << m)).not.toBe(0);
    st.apply(m, 0);
    expect(++steps).toBeLessThanOrEqual(2 * n + 1);
  }
  return Array.from(st.head.subarray(0, n));
}

const cheapest = (_st: ArcEager, valid: number, costs: Int32Array) => {
  let best = -1;
  for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && (best < 0 || costs[m]! < costs[best]!)) best = m;
  return best;
};

function isTree(heads: number[]): boolean {
  const n = heads.length;
  if (heads.filter((h) => h === n).length !== 1) return false;
  return heads.every((_, i) => { let h = i, k = 0; while (h !== n && k <= n) { h = heads[h]!; k++; } return h === n; });
}

describe('arc-eager with the root at the end', () => {
  it.each([
    ['projective', [1, 7, 1, 5, 5, 2, 1]],
    ['root first', [7, 0, 3, 1, 5, 1, 0]],
    ['long right chain', [7, 0, 1, 2, 3, 4, 5]],
    ['long left chain', [1, 2, 3, 4, 5, 6, 7]],
  ])('the zero-cost moves rebuild a %s gold tree exactly', (_name, heads) => {
    expect(run(heads, cheapest)).toEqual(heads);
  });

  it('a gold tree with one crossing pair of arcs loses only one of them', () => {
    const heads = [1, 5, 4, 1, 1]; // 4 -> 2 crosses 1 -> 3
    const got = run(heads, cheapest);
    expect(isTree(got)).toBe(true);
    expect(got.filter((h, i) => h === heads[i]).length).toBe(4);
  });

  it('whatever the moves, the result is one tree with a single root (200 random runs)', () => {
    const rand = seededRandom(7);
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(rand() * 12);
      const heads = Array.from({ length: n }, () => n); // costs are irrelevant here
      const got = run(heads, (_st, valid) => {
        const ms = [0, 1, 2, 3].filter((m) => valid & (1 << m));
        return ms[Math.floor(rand() * ms.length)]!;
      });
      expect(isTree(got)).toBe(true);
    }
  });

  it('with only the root left, a headless word goes under the word below it, the last one becomes the root', () => {
    const st = new ArcEager();
    st.reset(2);
    st.apply(0, -1); st.apply(0, -1); // shift both
    expect(st.validMoves()).toBe(1 << REDUCE);
    st.apply(REDUCE, 5);
    expect(st.head[1]).toBe(0);
    expect(st.validMoves()).toBe(1 << LEFT);
    st.apply(LEFT, 3);
    expect(st.head[0]).toBe(2);
    expect(st.done).toBe(true);
  });

  it('costs count the gold arcs a move makes unreachable', () => {
    // "a b c": b heads a and c, b is the root (n = 3)
    const heads = [1, 3, 1];
    const st = new ArcEager(), { gold, depStart, depList } = csr(heads), costs = new Int32Array(N_MOVES);
    st.reset(3);
    st.apply(0, -1); // shift a; now s0 = a, b0 = b
    moveCosts(st, st.validMoves(), gold, depStart, depList, costs);
    expect(costs[LEFT]).toBe(0); // b -> a is gold
    expect(costs[1]).toBe(2); // RIGHT a -> b loses b's root arc and a's head
    expect(costs[0]).toBe(1); // SHIFT b: a can no longer get b as head
  });
});
