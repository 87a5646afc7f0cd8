// Big-graph mode: above `bigGraphThreshold` entities sigma draws only the most
// connected ones; the rest stays reachable. Either the whole graph is in the page
// (`full`: an opened file, or `api/graph` of a server without pieces) and subsets,
// neighbours and paths are computed here, or a `kg serve` holds it (`remote`) and
// the page asks for pieces. This controller decides what is drawn: the opening
// subset and its size ("Show all"), the entities a selection, a link or a path
// needs, "Show neighbours", and the notice that says what is drawn.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { findPaths } from '../core/paths.ts';
import { cloneState, type ViewState } from '../core/state.ts';
import { addEntities, BIG_GRAPH, rankEntities, rankNeighbours, topSubgraph } from '../core/subset.ts';
import { summarize, withTotals, type GraphSummary } from '../core/summary.ts';
import { computeVisibility } from '../core/visibility.ts';
import { countThinned, restingCooccurrenceWeight } from '../core/thinning.ts';
import { REMOTE_MAX, RemoteGraph } from '../remote.ts';
import { frameAbove, type Frame } from '../render/frame.ts';
import { byId } from '../ui/dom.ts';
import type { HistoryMode, ViewerContext } from './context.ts';

/** Served big graph: at most this many entities of one article are fetched for the article filter. */
const ARTICLE_ENTITIES_MAX = 300;

/** What big-graph mode needs from the app besides the shared context. */
export interface BigGraphHost extends ViewerContext {
  /** Hand a drawn graph to a new renderer and apply `state` to it. */
  mount(drawn: KnowledgeGraph, state: ViewState, history: HistoryMode): void;
  /** Replace the graph (parsed whole in the page); `top` entities drawn when it is big. */
  setGraph(graph: KnowledgeGraph, name: string | null, top?: number): void;
  /** The search index covers this graph from now on. */
  indexSearch(graph: KnowledgeGraph): void;
}

export class BigGraphController {
  /** The whole graph when it is in the page and only part of it is drawn; null otherwise. */
  full: KnowledgeGraph | null = null;
  /** The server that holds the whole graph (served big graph); null otherwise. */
  remote: RemoteGraph | null = null;
  /** Counts of the whole graph (types and kinds "all" of the legends); null when everything is drawn. */
  fullSummary: GraphSummary | null = null;
  /** All entities, most connected first (whole graph in the page). */
  private ranking: string[] = [];
  /** How many of the most connected the drawing opened on. */
  top: number = BIG_GRAPH.initial;
  private showAllArmed = false;
  /** Every co-occurrence line drawn at rest, as asked in the notice (core/thinning.ts); kept for the page's life. */
  private everyCooccurrence = false;
  /** Entities asked of the server already (an unknown one is not asked again), and the last path asked. */
  private remoteTried = new Set<string>();
  private remotePath: string | null = null;
  /** Served: the path (from\u0000to) asked of the server and not answered yet; the page does not compute it on the drawn part meanwhile. */
  private pathInFlight: string | null = null;
  /** Served big graph: the article whose entities were fetched for the article filter. */
  private remoteDoc: string | null = null;
  private revealSeq = 0;

  constructor(private ctx: BigGraphHost, private maxInitialNodes: number) {}

  /** Names the graph (the whole graph, also when only part is drawn), for what the tab keeps about it. */
  signature(): string {
    const g = this.full ?? this.ctx.graph;
    if (this.remote) {
      const s = this.remote.summary;
      return `${g?.getAttribute('name') ?? ''}|${s.nodes}|${s.edges}|${s.documents}`;
    }
    if (!g) return '';
    return `${g.getAttribute('name') ?? ''}|${g.order}|${g.size}|${Object.keys(g.getAttribute('documents') ?? {}).length}`;
  }

  /** True when only part of the graph is drawn. */
  get active(): boolean {
    return this.full !== null || this.remote !== null;
  }

