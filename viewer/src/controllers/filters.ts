// The filter controls: the entity-type and relation-kind legends (click to hide
// or show), the mention and weight thresholds, the article filter (a searchable
// list of every article of the graph, also in big-graph mode) and "Reset".
// Filters only hide, never move; which items they hide is computed in
// core/visibility.ts. Big-graph mode: counts read "drawn / all".
import { ENTITY_TYPES, KIND_COLORS, RELATION_KINDS, TYPE_COLORS, type RelationKind } from '../../../src/types.ts';
import { defaultFilters } from '../core/state.ts';
import { summarize, type GraphSummary } from '../core/summary.ts';
import { articleEntries } from '../core/articles.ts';
import { attachArticlePicker, type ArticlePicker } from '../ui/article-picker.ts';
import { computeVisibility, isKnowledge, type Visibility } from '../core/visibility.ts';
import { byId, clear, h } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

export const KIND_NAMES: Record<RelationKind, string> = {
  role: 'Role', location: 'Location', event: 'Event', affiliation: 'Affiliation', cooccurrence: 'Co-occurrence',
};

export class FilterController {
  /** Counts and ranges of the drawn graph. */
  summary: GraphSummary | null = null;
  /** What the filters hide in the drawn graph. */
  visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };

  private articles: ArticlePicker | null = null;

  constructor(private ctx: ViewerContext) {}

  wire(): void {
    const slider = (id: 'min-mentions' | 'min-weight', key: 'minMentions' | 'minWeight') => {
      const input = byId<HTMLInputElement>(id);
      input.addEventListener('input', () => { byId(`${id}-value`).textContent = input.value; });
      input.addEventListener('change', () => this.ctx.patch((s) => { s.filters[key] = Number(input.value); }));
    };
    byId<HTMLInputElement>('hide-knowledge').addEventListener('change', (e) => {
      const hide = (e.target as HTMLInputElement).checked;
      this.ctx.patch((s) => { s.filters.hideKnowledge = hide; });
    });
    slider('min-mentions', 'minMentions');
    slider('min-weight', 'minWeight');
    this.articles = attachArticlePicker(byId('article-input'), byId('article-results'), byId('article-clear'),
      (id) => this.ctx.patch((s) => { s.filters.doc = id; }));
    byId('reset-filters').addEventListener('click', () => this.ctx.patch((s) => { s.filters = defaultFilters(); }));
  }

  /** Recompute what the filters hide (the filters or the drawn graph changed); the reducers read it from the display. */
  applyVisibility(): void {
    // The ego focus (controllers/ego.ts) hides what lies outside it.
    this.visibility = this.ctx.ego.restrict(computeVisibility(this.ctx.graph!, this.ctx.state.filters));
    this.ctx.display.hiddenNodes = this.visibility.hiddenNodes;
    this.ctx.display.hiddenEdges = this.visibility.hiddenEdges;
  }

  /** The drawn graph changed (new graph, or entities added): recount. */
  recount(): void {
    this.summary = summarize(this.ctx.graph!);
  }

  /** Legend, thresholds and articles. Big-graph mode: counts read "drawn / total", ranges and articles are the whole graph's. */
  build(): void {
    const drawn = this.summary!;
    const all = this.ctx.big.fullSummary;
    const summary = all ?? drawn;
    const counted = (n: number, total: number) => (all ? `${n.toLocaleString('en')} / ${total.toLocaleString('en')}` : total.toLocaleString('en'));
    const types = byId('type-legend');
    clear(types);
    for (const type of ENTITY_TYPES) {
      const count = summary.typeCounts[type];
      if (count === 0) continue;
      types.append(h('li', {}, h('button', {
        type: 'button', class: 'toggle', 'data-type': type, 'aria-pressed': 'true',
        onclick: () => this.ctx.patch((s) => {
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
        onclick: () => this.ctx.patch((s) => {
          if (s.filters.hiddenKinds.has(kind)) s.filters.hiddenKinds.delete(kind);
          else s.filters.hiddenKinds.add(kind);
        }),
      }, h('span', { class: 'kind-swatch', style: `background:${KIND_COLORS[kind]}`, 'aria-hidden': 'true' }),
      h('span', { class: 'name', text: KIND_NAMES[kind] }), h('span', { class: 'count', text: counted(drawn.kindCounts[kind], count) }))));
    }
    // Relations from background knowledge (edge attribute basis: 'knowledge') can be hidden; graphs without any do not offer it.
    let knowledge = false;
    this.ctx.graph!.forEachEdge((_e, a) => { if (!knowledge && isKnowledge(a)) knowledge = true; });
    byId('knowledge-toggle').hidden = !knowledge && !this.ctx.state.filters.hideKnowledge;
    const minMentions = byId<HTMLInputElement>('min-mentions');
    minMentions.max = String(Math.max(1, Math.min(50, summary.maxMentions)));
    const minWeight = byId<HTMLInputElement>('min-weight');
    minWeight.max = String(Math.max(1, Math.min(50, summary.maxWeight)));
    // Every article of the graph: served, the server lists them (the drawn part cites only some).
    const remote = this.ctx.big.remote;
    if (remote) {
      void remote.documents().then((docs) => {
        this.articles?.setArticles(articleEntries(docs));
        this.articles?.show(this.ctx.state.filters.doc);
      }, () => this.articles?.setArticles(articleEntries(summary.documents)));
    } else this.articles?.setArticles(articleEntries(summary.documents));
    byId('types-heading').textContent = all ? 'Entity types (drawn / all)' : 'Entity types';
    byId('kinds-heading').textContent = all ? 'Relations (drawn / all)' : 'Relations';
  }

  /** The controls show the state's filters. */
  sync(): void {
    const f = this.ctx.state.filters;
    document.querySelectorAll<HTMLButtonElement>('#type-legend .toggle').forEach((b) => {
      b.setAttribute('aria-pressed', String(!f.hiddenTypes.has(b.dataset.type as never)));
    });
    document.querySelectorAll<HTMLButtonElement>('#kind-legend .toggle').forEach((b) => {
      b.setAttribute('aria-pressed', String(!f.hiddenKinds.has(b.dataset.kind as never)));
    });
    byId<HTMLInputElement>('hide-knowledge').checked = f.hideKnowledge;
    byId<HTMLInputElement>('min-mentions').value = String(f.minMentions);
    byId('min-mentions-value').textContent = String(f.minMentions);
    byId<HTMLInputElement>('min-weight').value = String(f.minWeight);
    byId('min-weight-value').textContent = String(f.minWeight);
    this.articles?.show(f.doc);
  }

  /** Big-graph mode: the "drawn / all" counts of the legend after entities were added. */
  updateCounts(): void {
    const drawn = this.summary!;
    const full = this.ctx.big.fullSummary;
    const all = full ?? drawn;
    const text = (n: number, total: number) => (full ? `${n.toLocaleString('en')} / ${total.toLocaleString('en')}` : total.toLocaleString('en'));
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
}
