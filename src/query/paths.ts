// Shortest explanations between two entities. A path is scored by the cost of
// its hops (a stated relation is cheaper than a shared sentence, see
// data/costs.ts) under a hop limit, and every path of the best cost is kept so
// that ties are shown rather than hidden. graphology-shortest-path has no hop
// limit and keeps one path per node, hence this small A* over (node, hops)
// states, guided by a breadth-first count of the hops left to the target. It
// runs on the integer adjacency of path-index.ts (built once per graph) with
// reused typed-array tables, so a hub with thousands of relations is a tight
// loop rather than thousands of string keys; ties come out in the same order
// as the string-keyed search it replaced (same heap, same neighbour order).
import type { KnowledgeGraph } from '../types.ts';
import { UsageError } from '../errors.ts';
import { hopCost } from './data/costs.ts';
import { pathIndex, type PathIndex } from './path-index.ts';
import { compareRelations, entityRef, relationView, type EntityRef, type RelationView } from './relations.ts';

export interface PathOptions {
  maxHops?: number;
  /** Most tied paths returned. */
  maxPaths?: number;
}

export const PATH_DEFAULTS = { maxHops: 4, maxPaths: 5, maxHopsLimit: 10 } as const;

export interface PathHop {
  from: EntityRef;
  to: EntityRef;
  /** The best relation between the two (its direction may run either way). */
  relation: RelationView;
  /** How many other relations also join these two entities. */
  otherRelations: number;
}

export interface GraphPath {
  nodes: EntityRef[];
  hops: PathHop[];
  cost: number;
}

export interface PathResult {
  from: EntityRef;
  to: EntityRef;
  maxHops: number;
  paths: GraphPath[];
  /** More tied paths existed than maxPaths. */
  truncated: boolean;
}

/**
 * Per-graph working memory, reused by every query: a query stamps what it
 * writes instead of clearing tables the size of the graph. A search state is
 * (hops taken, node), numbered hops * nodes + node.
 */
interface Scratch {
  stamp: number;
  /** Hops to the target (breadth-first bound), valid where nearStamp === stamp. */
  nearStamp: Int32Array;
  near: Int32Array;
  queue: Int32Array;
  /** Hop layers the state tables below have room for. */
  layers: number;
  /** dist and the predecessor list of a state are valid where seen === stamp. */
  seen: Int32Array;
  dist: Float64Array;
  /** A state was settled (popped, not stale, not dominated) where settled === stamp, at settledCost. */
  settled: Int32Array;
  settledCost: Float64Array;
  /** Predecessor lists: first and last entry per state, entries chained through predNext. */
  predHead: Int32Array;
  predTail: Int32Array;
  predState: Int32Array;
  predNext: Int32Array;
  /** Binary heap of (priority, hops, node), ordered on priority then hops. */
  heapF: Float64Array;
  heapH: Int32Array;
  heapN: Int32Array;
}

const scratches = new WeakMap<PathIndex, Scratch>();
/** Most (hops, node) states a search may keep tables for (32 bytes each). */
const MAX_STATES = 1 << 23;

