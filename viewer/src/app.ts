// The viewer's composition root: owns the loaded graph, the UI state (one
// ViewState, mirrored in the URL) and the sigma renderer, and hands each concern
// to its controller (controllers/*). Display is always derived: a state change
// recomputes the DisplayState and refreshes sigma; graph attributes are never
// rewritten for looks.
import type { KnowledgeGraph } from '../../src/types.ts';
import { parseGraphFile } from '../../src/graph/open/browser.ts';
import { cloneState, defaultState, stateToQuery, type ViewState } from './core/state.ts';
import { summarize } from './core/summary.ts';
import { BIG_GRAPH, positionExtent } from './core/subset.ts';
import type { Visibility } from './core/visibility.ts';
import { fetchSummary, REMOTE_MAX, RemoteGraph } from './remote.ts';
import { createRenderer, emptyDisplayState, type DisplayState } from './renderer.ts';
import type { EmphasisOverlay } from './render/emphasis.ts';
import { byId, clear } from './ui/dom.ts';
import { AppearanceController } from './controllers/appearance.ts';
import { AskController } from './controllers/ask.ts';
import { BigGraphController, type BigGraphHost } from './controllers/big-graph.ts';
import { CameraController } from './controllers/camera.ts';
import type { HistoryMode, Renderer } from './controllers/context.ts';
import { DetailsController } from './controllers/details.ts';
import { EgoController } from './controllers/ego.ts';
import { DownloadController } from './controllers/downloads.ts';
import { FileController } from './controllers/files.ts';
import { FilterController } from './controllers/filters.ts';
import { LayoutController } from './controllers/layout.ts';
import { PathController } from './controllers/paths.ts';
import { SearchController } from './controllers/search.ts';
import { SelectionController } from './controllers/selection.ts';
import { TableController } from './controllers/tables.ts';
import { TimelineController } from './controllers/timeline.ts';
import { ThemeController } from './controllers/theme.ts';
import { CompareController } from './controllers/compare.ts';
import { CorrectionsController } from './controllers/corrections.ts';
import { onHistoryMove, readUrl, writeUrl } from './controllers/url-state.ts';

export interface ViewerOptions {
  /** Where the graph comes from (graphology JSON). */
  source: string;
  /** Graphs with more entities than this open on a subset (big-graph mode). */
  bigGraphThreshold: number;
  /** Big-graph mode: how many of the most connected entities are drawn at first. */
  maxInitialNodes: number;
}

export const DEFAULT_OPTIONS: ViewerOptions = { source: 'api/graph', bigGraphThreshold: BIG_GRAPH.threshold, maxInitialNodes: BIG_GRAPH.initial };

export class ViewerApp implements BigGraphHost {
  /** The graph sigma draws: the whole graph, or in big-graph mode the drawn subset. */
  graph: KnowledgeGraph | null = null;
  renderer: Renderer | null = null;
  emphasis: EmphasisOverlay | null = null;
  state: ViewState = readUrl();
  display: DisplayState = emptyDisplayState();
  sizedFor = 0;
  /** The first drawing after the page loads takes the camera from the URL. */
  private restoreCamera = true;

  readonly big: BigGraphController;
  readonly ask = new AskController(this);
  readonly appearance = new AppearanceController(this);
  readonly ego = new EgoController(this);
  readonly tables = new TableController(this);
  readonly camera = new CameraController(this);
  readonly details = new DetailsController(this);
  readonly downloads = new DownloadController(this);
  readonly files = new FileController(this);
  readonly filters = new FilterController(this);
  readonly layout = new LayoutController(this);
  readonly search = new SearchController(this);
  readonly paths = new PathController(this, this.search);
  readonly selection = new SelectionController(this);
  readonly timeline = new TimelineController(this);
  readonly theme = new ThemeController(this);
  readonly compare = new CompareController(this);
  readonly corrections = new CorrectionsController(this);

  constructor(private options: ViewerOptions) {
    this.big = new BigGraphController(this, options.maxInitialNodes);
  }

  /** Big-graph mode: the whole graph when it is in the page (search, neighbours and paths use it); null otherwise. */
  get full(): KnowledgeGraph | null {
    return this.big.full;
  }

  get visibility(): Visibility {
    return this.filters.visibility;
  }

  // ------------------------------------------------------------------ start-up

