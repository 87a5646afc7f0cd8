// Counts and ranges the filter controls show (types, kinds, articles, maxima),
// computed once per loaded graph.
import {
  ENTITY_TYPES, RELATION_KINDS, type DocumentRecord, type EntityType, type KnowledgeGraph, type RelationKind,
} from '../../../src/types.ts';
import { articleEntries, articleName } from './articles.ts';

export interface GraphSummary {
  typeCounts: Record<EntityType, number>;
  kindCounts: Record<RelationKind, number>;
  /** Articles that appear in the graph, with how many entities each mentions, by title. */
  documents: Array<DocumentRecord & { entityCount: number }>;
  maxMentions: number;
  maxWeight: number;
}

export function summarize(graph: KnowledgeGraph): GraphSummary {
  const typeCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const kindCounts = Object.fromEntries(RELATION_KINDS.map((k) => [k, 0])) as Record<RelationKind, number>;
  const perDoc = new Map<string, number>();
  let maxMentions = 0;
  let maxWeight = 0;
  graph.forEachNode((_key, a) => {
    typeCounts[a.type]++;
    maxMentions = Math.max(maxMentions, a.mentions);
    for (const d of a.documents) perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
  });
  graph.forEachEdge((_key, a) => {
    kindCounts[a.kind]++;
    maxWeight = Math.max(maxWeight, a.weight);
  });
  const known = graph.getAttribute('documents') ?? {};
  const ids = new Set([...Object.keys(known), ...perDoc.keys()]);
  const documents = [...ids].map((id) => ({
    ...((Object.hasOwn(known, id) ? known[id] : undefined) ?? { id, title: null, source: id, chars: 0, entities: 0, relations: 0 }),
    entityCount: perDoc.get(id) ?? 0,
  }));
  const named = new Map(articleEntries(documents).map((e, i) => [e.id, i]));
  documents.sort((a, b) => named.get(a.id)! - named.get(b.id)!);
  return { typeCounts, kindCounts, documents, maxMentions, maxWeight };
}

/** How an article is named in the UI: its title, else the name of the file it came from (not its path), else its id. */
export function documentName(graph: KnowledgeGraph, id: string): string {
  const d = graph.getAttribute('documents')?.[id];
  return d ? articleName(d).name : id;
}

/**
 * A served big graph: the legend counts are the server's totals per type and kind
 * (`/api/graph/summary`); documents and ranges stay those of the drawn part.
 */
export function withTotals(drawn: GraphSummary, totals: { types: Record<string, number>; kinds: Record<string, number> }): GraphSummary {
  const typeCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, totals.types[t] ?? 0])) as Record<EntityType, number>;
  const kindCounts = Object.fromEntries(RELATION_KINDS.map((k) => [k, totals.kinds[k] ?? 0])) as Record<RelationKind, number>;
  return { ...drawn, typeCounts, kindCounts };
}
