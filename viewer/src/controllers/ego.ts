// Ego focus: "show only X within k hops" (k = 1 to 3), stepping along relations
// of the chosen kinds with at least a minimum weight, laid out locally around X
// (core/ego.ts: rings by hop, each entity at its old angle). Everything else is
// hidden, never moved. Sigma 3 takes positions from the graph, not from the
// reducers, so the entities in focus are moved in the drawn graph and their own
// positions kept here: leaving the focus puts them back and the camera where it
// was. Big graphs: the focus is taken on the whole graph when it is in
// the page (its entities are drawn first), on the drawn part plus the centre's
// neighbourhood (and its strongest neighbours' for two hops and more) when served in pieces. The focus is in the URL (`ego=`,
// `egoHops=`, `egoWeight=`, `egoKinds=`).
import { RELATION_KINDS, type KnowledgeGraph, type RelationKind } from '../../../src/types.ts';
import { EGO_MAX_HOPS, type EgoFocus } from '../core/analysis-state.ts';
import { egoLayout, egoView, type EgoView } from '../core/ego.ts';
import { defaultState, stateToQuery, type Camera } from '../core/state.ts';
import { addEntities, positionExtent } from '../core/subset.ts';
import { computeVisibility, type Visibility } from '../core/visibility.ts';
import { byId, h } from '../ui/dom.ts';
import '../ui/analysis.css';
import type { ViewerContext } from './context.ts';
import { KIND_NAMES } from './filters.ts';

/** Most entities of a focus drawn in big-graph mode. */
const FOCUS_DRAW_MAX = 400;
/** Served big graph: neighbours of the centre asked of the server. */
const REMOTE_NEIGHBOURS = 150;
/** Served big graph, two hops or more: neighbours whose own neighbourhoods are asked for, and how much of each. */
const REMOTE_SECOND_HOP = 20;
const REMOTE_SECOND_HOP_NEIGHBOURS = 20;

export class EgoController {
  /** The focus in force on the drawn graph (null: none). */
  view: EgoView | null = null;
  private appliedKey: string | null = null;
  private appliedDisplay: object | null = null;
  private cameraBefore: Camera | null = null;
  private remoteAsked = new Set<string>();
  private bar: HTMLElement | null = null;
  /** The graph's own positions of the entities the focus moved, to put back. */
  private moved: { graph: KnowledgeGraph; positions: Map<string, { x: number; y: number }> } | null = null;

  constructor(private ctx: ViewerContext) {}

