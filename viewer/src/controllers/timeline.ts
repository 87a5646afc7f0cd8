// The timeline under the graph: a histogram of the articles (bars) and of the
// relations first reported (line) over time, a brush that limits the graph to what
// was seen in a period (drag across bins; a click takes one bin; arrow keys move
// it; "All dates" lifts it), and "Play", which steps the period's end one bin at a
// time so the graph grows as the articles came. The period is part of the filters
// (ViewState, so it is in the URL) and hides, never moves (core/visibility.ts).
// Hidden when nothing in the graph is dated. Served big graphs: the histogram is
// the whole graph's (GET api/timeline), and a period chosen (or opened from a link)
// draws the most connected of what was reported in it (api/subgraph?since=&until=).
import { timelineCounts } from '../../../src/query/seen-dates.ts';
import { buildTimeline, isOpenPeriod, periodLabel, periodOfBins, playSteps, type Period, type Timeline } from '../core/timeline.ts';
import { binAt, drawTimeline } from '../ui/timeline-chart.ts';
import { byId } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

/** Time between two steps of "Play". */
export const PLAY_STEP_MS = 700;

export class TimelineController {
  timeline: Timeline | null = null;
  /** The period being dragged, before it is applied. */
  private draft: Period | null = null;
  private dragFrom = -1;
  private playTimer: ReturnType<typeof setTimeout> | null = null;
  private built = 0;

  constructor(private ctx: ViewerContext) {}

  private get svg(): SVGSVGElement {
    return document.getElementById('timeline-chart') as unknown as SVGSVGElement;
  }

  private get period(): Period {
    const f = this.ctx.state.filters;
    return { since: f.since, until: f.until };
  }

  wire(): void {
    const svg = this.svg;
    svg.addEventListener('pointerdown', (e) => {
      if (!this.timeline || e.button !== 0) return;
      this.stop();
      svg.setPointerCapture(e.pointerId);
      this.dragFrom = binAt(svg, this.timeline, e.clientX);
      this.draft = periodOfBins(this.timeline, this.dragFrom, this.dragFrom);
      this.sync();
    });
    svg.addEventListener('pointermove', (e) => {
      if (!this.timeline || this.dragFrom < 0) return;
      this.draft = periodOfBins(this.timeline, this.dragFrom, binAt(svg, this.timeline, e.clientX));
      this.sync();
    });
    const finish = (e: PointerEvent) => {
      if (!this.timeline || this.dragFrom < 0) return;
      const period = periodOfBins(this.timeline, this.dragFrom, binAt(svg, this.timeline, e.clientX));
      this.dragFrom = -1;
      this.draft = null;
      this.setPeriod(period);
    };
    svg.addEventListener('pointerup', finish);
    svg.addEventListener('pointercancel', () => { this.dragFrom = -1; this.draft = null; this.sync(); });
    svg.addEventListener('keydown', (e) => this.onKey(e));
    byId('timeline-play').addEventListener('click', () => (this.playTimer ? this.stop() : this.play()));
    byId('timeline-all').addEventListener('click', () => { this.stop(); this.setPeriod({ since: null, until: null }); });
  }

  private setPeriod(p: Period, history: 'push' | 'replace' = 'push'): void {
    const before = this.period;
    this.ctx.patch((s) => { s.filters.since = p.since; s.filters.until = p.until; }, history);
    // Served big graph: a period chosen by hand draws the most connected of what was reported
    // then (Play only filters what is drawn: it would redraw at every step).
    const remote = this.ctx.big.remote;
    if (remote && history === 'push' && (before.since !== p.since || before.until !== p.until)) void this.ctx.big.setRemoteTop(remote, this.ctx.big.top);
  }

