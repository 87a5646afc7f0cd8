// Lay out only what changed. Re-laying a whole corpus because ten articles came
// in costs seconds and moves every entity the reader had learned where to find;
// instead the entities placed before keep their positions, and:
//   1. a new entity with placed neighbours starts at their weighted centre (in
//      waves, so one whose neighbours are new too follows them);
//   2. a component with no placed entity at all is laid out on its own and put
//      on a ring just outside the drawing, where nothing else is;
//   3. ForceAtlas2 refines the new entities only, with their placed neighbours
//      pinned, for a number of iterations set by the size of the change (the
//      new entities and their neighbours), not of the graph;
//   4. overlaps of the new entities are removed, the placed ones never moving.
// Entities placed incrementally accumulate; past RELAYOUT_SHARE of the graph since
// the last full layout (or on `kg build --relayout`) the caller lays out afresh.
// Pure: a graph and the previous positions in, positions on the graph out.
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../types.ts';
import { seededRandom } from '../random.ts';
import { FIT_PIXELS } from './display.ts';
import {
  centred, componentGraph, defaultIterations, extentOf, forceAtlas2Settings, placeRandomly, ringCentres, roomOnScreen, runForceAtlas2,
} from './layout.ts';

/** A full layout once the entities placed incrementally since the last one exceed this share of the graph. */
export const RELAYOUT_SHARE = 0.2;

/** Most ForceAtlas2 iterations of a refinement, however small the change. */
const MAX_REFINE_ITERATIONS = 100;

/** What one layout leaves for the next. */
export interface LayoutState {
  /** Layout units per ForceAtlas2 unit, from the last full layout. */
  scale: number;
  /** Entities placed incrementally since the last full layout. */
  placedSince: number;
  /** Every entity's position, by node key. */
  positions: ReadonlyMap<string, readonly [number, number]>;
}

/** Entities of `graph` that `previous` has no position for. */
export function newEntities(graph: KnowledgeGraph, previous: LayoutState): string[] {
  return graph.filterNodes((k) => !previous.positions.has(k)).sort();
}

/** The rule: lay out afresh when there is no previous layout, or when the new entities and those placed incrementally before exceed RELAYOUT_SHARE of the graph. */
export function needsFullLayout(graph: KnowledgeGraph, previous: LayoutState | null): boolean {
  if (!previous || !(previous.scale > 0)) return true;
  return previous.placedSince + newEntities(graph, previous).length > RELAYOUT_SHARE * graph.order;
}

/** Weight of a relation for placement, as the full layout weighs it (typed relations pull harder). */
function pull(kind: string, weight: number | undefined): number {
  return (kind === 'cooccurrence' ? 1 : 3) * Math.log2(1 + (weight ?? 1));
}

/** Median length of (up to 2,000) relations between two placed entities: the drawing's typical edge length. */
function typicalEdgeLength(graph: KnowledgeGraph, pos: Map<string, [number, number]>): number {
  const lengths: number[] = [];
  // findEdge walks the relations in forEachEdge's order and stops once the callback says so
  graph.findEdge((_e, _a, s, t) => {
    const p = pos.get(s), q = pos.get(t);
    if (p && q && s !== t) lengths.push(Math.hypot(p[0] - q[0], p[1] - q[1]));
    return lengths.length >= 2000;
  });
  lengths.sort((a, b) => a - b);
  return lengths.length ? Math.max(lengths[lengths.length >> 1]!, 1e-3) : 10;
}

export interface IncrementalResult {
  /** New entities placed next to placed neighbours. */
  joined: number;
  /** New entities in components of their own, put beside the drawing. */
  apart: number;
  /** ForceAtlas2 iterations of the refinement. */
  iterations: number;
  /** The state to keep for the next layout. */
  state: Omit<LayoutState, 'positions'>;
}

/**
 * Give every node of `graph` a position: the previous one when it has one, else one
 * found as described above. Deterministic for the same graph and previous positions.
 */
