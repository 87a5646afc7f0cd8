// The timeline's histogram as SVG: one bar per bin for the articles published then,
// a line for the relations first reported then (each scaled to its own maximum, so
// both read as shapes over time), and the chosen period as a band over the bins it
// covers, the bins outside it faded. Built from a Timeline; redrawn, never edited.
import type { Period, Timeline } from '../core/timeline.ts';
import { binInPeriod, dateLabel, isOpenPeriod } from '../core/timeline.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Width of one bin and the chart's height, in the SVG's own units (it is stretched to the box). */
export const BIN_WIDTH = 10;
const HEIGHT = 60;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function drawTimeline(svg: SVGSVGElement, timeline: Timeline, period: Period, draft: Period | null): void {
  const n = timeline.bins.length;
  svg.setAttribute('viewBox', `0 0 ${n * BIN_WIDTH} ${HEIGHT}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.replaceChildren();
  const shown = draft ?? period;
  const maxArticles = Math.max(1, ...timeline.bins.map((b) => b.articles));
  const maxRelations = Math.max(1, ...timeline.bins.map((b) => b.relations));
  const open = isOpenPeriod(shown);
  let first = -1;
  let last = -1;
  timeline.bins.forEach((bin, i) => {
    const inside = binInPeriod(bin.key, shown);
    if (inside && first < 0) first = i;
    if (inside) last = i;
    const h = (bin.articles / maxArticles) * (HEIGHT - 4);
    const bar = el('rect', {
      class: `bar${inside || open ? '' : ' outside'}`, x: i * BIN_WIDTH + 1, y: HEIGHT - h, width: BIN_WIDTH - 2, height: h,
      'data-key': bin.key,
    });
    const title = el('title', {});
    title.textContent = `${dateLabel(bin.key)}: ${bin.articles} article${bin.articles === 1 ? '' : 's'}, ${bin.relations} relation${bin.relations === 1 ? '' : 's'} first reported`;
    bar.append(title);
    svg.append(bar);
  });
  const points = timeline.bins.map((b, i) => `${i * BIN_WIDTH + BIN_WIDTH / 2},${HEIGHT - 2 - (b.relations / maxRelations) * (HEIGHT - 6)}`).join(' ');
  svg.append(el('polyline', { class: 'relations-line', points, fill: 'none', 'vector-effect': 'non-scaling-stroke' }));
  if (!open && first >= 0) {
    svg.append(el('rect', { class: `period${draft ? ' draft' : ''}`, x: first * BIN_WIDTH, y: 0, width: (last - first + 1) * BIN_WIDTH, height: HEIGHT, 'vector-effect': 'non-scaling-stroke' }));
  }
}

/** The bin under a pointer at clientX (clamped to the ends). */
export function binAt(svg: SVGSVGElement, timeline: Timeline, clientX: number): number {
  const box = svg.getBoundingClientRect();
  const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * timeline.bins.length);
  return Math.max(0, Math.min(timeline.bins.length - 1, i));
}