  /** Left and right move the period by a bin (an open period starts at the last bin); Escape lifts it. */
  private onKey(e: KeyboardEvent): void {
    const t = this.timeline;
    if (!t) return;
    if (e.key === 'Escape') { this.setPeriod({ since: null, until: null }); e.preventDefault(); return; }
    const step = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const keys = t.bins.map((b) => b.key);
    const p = this.period;
    let a = p.since ? keys.indexOf(p.since) : 0;
    let b = p.until ? keys.indexOf(p.until) : keys.length - 1;
    if (isOpenPeriod(p) || a < 0 || b < 0) { a = b = keys.length - 1; }
    else if (a + step >= 0 && b + step < keys.length) { a += step; b += step; }
    this.setPeriod(periodOfBins(t, a, b));
  }

  /** A new drawing: the histogram of its graph (served: of the whole graph, when the server says). */
  build(): void {
    this.stop();
    const seq = ++this.built;
    const graph = this.ctx.big.full ?? this.ctx.graph;
    this.show(graph ? buildTimeline(timelineCounts(graph)) : null);
    const remote = this.ctx.big.remote;
    if (remote) {
      void remote.timeline().then((counts) => { if (seq === this.built) { this.show(buildTimeline(counts)); this.sync(); } }, () => {});
    }
  }

  private show(timeline: Timeline | null): void {
    const hadBox = !byId('timeline').hidden;
    this.timeline = timeline;
    const box = byId('timeline');
    box.hidden = timeline === null && isOpenPeriod(this.period);
    byId('timeline-granularity').textContent = timeline ? `by ${timeline.granularity}` : 'no dated articles';
    document.querySelector('.stage')?.classList.toggle('has-timeline', !box.hidden);
    // sigma measures its container on each render: a refresh fits it to the room left.
    if (hadBox === box.hidden) this.ctx.renderer?.refresh();
  }

  /** The histogram, the period and what it leaves seen, from the state. */
  sync(): void {
    const t = this.timeline;
    const p = this.period;
    if (byId('timeline').hidden && !isOpenPeriod(p)) this.show(t);
    byId('timeline-period').textContent = periodLabel(this.draft ?? p);
    byId('timeline-all').hidden = isOpenPeriod(p);
    const graph = this.ctx.graph;
    if (graph) {
      const v = this.ctx.visibility;
      const nodes = graph.order - v.hiddenNodes.size;
      const edges = graph.size - v.hiddenEdges.size;
      byId('timeline-seen').textContent = `${nodes.toLocaleString('en')} entities · ${edges.toLocaleString('en')} relations shown`;
    }
    const svg = this.svg;
    if (t) drawTimeline(svg, t, p, this.draft);
    else svg.replaceChildren();
    // For assistive technology the brush is a slider whose value is the period's end.
    const keys = t?.bins.map((b) => b.key) ?? [];
    svg.setAttribute('aria-valuemax', String(Math.max(0, keys.length - 1)));
    svg.setAttribute('aria-valuenow', String(p.until && keys.includes(p.until) ? keys.indexOf(p.until) : Math.max(0, keys.length - 1)));
    svg.setAttribute('aria-valuetext', periodLabel(p));
    const play = byId('timeline-play');
    play.setAttribute('aria-pressed', String(this.playTimer !== null));
    play.textContent = this.playTimer ? 'Pause' : 'Play';
    byId('timeline').dataset.playing = String(this.playTimer !== null);
  }

  /** Step the period's end through its bins (the whole timeline when no period is set). */
  play(): void {
    const t = this.timeline;
    if (!t) return;
    const p = this.period;
    let steps = playSteps(t, p);
    // A period of one bin, or one already played to its end from the start, plays the whole timeline again.
    if (steps.length <= 1) steps = playSteps(t, { since: null, until: null });
    const since = steps.length === t.bins.length ? null : p.since;
    let i = 0;
    const next = () => {
      this.playTimer = i < steps.length - 1 ? setTimeout(next, PLAY_STEP_MS) : null;
      this.setPeriod({ since, until: steps[i++]! }, 'replace');
    };
    this.playTimer = setTimeout(next, 0);
    this.sync();
  }

  stop(): void {
    if (this.playTimer === null) return;
    clearTimeout(this.playTimer);
    this.playTimer = null;
    this.sync();
  }
}