export function layoutIncrementally(graph: KnowledgeGraph, previous: LayoutState, options: { seed?: number } = {}): IncrementalResult {
  const random = seededRandom(options.seed ?? 42);
  const pos = new Map<string, [number, number]>();
  graph.forEachNode((k) => { const p = previous.positions.get(k); if (p) pos.set(k, [p[0], p[1]]); });
  const fresh = newEntities(graph, previous);
  const state = { scale: previous.scale, placedSince: previous.placedSince + fresh.length };
  if (fresh.length === 0) {
    graph.forEachNode((k, a) => { const p = pos.get(k)!; a.x = p[0]; a.y = p[1]; });
    return { joined: 0, apart: 0, iterations: 0, state };
  }
  const edge = typicalEdgeLength(graph, pos);

  // 1. Waves: each new entity with placed neighbours goes to their weighted centre, a little apart.
  const joinedSet = new Set<string>();
  let waiting = fresh;
  for (;;) {
    const wave: Array<[string, number, number]> = [];
    for (const k of waiting) {
      let sx = 0, sy = 0, sw = 0;
      graph.forEachEdge(k, (_e, a, s, t) => {
        const p = pos.get(s === k ? t : s);
        if (!p || s === t) return;
        const w = pull(a.kind, a.weight);
        sx += p[0] * w; sy += p[1] * w; sw += w;
      });
      if (sw > 0) {
        const angle = random() * Math.PI * 2;
        const r = edge * (0.25 + 0.25 * random());
        wave.push([k, sx / sw + r * Math.cos(angle), sy / sw + r * Math.sin(angle)]);
      }
    }
    if (wave.length === 0) break;
    for (const [k, x, y] of wave) { pos.set(k, [x, y]); joinedSet.add(k); }
    waiting = waiting.filter((k) => !pos.has(k));
  }

  // 2. Components with no placed entity: laid out alone, then on a ring outside the drawing.
  const apart = waiting;
  if (apart.length) placeApart(graph, apart, pos, previous.scale, edge, random);

  // 3. ForceAtlas2 on the new entities and their neighbours, the neighbours pinned, in ForceAtlas2's units.
  const iterations = refine(graph, joinedSet, pos, previous.scale);

  // 4. Overlaps of new entities removed; placed entities stay put.
  removeNewOverlaps(graph, pos, new Set(fresh));
  // in place (the attributes are the graph's own objects): no event and no object per entity
  graph.forEachNode((k, a) => {
    const p = pos.get(k)!;
    const placedBefore = previous.positions.has(k);
    a.x = placedBefore ? p[0] : Math.round(p[0] * 100) / 100;
    a.y = placedBefore ? p[1] : Math.round(p[1] * 100) / 100;
  });
  return { joined: joinedSet.size, apart: apart.length, iterations, state };
}

/** Lay out the components `keys` belong to (none placed yet) and put them on rings around the drawing. */
function placeApart(graph: KnowledgeGraph, keys: string[], pos: Map<string, [number, number]>, scale: number, edge: number, random: () => number): void {
  const keySet = new Set(keys);
  const seen = new Set<string>();
  const parts: string[][] = [];
  for (const start of keys) {
    if (seen.has(start)) continue;
    const members = [start];
    seen.add(start);
    for (let i = 0; i < members.length; i++) {
      graph.forEachNeighbor(members[i]!, (n) => { if (keySet.has(n) && !seen.has(n)) { seen.add(n); members.push(n); } });
    }
    parts.push(members.sort());
  }
  parts.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  // The drawing's centre and the radius that holds it.
  let cx = 0, cy = 0;
  for (const p of pos.values()) { cx += p[0]; cy += p[1]; }
  cx /= Math.max(1, pos.size); cy /= Math.max(1, pos.size);
  let outer = 0;
  for (const p of pos.values()) outer = Math.max(outer, Math.hypot(p[0] - cx, p[1] - cy));
  const placed = parts.map((members) => {
    const sub = componentGraph(graph, members);
    placeRandomly(sub, random);
    runForceAtlas2(sub, defaultIterations(sub.order, sub.size), null);
    const c = centred(sub);
    for (let i = 0; i < c.keys.length; i++) { c.x[i] = c.x[i]! * scale; c.y[i] = c.y[i]! * scale; }
    return { ...c, radius: c.radius * scale };
  });
  // Rings outward from the drawing's edge, each as wide as its largest component, filled along the arc.
  const gap = edge * 2;
  const centres = ringCentres(placed.map((c) => c.radius), outer + gap, gap, random() * Math.PI * 2);
  placed.forEach((c, k) => {
    const ox = cx + centres[k]![0], oy = cy + centres[k]![1];
    for (let j = 0; j < c.keys.length; j++) pos.set(c.keys[j]!, [c.x[j]! + ox, c.y[j]! + oy]);
  });
}

