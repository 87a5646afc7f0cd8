// The JSON API: one function from (graph, path, query) to a status and a body.
// No sockets here, so every route can be tested with plain values; index.ts
// connects it to node:http. Inputs are bounded (question length, result
// counts) and every failure is a JSON error with a 4xx status.
import type { EntityType, KnowledgeGraph, RelationKind } from '../types.ts';
import { ENTITY_TYPES, RELATION_KINDS } from '../types.ts';
import { KgError, InputError, UsageError } from '../errors.ts';
import {
  ask, findEntities, neighborhood, relationView, resolveEntity, shortestPaths, suggestMerges, timelineCounts, seenWithin,
  MAX_QUESTION_LENGTH, PATH_DEFAULTS, QuestionError, UnknownEntityError, type RelationView,
} from '../query/index.ts';
import { jsonChunks } from '../export/index.ts';
import { graphSummary, neighborhoodSubgraphSteps, topSubgraphSteps, SUBGRAPH_DEFAULTS } from '../query/subgraph.ts';
import { runSteps, type Steps } from '../query/steps.ts';

export const API_LIMITS = {
  /** Longest accepted value of any query parameter. */
  maxParam: MAX_QUESTION_LENGTH,
  /** Default and largest number of entities a search returns. */
  entities: { default: 50, max: 500 },
  /** Default and largest number of documents listed. */
  documents: { default: 1000, max: 10000 },
  /** Largest number of relations listed for one entity or document. */
  relations: 500,
  /** Largest number of relations an answer lists. */
  answer: 100,
  /** Default and largest number of merge suggestions listed. */
  suggestions: { default: 50, max: 1000 },
  /** Entities of /api/subgraph (top) and /api/neighborhood (depth, limit): defaults and bounds. */
  top: SUBGRAPH_DEFAULTS.top,
  depth: SUBGRAPH_DEFAULTS.depth,
  limit: SUBGRAPH_DEFAULTS.limit,
} as const;

export interface ApiOptions {
  /** Above this many entities /api/graph/summary reports `large: true` (default 5000). */
  largeGraphThreshold?: number;
}

export const ROUTES = [
  '/api/ask?q=', '/api/entities?q=&type=&limit=', '/api/entities/:id', '/api/path?from=&to=&maxHops=',
  '/api/graph', '/api/graph/summary', '/api/subgraph?top=&kinds=&types=', '/api/neighborhood/:id?depth=&limit=&kinds=&types=',
  '/api/documents?limit=', '/api/documents/:id', '/api/merges/suggestions?limit=&name=', '/api/timeline', '/api/subgraph?top=&since=&until=',
  '/api/corrections', 'POST /api/corrections/merge', 'POST /api/corrections/split', 'POST /api/corrections/undo',
] as const;

export type ApiResult =
  | { status: number; body: unknown }
  | { status: number; stream: Iterable<string>; contentType: string };

