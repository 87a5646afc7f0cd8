// What colour and size mean on the drawing, computed from the state and the
// graph's measures: colour by entity type (the default), by Louvain community
// or by article, each with its own palette (core/palettes.ts); size as built,
// or by mentions, degree, weighted degree, PageRank or betweenness. Groups
// beyond the palette share one grey, and the legend says so; it also gives the
// range of the measure behind the sizes. Pure: unit-tested in Node; the
// reducers only look colours and sizes up.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { documentName } from './summary.ts';
import { ARTICLE_PALETTE, COMMUNITY_PALETTE, OTHER_GROUP } from './palettes.ts';
import type { ColorMode, SizeMode } from './analysis-state.ts';

/** One measure per entity, as the metrics worker returns them. */
export interface Measures {
  degree: Map<string, number>;
  weightedDegree: Map<string, number>;
  pagerank: Map<string, number>;
  betweenness: Map<string, number>;
  community: Map<string, number>;
  /** How betweenness was computed (sampled on large graphs). */
  betweennessMethod: 'exact' | 'approximate';
}

export { ARTICLE_PALETTE, COMMUNITY_PALETTE, OTHER_GROUP };

export interface LegendEntry {
  color: string;
  label: string;
  count: number;
}

export interface Appearance {
  /** Colour of each entity; null: by type (the reducers' default). */
  color: Map<string, string> | null;
  /** Size of each entity in the units of the `size` attribute; null: as built. */
  size: Map<string, number> | null;
  colorLegend: LegendEntry[];
  /** One line saying what size means. */
  sizeLegend: string;
  /** The measure's range over the drawn entities (smallest and largest disc); null: sizes as built. */
  sizeRange: { min: number; max: number } | null;
}

export const SIZE_NAMES: Record<SizeMode, string> = {
  build: 'mentions and ties, as built', mentions: 'mentions', degree: 'degree (distinct neighbours)', weighted: 'weighted degree (summed relation weight)',
  pagerank: 'PageRank', betweenness: 'betweenness centrality',
};

export const COLOR_NAMES: Record<ColorMode, string> = { type: 'entity type', community: 'community (Louvain)', article: 'article' };

/** Which measures a mode needs (null: none, it reads the graph's attributes). */
export function needsMeasures(color: ColorMode, size: SizeMode): boolean {
  return color === 'community' || !['build', 'mentions'].includes(size);
}

