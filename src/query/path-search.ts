// The cheapest-paths search itself, on integers: A* over (hops taken, node)
// states of a PathIndex, ordered by cost + hops still needed, keeping every
// predecessor of a state's best cost so that all tied paths can be walked back.
// One PathSearch per graph holds typed-array tables reused by every query (a
// query stamps what it writes instead of clearing them) and plain methods on
// fields, so the hot loops are compiled early and a hub with thousands of
// neighbours is a tight loop. paths.ts turns its node numbers into answers.
import type { PathIndex } from './path-index.ts';

/** Most (hops, node) states a search keeps tables for (32 bytes each). */
export const MAX_STATES = 1 << 23;

const searches = new WeakMap<PathIndex, PathSearch>();

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

export class PathSearch {
  private readonly n: number;
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  private readonly costs: Float64Array;
  private stamp = 0;
  /** Hops to the target (breadth-first bound), valid where nearStamp === stamp. */
  private readonly nearStamp: Int32Array;
  private readonly near: Int32Array;
  private readonly queue: Int32Array;
  private far = 0;
  /** Hop layers the state tables have room for; state = hops * n + node. */
  private layers = 0;
  /** dist and the predecessor list of a state are valid where seen === stamp. */
  private seen = new Int32Array(0);
  private dist = new Float64Array(0);
  /** A state was settled (popped, not stale, not dominated) where settled === stamp, at settledCost. */
  private settled = new Int32Array(0);
  private settledCost = new Float64Array(0);
  /** Predecessor lists: first and last entry per state, entries chained through predNext. */
  private predHead = new Int32Array(0);
  private predTail = new Int32Array(0);
  private predState = new Int32Array(1024);
  private predNext = new Int32Array(1024);
  private preds = 0;
  /** Binary heap of (priority, hops, node), ordered on priority then hops. */
  private heapF = new Float64Array(1024);
  private heapH = new Int32Array(1024);
  private heapN = new Int32Array(1024);
  private heapSize = 0;
  private popF = 0;
  private popH = 0;
  private popN = 0;

  /** The search of a graph's index, created once. */
  static of(index: PathIndex): PathSearch {
    let s = searches.get(index);
    if (!s) { s = new PathSearch(index); searches.set(index, s); }
    return s;
  }

