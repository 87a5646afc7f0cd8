// The details panel on the right: the selected relation, else the selected
// entity (with what big-graph mode knows about its neighbours that are not
// drawn), else the overview. The DOM is built by ui/panel.ts; this decides what
// to show and what the panel's buttons do.
import { byId, clear, h } from '../ui/dom.ts';
import { renderEdgePanel, renderNodePanel, renderOverview, type PanelActions } from '../ui/panel.ts';
import type { ViewerContext } from './context.ts';

export class DetailsController {
  constructor(private ctx: ViewerContext) {}

  readonly actions: PanelActions = {
    selectNode: (key) => this.ctx.select(key, true),
    selectEdge: (edge) => this.ctx.selection.showEdge(edge),
    setPathEnd: (which, key) => this.ctx.patch((s) => { if (which === 'from') s.pathFrom = key; else s.pathTo = key; }),
    filterArticle: (doc) => this.ctx.patch((s) => { s.filters.doc = doc; }),
    showNeighbours: (key) => { this.ctx.big.showNeighbours(key); },
    allDocuments: (key) => {
      const remote = this.ctx.big.remote;
      return remote ? remote.entityDocuments(key) : Promise.reject(new Error('no server holds this graph'));
    },
    close: () => this.ctx.selection.clear(),
  };

  render(): void {
    const graph = this.ctx.graph!;
    const root = byId('panel-content');
    const panel = byId('panel');
    const big = this.ctx.big;
    // Big-graph mode: the panel tells what the whole graph knows; entities it links to are drawn when chosen.
    const full = big.full;
    const selectedEdge = this.ctx.selection.selectedEdge;
    const selected = this.ctx.state.selected;
    const totals = big.totals();
    const paths = this.ctx.paths.paths;
    if (selectedEdge && graph.hasEdge(selectedEdge)) {
      renderEdgePanel(root, full ?? graph, selectedEdge, this.actions);
      panel.classList.add('open');
    } else if (paths.length > 0 && !selected) {
      // A path found is listed here, where it is in view.
      clear(root);
      this.ctx.paths.renderList(root);
      panel.classList.add('open');
    } else if (selected && graph.hasNode(selected)) {
      renderNodePanel(root, full ?? graph, selected, this.ctx.visibility.hiddenEdges, this.actions,
        big.active ? { undrawnNeighbours: big.undrawnNeighbours(selected), drawnOnly: big.remote !== null } : undefined);
      root.querySelector('.row')?.append(this.ctx.ego.focusButton(selected));
      if (paths.length > 0) {
        root.prepend(h('button', { type: 'button', class: 'link-btn back-to-path', onclick: () => this.ctx.select(null), text: '← Back to the path' }));
      } else {
        const back = this.ctx.ask.backButton();
        if (back) root.prepend(back);
      }
      panel.classList.add('open');
    } else if (this.ctx.ask.render(root)) {
      // A question asked in the search box: its answer.
      panel.classList.add('open');
    } else if (totals) {
      renderOverview(root, graph, big.remote?.summary.documents ?? big.fullSummary?.documents.length ?? 0, this.actions, totals);
      panel.classList.remove('open');
    } else {
      renderOverview(root, graph, this.ctx.filters.summary?.documents.length ?? 0, this.actions);
      panel.classList.remove('open');
    }
    // Narrow screens: the open panel is a bottom sheet; the graph shrinks to the space above it
    // (the renderer follows in watchStage, after the browser's own layout: reading the stage's
    // height here would force a layout of the panel just built, ~5-15 ms for a hub's panel).
    document.body.classList.toggle('panel-open', panel.classList.contains('open'));
    this.watchStage();
  }

  private stageWatched = false;

  /** Redraw the renderer at the stage's new size whenever the stage changes size (the bottom sheet opens or closes). */
  private watchStage(): void {
    if (this.stageWatched || typeof ResizeObserver !== 'function') return;
    this.stageWatched = true;
    const stage = byId('sigma');
    let size = `${stage.clientWidth}x${stage.clientHeight}`;
    new ResizeObserver(() => {
      const now = `${stage.clientWidth}x${stage.clientHeight}`;
      if (now === size) return;
      size = now;
      const renderer = this.ctx.renderer;
      if (!renderer) return;
      renderer.resize();
      renderer.scheduleRender();
    }).observe(stage);
  }
}
