// The tables below the drawing ("Table" in the toolbar): every relation, with
// filters by kind, predicate, CAMEO code, confidence, basis, article and date
// and a search over the evidence sentences; every entity, by type and mentions,
// with its degree and the graph's measures. Columns sort; a row selects its
// relation or entity on the drawing; the filtered rows download as CSV. Rows are
// virtualised (ui/virtual-table.ts), so a corpus's tens of thousands of
// relations scroll and filter without delay. Which table is open is in the URL
// (`table=`). Big graphs: the whole graph when it is in the page (a chosen row
// is drawn first), the drawn part when served in pieces.
import { ENTITY_TYPES, RELATION_KINDS, type KnowledgeGraph } from '../../../src/types.ts';
import type { TableName } from '../core/analysis-state.ts';
import { documentName } from '../core/summary.ts';
import { addEntities } from '../core/subset.ts';
import {
  ENTITY_COLUMNS, entityRows, filterEntities, filterRelations, RELATION_COLUMNS, relationRows, rowsToCsv, sortRows, tableViewFromQuery, tableViewToQuery,
  type Column, type EntityFilter, type EntityRow, type RelationFilter, type RelationRow, type SortDirection,
} from '../core/table.ts';
import { byId, h } from '../ui/dom.ts';
import { virtualTable, type VirtualTable } from '../ui/virtual-table.ts';
import '../ui/analysis.css';
import type { ViewerContext } from './context.ts';
import { KIND_NAMES } from './filters.ts';

export const ROW_HEIGHT = 28;

type Sort = { key: string; direction: SortDirection };

export class TableController {
  private drawer: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  private relations: { graph: KnowledgeGraph; version: string; rows: RelationRow[] } | null = null;
  private entities: { graph: KnowledgeGraph; version: string; rows: EntityRow[]; measured: boolean } | null = null;
  private relationFilter: RelationFilter = tableViewFromQuery('relations', '').relations;
  private entityFilter: EntityFilter = tableViewFromQuery('entities', '').entities;
  private relationSort: Sort = DEFAULT_SORT.relations;
  private entitySort: Sort = DEFAULT_SORT.entities;
  /** The filters and sort last written to the URL (`tableView=`); another value there (a link, the back button) is read in. */
  private written = '';
  /** The rows shown now (filtered and sorted), for the CSV. */
  shown: Array<RelationRow | EntityRow> = [];
  private relationTable: VirtualTable<RelationRow> | null = null;
  private entityTable: VirtualTable<EntityRow> | null = null;
  private open: TableName | null = null;
  private frame: number | null = null;

  constructor(private ctx: ViewerContext) {}

  wire(): void {
    this.toggle = h('button', { type: 'button', id: 'table-toggle', 'aria-pressed': 'false', 'aria-controls': 'table-drawer', title: 'Tables of relations and entities', text: 'Table' });
    this.toggle.addEventListener('click', () => this.ctx.patch((s) => { s.analysis.table = s.analysis.table ? null : 'relations'; }));
    byId('download-menu').before(this.toggle);
    this.drawer = h('section', { id: 'table-drawer', class: 'table-drawer', 'aria-label': 'Table', hidden: true });
    byId('sigma').parentElement!.append(this.drawer);
    this.ctx.appearance.onMeasured.push(() => { if (this.open === 'entities') this.update(); });
  }

  /** The graph the tables list: the whole graph in the page, else what is drawn. */
  private source(): KnowledgeGraph {
    return this.ctx.big.full ?? this.ctx.graph!;
  }

  /** Part of applying a state: open, switch or close the table. */
  apply(): void {
    const table = this.ctx.state.analysis.table;
    if (!this.drawer || !this.ctx.graph) return;
    this.toggle!.setAttribute('aria-pressed', String(table !== null));
    this.drawer.hidden = table === null;
    document.body.classList.toggle('table-open', table !== null);
    if (table !== this.open || (table && this.ctx.state.analysis.tableView !== this.written)) {
      this.open = table;
      if (table) this.build(table);
      this.ctx.renderer?.resize();
      this.ctx.renderer?.scheduleRender();
    } else if (table) {
      // The drawing grew or the selection moved: rows follow.
      this.update();
    }
  }

  private version(g: KnowledgeGraph): string {
    return `${g.order}:${g.size}`;
  }

  private relationData(): RelationRow[] {
    const g = this.source();
    if (!this.relations || this.relations.graph !== g || this.relations.version !== this.version(g)) {
      this.relations = { graph: g, version: this.version(g), rows: relationRows(g) };
    }
    return this.relations.rows;
  }

  private entityData(): EntityRow[] {
    const g = this.source();
    const measures = this.ctx.appearance.current(true);
    if (!this.entities || this.entities.graph !== g || this.entities.version !== this.version(g) || this.entities.measured !== (measures !== null)) {
      this.entities = { graph: g, version: this.version(g), rows: entityRows(g, measures), measured: measures !== null };
    }
    return this.entities.rows;
  }

