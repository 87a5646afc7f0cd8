// Paths between two entities: the form in the sidebar (typed names or chosen
// from the list), the paths found over what the filters leave visible, and
// their listing in the details panel (in view, not below the sidebar's fold),
// hop by hop along the path with the evidence of each hop.
import { KIND_COLORS, TYPE_COLORS, type EdgeAttributes } from '../../../src/types.ts';
import { findPaths, type FoundPath } from '../core/paths.ts';
import { attachAutocomplete } from '../ui/autocomplete.ts';
import { byId, clear, h } from '../ui/dom.ts';
import { evidenceBlock } from '../ui/panel.ts';
import type { ViewerContext } from './context.ts';
import { KIND_NAMES } from './filters.ts';
import type { SearchController } from './search.ts';

export class PathController {
  paths: FoundPath[] = [];

  constructor(private ctx: ViewerContext, private search: SearchController) {}

  wire(): void {
    for (const which of ['from', 'to'] as const) {
      attachAutocomplete(byId(`path-${which}`), byId(`path-${which}-results`), {
        search: this.search.hits,
        choose: (key) => this.ctx.patch((s) => { if (which === 'from') s.pathFrom = key; else s.pathTo = key; }),
      });
    }
    byId('path-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      // Typed names without choosing from the list: take the best match.
      const pick = async (id: string) => (await this.search.hits(byId<HTMLInputElement>(id).value))[0]?.entry.key ?? null;
      const [from, to] = await Promise.all([pick('path-from'), pick('path-to')]);
      if (!from || !to) {
        clear(byId('path-results'));
        byId('path-results').append(h('p', { class: 'hint', text: `No entity matches “${(!from ? byId<HTMLInputElement>('path-from') : byId<HTMLInputElement>('path-to')).value}”.` }));
        return;
      }
      this.ctx.patch((s) => { s.pathFrom = from; s.pathTo = to; });
    });
    byId('path-clear').addEventListener('click', () => {
      byId<HTMLInputElement>('path-from').value = '';
      byId<HTMLInputElement>('path-to').value = '';
      this.ctx.patch((s) => { s.pathFrom = null; s.pathTo = null; });
    });
  }

  /** A new drawing: no paths yet. */
  reset(): void {
    this.paths = [];
  }

  /** Find the paths the state asks for on the drawn graph, show them and (unless `frame` is false) frame them. */
  compute(frame = true): void {
    const graph = this.ctx.graph!;
    const display = this.ctx.display;
    const { pathFrom, pathTo } = this.ctx.state;
    byId<HTMLInputElement>('path-from').value = pathFrom && graph.hasNode(pathFrom) ? graph.getNodeAttribute(pathFrom, 'label') : (pathFrom ? byId<HTMLInputElement>('path-from').value : '');
    byId<HTMLInputElement>('path-to').value = pathTo && graph.hasNode(pathTo) ? graph.getNodeAttribute(pathTo, 'label') : (pathTo ? byId<HTMLInputElement>('path-to').value : '');
    // Served big graph: the server is asked for this path; it is computed once, when the answer is drawn.
    const awaiting = this.ctx.big.awaitingPath(pathFrom, pathTo);
    this.paths = pathFrom && pathTo && !awaiting ? findPaths(graph, pathFrom, pathTo, this.ctx.visibility) : [];
    display.pathNodes = new Set(this.paths.flatMap((p) => p.nodes));
    display.pathEdges = new Set(this.paths.flatMap((p) => p.hops.map((hop) => hop.edge)));
    display.pathRank = new Map();
    this.paths.forEach((p, rank) => p.hops.forEach((hop) => { if (!display.pathRank.has(hop.edge)) display.pathRank.set(hop.edge, rank); }));
    this.render(awaiting);
    if (frame && this.paths.length) requestAnimationFrame(() => this.ctx.camera.frameNodes([...display.pathNodes]));
  }

  /** The sidebar says what was found; the paths themselves are listed in the details panel. */
  private render(awaiting: boolean): void {
    const root = byId('path-results');
    clear(root);
    const { pathFrom, pathTo } = this.ctx.state;
    if (!pathFrom || !pathTo) return;
    if (awaiting) {
      root.append(h('p', { class: 'hint', text: 'Finding paths on the server…' }));
      return;
    }
    if (this.paths.length === 0) {
      root.append(h('p', { class: 'hint', text: pathFrom === pathTo ? 'Pick two different entities.' : this.ctx.big.full ? 'No path between these entities with the current filters.' : 'No path between these entities in the visible graph.' }));
      return;
    }
    const n = this.paths.length;
    root.append(h('p', { class: 'hint', text: `${n === 1 ? 'One path' : `${n} paths`} found, listed in the details panel.` }));
  }

  /** The paths, hop by hop, each hop read along the path (from its start towards its end), with its evidence. */
  renderList(root: HTMLElement): void {
    const graph = this.ctx.graph!;
    const { pathFrom, pathTo } = this.ctx.state;
    const name = (key: string | null) => (key && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : '');
    const link = (key: string) => h('button', { type: 'button', class: 'entity-link', onclick: () => this.ctx.select(key, true) },
      h('span', { class: 'swatch', style: `background:${TYPE_COLORS[graph.getNodeAttribute(key, 'type')]}`, 'aria-hidden': 'true' }),
      graph.getNodeAttribute(key, 'label'));
    root.append(h('header', { class: 'panel-head' },
      h('div', {}, h('h2', { id: 'panel-title', text: `${name(pathFrom)} → ${name(pathTo)}` }),
        h('span', { class: 'badge', text: `${this.paths.length} path${this.paths.length === 1 ? '' : 's'}` })),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Clear the path', onclick: () => this.ctx.patch((s) => { s.pathFrom = null; s.pathTo = null; }), text: '×' })));
    this.paths.forEach((path, i) => {
      const hops = path.hops.map((hop) => {
        const a = graph.getEdgeAttributes(hop.edge);
        const symmetric = a.kind === 'cooccurrence' || (a as EdgeAttributes & { undirected?: boolean }).undirected === true;
        const highlight = [hop.from, hop.to].map((n) => [graph.getNodeAttribute(n, 'label'), ...graph.getNodeAttribute(n, 'aliases')]);
        // Along the path: "A recognized → B" when the relation reads that way, "A ← recognized B" (B recognized A) when it reads back.
        const predicate = symmetric ? `— ${a.predicate} —` : hop.forward ? `${a.predicate} →` : `← ${a.predicate}`;
        const reading = symmetric || hop.forward ? `${name(hop.from)} ${a.predicate} ${name(hop.to)}` : `${name(hop.to)} ${a.predicate} ${name(hop.from)}`;
        return h('li', { class: 'hop' },
          h('div', { class: 'relation-line', title: reading }, link(hop.from), h('span', { class: 'predicate', text: ` ${predicate} ` }), link(hop.to),
            h('span', { class: 'badge', style: `border-color:${KIND_COLORS[a.kind]}`, text: KIND_NAMES[a.kind] })),
          ...evidenceBlock(graph, { ...a, evidence: a.evidence.slice(0, 1) }, highlight));
      });
      const title = i === 0 ? (this.paths.every((p) => p.hops.length >= path.hops.length) ? 'Shortest path' : 'Best path (stated relations)') : `Alternative ${i}`;
      root.append(h('section', { class: `path${i === 0 ? ' best' : ' alternative'}`, 'aria-label': `Path ${i + 1}` },
        h('h3', {}, h('span', { class: i === 0 ? 'path-key best' : 'path-key alternative', 'aria-hidden': 'true' }), `${title} · ${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}`),
        h('ol', { class: 'hops' }, ...hops)));
    });
  }
}
