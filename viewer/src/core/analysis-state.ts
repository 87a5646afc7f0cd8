// The analyst's part of the view state, and its URL parameters: the question
// asked (answered in the panel and on the drawing), what colour and size mean,
// the ego focus ("only X within k hops"), and which table is open. Kept apart
// from state.ts so that the view state gains one field and these features stay
// in their own files. Pure: unit-tested in Node.
import { RELATION_KINDS, type RelationKind } from '../../../src/types.ts';

export const COLOR_MODES = ['type', 'community', 'article'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** 'build': the size the graph was built with (mentions and ties together), the default. */
export const SIZE_MODES = ['build', 'mentions', 'degree', 'weighted', 'pagerank', 'betweenness'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export const TABLES = ['relations', 'entities'] as const;
export type TableName = (typeof TABLES)[number];

export interface EgoFocus {
  /** The entity at the centre. */
  center: string;
  /** 1 to 3. */
  hops: number;
  /** Relations supported fewer times than this do not count as a step. */
  minWeight: number;
  /** Relation kinds that count as a step (empty: every kind). */
  kinds: Set<RelationKind>;
}

export interface AnalysisState {
  /** A question asked in the search box (answered in the panel); null when none. */
  question: string | null;
  colorBy: ColorMode;
  sizeBy: SizeMode;
  ego: EgoFocus | null;
  /** The table open below the drawing, or null. */
  table: TableName | null;
  /** The table's filters and sort, as the table writes them (core/table.ts tableViewToQuery); '' for none. */
  tableView: string;
}

export const EGO_MAX_HOPS = 3;

export function defaultAnalysis(): AnalysisState {
  return { question: null, colorBy: 'type', sizeBy: 'build', ego: null, table: null, tableView: '' };
}

export function cloneAnalysis(a: AnalysisState): AnalysisState {
  return { ...a, ego: a.ego ? { ...a.ego, kinds: new Set(a.ego.kinds) } : null };
}

const PARAM = {
  question: 'ask', colorBy: 'color', sizeBy: 'size', table: 'table', tableView: 'tableView',
  egoCenter: 'ego', egoHops: 'egoHops', egoWeight: 'egoWeight', egoKinds: 'egoKinds',
} as const;

/** Writes only what differs from the defaults, so a plain view keeps a plain link. */
export function analysisToParams(a: AnalysisState, p: URLSearchParams): void {
  if (a.question) p.set(PARAM.question, a.question);
  if (a.colorBy !== 'type') p.set(PARAM.colorBy, a.colorBy);
  if (a.sizeBy !== 'build') p.set(PARAM.sizeBy, a.sizeBy);
  if (a.ego) {
    p.set(PARAM.egoCenter, a.ego.center);
    if (a.ego.hops !== 1) p.set(PARAM.egoHops, String(a.ego.hops));
    if (a.ego.minWeight > 0) p.set(PARAM.egoWeight, String(a.ego.minWeight));
    if (a.ego.kinds.size) p.set(PARAM.egoKinds, [...a.ego.kinds].sort().join(','));
  }
  if (a.table) p.set(PARAM.table, a.table);
  if (a.table && a.tableView) p.set(PARAM.tableView, a.tableView);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** Unknown or malformed values fall back to the defaults. */
export function analysisFromParams(p: URLSearchParams): AnalysisState {
  const center = p.get(PARAM.egoCenter);
  const hops = Number(p.get(PARAM.egoHops) ?? 1);
  const weight = Number(p.get(PARAM.egoWeight) ?? 0);
  const kinds = new Set<RelationKind>();
  for (const k of (p.get(PARAM.egoKinds) ?? '').split(',')) if ((RELATION_KINDS as readonly string[]).includes(k)) kinds.add(k as RelationKind);
  const table = p.get(PARAM.table);
  return {
    question: p.get(PARAM.question)?.trim() || null,
    colorBy: oneOf(p.get(PARAM.colorBy), COLOR_MODES, 'type'),
    sizeBy: oneOf(p.get(PARAM.sizeBy), SIZE_MODES, 'build'),
    ego: center ? {
      center,
      hops: Number.isInteger(hops) && hops >= 1 && hops <= EGO_MAX_HOPS ? hops : 1,
      minWeight: Number.isFinite(weight) && weight > 0 ? weight : 0,
      kinds,
    } : null,
    table: (TABLES as readonly string[]).includes(table ?? '') ? (table as TableName) : null,
    tableView: p.get(PARAM.tableView) ?? '',
  };
}