function scratchFor(index: PathIndex, layers: number): Scratch {
  const n = index.ids.length;
  let s = scratches.get(index);
  if (!s) {
    s = {
      stamp: 0, nearStamp: new Int32Array(n), near: new Int32Array(n), queue: new Int32Array(n),
      layers: 0, seen: new Int32Array(0), dist: new Float64Array(0), settled: new Int32Array(0), settledCost: new Float64Array(0),
      predHead: new Int32Array(0), predTail: new Int32Array(0), predState: new Int32Array(1024), predNext: new Int32Array(1024),
      heapF: new Float64Array(1024), heapH: new Int32Array(1024), heapN: new Int32Array(1024),
    };
    scratches.set(index, s);
  }
  if (s.layers < layers) {
    const states = layers * n;
    s.layers = layers;
    s.seen = new Int32Array(states);
    s.dist = new Float64Array(states);
    s.settled = new Int32Array(states);
    s.settledCost = new Float64Array(states);
    s.predHead = new Int32Array(states);
    s.predTail = new Int32Array(states);
  }
  if (++s.stamp >= 0x3fffffff) {
    for (const a of [s.nearStamp, s.seen, s.settled]) a.fill(0);
    s.stamp = 1;
  }
  return s;
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Hops from every node to `target` (relations in either direction), up to
 * `depth`; nodes farther away are not stamped (at least depth + 1 hops away). A
 * lower bound on the remaining cost (every hop costs at least 1), which turns
 * the search below into A*.
 */
function hopsTo(index: PathIndex, s: Scratch, target: number, depth: number): void {
  const { offsets, targets } = index;
  const { nearStamp, near, queue, stamp } = s;
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

export function shortestPaths(graph: KnowledgeGraph, from: string, to: string, opts: PathOptions = {}): PathResult {
  const maxHops = opts.maxHops ?? PATH_DEFAULTS.maxHops;
  const maxPaths = opts.maxPaths ?? PATH_DEFAULTS.maxPaths;
  const result: PathResult = { from: entityRef(graph, from), to: entityRef(graph, to), maxHops, paths: [], truncated: false };
  if (from === to) {
    result.paths.push({ nodes: [result.from], hops: [], cost: 0 });
    return result;
  }
  // Less than one hop (or not a number) finds nothing.
  if (!(maxHops >= 1)) return result;
  const index = pathIndex(graph);
  const n = index.ids.length;
  const src = index.index.get(from)!, dst = index.index.get(to)!;
  // No path has more hops than the graph has nodes less one: a larger limit (beyond
  // the usual ones) is that many, which also bounds the working tables.
  const hopLimit = Math.min(Math.floor(maxHops), Math.max(n - 1, PATH_DEFAULTS.maxHopsLimit));
  if ((hopLimit + 1) * n > MAX_STATES) {
    throw new UsageError(`shortestPaths: maxHops expects at most ${Math.floor(MAX_STATES / n) - 1} on a graph of ${n} entities, got ${maxHops}; use a smaller hop limit (default ${PATH_DEFAULTS.maxHops})`);
  }
  const s = scratchFor(index, hopLimit + 1);
  const { offsets, targets, costs } = index;
  const { stamp, nearStamp, near, seen, dist, settled, settledCost, predHead, predTail } = s;
  // The breadth-first bound only goes half the hop limit deep: beyond, "more than
  // `depth` hops" is bound enough, and a full-depth search would visit most of a
  // small-world graph before the path search even starts.
  const depth = Math.ceil((hopLimit < Math.floor(maxHops) ? hopLimit : maxHops) / 2);
  hopsTo(index, s, dst, depth);
  const far = depth + 1;
  // A* over (node, hops) states, ordered by cost + hops still needed; every
  // predecessor of a state's best cost is kept, in the order they were settled.
  let heapSize = 0, preds = 0;
  let { heapF, heapH, heapN, predState, predNext } = s;
  const push = (f: number, h: number, v: number): void => {
    if (heapSize === heapF.length) { s.heapF = heapF = grow(heapF); s.heapH = heapH = grow(heapH); s.heapN = heapN = grow(heapN); }
    let i = heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pf = heapF[p]!;
      if (!(f < pf || (f === pf && h < heapH[p]!))) break;
      heapF[i] = pf; heapH[i] = heapH[p]!; heapN[i] = heapN[p]!;
      i = p;
    }
    heapF[i] = f; heapH[i] = h; heapN[i] = v;
  };
  const addPred = (state: number, pred: number, first: boolean): void => {
    if (preds === predState.length) { s.predState = predState = grow(predState); s.predNext = predNext = grow(predNext); }
    predState[preds] = pred;
    predNext[preds] = -1;
    if (first) predHead[state] = preds;
    else predNext[predTail[state]!] = preds;
    predTail[state] = preds++;
  };
  seen[src] = stamp;
  dist[src] = 0;
  predHead[src] = -1;
  push(nearStamp[src] === stamp ? near[src]! : far, 0, src);
  let best = Infinity;
  while (heapSize) {
    // Pop the top, then sift the last item down from the root.
    const f = heapF[0]!, hops = heapH[0]!, node = heapN[0]!;
    if (--heapSize) {
      const lf = heapF[heapSize]!, lh = heapH[heapSize]!, ln = heapN[heapSize]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i, mf = lf, mh = lh;
        if (l < heapSize) { const cf = heapF[l]!, ch = heapH[l]!; if (cf < mf || (cf === mf && ch < mh)) { m = l; mf = cf; mh = ch; } }
        if (r < heapSize) { const cf = heapF[r]!, ch = heapH[r]!; if (cf < mf || (cf === mf && ch < mh)) { m = r; mf = cf; mh = ch; } }
        if (m === i) break;
        heapF[i] = mf; heapH[i] = mh; heapN[i] = heapN[m]!;
        i = m;
      }
      heapF[i] = lf; heapH[i] = lh; heapN[i] = ln;
    }
    if (f > best) break;
    const cost = f - (nearStamp[node] === stamp ? near[node]! : far);
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
      const h = nearStamp[next] === stamp ? near[next]! : far;
      // Back to the start, or too far from the target to arrive within the hop limit.
      if (next === src || hops + 1 + h > hopLimit) continue;
      const nc = cost + costs[k]!;
      if (nc + h > best) continue;
      const ns = layer + next;
      const old = seen[ns] === stamp ? dist[ns]! : Infinity;
      if (nc < old) {
        seen[ns] = stamp;
        dist[ns] = nc;
        addPred(ns, state, true);
        push(nc + h, hops + 1, next);
      } else if (nc === old) {
        addPred(ns, state, false);
      }
    }
  }
  if (best === Infinity) return result;
  // Walk predecessors back from every (to, hops) state of the best cost, fewest hops first.
  const nodePaths: number[][] = [];
  const walk = (state: number, suffix: number[]): void => {
    if (nodePaths.length > maxPaths) return;
    const node = state % n;
    const path = [node, ...suffix];
    if (node === src) { if (new Set(path).size === path.length) nodePaths.push(path); return; }
    for (let e = predHead[state]!; e !== -1; e = predNext[e]!) walk(predState[e]!, path);
  };
  for (let h = 1; h <= hopLimit; h++) {
    const state = h * n + dst;
    if (seen[state] === stamp && dist[state] === best) walk(state, []);
  }
  result.truncated = nodePaths.length > maxPaths;
  for (const nodes of nodePaths.slice(0, maxPaths)) result.paths.push(describePath(graph, nodes.map((i) => index.ids[i]!)));
  return result;
}

