// Lay the graph out so that it opens as a map: communities as regions, hubs
// apart, no two entities drawn on top of each other at "fit". The recipe is the
// one Gephi users follow for such graphs, done once at build time:
//   1. each connected component on its own (a news corpus has one large
//      component and hundreds of small ones: articles whose entities meet no
//      other article), the large one placed by Louvain community first;
//   2. ForceAtlas2 in LinLog mode with the attraction of hubs distributed
//      (outboundAttractionDistribution), which pulls communities into separate
//      clusters instead of one disc around the hubs;
//   3. the components packed side by side, largest in the middle;
//   4. overlaps removed for the radii the viewer draws at fit (graph/display.ts),
//      so the room left around each entity is room on screen.
// Deterministic: nodes are laid out in key order from a seeded placement, so the
// same articles give the same coordinates whatever order they were ingested in.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import iterateForceAtlas2 from 'graphology-layout-forceatlas2/iterate.js';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { createEdgeWeightGetter } from 'graphology-utils/getters.js';
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../types.ts';
import { seededRandom } from '../random.ts';
import { baseRadius, displayRadius, drawnAtOpening, FIT_PIXELS } from './display.ts';
import { rankEntities } from '../query/subgraph.ts';
import { removeOverlaps } from './overlap.ts';

export { seededRandom };

export interface LayoutOptions {
  /** ForceAtlas2 iterations of the largest component; default depends on its size. */
  iterations?: number;
  seed?: number;
  /** Stop ForceAtlas2 early once this many milliseconds have gone (checked between batches). */
  timeBudgetMs?: number;
}

/**
 * Iterations are budgeted by work (nodes + edges per iteration), so dense graphs do not stall ingestion.
 * Placement by community leaves ForceAtlas2 only refining: on the 1,162 CoNLL-2003 documents (main
 * component 5,542 entities, 18,507 relations) 42 iterations score neighbourhood preservation 0.300,
 * the 125 of a budget three times this 0.295, and leave fewer overlaps for step 4 (1,500 against 2,800).
 */
export const LAYOUT_WORK_BUDGET = 1_000_000;

export function defaultIterations(order: number, size = 0): number {
  return Math.max(30, Math.min(600, Math.round(LAYOUT_WORK_BUDGET / Math.max(1, order + size))));
}

/**
 * Rounds of overlap removal (each: rescale to the extent, then up to 30 passes). On the corpus the
 * third and fourth rounds cost a third of the layout for a tenth fewer overlapping pairs.
 */
const OVERLAP_ROUNDS = 2;

/** Components at least this big start from a placement by Louvain community, so ForceAtlas2 refines instead of untangling. */
export const COMMUNITY_PLACEMENT_ABOVE = 50;

/** Width of the laid-out graph (its larger side), in layout units; positions are rounded to 0.01 of them. */
export const LAYOUT_EXTENT = 1000;

/** Gap between two entities at fit, in screen pixels. */
const GAP_PIXELS = 1;

/** A component as its own small graph: nodes and relations in key order, weights merged per pair. */
export type Component = UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

/** Connected components (relations in either direction), each as a sorted list of keys; largest first, ties by first key. */
export function components(graph: KnowledgeGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of [...graph.nodes()].sort()) {
    if (seen.has(start)) continue;
    const members = [start];
    seen.add(start);
    for (let i = 0; i < members.length; i++) {
      graph.forEachNeighbor(members[i]!, (n) => {
        if (!seen.has(n)) { seen.add(n); members.push(n); }
      });
    }
    out.push(members.sort());
  }
  return out.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

/** True when some node cannot be reached from another (relations in either direction). */
export function hasSeveralComponents(graph: KnowledgeGraph): boolean {
  return components(graph).length > 1;
}

export function componentGraph(graph: KnowledgeGraph, keys: string[]): Component {
  const sub: Component = new UndirectedGraph();
  for (const k of keys) sub.addNode(k, { x: 0, y: 0, size: graph.getNodeAttribute(k, 'size') });
  // Each key's place in key order, so relations are sorted by numbers instead of by
  // comparing their keys as strings (the same order: sort() orders strings as < does).
  const rank = new Map<string, number>();
  [...keys].sort().forEach((k, i) => rank.set(k, i));
  const sources: string[] = [], targets: string[] = [], weights: number[] = [];
  const sourceRank: number[] = [], targetRank: number[] = [];
  for (const k of keys) {
    graph.forEachOutEdge(k, (_e, a, source, target) => {
      if (source === target) return;
      sources.push(source);
      targets.push(target);
      sourceRank.push(rank.get(source)!);
      targetRank.push(rank.get(target)!);
      // Typed relations pull harder than co-occurrence; repeated statements a little more.
      weights.push((a.kind === 'cooccurrence' ? 1 : 3) * Math.log2(1 + (a.weight ?? 1)));
    });
  }
  // By source key, target key, then weight: the order the weights of one pair are summed in.
  const order = Array.from(sources, (_s, i) => i).sort((i, j) => sourceRank[i]! - sourceRank[j]! || targetRank[i]! - targetRank[j]! || weights[i]! - weights[j]!);
  // The edge already made between two keys (either way round), by their ranks.
  const made = new Map<number, string>();
  for (const i of order) {
    const s = sourceRank[i]!, t = targetRank[i]!, w = weights[i]!;
    const pair = s < t ? s * keys.length + t : t * keys.length + s;
    const e = made.get(pair);
    if (e === undefined) made.set(pair, sub.addEdge(sources[i]!, targets[i]!, { weight: w }));
    else sub.updateEdgeAttribute(e, 'weight', (v) => (v ?? 0) + w);
  }
  return sub;
}

