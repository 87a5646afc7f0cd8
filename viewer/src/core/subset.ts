// Big graphs: sigma draws a subset, the whole graph stays in memory (or on the
// server). These are the pure pieces: which entities matter most, which
// neighbours to add first, and copying chosen entities (with the relations
// among them) into the graph sigma draws, at their build positions.
// The ranking agrees with the server's /api/subgraph: summed weight of typed
// relations, then mentions, then summed co-occurrence weight, then id.
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../../src/types.ts';

export const BIG_GRAPH = {
  /** Above this many entities the viewer opens on a subset. */
  threshold: 5000,
  /** Entities drawn at first. */
  initial: 1500,
  /** Neighbours one "Show neighbours" (or a double click) adds at most. */
  neighbours: 40,
  /** Neighbours added around an entity reached by search or a link. */
  around: 25,
} as const;

export interface Importance {
  typed: number;
  mentions: number;
  cooccurrence: number;
}

export function importance(graph: KnowledgeGraph, node: string): Importance {
  let typed = 0;
  let cooccurrence = 0;
  graph.forEachEdge(node, (_e, a) => {
    if (a.kind === 'cooccurrence') cooccurrence += a.weight ?? 1;
    else typed += a.weight ?? 1;
  });
  return { typed, mentions: graph.getNodeAttribute(node, 'mentions') ?? 0, cooccurrence };
}

/** Descending importance (a sort comparator). */
export function compareImportance(a: Importance, b: Importance): number {
  return b.typed - a.typed || b.mentions - a.mentions || b.cooccurrence - a.cooccurrence;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every entity, most important first. O(V + E). */
export function rankEntities(graph: KnowledgeGraph): string[] {
  const ids: string[] = [];
  const scores = new Map<string, Importance>();
  graph.forEachNode((id) => {
    ids.push(id);
    scores.set(id, importance(graph, id));
  });
  return ids.sort((a, b) => compareImportance(scores.get(a)!, scores.get(b)!) || byId(a, b));
}

/**
 * The neighbours of `node` not in `exclude`, most important first: those tied to it by
 * more typed-relation weight, then more co-occurrence weight, then by their own importance.
 * At most `limit`.
 */
export function rankNeighbours(graph: KnowledgeGraph, node: string, limit: number, exclude?: (key: string) => boolean): string[] {
  if (!graph.hasNode(node)) return [];
  const links = new Map<string, { typed: number; cooccurrence: number }>();
  graph.forEachEdge(node, (_e, a, source, target) => {
    const other = source === node ? target : source;
    if (other === node || exclude?.(other)) return;
    let link = links.get(other);
    if (!link) links.set(other, (link = { typed: 0, cooccurrence: 0 }));
    if (a.kind === 'cooccurrence') link.cooccurrence += a.weight ?? 1;
    else link.typed += a.weight ?? 1;
  });
  const ranked = [...links].map(([key, link]) => ({ key, link, score: importance(graph, key) }));
  ranked.sort((x, y) => y.link.typed - x.link.typed || y.link.cooccurrence - x.link.cooccurrence
    || compareImportance(x.score, y.score) || byId(x.key, y.key));
  return ranked.slice(0, limit).map((r) => r.key);
}

/** An empty graph of the same kind, with the same graph attributes (documents, name). */
export function emptyLike(graph: KnowledgeGraph): KnowledgeGraph {
  const drawn = new MultiDirectedGraph({ allowSelfLoops: graph.allowSelfLoops }) as unknown as KnowledgeGraph;
  drawn.replaceAttributes({ ...graph.getAttributes() });
  return drawn;
}

/**
 * Copy the given entities of `full` into `drawn`, with every relation of `full` between
 * them and the entities already drawn. Positions and all attributes are copied, so an
 * added entity appears where the layout put it. Returns the entities actually added.
 */
export function addEntities(full: KnowledgeGraph, drawn: KnowledgeGraph, keys: Iterable<string>): string[] {
  const added: string[] = [];
  for (const key of keys) {
    if (drawn.hasNode(key) || !full.hasNode(key)) continue;
    drawn.addNode(key, { ...full.getNodeAttributes(key) });
    added.push(key);
  }
  for (const key of added) {
    full.forEachEdge(key, (edge, a, source, target) => {
      if (drawn.hasEdge(edge) || !drawn.hasNode(source) || !drawn.hasNode(target)) return;
      drawn.addEdgeWithKey(edge, source, target, { ...a });
    });
  }
  return added;
}

/** The graph sigma draws for a big graph: the `top` most important entities (from `ranking`) and the relations among them. */
export function topSubgraph(full: KnowledgeGraph, ranking: readonly string[], top: number): KnowledgeGraph {
  const drawn = emptyLike(full);
  addEntities(full, drawn, ranking.slice(0, top));
  return drawn;
}

/** The extent of all positions of a graph, so that adding entities never rescales the drawing. */
export function positionExtent(graph: KnowledgeGraph): { x: [number, number]; y: [number, number] } | null {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  graph.forEachNode((_n, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return;
    if (a.x < x0) x0 = a.x;
    if (a.x > x1) x1 = a.x;
    if (a.y < y0) y0 = a.y;
    if (a.y > y1) y1 = a.y;
  });
  return x0 <= x1 ? { x: [x0, x1], y: [y0, y1] } : null;
}
