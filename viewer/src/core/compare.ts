// Several entities side by side (multi-select): which neighbours they share and
// how they are related to each other, over what the filters leave visible; and
// which entities a rectangle drawn on the screen takes. Pure, unit-tested in Node.
import type { KnowledgeGraph } from '../../../src/types.ts';

export interface SharedNeighbour {
  key: string;
  /** How many of the compared entities it is related to (2 or more). */
  shared: number;
}

export interface Comparison {
  /** The compared entities that are in the graph (a link may name others). */
  entities: string[];
  /** Relations whose two ends are both compared entities. */
  among: string[];
  /** Entities related to at least two of the compared ones, those shared by most first. */
  neighbours: SharedNeighbour[];
}

/** Add `key` to the list, or take it out if it is there. */
export function toggleMember(list: readonly string[], key: string): string[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
}

export function compareEntities(graph: KnowledgeGraph, keys: readonly string[], hiddenNodes: ReadonlySet<string>, hiddenEdges: ReadonlySet<string>): Comparison {
  const entities = [...new Set(keys)].filter((k) => graph.hasNode(k));
  const members = new Set(entities);
  const among = new Set<string>();
  const reach = new Map<string, Set<string>>();
  for (const key of entities) {
    graph.forEachEdge(key, (edge, _a, source, target) => {
      if (hiddenEdges.has(edge)) return;
      const other = source === key ? target : source;
      if (members.has(other)) {
        if (other !== key) among.add(edge);
        return;
      }
      if (hiddenNodes.has(other)) return;
      const by = reach.get(other) ?? new Set<string>();
      by.add(key);
      reach.set(other, by);
    });
  }
  const neighbours = [...reach].filter(([, by]) => by.size >= 2).map(([key, by]) => ({ key, shared: by.size }))
    .sort((a, b) => b.shared - a.shared || graph.getNodeAttribute(b.key, 'mentions') - graph.getNodeAttribute(a.key, 'mentions') || (a.key < b.key ? -1 : 1));
  return { entities, among: [...among].sort(), neighbours };
}

export interface Rect { x: number; y: number; w: number; h: number }

/** The rectangle spanned by two corners, whichever way it was drawn. */
export function rectFrom(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** The keys whose point lies in the rectangle. */
export function pointsInRect(points: Iterable<[string, { x: number; y: number }]>, r: Rect): string[] {
  const out: string[] = [];
  for (const [key, p] of points) if (p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h) out.push(key);
  return out;
}
