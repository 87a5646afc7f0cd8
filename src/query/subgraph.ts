// Pieces of a big graph the viewer can draw: the most connected entities, or
// one entity's neighbourhood, each with the relations among the chosen nodes,
// in graphology's JSON shape so the viewer reads them like the whole graph.
// Nothing here walks more than it must: the ranking of all entities is
// computed once per graph and filter (cached), a neighbourhood only touches
// the relations of the nodes it visits.
import type { EntityType, GraphAttributes, KnowledgeGraph, NodeAttributes, EdgeAttributes, RelationKind } from '../types.ts';
import { runSteps, UNITS_PER_STEP, type Steps } from './steps.ts';

export const SUBGRAPH_DEFAULTS = {
  /** Above this many entities a graph counts as large: the viewer opens on a subgraph. */
  largeGraphThreshold: 5000,
  /** Entities of /api/subgraph: default and most. */
  top: { default: 500, max: 5000 },
  /** Hops around the entity of /api/neighborhood: default and most. */
  depth: { default: 1, max: 3 },
  /** Entities of a neighbourhood (the centre included): default and most. */
  limit: { default: 200, max: 5000 },
} as const;

/**
 * What one partial graph answer may hold, whatever the graph: a hub of a large corpus
 * cites tens of thousands of articles and a relation between two hubs as many
 * sentences, and 500 entities of a 5,000-article store have 65,000 relations among
 * them, so answers copied whole ran to 20-60 MB and grow with the corpus.
 */
export interface AnswerBounds {
  /** Evidence sentences listed per relation; the relation then says how many it has (`evidenceTotal`). */
  evidence: number;
  /** Document ids listed per entity; the entity then says how many it has (`documentsTotal`). */
  documents: number;
  /**
   * Characters of JSON of the whole answer, about its bytes. Entities come first, in
   * their order (most important or nearest first), within half of it; then the
   * relations among the entities taken, those of the earliest entities first (typed
   * before co-occurrence, heavier first), until the next would pass it. What is left
   * out is counted (`leftOut`, `relationsLeftOut`).
   */
  chars: number;
}

export const ANSWER_BOUNDS: AnswerBounds = { evidence: 3, documents: 20, chars: 16 << 20 };

/** Counts for a viewer deciding whether to load the whole graph. */
export interface GraphSummary {
  nodes: number;
  edges: number;
  documents: number;
  types: Record<string, number>;
  kinds: Record<string, number>;
  /** nodes > threshold. */
  large: boolean;
  threshold: number;
}

/** Which entities and relations take part: none given = all. */
export interface SubgraphFilter {
  /** Only relations of these kinds count (for ranking) and are returned. */
  kinds?: readonly RelationKind[];
  /** Only entities of these types are returned. */
  types?: readonly EntityType[];
}

/** How important an entity is: stated relations first, then mentions, then co-occurrences. */
export interface EntityScore {
  /** Summed weight of typed relations (every kind but cooccurrence). */
  typed: number;
  mentions: number;
  /** Summed weight of co-occurrence links. */
  cooccurrence: number;
}

/** Graph attributes of a partial graph. */
export interface PartialGraphAttributes extends GraphAttributes {
  partial: true;
  totalNodes: number;
  totalEdges: number;
  /** What was asked, as understood (defaults filled in). */
  selection: Record<string, unknown>;
  /** Entities that matched before the bound (top or limit) was applied. */
  candidates: number;
  /** The bounds the answer was cut to (ANSWER_BOUNDS unless a caller gave others). */
  bounds: AnswerBounds;
  /** Entities chosen (within top or limit) but left out because the answer reached half of `bounds.chars`. */
  leftOut: number;
  /** Relations among the entities answered but left out because the answer reached `bounds.chars`. */
  relationsLeftOut: number;
}

/** A node of a partial answer: its document list cut to `bounds.documents`, with the full count when cut. */
export type PartialNodeAttributes = NodeAttributes & { documentsTotal?: number };
/** A relation of a partial answer: its evidence cut to `bounds.evidence`, with the full count when cut. */
export type PartialEdgeAttributes = EdgeAttributes & { evidenceTotal?: number };

/** graphology's serialisation (graph.export() / import()), as /api/graph streams it. */
export interface SubgraphJSON {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: PartialGraphAttributes;
  nodes: { key: string; attributes: PartialNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: PartialEdgeAttributes }[];
}

