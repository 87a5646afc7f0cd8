// Shortest paths between two entities over the visible graph, ignoring edge
// direction (a path of relations reads both ways) and preferring typed
// relations: a co-occurrence hop costs several typed hops, so "X minister of Y"
// wins over "X appears near Y". Runs graphology-shortest-path's bidirectional
// Dijkstra on a simple undirected view that keeps the cheapest edge per pair.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { EdgeAttributes, KnowledgeGraph } from '../../../src/types.ts';
import type { Visibility } from './visibility.ts';

/**
 * Cost of one hop. A typed relation costs 0.8-2 (less with more support and confidence,
 * more when negated or hypothetical); a co-occurrence 2.5-4 (less with more shared
 * sentences). Any typed hop is cheaper than any co-occurrence hop.
 */
export function edgeCost(a: EdgeAttributes): number {
  const support = Math.log2(1 + Math.max(1, a.weight)); // 1 for weight 1, grows slowly
  if (a.kind === 'cooccurrence') return 2.5 + 1.5 / support;
  const confidence = Math.min(1, Math.max(0, a.confidence));
  const doubt = a.negated || a.hypothetical ? 0.5 : 0;
  return 1 + 0.5 * (1 - confidence) + doubt - Math.min(0.2, 0.1 * (support - 1));
}

export interface PathHop {
  from: string;
  to: string;
  /** The edge of the knowledge graph used for this hop. */
  edge: string;
  /** True when the relation reads from -> to (edge source is `from`). */
  forward: boolean;
}

export interface FoundPath {
  nodes: string[];
  hops: PathHop[];
  cost: number;
}

interface ViewEdge {
  cost: number;
  edge: string;
}

/** The undirected, filtered, cheapest-edge-per-pair view paths are computed on. */
export function pathView(graph: KnowledgeGraph, visibility?: Visibility): UndirectedGraph<Record<string, never>, ViewEdge> {
  const view = new UndirectedGraph<Record<string, never>, ViewEdge>();
  graph.forEachNode((node) => {
    if (!visibility?.hiddenNodes.has(node)) view.addNode(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (source === target || visibility?.hiddenEdges.has(edge)) return;
    if (!view.hasNode(source) || !view.hasNode(target)) return;
    const cost = edgeCost(a);
    const existing = view.edge(source, target);
    if (existing === undefined) view.addEdge(source, target, { cost, edge });
    else if (cost < view.getEdgeAttribute(existing, 'cost')) view.replaceEdgeAttributes(existing, { cost, edge });
  });
  return view;
}

function toPath(graph: KnowledgeGraph, view: UndirectedGraph<Record<string, never>, ViewEdge>, nodes: string[]): FoundPath {
  const hops: PathHop[] = [];
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const viewEdge = view.edge(nodes[i], nodes[i + 1])!;
    const { edge, cost: c } = view.getEdgeAttributes(viewEdge);
    cost += c;
    hops.push({ from: nodes[i], to: nodes[i + 1], edge, forward: graph.source(edge) === nodes[i] });
  }
  return { nodes, hops, cost };
}

/**
 * The cheapest path from `from` to `to`, then up to `max - 1` alternatives found by
 * taking out one hop of the best path at a time (kept when at most `slack` times as costly).
 */
export function findPaths(graph: KnowledgeGraph, from: string, to: string, visibility?: Visibility,
  max = 3, slack = 1.6): FoundPath[] {
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return [];
  const view = pathView(graph, visibility);
  if (!view.hasNode(from) || !view.hasNode(to)) return [];
  const best = bidirectional(view, from, to, 'cost');
  if (!best) return [];
  const found = [toPath(graph, view, best)];
  const seen = new Set([best.join('\u0000')]);
  for (let i = 0; i + 1 < best.length && max > 1; i++) {
    const e = view.edge(best[i], best[i + 1])!;
    const attributes = view.getEdgeAttributes(e);
    view.dropEdge(e);
    const other = bidirectional(view, from, to, 'cost');
    view.addEdge(best[i], best[i + 1], attributes);
    if (!other) continue;
    const id = other.join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    const path = toPath(graph, view, other);
    if (path.cost <= found[0].cost * slack) found.push(path);
  }
  return orderPaths(found).slice(0, max);
}

/**
 * The order paths are listed in: the cheapest first (stated relations over co-occurrences),
 * then the alternatives by number of hops, then cost, so that a longer detour never comes
 * before a shorter one.
 */
export function orderPaths(paths: FoundPath[]): FoundPath[] {
  if (paths.length === 0) return [];
  const sorted = [...paths].sort((a, b) => a.cost - b.cost);
  const [best, ...rest] = sorted;
  return [best!, ...rest.sort((a, b) => a.hops.length - b.hops.length || a.cost - b.cost)];
}