  wire(): void {
    byId('subset-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const n = Number(byId<HTMLInputElement>('subset-size').value);
      if (Number.isFinite(n) && n > 0) this.setTop(n);
    });
    // Drawing all asks twice.
    byId('subset-all').addEventListener('click', () => {
      const full = this.totals();
      if (!full) return;
      if (!this.showAllArmed) {
        this.showAllArmed = true;
        byId('subset-warning').textContent = `Drawing all ${full.nodes.toLocaleString('en')} entities and ${full.edges.toLocaleString('en')} relations can make this page slow to open and to answer (seconds per change). Click again to draw them all.`;
        this.renderNotice();
        return;
      }
      this.setTop(full.nodes);
    });
    byId('subset-thin-toggle').addEventListener('click', () => {
      this.everyCooccurrence = !this.everyCooccurrence;
      this.ctx.display.restingCooccurrence = this.restingCooccurrence();
      // The one full redraw this costs is asked for.
      this.ctx.renderer?.refresh({ skipIndexation: true, schedule: true });
      this.renderNotice();
    });
  }

  /** The weight a co-occurrence line needs to be drawn at rest in the drawing being mounted (core/thinning.ts). */
  restingCooccurrence(): number {
    return restingCooccurrenceWeight(this.active, this.everyCooccurrence);
  }

  /** A graph parsed whole in the page: decide whether it is drawn whole; returns what to draw. */
  prepareLocal(graph: KnowledgeGraph, top: number, threshold: number): KnowledgeGraph {
    const big = graph.order > threshold && top < graph.order;
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
    return big ? topSubgraph(graph, this.ranking, top) : graph;
  }

  /** A new drawing was mounted. */
  mounted(): void {
    this.showAllArmed = false;
  }

  /** Draw the `top` most connected entities again (keeping the selection and path in view), or everything; a reload keeps it. */
  setTop(top: number): void {
    const n = Math.max(1, Math.round(top));
    const total = this.totals()?.nodes ?? this.ctx.graph?.order ?? n;
    this.ctx.remember((s) => { s.top = n >= total ? 'all' : n; });
    if (this.remote) {
      void this.setRemoteTop(this.remote, n);
      return;
    }
    const full = this.full ?? this.ctx.graph;
    if (!full) return;
    if (n >= full.order) {
      this.top = full.order;
      this.full = null;
      this.fullSummary = null;
      this.ranking = [];
      this.ctx.mount(full, cloneState(this.ctx.state), 'none');
      return;
    }
    this.full = full;
    if (this.ranking.length !== full.order) {
      this.ranking = rankEntities(full);
      this.fullSummary = summarize(full);
    }
    this.top = n;
    this.ctx.mount(topSubgraph(full, this.ranking, n), cloneState(this.ctx.state), 'none');
  }

  /**
   * Served big graph: open on the server's `top` most connected entities, after fetching
   * what the URL names (selection, path) so a link opens on it.
   */
  async openRemote(remote: RemoteGraph, top: number, history: HistoryMode): Promise<void> {
    this.ctx.setReady(false);
    this.ctx.status(`Loading the ${top.toLocaleString('en')} most connected of ${remote.summary.nodes.toLocaleString('en')} entities…`);
    // The timeline's period: the most connected of what was reported then.
    const drawn = await remote.top(top, this.ctx.state.filters);
    performance.mark('kg-fetched');
    performance.mark('kg-parsed');
    this.remote = remote;
    this.full = null;
    this.ranking = [];
    this.top = Math.min(top, REMOTE_MAX);
    this.remoteTried = new Set();
    this.remotePath = null;
    this.remoteDoc = null;
    this.ctx.indexSearch(drawn);
    byId('graph-title').textContent = drawn.getAttribute('name') || 'News knowledge graph';
    const state = cloneState(this.ctx.state);
    try {
      await this.fetchMissing(remote, drawn, state);
    } catch (e) {
      this.ctx.status(`Could not load from the server: ${(e as Error).message}`, true);
    }
    this.fullSummary = withTotals(summarize(drawn), remote.summary);
    this.ctx.mount(drawn, state, history);
  }

  /** Served big graph: draw another number of the most connected, or everything (beyond the server's bound, the whole graph is loaded and cut here). */
  async setRemoteTop(remote: RemoteGraph, n: number): Promise<void> {
    try {
      if (n >= remote.summary.nodes || n > REMOTE_MAX) {
        this.ctx.setReady(false);
        this.ctx.status(`Loading all ${remote.summary.nodes.toLocaleString('en')} entities…`);
        const graph = await remote.all();
        this.ctx.setGraph(graph, null, n >= graph.order ? graph.order : n);
      } else {
        await this.openRemote(remote, n, 'none');
      }
    } catch (e) {
      this.ctx.status(`Could not load from the server: ${(e as Error).message}`, true);
      this.ctx.setReady(true);
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
    // The article filter: the article's entities (each fetched alone, where the layout put it) and its relations.
    const doc = wanted.filters.doc;
    if (doc && doc !== this.remoteDoc) {
      this.remoteDoc = doc;
      const article = await remote.document(doc);
      const missing = article.entities.filter((k) => !drawn.hasNode(k)).slice(0, ARTICLE_ENTITIES_MAX);
      (await Promise.all(missing.map((k) => remote.neighbourhood(k, 1)))).forEach(merge);
      for (const r of article.relations) {
        if (drawn.hasEdge(r.key) || !drawn.hasNode(r.source) || !drawn.hasNode(r.target)) continue;
        drawn.addEdgeWithKey(r.key, r.source, r.target, r.attributes);
        added.push(r.source, r.target);
      }
    }
    return added;
  }

  /** Served big graph: does `next` name something not drawn that the server has not been asked for? */
  private needsRemote(next: ViewState): boolean {
    const drawn = this.ctx.graph!;
    const missing = (k: string | null) => k !== null && !drawn.hasNode(k) && !this.remoteTried.has(k);
    return missing(next.selected) || missing(next.pathFrom) || missing(next.pathTo)
      || (next.pathFrom !== null && next.pathTo !== null && next.pathFrom !== next.pathTo && `${next.pathFrom}\u0000${next.pathTo}` !== this.remotePath)
      || (next.filters.doc !== null && next.filters.doc !== this.remoteDoc);
  }

  /**
   * Served big graph: is the path between `from` and `to` being asked of the server? The
   * paths are then computed once, when its entities and relations have arrived (computing
   * them on the drawn part first cost a second search and a second listing, and could show
   * another path for a moment).
   */
  awaitingPath(from: string | null, to: string | null): boolean {
    return this.remote !== null && from !== null && to !== null && this.pathInFlight === `${from}\u0000${to}`;
  }

  /** Served big graph: fetch what `wanted` needs, then apply it (a later request wins over an earlier one). */
  private async revealRemote(wanted: ViewState): Promise<void> {
    const remote = this.remote!;
    const drawn = this.ctx.graph!;
    const seq = ++this.revealSeq;
    const pathKey = wanted.pathFrom && wanted.pathTo && wanted.pathFrom !== wanted.pathTo ? `${wanted.pathFrom}\u0000${wanted.pathTo}` : null;
    const askingPath = pathKey !== null && pathKey !== this.remotePath;
    this.pathInFlight = askingPath ? pathKey : null;
    this.ctx.status('Loading from the server…');
    let added: string[] = [];
    try {
      added = await this.fetchMissing(remote, drawn, wanted);
    } catch (e) {
      if (seq !== this.revealSeq) return;
      this.ctx.status(`Could not load from the server: ${(e as Error).message}`, true);
      // the paths of what is drawn, then
      if (askingPath && this.ctx.graph === drawn) {
        this.pathInFlight = null;
        this.ctx.paths.compute(false);
        this.ctx.details.render();
      }
      return;
    }
    if (this.ctx.graph !== drawn) return;
    if (added.length > 0) this.grow([...new Set(added)]);
    if (seq !== this.revealSeq) return;
    this.pathInFlight = null;
    this.ctx.status('');
    // A path's entities may have arrived while its ends were drawn already: recompute it (and a path asked: compute it now).
    this.ctx.applyState(wanted, 'none', askingPath || (added.length > 0 && ((wanted.pathFrom !== null && wanted.pathTo !== null) || wanted.filters.doc !== null)));
    if (wanted.selected && drawn.hasNode(wanted.selected) && !(wanted.pathFrom && wanted.pathTo)) this.ctx.camera.centerOn(wanted.selected);
  }

  /** The counts of the whole graph the filters show ("drawn / all"), or null when all is drawn. */
  totals(): { nodes: number; edges: number } | null {
    if (this.full) return { nodes: this.full.order, edges: this.full.size };
    if (this.remote) return { nodes: this.remote.summary.nodes, edges: this.remote.summary.edges };
    return null;
  }

  /**
   * Before a state is applied: draw what it needs. Whole graph in the page: a newly
   * selected entity comes with its closest neighbours, a path is computed on the whole
   * graph and its entities are added (synchronously). Served: the pieces are asked for
   * and the state is applied again when they arrive.
   */
  reveal(prev: ViewState, next: ViewState): { added: string[]; pathChanged: boolean } {
    if (this.remote) {
      if (this.needsRemote(next)) void this.revealRemote(cloneState(next));
      return { added: [], pathChanged: false };
    }
    if (!this.full) return { added: [], pathChanged: false };
    const full = this.full;
    const drawn = this.ctx.graph!;
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
  grow(nodes: string[], refresh = true): void {
    this.afterReveal();
    this.ctx.filters.applyVisibility();
    if (refresh) this.refreshGrown(nodes);
  }

  refreshGrown(nodes: string[]): void {
    const drawn = this.ctx.graph!;
    const present = nodes.filter((n) => drawn.hasNode(n));
    const edges = new Set<string>();
    for (const n of present) drawn.forEachEdge(n, (e) => { edges.add(e); });
    // While a layout runs on a large drawing sigma draws a nodes-only copy (see layout.ts).
    const renderer = this.ctx.renderer;
    renderer?.refresh({ partialGraph: { nodes: present, edges: renderer.getGraph() === drawn ? [...edges] : [] }, schedule: true });
  }

  /** Add up to `limit` more neighbours of `key` (most important first); returns how many were added (served: 0, they arrive later). */
  showNeighbours(key: string, limit: number = BIG_GRAPH.neighbours): number {
    if (this.remote) {
      void this.showRemoteNeighbours(this.remote, key, limit);
      return 0;
    }
    const full = this.full;
    const drawn = this.ctx.graph;
    if (!full || !drawn || !full.hasNode(key)) return 0;
    const added = addEntities(full, drawn, [key, ...rankNeighbours(full, key, limit, (k) => drawn.hasNode(k))]);
    if (added.length === 0) {
      this.ctx.status(`All neighbours of ${full.getNodeAttribute(key, 'label')} are drawn.`);
      return 0;
    }
    this.afterGrowth(added, key);
    this.ctx.status(`Added ${added.length} neighbour${added.length === 1 ? '' : 's'} of ${full.getNodeAttribute(key, 'label')}.`);
    return added.length;
  }

  /** Served big graph: the server ranks the neighbours; ask for as many more as are drawn already plus `limit`. */
  private async showRemoteNeighbours(remote: RemoteGraph, key: string, limit: number): Promise<void> {
    const drawn = this.ctx.graph;
    if (!drawn) return;
    const already = drawn.hasNode(key) ? drawn.neighbors(key).length : 0;
    let added: string[];
    try {
      const piece = await remote.neighbourhood(key, 1 + already + limit);
      if (this.ctx.graph !== drawn) return;
      added = addEntities(piece, drawn, piece.nodes());
    } catch (e) {
      this.ctx.status(`Could not load from the server: ${(e as Error).message}`, true);
      return;
    }
    const label = drawn.hasNode(key) ? drawn.getNodeAttribute(key, 'label') : key;
    if (added.length === 0) {
      this.ctx.status(`All neighbours of ${label} are drawn.`);
      this.ctx.details.render();
      return;
    }
    this.afterGrowth(added, key);
    this.ctx.status(`Added ${added.length} neighbour${added.length === 1 ? '' : 's'} of ${label}.`);
  }

  /** Neighbours of `key` were added: draw them, keep the focus and panel up to date, frame the entity. */
  private afterGrowth(added: string[], key: string): void {
    this.grow(added);
    this.ctx.selection.updateFocus();
    this.ctx.details.render();
    this.ctx.selection.emphasise();
    if (this.ctx.state.selected === key) this.ctx.camera.centerOn(key);
  }

  /** The drawn graph grew: counts, notice and filter controls follow. */
  afterReveal(): void {
    const filters = this.ctx.filters;
    const documents = filters.summary?.documents.length;
    filters.recount();
    if (this.remote) this.fullSummary = withTotals(filters.summary!, this.remote.summary);
    // Rebuilding the controls (an article list can hold thousands) only when the lists change; else new counts.
    if (this.remote && filters.summary!.documents.length !== documents) {
      filters.build();
      filters.sync();
    } else filters.updateCounts();
    this.renderNotice();
  }

  /** Neighbours of `key` in the whole graph that are not drawn (big-graph mode), else 0; -1 when not known (yet). */
  undrawnNeighbours(key: string): number {
    const full = this.full;
    const drawn = this.ctx.graph;
    if (this.remote && drawn?.hasNode(key)) {
      const degree = this.remote.degree.get(key);
      if (degree === undefined) {
        // Learn it once (a neighbourhood of one answers with the count), then show it.
        if (!this.remoteTried.has(`degree:${key}`)) {
          this.remoteTried.add(`degree:${key}`);
          void this.remote.neighbourhood(key, 1).then(() => { if (this.ctx.state.selected === key) this.ctx.details.render(); }, () => undefined);
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

  renderNotice(): void {
    const notice = byId('subset-notice');
    const full = this.totals();
    const drawn = this.ctx.graph;
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
    const weight = this.ctx.display.restingCooccurrence;
    const thinned = countThinned(drawn, weight, this.ctx.filters.visibility.hiddenEdges);
    byId('subset-thin').hidden = !this.everyCooccurrence && thinned === 0;
    byId('subset-thin-text').textContent = this.everyCooccurrence
      ? 'Every co-occurrence line is drawn.'
      : `${thinned.toLocaleString('en')} co-occurrence lines seen in one article only are drawn only around the entity in focus and along paths.`;
    byId('subset-thin-toggle').textContent = this.everyCooccurrence ? 'Draw only around the focus' : 'Draw them all';
    byId('subset-warning').hidden = !this.showAllArmed;
    byId('subset-all').textContent = this.showAllArmed ? `Draw all ${full.nodes.toLocaleString('en')} anyway` : 'Show all…';
    this.keepClearOf(notice);
  }

  /** The drawing's frame as first set, per renderer (before keepClearOf grew it). */
  private baseFrames = new WeakMap<object, Frame>();

  /**
   * The notice covers the bottom of the stage: grow the drawing's frame downwards by its
   * height so that no entity lies under it at fit (an entity under it could be neither
   * seen nor clicked).
   */
  private keepClearOf(notice: HTMLElement): void {
    const renderer = this.ctx.renderer as unknown as { getCustomBBox(): Frame | null; setCustomBBox(f: Frame): void; refresh(o: { schedule: boolean }): void; getContainer(): HTMLElement } | null;
    if (!renderer) return;
    const current = renderer.getCustomBBox();
    if (!current) return;
    if (!this.baseFrames.has(renderer)) this.baseFrames.set(renderer, current);
    const stage = renderer.getContainer().getBoundingClientRect();
    const card = notice.getBoundingClientRect();
    const covered = card.height > 0 ? stage.bottom - card.top : 0;
    const next = frameAbove(this.baseFrames.get(renderer)!, covered, stage.height);
    if (Math.abs(next.y[0] - current.y[0]) <= 1e-9 * Math.max(1, Math.abs(current.y[0]))) return;
    // sigma applies a frame when it processes the graph: a scheduled full refresh, drawn with the next frame.
    renderer.setCustomBBox(next);
    renderer.refresh({ schedule: true });
  }
}
