// Shortest explanations between two entities. A path is scored by the cost of
// its hops (a stated relation is cheaper than a shared sentence, see
// data/costs.ts) under a hop limit, and every path of the best cost is kept so
// that ties are shown rather than hidden. graphology-shortest-path has no hop
// limit and keeps one path per node, hence this small A* over (node, hops)
// states, guided by a breadth-first count of the hops left to the target.
import type { KnowledgeGraph } from '../types.ts';
import { hopCost } from './data/costs.ts';
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

/** Tiny binary heap of [priority, hops, node] keyed on priority then hops. */
class Heap {
  private items: [number, number, string][] = [];
  get size(): number { return this.items.length; }
  private less(i: number, j: number): boolean {
    const a = this.items[i]!, b = this.items[j]!;
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  push(item: [number, number, string]): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [items[i], items[p]] = [items[p]!, items[i]!];
      i = p;
    }
  }
  pop(): [number, number, string] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < items.length && this.less(l, m)) m = l;
        if (r < items.length && this.less(r, m)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Cheapest hop cost to each neighbour, relations in either direction. */
function cheapestNeighbors(graph: KnowledgeGraph, node: string): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachEdge(node, (_e, attrs, source, target) => {
    const other = source === node ? target : source;
    if (other === node) return;
    const c = hopCost(attrs);
    const prev = out.get(other);
    if (prev === undefined || c < prev) out.set(other, c);
  });
  return out;
}

/**
 * Hops from every node to `target` (relations in either direction), up to
 * `depth`; nodes farther away are absent (at least depth + 1 hops away). A lower
 * bound on the remaining cost (every hop costs at least 1), which turns the
 * search below into A*.
 */
function hopsTo(graph: KnowledgeGraph, target: string, maxHops: number): Map<string, number> {
  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (n) => {
        if (!dist.has(n)) { dist.set(n, d); next.push(n); }
      });
    }
    frontier = next;
  }
  return dist;
}

export function shortestPaths(graph: KnowledgeGraph, from: string, to: string, opts: PathOptions = {}): PathResult {
  const maxHops = opts.maxHops ?? PATH_DEFAULTS.maxHops;
  const maxPaths = opts.maxPaths ?? PATH_DEFAULTS.maxPaths;
  const result: PathResult = { from: entityRef(graph, from), to: entityRef(graph, to), maxHops, paths: [], truncated: false };
  if (from === to) {
    result.paths.push({ nodes: [result.from], hops: [], cost: 0 });
    return result;
  }
  // The breadth-first bound only goes half the hop limit deep: beyond, "more than
  // `depth` hops" is bound enough, and a full-depth search would visit most of a
  // small-world graph before the path search even starts.
  const depth = Math.ceil(maxHops / 2);
  const near = hopsTo(graph, to, depth);
  const bound = (n: string) => near.get(n) ?? depth + 1;
  // A* over (node, hops) states, ordered by cost + hops still needed. dist/preds are keyed "hops|node".
  const dist = new Map<string, number>();
  const preds = new Map<string, string[]>();
  // Best (cost, hops) pairs settled per node; a state no better in either is dominated.
  const settled = new Map<string, [number, number][]>();
  const heap = new Heap();
  const key = (h: number, n: string) => `${h}|${n}`;
  dist.set(key(0, from), 0);
  heap.push([bound(from), 0, from]);
  let best = Infinity;
  const neighborCache = new Map<string, Map<string, number>>();
  while (heap.size) {
    const [f, hops, node] = heap.pop()!;
    if (f > best) break;
    const cost = f - bound(node);
    if (cost > (dist.get(key(hops, node)) ?? Infinity)) continue;
    const marks = settled.get(node) ?? [];
    if (marks.some(([c, h]) => c < cost && h <= hops)) continue;
    marks.push([cost, hops]);
    settled.set(node, marks);
    if (node === to) { best = cost; continue; }
    let nbrs = neighborCache.get(node);
    if (!nbrs) { nbrs = cheapestNeighbors(graph, node); neighborCache.set(node, nbrs); }
    for (const [next, c] of nbrs) {
      const h = bound(next);
      // Back to the start, or too far from the target to arrive within the hop limit.
      if (next === from || hops + 1 + h > maxHops) continue;
      const nc = cost + c;
      if (nc + h > best) continue;
      const k = key(hops + 1, next);
      const old = dist.get(k) ?? Infinity;
      if (nc < old) {
        dist.set(k, nc);
        preds.set(k, [key(hops, node)]);
        heap.push([nc + h, hops + 1, next]);
      } else if (nc === old) {
        preds.get(k)!.push(key(hops, node));
      }
    }
  }
  if (best === Infinity) return result;
  // Walk predecessors back from every (to, hops) state of the best cost, fewest hops first.
  const nodePaths: string[][] = [];
  const walk = (k: string, suffix: string[]): void => {
    if (nodePaths.length > maxPaths) return;
    const node = k.slice(k.indexOf('|') + 1);
    const path = [node, ...suffix];
    if (node === from) { if (new Set(path).size === path.length) nodePaths.push(path); return; }
    for (const p of preds.get(k) ?? []) walk(p, path);
  };
  for (let h = 1; h <= maxHops; h++) if (dist.get(key(h, to)) === best) walk(key(h, to), []);
  result.truncated = nodePaths.length > maxPaths;
  for (const nodes of nodePaths.slice(0, maxPaths)) result.paths.push(describePath(graph, nodes));
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
    const views = edges.map((e) => relationView(graph, e));
    views.sort((x, y) => hopCost(graph.getEdgeAttributes(x.id)) - hopCost(graph.getEdgeAttributes(y.id)) || compareRelations(x, y));
    const relation = views[0]!;
    cost += hopCost(graph.getEdgeAttributes(relation.id));
    hops.push({ from: entityRef(graph, a), to: entityRef(graph, b), relation, otherRelations: views.length - 1 });
  }
  return { nodes: nodes.map((n) => entityRef(graph, n)), hops, cost };
}
