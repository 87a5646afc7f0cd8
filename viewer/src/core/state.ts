// The whole UI state in one object, and its round trip through the URL query
// string: a shared link or the back button restores selection, path, filters and
// search. Pure: no DOM, so the encoding is unit-tested in Node.
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../../../src/types.ts';

export interface Filters {
  hiddenTypes: Set<EntityType>;
  hiddenKinds: Set<RelationKind>;
  /** Hide entities mentioned fewer times than this. */
  minMentions: number;
  /** Hide relations supported by fewer statements/sentences than this. */
  minWeight: number;
  /** Only what one article says (document id), or everything. */
  doc: string | null;
}

export interface ViewState {
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  query: string;
  filters: Filters;
}

export function defaultFilters(): Filters {
  return { hiddenTypes: new Set(), hiddenKinds: new Set(), minMentions: 0, minWeight: 0, doc: null };
}

export function defaultState(): ViewState {
  return { selected: null, pathFrom: null, pathTo: null, query: '', filters: defaultFilters() };
}

/** Short, stable parameter names: links stay readable. */
const PARAM = {
  selected: 'entity',
  pathFrom: 'from',
  pathTo: 'to',
  query: 'q',
  hiddenTypes: 'hideTypes',
  hiddenKinds: 'hideKinds',
  minMentions: 'minMentions',
  minWeight: 'minWeight',
  doc: 'article',
} as const;

export function stateToQuery(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.selected) p.set(PARAM.selected, state.selected);
  if (state.pathFrom) p.set(PARAM.pathFrom, state.pathFrom);
  if (state.pathTo) p.set(PARAM.pathTo, state.pathTo);
  if (state.query) p.set(PARAM.query, state.query);
  const f = state.filters;
  // Sorted so that the same view always gives the same link.
  if (f.hiddenTypes.size) p.set(PARAM.hiddenTypes, [...f.hiddenTypes].sort().join(','));
  if (f.hiddenKinds.size) p.set(PARAM.hiddenKinds, [...f.hiddenKinds].sort().join(','));
  if (f.minMentions > 0) p.set(PARAM.minMentions, String(f.minMentions));
  if (f.minWeight > 0) p.set(PARAM.minWeight, String(f.minWeight));
  if (f.doc) p.set(PARAM.doc, f.doc);
  const text = p.toString();
  return text ? `?${text}` : '';
}

function list<T extends string>(value: string | null, allowed: readonly T[]): Set<T> {
  const out = new Set<T>();
  for (const item of (value ?? '').split(',')) {
    if ((allowed as readonly string[]).includes(item)) out.add(item as T);
  }
  return out;
}

function count(value: string | null): number {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n > 0 ? n : 0;
}

/** Unknown or malformed parameters are ignored: an old or hand-edited link still opens. */
export function stateFromQuery(search: string): ViewState {
  const p = new URLSearchParams(search);
  return {
    selected: p.get(PARAM.selected) || null,
    pathFrom: p.get(PARAM.pathFrom) || null,
    pathTo: p.get(PARAM.pathTo) || null,
    query: p.get(PARAM.query) ?? '',
    filters: {
      hiddenTypes: list(p.get(PARAM.hiddenTypes), ENTITY_TYPES),
      hiddenKinds: list(p.get(PARAM.hiddenKinds), RELATION_KINDS),
      minMentions: count(p.get(PARAM.minMentions)),
      minWeight: count(p.get(PARAM.minWeight)),
      doc: p.get(PARAM.doc) || null,
    },
  };
}

export function cloneState(state: ViewState): ViewState {
  return {
    ...state,
    filters: { ...state.filters, hiddenTypes: new Set(state.filters.hiddenTypes), hiddenKinds: new Set(state.filters.hiddenKinds) },
  };
}