/** Turn a node sequence into hops, each with the best relation between its two ends. */
export function describePath(graph: KnowledgeGraph, nodes: string[]): GraphPath {
  const hops: PathHop[] = [];
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!, b = nodes[i + 1]!;
    // Relations in either direction between the two (the Set guards against a self-loop listed twice).
    const edges = [...new Set([...graph.outEdges(a, b), ...graph.outEdges(b, a)])];
    // The best is the first, in edge order, of the cheapest relations by
    // compareRelations; only the cheapest are turned into views (two countries
    // may share hundreds of co-occurrence edges).
    const costs = edges.map((e) => hopCost(graph.getEdgeAttributes(e)));
    let least = Infinity;
    for (const c of costs) if (c < least) least = c;
    if (!edges.length) throw new Error(`describePath: expected a relation between "${a}" and "${b}", found none`);
    let relation: RelationView | undefined;
    edges.forEach((e, i) => {
      if (costs[i] !== least) return;
      const view = relationView(graph, e);
      if (!relation || compareRelations(view, relation) < 0) relation = view;
    });
    cost += least;
    hops.push({ from: entityRef(graph, a), to: entityRef(graph, b), relation: relation!, otherRelations: edges.length - 1 });
  }
  return { nodes: nodes.map((n) => entityRef(graph, n)), hops, cost };
}