const counts = new WeakMap<KnowledgeGraph, { order: number; size: number; types: Record<string, number>; kinds: Record<string, number> }>();

/** Counts of the whole graph; the per-type and per-kind counts are cached until nodes or relations are added or removed. */
export function graphSummary(graph: KnowledgeGraph, threshold: number = SUBGRAPH_DEFAULTS.largeGraphThreshold): GraphSummary {
  let hit = counts.get(graph);
  if (!hit || hit.order !== graph.order || hit.size !== graph.size) {
    // Null prototype: a graph file may say any type or kind, `__proto__` and `constructor` included.
    const types: Record<string, number> = Object.create(null);
    const kinds: Record<string, number> = Object.create(null);
    graph.forEachNode((_n, a) => { types[a.type] = (types[a.type] ?? 0) + 1; });
    graph.forEachEdge((_e, a) => { kinds[a.kind] = (kinds[a.kind] ?? 0) + 1; });
    hit = { order: graph.order, size: graph.size, types, kinds };
    counts.set(graph, hit);
  }
  const documents = Object.keys(graph.getAttribute('documents') ?? {}).length;
  return { nodes: graph.order, edges: graph.size, documents, types: { ...hit.types }, kinds: { ...hit.kinds }, large: graph.order > threshold, threshold };
}

/** Score of one entity from its own relations (O(degree)). */
export function entityScore(graph: KnowledgeGraph, id: string, kinds?: ReadonlySet<RelationKind>): EntityScore {
  let typed = 0;
  let cooccurrence = 0;
  graph.forEachEdge(id, (_e, a) => {
    if (kinds && !kinds.has(a.kind)) return;
    if (a.kind === 'cooccurrence') cooccurrence += a.weight ?? 1;
    else typed += a.weight ?? 1;
  });
  return { typed, mentions: graph.getNodeAttribute(id, 'mentions') ?? 0, cooccurrence };
}

/** Descending importance; use as a sort comparator (ties stay in input order). */
export function compareScores(a: EntityScore, b: EntityScore): number {
  return b.typed - a.typed || b.mentions - a.mentions || b.cooccurrence - a.cooccurrence;
}

function filterKey(filter: SubgraphFilter): string {
  return `${[...(filter.kinds ?? [])].sort().join(',')}|${[...(filter.types ?? [])].sort().join(',')}`;
}

const rankings = new WeakMap<KnowledgeGraph, { order: number; size: number; byFilter: Map<string, string[]> }>();
/** Each ranking's positions by id, made on first use (neighbourhoods order their candidates by it). */
const positions = new WeakMap<readonly string[], Map<string, number>>();
/** Filters remembered per graph (each ranking is one array of ids). */
const MAX_CACHED_FILTERS = 32;

/**
 * Every entity that passes the filter, most important first (see EntityScore;
 * ties by id). With `kinds`, entities without any relation of those kinds are
 * left out. O(V + E) once, then cached per graph and filter until nodes or
 * relations are added or removed.
 */
export function rankEntities(graph: KnowledgeGraph, filter: SubgraphFilter = {}): readonly string[] {
  return runSteps(rankEntitiesSteps(graph, filter));
}

/** rankEntities in steps (the first ranking of a filter walks every relation). */
export function* rankEntitiesSteps(graph: KnowledgeGraph, filter: SubgraphFilter = {}): Steps<readonly string[]> {
  let entry = rankings.get(graph);
  if (!entry || entry.order !== graph.order || entry.size !== graph.size) {
    entry = { order: graph.order, size: graph.size, byFilter: new Map() };
    rankings.set(graph, entry);
  }
  const key = filterKey(filter);
  let ranking = entry.byFilter.get(key);
  if (!ranking) {
    ranking = yield* computeRanking(graph, filter);
    if (entry.byFilter.size >= MAX_CACHED_FILTERS) entry.byFilter.clear();
    entry.byFilter.set(key, ranking);
  }
  return ranking;
}

/** The position of each entity in rankEntities(graph, filter) (cached with it). */
export function rankPositions(graph: KnowledgeGraph, filter: SubgraphFilter = {}): ReadonlyMap<string, number> {
  return runSteps(rankPositionsSteps(graph, filter));
}

