// The "Appearance" card: what colour and size mean (entity type, Louvain
// community or article; size as built, or by mentions, degree, weighted degree,
// PageRank or betweenness), with a legend that says so. The measures are
// computed in a worker (workers/metrics.ts, graphology's algorithms) on the
// whole graph when it is in the page, on the drawn part of a big graph served
// in pieces (the legend says which), and never on the page's thread. The
// choice is in the URL (`color=`, `size=`).
import { COLOR_MODES, SIZE_MODES, type ColorMode, type SizeMode } from '../core/analysis-state.ts';
import { appearance, COLOR_NAMES, formatMeasure, needsMeasures, SIZE_NAMES, type Appearance, type Measures } from '../core/appearance.ts';
import { compactGraph } from '../../../src/graph/compact.ts';
import type { MetricsSummary } from '../../../src/graph/metrics.ts';
import type { KnowledgeGraph } from '../../../src/types.ts';
import { redrawNodeLayer, type NodeRedraw } from '../render/node-layer.ts';
import { byId, clear, h } from '../ui/dom.ts';
import '../ui/analysis.css';
import type { ViewerContext } from './context.ts';

type WorkerAnswer = Record<'degree' | 'weightedDegree' | 'pagerank' | 'betweenness' | 'community', Float64Array> & { summary: MetricsSummary };

const COLOR_LABELS: Record<ColorMode, string> = { type: 'Entity type', community: 'Community (Louvain)', article: 'Article' };
const SIZE_LABELS: Record<SizeMode, string> = {
  build: 'As built (mentions and ties)', mentions: 'Mentions', degree: 'Degree', weighted: 'Weighted degree', pagerank: 'PageRank', betweenness: 'Betweenness',
};

/** Up to this many relations drawn, a change of sizes redraws everything (arrow heads included). */
const FULL_REDRAW_MAX_RELATIONS = 500;

const graphIds = new WeakMap<KnowledgeGraph, number>();
let nextGraphId = 0;
function graphId(g: KnowledgeGraph): number {
  let id = graphIds.get(g);
  if (id === undefined) graphIds.set(g, (id = ++nextGraphId));
  return id;
}

export class AppearanceController {
  /** The measures, and the graph version they are for. */
  measures: Measures | null = null;
  private measuredKey: string | null = null;
  private measuring: string | null = null;
  private worker: Worker | null = null;
  /** Inputs of the last appearance applied (skip work when nothing changed). */
  private appliedKey: string | null = null;
  private appliedDisplay: object | null = null;
  private appliedSizeKey: string | null = null;
  /** What colour and size mean on the drawing (the picture download's legend), and for which display state. */
  private shown: { look: Appearance; colorBy: ColorMode; display: object } | null = null;
  /** How the last change of appearance was drawn (the tests read it). */
  lastRedraw: NodeRedraw | null = null;
  /** How the last redraw with new sizes was done (a colour change after it does not overwrite this one). */
  lastSizeRedraw: NodeRedraw | null = null;
  /** The worker's last run (for the bench and the tests). */
  lastRun: { nodes: number; edges: number; ms: number; mainThreadMs: number; summary: MetricsSummary } | null = null;

  /** Called when new measures arrive (the entity table shows them too). */
  readonly onMeasured: Array<() => void> = [];

  constructor(private ctx: ViewerContext) {}

  /** The measures of the graph they are taken on, when they are current; else null (and, with `ask`, they are asked for). */
  current(ask = false): Measures | null {
    if (!this.ctx.graph) return null;
    const target = this.measured();
    if (this.measuredKey === this.key(target)) return this.measures;
    if (ask) this.measure(target);
    return null;
  }

