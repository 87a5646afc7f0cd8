// The tables of relations and entities: one row per relation (kind, predicate,
// CAMEO code, confidence, basis, articles, dates, evidence) or per entity (type,
// mentions, degree and the graph's measures), filtered, sorted and written as
// CSV. Pure: unit-tested in Node; ui/table.ts draws only the rows in view.
import type { EntityType, KnowledgeGraph, RelationBasis, RelationKind } from '../../../src/types.ts';
import { csvRow, spreadsheetSafe } from '../../../src/export/csv.ts';
import type { Measures } from './appearance.ts';

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  kind: RelationKind;
  predicate: string;
  cameo: string;
  confidence: number;
  weight: number;
  basis: RelationBasis;
  /** Articles its evidence comes from. */
  articles: string[];
  firstSeen: string;
  lastSeen: string;
  evidenceCount: number;
  /** The first sentence, shown in the table. */
  evidence: string;
  /** Every sentence, lower-cased, for the search (built on first search). */
  searchText?: string;
}

export interface EntityRow {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** Distinct neighbours, counted on the graph. */
  degree: number;
  articles: number;
  weightedDegree: number | null;
  pagerank: number | null;
  betweenness: number | null;
  community: number | null;
}

export function relationRows(graph: KnowledgeGraph): RelationRow[] {
  const rows: RelationRow[] = [];
  graph.forEachEdge((id, a, source, target, sa, ta) => {
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    rows.push({
      id, source, target, sourceLabel: sa.label ?? source, targetLabel: ta.label ?? target,
      kind: a.kind, predicate: a.predicate ?? a.label ?? '', cameo: a.cameo ?? '', confidence: a.confidence ?? 0, weight: a.weight ?? 1,
      basis: a.basis === 'knowledge' || a.basis === 'context' ? a.basis : 'stated',
      articles: [...new Set(evidence.map((e) => e.doc).filter(Boolean))],
      firstSeen: a.firstSeen ?? '', lastSeen: a.lastSeen ?? a.firstSeen ?? '',
      evidenceCount: evidence.length, evidence: (evidence[0]?.text ?? '').replace(/\s+/g, ' ').trim(),
    });
  });
  return rows;
}

export function entityRows(graph: KnowledgeGraph, measures: Measures | null): EntityRow[] {
  const rows: EntityRow[] = [];
  graph.forEachNode((id, a) => {
    const neighbours = new Set<string>();
    graph.forEachNeighbor(id, (n) => { if (n !== id) neighbours.add(n); });
    rows.push({
      id, label: a.label ?? id, type: a.type, mentions: a.mentions ?? 0, degree: neighbours.size, articles: (a.documents ?? []).length,
      weightedDegree: measures?.weightedDegree.get(id) ?? null, pagerank: measures?.pagerank.get(id) ?? null,
      betweenness: measures?.betweenness.get(id) ?? null, community: measures ? (measures.community.get(id) ?? null) : null,
    });
  });
  return rows;
}

export interface RelationFilter {
  kind: RelationKind | '';
  /** Part of the predicate. */
  predicate: string;
  /** Start of the CAMEO code ("05" finds 051 to 057). */
  cameo: string;
  minConfidence: number;
  basis: RelationBasis | '';
  /** An article id the evidence comes from. */
  article: string;
  /** ISO dates; a relation matches when its statements' span meets the period. */
  since: string;
  until: string;
  /** Words that must all appear in the evidence sentences (or the names and predicate). */
  text: string;
}

export function emptyRelationFilter(): RelationFilter {
  return { kind: '', predicate: '', cameo: '', minConfidence: 0, basis: '', article: '', since: '', until: '', text: '' };
}

export interface EntityFilter {
  type: EntityType | '';
  minMentions: number;
  text: string;
}

export function emptyEntityFilter(): EntityFilter {
  return { type: '', minMentions: 0, text: '' };
}

/** The evidence of a relation, for the search, from the graph the rows came from. */
export type EvidenceText = (row: RelationRow) => string;