function* rankPositionsSteps(graph: KnowledgeGraph, filter: SubgraphFilter): Steps<ReadonlyMap<string, number>> {
  const ranking = yield* rankEntitiesSteps(graph, filter);
  let at = positions.get(ranking);
  if (!at) {
    at = new Map();
    for (let i = 0; i < ranking.length; i++) at.set(ranking[i]!, i);
    positions.set(ranking, at);
  }
  return at;
}

/** Drop the cached rankings of a graph (after editing attributes in place, or to time a cold call). */
export function forgetRankings(graph: KnowledgeGraph): void {
  rankings.delete(graph);
}

function* computeRanking(graph: KnowledgeGraph, filter: SubgraphFilter): Steps<string[]> {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  // One pass over the relations into typed arrays indexed by node position: a
  // per-node walk (entityScore) visits every relation twice and costs ~3x more.
  const ids = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
  const typed = new Float64Array(ids.length);
  const co = new Float64Array(ids.length);
  const mentions = new Float64Array(ids.length);
  const keep = new Uint8Array(ids.length);
  // each relation once, from its source, with a pause every few thousand
  let units = 0;
  const count = (_e: string, a: EdgeAttributes, source: string, target: string) => {
    if (kinds && !kinds.has(a.kind)) return;
    const w = a.weight ?? 1;
    const s = index.get(source)!, t = index.get(target)!;
    const into = a.kind === 'cooccurrence' ? co : typed;
    into[s]! += w;
    if (t !== s) into[t]! += w;
    keep[s] = keep[t] = 1;
  };
  for (const id of ids) {
    graph.forEachOutEdge(id, count);
    if ((units += 1 + graph.outDegree(id)) >= UNITS_PER_STEP) { units = 0; yield; }
  }
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    const a = graph.getNodeAttributes(ids[i]!);
    mentions[i] = a.mentions ?? 0;
    if (types && !types.has(a.type)) continue;
    if (kinds && !keep[i]) continue;
    order.push(i);
  }
  yield;
  order.sort((i, j) => typed[j]! - typed[i]! || mentions[j]! - mentions[i]! || co[j]! - co[i]! || (ids[i]! < ids[j]! ? -1 : ids[i]! > ids[j]! ? 1 : 0));
  yield;
  return order.map((i) => ids[i]!);
}

/**
 * The given entities and the relations among them (of the filter's kinds), as
 * graphology JSON, within `bounds` (AnswerBounds): each entity's document ids and
 * each relation's evidence cut (the totals kept), entities in the order given
 * while they fit in half of `bounds.chars` (the first always), then relations
 * among them ranked by the later of their two ends' positions, typed before
 * co-occurrence, heavier first, while the whole fits. Only the records of the
 * documents that the listed ids and evidence cite are kept. Attributes that are
 * not cut are shared with the graph: serialise the result, do not edit it.
 */
export function subgraphOf(
  graph: KnowledgeGraph, ids: readonly string[], filter: SubgraphFilter, extra: { selection: Record<string, unknown>; candidates: number },
  bounds: AnswerBounds = ANSWER_BOUNDS,
): SubgraphJSON {
  return runSteps(subgraphOfSteps(graph, ids, filter, extra, bounds));
}

