// The graph as the path search sees it: integer node numbers and, per node, each
// neighbour once with the cheapest hop cost to it (relations in either
// direction), in compressed rows of typed arrays. Walking a graphology node's
// edges and hashing string keys is what made a path query between two
// well-connected entities slow; this table is built once per graph and cached,
// so a query only touches numbers.
import type { KnowledgeGraph } from '../types.ts';
import { hopCost } from './data/costs.ts';

export interface PathIndex {
  /** Node id per number. */
  ids: string[];
  /** Number per node id. */
  index: Map<string, number>;
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
  /** Cheapest hop cost from node i to targets[k], at the same position k. */
  costs: Float64Array;
}

const cache = new WeakMap<KnowledgeGraph, { order: number; size: number; index: PathIndex }>();
/** Graphs whose change events already drop their cache entry. */
const watched = new WeakSet<KnowledgeGraph>();

/**
 * Neighbours are listed in the order graphology's `forEachEdge(node)` first
 * meets them, self-loops left out: the search expands them in this order, which
 * decides the order in which tied paths are found.
 */
export function buildPathIndex(graph: KnowledgeGraph): PathIndex {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i]!, i);
  const offsets = new Int32Array(n + 1);
  // Each edge appears in the rows of both its ends at most.
  let targets = new Int32Array(2 * graph.size);
  let costs = new Float64Array(2 * graph.size);
  // Position of a neighbour in the current row, reset per row through `rowOf`.
  const slot = new Int32Array(n);
  const rowOf = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const node = ids[i]!;
    graph.forEachEdge(node, (_e, attrs, source, target) => {
      const other = source === node ? target : source;
      if (other === node) return;
      const j = index.get(other)!;
      const c = hopCost(attrs);
      if (rowOf[j] === i) {
        const at = slot[j]!;
        if (c < costs[at]!) costs[at] = c;
      } else {
        rowOf[j] = i;
        slot[j] = k;
        targets[k] = j;
        costs[k] = c;
        k++;
      }
    });
  }
  offsets[n] = k;
  targets = targets.slice(0, k);
  costs = costs.slice(0, k);
  return { ids, index, offsets, targets, costs };
}

/**
 * The cached index of a graph: rebuilt when nodes or edges were added or
 * removed, or when an edge's attributes (its cost) changed (graph events, and
 * the node and edge counts for changes made before the first query).
 */
export function pathIndex(graph: KnowledgeGraph): PathIndex {
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.index;
  if (!watched.has(graph)) {
    watched.add(graph);
    const drop = () => { cache.delete(graph); };
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated', 'cleared', 'edgesCleared'] as const) {
      (graph as unknown as { on(e: string, f: () => void): void }).on(event, drop);
    }
  }
  const index = buildPathIndex(graph);
  cache.set(graph, { order: graph.order, size: graph.size, index });
  return index;
}
