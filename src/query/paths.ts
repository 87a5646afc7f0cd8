// Shortest explanations between two entities. A path is scored by the cost of
// its hops (a stated relation is cheaper than a shared sentence, see
// data/costs.ts) under a hop limit, and every path of the best cost is kept so
// that ties are shown rather than hidden. graphology-shortest-path has no hop
// limit and keeps one path per node, hence an A* over (node, hops) states,
// guided by a breadth-first count of the hops left to the target
// (path-search.ts), on the integer adjacency of path-index.ts (built once per
// graph). This file checks the options and turns node numbers into answers.
import type { KnowledgeGraph } from '../types.ts';
import { UsageError } from '../errors.ts';
import { hopCost } from './data/costs.ts';
import { pathIndex } from './path-index.ts';
import { MAX_STATES, PathSearch } from './path-search.ts';
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
  // The breadth-first bound only goes half the hop limit deep: beyond, "more than
  // `depth` hops" is bound enough, and a full-depth search would visit most of a
  // small-world graph before the path search even starts.
  const depth = Math.ceil((hopLimit < Math.floor(maxHops) ? hopLimit : maxHops) / 2);
  const search = PathSearch.of(index);
  const best = search.run(src, dst, hopLimit, depth);
  if (best === Infinity) return result;
  const nodePaths = search.paths(src, dst, hopLimit, best, maxPaths);
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