/** subgraphOf in steps: a pause every few thousand entities or relations handled. */
export function* subgraphOfSteps(
  graph: KnowledgeGraph, ids: readonly string[], filter: SubgraphFilter, extra: { selection: Record<string, unknown>; candidates: number },
  bounds: AnswerBounds = ANSWER_BOUNDS,
): Steps<SubgraphJSON> {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const allDocs = graph.getAttribute('documents') ?? {};
  // Null prototype: document ids come from data (an article may be called __proto__).
  const documents: GraphAttributes['documents'] = Object.create(null);
  const { documents: _all, ...rest } = graph.getAttributes();
  // The frame of the answer (options, graph attributes, counts) is about this long.
  let chars = JSON.stringify(rest).length + 512;
  /** Characters of the records `docs` would add (not added yet); `keep` adds them. */
  const records = (docs: Iterable<string>, keep: boolean): number => {
    let n = 0;
    for (const d of docs) {
      if (d in documents || !Object.prototype.hasOwnProperty.call(allDocs, d)) continue;
      n += JSON.stringify(allDocs[d]).length + JSON.stringify(d).length + 2;
      if (keep) documents[d] = allDocs[d]!;
    }
    return n;
  };

  // 1. Entities, in order, within half the budget.
  const position = new Map<string, number>();
  const nodes: SubgraphJSON['nodes'] = [];
  let leftOut = 0;
  let units = 0;
  for (const id of ids) {
    if (++units >= UNITS_PER_STEP / 8) { units = 0; yield; }
    if (position.has(id)) continue;
    if (leftOut) { leftOut++; continue; }
    const node = { key: id, attributes: boundedNode(graph.getNodeAttributes(id), bounds) };
    const cited = [...new Set(node.attributes.documents ?? [])];
    const added = JSON.stringify(node).length + 1 + records(cited, false);
    if (nodes.length > 0 && chars + added > bounds.chars / 2) { leftOut++; continue; }
    chars += added;
    records(cited, true);
    position.set(id, nodes.length);
    nodes.push(node);
  }

  // 2. Relations among them, those of the earliest entities first: one bucket per rank (the
  // later end's position), each sorted on its own, so no sort of every relation at once
  // (110,000 relations among 5,000 entities took 0.3-0.5 s in one block).
  type Candidate = { key: string; source: string; target: string; a: EdgeAttributes };
  const byRank: Array<Candidate[] | undefined> = new Array(nodes.length);
  for (const { key: id } of nodes) {
    graph.forEachOutEdge(id, (key, a, source, target) => {
      if (kinds && !kinds.has(a.kind)) return;
      const t = position.get(target);
      if (t === undefined) return;
      const rank = Math.max(position.get(source)!, t);
      (byRank[rank] ??= []).push({ key, source, target, a });
    });
    if ((units += 1 + graph.outDegree(id)) >= UNITS_PER_STEP) { units = 0; yield; }
  }
  const typed = (a: EdgeAttributes) => (a.kind === 'cooccurrence' ? 1 : 0);
  const order = (x: Candidate, y: Candidate) => typed(x.a) - typed(y.a) || (y.a.weight ?? 0) - (x.a.weight ?? 0) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  const candidates = function* (): Generator<Candidate | undefined> {
    for (const bucket of byRank) {
      if (!bucket) continue;
      bucket.sort(order);
      yield undefined; // a place to pause after each sort
      yield* bucket;
    }
  };
  const edges: SubgraphJSON['edges'] = [];
  let relationsLeftOut = 0;
  for (const c of candidates()) {
    if (++units >= UNITS_PER_STEP / 8) { units = 0; yield; }
    if (!c) continue;
    if (relationsLeftOut) { relationsLeftOut++; continue; }
    const edge = { key: c.key, source: c.source, target: c.target, attributes: boundedEdge(c.a, bounds) };
    const cited = [...new Set((edge.attributes.evidence ?? []).map((ref) => ref.doc))];
    const added = JSON.stringify(edge).length + 1 + records(cited, false);
    if (chars + added > bounds.chars) { relationsLeftOut++; continue; }
    chars += added;
    records(cited, true);
    edges.push(edge);
  }
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: { ...rest, documents, partial: true, totalNodes: graph.order, totalEdges: graph.size, ...extra, bounds, leftOut, relationsLeftOut },
    nodes,
    edges,
  };
}

function boundedNode(a: NodeAttributes, bounds: AnswerBounds): PartialNodeAttributes {
  const list = a.documents;
  if (!Array.isArray(list) || list.length <= bounds.documents) return a;
  return { ...a, documents: list.slice(0, bounds.documents), documentsTotal: list.length };
}

function boundedEdge(a: EdgeAttributes, bounds: AnswerBounds): PartialEdgeAttributes {
  const list = a.evidence;
  if (!Array.isArray(list) || list.length <= bounds.evidence) return a;
  return { ...a, evidence: list.slice(0, bounds.evidence), evidenceTotal: list.length };
}

export interface TopOptions extends SubgraphFilter {
  /** How many entities (default SUBGRAPH_DEFAULTS.top.default). */
  top?: number;
}

/** The `top` most important entities (rankEntities) and the relations among them. */
export function topSubgraph(graph: KnowledgeGraph, opts: TopOptions = {}): SubgraphJSON {
  return runSteps(topSubgraphSteps(graph, opts));
}

