// Finding entities: the search box (and the path form's boxes use the same
// hits). In big-graph mode search covers every entity, drawn or not: the page's
// index when the whole graph is in the page, the server's search when served.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { buildSearchIndex, searchEntities, type SearchEntry, type SearchHit } from '../core/search.ts';
import { attachAutocomplete } from '../ui/autocomplete.ts';
import { byId } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

/** Names indexed per idle moment. */
const INDEX_SLICE = 2000;

const idle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 16);
};

export class SearchController {
  /**
   * Built from `indexed` after the first frame, a slice per idle moment (20,000 names cost
   * ~0.2 s, which neither the first frame nor the first keystroke should wait for); a search
   * before it is done builds the rest at once.
   */
  private index: SearchEntry[] | null = null;
  private indexed: KnowledgeGraph | null = null;
  private pending: { entries: SearchEntry[]; keys: string[]; next: number } | null = null;

  constructor(private ctx: ViewerContext) {}

  /** Search this graph from now on (the whole graph when it is in the page). */
  indexGraph(graph: KnowledgeGraph): void {
    this.indexed = graph;
    this.index = null;
    this.pending = null;
  }

  /** Build the index in slices while the page is idle. */
  prepare(): void {
    const graph = this.indexed;
    if (!graph || this.index || this.pending) return;
    const pending = { entries: [] as SearchEntry[], keys: graph.nodes(), next: 0 };
    this.pending = pending;
    const slice = () => {
      if (this.pending !== pending || this.indexed !== graph) return;
      const end = Math.min(pending.keys.length, pending.next + INDEX_SLICE);
      pending.entries.push(...buildSearchIndex(graph, pending.keys.slice(pending.next, end)));
      pending.next = end;
      if (end < pending.keys.length) idle(slice);
      else {
        this.index = pending.entries;
        this.pending = null;
      }
    };
    idle(slice);
  }

  private ensureIndex(): SearchEntry[] {
    if (this.index) return this.index;
    const graph = this.indexed;
    const pending = this.pending;
    this.pending = null;
    if (!graph) return (this.index = []);
    const done = pending && this.indexed === graph ? pending.entries : [];
    const from = pending ? pending.next : 0;
    const keys = pending ? pending.keys : graph.nodes();
    this.index = [...done, ...buildSearchIndex(graph, keys.slice(from))];
    return this.index;
  }

  readonly hits = (query: string): SearchHit[] | Promise<SearchHit[]> => {
    const hidden = this.ctx.visibility.hiddenNodes;
    const local = searchEntities(this.ensureIndex(), query, 8, (key) => hidden.has(key));
    // Served big graph: the server searches every entity (the drawn ones answer if it cannot).
    const remote = this.ctx.big.remote;
    if (remote) return remote.search(query, 8).then((hits) => hits.filter((h) => !this.ctx.visibility.hiddenNodes.has(h.entry.key)), () => local);
    return local;
  };

  wire(): void {
    attachAutocomplete(byId('search-input'), byId('search-results'), {
      search: this.hits,
      note: (key) => (this.ctx.big.active && !this.ctx.graph?.hasNode(key) ? 'not drawn yet' : null),
      choose: (key, hit) => {
        const label = hit.entry.label;
        byId<HTMLInputElement>('search-input').value = label;
        this.ctx.patch((s) => { s.selected = key; s.query = label; });
        this.ctx.camera.centerOn(key);
      },
      typed: (query) => this.ctx.patch((s) => { s.query = query; }, 'replace'),
      action: this.ctx.ask.action,
    });
  }

  /** The box shows the state's query (unless the user is typing in it). */
  sync(query: string): void {
    const input = byId<HTMLInputElement>('search-input');
    if (document.activeElement !== input && input.value !== query) input.value = query;
  }
}