  wire(): void {
    this.bar = h('section', { id: 'ego-bar', class: 'ego-bar', 'aria-label': 'Focus', hidden: true });
    byId('sigma').after(this.bar);
    // Escape leaves the focus once nothing is selected (before that, it closes the selection: controllers/selection.ts).
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.ctx.state.analysis.ego || this.ctx.state.selected || this.ctx.state.edge) return;
      // Not from a field, a list or the timeline's brush (Escape lifts the period there).
      if ((e.target as HTMLElement).closest('input, select, textarea, [role="listbox"], [role="slider"]')) return;
      this.leave();
    }, { capture: true });
  }

  /** Enter a focus on `center` (the camera's place is kept to come back to). */
  enter(center: string, hops = 1): void {
    const camera = this.ctx.renderer?.getCamera().getState();
    this.cameraBefore = camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : null;
    this.ctx.patch((s) => { s.analysis.ego = { center, hops, minWeight: s.analysis.ego?.minWeight ?? 0, kinds: new Set(s.analysis.ego?.kinds ?? []) }; });
  }

  leave(): void {
    this.ctx.patch((s) => { s.analysis.ego = null; });
  }

  private change(edit: (ego: EgoFocus) => void): void {
    this.ctx.patch((s) => { if (s.analysis.ego) edit(s.analysis.ego); }, 'replace');
  }

  /** The button the entity panel shows. */
  focusButton(node: string): HTMLElement {
    return h('button', { type: 'button', class: 'ego-focus', title: 'Show only this entity and what lies within a few hops of it', onclick: () => this.enter(node), text: 'Focus here' });
  }

  /** Called when the filters are computed: outside the focus is hidden too. */
  restrict(v: Visibility): Visibility {
    const view = this.view;
    const graph = this.ctx.graph;
    if (!view || !graph) return v;
    graph.forEachNode((node) => { if (!view.hops.has(node)) v.hiddenNodes.add(node); });
    graph.forEachEdge((edge) => { if (!view.edges.has(edge)) v.hiddenEdges.add(edge); });
    return v;
  }

  /** Part of applying a state: take, change or leave the focus. */
  apply(): void {
    const graph = this.ctx.graph;
    if (!graph) return;
    const ego = this.ctx.state.analysis.ego;
    const filters = stateToQuery({ ...defaultState(), filters: this.ctx.state.filters });
    const key = ego ? `${ego.center}|${ego.hops}|${ego.minWeight}|${[...ego.kinds].sort()}|${filters}|${graph.order}:${graph.size}` : null;
    if (key === this.appliedKey && this.appliedDisplay === this.ctx.display) { this.renderBar(); return; }
    // No focus before and none now: nothing to undo (a new drawing starts without local positions).
    if (!ego && this.appliedKey === null) { this.appliedDisplay = this.ctx.display; this.view = null; this.renderBar(); return; }
    const leaving = this.appliedKey !== null && ego === null;
    this.appliedKey = key;
    this.appliedDisplay = this.ctx.display;
    if (ego) this.drawFocus(ego);
    this.view = ego ? egoView(graph, ego, computeVisibility(graph, this.ctx.state.filters).hiddenEdges) : null;
    if (ego && this.view!.hops.size === 0) this.view = null;
    this.putBack();
    if (this.view && ego) {
      const extent = positionExtent(this.ctx.big.full ?? graph);
      const span = extent ? Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]) : 100;
      this.move(graph, egoLayout(graph, this.view, ego.center, span * 0.09, span * 0.025));
    }
    this.ctx.filters.applyVisibility();
    this.renderBar();
    const renderer = this.ctx.renderer;
    if (!renderer) return;
    renderer.refresh();
    if (this.view) {
      const nodes = [...this.view.hops.keys()];
      requestAnimationFrame(() => { if (this.view) this.ctx.camera.frameNodes(nodes); }); // not if the focus was left meanwhile
    } else if (leaving) {
      const before = this.cameraBefore;
      this.cameraBefore = null;
      if (before) this.ctx.camera.restore(before);
      else renderer.getCamera().animatedReset({ duration: 300 });
    }
  }

  /** Move entities to the focus's positions (one graph event, so sigma redraws once), keeping their own. */
  private move(graph: KnowledgeGraph, positions: Map<string, { x: number; y: number }>): void {
    const own = new Map<string, { x: number; y: number }>();
    for (const node of positions.keys()) {
      const a = graph.getNodeAttributes(node);
      own.set(node, { x: a.x, y: a.y });
    }
    this.moved = { graph, positions: own };
    graph.updateEachNodeAttributes((node, a) => {
      const p = positions.get(node);
      return p ? { ...a, x: p.x, y: p.y } : a;
    }, { attributes: ['x', 'y'] });
  }

  /** The moved entities back at their own positions (when the drawing is still the one they were moved in). */
  private putBack(): void {
    const moved = this.moved;
    this.moved = null;
    if (!moved || moved.graph !== this.ctx.graph) return;
    moved.graph.updateEachNodeAttributes((node, a) => {
      const p = moved.positions.get(node);
      return p ? { ...a, x: p.x, y: p.y } : a;
    }, { attributes: ['x', 'y'] });
  }

  /** Big graphs: draw the focus's entities first (whole graph in the page), or ask the server for the centre's neighbourhood. */
  private drawFocus(ego: EgoFocus): void {
    const drawn = this.ctx.graph!;
    const full = this.ctx.big.full;
    if (full) {
      const want = egoView(full, ego, computeVisibility(full, this.ctx.state.filters).hiddenEdges);
      const added = addEntities(full, drawn, [...want.hops.keys()].slice(0, FOCUS_DRAW_MAX));
      if (added.length) this.ctx.big.grow(added);
      return;
    }
    const remote = this.ctx.big.remote;
    const asked = `${ego.center}\u0000${ego.hops}`;
    if (!remote || this.remoteAsked.has(asked)) return;
    this.remoteAsked.add(asked);
    void (async () => {
      // The centre's neighbourhood, then (two hops and more) that of its strongest neighbours, as the server ranks them.
      const first = await remote.neighbourhood(ego.center, REMOTE_NEIGHBOURS);
      const pieces = [first];
      if (ego.hops > 1) {
        const next = first.nodes().filter((n) => n !== ego.center).slice(0, REMOTE_SECOND_HOP);
        pieces.push(...await Promise.all(next.map((n) => remote.neighbourhood(n, REMOTE_SECOND_HOP_NEIGHBOURS))));
      }
      if (this.ctx.graph !== drawn) return;
      const added = pieces.flatMap((piece) => addEntities(piece, drawn, piece.nodes()));
      if (added.length === 0) return;
      this.ctx.big.grow(added);
      this.appliedKey = null;
      this.apply();
    })().catch((e: Error) => this.ctx.status(`Could not load from the server: ${e.message}`, true));
  }

  private renderBar(): void {
    const bar = this.bar;
    if (!bar) return;
    const ego = this.ctx.state.analysis.ego;
    const graph = this.ctx.graph;
    bar.hidden = !ego;
    bar.replaceChildren();
    if (!ego || !graph) return;
    const label = graph.hasNode(ego.center) ? graph.getNodeAttribute(ego.center, 'label') : ego.center;
    const hops = h('select', { id: 'ego-hops', 'aria-label': 'Hops' }, ...Array.from({ length: EGO_MAX_HOPS }, (_, i) =>
      h('option', { value: String(i + 1), text: `${i + 1} hop${i ? 's' : ''}`, selected: ego.hops === i + 1 })));
    hops.addEventListener('change', () => this.change((e) => { e.hops = Number(hops.value); }));
    const weight = h('input', { id: 'ego-weight', type: 'number', min: '0', step: '1', value: String(ego.minWeight), 'aria-label': 'Minimum relation weight' });
    weight.addEventListener('change', () => this.change((e) => { e.minWeight = Math.max(0, Number(weight.value) || 0); }));
    const kinds = RELATION_KINDS.map((k: RelationKind) => {
      const box = h('input', { type: 'checkbox', value: k, checked: ego.kinds.size === 0 || ego.kinds.has(k) });
      box.addEventListener('change', () => this.change((e) => {
        const on = new Set(e.kinds.size ? e.kinds : RELATION_KINDS);
        if (box.checked) on.add(k); else on.delete(k);
        // All kinds ticked is the same as no choice (a shorter link).
        e.kinds = on.size === RELATION_KINDS.length ? new Set() : on;
      }));
      return h('label', { class: 'check' }, box, ` ${KIND_NAMES[k]}`);
    });
    const count = this.view ? this.view.hops.size : 0;
    bar.append(
      h('p', { class: 'ego-title' }, h('strong', { text: `Focus: ${label}` }), ` · ${count} entit${count === 1 ? 'y' : 'ies'}${this.ctx.big.remote ? ' drawn' : ''} within `, hops),
      h('div', { class: 'ego-controls' }, h('label', {}, 'Min. weight ', weight), h('span', { class: 'ego-kinds' }, ...kinds),
        h('button', { type: 'button', id: 'ego-leave', title: 'Leave the focus (Escape)', onclick: () => this.leave(), text: 'Leave focus' })),
    );
  }
}