/** topSubgraph in steps. */
export function* topSubgraphSteps(graph: KnowledgeGraph, opts: TopOptions = {}): Steps<SubgraphJSON> {
  const top = opts.top ?? SUBGRAPH_DEFAULTS.top.default;
  const ranking = yield* rankEntitiesSteps(graph, opts);
  const selection = { top, kinds: opts.kinds ?? null, types: opts.types ?? null };
  return yield* subgraphOfSteps(graph, ranking.slice(0, top), opts, { selection, candidates: ranking.length });
}

export interface NeighborhoodOptions extends SubgraphFilter {
  /** Hops from the entity (default 1). */
  depth?: number;
  /** Most entities returned, the centre included (default SUBGRAPH_DEFAULTS.limit.default). */
  limit?: number;
}

/**
 * One entity, its neighbours up to `depth` hops (either direction) and the
 * relations among all of them. Nearer hops come first; within a hop,
 * neighbours tied more strongly to the entities already chosen (typed weight,
 * then co-occurrence weight) come first, then the more important ones
 * (EntityScore), then by id. Stops at `limit` entities; a hop is only
 * expanded from the entities that were kept.
 */
export function neighborhoodSubgraph(graph: KnowledgeGraph, id: string, opts: NeighborhoodOptions = {}): SubgraphJSON {
  return runSteps(neighborhoodSubgraphSteps(graph, id, opts));
}

/** neighborhoodSubgraph in steps: a pause every few thousand relations walked. */
export function* neighborhoodSubgraphSteps(graph: KnowledgeGraph, id: string, opts: NeighborhoodOptions = {}): Steps<SubgraphJSON> {
  const depth = opts.depth ?? SUBGRAPH_DEFAULTS.depth.default;
  const limit = Math.max(1, opts.limit ?? SUBGRAPH_DEFAULTS.limit.default);
  const kinds = opts.kinds?.length ? new Set(opts.kinds) : undefined;
  const types = opts.types?.length ? new Set(opts.types) : undefined;
  const chosen = [id];
  const seen = new Set(chosen);
  let frontier = [id];
  let candidates = 1;
  // A hop is counted even when the limit leaves no room (limit 1 still tells how many neighbours there are).
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    // Link strength of each new neighbour to the frontier.
    const links = new Map<string, { typed: number; cooccurrence: number }>();
    let units = 0;
    for (const from of frontier) {
      if ((units += 1 + graph.degree(from)) >= UNITS_PER_STEP) { units = 0; yield; }
      graph.forEachEdge(from, (_e, a, source, target) => {
        if (kinds && !kinds.has(a.kind)) return;
        const other = source === from ? target : source;
        if (seen.has(other)) return;
        if (types && !types.has(graph.getNodeAttribute(other, 'type'))) return;
        let link = links.get(other);
        if (!link) { link = { typed: 0, cooccurrence: 0 }; links.set(other, link); }
        if (a.kind === 'cooccurrence') link.cooccurrence += a.weight ?? 1;
        else link.typed += a.weight ?? 1;
      });
    }
    candidates += links.size;
    if (chosen.length >= limit) break;
    // importance, then id: the order of the cached ranking (rankEntities sorts by EntityScore, then id),
    // so no neighbour's own relations are walked here (a hub of a large graph has thousands of neighbours)
    const rank = yield* rankPositionsSteps(graph, { kinds: opts.kinds, types: opts.types });
    yield;
    const ranked = [...links].map(([other, link]) => ({ other, link, at: rank.get(other) ?? Number.MAX_SAFE_INTEGER }));
    ranked.sort((a, b) => b.link.typed - a.link.typed || b.link.cooccurrence - a.link.cooccurrence
      || a.at - b.at || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
    frontier = [];
    for (const { other } of ranked) {
      if (chosen.length >= limit) break;
      chosen.push(other);
      seen.add(other);
      frontier.push(other);
    }
    // Neighbours left out by the limit are still counted in `candidates`, and are not expanded.
    for (const { other } of ranked) seen.add(other);
  }
  const selection = { id, depth, limit, kinds: opts.kinds ?? null, types: opts.types ?? null };
  yield;
  return yield* subgraphOfSteps(graph, chosen, opts, { selection, candidates });
}
