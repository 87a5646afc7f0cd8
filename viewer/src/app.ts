// The viewer's controller: owns the loaded graph, the UI state (one object,
// mirrored in the URL) and the sigma renderer, and wires the DOM to them.
// Display is always derived: a state change recomputes the DisplayState and
// refreshes sigma; graph attributes are never rewritten for looks.
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { ENTITY_TYPES, KIND_COLORS, RELATION_KINDS, TYPE_COLORS, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes, type RelationKind } from '../../src/types.ts';
import { parseGraphFile } from '../../src/graph/open/browser.ts';
import { toGexf, toJson } from '../../src/graph/open/serialize.ts';
import { findPaths, type FoundPath } from './core/paths.ts';
import { buildSearchIndex, searchEntities, type SearchEntry, type SearchHit } from './core/search.ts';
import { cloneState, defaultFilters, stateFromQuery, stateToQuery, type ViewState } from './core/state.ts';
import { documentName, summarize, withTotals, type GraphSummary } from './core/summary.ts';
import { addEntities, BIG_GRAPH, positionExtent, rankEntities, rankNeighbours, topSubgraph } from './core/subset.ts';
import { computeVisibility, type Visibility } from './core/visibility.ts';
import { LayoutControl } from './layout.ts';
import { fetchSummary, REMOTE_MAX, RemoteGraph } from './remote.ts';
import { createRenderer, emptyDisplayState, isLarge, setOverlayHighlights, type DisplayState } from './renderer.ts';
import { attachAutocomplete } from './ui/autocomplete.ts';
import { byId, clear, h } from './ui/dom.ts';
import { evidenceBlock, renderEdgePanel, renderNodePanel, renderOverview, type PanelActions } from './ui/panel.ts';

export interface ViewerOptions {
  /** Where the graph comes from (graphology JSON). */
  source: string;
  /** Graphs with more entities than this open on a subset (big-graph mode). */
  bigGraphThreshold: number;
  /** Big-graph mode: how many of the most connected entities are drawn at first. */
  maxInitialNodes: number;
}

export const DEFAULT_OPTIONS: ViewerOptions = { source: 'api/graph', bigGraphThreshold: BIG_GRAPH.threshold, maxInitialNodes: BIG_GRAPH.initial };

/** Hover changes are applied after the pointer rests this long, so sweeping across nodes does not refresh per node. */
const HOVER_DELAY_MS = 60;

type HistoryMode = 'push' | 'replace' | 'none';


const KIND_NAMES: Record<RelationKind, string> = {
  role: 'Role', location: 'Location', event: 'Event', affiliation: 'Affiliation', cooccurrence: 'Co-occurrence',
};