export function filterRelations(rows: RelationRow[], f: RelationFilter, evidenceText: EvidenceText): RelationRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const predicate = f.predicate.trim().toLowerCase();
  const cameo = f.cameo.trim();
  return rows.filter((r) => {
    if (f.kind && r.kind !== f.kind) return false;
    if (predicate && !r.predicate.toLowerCase().includes(predicate)) return false;
    if (cameo && !r.cameo.startsWith(cameo)) return false;
    if (r.confidence < f.minConfidence) return false;
    if (f.basis && r.basis !== f.basis) return false;
    if (f.article && !r.articles.includes(f.article)) return false;
    // Dates of any precision compare as strings on their common prefix ("2022-07" meets "2022-07-14").
    if (f.since && (!r.lastSeen || r.lastSeen.slice(0, f.since.length) < f.since.slice(0, r.lastSeen.length))) return false;
    if (f.until && (!r.firstSeen || r.firstSeen.slice(0, f.until.length) > f.until.slice(0, r.firstSeen.length))) return false;
    if (words.length) {
      r.searchText ??= `${r.sourceLabel} ${r.predicate} ${r.targetLabel} ${evidenceText(r)}`.toLowerCase();
      if (!words.every((w) => r.searchText!.includes(w))) return false;
    }
    return true;
  });
}

export function filterEntities(rows: EntityRow[], f: EntityFilter): EntityRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter((r) => (!f.type || r.type === f.type) && r.mentions >= f.minMentions && (!text || r.label.toLowerCase().includes(text)));
}

/** What a table shows beyond its rows: filters and sort, for the URL. */
export interface TableView {
  relations: RelationFilter;
  entities: EntityFilter;
  sort: { key: string; direction: SortDirection } | null;
}

const VIEW_KEYS: Record<string, [table: 'relations' | 'entities', field: string, numeric: boolean]> = {
  kind: ['relations', 'kind', false], predicate: ['relations', 'predicate', false], cameo: ['relations', 'cameo', false],
  minConfidence: ['relations', 'minConfidence', true], basis: ['relations', 'basis', false], article: ['relations', 'article', false],
  since: ['relations', 'since', false], until: ['relations', 'until', false], q: ['relations', 'text', false],
  type: ['entities', 'type', false], minMentions: ['entities', 'minMentions', true], name: ['entities', 'text', false],
};

/** The filters that differ from empty, and the sort, as a short query string ("kind=event&q=ties&sort=cameo.asc"). */
export function tableViewToQuery(table: 'relations' | 'entities', view: TableView): string {
  const p = new URLSearchParams();
  const empty = { relations: emptyRelationFilter(), entities: emptyEntityFilter() };
  for (const [key, [t, field]] of Object.entries(VIEW_KEYS)) {
    if (t !== table) continue;
    const value = (view[t] as unknown as Record<string, string | number>)[field]!;
    if (value !== (empty[t] as unknown as Record<string, string | number>)[field]) p.set(key, String(value));
  }
  if (view.sort) p.set('sort', `${view.sort.key}.${view.sort.direction}`);
  return p.toString();
}

/** Read back what tableViewToQuery wrote; unknown or malformed parts are left out. */
export function tableViewFromQuery(table: 'relations' | 'entities', text: string): TableView {
  const view: TableView = { relations: emptyRelationFilter(), entities: emptyEntityFilter(), sort: null };
  const p = new URLSearchParams(text);
  for (const [key, value] of p) {
    const spec = VIEW_KEYS[key];
    if (spec && spec[0] === table) {
      const n = Number(value);
      if (spec[2] && !Number.isFinite(n)) continue;
      (view[spec[0]] as unknown as Record<string, string | number>)[spec[1]] = spec[2] ? n : value;
    }
  }
  const sort = /^([A-Za-z]+)\.(asc|desc)$/.exec(p.get('sort') ?? '');
  if (sort) view.sort = { key: sort[1]!, direction: sort[2] as SortDirection };
  return view;
}

export interface Column<R> {
  key: string;
  title: string;
  value(row: R): string | number | null;
  numeric?: boolean;
  /** Width in the table: a CSS grid track (a least width, then a share of the rest). */
  width: string;
}

