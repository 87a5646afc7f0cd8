// What colour and size mean on the drawing, computed from the state and the
// graph's measures: colour by entity type (the default), by Louvain community
// or by article; size as built, or by mentions, degree, weighted degree,
// PageRank or betweenness. Groups beyond the palette share one grey, and the
// legend says so. Pure: unit-tested in Node; the reducers only look colours and
// sizes up.
import { TYPE_COLORS, type KnowledgeGraph } from '../../../src/types.ts';
import { documentName } from './summary.ts';
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

/** The entity-type colours double as the categorical palette: they stay apart for colour-blind readers too (tests/graph/palette.test.ts). */
export const GROUP_PALETTE: readonly string[] = Object.values(TYPE_COLORS);
export const OTHER_GROUP = '#b8bcc4';

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
export function groupColors<G>(groupOf: Map<string, G>, name: (group: G) => string, palette: readonly string[] = GROUP_PALETTE): { color: Map<string, string>; legend: LegendEntry[] } {
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
    ({ color: colorMap, legend: colorLegend } = groupColors(groups, (c) => (c < 0 ? 'not measured' : `Community ${c + 1}`)));
  } else if (color === 'article') {
    const groups = articleOf(graph);
    ({ color: colorMap, legend: colorLegend } = groupColors(groups, (d) => documentName(graph, d)));
    // Entities no article mentions (a file without documents) stay grey.
    graph.forEachNode((node) => { if (!colorMap!.has(node)) colorMap!.set(node, OTHER_GROUP); });
  }
  let sizeMap: Map<string, number> | null = null;
  if (size === 'mentions') {
    const values = new Map<string, number>();
    graph.forEachNode((node, a) => values.set(node, a.mentions ?? 0));
    sizeMap = scaleSizes(values);
  } else if (size !== 'build' && measures) {
    const source = { degree: measures.degree, weighted: measures.weightedDegree, pagerank: measures.pagerank, betweenness: measures.betweenness }[size];
    const values = new Map<string, number>();
    graph.forEachNode((node) => values.set(node, source.get(node) ?? 0));
    sizeMap = scaleSizes(values);
  }
  const approximate = size === 'betweenness' && measures?.betweennessMethod === 'approximate' ? ' (estimated from a sample of sources)' : '';
  return { color: colorMap, size: sizeMap, colorLegend, sizeLegend: `Size: ${SIZE_NAMES[size]}${approximate}` };
}
