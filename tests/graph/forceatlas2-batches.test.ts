// runForceAtlas2 (src/graph/layout.ts) runs ForceAtlas2's iteration step on matrices built
// once; it must place every node exactly where one forceAtlas2.assign call per batch of
// iterations (what it replaced) places it, for any batch count, with pinned nodes too.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { forceAtlas2Settings, runForceAtlas2, seededRandom, type Component } from '../../src/graph/layout.ts';

function randomComponent(nodes: number, edges: number, seed: number): Component {
  const random = seededRandom(seed);
  const g: Component = new UndirectedGraph();
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { x: random() * 100 - 50, y: random() * 100 - 50, size: 1 + random() * 9, ...(i % 7 === 3 ? { fixed: true } : {}) });
  // a path keeps it connected, then random extra relations
  for (let i = 1; i < nodes; i++) g.addEdge(`n${i - 1}`, `n${i}`, { weight: 1 + (i % 3) });
  for (let k = 0; k < edges; k++) {
    const a = Math.floor(random() * nodes), b = Math.floor(random() * nodes);
    if (a !== b && !g.hasEdge(`n${a}`, `n${b}`)) g.addEdge(`n${a}`, `n${b}`, { weight: random() * 4 });
  }
  return g;
}

/** The old runForceAtlas2: one assign call per batch. */
function batchedAssign(sub: Component, iterations: number): void {
  const settings = forceAtlas2Settings(sub.order);
  const batch = Math.max(10, Math.min(50, iterations));
  for (let done = 0; done < iterations; done += batch) forceAtlas2.assign(sub, { iterations: Math.min(batch, iterations - done), settings, getEdgeWeight: 'weight' });
}

const positions = (g: Component) => g.mapNodes((k, a) => [k, a.x, a.y]);

describe('runForceAtlas2', () => {
  for (const [nodes, edges, iterations] of [[2, 0, 600], [12, 10, 137], [60, 120, 42], [1200, 2400, 60]] as const) {
    it(`places ${nodes} nodes as one assign call per batch does (${iterations} iterations)`, () => {
      const a = randomComponent(nodes, edges, nodes + iterations);
      const b = a.copy();
      runForceAtlas2(a, iterations, null);
      batchedAssign(b, iterations);
      expect(positions(a)).toEqual(positions(b));
      // it moved something
      expect(positions(a)).not.toEqual(positions(randomComponent(nodes, edges, nodes + iterations)));
    });
  }
});