/** Groups ranked by how many entities they hold; the first ones get the palette's colours, the rest grey. */
export function groupColors<G>(groupOf: Map<string, G>, name: (group: G) => string, palette: readonly string[] = ARTICLE_PALETTE): { color: Map<string, string>; legend: LegendEntry[] } {
  const counts = new Map<G, number>();
  for (const g of groupOf.values()) counts.set(g, (counts.get(g) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const colored = new Map(ranked.slice(0, palette.length).map(([g], i) => [g, palette[i]!]));
  const color = new Map<string, string>();
  for (const [node, g] of groupOf) color.set(node, colored.get(g) ?? OTHER_GROUP);
  const legend: LegendEntry[] = ranked.slice(0, palette.length).map(([g, count], i) => ({ color: palette[i]!, label: name(g), count }));
  const rest = ranked.slice(palette.length);
  if (rest.length) legend.push({ color: OTHER_GROUP, label: `${rest.length} other${rest.length === 1 ? '' : 's'}`, count: rest.reduce((s, [, c]) => s + c, 0) });
  return { color, legend };
}

/**
 * Colours by Louvain community number (0: the largest, src/graph/metrics.ts): the first
 * communities get the palette's colours in order, whatever part of the graph is drawn, so a
 * community keeps its colour as entities are added or filtered; the rest share the grey.
 */
export function communityColors(groupOf: Map<string, number>, palette: readonly string[] = COMMUNITY_PALETTE): { color: Map<string, string>; legend: LegendEntry[] } {
  const color = new Map<string, string>();
  const counts = new Map<number, number>();
  for (const [node, c] of groupOf) {
    color.set(node, c >= 0 && c < palette.length ? palette[c]! : OTHER_GROUP);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const legend: LegendEntry[] = [...counts.entries()].filter(([c]) => c >= 0 && c < palette.length).sort((a, b) => a[0] - b[0])
    .map(([c, count]) => ({ color: palette[c]!, label: `Community ${c + 1}`, count }));
  const rest = [...counts.entries()].filter(([c]) => c >= palette.length);
  if (rest.length) legend.push({ color: OTHER_GROUP, label: `${rest.length} other communit${rest.length === 1 ? 'y' : 'ies'}`, count: rest.reduce((s, [, n]) => s + n, 0) });
  const unmeasured = counts.get(-1);
  if (unmeasured) legend.push({ color: OTHER_GROUP, label: 'not measured', count: unmeasured });
  return { color, legend };
}

/** A measure's value for the legend: short, readable. */
export function formatMeasure(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en');
  if (a >= 1) return Number.isInteger(v) ? String(v) : v.toFixed(1);
  return v.toPrecision(2);
}

/** Sizes between the floor and a hub's size (5 to 60, the build's range), growing with the square root of the value. */
export function scaleSizes(values: Map<string, number>, range: [number, number] = [5, 60]): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const out = new Map<string, number>();
  for (const [node, v] of values) out.set(node, max > 0 ? range[0] + (range[1] - range[0]) * Math.sqrt(Math.max(0, v) / max) : range[0]);
  return out;
}

/**
 * The article each entity is coloured by: of the articles mentioning it, the one that
 * mentions most entities (the main stories keep their colour across the map).
 */
export function articleOf(graph: KnowledgeGraph): Map<string, string> {
  const size = new Map<string, number>();
  graph.forEachNode((_n, a) => { for (const d of a.documents ?? []) size.set(d, (size.get(d) ?? 0) + 1); });
  const out = new Map<string, string>();
  graph.forEachNode((node, a) => {
    let best: string | null = null;
    for (const d of a.documents ?? []) if (best === null || size.get(d)! > size.get(best)! || (size.get(d) === size.get(best) && d < best)) best = d;
    if (best !== null) out.set(node, best);
  });
  return out;
}

export function appearance(graph: KnowledgeGraph, color: ColorMode, size: SizeMode, measures: Measures | null): Appearance {
  let colorMap: Map<string, string> | null = null;
  let colorLegend: LegendEntry[] = [];
  if (color === 'community' && measures) {
    const groups = new Map<string, number>();
    graph.forEachNode((node) => groups.set(node, measures.community.get(node) ?? -1));
    ({ color: colorMap, legend: colorLegend } = communityColors(groups));
  } else if (color === 'article') {
    const groups = articleOf(graph);
    ({ color: colorMap, legend: colorLegend } = groupColors(groups, (d) => documentName(graph, d)));
    // Entities no article mentions (a file without documents) stay grey.
    graph.forEachNode((node) => { if (!colorMap!.has(node)) colorMap!.set(node, OTHER_GROUP); });
  }
  let sizeMap: Map<string, number> | null = null;
  let sizeRange: Appearance['sizeRange'] = null;
  let values: Map<string, number> | null = null;
  if (size === 'mentions') {
    values = new Map<string, number>();
    graph.forEachNode((node, a) => values!.set(node, a.mentions ?? 0));
  } else if (size !== 'build' && measures) {
    const source = { degree: measures.degree, weighted: measures.weightedDegree, pagerank: measures.pagerank, betweenness: measures.betweenness }[size];
    values = new Map<string, number>();
    graph.forEachNode((node) => values!.set(node, source.get(node) ?? 0));
  }
  if (values) {
    sizeMap = scaleSizes(values);
    let min = Infinity;
    let max = -Infinity;
    for (const v of values.values()) { if (v < min) min = v; if (v > max) max = v; }
    if (values.size) sizeRange = { min, max };
  }
  const approximate = size === 'betweenness' && measures?.betweennessMethod === 'approximate' ? ' (estimated from a sample of sources)' : '';
  return { color: colorMap, size: sizeMap, colorLegend, sizeLegend: `Size: ${SIZE_NAMES[size]}${approximate}`, sizeRange };
}
