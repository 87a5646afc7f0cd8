// Questions about the graph: name resolution, neighbourhoods, shortest paths and
// the question engine. Pure functions over a KnowledgeGraph; the CLI and the
// HTTP server are thin wrappers around these.
export { normalizeName, editDistance } from './normalize.ts';
export { resolveEntity, tryResolveEntity, suggestNames, findEntities, unresolvedNameError, UnknownEntityError, AmbiguousEntityError } from './resolve-name.ts';
export type { ResolvedName, EntityMatch, FindOptions } from './resolve-name.ts';
export { relationView, entityRef, relationLine, evidenceLine } from './relations.ts';
export type { RelationView, EntityRef } from './relations.ts';
export { neighborhood } from './neighbors.ts';
export type { Neighborhood, NeighborOptions } from './neighbors.ts';
export { shortestPaths, PATH_DEFAULTS } from './paths.ts';
export type { PathResult, GraphPath, PathHop, PathOptions } from './paths.ts';
export { ask, QuestionError, QUESTION_FORMS, MAX_QUESTION_LENGTH } from './ask/index.ts';
export type { Answer, AnswerForm, AskOptions } from './ask/index.ts';
export { pathLines, relationLines } from './ask/answer.ts';
export { graphSummary, rankEntities, topSubgraph, neighborhoodSubgraph, SUBGRAPH_DEFAULTS } from './subgraph.ts';
export { suggestMerges, plainLabel } from './merge-suggestions.ts';
export type { SuggestOptions } from './merge-suggestions.ts';
export { timelineCounts, articleDates, relationSeenDates, entitySeenDates, unseenIn, seenWithin } from './seen-dates.ts';
export type { TimelineCounts } from './seen-dates.ts';
