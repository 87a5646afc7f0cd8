// The whole UI state in one object, and its round trip through the URL query
// string: a shared link, a reload or the back button restores selection (entity
// or relation), path, filters, search, the camera, how much of a big graph is
// drawn, that the viewer's own layout is in use, and that a file was open.
// Pure: no DOM, so the encoding is unit-tested in Node.
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../../../src/types.ts';
import { analysisFromParams, analysisToParams, cloneAnalysis, defaultAnalysis, type AnalysisState } from './analysis-state.ts';

export interface Filters {
  hiddenTypes: Set<EntityType>;
  hiddenKinds: Set<RelationKind>;
  /** Hide entities mentioned fewer times than this. */
  minMentions: number;
  /** Hide relations supported by fewer statements/sentences than this. */
  minWeight: number;
  /** Only what one article says (document id), or everything. */
  doc: string | null;
  /** Hide relations added from background knowledge (edge attribute `basis: 'knowledge'`), keeping what the articles state. */
  hideKnowledge: boolean;
  /** The timeline's period (dates of its bins' precision, inclusive); null: open. */
  since: string | null;
  until: string | null;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selected: string | null;
  /** The relation shown in the panel (an edge key). */
  edge: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  query: string;
  filters: Filters;
  /** Where the camera looks (sigma's state); null: the default fit. Not a history step of its own. */
  camera: Camera | null;
  /** Big graphs: how many of the most connected entities are drawn ('all': everything); null: the default. */
  top: number | 'all' | null;
  /** True when the positions are the viewer's own (ForceAtlas2 or "Spread overlaps" run in the page). */
  viewerLayout: boolean;
  /** The name of a graph file opened in the page (it cannot be reopened from a link; the page says so). */
  file: string | null;
  /** Entities picked to compare (shift-click, shift-drag), in the order picked. */
  compare: string[];
  /** Question, appearance, ego focus and table (core/analysis-state.ts). */
  analysis: AnalysisState;
}

export function defaultFilters(): Filters {
  return { hiddenTypes: new Set(), hiddenKinds: new Set(), minMentions: 0, minWeight: 0, doc: null, hideKnowledge: false, since: null, until: null };
}

export function defaultState(): ViewState {
  return { selected: null, edge: null, pathFrom: null, pathTo: null, query: '', filters: defaultFilters(), camera: null, top: null, viewerLayout: false, file: null, compare: [], analysis: defaultAnalysis() };
}

/** Short, stable parameter names: links stay readable. */
const PARAM = {
  selected: 'entity',
  edge: 'relation',
  camera: 'view',
  top: 'top',
  viewerLayout: 'layout',
  file: 'file',
  pathFrom: 'from',
  pathTo: 'to',
  query: 'q',
  hiddenTypes: 'hideTypes',
  hiddenKinds: 'hideKinds',
  hideKnowledge: 'hideKnowledge',
  minMentions: 'minMentions',
  minWeight: 'minWeight',
  doc: 'article',
  since: 'since',
  until: 'until',
  compare: 'compare',
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
  if (f.hideKnowledge) p.set(PARAM.hideKnowledge, '1');
  if (f.since) p.set(PARAM.since, f.since);
  if (f.until) p.set(PARAM.until, f.until);
  if (state.edge) p.set(PARAM.edge, state.edge);
  // One parameter per entity: ids may hold commas.
  for (const key of state.compare) p.append(PARAM.compare, key);
  if (state.top !== null) p.set(PARAM.top, String(state.top));
  if (state.viewerLayout) p.set(PARAM.viewerLayout, 'viewer');
  if (state.file) p.set(PARAM.file, state.file);
  if (state.camera) p.set(PARAM.camera, [state.camera.x, state.camera.y, state.camera.ratio].map((v) => String(Math.round(v * 10000) / 10000)).join(','));
  analysisToParams(state.analysis, p);
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

/** A date of any precision ("2022", "2022-07", "2022-07-14"), or null. */
function isoDate(value: string | null): string | null {
  return value && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : null;
}

function camera(value: string | null): Camera | null {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite) || parts[2]! <= 0) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}

function top(value: string | null): number | 'all' | null {
  if (value === 'all') return 'all';
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** Unknown or malformed parameters are ignored: an old or hand-edited link still opens. */
export function stateFromQuery(search: string): ViewState {
  const p = new URLSearchParams(search);
  return {
    selected: p.get(PARAM.selected) || null,
    edge: p.get(PARAM.edge) || null,
    camera: camera(p.get(PARAM.camera)),
    top: top(p.get(PARAM.top)),
    viewerLayout: p.get(PARAM.viewerLayout) === 'viewer',
    file: p.get(PARAM.file) || null,
    compare: [...new Set(p.getAll(PARAM.compare).filter(Boolean))],
    pathFrom: p.get(PARAM.pathFrom) || null,
    pathTo: p.get(PARAM.pathTo) || null,
    query: p.get(PARAM.query) ?? '',
    filters: {
      hiddenTypes: list(p.get(PARAM.hiddenTypes), ENTITY_TYPES),
      hiddenKinds: list(p.get(PARAM.hiddenKinds), RELATION_KINDS),
      hideKnowledge: p.get(PARAM.hideKnowledge) === '1',
      minMentions: count(p.get(PARAM.minMentions)),
      minWeight: count(p.get(PARAM.minWeight)),
      doc: p.get(PARAM.doc) || null,
      since: isoDate(p.get(PARAM.since)),
      until: isoDate(p.get(PARAM.until)),
    },
    analysis: analysisFromParams(p),
  };
}

export function cloneState(state: ViewState): ViewState {
  return {
    ...state,
    camera: state.camera ? { ...state.camera } : null,
    compare: [...state.compare],
    analysis: cloneAnalysis(state.analysis),
    filters: { ...state.filters, hiddenTypes: new Set(state.filters.hiddenTypes), hiddenKinds: new Set(state.filters.hiddenKinds) },
  };
}