  /** Filter, sort and show (at most once a frame while typing). */
  private update(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.show();
    });
  }

  /** The filters and sort of the open table, in the URL (replacing the entry: typing is not a history step). */
  private writeView(): void {
    if (!this.open) return;
    const sort = this.open === 'relations' ? this.relationSort : this.entitySort;
    const isDefault = sort.key === DEFAULT_SORT[this.open].key && sort.direction === DEFAULT_SORT[this.open].direction;
    const view = tableViewToQuery(this.open, { relations: this.relationFilter, entities: this.entityFilter, sort: isDefault ? null : sort });
    this.written = view;
    if (view !== this.ctx.state.analysis.tableView) this.ctx.remember((s) => { s.analysis.tableView = view; });
  }

  /** Filters and sort from the URL, for `table`. */
  private readView(table: TableName): void {
    const view = tableViewFromQuery(table, this.ctx.state.analysis.tableView);
    if (table === 'relations') {
      this.relationFilter = view.relations;
      this.relationSort = view.sort ?? DEFAULT_SORT.relations;
    } else {
      this.entityFilter = view.entities;
      this.entitySort = view.sort ?? DEFAULT_SORT.entities;
    }
    this.written = this.ctx.state.analysis.tableView;
  }

  private show(): void {
    this.writeView();
    const g = this.source();
    if (this.open === 'relations' && this.relationTable) {
      const text = (r: RelationRow) => (g.hasEdge(r.id) ? (g.getEdgeAttribute(r.id, 'evidence') ?? []).map((e) => e.text).join(' ') : r.evidence);
      const rows = sortRows(filterRelations(this.relationData(), this.relationFilter, text), column(RELATION_COLUMNS, this.relationSort.key), this.relationSort.direction);
      this.shown = rows;
      this.relationTable.setRows(rows, this.relationSort);
      this.count(rows.length, this.relations!.rows.length, 'relation');
    } else if (this.open === 'entities' && this.entityTable) {
      const rows = sortRows(filterEntities(this.entityData(), this.entityFilter), column(ENTITY_COLUMNS, this.entitySort.key), this.entitySort.direction);
      this.shown = rows;
      this.entityTable.setRows(rows, this.entitySort);
      this.count(rows.length, this.entities!.rows.length, 'entit');
      byId('table-measuring').hidden = this.entities!.measured;
    }
  }

  private count(shown: number, all: number, noun: 'relation' | 'entit'): void {
    const plural = (n: number) => (noun === 'relation' ? `relation${n === 1 ? '' : 's'}` : `entit${n === 1 ? 'y' : 'ies'}`);
    byId('table-count').textContent = `${shown.toLocaleString('en')} of ${all.toLocaleString('en')} ${plural(all)}${this.ctx.big.remote ? ' drawn' : ''}`;
  }

  private build(table: TableName): void {
    this.readView(table);
    const drawer = this.drawer!;
    const tab = (name: TableName, label: string) => h('button', {
      type: 'button', role: 'tab', 'aria-selected': String(name === table), class: `tab${name === table ? ' active' : ''}`,
      onclick: () => this.ctx.patch((s) => {
        s.analysis.table = name;
        // The other table's filters (kept while the page is open) come along into the URL.
        s.analysis.tableView = tableViewToQuery(name, { relations: this.relationFilter, entities: this.entityFilter, sort: name === 'relations' ? this.relationSort : this.entitySort });
      }, 'replace'), text: label,
    });
    const head = h('div', { class: 'table-head' },
      h('div', { role: 'tablist', class: 'tabs' }, tab('relations', 'Relations'), tab('entities', 'Entities')),
      h('span', { id: 'table-count', class: 'hint', 'aria-live': 'polite' }),
      h('button', { type: 'button', id: 'table-csv', onclick: () => this.download(), text: 'Download CSV' }),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close the table', onclick: () => this.ctx.patch((s) => { s.analysis.table = null; }), text: '×' }));
    if (table === 'relations') {
      this.entityTable = null;
      this.relationTable = virtualTable(RELATION_COLUMNS, {
        rowHeight: ROW_HEIGHT, current: () => this.ctx.state.edge,
        choose: (r) => this.chooseRelation(r),
        sort: (key) => { this.relationSort = nextSort(this.relationSort, key); this.update(); },
      });
      drawer.replaceChildren(head, this.relationFilters(), this.relationTable.element);
    } else {
      this.relationTable = null;
      this.entityTable = virtualTable(ENTITY_COLUMNS, {
        rowHeight: ROW_HEIGHT, current: () => this.ctx.state.selected,
        choose: (r) => this.ctx.select(r.id, true),
        sort: (key) => { this.entitySort = nextSort(this.entitySort, key); this.update(); },
      });
      drawer.replaceChildren(head, this.entityFilters(), this.entityTable.element);
    }
    this.show();
  }

  private chooseRelation(r: RelationRow): void {
    const drawn = this.ctx.graph!;
    const full = this.ctx.big.full;
    // Big graph in the page: draw both ends (and so the relation) first.
    if (!drawn.hasEdge(r.id) && full) {
      const added = addEntities(full, drawn, [r.source, r.target]);
      if (added.length) this.ctx.big.grow(added);
    }
    if (drawn.hasEdge(r.id)) {
      this.ctx.selection.showEdge(r.id);
      this.ctx.camera.frameNodes([r.source, r.target]);
    } else this.ctx.select(r.source, true);
  }

  private field<T extends HTMLElement>(label: string, el: T): HTMLLabelElement {
    return h('label', { class: 'tf' }, h('span', { text: label }), el);
  }

  private relationFilters(): HTMLElement {
    const f = this.relationFilter;
    const on = (el: HTMLInputElement | HTMLSelectElement, set: (v: string) => void) => {
      el.addEventListener('input', () => { set(el.value); this.update(); });
      return el;
    };
    const docs = Object.keys(this.source().getAttribute('documents') ?? {}).map((id) => ({ id, name: documentName(this.source(), id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return h('div', { class: 'table-filters' },
      this.field('Search evidence', on(h('input', { type: 'search', id: 'tf-text', value: f.text, placeholder: 'words in the sentences' }), (v) => { f.text = v; })),
      this.field('Kind', on(h('select', { id: 'tf-kind' }, h('option', { value: '', text: 'any' }), ...RELATION_KINDS.map((k) => h('option', { value: k, text: KIND_NAMES[k], selected: f.kind === k }))), (v) => { f.kind = v as RelationFilter['kind']; })),
      this.field('Predicate', on(h('input', { type: 'text', id: 'tf-predicate', value: f.predicate, size: 10 }), (v) => { f.predicate = v; })),
      this.field('CAMEO', on(h('input', { type: 'text', id: 'tf-cameo', value: f.cameo, size: 4, placeholder: '05' }), (v) => { f.cameo = v; })),
      this.field('Min. confidence', on(h('input', { type: 'number', id: 'tf-confidence', min: '0', max: '1', step: '0.05', value: String(f.minConfidence) }), (v) => { f.minConfidence = Number(v) || 0; })),
      this.field('Basis', on(h('select', { id: 'tf-basis' }, ...['', 'stated', 'context', 'knowledge'].map((b) => h('option', { value: b, text: b || 'any', selected: f.basis === b }))), (v) => { f.basis = v as RelationFilter['basis']; })),
      this.field('Article', on(h('select', { id: 'tf-article' }, h('option', { value: '', text: 'any' }), ...docs.map((d) => h('option', { value: d.id, text: d.name, selected: f.article === d.id }))), (v) => { f.article = v; })),
      this.field('Since', on(h('input', { type: 'date', id: 'tf-since', value: f.since }), (v) => { f.since = v; })),
      this.field('Until', on(h('input', { type: 'date', id: 'tf-until', value: f.until }), (v) => { f.until = v; })));
  }

  private entityFilters(): HTMLElement {
    const f = this.entityFilter;
    const on = (el: HTMLInputElement | HTMLSelectElement, set: (v: string) => void) => {
      el.addEventListener('input', () => { set(el.value); this.update(); });
      return el;
    };
    return h('div', { class: 'table-filters' },
      this.field('Name', on(h('input', { type: 'search', id: 'tf-name', value: f.text }), (v) => { f.text = v; })),
      this.field('Type', on(h('select', { id: 'tf-type' }, h('option', { value: '', text: 'any' }), ...ENTITY_TYPES.map((t) => h('option', { value: t, text: t, selected: f.type === t }))), (v) => { f.type = v as EntityFilter['type']; })),
      this.field('Min. mentions', on(h('input', { type: 'number', id: 'tf-mentions', min: '0', step: '1', value: String(f.minMentions) }), (v) => { f.minMentions = Number(v) || 0; })),
      h('span', { id: 'table-measuring', class: 'hint', text: 'Measuring PageRank, betweenness and communities in the background…' }));
  }

  private download(): void {
    const csv = this.open === 'entities'
      ? rowsToCsv(this.shown as EntityRow[], ENTITY_COLUMNS)
      : rowsToCsv(this.shown as RelationRow[], RELATION_COLUMNS, [
        { title: 'Source id', value: (r) => r.source }, { title: 'Target id', value: (r) => r.target }, { title: 'Article ids', value: (r) => r.articles.join('|') },
        { title: 'Last seen', value: (r) => r.lastSeen || null }, { title: 'Evidence sentences', value: (r) => r.evidenceCount },
      ]);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: `${this.open ?? 'relations'}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

const DEFAULT_SORT: Record<TableName, Sort> = { relations: { key: 'weight', direction: 'desc' }, entities: { key: 'mentions', direction: 'desc' } };

function column<R>(columns: Column<R>[], key: string): Column<R> {
  return columns.find((c) => c.key === key) ?? columns[0]!;
}

/** A header clicked: the other direction on the same column, else the new column (numbers largest first). */
function nextSort(sort: Sort, key: string): Sort {
  if (sort.key === key) return { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' };
  const numeric = [...RELATION_COLUMNS, ...ENTITY_COLUMNS].find((c) => c.key === key)?.numeric;
  return { key, direction: numeric ? 'desc' : 'asc' };
}
