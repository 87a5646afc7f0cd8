// The build's layout must open as a map: no two entities the viewer draws at
// opening overlap at fit, communities come out as regions, small components sit
// beside the large one, and the same graph always gets the same coordinates.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { displayRadius, drawnAtOpening, FIT_PIXELS } from '../../src/graph/display.ts';
import { components, layoutGraph, LAYOUT_EXTENT } from '../../src/graph/layout.ts';
import { countOverlaps, removeOverlaps } from '../../src/graph/overlap.ts';
import { rankEntities } from '../../src/query/subgraph.ts';
import { seededRandom } from '../../src/random.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

/** Pairs of entities drawn at opening whose discs overlap by more than half a pixel once the layout is fitted to FIT_PIXELS. */
function overlapsAtFit(graph: KnowledgeGraph): number {
  const drawnCount = drawnAtOpening(graph.order);
  const drawn = rankEntities(graph).slice(0, drawnCount);
  const xs = graph.mapNodes((_n, a) => a.x);
  const ys = graph.mapNodes((_n, a) => a.y);
  const scale = FIT_PIXELS / Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const x = Float64Array.from(drawn, (n) => graph.getNodeAttribute(n, 'x') * scale);
  const y = Float64Array.from(drawn, (n) => graph.getNodeAttribute(n, 'y') * scale);
  const r = Float64Array.from(drawn, (n) => Math.max(0, displayRadius(graph.getNodeAttribute(n, 'size'), drawnCount) - 0.25));
  return countOverlaps(x, y, r);
}

/** Share of an entity's 8 nearest entities (in the plane) from its own planted community of 50. */
function communityCoherence(graph: KnowledgeGraph): number {
  const nodes = graph.nodes();
  const pos = nodes.map((n) => [graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')] as const);
  const community = (n: string) => Math.floor(Number(n.slice(1)) / 50);
  let same = 0;
  let total = 0;
  for (let i = 0; i < nodes.length; i += 7) {
    const nearest = nodes.map((_, j) => j).filter((j) => j !== i)
      .sort((a, b) => Math.hypot(pos[a]![0] - pos[i]![0], pos[a]![1] - pos[i]![1]) - Math.hypot(pos[b]![0] - pos[i]![0], pos[b]![1] - pos[i]![1]))
      .slice(0, 8);
    for (const j of nearest) { total++; if (community(nodes[j]!) === community(nodes[i]!)) same++; }
  }
  return same / total;
}

describe('removeOverlaps', () => {
  it('separates random discs, moving small ones more than big ones, the same way every time', () => {
    const run = () => {
      const random = seededRandom(4);
      const n = 600;
      const x = Float64Array.from({ length: n }, () => random() * 150);
      const y = Float64Array.from({ length: n }, () => random() * 150);
      const r = Float64Array.from({ length: n }, (_, i) => (i === 0 ? 12 : 0.5 + random() * 1.5));
      const x0 = x[0]!;
      const before = countOverlaps(x, y, r, 0.5);
      const result = removeOverlaps(x, y, r, { margin: 0.5, maxPasses: 200 });
      return { before, result, x, y, hubMoved: Math.abs(x[0]! - x0) };
    };
    const a = run();
    expect(a.before).toBeGreaterThan(50);
    expect(a.result.remaining).toBe(0);
    expect(countOverlaps(a.x, a.y, new Float64Array(a.x.length).fill(0.5), 0)).toBe(0);
    expect(a.hubMoved).toBeLessThan(3);
    const b = run();
    expect([...b.x]).toEqual([...a.x]);
  });

  it('pulls apart discs that sit on the same point', () => {
    const x = new Float64Array([5, 5, 5]);
    const y = new Float64Array([5, 5, 5]);
    const r = new Float64Array([1, 1, 1]);
    expect(removeOverlaps(x, y, r).remaining).toBe(0);
    expect(countOverlaps(x, y, r)).toBe(0);
  });
});

describe('layoutGraph', () => {
  const graph = generateGraph(1200, 3, 5);
  // Two islands apart from the rest, as articles whose entities meet nothing else.
  for (const k of ['island-a', 'island-b', 'lonely']) graph.addNode(k, { ...graph.getNodeAttributes('n0'), label: k });
  graph.addEdgeWithKey('island', 'island-a', 'island-b', { ...graph.getEdgeAttributes(graph.edges()[0]!) });
  layoutGraph(graph, { iterations: 150 });

  it('leaves no two entities overlapping at fit', () => {
    expect(overlapsAtFit(graph)).toBe(0);
  });

  it('keeps planted communities together (most near neighbours are from the same community)', () => {
    // 24 communities of 50: by chance about 0.04 of the neighbours would share one.
    expect(communityCoherence(graph)).toBeGreaterThan(0.5);
  });

  it('fits the drawing to LAYOUT_EXTENT and puts the small components beside the large one', () => {
    const xs = graph.mapNodes((_n, a) => a.x);
    const ys = graph.mapNodes((_n, a) => a.y);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeCloseTo(LAYOUT_EXTENT, -1);
    expect(components(graph).find((c) => c.includes('island-a'))).toEqual(['island-a', 'island-b']);
    const main = components(graph)[0]!;
    const centre = [main.reduce((t, n) => t + graph.getNodeAttribute(n, 'x'), 0) / main.length, main.reduce((t, n) => t + graph.getNodeAttribute(n, 'y'), 0) / main.length];
    const spread = Math.max(...main.map((n) => Math.hypot(graph.getNodeAttribute(n, 'x') - centre[0]!, graph.getNodeAttribute(n, 'y') - centre[1]!)));
    // The island is off the main component's disc, but not far off.
    const island = Math.hypot(graph.getNodeAttribute('island-a', 'x') - centre[0]!, graph.getNodeAttribute('island-a', 'y') - centre[1]!);
    expect(island).toBeGreaterThan(spread * 0.8);
    expect(island).toBeLessThan(spread * 1.6);
  });

  it('gives the same coordinates whatever order the graph was built in', () => {
    const reversed = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    reversed.replaceAttributes({ ...graph.getAttributes() });
    for (const n of [...graph.nodes()].reverse()) reversed.addNode(n, { ...graph.getNodeAttributes(n) });
    for (const e of [...graph.edges()].reverse()) reversed.addEdgeWithKey(e, graph.source(e), graph.target(e), { ...graph.getEdgeAttributes(e) });
    layoutGraph(reversed, { iterations: 150 });
    for (const n of ['n0', 'n600', 'island-a', 'lonely']) {
      expect([reversed.getNodeAttribute(n, 'x'), reversed.getNodeAttribute(n, 'y')]).toEqual([graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')]);
    }
  });
});
