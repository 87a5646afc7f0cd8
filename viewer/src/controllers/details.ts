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
    // Narrow screens: the open panel is a bottom sheet; the graph shrinks to the space above it.
    const stage = byId('sigma');
    const before = stage.clientHeight;
    document.body.classList.toggle('panel-open', panel.classList.contains('open'));
    const renderer = this.ctx.renderer;
    if (stage.clientHeight !== before && renderer) {
      renderer.resize();
      renderer.scheduleRender();
    }
  }
}