export class HttpError extends KgError {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

function param(query: URLSearchParams, name: string, required: true): string;
function param(query: URLSearchParams, name: string, required?: false): string | undefined;
function param(query: URLSearchParams, name: string, required = false): string | undefined {
  const v = query.get(name);
  if (v === null || v.trim() === '') {
    if (required) throw new HttpError(400, `api: missing query parameter "${name}"`);
    return undefined;
  }
  if (v.length > API_LIMITS.maxParam) throw new HttpError(400, `api: parameter "${name}" is ${v.length} characters long; at most ${API_LIMITS.maxParam} are accepted`);
  return v.trim();
}

function intParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = param(query, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, `api: parameter "${name}" expects an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

/** A comma-separated list whose every item must be one of `allowed`. */
function listParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const v = param(query, name);
  if (v === undefined) return undefined;
  const items = [...new Set(v.split(',').map((x) => x.trim()).filter(Boolean))];
  const bad = items.filter((x) => !(allowed as readonly string[]).includes(x));
  if (bad.length || !items.length) throw new HttpError(400, `api: ${name} expects a comma-separated list of ${allowed.join(', ')}; got "${bad[0] ?? v}"`);
  return items as T[];
}

/** `since`/`until`: a day, a month or a year (as `kg --since`). */
function periodParams(query: URLSearchParams): { since?: string; until?: string } {
  const out: { since?: string; until?: string } = {};
  for (const name of ['since', 'until'] as const) {
    const v = param(query, name);
    if (v === undefined) continue;
    if (!/^\d{4}(-\d{2}){0,2}$/.test(v)) throw new HttpError(400, `api: ${name} expects a date such as 2022, 2022-07 or 2022-07-14, got "${v}"`);
    out[name] = v;
  }
  return out;
}

/** The graph as reported within a period, kept for the last period asked of each graph (Play and the brush ask again and again). */
const periods = new WeakMap<KnowledgeGraph, { key: string; graph: KnowledgeGraph }>();
function withinPeriod(graph: KnowledgeGraph, w: { since?: string; until?: string }): KnowledgeGraph {
  if (!w.since && !w.until) return graph;
  const key = `${w.since ?? ''}..${w.until ?? ''}`;
  const cached = periods.get(graph);
  if (cached?.key === key) return cached.graph;
  const within = seenWithin(graph, w);
  periods.set(graph, { key, graph: within });
  return within;
}

function filterParams(query: URLSearchParams): { kinds?: RelationKind[]; types?: EntityType[] } {
  return { kinds: listParam(query, 'kinds', RELATION_KINDS), types: listParam(query, 'types', ENTITY_TYPES) };
}

function entityId(graph: KnowledgeGraph, raw: string): string {
  if (raw.length > API_LIMITS.maxParam) throw new HttpError(400, `api: entity id is ${raw.length} characters long; at most ${API_LIMITS.maxParam}`);
  return graph.hasNode(raw) ? raw : resolveEntity(graph, raw).id;
}

function entityDetail(graph: KnowledgeGraph, id: string) {
  const n = neighborhood(graph, id, { limit: API_LIMITS.relations });
  return { id, attributes: graph.getNodeAttributes(id), neighbors: n.neighbors.slice(0, API_LIMITS.relations), relations: n.relations, totalRelations: n.total };
}

function documentDetail(graph: KnowledgeGraph, id: string) {
  const docs = graph.getAttribute('documents') ?? {};
  const record = Object.prototype.hasOwnProperty.call(docs, id) ? docs[id] : undefined;
  if (!record) {
    const known = Object.keys(docs);
    throw new HttpError(404, `api: no document "${id}"; ${known.length} documents are known (GET /api/documents lists them)`);
  }
  const entities: { id: string; label: string; type: EntityType; mentions: number }[] = [];
  graph.forEachNode((node, a) => { if (a.documents?.includes(id)) entities.push({ id: node, label: a.label, type: a.type, mentions: a.mentions }); });
  entities.sort((a, b) => b.mentions - a.mentions);
  const relations: RelationView[] = [];
  let total = 0;
  graph.forEachEdge((edge, a) => {
    if (!a.evidence?.some((e) => e.doc === id)) return;
    total++;
    if (relations.length < API_LIMITS.relations) {
      const view = relationView(graph, edge, 20);
      view.evidence = view.evidence.filter((e) => e.doc === id);
      relations.push(view);
    }
  });
  return { document: record, entities, relations, totalRelations: total };
}

/** One count per served graph (a reload or a correction gives a new graph object). */
const timelines = new WeakMap<KnowledgeGraph, ReturnType<typeof timelineCounts>>();
function timelineOf(graph: KnowledgeGraph) {
  let counts = timelines.get(graph);
  if (!counts) timelines.set(graph, (counts = timelineCounts(graph)));
  return counts;
}

/** Route a GET request under /api. `path` is the URL path, `query` its parameters. */
export function handleApi(graph: KnowledgeGraph, path: string, query: URLSearchParams, options: ApiOptions = {}): ApiResult {
  return runSteps(handleApiSteps(graph, path, query, options));
}

/**
 * handleApi in steps: the routes whose work grows with the graph (subgraph,
 * neighbourhood) pause every few thousand entities or relations, so the server
 * can answer other requests between the slices; the other routes run at once.
 */
export function* handleApiSteps(graph: KnowledgeGraph, path: string, query: URLSearchParams, options: ApiOptions = {}): Steps<ApiResult> {
  const parts = path.split('/').filter(Boolean).slice(1).map((p) => {
    try { return decodeURIComponent(p); } catch { throw new HttpError(400, `api: malformed percent-encoding in "${p}"`); }
  });
  const [route, arg, extra] = parts;
  if (extra !== undefined) throw new HttpError(404, `api: no route ${path}`);
  switch (route) {
    case undefined:
      return { status: 200, body: { routes: ROUTES } };
    case 'ask': {
      if (arg !== undefined) break;
      const q = param(query, 'q', true);
      const limit = intParam(query, 'limit', 1, API_LIMITS.answer) ?? 25;
      const maxHops = intParam(query, 'maxHops', 1, PATH_DEFAULTS.maxHopsLimit);
      return { status: 200, body: ask(graph, q, { limit, maxHops }) };
    }
    case 'entities': {
      if (arg !== undefined) return { status: 200, body: entityDetail(graph, entityId(graph, arg)) };
      const q = param(query, 'q');
      const type = param(query, 'type');
      if (type && !(ENTITY_TYPES as readonly string[]).includes(type)) throw new HttpError(400, `api: type expects one of ${ENTITY_TYPES.join(', ')}, got "${type}"`);
      const limit = intParam(query, 'limit', 1, API_LIMITS.entities.max) ?? API_LIMITS.entities.default;
      const all = findEntities(graph, q, { type: type as EntityType | undefined });
      const matches = q ? all.filter((m) => m.score > 0) : all;
      return { status: 200, body: { query: q ?? null, type: type ?? null, total: matches.length, entities: matches.slice(0, limit) } };
    }
    case 'path': {
      if (arg !== undefined) break;
      const fromName = param(query, 'from', true);
      const toName = param(query, 'to', true);
      const from = entityId(graph, fromName);
      const to = entityId(graph, toName);
      const maxHops = intParam(query, 'maxHops', 1, PATH_DEFAULTS.maxHopsLimit);
      const maxPaths = intParam(query, 'maxPaths', 1, 20);
      return { status: 200, body: shortestPaths(graph, from, to, { maxHops, maxPaths }) };
    }
    case 'graph':
      if (arg === 'summary') return { status: 200, body: graphSummary(graph, options.largeGraphThreshold ?? SUBGRAPH_DEFAULTS.largeGraphThreshold) };
      if (arg !== undefined) break;
      // Streamed piece by piece (index.ts writes with backpressure): never one string of the whole graph.
      return { status: 200, stream: jsonChunks(graph), contentType: 'application/json; charset=utf-8' };
    case 'subgraph': {
      if (arg !== undefined) break;
      const top = intParam(query, 'top', 1, API_LIMITS.top.max) ?? API_LIMITS.top.default;
      // a period: the most connected of what was reported within it (the viewer's timeline)
      return { status: 200, body: yield* topSubgraphSteps(withinPeriod(graph, periodParams(query)), { top, ...filterParams(query) }) };
    }
    case 'neighborhood': {
      if (arg === undefined) throw new HttpError(400, 'api: missing entity in /api/neighborhood/:id (an entity id or name)');
      // parameters first: an over-limit depth is a 400 whatever the entity
      const depth = intParam(query, 'depth', 1, API_LIMITS.depth.max) ?? API_LIMITS.depth.default;
      const limit = intParam(query, 'limit', 1, API_LIMITS.limit.max) ?? API_LIMITS.limit.default;
      const filter = filterParams(query);
      return { status: 200, body: yield* neighborhoodSubgraphSteps(graph, entityId(graph, arg), { depth, limit, ...filter }) };
    }
    case 'merges': {
      // likely duplicates for a person to confirm (what `kg merges --suggest --json` prints)
      if (arg !== 'suggestions') break;
      const limit = intParam(query, 'limit', 1, API_LIMITS.suggestions.max) ?? API_LIMITS.suggestions.default;
      const name = param(query, 'name');
      const node = name === undefined ? undefined : entityId(graph, name);
      return { status: 200, body: { suggestions: suggestMerges(graph, { limit, node }) } };
    }
    case 'timeline':
      // articles by publication date, relations by the date first reported (the viewer's timeline)
      if (arg !== undefined) break;
      return { status: 200, body: timelineOf(graph) };
    case 'documents': {
      if (arg !== undefined) return { status: 200, body: documentDetail(graph, arg) };
      const docs = Object.values(graph.getAttribute('documents') ?? {});
      const limit = intParam(query, 'limit', 1, API_LIMITS.documents.max) ?? API_LIMITS.documents.default;
      return { status: 200, body: { total: docs.length, documents: docs.slice(0, limit) } };
    }
  }
  throw new HttpError(404, `api: no route ${path}; GET /api lists the routes`);
}

/** Map any thrown error to a JSON error response (never a stack trace). */
export function errorResult(e: unknown): { status: number; body: Record<string, unknown> } {
  if (e instanceof HttpError) return { status: e.status, body: { error: e.message, ...e.extra } };
  if (e instanceof UnknownEntityError) return { status: 404, body: { error: e.message, suggestions: e.suggestions } };
  if (e instanceof QuestionError) return { status: 400, body: { error: e.message, forms: e.forms } };
  if (e instanceof UsageError) return { status: 400, body: { error: e.message } };
  if (e instanceof InputError) return { status: 404, body: { error: e.message } };
  if (e instanceof KgError) return { status: 400, body: { error: e.message } };
  return { status: 500, body: { error: 'internal error (see the server log)' } };
}

