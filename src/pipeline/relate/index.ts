// Relate stage: typed relations (role, location, event, affiliation) and co-occurrence between resolved entities.
export { relate, relateDetailed } from './relate.ts';
export type { RelateOptions } from './relate.ts';
export type { Knowledge, KnownPlace } from './knowledge.ts';
export { NO_KNOWLEDGE, tableKnowledge } from './knowledge.ts';
export { EVENT_TRIGGERS } from './data/event-triggers.ts';
export { CAMEO_CODES, CAMEO_ROOTS, cameoName } from './data/cameo.ts';