  private constructor(index: PathIndex) {
    const n = index.ids.length;
    this.n = n;
    this.offsets = index.offsets;
    this.targets = index.targets;
    this.costs = index.costs;
    this.nearStamp = new Int32Array(n);
    this.near = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /**
   * Cheapest cost of a path from src to dst of at most hopLimit hops
   * (Infinity if none), never passing src again; the breadth-first bound
   * looks `depth` hops deep. Its predecessor lists stay for `paths`.
   */
  run(src: number, dst: number, hopLimit: number, depth: number): number {
    this.begin(hopLimit + 1);
    this.hopsTo(dst, depth);
    this.far = depth + 1;
    const { n, offsets, targets, costs, stamp, seen, dist, settled, settledCost } = this;
    this.heapSize = 0;
    this.preds = 0;
    seen[src] = stamp;
    dist[src] = 0;
    this.predHead[src] = -1;
    this.push(this.bound(src), 0, src);
    let best = Infinity;
    while (this.heapSize) {
      this.pop();
      const f = this.popF, hops = this.popH, node = this.popN;
      if (f > best) break;
      const cost = f - this.bound(node);
      const state = hops * n + node;
      if (cost > (seen[state] === stamp ? dist[state]! : Infinity)) continue;
      // Best (cost, hops) pairs settled per node; a state no better in either is dominated.
      let dominated = false;
      for (let h = 0, other = node; h <= hops; h++, other += n) {
        if (settled[other] === stamp && settledCost[other]! < cost) { dominated = true; break; }
      }
      if (dominated) continue;
      settled[state] = stamp;
      settledCost[state] = cost;
      if (node === dst) { best = cost; continue; }
      const layer = (hops + 1) * n;
      for (let k = offsets[node]!, stop = offsets[node + 1]!; k < stop; k++) {
        const next = targets[k]!;
        const h = this.bound(next);
        // Back to the start, or too far from the target to arrive within the hop limit.
        if (next === src || hops + 1 + h > hopLimit) continue;
        const nc = cost + costs[k]!;
        if (nc + h > best) continue;
        const ns = layer + next;
        const old = seen[ns] === stamp ? dist[ns]! : Infinity;
        if (nc < old) {
          seen[ns] = stamp;
          dist[ns] = nc;
          this.addPred(ns, state, true);
          this.push(nc + h, hops + 1, next);
        } else if (nc === old) {
          this.addPred(ns, state, false);
        }
      }
    }
    return best;
  }

  /**
   * After `run`, the node numbers of the paths of cost `best`, walked back
   * from every (dst, hops) state of that cost, fewest hops first; stops once
   * more than maxPaths are found.
   */
  paths(src: number, dst: number, hopLimit: number, best: number, maxPaths: number): number[][] {
    const { n, stamp, seen, dist, predHead, predNext, predState } = this;
    const out: number[][] = [];
    const walk = (state: number, suffix: number[]): void => {
      if (out.length > maxPaths) return;
      const node = state % n;
      const path = [node, ...suffix];
      if (node === src) { if (new Set(path).size === path.length) out.push(path); return; }
      for (let e = predHead[state]!; e !== -1; e = predNext[e]!) walk(predState[e]!, path);
    };
    for (let h = 1; h <= hopLimit; h++) {
      const state = h * n + dst;
      if (seen[state] === stamp && dist[state] === best) walk(state, []);
    }
    return out;
  }

  /** A new stamp, and state tables for `layers` hop layers. */
  private begin(layers: number): void {
    if (this.layers < layers) {
      const states = layers * this.n;
      this.layers = layers;
      this.seen = new Int32Array(states);
      this.dist = new Float64Array(states);
      this.settled = new Int32Array(states);
      this.settledCost = new Float64Array(states);
      this.predHead = new Int32Array(states);
      this.predTail = new Int32Array(states);
    }
    if (++this.stamp >= 0x3fffffff) {
      this.nearStamp.fill(0);
      this.seen.fill(0);
      this.settled.fill(0);
      this.stamp = 1;
    }
  }

  /** Hops left to the target: exact within `depth`, else depth + 1 (a lower bound). */
  private bound(node: number): number {
    return this.nearStamp[node] === this.stamp ? this.near[node]! : this.far;
  }

  /**
   * Hops from every node to `target` (relations in either direction), up to
   * `depth`; nodes farther away are not stamped. A lower bound on the
   * remaining cost (every hop costs at least 1), which makes the search A*.
   */
  private hopsTo(target: number, depth: number): void {
    const { offsets, targets, nearStamp, near, queue, stamp } = this;
    nearStamp[target] = stamp;
    near[target] = 0;
    queue[0] = target;
    let head = 0, tail = 1;
    for (let d = 1; d <= depth && head < tail; d++) {
      const end = tail;
      for (; head < end; head++) {
        const node = queue[head]!;
        for (let k = offsets[node]!, stop = offsets[node + 1]!; k < stop; k++) {
          const m = targets[k]!;
          if (nearStamp[m] !== stamp) { nearStamp[m] = stamp; near[m] = d; queue[tail++] = m; }
        }
      }
    }
  }

  private addPred(state: number, pred: number, first: boolean): void {
    if (this.preds === this.predState.length) { this.predState = grow(this.predState); this.predNext = grow(this.predNext); }
    const e = this.preds++;
    this.predState[e] = pred;
    this.predNext[e] = -1;
    if (first) this.predHead[state] = e;
    else this.predNext[this.predTail[state]!] = e;
    this.predTail[state] = e;
  }

  private push(f: number, h: number, v: number): void {
    if (this.heapSize === this.heapF.length) { this.heapF = grow(this.heapF); this.heapH = grow(this.heapH); this.heapN = grow(this.heapN); }
    const { heapF, heapH, heapN } = this;
    let i = this.heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pf = heapF[p]!;
      if (!(f < pf || (f === pf && h < heapH[p]!))) break;
      heapF[i] = pf; heapH[i] = heapH[p]!; heapN[i] = heapN[p]!;
      i = p;
    }
    heapF[i] = f; heapH[i] = h; heapN[i] = v;
  }

  /** Take the top into popF/popH/popN, then sift the last item down from the root. */
  private pop(): void {
    const { heapF, heapH, heapN } = this;
    this.popF = heapF[0]!; this.popH = heapH[0]!; this.popN = heapN[0]!;
    const size = --this.heapSize;
    if (!size) return;
    const lf = heapF[size]!, lh = heapH[size]!, ln = heapN[size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i, mf = lf, mh = lh;
      if (l < size) { const cf = heapF[l]!, ch = heapH[l]!; if (cf < mf || (cf === mf && ch < mh)) { m = l; mf = cf; mh = ch; } }
      if (r < size) { const cf = heapF[r]!, ch = heapH[r]!; if (cf < mf || (cf === mf && ch < mh)) { m = r; mf = cf; mh = ch; } }
      if (m === i) break;
      heapF[i] = mf; heapH[i] = mh; heapN[i] = heapN[m]!;
      i = m;
    }
    heapF[i] = lf; heapH[i] = lh; heapN[i] = ln;
  }
}
