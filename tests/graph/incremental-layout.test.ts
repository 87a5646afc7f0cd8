// Adding articles to a laid-out graph must not move what the reader has already
// seen: entities placed before keep their positions, a new entity lands next to
// the entities it is related to, a component of new entities lands beside the
// drawing, and a large change asks for a full layout instead.
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { extentOf, layoutGraph, roomOnScreen } from '../../src/graph/layout.ts';
import { FIT_PIXELS } from '../../src/graph/display.ts';
import { layoutIncrementally, needsFullLayout, RELAYOUT_SHARE, type LayoutState } from '../../src/graph/incremental-layout.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

/** A laid-out graph of 600 entities and the state a build keeps of it. */
function laidOut(): { graph: KnowledgeGraph; state: LayoutState } {
  const graph = generateGraph(600, 3, 5);
  const { scale } = layoutGraph(graph, { iterations: 60 });
  const positions = new Map(graph.mapNodes((k, a) => [k, [a.x, a.y] as const]));
  return { graph, state: { scale, placedSince: 0, positions } };
}

function relate(graph: KnowledgeGraph, key: string, source: string, target: string): void {
  graph.addDirectedEdgeWithKey(key, source, target, { ...graph.getEdgeAttributes(graph.edges()[0]!), kind: 'event' });
}

function addEntity(graph: KnowledgeGraph, key: string): void {
  graph.addNode(key, { ...graph.getNodeAttributes('n0'), label: key, x: 0, y: 0 });
}

const position = (graph: KnowledgeGraph, k: string) => [graph.getNodeAttribute(k, 'x'), graph.getNodeAttribute(k, 'y')] as const;

/** Keys of the `count` entities nearest to `key`. */
function nearest(graph: KnowledgeGraph, key: string, count: number): string[] {
  const [x, y] = position(graph, key);
  return graph.filterNodes((k) => k !== key)
    .map((k) => [k, Math.hypot(graph.getNodeAttribute(k, 'x') - x, graph.getNodeAttribute(k, 'y') - y)] as const)
    .sort((a, b) => a[1] - b[1]).slice(0, count).map(([k]) => k);
}

describe('layoutIncrementally', () => {
  it('places a new entity next to its related entities and moves no entity placed before', () => {
    const { graph, state } = laidOut();
    addEntity(graph, 'new-article-entity');
    relate(graph, 'x1', 'new-article-entity', 'n120');
    relate(graph, 'x2', 'n121', 'new-article-entity');
    const result = layoutIncrementally(graph, state);
    expect(result).toMatchObject({ joined: 1, apart: 0 });
    for (const [k, p] of state.positions) expect(position(graph, k)).toEqual(p);
    // Among 600 entities, its two neighbours (not next to each other themselves) are among the 5% nearest to it.
    const near = nearest(graph, 'new-article-entity', 30);
    expect(near).toContain('n120');
    expect(near).toContain('n121');
  });

  it('places an entity related to one placed entity among the ten nearest to it (of 600)', () => {
    const { graph, state } = laidOut();
    addEntity(graph, 'newcomer');
    relate(graph, 'x1', 'newcomer', 'n420');
    layoutIncrementally(graph, state);
    expect(nearest(graph, 'newcomer', 10)).toContain('n420');
  });

  it('puts a component of new entities beside the drawing, apart from everything', () => {
    const { graph, state } = laidOut();
    for (const k of ['island-a', 'island-b']) addEntity(graph, k);
    relate(graph, 'xi', 'island-a', 'island-b');
    const result = layoutIncrementally(graph, state);
    expect(result).toMatchObject({ joined: 0, apart: 2 });
    const xs = [...state.positions.values()].map((p) => p[0]);
    const ys = [...state.positions.values()].map((p) => p[1]);
    const [cx, cy] = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
    const outer = Math.max(...[...state.positions.values()].map((p) => Math.hypot(p[0] - cx, p[1] - cy)));
    const [ax, ay] = position(graph, 'island-a');
    expect(Math.hypot(ax - cx, ay - cy)).toBeGreaterThan(outer * 0.95);
    expect(nearest(graph, 'island-a', 1)).toEqual(['island-b']);
  });

  it('leaves no new entity overlapping another entity as the viewer draws them at fit', () => {
    const { graph, state } = laidOut();
    // twelve new entities, each tied to two placed ones and some to each other: they start near crowded spots
    for (let i = 0; i < 12; i++) {
      addEntity(graph, `fresh-${i}`);
      relate(graph, `f${i}a`, `fresh-${i}`, `n${i * 7}`);
      relate(graph, `f${i}b`, `fresh-${i}`, `n${i * 7 + 1}`);
      if (i % 3) relate(graph, `f${i}c`, `fresh-${i}`, `fresh-${i - 1}`);
    }
    layoutIncrementally(graph, state);
    for (const [k, p] of state.positions) expect(position(graph, k)).toEqual(p);
    const keys = graph.nodes(), room = roomOnScreen(graph);
    const x = Float64Array.from(keys, (k) => graph.getNodeAttribute(k, 'x')), y = Float64Array.from(keys, (k) => graph.getNodeAttribute(k, 'y'));
    const unitsPerPixel = extentOf(x, y) / FIT_PIXELS;
    const overlaps: string[] = [];
    keys.forEach((a, i) => {
      if (!a.startsWith('fresh-')) return;
      keys.forEach((b, j) => {
        // positions are rounded to 0.01 when written: allow that much
        if (a !== b && Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) < (room.get(a)! + room.get(b)!) * unitsPerPixel - 0.02) overlaps.push(`${a}/${b}`);
      });
    });
    expect(overlaps).toEqual([]);
  });

  it('keeps every position as it was when nothing is new', () => {
    const { graph, state } = laidOut();
    graph.forEachNode((k) => graph.mergeNodeAttributes(k, { x: 0, y: 0 }));
    const result = layoutIncrementally(graph, state);
    expect(result.iterations).toBe(0);
    for (const [k, p] of state.positions) expect(position(graph, k)).toEqual(p);
  });

  it('gives the same positions for the same graph and previous layout', () => {
    const runs = [0, 1].map(() => {
      const { graph, state } = laidOut();
      addEntity(graph, 'late');
      relate(graph, 'x1', 'late', 'n300');
      layoutIncrementally(graph, state);
      return position(graph, 'late');
    });
    expect(runs[1]).toEqual(runs[0]);
  });
});

describe('needsFullLayout', () => {
  it(`asks for a full layout without a previous one, or past ${RELAYOUT_SHARE * 100}% of the graph placed incrementally`, () => {
    const { graph, state } = laidOut();
    expect(needsFullLayout(graph, null)).toBe(true);
    expect(needsFullLayout(graph, state)).toBe(false);
    for (let i = 0; i < 10; i++) addEntity(graph, `late-${i}`);
    expect(needsFullLayout(graph, state)).toBe(false);
    // Entities placed incrementally before count towards the share.
    expect(needsFullLayout(graph, { ...state, placedSince: Math.ceil(RELAYOUT_SHARE * graph.order) })).toBe(true);
    for (let i = 0; i < 200; i++) addEntity(graph, `more-${i}`);
    expect(needsFullLayout(graph, state)).toBe(true);
  });
});