  wire(): void {
    const select = <T extends string>(id: string, label: string, modes: readonly T[], names: Record<T, string>, set: (v: T) => void) => {
      const el = h('select', { id }, ...modes.map((m) => h('option', { value: m, text: names[m] })));
      el.addEventListener('change', () => set(el.value as T));
      return h('label', { class: 'field' }, label, el);
    };
    const card = h('section', { class: 'card', id: 'appearance-card', 'aria-labelledby': 'appearance-heading' },
      h('h2', { id: 'appearance-heading', text: 'Appearance' }),
      select('color-by', 'Colour by', COLOR_MODES, COLOR_LABELS, (v) => this.ctx.patch((s) => { s.analysis.colorBy = v; })),
      select('size-by', 'Size by', SIZE_MODES, SIZE_LABELS, (v) => this.ctx.patch((s) => { s.analysis.sizeBy = v; })),
      h('div', { id: 'appearance-legend', class: 'appearance-legend', 'aria-live': 'polite' }));
    byId('type-legend').closest('section')!.after(card);
  }

  /** The graph the measures are taken on: the whole graph in the page, else what is drawn. */
  private measured(): KnowledgeGraph {
    return this.ctx.big.full ?? this.ctx.graph!;
  }

  private key(g: KnowledgeGraph): string {
    return `${graphId(g)}:${g.order}:${g.size}`;
  }

  /** Part of applying a state: the colours and sizes it asks for (measuring first when needed). */
  apply(): void {
    const graph = this.ctx.graph;
    if (!graph) return;
    const { colorBy, sizeBy } = this.ctx.state.analysis;
    byId<HTMLSelectElement>('color-by').value = colorBy;
    byId<HTMLSelectElement>('size-by').value = sizeBy;
    document.body.dataset.colorBy = colorBy;
    const target = this.measured();
    const need = needsMeasures(colorBy, sizeBy);
    const fresh = this.measuredKey === this.key(target);
    if (need && !fresh) this.measure(target);
    const measures = fresh ? this.measures : null;
    const key = `${this.key(graph)}|${colorBy}|${sizeBy}|${measures ? this.measuredKey : '-'}`;
    if (key === this.appliedKey && this.appliedDisplay === this.ctx.display) return;
    this.appliedKey = key;
    this.appliedDisplay = this.ctx.display;
    const look = appearance(graph, colorBy, sizeBy, measures);
    if (need && !measures) {
      // Until the measures arrive the drawing keeps its look: no flicker back to the built sizes or
      // the type colours, and no frame drawn for nothing while the worker takes the CPU. The legend says so.
      this.renderLegend(look, true);
      return;
    }
    // Sizes are what they were when neither the graph, the size mode nor (for a measure) the measures changed.
    const sizeKey = `${this.key(graph)}|${sizeBy}|${sizeBy === 'build' || sizeBy === 'mentions' ? '' : measures ? this.measuredKey : '-'}`;
    const sizesChanged = sizeKey !== this.appliedSizeKey;
    this.appliedSizeKey = sizeKey;
    this.ctx.display.nodeColor = look.color;
    this.ctx.display.nodeSize = look.size;
    this.shown = { look, colorBy, display: this.ctx.display };
    this.renderLegend(look, false);
    this.redraw(sizesChanged);
  }

  /**
   * The legend for a picture: the colours shown with their names (null: by entity type, the
   * picture's own type legend) and one line saying what colour and size mean.
   */
  pictureLegend(): { colors: Array<{ color: string; name: string }> | null; caption: string } {
    // What is drawn, which may still be the previous choice while the measures for a new one are computed.
    const shown = this.shown?.display === this.ctx.display ? this.shown : null;
    const colorBy = shown?.colorBy ?? 'type';
    const look = shown?.look;
    const size = look ? look.sizeLegend + (look.sizeRange ? ` (smallest discs ${formatMeasure(look.sizeRange.min)}, largest ${formatMeasure(look.sizeRange.max)})` : '') : `Size: ${SIZE_NAMES.build}`;
    const caption = `Colour: ${COLOR_NAMES[colorBy]} · ${size}`;
    if (colorBy === 'type' || !look || look.colorLegend.length === 0) return { colors: null, caption };
    return { colors: look.colorLegend.map((c) => ({ color: c.color, name: `${c.label} (${c.count.toLocaleString('en')})` })), caption };
  }