/** Seeded placement in a disc (small components). */
export function placeRandomly(sub: Component, random: () => number): void {
  const radius = Math.sqrt(sub.order) * 10;
  sub.forEachNode((node) => {
    const angle = random() * Math.PI * 2;
    const r = radius * Math.sqrt(random());
    sub.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/** Weight factors of relations within one Louvain community and across two, for the layout only. */
const INSIDE_COMMUNITY = 3;
const ACROSS_COMMUNITIES = 0.3;

/**
 * Placement by community: Louvain communities, each given a disc (area proportional
 * to its size) on a sunflower spiral, nodes scattered in their community's disc.
 * ForceAtlas2 then only has to refine, and communities start apart.
 */
function placeByCommunity(sub: Component, random: () => number): void {
  const communities = louvain(sub as never, { rng: random, getEdgeWeight: 'weight' }) as Record<string, number>;
  // Ties within a community pull harder than ties across: communities come out as regions
  // (on the corpus, the share of an entity's ten nearest that share its community goes from 0.30 to 0.45;
  // weaker ties across, 0.05, gave 0.47 but cost a third of the neighbourhood preservation of a planted-partition graph).
  sub.updateEachEdgeAttributes((_e, a, s, t) => ({ weight: a.weight * (communities[s] === communities[t] ? INSIDE_COMMUNITY : ACROSS_COMMUNITIES) }));
  const members = new Map<number, string[]>();
  sub.forEachNode((node) => {
    const c = communities[node]!;
    const list = members.get(c);
    if (list) list.push(node); else members.set(c, [node]);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const golden = Math.PI * (3 - Math.sqrt(5));
  let area = 0;
  groups.forEach((group, i) => {
    area += group.length;
    const ringRadius = Math.sqrt(area) * 12;
    const cx = i === 0 ? 0 : ringRadius * Math.cos(i * golden);
    const cy = i === 0 ? 0 : ringRadius * Math.sin(i * golden);
    const spread = Math.sqrt(group.length) * 6;
    for (const node of group) {
      const angle = random() * Math.PI * 2;
      const r = spread * Math.sqrt(random());
      sub.mergeNodeAttributes(node, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    }
  });
}

/** ForceAtlas2 as the build runs it, for a component of `order` entities (the incremental layout uses the same forces). */
export function forceAtlas2Settings(order: number) {
  return {
    ...forceAtlas2.inferSettings(order),
    // LinLog packs communities so tightly that making room for every entity scatters them again.
    linLogMode: false,
    outboundAttractionDistribution: true,
    barnesHutOptimize: order > 1000,
    // Coarser Barnes-Hut than the default 0.5: on the corpus the layout costs 28% less CPU
    // (3.2 s -> 2.3 s under load) for neighbourhood preservation 0.301 -> 0.297.
    barnesHutTheta: 1,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    gravity: 1,
    strongGravityMode: false,
    scalingRatio: 10,
    slowDown: 1 + Math.log10(order),
  };
}

/** Floats per node in ForceAtlas2's node matrix, and the fields of one node a run starts from scratch. */
const FA2_PER_NODE = 10;
const FA2_DX = 2, FA2_DY = 3, FA2_OLD_DX = 4, FA2_OLD_DY = 5, FA2_CONVERGENCE = 7;

/**
 * ForceAtlas2 on one component, in batches so a time budget can stop it. Each batch
 * is what one `forceAtlas2.assign` call of that many iterations does (the forces'
 * memory, speeds and convergence, start afresh; positions go on from the last
 * batch's), but the component's matrices are built once and positions written back
 * once: a call per batch rebuilt them every time, which was most of the cost for the
 * hundreds of small components of a corpus (positions are float32 in the matrices
 * either way, so they come out the same).
 */
export function runForceAtlas2(sub: Component, iterations: number, deadline: number | null): void {
  if (sub.order < 2 || sub.size === 0) return;
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2Settings(sub.order) };
  const { nodes, edges } = graphToByteArrays(sub as never, createEdgeWeightGetter('weight').fromEntry);
  const batch = Math.max(10, Math.min(50, iterations));
  for (let done = 0; done < iterations; done += batch) {
    if (done > 0) {
      for (let j = 0; j < nodes.length; j += FA2_PER_NODE) {
        nodes[j + FA2_DX] = 0; nodes[j + FA2_DY] = 0; nodes[j + FA2_OLD_DX] = 0; nodes[j + FA2_OLD_DY] = 0; nodes[j + FA2_CONVERGENCE] = 1;
      }
    }
    for (let i = Math.min(batch, iterations - done); i > 0; i--) iterateForceAtlas2(settings, nodes, edges);
    if (deadline !== null && Date.now() > deadline) break;
  }
  assignLayoutChanges(sub as never, nodes, null);
}

export interface Placed {
  keys: string[];
  x: Float64Array;
  y: Float64Array;
  /** Radius of the component's bounding disc around its centre (0, 0). */
  radius: number;
}

/** Centre a component's positions on (0, 0) and measure its bounding disc. */
export function centred(sub: Component): Placed {
  const keys = sub.nodes();
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  let cx = 0;
  let cy = 0;
  keys.forEach((k, i) => {
    x[i] = sub.getNodeAttribute(k, 'x');
    y[i] = sub.getNodeAttribute(k, 'y');
    cx += x[i]!;
    cy += y[i]!;
  });
  cx /= keys.length;
  cy /= keys.length;
  let radius = 0;
  for (let i = 0; i < keys.length; i++) {
    x[i] = x[i]! - cx;
    y[i] = y[i]! - cy;
    radius = Math.max(radius, Math.hypot(x[i]!, y[i]!));
  }
  return { keys, x, y, radius };
}

/**
 * Place the components side by side: the largest at the centre, the others on rings
 * around it, largest first, each ring as far out as its biggest component needs.
 * Linear in the number of components (a corpus has hundreds of one-entity ones).
 */
function packComponents(placed: Placed[], gap: number): Array<[number, number]> {
  if (placed.length === 0) return [];
  return [[0, 0], ...ringCentres(placed.slice(1).map((p) => p.radius), placed[0]!.radius + gap, gap)];
}

/**
 * Centres around (0, 0) for discs of the given radii (largest first), on rings from
 * `inner` outward: each ring as wide as its first disc's diameter plus `gap`, filled
 * along the arc from `startAngle`. Shared by the full layout and the incremental one.
 */
export function ringCentres(radii: readonly number[], inner: number, gap: number, startAngle = 0): Array<[number, number]> {
  const centres: Array<[number, number]> = [];
  let i = 0;
  while (i < radii.length) {
    // One ring: its width is the largest remaining disc's diameter.
    const width = 2 * radii[i]! + gap;
    const ringRadius = inner + width / 2;
    const circumference = 2 * Math.PI * ringRadius;
    let along = 0;
    const first = i;
    while (i < radii.length) {
      const r = radii[i]!;
      const need = (i === first ? 0 : r) + gap / 2;
      if (along + need + r > circumference && i > first) break;
      along += need;
      const angle = startAngle + along / ringRadius;
      centres.push([ringRadius * Math.cos(angle), ringRadius * Math.sin(angle)]);
      along += r + gap / 2;
      i++;
    }
    inner += width + gap;
  }
  return centres;
}

/**
 * Entities not drawn when the viewer opens get this share of the base radius: room for them
 * would widen dense regions and pull neighbours apart (on the corpus, 0.3 of the base radius
 * gave neighbourhood preservation 0.22, this gives 0.32).
 */
const UNDRAWN_RADIUS_SHARE = 0.05;


/** Lay the components out, centred on (0, 0) each, and pack them; returns every node's position. */
function assemble(placed: Placed[]): { keys: string[]; x: Float64Array; y: Float64Array } {
  // Components sit one typical edge length of the largest one apart.
  const main = placed[0]!;
  const gap = Math.max(1e-6, (main.radius / Math.sqrt(main.keys.length)) * 2);
  const centres = packComponents(placed, gap);
  const n = placed.reduce((t, c) => t + c.keys.length, 0);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const keys: string[] = [];
  placed.forEach((c, ci) => {
    const [ox, oy] = centres[ci]!;
    for (let i = 0; i < c.keys.length; i++) {
      x[keys.length] = c.x[i]! + ox;
      y[keys.length] = c.y[i]! + oy;
      keys.push(c.keys[i]!);
    }
  });
  return { keys, x, y };
}

/**
 * Room each entity needs on screen, in pixels at fit: the radius the viewer draws
 * (graph/display.ts) for entities drawn when it opens, plus half the gap between two;
 * a small share of the base radius for the rest.
 * (ForceAtlas2's own prevent-overlap was tried instead: slower, and it barely widened dense communities.)
 */
export function roomOnScreen(graph: KnowledgeGraph): Map<string, number> {
  const order = graph.order;
  const drawn = drawnAtOpening(order);
  const opening = new Set(drawn < order ? rankEntities(graph).slice(0, drawn) : graph.nodes());
  const pixels = new Map<string, number>();
  graph.forEachNode((k, a) => {
    const full = displayRadius(a.size, drawn);
    pixels.set(k, opening.has(k) ? full + GAP_PIXELS / 2 : Math.min(full, baseRadius(drawn) * UNDRAWN_RADIUS_SHARE));
  });
  return pixels;
}

/** A full layout: every position computed afresh from the graph alone. */
/** What a full layout leaves for later incremental ones. */
export interface FullLayoutResult {
  /** Layout units per ForceAtlas2 unit, so an incremental layout can run the same forces at the same scale. */
  scale: number;
}

export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): FullLayoutResult {
  const order = graph.order;
  if (order === 0) return { scale: 1 };
  const random = seededRandom(options.seed ?? 42);
  const deadline = options.timeBudgetMs !== undefined ? Date.now() + options.timeBudgetMs : null;
  // 1. Structure: each component on its own.
  const parts = components(graph);
  const subs: Component[] = [];
  for (const keys of parts) {
    const sub = componentGraph(graph, keys);
    if (sub.order >= COMMUNITY_PLACEMENT_ABOVE) placeByCommunity(sub, random);
    else placeRandomly(sub, random);
    const iterations = parts[0] === keys && options.iterations !== undefined ? options.iterations : defaultIterations(sub.order, sub.size);
    runForceAtlas2(sub, iterations, deadline);
    subs.push(sub);
  }
  // 2. Room on screen (see roomOnScreen).
  const room = roomOnScreen(graph);
  const { keys, x, y } = assemble(subs.map(centred));
  // 3. Overlaps removed, a few rounds: pushing entities apart widens the drawing, which shrinks it at fit.
  const n = keys.length;
  const radii = new Float64Array(n);
  const gapped = Float64Array.from(keys, (k) => room.get(k)!);
  // Layout units per ForceAtlas2 unit: the incremental layout works in ForceAtlas2's units too.
  let scale = 1;
  for (let round = 0; round < OVERLAP_ROUNDS; round++) {
    scale *= scaleTo(x, y, LAYOUT_EXTENT);
    const extent = normalise(x, y, LAYOUT_EXTENT);
    const unitsPerPixel = extent / FIT_PIXELS;
    for (let i = 0; i < n; i++) radii[i] = gapped[i]! * unitsPerPixel;
    const result = removeOverlaps(x, y, radii, { maxPasses: 30 });
    if (result.remaining === 0 && extentOf(x, y) <= extent * 1.01) break;
  }
  scale *= scaleTo(x, y, LAYOUT_EXTENT);
  normalise(x, y, LAYOUT_EXTENT);
  // Round to keep graph files small and stable.
  keys.forEach((k, i) => {
    graph.mergeNodeAttributes(k, { x: Math.round(x[i]! * 100) / 100, y: Math.round(y[i]! * 100) / 100 });
  });
  return { scale };
}

/** The factor normalise(x, y, width) scales by. */
function scaleTo(x: Float64Array, y: Float64Array, width: number): number {
  const side = extentOf(x, y);
  return side > 0 ? width / side : 1;
}

interface Bounds { x0: number; x1: number; y0: number; y1: number }

function boundsOf(x: Float64Array, y: Float64Array): Bounds {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (x[i]! < x0) x0 = x[i]!;
    if (x[i]! > x1) x1 = x[i]!;
    if (y[i]! < y0) y0 = y[i]!;
    if (y[i]! > y1) y1 = y[i]!;
  }
  return { x0, x1, y0, y1 };
}

/** The larger side of the positions' bounding box. */
export function extentOf(x: Float64Array, y: Float64Array): number {
  const { x0, x1, y0, y1 } = boundsOf(x, y);
  return Math.max(x1 - x0, y1 - y0);
}

/** Scale and centre the positions so that the larger side is `width`; returns it. */
export function normalise(x: Float64Array, y: Float64Array, width: number): number {
  const { x0, x1, y0, y1 } = boundsOf(x, y);
  const side = Math.max(x1 - x0, y1 - y0);
  if (!(side > 0)) return width;
  const k = width / side;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (let i = 0; i < x.length; i++) {
    x[i] = (x[i]! - cx) * k;
    y[i] = (y[i]! - cy) * k;
  }
  return width;
}