  async start(): Promise<void> {
    this.search.wire();
    this.appearance.wire();
    this.ego.wire();
    this.tables.wire();
    this.paths.wire();
    this.filters.wire();
    this.big.wire();
    this.camera.wire();
    this.layout.wire();
    this.downloads.wire();
    this.files.wire();
    this.selection.wireKeyboard();
    this.timeline.wire();
    this.theme.wire();
    this.compare.wire();
    void this.corrections.load();
    this.wireSidebarToggle();
    onHistoryMove((state) => this.applyState(state, 'none'));
    // A file opened before a reload cannot be read again by the page: say so instead of silently showing the server's graph.
    const lostFile = this.state.file;
    if (lostFile) {
      this.state = { ...defaultState(), filters: this.state.filters };
      this.restoreCamera = false;
    }
    try {
      this.setReady(false);
      this.status('Loading graph…');
      // A server that knows the graph is big gives it in pieces (an older one answers 404: load it whole).
      if (/(^|\/)graph$/.test(this.options.source)) {
        const apiBase = this.options.source.replace(/graph$/, '');
        const summary = await fetchSummary(apiBase).catch(() => null);
        if (summary?.large) {
          // A reload draws as much as the page drew ("Show all" included).
          const top = this.openingTop(summary.nodes);
          if (top > REMOTE_MAX || top >= summary.nodes) await this.big.setRemoteTop(new RemoteGraph(apiBase, summary), top);
          else await this.big.openRemote(new RemoteGraph(apiBase, summary), top, 'replace');
          if (lostFile) this.sayFileLost(lostFile);
          return;
        }
      }
      const response = await fetch(this.options.source, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText} for ${this.options.source}`);
      const text = await response.text();
      performance.mark('kg-fetched');
      const graph = parseGraphFile('graph.json', text);
      performance.mark('kg-parsed');
      this.setGraph(graph, null, this.openingTop(graph.order));
      if (lostFile) this.sayFileLost(lostFile);
    } catch (e) {
      this.status(`Could not load the graph: ${(e as Error).message}. Open a graph file instead (button “Open…” or drop a file).`, true);
      this.setReady(true);
    }
  }

  private sayFileLost(file: string): void {
    this.status(`${file} was open before the page reloaded; a page cannot reopen a file by itself, so this is the server's graph. Open the file again with “Open…”.`);
  }

  /** How many entities to draw at first: what the URL says (a reload), else the option. */
  private openingTop(total: number): number {
    const top = this.state.top;
    return top === 'all' ? total : top ?? this.options.maxInitialNodes;
  }

  setReady(ready: boolean): void {
    document.documentElement.dataset.graphReady = ready ? 'true' : 'false';
  }

  status(message: string, error = false): void {
    const el = byId('status');
    el.textContent = message;
    el.classList.toggle('error', error);
    el.hidden = message === '';
  }

  /** Narrow screens: the sidebar is a drawer. */
  private wireSidebarToggle(): void {
    const toggle = byId('toggle-sidebar');
    toggle.addEventListener('click', () => {
      const open = !document.body.classList.contains('sidebar-open');
      document.body.classList.toggle('sidebar-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    });
  }

  /**
   * Replace the shown graph (first load, or a file the user opened). Above
   * `bigGraphThreshold` entities sigma gets only the most connected ones (big-graph
   * mode); search, neighbours and paths still reach the whole graph.
   */
  setGraph(graph: KnowledgeGraph, name: string | null, top = this.options.maxInitialNodes): void {
    this.setReady(false);
    const drawn = this.big.prepareLocal(graph, top, this.options.bigGraphThreshold);
    this.search.indexGraph(graph);
    byId('graph-title').textContent = name ? `Knowledge graph · ${name}` : (graph.getAttribute('name') || 'News knowledge graph');
    // A state for another graph (a file was opened) keeps filters but drops entities it does not have,
    // and says which file it is (a reload cannot reopen it, but says so).
    const state = cloneState(this.state);
    if (name !== null) Object.assign(state, { file: name, edge: null, camera: null, top: null, viewerLayout: false });
    for (const k of ['selected', 'pathFrom', 'pathTo'] as const) if (state[k] && !graph.hasNode(state[k]!)) state[k] = null;
    const docs = (this.big.fullSummary ?? summarize(graph)).documents;
    if (state.filters.doc && !docs.some((d) => d.id === state.filters.doc)) state.filters.doc = null;
    performance.mark('kg-subset');
    this.mount(drawn, state, name ? 'push' : 'replace');
  }

  indexSearch(graph: KnowledgeGraph): void {
    this.search.indexGraph(graph);
  }

  /** Big-graph mode: draw the `top` most connected entities again, or everything. */
  setTop(top: number): void {
    this.big.setTop(top);
  }

  /** Big-graph mode: add up to `limit` more neighbours of `key` (most important first). */
  showNeighbours(key: string, limit?: number): number {
    return this.big.showNeighbours(key, limit);
  }

  openFile(file: File): Promise<void> {
    return this.files.open(file);
  }

  /** Hand `drawn` to a new sigma renderer and apply `state` to it. */
  mount(drawn: KnowledgeGraph, state: ViewState, history: HistoryMode): void {
    this.setReady(false);
    let lostLayout = false;
    this.layout.kill();
    this.emphasis?.kill();
    this.emphasis = null;
    this.renderer?.kill();
    this.renderer = null;
    this.graph = drawn;
    this.filters.recount();
    this.display = emptyDisplayState();
    this.display.restingCooccurrence = this.big.restingCooccurrence();
    this.paths.reset();
    this.selection.reset();
    this.big.mounted();
    this.filters.build();
    this.timeline.build();
    performance.mark('kg-controls');
    // Derive the display before sigma exists, so its first (synchronous) processing is also the last.
    this.applyState(state, history, true);
    performance.mark('kg-state');
    const container = byId('sigma');
    clear(container);
    // The viewer's own positions (ForceAtlas2 or "Spread overlaps" before a reload), when the state says so.
    const signature = this.big.signature();
    let ownLayout = false;
    if (this.state.viewerLayout) {
      ownLayout = this.layout.restore(drawn, signature);
      if (!ownLayout) {
        this.remember((s) => { s.viewerLayout = false; });
        lostLayout = true;
      }
    }
    // Big-graph mode: the frame is the whole graph's (served: the first drawing's), so entities added later never rescale the drawing.
    const frame = ownLayout ? positionExtent(drawn) : this.big.full ? positionExtent(this.big.full) : this.big.remote ? positionExtent(drawn) : null;
    const sizedFor = drawn.order;
    this.sizedFor = sizedFor;
    const { sigma: renderer, emphasis } = createRenderer(container, drawn, this.display, { frame, sizedFor });
    performance.mark('kg-first-frame');
    this.renderer = renderer;
    this.emphasis = emphasis;
    this.big.renderNotice();
    this.downloads.update();
    this.layout.mounted(drawn, renderer, sizedFor, signature);
    this.selection.wireRenderer(renderer);
    this.compare.wireRenderer(renderer);
    this.camera.watch(renderer);
    this.status(lostLayout ? 'The layout run in this page before it reloaded is not kept here; this is the layout the graph was built with.' : '');
    // Ready = the first frame is on screen and the page has gone back to the event loop.
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('kg-ready');
      this.setReady(true);
      this.search.prepare();
      // A reload looks where the page looked; a link that names an entity (or a path) opens looking at it.
      const camera = this.restoreCamera ? this.state.camera : null;
      this.restoreCamera = false;
      if (camera) this.camera.restore(camera);
      else if (this.paths.paths.length) this.camera.frameNodes([...this.display.pathNodes]);
      else if (this.state.selected) this.camera.centerOn(this.state.selected);
    }, 0));
  }

  // ------------------------------------------------------------------ state

  /**
   * `force`: recompute everything derived from the state (a new drawing, or entities a
   * path needs arrived) even where the state did not change.
   */
  applyState(next: ViewState, history: HistoryMode, force = false): void {
    const graph = this.graph;
    const prev = this.state;
    this.state = next;
    writeUrl(next, history);
    if (!graph) return;
    // Big-graph mode: the selection, path ends and the path between them are drawn first.
    const grown = this.big.reveal(prev, next).added;
    for (const k of ['selected', 'pathFrom', 'pathTo'] as const) if (next[k] && !graph.hasNode(next[k]!)) next[k] = null;
    const filtersChanged = stateToQuery({ ...defaultState(), filters: prev.filters }) !== stateToQuery({ ...defaultState(), filters: next.filters });
    if (force || filtersChanged) {
      this.filters.applyVisibility();
      if (grown.length > 0) this.big.afterReveal();
      this.filters.sync();
    } else if (grown.length > 0) {
      this.big.grow(grown, false);
    }
    // A new drawing frames its path itself once it is drawn (or restores the camera).
    if (force || filtersChanged || grown.length > 0 || prev.pathFrom !== next.pathFrom || prev.pathTo !== next.pathTo) this.paths.compute(this.renderer !== null);
    this.ask.apply();
    this.ego.apply();
    this.appearance.apply();
    this.tables.apply();
    this.display.selectedEdge = this.selection.selectedEdge;
    this.search.sync(next.query);
    this.selection.updateFocus();
    this.display.selected = next.selected;
    this.details.render();
    this.timeline.sync();
    this.compare.sync();
    this.corrections.sync();
    // The emphasis (focus, path, selected relation) is drawn above the graph; sigma refreshes
    // only for what it draws itself: what the filters hide, and entities added.
    this.selection.emphasise();
    if (!this.renderer) return;
    if (filtersChanged) {
      this.renderer.refresh({ skipIndexation: true });
      this.downloads.update();
    }
    else if (grown.length > 0) this.big.refreshGrown(grown);
  }

  remember(change: (s: ViewState) => void): void {
    change(this.state);
    writeUrl(this.state, 'replace');
  }

  patch(change: (s: ViewState) => void, history: HistoryMode = 'push'): void {
    const next = cloneState(this.state);
    change(next);
    this.applyState(next, history);
  }

  select(key: string | null, center = false): void {
    this.patch((s) => { s.selected = key; s.edge = null; });
    if (key && center) this.camera.centerOn(key);
  }
}