  /**
   * Draw the new colours and sizes. Colours touch the entity layer only; so do sizes, but
   * for arrow heads (placed at their target's radius): a drawing with few relations is
   * drawn whole, a larger one draws its entities at once (render/node-layer.ts) and its
   * relations again a slice per frame (render/edge-layer.ts). With a software rasteriser the relation layer
   * of the corpus-size bench graph's opening drawing (1,500 entities, 3,858 relations) costs
   * ~1 s a frame (src/bench/viewer-metrics.ts).
   */
  private redraw(sizesChanged: boolean): void {
    const renderer = this.ctx.renderer;
    if (!renderer) return;
    if (sizesChanged && renderer.getGraph().size <= FULL_REDRAW_MAX_RELATIONS) {
      renderer.refresh();
      this.lastRedraw = 'full';
    } else {
      this.lastRedraw = redrawNodeLayer(renderer, sizesChanged);
    }
    if (sizesChanged) this.lastSizeRedraw = this.lastRedraw;
  }

  private measure(target: KnowledgeGraph): void {
    const key = this.key(target);
    if (this.measuring === key) return;
    this.measuring = key;
    this.worker?.terminate();
    const worker = new Worker(new URL('../workers/metrics.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    const started = performance.now();
    performance.mark('kg-metrics-start');
    const compact = compactGraph(target);
    const copyMs = performance.now() - started;
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      if (this.worker !== worker) return;
      worker.terminate();
      this.worker = null;
      this.measuring = null;
      const arrived = performance.now();
      const a = event.data;
      const map = (values: Float64Array) => new Map(compact.nodes.map((n, i) => [n, values[i]!]));
      this.measures = {
        degree: map(a.degree), weightedDegree: map(a.weightedDegree), pagerank: map(a.pagerank),
        betweenness: map(a.betweenness), community: map(a.community), betweennessMethod: a.summary.betweenness,
      };
      this.measuredKey = key;
      performance.mark('kg-metrics-end');
      this.apply();
      for (const listener of this.onMeasured) listener();
      // What measuring cost the page's thread: the copy for the worker, and taking the answer in (not sigma's redraw, which follows).
      this.lastRun = { nodes: compact.nodes.length, edges: compact.source.length, ms: arrived - started, mainThreadMs: copyMs + performance.now() - arrived, summary: a.summary };
    };
    worker.onerror = (e) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.measuring = null;
      this.ctx.status(`Could not compute the graph's measures: ${e.message}`, true);
    };
    worker.postMessage(compact, [compact.source.buffer, compact.target.buffer, compact.weight.buffer]);
  }

  private renderLegend({ colorLegend: colors, sizeLegend: size, sizeRange }: Appearance, waiting: boolean): void {
    const root = byId('appearance-legend');
    clear(root);
    const { colorBy } = this.ctx.state.analysis;
    if (waiting) root.append(h('p', { class: 'hint measuring', text: 'Measuring the graph… (the drawing keeps its look until then)' }));
    root.append(h('p', { class: 'hint', text: `Colour: ${COLOR_NAMES[colorBy]}${colorBy === 'type' ? ' (legend above)' : ''}` }));
    if (colors.length) {
      root.append(h('ul', { class: 'legend appearance-colors' }, ...colors.map((c) => h('li', {},
        h('span', { class: 'swatch', style: `background:${c.color}`, 'aria-hidden': 'true' }),
        h('span', { class: 'name', text: c.label }), h('span', { class: 'count', text: c.count.toLocaleString('en') })))));
    }
    root.append(h('p', { class: 'hint size-legend', text: size }));
    if (sizeRange) {
      root.append(h('p', { class: 'hint size-range', text: `Smallest discs ${formatMeasure(sizeRange.min)}, largest ${formatMeasure(sizeRange.max)}` }));
    }
    if (this.ctx.big.remote && needsMeasures(colorBy, this.ctx.state.analysis.sizeBy)) {
      root.append(h('p', { class: 'hint', text: 'Measured on the drawn part of the graph.' }));
    }
  }
}