export class ViewerApp {
  /** The graph sigma draws: the whole graph, or in big-graph mode the drawn subset. */
  graph: KnowledgeGraph | null = null;
  /** Big-graph mode: the whole graph (search, neighbours and paths use it); null otherwise. */
  full: KnowledgeGraph | null = null;
  renderer: Sigma<NodeAttributes, EdgeAttributes> | null = null;
  state: ViewState = stateFromQuery(location.search);
  private display: DisplayState = emptyDisplayState();
  private visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };
  private summary: GraphSummary | null = null;
  /** The search index (every entity, in big-graph mode too), built from `indexed` on first use. */
  private index: SearchEntry[] | null = null;
  private indexed: KnowledgeGraph | null = null;
  private layout: LayoutControl | null = null;
  private paths: FoundPath[] = [];
  private hovered: string | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private selectedEdge: string | null = null;
  private large = false;
  /** Big-graph mode: all entities, most connected first; how many of them the view opened on. */
  private ranking: string[] = [];
  private top: number = BIG_GRAPH.initial;
  private fullSummary: GraphSummary | null = null;
  private showAllArmed = false;
  /** Big-graph mode served by `kg serve`: the API that holds the whole graph (the page has only what is drawn). */
  private remote: RemoteGraph | null = null;
  /** Entities asked of the server already (an unknown one is not asked again), and the last path asked. */
  private remoteTried = new Set<string>();
  private remotePath: string | null = null;
  private revealSeq = 0;
  private search!: ReturnType<typeof attachAutocomplete>;

  constructor(private options: ViewerOptions) {}

  // ------------------------------------------------------------------ start-up

  async start(): Promise<void> {
    this.wireStaticControls();
    window.addEventListener('popstate', () => this.applyState(stateFromQuery(location.search), 'none'));
    try {
      this.setReady(false);
      this.status('Loading graph…');
      // A server that knows the graph is big gives it in pieces (an older one answers 404: load it whole).
      if (/(^|\/)graph$/.test(this.options.source)) {
        const apiBase = this.options.source.replace(/graph$/, '');
        const summary = await fetchSummary(apiBase).catch(() => null);
        if (summary?.large) {
          await this.openRemote(new RemoteGraph(apiBase, summary), this.options.maxInitialNodes, 'replace');
          return;
        }
      }
      const response = await fetch(this.options.source, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText} for ${this.options.source}`);
      const text = await response.text();
      performance.mark('kg-fetched');
      const graph = parseGraphFile('graph.json', text);
      performance.mark('kg-parsed');
      this.setGraph(graph, null);
    } catch (e) {
      this.status(`Could not load the graph: ${(e as Error).message}. Open a graph file instead (button “Open…” or drop a file).`, true);
      this.setReady(true);
    }
  }

  private setReady(ready: boolean): void {
    document.documentElement.dataset.graphReady = ready ? 'true' : 'false';
  }

  status(message: string, error = false): void {
    const el = byId('status');
    el.textContent = message;
    el.classList.toggle('error', error);
    el.hidden = message === '';
  }

  /**
   * Replace the shown graph (first load, or a file the user opened). Above
   * `bigGraphThreshold` entities sigma gets only the most connected ones (big-graph
   * mode); search, neighbours and paths still reach the whole graph.
   */
  setGraph(graph: KnowledgeGraph, name: string | null, top = this.options.maxInitialNodes): void {
    this.setReady(false);
    const big = graph.order > this.options.bigGraphThreshold && top < graph.order;
    this.remote = null;
    this.full = big ? graph : null;
    this.top = top;
    if (big) {
      this.ranking = rankEntities(graph);
      this.fullSummary = summarize(graph);
    } else {
      this.ranking = [];
      this.fullSummary = null;
    }
    performance.mark('kg-ranked');
    // Built on first search: 20,000 names cost ~0.2 s that the first frame should not wait for.
    this.indexed = graph;
    this.index = null;
    byId('graph-title').textContent = name ? `Knowledge graph · ${name}` : (graph.getAttribute('name') || 'News knowledge graph');
    // A state for another graph (a file was opened) keeps filters but drops entities it does not have.
    const state = cloneState(this.state);
    for (const k of ['selected', 'pathFrom', 'pathTo'] as const) if (state[k] && !graph.hasNode(state[k]!)) state[k] = null;
    const docs = (this.fullSummary ?? summarize(graph)).documents;
    if (state.filters.doc && !docs.some((d) => d.id === state.filters.doc)) state.filters.doc = null;
    const drawn = big ? topSubgraph(graph, this.ranking, top) : graph;
    performance.mark('kg-subset');
    this.mount(drawn, state, name ? 'push' : 'replace');
  }

  /** Big-graph mode: draw the `top` most connected entities again (keeping the selection and path in view), or everything. */
  setTop(top: number): void {
    const n = Math.max(1, Math.round(top));
    if (this.remote) {
      void this.setRemoteTop(this.remote, n);
      return;
    }
    const full = this.full ?? this.graph;
    if (!full) return;
    if (n >= full.order) {
      this.top = full.order;
      this.full = null;
      this.fullSummary = null;
      this.ranking = [];
      this.mount(full, cloneState(this.state), 'none');
      return;
    }
    this.full = full;
    if (this.ranking.length !== full.order) {
      this.ranking = rankEntities(full);
      this.fullSummary = summarize(full);
    }
    this.top = n;
    this.mount(topSubgraph(full, this.ranking, n), cloneState(this.state), 'none');
  }

  /**
   * Big-graph mode served by `kg serve`: open on the server's `top` most connected
   * entities, after fetching what the URL names (selection, path) so a link opens on it.
   */
  private async openRemote(remote: RemoteGraph, top: number, history: HistoryMode): Promise<void> {
    this.setReady(false);
    this.status(`Loading the ${top.toLocaleString('en')} most connected of ${remote.summary.nodes.toLocaleString('en')} entities…`);
    const drawn = await remote.top(top);
    performance.mark('kg-fetched');
    performance.mark('kg-parsed');
    this.remote = remote;
    this.full = null;
    this.ranking = [];
    this.top = Math.min(top, REMOTE_MAX);
    this.remoteTried = new Set();
    this.remotePath = null;
    this.indexed = drawn;
    this.index = null;
    byId('graph-title').textContent = drawn.getAttribute('name') || 'News knowledge graph';
    const state = cloneState(this.state);
    try {
      await this.fetchMissing(remote, drawn, state);
    } catch (e) {
      this.status(`Could not load from the server: ${(e as Error).message}`, true);
    }
    this.fullSummary = withTotals(summarize(drawn), remote.summary);
    this.mount(drawn, state, history);
  }

  /** Served big graph: draw another number of the most connected, or everything (beyond the server's bound, the whole graph is loaded and cut here). */
  private async setRemoteTop(remote: RemoteGraph, n: number): Promise<void> {
    try {
      if (n >= remote.summary.nodes || n > REMOTE_MAX) {
        this.setReady(false);
        this.status(`Loading all ${remote.summary.nodes.toLocaleString('en')} entities…`);
        const graph = await remote.all();
        this.setGraph(graph, null, n >= graph.order ? graph.order : n);
      } else {
        await this.openRemote(remote, n, 'none');
      }
    } catch (e) {
      this.status(`Could not load from the server: ${(e as Error).message}`, true);
      this.setReady(true);
    }
  }

  /**
   * Served big graph: fetch into `drawn` what `wanted` names and is not drawn: a selected
   * entity with its closest neighbours, a path (its entities and relations), path ends.
   * Returns the entities added, and the ends of relations added between drawn ones.
   */
  private async fetchMissing(remote: RemoteGraph, drawn: KnowledgeGraph, wanted: ViewState): Promise<string[]> {
    const added: string[] = [];
    const merge = (piece: KnowledgeGraph) => { added.push(...addEntities(piece, drawn, piece.nodes())); };
    const selected = wanted.selected;
    if (selected && !drawn.hasNode(selected) && !this.remoteTried.has(selected)) {
      this.remoteTried.add(selected);
      merge(await remote.neighbourhood(selected, BIG_GRAPH.around + 1));
    }
    const { pathFrom: from, pathTo: to } = wanted;
    if (from && to && from !== to && `${from}\u0000${to}` !== this.remotePath) {
      this.remotePath = `${from}\u0000${to}`;
      const path = await remote.path(from, to);
      const pieces = await Promise.all(path.nodes.filter((n) => !drawn.hasNode(n)).map((n) => remote.neighbourhood(n, 1)));
      pieces.forEach(merge);
      for (const r of path.relations) {
        if (drawn.hasEdge(r.key) || !drawn.hasNode(r.source) || !drawn.hasNode(r.target)) continue;
        drawn.addEdgeWithKey(r.key, r.source, r.target, r.attributes);
        added.push(r.source, r.target);
      }
    }
    for (const k of [from, to]) {
      if (!k || drawn.hasNode(k) || this.remoteTried.has(k)) continue;
      this.remoteTried.add(k);
      merge(await remote.neighbourhood(k, 1));
    }
    return added;
  }

  /** Served big graph: does `next` name something not drawn that the server has not been asked for? */
  private needsRemote(next: ViewState): boolean {
    const drawn = this.graph!;
    const missing = (k: string | null) => k !== null && !drawn.hasNode(k) && !this.remoteTried.has(k);
    return missing(next.selected) || missing(next.pathFrom) || missing(next.pathTo)
      || (next.pathFrom !== null && next.pathTo !== null && next.pathFrom !== next.pathTo && `${next.pathFrom}\u0000${next.pathTo}` !== this.remotePath);
  }

  /** Served big graph: fetch what `wanted` needs, then apply it (a later request wins over an earlier one). */
  private async revealRemote(wanted: ViewState): Promise<void> {
    const remote = this.remote!;
    const drawn = this.graph!;
    const seq = ++this.revealSeq;
    this.status('Loading from the server…');
    let added: string[] = [];
    try {
      added = await this.fetchMissing(remote, drawn, wanted);
    } catch (e) {
      if (seq === this.revealSeq) this.status(`Could not load from the server: ${(e as Error).message}`, true);
      return;
    }
    if (this.graph !== drawn) return;
    if (added.length > 0) this.grow([...new Set(added)]);
    if (seq !== this.revealSeq) return;
    this.status('');
    // A path's entities may have arrived while its ends were drawn already: recompute it.
    this.applyState(wanted, 'none', added.length > 0 && wanted.pathFrom !== null && wanted.pathTo !== null);
    if (wanted.selected && drawn.hasNode(wanted.selected) && !(wanted.pathFrom && wanted.pathTo)) this.centerOn(wanted.selected);
  }

  /** Served big graph: the counts of the whole graph the filters show ("drawn / all"). */
  private totals(): { nodes: number; edges: number } | null {
    if (this.full) return { nodes: this.full.order, edges: this.full.size };
    if (this.remote) return { nodes: this.remote.summary.nodes, edges: this.remote.summary.edges };
    return null;
  }

  /** Hand `drawn` to a new sigma renderer and apply `state` to it. */
  private mount(drawn: KnowledgeGraph, state: ViewState, history: HistoryMode): void {
    this.setReady(false);
    this.layout?.kill();
    this.renderer?.kill();
    this.renderer = null;
    this.graph = drawn;
    this.summary = summarize(drawn);
    this.display = emptyDisplayState();
    this.paths = [];
    this.selectedEdge = null;
    this.hovered = null;
    // Big-graph mode, like a large drawing: hover and selection only emphasise the neighbourhood
    // (no full refresh per hover or click), so the page answers within 100 ms.
    this.large = isLarge(drawn) || this.full !== null || this.remote !== null;
    this.showAllArmed = false;
    this.buildFilterControls();
    performance.mark('kg-controls');
    // Derive the display before sigma exists, so its first (synchronous) processing is also the last.
    this.applyState(state, history, true);
    performance.mark('kg-state');
    const container = byId('sigma');
    clear(container);
    // Big-graph mode: the frame is the whole graph's (served: the first drawing's), so entities added later never rescale the drawing.
    const frame = this.full ? positionExtent(this.full) : this.remote ? positionExtent(drawn) : null;
    const renderer = createRenderer(container, drawn, this.display, { overlayFocus: this.large, frame });
    performance.mark('kg-first-frame');
    this.renderer = renderer;
    this.renderSubsetNotice();
    this.layout = new LayoutControl(drawn, renderer as unknown as Sigma, (running) => {
      const b = byId('layout-toggle');
      b.textContent = running ? 'Stop ForceAtlas2' : 'Run ForceAtlas2';
      b.setAttribute('aria-pressed', String(running));
    }, isLarge(drawn));
    this.wireRenderer(renderer);
    this.status('');
    // Ready = the first frame is on screen and the page has gone back to the event loop.
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('kg-ready');
      this.setReady(true);
      // A link that names an entity (or a path) opens looking at it.
      if (this.paths.length) this.frameNodes([...this.display.pathNodes]);
      else if (this.state.selected) this.centerOn(this.state.selected);
    }, 0));
  }

  // ------------------------------------------------------------------ state

  /** The single entry point for view changes: diff against the current state, update display and URL. */
  applyState(next: ViewState, history: HistoryMode, force = false): void {
    const graph = this.graph;
    const prev = this.state;
    this.state = next;
    if (history !== 'none') {
      const url = `${location.pathname}${stateToQuery(next)}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
    }
    if (!graph) return;
    // Big-graph mode: the selection, path ends and the path between them are drawn first.
    let grown: string[] = [];
    if (this.full) {
      const revealed = this.revealFor(prev, next);
      // A new path is drawn with a full refresh anyway; a selection only needs the added items drawn.
      if (revealed.pathChanged && revealed.added.length > 0) {
        this.afterReveal();
        force = true;
      } else grown = revealed.added;
    } else if (this.remote && this.needsRemote(next)) void this.revealRemote(cloneState(next));
    for (const k of ['selected', 'pathFrom', 'pathTo'] as const) if (next[k] && !graph.hasNode(next[k]!)) next[k] = null;
    const filtersChanged = force || stateToQuery({ ...prev, selected: null, pathFrom: null, pathTo: null, query: '' })
      !== stateToQuery({ ...next, selected: null, pathFrom: null, pathTo: null, query: '' });
    if (filtersChanged) {
      this.visibility = computeVisibility(graph, next.filters);
      this.display.hiddenNodes = this.visibility.hiddenNodes;
      this.display.hiddenEdges = this.visibility.hiddenEdges;
      if (grown.length > 0) this.afterReveal();
      this.syncFilterControls();
    } else if (grown.length > 0) {
      this.grow(grown, false);
    }
    if (force || filtersChanged || prev.pathFrom !== next.pathFrom || prev.pathTo !== next.pathTo) this.computePaths();
    const previousEdge = this.display.selectedEdge;
    if (force || prev.selected !== next.selected) {
      this.selectedEdge = null;
      this.display.selectedEdge = null;
    }
    const searchInput = byId<HTMLInputElement>('search-input');
    if (document.activeElement !== searchInput && searchInput.value !== next.query) searchInput.value = next.query;
    const changed = this.updateFocus();
    if (previousEdge) changed.edges.add(previousEdge);
    this.display.selected = next.selected;
    this.renderPanel();
    if (!this.renderer) return;
    // Only focus moved on a large graph: refresh just the items whose look changed.
    if (this.large && !filtersChanged && !force && prev.pathFrom === next.pathFrom && prev.pathTo === next.pathTo) {
      if (previousEdge) this.refreshItems({ nodes: new Set(), edges: new Set([previousEdge]) });
      if (grown.length > 0) this.refreshGrown(grown);
      this.overlayFocus();
    } else {
      this.renderer.refresh({ skipIndexation: true });
    }
  }

  // ------------------------------------------------------------------ big graphs

  /**
   * Big-graph mode: add what `next` needs to the drawn graph: a newly selected entity
   * not drawn comes with its closest neighbours; a path is computed on the whole graph
   * and its entities are added. Returns true when anything was added.
   */
  private revealFor(prev: ViewState, next: ViewState): { added: string[]; pathChanged: boolean } {
    const full = this.full!;
    const drawn = this.graph!;
    const added: string[] = [];
    let pathChanged = false;
    if (next.selected && !drawn.hasNode(next.selected) && full.hasNode(next.selected)) {
      added.push(...addEntities(full, drawn, [next.selected, ...rankNeighbours(full, next.selected, BIG_GRAPH.around, (k) => drawn.hasNode(k))]));
    }
    const { pathFrom, pathTo } = next;
    if (pathFrom && pathTo && full.hasNode(pathFrom) && full.hasNode(pathTo)
      && (pathFrom !== prev.pathFrom || pathTo !== prev.pathTo || !drawn.hasNode(pathFrom) || !drawn.hasNode(pathTo))) {
      const paths = findPaths(full, pathFrom, pathTo, computeVisibility(full, next.filters));
      const before = added.length;
      added.push(...addEntities(full, drawn, [pathFrom, pathTo, ...paths.flatMap((p) => p.nodes)]));
      pathChanged = added.length > before;
    } else {
      added.push(...addEntities(full, drawn, [pathFrom, pathTo].filter((k): k is string => k !== null)));
    }
    return { added, pathChanged };
  }

  /**
   * The drawn graph gained `nodes` (and their relations): counts, notice and filters
   * follow, and sigma redraws just those items (a full refresh of every drawn item would
   * block the page for 100 ms or more).
   */
  private grow(nodes: string[], refresh = true): void {
    const drawn = this.graph!;
    this.afterReveal();
    this.visibility = computeVisibility(drawn, this.state.filters);
    this.display.hiddenNodes = this.visibility.hiddenNodes;
    this.display.hiddenEdges = this.visibility.hiddenEdges;
    if (refresh) this.refreshGrown(nodes);
  }

  private refreshGrown(nodes: string[]): void {
    const drawn = this.graph!;
    const present = nodes.filter((n) => drawn.hasNode(n));
    const edges = new Set<string>();
    for (const n of present) drawn.forEachEdge(n, (e) => { edges.add(e); });
    // While a layout runs on a large drawing sigma draws a nodes-only copy (see layout.ts).
    const drawnBySigma = this.renderer?.getGraph();
    this.renderer?.refresh({ partialGraph: { nodes: present, edges: drawnBySigma === drawn ? [...edges] : [] }, schedule: true });
  }

  /** Big-graph mode: add up to `limit` more neighbours of `key` (most important first). */
  showNeighbours(key: string, limit: number = BIG_GRAPH.neighbours): number {
    if (this.remote) {
      void this.showRemoteNeighbours(this.remote, key, limit);
      return 0;
    }
    const full = this.full;
    const drawn = this.graph;
    if (!full || !drawn || !full.hasNode(key)) return 0;
    const added = addEntities(full, drawn, [key, ...rankNeighbours(full, key, limit, (k) => drawn.hasNode(k))]);
    if (added.length === 0) {
      this.status(`All neighbours of ${full.getNodeAttribute(key, 'label')} are drawn.`);
      return 0;
    }
    this.afterGrowth(added, key);
    this.status(`Added ${added.length} neighbour${added.length === 1 ? '' : 's'} of ${full.getNodeAttribute(key, 'label')}.`);
    return added.length;
  }

  /** Served big graph: the server ranks the neighbours; ask for as many more as are drawn already plus `limit`. */
  private async showRemoteNeighbours(remote: RemoteGraph, key: string, limit: number): Promise<void> {
    const drawn = this.graph;
    if (!drawn) return;
    const already = drawn.hasNode(key) ? drawn.neighbors(key).length : 0;
    let added: string[];
    try {
      const piece = await remote.neighbourhood(key, 1 + already + limit);
      if (this.graph !== drawn) return;
      added = addEntities(piece, drawn, piece.nodes());
    } catch (e) {
      this.status(`Could not load from the server: ${(e as Error).message}`, true);
      return;
    }
    const label = drawn.hasNode(key) ? drawn.getNodeAttribute(key, 'label') : key;
    if (added.length === 0) {
      this.status(`All neighbours of ${label} are drawn.`);
      this.renderPanel();
      return;
    }
    this.afterGrowth(added, key);
    this.status(`Added ${added.length} neighbour${added.length === 1 ? '' : 's'} of ${label}.`);
  }

  /** Neighbours of `key` were added: draw them, keep the focus and panel up to date, frame the entity. */
  private afterGrowth(added: string[], key: string): void {
    this.grow(added);
    const changed = this.updateFocus();
    this.renderPanel();
    if (!this.large) this.refreshItems(changed);
    this.overlayFocus();
    if (this.state.selected === key) this.centerOn(key);
  }

  /** The drawn graph grew: counts, notice and filter controls follow. */
  private afterReveal(): void {
    const documents = this.summary?.documents.length;
    this.summary = summarize(this.graph!);
    if (this.remote) this.fullSummary = withTotals(this.summary, this.remote.summary);
    // Rebuilding the controls (an article list can hold thousands) only when the lists change; else new counts.
    if (this.remote && this.summary.documents.length !== documents) {
      this.buildFilterControls();
      this.syncFilterControls();
    } else this.updateLegendCounts();
    this.renderSubsetNotice();
  }

  /** Big-graph mode: the "drawn / all" counts of the legend after entities were added. */
  private updateLegendCounts(): void {
    const drawn = this.summary!;
    const all = this.fullSummary ?? drawn;
    const text = (n: number, total: number) => (this.fullSummary ? `${n.toLocaleString('en')} / ${total.toLocaleString('en')}` : total.toLocaleString('en'));
    document.querySelectorAll<HTMLButtonElement>('#type-legend .toggle').forEach((b) => {
      const type = b.dataset.type as keyof GraphSummary['typeCounts'];
      const count = b.querySelector('.count');
      if (count) count.textContent = text(drawn.typeCounts[type], all.typeCounts[type]);
    });
    document.querySelectorAll<HTMLButtonElement>('#kind-legend .toggle').forEach((b) => {
      const kind = b.dataset.kind as keyof GraphSummary['kindCounts'];
      const count = b.querySelector('.count');
      if (count) count.textContent = text(drawn.kindCounts[kind], all.kindCounts[kind]);
    });
  }

  /** Neighbours of `key` in the whole graph that are not drawn (big-graph mode), else 0; -1 when not known (yet). */
  private undrawnNeighbours(key: string): number {
    const full = this.full;
    const drawn = this.graph;
    if (this.remote && drawn?.hasNode(key)) {
      const degree = this.remote.degree.get(key);
      if (degree === undefined) {
        // Learn it once (a neighbourhood of one answers with the count), then show it.
        if (!this.remoteTried.has(`degree:${key}`)) {
          this.remoteTried.add(`degree:${key}`);
          void this.remote.neighbourhood(key, 1).then(() => { if (this.state.selected === key) this.renderPanel(); }, () => undefined);
        }
        return -1;
      }
      return Math.max(0, degree - drawn.neighbors(key).length);
    }
    if (!full || !drawn || !full.hasNode(key)) return 0;
    let n = 0;
    full.forEachNeighbor(key, (other) => { if (!drawn.hasNode(other)) n++; });
    return n;
  }

  private renderSubsetNotice(): void {
    const notice = byId('subset-notice');
    const full = this.totals();
    const drawn = this.graph;
    if (!full || !drawn) {
      notice.hidden = true;
      return;
    }
    notice.hidden = false;
    const extra = drawn.order - Math.min(this.top, full.nodes);
    byId('subset-text').textContent = `Showing the ${this.top.toLocaleString('en')} most connected of ${full.nodes.toLocaleString('en')} entities`
      + `${extra > 0 ? ` (+${extra.toLocaleString('en')} added)` : ''}; ${drawn.size.toLocaleString('en')} of ${full.edges.toLocaleString('en')} relations drawn.`
      + ' Search finds every entity; double-click an entity or use “Show neighbours” to draw more.';
    const input = byId<HTMLInputElement>('subset-size');
    input.max = String(full.nodes);
    if (document.activeElement !== input) input.value = String(this.top);
    byId('subset-warning').hidden = !this.showAllArmed;
    byId('subset-all').textContent = this.showAllArmed ? `Draw all ${full.nodes.toLocaleString('en')} anyway` : 'Show all…';
  }

  /** Large graphs: the selection, then the focused neighbourhood, on sigma's highlight layer. */
  private overlayFocus(): void {
    if (!this.renderer) return;
    const nodes = new Set<string>();
    if (this.state.selected) nodes.add(this.state.selected);
    if (this.display.focus) nodes.add(this.display.focus);
    for (const n of this.display.focusNodes) nodes.add(n);
    setOverlayHighlights(this.renderer, nodes);
  }

  /** Partial refresh of the given nodes and edges (plus extra nodes), skipping everything else. */
  private refreshItems(changed: { nodes: Set<string>; edges: Set<string> }, extra: Array<string | null> = []): void {
    const graph = this.graph!;
    for (const n of extra) if (n && graph.hasNode(n)) changed.nodes.add(n);
    // While a layout runs on a large graph sigma draws a nodes-only copy (see layout.ts).
    const drawn = this.renderer?.getGraph();
    const edges = drawn === graph ? [...changed.edges] : [];
    this.renderer?.refresh({ partialGraph: { nodes: [...changed.nodes], edges }, skipIndexation: true, schedule: true });
  }

  private patch(change: (s: ViewState) => void, history: HistoryMode = 'push'): void {
    const next = cloneState(this.state);
    change(next);
    this.applyState(next, history);
  }

  select(key: string | null, center = false): void {
    this.patch((s) => { s.selected = key; });
    if (key && center) this.centerOn(key);
  }

  /** Bring an entity and its visible neighbours into view. */
  private centerOn(key: string): void {
    const graph = this.graph;
    if (!graph || !graph.hasNode(key)) return;
    const around = [key];
    graph.forEachNeighbor(key, (n) => {
      if (!this.visibility.hiddenNodes.has(n) && around.length < 200) around.push(n);
    });
    this.frameNodes(around);
  }

  /** Move the camera so that all the given nodes are in view. */
  private frameNodes(nodes: string[]): void {
    const renderer = this.renderer;
    if (!renderer || nodes.length === 0) return;
    const points = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Display coordinates are normalised to the whole graph (ratio 1 shows all of it).
    const ratio = Math.min(1.2, Math.max(0.12, Math.max(x1 - x0, y1 - y0) * 1.6));
    renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
  }

  private updateFocus(): { nodes: Set<string>; edges: Set<string> } {
    const graph = this.graph!;
    const focus = this.hovered ?? this.state.selected;
    const changed = { nodes: new Set(this.display.focusNodes), edges: new Set(this.display.focusEdges) };
    this.display.focus = focus;
    this.display.focusNodes = new Set();
    this.display.focusEdges = new Set();
    if (focus && graph.hasNode(focus)) {
      this.display.focusNodes.add(focus);
      graph.forEachEdge(focus, (edge, _a, source, target) => {
        if (this.visibility.hiddenEdges.has(edge)) return;
        this.display.focusEdges.add(edge);
        this.display.focusNodes.add(source === focus ? target : source);
      });
    }
    for (const n of this.display.focusNodes) changed.nodes.add(n);
    for (const e of this.display.focusEdges) changed.edges.add(e);
    return changed;
  }

  private computePaths(): void {
    const graph = this.graph!;
    const { pathFrom, pathTo } = this.state;
    byId<HTMLInputElement>('path-from').value = pathFrom && graph.hasNode(pathFrom) ? graph.getNodeAttribute(pathFrom, 'label') : (pathFrom ? byId<HTMLInputElement>('path-from').value : '');
    byId<HTMLInputElement>('path-to').value = pathTo && graph.hasNode(pathTo) ? graph.getNodeAttribute(pathTo, 'label') : (pathTo ? byId<HTMLInputElement>('path-to').value : '');
    this.paths = pathFrom && pathTo ? findPaths(graph, pathFrom, pathTo, this.visibility) : [];
    this.display.pathNodes = new Set(this.paths.flatMap((p) => p.nodes));
    this.display.pathEdges = new Set(this.paths.flatMap((p) => p.hops.map((hop) => hop.edge)));
    this.renderPaths();
    if (this.paths.length) requestAnimationFrame(() => this.frameNodes([...this.display.pathNodes]));
  }

  // ------------------------------------------------------------------ renderer events

  private wireRenderer(renderer: Sigma<NodeAttributes, EdgeAttributes>): void {
    const container = byId('sigma');
    const setHover = (node: string | null) => {
      if (this.hoverTimer) clearTimeout(this.hoverTimer);
      this.hoverTimer = setTimeout(() => {
        if (this.hovered === node) return;
        this.hovered = node;
        performance.mark('kg-hover-start');
        this.updateFocus();
        if (this.large && this.display.pathNodes.size === 0) this.overlayFocus();
        else this.renderer?.refresh({ skipIndexation: true });
        performance.mark('kg-hover-end');
      }, HOVER_DELAY_MS);
    };
    renderer.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      setHover(node);
    });
    renderer.on('leaveNode', () => {
      container.style.cursor = '';
      setHover(null);
    });
    renderer.on('clickNode', ({ node, event }) => {
      this.hovered = null;
      const original = event.original as MouseEvent | TouchEvent;
      // Shift-click: a path from the selected entity to this one.
      if (original.shiftKey && this.state.selected && this.state.selected !== node) {
        const from = this.state.selected;
        this.patch((s) => { s.pathFrom = from; s.pathTo = node; });
        return;
      }
      this.select(node);
    });
    // Big-graph mode: double-click draws more of the entity's neighbours (instead of zooming).
    renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      if (!this.full && !this.remote) return;
      preventSigmaDefault();
      this.showNeighbours(node);
    });
    renderer.on('clickStage', () => {
      if (this.state.selected || this.selectedEdge) {
        this.selectedEdge = null;
        this.display.selectedEdge = null;
        this.select(null);
      }
    });
    const tooltip = byId('tooltip');
    renderer.on('enterEdge', ({ edge, event }) => {
      const graph = this.graph!;
      const a = graph.getEdgeAttributes(edge);
      const [s, t] = graph.extremities(edge);
      const symmetric = a.kind === 'cooccurrence' || (a as EdgeAttributes & { undirected?: boolean }).undirected === true;
      tooltip.textContent = `${graph.getNodeAttribute(s, 'label')} — ${a.label || a.predicate} ${symmetric ? '—' : '→'} ${graph.getNodeAttribute(t, 'label')}`;
      tooltip.hidden = false;
      tooltip.style.left = `${event.x + 12}px`;
      tooltip.style.top = `${event.y + 12}px`;
      container.style.cursor = 'pointer';
      this.display.hoveredEdge = edge;
      renderer.refresh({ partialGraph: { edges: [edge] }, skipIndexation: true });
    });
    renderer.on('leaveEdge', ({ edge }) => {
      tooltip.hidden = true;
      container.style.cursor = '';
      this.display.hoveredEdge = null;
      renderer.refresh({ partialGraph: { edges: [edge] }, skipIndexation: true });
    });
    renderer.on('clickEdge', ({ edge }) => this.showEdge(edge));
  }

  // ------------------------------------------------------------------ panel and paths

  private panelActions: PanelActions = {
    selectNode: (key) => this.select(key, true),
    selectEdge: (edge) => this.showEdge(edge),
    setPathEnd: (which, key) => this.patch((s) => { if (which === 'from') s.pathFrom = key; else s.pathTo = key; }),
    filterArticle: (doc) => this.patch((s) => { s.filters.doc = doc; }),
    showNeighbours: (key) => { this.showNeighbours(key); },
    close: () => {
      this.selectedEdge = null;
      this.display.selectedEdge = null;
      this.select(null);
    },
  };

  private showEdge(edge: string): void {
    const previous = this.display.selectedEdge;
    this.selectedEdge = edge;
    this.display.selectedEdge = edge;
    this.renderPanel();
    this.refreshItems({ nodes: new Set(), edges: new Set([edge, ...(previous ? [previous] : [])]) });
  }

  private renderPanel(): void {
    const graph = this.graph!;
    const root = byId('panel-content');
    const panel = byId('panel');
    // Big-graph mode: the panel tells what the whole graph knows; entities it links to are drawn when chosen.
    const full = this.full;
    if (this.selectedEdge && graph.hasEdge(this.selectedEdge)) {
      renderEdgePanel(root, full ?? graph, this.selectedEdge, this.panelActions);
      panel.classList.add('open');
    } else if (this.state.selected && graph.hasNode(this.state.selected)) {
      const key = this.state.selected;
      renderNodePanel(root, full ?? graph, key, this.visibility.hiddenEdges, this.panelActions,
        full || this.remote ? { undrawnNeighbours: this.undrawnNeighbours(key), drawnOnly: this.remote !== null } : undefined);
      panel.classList.add('open');
    } else if (this.totals()) {
      renderOverview(root, graph, this.remote?.summary.documents ?? this.fullSummary?.documents.length ?? 0, this.panelActions, this.totals()!);
      panel.classList.remove('open');
    } else {
      renderOverview(root, graph, this.summary?.documents.length ?? 0, this.panelActions);
      panel.classList.remove('open');
    }
    // Narrow screens: the open panel is a bottom sheet; the graph shrinks to the space above it.
    const stage = byId('sigma');
    const before = stage.clientHeight;
    document.body.classList.toggle('panel-open', panel.classList.contains('open'));
    if (stage.clientHeight !== before && this.renderer) {
      this.renderer.resize();
      this.renderer.scheduleRender();
    }
  }

  private renderPaths(): void {
    const graph = this.graph!;
    const root = byId('path-results');
    clear(root);
    const { pathFrom, pathTo } = this.state;
    if (!pathFrom || !pathTo) return;
    if (this.paths.length === 0) {
      root.append(h('p', { class: 'hint', text: pathFrom === pathTo ? 'Pick two different entities.' : this.full ? 'No path between these entities with the current filters.' : 'No path between these entities in the visible graph.' }));
      return;
    }
    this.paths.forEach((path, i) => {
      const hops = path.hops.map((hop) => {
        const a = graph.getEdgeAttributes(hop.edge);
        const [s, t] = [graph.source(hop.edge), graph.target(hop.edge)];
        const highlight = [s, t].flatMap((n) => [graph.getNodeAttribute(n, 'label'), ...graph.getNodeAttribute(n, 'aliases')]);
        const link = (key: string) => h('button', { type: 'button', class: 'entity-link', onclick: () => this.select(key, true) },
          h('span', { class: 'swatch', style: `background:${TYPE_COLORS[graph.getNodeAttribute(key, 'type')]}`, 'aria-hidden': 'true' }),
          graph.getNodeAttribute(key, 'label'));
        return h('li', { class: 'hop' },
          h('div', { class: 'relation-line' }, link(s), h('span', { class: 'predicate', text: ` ${a.predicate} ` }), link(t),
            h('span', { class: 'badge', style: `border-color:${KIND_COLORS[a.kind]}`, text: KIND_NAMES[a.kind] })),
          ...evidenceBlock(graph, { ...a, evidence: a.evidence.slice(0, 1) }, highlight));
      });
      root.append(h('section', { class: 'path', 'aria-label': `Path ${i + 1}` },
        h('h3', { text: `${i === 0 ? 'Shortest path' : `Alternative ${i}`} · ${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}` }),
        h('ol', { class: 'hops' }, ...hops)));
    });
    root.querySelector('section')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  // ------------------------------------------------------------------ filters

  /** Legend, thresholds and articles. Big-graph mode: counts read "drawn / total", ranges and articles are the whole graph's. */
  private buildFilterControls(): void {
    const drawn = this.summary!;
    const summary = this.fullSummary ?? drawn;
    const counted = (n: number, total: number) => (this.fullSummary ? `${n.toLocaleString('en')} / ${total.toLocaleString('en')}` : total.toLocaleString('en'));
    const types = byId('type-legend');
    clear(types);
    for (const type of ENTITY_TYPES) {
      const count = summary.typeCounts[type];
      if (count === 0) continue;
      types.append(h('li', {}, h('button', {
        type: 'button', class: 'toggle', 'data-type': type, 'aria-pressed': 'true',
        onclick: () => this.patch((s) => {
          if (s.filters.hiddenTypes.has(type)) s.filters.hiddenTypes.delete(type);
          else s.filters.hiddenTypes.add(type);
        }),
      }, h('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}`, 'aria-hidden': 'true' }),
      h('span', { class: 'name', text: type }), h('span', { class: 'count', text: counted(drawn.typeCounts[type], count) }))));
    }
    const kinds = byId('kind-legend');
    clear(kinds);
    for (const kind of RELATION_KINDS) {
      const count = summary.kindCounts[kind];
      if (count === 0) continue;
      kinds.append(h('li', {}, h('button', {
        type: 'button', class: 'toggle', 'data-kind': kind, 'aria-pressed': 'true',
        onclick: () => this.patch((s) => {
          if (s.filters.hiddenKinds.has(kind)) s.filters.hiddenKinds.delete(kind);
          else s.filters.hiddenKinds.add(kind);
        }),
      }, h('span', { class: 'kind-swatch', style: `background:${KIND_COLORS[kind]}`, 'aria-hidden': 'true' }),
      h('span', { class: 'name', text: KIND_NAMES[kind] }), h('span', { class: 'count', text: counted(drawn.kindCounts[kind], count) }))));
    }
    const minMentions = byId<HTMLInputElement>('min-mentions');
    minMentions.max = String(Math.max(1, Math.min(50, summary.maxMentions)));
    const minWeight = byId<HTMLInputElement>('min-weight');
    minWeight.max = String(Math.max(1, Math.min(50, summary.maxWeight)));
    const select = byId<HTMLSelectElement>('article-filter');
    clear(select);
    select.append(h('option', { value: '', text: `All articles (${summary.documents.length})` }));
    for (const d of summary.documents) select.append(h('option', { value: d.id, text: documentName(this.graph!, d.id) }));
    byId('types-heading').textContent = this.fullSummary ? 'Entity types (drawn / all)' : 'Entity types';
    byId('kinds-heading').textContent = this.fullSummary ? 'Relations (drawn / all)' : 'Relations';
  }

  private syncFilterControls(): void {
    const f = this.state.filters;
    document.querySelectorAll<HTMLButtonElement>('#type-legend .toggle').forEach((b) => {
      b.setAttribute('aria-pressed', String(!f.hiddenTypes.has(b.dataset.type as never)));
    });
    document.querySelectorAll<HTMLButtonElement>('#kind-legend .toggle').forEach((b) => {
      b.setAttribute('aria-pressed', String(!f.hiddenKinds.has(b.dataset.kind as never)));
    });
    byId<HTMLInputElement>('min-mentions').value = String(f.minMentions);
    byId('min-mentions-value').textContent = String(f.minMentions);
    byId<HTMLInputElement>('min-weight').value = String(f.minWeight);
    byId('min-weight-value').textContent = String(f.minWeight);
    byId<HTMLSelectElement>('article-filter').value = f.doc ?? '';
  }

  // ------------------------------------------------------------------ static controls

  /** Big-graph mode: the index covers the whole graph; entities not drawn are found too (and drawn when chosen). */
  private searchHits = (query: string): SearchHit[] | Promise<SearchHit[]> => {
    if (this.index === null) this.index = this.indexed ? buildSearchIndex(this.indexed) : [];
    const local = searchEntities(this.index, query, 8, (key) => this.visibility.hiddenNodes.has(key));
    // Served big graph: the server searches every entity (the drawn ones answer if it cannot).
    if (this.remote) return this.remote.search(query, 8).then((hits) => hits.filter((h) => !this.visibility.hiddenNodes.has(h.entry.key)), () => local);
    return local;
  };

  private wireStaticControls(): void {
    this.search = attachAutocomplete(byId('search-input'), byId('search-results'), {
      search: this.searchHits,
      note: (key) => ((this.full || this.remote) && !this.graph?.hasNode(key) ? 'not drawn yet' : null),
      choose: (key, hit) => {
        const label = hit.entry.label;
        byId<HTMLInputElement>('search-input').value = label;
        this.patch((s) => { s.selected = key; s.query = label; });
        this.centerOn(key);
      },
      typed: (query) => this.patch((s) => { s.query = query; }, 'replace'),
    });
    for (const which of ['from', 'to'] as const) {
      attachAutocomplete(byId(`path-${which}`), byId(`path-${which}-results`), {
        search: this.searchHits,
        choose: (key) => this.patch((s) => { if (which === 'from') s.pathFrom = key; else s.pathTo = key; }),
      });
    }
    byId('path-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      // Typed names without choosing from the list: take the best match.
      const pick = async (id: string) => (await this.searchHits(byId<HTMLInputElement>(id).value))[0]?.entry.key ?? null;
      const [from, to] = await Promise.all([pick('path-from'), pick('path-to')]);
      if (!from || !to) {
        clear(byId('path-results'));
        byId('path-results').append(h('p', { class: 'hint', text: `No entity matches “${(!from ? byId<HTMLInputElement>('path-from') : byId<HTMLInputElement>('path-to')).value}”.` }));
        return;
      }
      this.patch((s) => { s.pathFrom = from; s.pathTo = to; });
    });
    byId('path-clear').addEventListener('click', () => {
      byId<HTMLInputElement>('path-from').value = '';
      byId<HTMLInputElement>('path-to').value = '';
      this.patch((s) => { s.pathFrom = null; s.pathTo = null; });
    });
    const slider = (id: 'min-mentions' | 'min-weight', key: 'minMentions' | 'minWeight') => {
      const input = byId<HTMLInputElement>(id);
      input.addEventListener('input', () => { byId(`${id}-value`).textContent = input.value; });
      input.addEventListener('change', () => this.patch((s) => { s.filters[key] = Number(input.value); }));
    };
    slider('min-mentions', 'minMentions');
    slider('min-weight', 'minWeight');
    byId<HTMLSelectElement>('article-filter').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value;
      this.patch((s) => { s.filters.doc = value || null; });
    });
    // Big-graph mode: how many of the most connected entities are drawn; drawing all asks twice.
    byId('subset-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const n = Number(byId<HTMLInputElement>('subset-size').value);
      if (Number.isFinite(n) && n > 0) this.setTop(n);
    });
    byId('subset-all').addEventListener('click', () => {
      const full = this.totals();
      if (!full) return;
      if (!this.showAllArmed) {
        this.showAllArmed = true;
        byId('subset-warning').textContent = `Drawing all ${full.nodes.toLocaleString('en')} entities and ${full.edges.toLocaleString('en')} relations can make this page slow to open and to answer (seconds per change). Click again to draw them all.`;
        this.renderSubsetNotice();
        return;
      }
      this.setTop(full.nodes);
    });
    byId('reset-filters').addEventListener('click', () => this.patch((s) => { s.filters = defaultFilters(); }));

    // Camera
    const camera = () => this.renderer?.getCamera();
    byId('zoom-in').addEventListener('click', () => camera()?.animatedZoom({ duration: 250 }));
    byId('zoom-out').addEventListener('click', () => camera()?.animatedUnzoom({ duration: 250 }));
    byId('zoom-fit').addEventListener('click', () => camera()?.animatedReset({ duration: 300 }));
    byId('fullscreen').addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => this.status('Full screen is not available here.', true));
    });

    // Layout
    byId('layout-toggle').addEventListener('click', () => this.layout?.toggle());
    byId('layout-noverlap').addEventListener('click', () => this.layout?.spread());

    // Downloads
    const menu = byId<HTMLDetailsElement>('download-menu');
    byId('download-png').addEventListener('click', () => {
      menu.open = false;
      if (this.renderer) void downloadAsPNG(this.renderer as unknown as Sigma, { fileName: 'knowledge-graph', backgroundColor: '#ffffff' });
    });
    byId('download-gexf').addEventListener('click', () => {
      menu.open = false;
      this.saveText('knowledge-graph.gexf', 'application/gexf+xml', toGexf(this.filteredGraph()));
    });
    byId('download-json').addEventListener('click', () => {
      menu.open = false;
      this.saveText('knowledge-graph.json', 'application/json', toJson(this.filteredGraph()));
    });

    // Opening files
    const fileInput = byId<HTMLInputElement>('file-input');
    byId('open-file').addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void this.openFile(file);
      fileInput.value = '';
    });
    const drop = byId('drop-zone');
    let depth = 0;
    window.addEventListener('dragenter', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      depth++;
      drop.hidden = false;
    });
    window.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) drop.hidden = true;
    });
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      depth = 0;
      drop.hidden = true;
      const file = e.dataTransfer?.files?.[0];
      if (file) void this.openFile(file);
    });

    // Narrow screens: the sidebar is a drawer.
    const toggle = byId('toggle-sidebar');
    toggle.addEventListener('click', () => {
      const open = !document.body.classList.contains('sidebar-open');
      document.body.classList.toggle('sidebar-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    });

    // Keyboard: arrows move from the selected entity to the neighbour in that direction on screen.
    window.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, [role="listbox"]')) return;
      const dir = ({ ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as Record<string, [number, number]>)[e.key];
      if (e.key === 'Escape' && (this.state.selected || this.selectedEdge)) {
        this.panelActions.close();
        return;
      }
      // Camera keys when the graph has focus: + and - zoom, 0 fits.
      if (target === byId('sigma') || target === document.body) {
        const camera = this.renderer?.getCamera();
        if (camera && (e.key === '+' || e.key === '=')) camera.animatedZoom({ duration: 200 });
        else if (camera && e.key === '-') camera.animatedUnzoom({ duration: 200 });
        else if (camera && e.key === '0') camera.animatedReset({ duration: 200 });
      }
      if (!dir || !this.state.selected) return;
      const next = this.neighbourInDirection(this.state.selected, dir);
      if (next) {
        e.preventDefault();
        this.select(next, true);
      }
    });
  }

  private neighbourInDirection(node: string, [dx, dy]: [number, number]): string | null {
    const graph = this.graph;
    const renderer = this.renderer;
    if (!graph || !renderer) return null;
    const origin = renderer.graphToViewport(graph.getNodeAttributes(node));
    let best: string | null = null;
    let bestScore = Infinity;
    graph.forEachNeighbor(node, (other) => {
      if (this.visibility.hiddenNodes.has(other)) return;
      const p = renderer.graphToViewport(graph.getNodeAttributes(other));
      const vx = p.x - origin.x;
      const vy = p.y - origin.y;
      const length = Math.hypot(vx, vy) || 1e-9;
      const cos = (vx * dx + vy * dy) / length;
      if (cos <= 0.3) return; // not in that direction (within about 70°)
      const score = length * (2 - cos);
      if (score < bestScore) {
        bestScore = score;
        best = other;
      }
    });
    return best;
  }

  /** The graph as currently filtered, without the viewer's display helpers. */
  private filteredGraph(): KnowledgeGraph {
    const graph = this.graph!;
    const copy = graph.nullCopy() as KnowledgeGraph;
    graph.forEachNode((key, a) => {
      if (!this.visibility.hiddenNodes.has(key)) copy.addNode(key, { ...a });
    });
    graph.forEachEdge((edge, a, s, t) => {
      if (this.visibility.hiddenEdges.has(edge) || !copy.hasNode(s) || !copy.hasNode(t)) return;
      copy.addEdgeWithKey(edge, s, t, { ...a });
    });
    return copy;
  }

  private saveText(name: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async openFile(file: File): Promise<void> {
    this.setReady(false);
    this.status(`Opening ${file.name}…`);
    let graph: KnowledgeGraph;
    try {
      const text = await file.text();
      graph = parseGraphFile(file.name, text);
    } catch (e) {
      // The current graph stays; say what was wrong in one line.
      this.status((e as Error).message, true);
      this.setReady(this.graph !== null);
      return;
    }
    this.setGraph(graph, file.name);
    this.status(`Opened ${file.name}: ${graph.order.toLocaleString('en')} entities, ${graph.size.toLocaleString('en')} relations.`);
  }
}
