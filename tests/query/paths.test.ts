// Shortest paths: stated relations beat co-occurrence, ties are all returned,
// the hop limit holds, and each hop carries the best relation between its ends.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, KnowledgeGraph, RelationKind } from '../../src/types.ts';
import { shortestPaths, neighborhood } from '../../src/query/index.ts';
import { fixtureGraph } from './fixture-graph.ts';

function graphOf(edges: [string, string, RelationKind, string?][]): KnowledgeGraph {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  g.replaceAttributes({ documents: {} });
  edges.forEach(([s, t, kind, predicate], i) => {
    for (const n of [s, t]) if (!g.hasNode(n)) g.addNode(n, { label: n, type: 'person', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    const attrs: EdgeAttributes = { kind, predicate: predicate ?? kind, cameo: null, weight: 1, label: predicate ?? kind, confidence: 1, evidence: [{ doc: 'd', text: `${s} ${predicate ?? kind} ${t}.`, start: 0, end: 5 }] };
    g.addEdgeWithKey(`e${i}`, s, t, attrs);
  });
  return g;
}

const route = (r: ReturnType<typeof shortestPaths>) => r.paths.map((p) => p.nodes.map((n) => n.id).join('>')).sort();

describe('shortestPaths', () => {
  it('prefers two stated relations over one co-occurrence', () => {
    const g = graphOf([['A', 'B', 'cooccurrence'], ['A', 'C', 'event', 'met'], ['C', 'B', 'role', 'minister of']]);
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>C>B']);
  });

  it('takes the co-occurrence when stated relations would need many more hops', () => {
    const g = graphOf([['A', 'B', 'cooccurrence'], ['A', 'C', 'event'], ['C', 'D', 'event'], ['D', 'E', 'event'], ['E', 'B', 'event']]);
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>B']);
  });

  it('returns every path of the best cost, in either edge direction', () => {
    const g = graphOf([['A', 'X', 'event'], ['B', 'X', 'event'], ['Y', 'A', 'role'], ['Y', 'B', 'role'], ['A', 'Z', 'cooccurrence'], ['Z', 'B', 'cooccurrence']]);
    const r = shortestPaths(g, 'A', 'B');
    expect(route(r)).toEqual(['A>X>B', 'A>Y>B']);
    expect(r.paths.every((p) => p.cost === 2)).toBe(true);
  });

  it('caps the number of tied paths and says so', () => {
    const edges: [string, string, RelationKind][] = [];
    for (let i = 0; i < 8; i++) edges.push(['A', `M${i}`, 'event'], [`M${i}`, 'B', 'event']);
    const r = shortestPaths(graphOf(edges), 'A', 'B', { maxPaths: 3 });
    expect(r.paths).toHaveLength(3);
    expect(r.truncated).toBe(true);
  });

  it('finds a costlier path within the hop limit when the cheapest is too long', () => {
    const g = graphOf([['A', 'B', 'cooccurrence'], ['A', 'C', 'event'], ['C', 'D', 'event'], ['D', 'B', 'event']]);
    // Equal cost 3: one co-occurrence hop or three stated hops; both are shown without a limit...
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>B', 'A>C>D>B']);
    // ...and only the short one within 2 hops.
    expect(route(shortestPaths(g, 'A', 'B', { maxHops: 2 }))).toEqual(['A>B']);
    expect(route(shortestPaths(g, 'C', 'B', { maxHops: 1 }))).toEqual([]);
  });

  it('describes each hop with the best relation and counts the others', () => {
    const g = graphOf([['A', 'B', 'cooccurrence'], ['B', 'A', 'event', 'met'], ['A', 'B', 'role', 'adviser of']]);
    const hop = shortestPaths(g, 'A', 'B').paths[0]!.hops[0]!;
    expect(hop.relation.kind).not.toBe('cooccurrence');
    expect(hop.otherRelations).toBe(2);
    expect(hop.relation.evidence[0]!.text).toMatch(/\.$/);
  });

  it('returns a zero-hop path from an entity to itself and nothing between disconnected ones', () => {
    const g = graphOf([['A', 'B', 'event'], ['C', 'D', 'event']]);
    expect(shortestPaths(g, 'A', 'A').paths[0]!.hops).toEqual([]);
    expect(shortestPaths(g, 'A', 'D').paths).toEqual([]);
  });
});

describe('neighborhood', () => {
  it('lists stated relations before co-occurrence and negated ones after asserted ones', () => {
    const n = neighborhood(fixtureGraph(), 'country:XK');
    expect(n.relations.map((r) => `${r.kind}${r.negated ? '!' : ''}`)).toEqual(['event', 'event!', 'cooccurrence', 'cooccurrence']);
  });

  it('filters by kind and counts before the limit', () => {
    const n = neighborhood(fixtureGraph(), 'country:TR', { kind: 'role', limit: 1 });
    expect(n.total).toBe(2);
    expect(n.relations).toHaveLength(1);
    expect(n.relations[0]!.kind).toBe('role');
  });
});

describe('shortestPaths against brute force', () => {
  /** Every simple path up to maxHops, its cost the sum of the cheapest relation per hop. */
  function bruteForce(g: KnowledgeGraph, from: string, to: string, maxHops: number): { cost: number; paths: string[] } {
    const cost = (a: string, b: string) => Math.min(...[...g.outEdges(a, b), ...g.outEdges(b, a)].map((e) => {
      const k = g.getEdgeAttribute(e, 'kind');
      return g.getEdgeAttribute(e, 'negated') ? 4 : k === 'cooccurrence' ? 3 : 1;
    }));
    let best = Infinity;
    let paths: string[] = [];
    const walk = (node: string, seen: string[], c: number) => {
      if (node === to) {
        if (c < best) { best = c; paths = []; }
        if (c === best) paths.push(seen.join('>'));
        return;
      }
      if (seen.length - 1 >= maxHops) return;
      for (const n of new Set(g.neighbors(node))) if (!seen.includes(n)) walk(n, [...seen, n], c + cost(node, n));
    };
    walk(from, [from], 0);
    return { cost: best, paths: paths.sort() };
  }

  it('finds exactly the cheapest paths (all ties) on 60 seeded random graphs', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kinds: RelationKind[] = ['cooccurrence', 'event', 'role', 'cooccurrence'];
    for (let round = 0; round < 60; round++) {
      const n = 6 + Math.floor(random() * 8);
      const edges: [string, string, RelationKind][] = [];
      for (let i = 0; i < n * 2; i++) {
        const a = `v${Math.floor(random() * n)}`, b = `v${Math.floor(random() * n)}`;
        if (a !== b) edges.push([a, b, kinds[Math.floor(random() * kinds.length)]!]);
      }
      const g = graphOf(edges);
      if (g.order < 2) continue;
      const nodes = g.nodes();
      const from = nodes[0]!, to = nodes[nodes.length - 1]!;
      const maxHops = 1 + Math.floor(random() * 5);
      const expected = bruteForce(g, from, to, maxHops);
      const got = shortestPaths(g, from, to, { maxHops, maxPaths: 1000 });
      expect(route(got), `round ${round}: ${from}->${to} within ${maxHops}`).toEqual(expected.paths);
      if (got.paths.length) expect(got.paths[0]!.cost).toBe(expected.cost);
    }
  });
});
