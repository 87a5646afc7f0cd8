import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../src/graph/overlap.ts';
import { seededRandom } from '../../src/random.ts';

/**
 * The plain sweep the fast one must match exactly: every pass sorts afresh by left edge and
 * measures every pair the sweep meets with Math.hypot.
 */
function reference(x: Float64Array, y: Float64Array, r: Float64Array, margin: number, maxPasses: number): number {
  const n = x.length;
  for (let pass = 0; pass < maxPasses; pass++) {
    const left = Float64Array.from(x, (v, i) => v - r[i]! - margin / 2);
    const order = Uint32Array.from(x, (_, i) => i).sort((a, b) => left[a]! - left[b]! || a - b);
    let remaining = 0;
    for (let a = 0; a < n; a++) {
      const i = order[a]!;
      const reach = x[i]! + r[i]! + margin / 2;
      for (let b = a + 1; b < n; b++) {
        const j = order[b]!;
        if (left[j]! > reach) break;
        const want = r[i]! + r[j]! + margin;
        let vx = x[j]! - x[i]!, vy = y[j]! - y[i]!;
        const d = Math.hypot(vx, vy);
        if (d >= want * (1 - 1e-9)) continue;
        remaining++;
        if (d < 1e-9) { const angle = ((i * 2654435761 + j * 40503) % 6283) / 1000; vx = Math.cos(angle); vy = Math.sin(angle); } else { vx /= d; vy /= d; }
        const push = (want - d) * 1.5;
        const wi = (r[j]! * r[j]!) / (r[i]! * r[i]! + r[j]! * r[j]! || 1);
        x[i] = x[i]! - vx * push * wi; y[i] = y[i]! - vy * push * wi;
        x[j] = x[j]! + vx * push * (1 - wi); y[j] = y[j]! + vy * push * (1 - wi);
      }
    }
    if (remaining === 0) return pass + 1;
  }
  return maxPasses;
}

function discs(n: number, seed: number, spread: number) {
  const random = seededRandom(seed);
  const x = new Float64Array(n), y = new Float64Array(n), r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // a dense core and a sparse rim, as a laid-out graph has; some discs on one point
    const core = i % 3 === 0;
    x[i] = i % 17 === 0 ? 0 : (random() - 0.5) * spread * (core ? 0.2 : 1);
    y[i] = i % 17 === 0 ? 0 : (random() - 0.5) * spread * (core ? 0.2 : 1);
    r[i] = 0.5 + random() * (i % 11 === 0 ? 6 : 1.5);
  }
  return { x, y, r };
}

describe('removeOverlaps (sweep with vertical pruning and re-sorting from the last order)', () => {
  it('moves every disc to exactly where the plain sweep does', () => {
    for (const [n, seed, spread, margin] of [[400, 1, 60, 0], [1500, 2, 120, 0.5], [60, 3, 5, 0.2]] as const) {
      const a = discs(n, seed, spread), b = discs(n, seed, spread);
      // Passes that do not reach zero keep both at the same step: run a fixed number and compare.
      for (const passes of [1, 3, 40]) {
        const ax = Float64Array.from(a.x), ay = Float64Array.from(a.y), bx = Float64Array.from(b.x), by = Float64Array.from(b.y);
        const refPasses = reference(ax, ay, a.r, margin, passes);
        const fast = removeOverlaps(bx, by, b.r, { margin, maxPasses: passes });
        // the fast one confirms convergence with a fresh count; the positions are what must agree
        expect(Array.from(bx)).toEqual(Array.from(ax));
        expect(Array.from(by)).toEqual(Array.from(ay));
        if (fast.remaining === 0) expect(fast.passes).toBe(refPasses);
      }
    }
  });

  it('keeps the same order when discs swap places between passes (a full re-sort falls back)', () => {
    // a row of discs on one line, each overlapping the next: pushes reorder them across passes
    const n = 300;
    const x = Float64Array.from({ length: n }, (_, i) => (i % 2 ? 0.3 : -0.3) * (i % 5)), y = new Float64Array(n), r = new Float64Array(n).fill(1);
    const rx = Float64Array.from(x), ry = Float64Array.from(y);
    reference(rx, ry, r, 0, 25);
    removeOverlaps(x, y, r, { maxPasses: 25 });
    expect(Array.from(x)).toEqual(Array.from(rx));
    expect(Array.from(y)).toEqual(Array.from(ry));
  });
});
