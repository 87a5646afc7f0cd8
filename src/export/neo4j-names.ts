// Neo4j labels for entity types and relationship types for relation kinds,
// shared by the neo4j-csv and Cypher exports. Unknown values map to a fixed
// fallback, so nothing from the data ever reaches Cypher as an identifier.
import type { EntityType, RelationKind } from '../types.ts';

export const NEO4J_LABELS: Record<EntityType, string> = {
  person: 'Person', organization: 'Organization', country: 'Country', region: 'Region', city: 'City',
  location: 'Location', group: 'Group', event: 'Event', other: 'Other',
};

export const NEO4J_REL_TYPES: Record<RelationKind, string> = {
  role: 'ROLE', location: 'LOCATION', event: 'EVENT', affiliation: 'AFFILIATION', cooccurrence: 'CO_OCCURS_WITH',
};

export function neo4jLabel(type: string): string {
  return NEO4J_LABELS[type as EntityType] ?? 'Other';
}

export function neo4jRelType(kind: string): string {
  return NEO4J_REL_TYPES[kind as RelationKind] ?? 'RELATED_TO';
}
