// Ego focus: an entity and what lies within k hops of it, stepping only along
// relations of the chosen kinds that are supported at least `minWeight` times,
// and a local layout for it: the centre where it was, each hop on a ring around
// it, every entity at the angle it had from the centre before (so the focus
// still reads like the map it came from). Pure: unit-tested in Node.
import type { KnowledgeGraph } from '../../../src/types.ts';
import type { EgoFocus } from './analysis-state.ts';

export interface EgoView {
  /** Entities in focus, with their distance in hops from the centre. */
  hops: Map<string, number>;
  /** Relations that count as a step between two entities in focus. */
  edges: Set<string>;
}

/** Breadth-first from the centre over the relations the focus allows (and the filters leave visible). */
export function egoView(graph: KnowledgeGraph, ego: EgoFocus, hiddenEdges: Set<string> = new Set()): EgoView {
  const hops = new Map<string, number>();
  const edges = new Set<string>();
  if (!graph.hasNode(ego.center)) return { hops, edges };
  const allowed = (edge: string, a: { kind: string; weight: number }) =>
    !hiddenEdges.has(edge) && (a.weight ?? 1) >= ego.minWeight && (ego.kinds.size === 0 || ego.kinds.has(a.kind as never));
  hops.set(ego.center, 0);
  let frontier = [ego.center];
  for (let depth = 1; depth <= ego.hops && frontier.length; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, a, source, target) => {
        if (!allowed(edge, a)) return;
        const other = source === node ? target : source;
        if (!hops.has(other)) {
          hops.set(other, depth);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  graph.forEachEdge((edge, a, source, target) => {
    if (hops.has(source) && hops.has(target) && allowed(edge, a)) edges.add(edge);
  });
  return { hops, edges };
}

/**
 * Positions for the focus: rings at least `ring` apart around the centre's position, each
 * wide enough to give its entities `spacing` apart; on each ring the entities keep the order
 * of their angles around the centre in the graph's own layout, spread evenly.
 */
export function egoLayout(graph: KnowledgeGraph, view: EgoView, center: string, ring: number, spacing = ring / 4): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (!graph.hasNode(center)) return out;
  const c = graph.getNodeAttributes(center);
  out.set(center, { x: c.x, y: c.y });
  const rings = new Map<number, Array<{ node: string; angle: number }>>();
  for (const [node, depth] of view.hops) {
    if (depth === 0) continue;
    const a = graph.getNodeAttributes(node);
    const list = rings.get(depth) ?? [];
    list.push({ node, angle: Math.atan2(a.y - c.y, a.x - c.x) });
    rings.set(depth, list);
  }
  let radius = 0;
  for (const depth of [...rings.keys()].sort((a, b) => a - b)) {
    const list = rings.get(depth)!;
    radius = Math.max(radius + ring, (list.length * spacing) / (2 * Math.PI));
    list.sort((p, q) => p.angle - q.angle || (p.node < q.node ? -1 : 1));
    // Evenly spread, starting at the first entity's own angle.
    const start = list[0]!.angle;
    list.forEach((item, i) => {
      const angle = start + (2 * Math.PI * i) / list.length;
      out.set(item.node, { x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle) });
    });
  }
  return out;
}
