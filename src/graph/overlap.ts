// Push overlapping discs apart, as little as needed. Used after ForceAtlas2 by
// the build's layout (so the graph opens as a map without overlapping nodes)
// and by the viewer's "Spread overlaps" in a web worker. Written here rather
// than taken from graphology-layout-noverlap because that one jitters with
// Math.random (a layout must give the same coordinates for the same articles),
// buckets nodes into a fixed 20 × 20 grid whatever their number (a dense core
// of hundreds of nodes in one cell is quadratic), and converts through a graph
// on every call; this works on typed arrays with a grid sized to the discs.
// Pure: arrays in, arrays changed in place.

export interface OverlapOptions {
  /** Gap kept between two discs, in the same units as the radii. */
  margin?: number;
  /** Most passes over all pairs (each pass resolves most overlaps; dense cores need a few dozen). */
  maxPasses?: number;
  /** Discs marked 1 stay where they are (the incremental layout pins entities placed before); two pinned discs are left as they are. */
  pinned?: Uint8Array;
}

export interface OverlapResult {
  passes: number;
  /** Pairs still overlapping after the last pass (0 when converged). */
  remaining: number;
}

/** A fixed direction per pair of coincident points (deterministic: no Math.random). */
function spreadAngle(i: number, j: number): number {
  return ((i * 2654435761 + j * 40503) % 6283) / 1000;
}

/**
 * Move the discs (x[i], y[i], radius r[i]) until no two overlap (plus `margin`), or
 * `maxPasses` passes. Each overlapping pair is pushed apart along the line between the
 * centres, the smaller disc moving more (a hub stays where the layout put it). Pairs
 * are found by sweep and prune: discs sorted by left edge, each compared with the
 * ones that start before it ends.
 */
export function removeOverlaps(x: Float64Array, y: Float64Array, r: Float64Array, options: OverlapOptions = {}): OverlapResult {
  const n = x.length;
  const margin = options.margin ?? 0;
  const maxPasses = options.maxPasses ?? 60;
  const pinned = options.pinned;
  if (n < 2) return { passes: 0, remaining: 0 };
  const order = new Uint32Array(n);
  const left = new Float64Array(n);
  let remaining = 0;
  let pass = 0;
  for (; pass < maxPasses; pass++) {
    if (pass === 0) sortByLeftEdge(x, r, margin, order, left);
    else resortByLeftEdge(x, r, margin, order, left);
    remaining = 0;
    for (let a = 0; a < n; a++) {
      const i = order[a]!;
      const reach = x[i]! + r[i]! + margin / 2;
      for (let b = a + 1; b < n; b++) {
        const j = order[b]!;
        if (left[j]! > reach) break;
        if (pinned && pinned[i] && pinned[j]) continue;
        const want = r[i]! + r[j]! + margin;
        let vx = x[j]! - x[i]!;
        let vy = y[j]! - y[i]!;
        // Most pairs the sweep meets are far apart vertically; Math.hypot is never below either
        // side, so these need no distance (the same pairs are skipped as with it).
        if (vy >= want || -vy >= want) continue;
        const d = Math.hypot(vx, vy);
        // Within rounding of touching counts as apart, or a settled pair would be counted forever.
        if (d >= want * (1 - 1e-9)) continue;
        remaining++;
        if (d < 1e-9) {
          const angle = spreadAngle(i, j);
          vx = Math.cos(angle);
          vy = Math.sin(angle);
        } else {
          vx /= d;
          vy /= d;
        }
        // Half as much again as the overlap: chains of touching discs then settle in a few passes instead of dozens.
        const push = (want - d) * 1.5;
        const wi = pinned?.[i] ? 0 : pinned?.[j] ? 1 : (r[j]! * r[j]!) / (r[i]! * r[i]! + r[j]! * r[j]! || 1);
        x[i] = x[i]! - vx * push * wi;
        y[i] = y[i]! - vy * push * wi;
        x[j] = x[j]! + vx * push * (1 - wi);
        y[j] = y[j]! + vy * push * (1 - wi);
      }
    }
    // The sweep uses the left edges from the start of the pass; a fresh count confirms that nothing moved into another.
    if (remaining === 0 && countOverlaps(x, y, r, margin, pinned) === 0) return { passes: pass + 1, remaining: 0 };
  }
  return { passes: pass, remaining: countOverlaps(x, y, r, margin, pinned) };
}

/** Fill `order` with the disc indices sorted by left edge (x - r - margin/2), kept in `left`. */
function sortByLeftEdge(x: Float64Array, r: Float64Array, margin: number, order: Uint32Array, left: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    order[i] = i;
    left[i] = x[i]! - r[i]! - margin / 2;
  }
  order.sort((a, b) => left[a]! - left[b]! || a - b);
}

/**
 * `sortByLeftEdge` for a later pass: discs move little between passes, so `order` (the last
 * pass's) is nearly sorted and an insertion sort on the same key (left edge, then index) finishes
 * in about one sweep. Both sorts give the one order that key defines; with a NaN edge (no order)
 * it falls back to the full sort.
 */
function resortByLeftEdge(x: Float64Array, r: Float64Array, margin: number, order: Uint32Array, left: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    left[i] = x[i]! - r[i]! - margin / 2;
    if (Number.isNaN(left[i]!)) { sortByLeftEdge(x, r, margin, order, left); return; }
  }
  // Past this many moves the order was far from sorted: the full sort is cheaper.
  let budget = 16 * n;
  for (let a = 1; a < n; a++) {
    const i = order[a]!, li = left[i]!;
    let b = a - 1;
    while (b >= 0) {
      const j = order[b]!, lj = left[j]!;
      if (lj < li || (lj === li && j < i)) break;
      order[b + 1] = j;
      b--;
    }
    order[b + 1] = i;
    budget -= a - 1 - b;
    if (budget < 0) { sortByLeftEdge(x, r, margin, order, left); return; }
  }
}

/** Pairs of discs closer than their radii plus `margin` (pairs of two pinned discs not counted). */
export function countOverlaps(x: Float64Array, y: Float64Array, r: Float64Array, margin = 0, pinned?: Uint8Array): number {
  const n = x.length;
  const order = new Uint32Array(n);
  const left = new Float64Array(n);
  sortByLeftEdge(x, r, margin, order, left);
  let count = 0;
  for (let a = 0; a < n; a++) {
    const i = order[a]!;
    const reach = x[i]! + r[i]! + margin / 2;
    for (let b = a + 1; b < n; b++) {
      const j = order[b]!;
      if (left[j]! > reach) break;
      if (pinned && pinned[i] && pinned[j]) continue;
      const within = (r[i]! + r[j]! + margin) * (1 - 1e-9), dy = y[j]! - y[i]!;
      if (dy >= within || -dy >= within) continue; // Math.hypot is never below either side
      if (Math.hypot(x[j]! - x[i]!, dy) < within) count++;
    }
  }
  return count;
}
