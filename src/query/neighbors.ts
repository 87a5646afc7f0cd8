// The neighbourhood of one entity: every relation touching it, stated
// relations first, each with its evidence. Backs `kg neighbors`, "Who is
// connected to X?" and the API's entity view.
import type { EntityType, KnowledgeGraph, RelationKind } from '../types.ts';
import { compareRelations, entityRef, relationView, type EntityRef, type RelationView } from './relations.ts';

export interface NeighborOptions {
  kind?: RelationKind;
  /** Keep only neighbours of these types. */
  types?: EntityType[];
  /** Most relations returned (the total is still reported). */
  limit?: number;
  /** Evidence sentences kept per relation. */
  maxEvidence?: number;
}

export interface Neighborhood {
  entity: EntityRef;
  /** Distinct neighbouring entities, in the order of their best relation. */
  neighbors: EntityRef[];
  relations: RelationView[];
  /** Relations before the limit was applied. */
  total: number;
}

export function neighborhood(graph: KnowledgeGraph, id: string, opts: NeighborOptions = {}): Neighborhood {
  const relations: RelationView[] = [];
  graph.forEachEdge(id, (edge, attrs, source, target) => {
    if (opts.kind && attrs.kind !== opts.kind) return;
    const other = source === id ? target : source;
    if (opts.types && !opts.types.includes(graph.getNodeAttribute(other, 'type'))) return;
    relations.push(relationView(graph, edge, opts.maxEvidence ?? 3));
  });
  relations.sort(compareRelations);
  const seen = new Set<string>();
  const neighbors: EntityRef[] = [];
  for (const r of relations) {
    const other = r.source.id === id ? r.target : r.source;
    if (other.id === id || seen.has(other.id)) continue;
    seen.add(other.id);
    neighbors.push(other);
  }
  const total = relations.length;
  return { entity: entityRef(graph, id), neighbors, relations: opts.limit !== undefined ? relations.slice(0, opts.limit) : relations, total };
}