/** ForceAtlas2 on the entities joined to the drawing, their placed neighbours pinned; returns the iterations run. */
function refine(graph: KnowledgeGraph, joined: ReadonlySet<string>, pos: Map<string, [number, number]>, scale: number): number {
  if (joined.size === 0) return 0;
  const sub = new UndirectedGraph<{ x: number; y: number; size: number; fixed?: boolean }, { weight: number }>();
  const add = (k: string, fixed: boolean) => {
    if (sub.hasNode(k)) return;
    const p = pos.get(k)!;
    sub.addNode(k, { x: p[0] / scale, y: p[1] / scale, size: graph.getNodeAttribute(k, 'size'), ...(fixed ? { fixed: true } : {}) });
  };
  const ordered = [...joined].sort();
  for (const k of ordered) {
    add(k, false);
    graph.forEachNeighbor(k, (n) => add(n, !joined.has(n)));
  }
  const counted = new Set<string>();
  for (const k of ordered) {
    graph.forEachEdge(k, (key, a, s, t) => {
      if (s === t || counted.has(key)) return;
      counted.add(key);
      const e = sub.edge(s, t);
      const w = pull(a.kind, a.weight);
      if (e === undefined) sub.addEdge(s, t, { weight: w });
      else sub.updateEdgeAttribute(e, 'weight', (v) => (v ?? 0) + w);
    });
  }
  const iterations = Math.min(MAX_REFINE_ITERATIONS, defaultIterations(sub.order, sub.size));
  // No gravity: it pulls towards the origin of the whole drawing's frame, which this piece does not have; the pinned neighbours hold it.
  const settings = { ...forceAtlas2Settings(sub.order), gravity: 0 };
  forceAtlas2.assign(sub as never, { iterations, settings, getEdgeWeight: 'weight' });
  for (const k of ordered) pos.set(k, [sub.getNodeAttribute(k, 'x') * scale, sub.getNodeAttribute(k, 'y') * scale]);
  return iterations;
}

/** Passes over the new entities' overlaps (a new entity wedged among placed ones may never get free). */
const OVERLAP_PASSES = 30;
/** Spots tried for a new entity still overlapping after them (enough to reach past a crowded cluster). */
const SPIRAL_PROBES = 5000;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Push every new entity off the discs it overlaps (radii as the viewer draws them at fit);
 * entities placed before never move, so only pairs with a new entity are looked at: the
 * placed discs go into a grid once, and each pass compares every new disc with the placed
 * discs in the grid cells it reaches and with the other new discs. A placed disc never
 * moves, so the new one moves the whole way; of two new discs, the smaller moves more. One
 * still overlapping after OVERLAP_PASSES takes the nearest free spot (a spiral search).
 */
