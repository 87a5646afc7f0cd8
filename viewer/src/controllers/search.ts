// Finding entities: the search box (and the path form's boxes use the same
// hits). In big-graph mode search covers every entity, drawn or not: the page's
// index when the whole graph is in the page, the server's search when served.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { buildSearchIndex, searchEntities, type SearchEntry, type SearchHit } from '../core/search.ts';
import { attachAutocomplete } from '../ui/autocomplete.ts';
import { byId } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

export class SearchController {
  /** Built from `indexed` on first search: 20,000 names cost ~0.2 s that the first frame should not wait for. */
  private index: SearchEntry[] | null = null;
  private indexed: KnowledgeGraph | null = null;

  constructor(private ctx: ViewerContext) {}

  /** Search this graph from now on (the whole graph when it is in the page). */
  indexGraph(graph: KnowledgeGraph): void {
    this.indexed = graph;
    this.index = null;
  }

  readonly hits = (query: string): SearchHit[] | Promise<SearchHit[]> => {
    if (this.index === null) this.index = this.indexed ? buildSearchIndex(this.indexed) : [];
    const hidden = this.ctx.visibility.hiddenNodes;
    const local = searchEntities(this.index, query, 8, (key) => hidden.has(key));
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
    });
  }

  /** The box shows the state's query (unless the user is typing in it). */
  sync(query: string): void {
    const input = byId<HTMLInputElement>('search-input');
    if (document.activeElement !== input && input.value !== query) input.value = query;
  }
}
