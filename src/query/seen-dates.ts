// When each article, relation and entity was *seen*: the publication dates of the
// articles that report it (the viewer's timeline, GET /api/timeline). This is the
// reporting time, not the time a statement held (time-window.ts filters on that for
// `--since/--until`): a 2022 article recalling a 1994 meeting is seen in 2022.
// Dates keep their precision (a day, a month or a year); undated articles are counted apart.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { compareIso } from '../pipeline/time/calendar.ts';
import { inWindow, type TimeWindow } from './period.ts';

/** The publication day (or month, or year) of each dated article. */
export function articleDates(graph: KnowledgeGraph): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, d] of Object.entries(graph.getAttribute('documents') ?? {})) {
    const date = d.date?.slice(0, 10);
    if (date && /^\d{4}(-\d{2}){0,2}$/.test(date)) out.set(id, date);
  }
  return out;
}

/** The dates a relation was reported on (its evidence's articles), else the dates its statements held; sorted, distinct. */
export function relationSeenDates(attrs: EdgeAttributes, dates: ReadonlyMap<string, string>): string[] {
  const seen = new Set<string>();
  for (const e of attrs.evidence ?? []) {
    const d = dates.get(e.doc);
    if (d) seen.add(d);
  }
  if (seen.size === 0) {
    for (const e of attrs.evidence ?? []) if (e.date) seen.add(e.date.slice(0, 10));
    if (seen.size === 0 && attrs.firstSeen) { seen.add(attrs.firstSeen); if (attrs.lastSeen) seen.add(attrs.lastSeen); }
  }
  return [...seen].sort(compareIso);
}

/** The dates an entity was reported on (its articles), else its firstSeen/lastSeen; sorted, distinct. */
export function entitySeenDates(attrs: NodeAttributes, dates: ReadonlyMap<string, string>): string[] {
  const seen = new Set<string>();
  for (const doc of attrs.documents ?? []) {
    const d = dates.get(doc);
    if (d) seen.add(d);
  }
  if (seen.size === 0 && attrs.firstSeen) { seen.add(attrs.firstSeen); if (attrs.lastSeen) seen.add(attrs.lastSeen); }
  return [...seen].sort(compareIso);
}

export interface TimelineCounts {
  /** [date, articles published that date], oldest first. */
  articles: Array<[string, number]>;
  /** [date, relations first reported that date], oldest first. */
  relations: Array<[string, number]>;
  undatedArticles: number;
  undatedRelations: number;
}

function sortedCounts(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => compareIso(a[0], b[0]) || a[0].length - b[0].length);
}

/** Articles by publication date and relations by the date they were first reported. */
export function timelineCounts(graph: KnowledgeGraph): TimelineCounts {
  const dates = articleDates(graph);
  const articles = new Map<string, number>();
  for (const d of dates.values()) articles.set(d, (articles.get(d) ?? 0) + 1);
  const relations = new Map<string, number>();
  let undatedRelations = 0;
  graph.forEachEdge((_key, attrs) => {
    const first = relationSeenDates(attrs, dates)[0];
    if (first) relations.set(first, (relations.get(first) ?? 0) + 1);
    else undatedRelations++;
  });
  const total = Object.keys(graph.getAttribute('documents') ?? {}).length;
  return { articles: sortedCounts(articles), relations: sortedCounts(relations), undatedArticles: total - dates.size, undatedRelations };
}

/**
 * What a period leaves out when the graph is read by when things were reported: entities none
 * of whose articles falls in it, relations none of whose reports does (or whose ends are left
 * out). Undated things cannot be placed in time and are left out by any period.
 */
export function unseenIn(graph: KnowledgeGraph, w: TimeWindow): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!w.since && !w.until) return { nodes, edges };
  const dates = articleDates(graph);
  graph.forEachNode((key, a) => {
    if (!entitySeenDates(a, dates).some((d) => inWindow(d, w))) nodes.add(key);
  });
  graph.forEachEdge((key, a, source, target) => {
    if (nodes.has(source) || nodes.has(target) || !relationSeenDates(a, dates).some((d) => inWindow(d, w))) edges.add(key);
  });
  return { nodes, edges };
}

/** A new graph of what was reported within the period (the graph itself when it is open): for GET /api/subgraph?since=&until=. */
export function seenWithin(graph: KnowledgeGraph, w: TimeWindow): KnowledgeGraph {
  if (!w.since && !w.until) return graph;
  const { nodes, edges } = unseenIn(graph, w);
  const out = graph.nullCopy() as KnowledgeGraph;
  graph.forEachNode((key, a) => { if (!nodes.has(key)) out.addNode(key, a); });
  graph.forEachEdge((key, a, source, target) => { if (!edges.has(key)) out.addDirectedEdgeWithKey(key, source, target, a); });
  return out;
}