function removeNewOverlaps(graph: KnowledgeGraph, pos: Map<string, [number, number]>, fresh: ReadonlySet<string>): void {
  const all = graph.nodes();
  const room = roomOnScreen(graph);
  const ax = Float64Array.from(all, (k) => pos.get(k)![0]);
  const ay = Float64Array.from(all, (k) => pos.get(k)![1]);
  const extent = extentOf(ax, ay);
  const unitsPerPixel = extent / FIT_PIXELS;
  const newKeys = all.filter((k) => fresh.has(k));
  const n = newKeys.length;
  if (n === 0) return;
  const x = Float64Array.from(newKeys, (k) => pos.get(k)![0]);
  const y = Float64Array.from(newKeys, (k) => pos.get(k)![1]);
  const r = Float64Array.from(newKeys, (k) => room.get(k)! * unitsPerPixel);
  // The placed discs in a grid of cells twice the largest placed radius.
  const placed: number[] = [];
  let largest = 0;
  for (let i = 0; i < all.length; i++) {
    if (fresh.has(all[i]!)) continue;
    placed.push(i);
    largest = Math.max(largest, room.get(all[i]!)! * unitsPerPixel);
  }
  const pr = Float64Array.from(placed, (i) => room.get(all[i]!)! * unitsPerPixel);
  // At most 4,096 cells across the drawing, counted from its corner, so a cell is one number
  // (column * 2^21 + row) for anything within a hundred drawings of it.
  const cell = Math.max(largest * 2, extent / 4096, 1e-9);
  let x0 = Infinity, y0 = Infinity;
  for (let i = 0; i < all.length; i++) { x0 = Math.min(x0, ax[i]!); y0 = Math.min(y0, ay[i]!); }
  const column = (v: number) => Math.floor((v - x0) / cell), row = (v: number) => Math.floor((v - y0) / cell);
  const cellKey = (cx: number, cy: number) => cx * 2097152 + cy;
  const grid = new Map<number, number[]>();
  for (let p = 0; p < placed.length; p++) {
    const i = placed[p]!, key = cellKey(column(ax[i]!), row(ay[i]!));
    const list = grid.get(key);
    if (list) list.push(p); else grid.set(key, [p]);
  }
  // Push disc a (new) away from the point (qx, qy) until `want` apart; `share` of the push is a's.
  const apart = (a: number, qx: number, qy: number, want: number, share: number, seed: number): [number, number] | null => {
    let vx = x[a]! - qx, vy = y[a]! - qy;
    // Within rounding of touching counts as apart, or a settled pair would be counted forever.
    const enough = want * (1 - 1e-9);
    // Math.hypot(vx, vy) is at least |vx| and |vy|: most pairs a grid cell offers are settled by one subtraction
    if (vx >= enough || -vx >= enough || vy >= enough || -vy >= enough) return null;
    const d = Math.hypot(vx, vy);
    if (d >= enough) return null;
    if (d < 1e-9) { const angle = seed * GOLDEN_ANGLE; vx = Math.cos(angle); vy = Math.sin(angle); } else { vx /= d; vy /= d; }
    // Half as much again as the overlap: chains of touching discs settle in a few passes.
    const push = (want - d) * 1.5;
    x[a] = x[a]! + vx * push * share;
    y[a] = y[a]! + vy * push * share;
    return [vx * push, vy * push];
  };
  for (let pass = 0; pass < OVERLAP_PASSES; pass++) {
    let moved = 0;
    for (let a = 0; a < n; a++) {
      const reach = r[a]! + largest;
      const cx0 = column(x[a]! - reach), cx1 = column(x[a]! + reach);
      const cy0 = row(y[a]! - reach), cy1 = row(y[a]! + reach);
      for (let cx = cx0; cx <= cx1; cx++) {
        for (let cy = cy0; cy <= cy1; cy++) {
          const list = grid.get(cellKey(cx, cy));
          if (!list) continue;
          for (const p of list) {
            const i = placed[p]!;
            if (apart(a, ax[i]!, ay[i]!, r[a]! + pr[p]!, 1, a + i)) moved++;
          }
        }
      }
      for (let b = a + 1; b < n; b++) {
        const ra = r[a]! * r[a]!, rb = r[b]! * r[b]!;
        const share = rb / (ra + rb || 1);
        const v = apart(a, x[b]!, y[b]!, r[a]! + r[b]!, share, a * 7919 + b);
        if (v) { x[b] = x[b]! - v[0] * (1 - share); y[b] = y[b]! - v[1] * (1 - share); moved++; }
      }
    }
    // A pass that moved nothing found no overlap.
    if (moved === 0) break;
  }
  // A new disc still overlapping is wedged between placed ones (pushed off one onto the next):
  // it takes the free spot nearest to where it is, searched along a spiral out from it.
  // (as in apart: a point further than `limit` from the disc's centre along one axis is no nearer)
  const within = (dx: number, dy: number, limit: number): boolean =>
    dx < limit && -dx < limit && dy < limit && -dy < limit && Math.hypot(dx, dy) < limit;
  const clashes = (a: number, px: number, py: number): boolean => {
    const reach = r[a]! + largest;
    for (let cx = column(px - reach), cx1 = column(px + reach); cx <= cx1; cx++) {
      for (let cy = row(py - reach), cy1 = row(py + reach); cy <= cy1; cy++) {
        for (const p of grid.get(cellKey(cx, cy)) ?? []) {
          const i = placed[p]!;
          if (within(px - ax[i]!, py - ay[i]!, (r[a]! + pr[p]!) * (1 - 1e-9))) return true;
        }
      }
    }
    for (let b = 0; b < n; b++) if (b !== a && within(px - x[b]!, py - y[b]!, (r[a]! + r[b]!) * (1 - 1e-9))) return true;
    return false;
  };
  for (let a = 0; a < n; a++) {
    if (!clashes(a, x[a]!, y[a]!)) continue;
    const step = Math.max(r[a]!, 1e-9) * 0.5;
    for (let t = 1; t <= SPIRAL_PROBES; t++) {
      // Fermat's spiral: probes spread evenly over the disc they have covered so far
      const d = step * Math.sqrt(t), angle = t * GOLDEN_ANGLE;
      const px = x[a]! + d * Math.cos(angle), py = y[a]! + d * Math.sin(angle);
      if (!clashes(a, px, py)) { x[a] = px; y[a] = py; break; }
    }
  }
  newKeys.forEach((k, i) => pos.set(k, [x[i]!, y[i]!]));
}