const fixed = (digits: number) => (v: number | null) => (v === null ? null : Number(v.toFixed(digits)));

export const RELATION_COLUMNS: Column<RelationRow>[] = [
  { key: 'source', title: 'Source', value: (r) => r.sourceLabel, width: 'minmax(108px, 12fr)' },
  { key: 'predicate', title: 'Predicate', value: (r) => r.predicate, width: 'minmax(108px, 12fr)' },
  { key: 'target', title: 'Target', value: (r) => r.targetLabel, width: 'minmax(108px, 12fr)' },
  { key: 'kind', title: 'Kind', value: (r) => r.kind, width: 'minmax(72px, 8fr)' },
  { key: 'cameo', title: 'CAMEO', value: (r) => r.cameo || null, width: 'minmax(48px, 5fr)' },
  { key: 'confidence', title: 'Conf.', value: (r) => fixed(2)(r.confidence), numeric: true, width: 'minmax(48px, 5fr)' },
  { key: 'weight', title: 'Weight', value: (r) => r.weight, numeric: true, width: 'minmax(48px, 5fr)' },
  { key: 'basis', title: 'Basis', value: (r) => r.basis, width: 'minmax(54px, 6fr)' },
  { key: 'articles', title: 'Articles', value: (r) => r.articles.length, numeric: true, width: 'minmax(48px, 5fr)' },
  { key: 'date', title: 'First seen', value: (r) => r.firstSeen || null, width: 'minmax(72px, 8fr)' },
  { key: 'evidence', title: 'Evidence', value: (r) => r.evidence, width: 'minmax(198px, 22fr)' },
];

export const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { key: 'label', title: 'Entity', value: (r) => r.label, width: 'minmax(234px, 26fr)' },
  { key: 'type', title: 'Type', value: (r) => r.type, width: 'minmax(99px, 11fr)' },
  { key: 'mentions', title: 'Mentions', value: (r) => r.mentions, numeric: true, width: 'minmax(81px, 9fr)' },
  { key: 'articles', title: 'Articles', value: (r) => r.articles, numeric: true, width: 'minmax(81px, 9fr)' },
  { key: 'degree', title: 'Degree', value: (r) => r.degree, numeric: true, width: 'minmax(81px, 9fr)' },
  { key: 'weightedDegree', title: 'Weighted degree', value: (r) => r.weightedDegree, numeric: true, width: 'minmax(90px, 10fr)' },
  { key: 'pagerank', title: 'PageRank', value: (r) => fixed(5)(r.pagerank), numeric: true, width: 'minmax(81px, 9fr)' },
  { key: 'betweenness', title: 'Betweenness', value: (r) => fixed(5)(r.betweenness), numeric: true, width: 'minmax(81px, 9fr)' },
  { key: 'community', title: 'Community', value: (r) => (r.community === null ? null : r.community + 1), numeric: true, width: 'minmax(72px, 8fr)' },
];

export type SortDirection = 'asc' | 'desc';

/** A stable sort on one column; empty values last either way. */
export function sortRows<R extends { id: string }>(rows: R[], column: Column<R>, direction: SortDirection): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.map((row) => ({ row, v: column.value(row) })).sort((a, b) => {
    if (a.v === null || a.v === '') return b.v === null || b.v === '' ? 0 : 1;
    if (b.v === null || b.v === '') return -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
    return c * sign || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
  }).map(({ row }) => row);
}

/** The rows as CSV (RFC 4180, the exports' writer), ids first; cells that a spreadsheet would run as formulas are defused. */
export function rowsToCsv<R extends { id: string }>(rows: R[], columns: Column<R>[], extra: Array<{ title: string; value(row: R): string | number | null }> = []): string {
  const head = csvRow(['id', ...columns.map((c) => c.title), ...extra.map((e) => e.title)]);
  return head + rows.map((r) => csvRow([r.id, ...columns.map((c) => c.value(r)), ...extra.map((e) => e.value(r))].map((v) => spreadsheetSafe(v ?? '')))).join('');
}
