// The path search's compact adjacency and its per-graph cache: each neighbour
// once at its cheapest hop cost, rebuilt when the graph changes, and many
// queries on one graph (reused working tables) still exact against brute force.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, KnowledgeGraph, RelationKind } from '../../src/types.ts';
import { shortestPaths } from '../../src/query/index.ts';
import { buildPathIndex, pathIndex } from '../../src/query/path-index.ts';

type Edge = [string, string, RelationKind, { negated?: boolean; hypothetical?: boolean }?];

function graphOf(edges: Edge[]): KnowledgeGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as KnowledgeGraph;
  g.replaceAttributes({ documents: {} });
  edges.forEach(([s, t, kind, flags], i) => {
    for (const n of [s, t]) if (!g.hasNode(n)) g.addNode(n, { label: n, type: 'person', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    const attrs: EdgeAttributes = { kind, predicate: kind, cameo: null, weight: 1, label: kind, confidence: 1, evidence: [], ...flags };
    g.addEdgeWithKey(`e${i}`, s, t, attrs);
  });
  return g;
}

/** Neighbour -> cost rows of the index, by node id. */
function rows(g: KnowledgeGraph): Record<string, [string, number][]> {
  const idx = buildPathIndex(g);
  const out: Record<string, [string, number][]> = {};
  idx.ids.forEach((id, i) => {
    out[id] = [];
    for (let k = idx.offsets[i]!; k < idx.offsets[i + 1]!; k++) out[id]!.push([idx.ids[idx.targets[k]!]!, idx.costs[k]!]);
  });
  return out;
}

const route = (r: ReturnType<typeof shortestPaths>) => r.paths.map((p) => p.nodes.map((n) => n.id).join('>')).sort();

describe('buildPathIndex', () => {
  it('lists each neighbour once, either direction, at its cheapest hop cost, without self-loops', () => {
    const g = graphOf([
      ['A', 'B', 'cooccurrence'], ['B', 'A', 'event', { negated: true }], ['A', 'B', 'role', { hypothetical: true }],
      ['C', 'A', 'cooccurrence'], ['A', 'A', 'event'], ['C', 'B', 'event', { negated: true }],
    ]);
    const r = rows(g);
    expect(Object.fromEntries(r.A!)).toEqual({ B: 2, C: 3 });
    expect(Object.fromEntries(r.B!)).toEqual({ A: 2, C: 4 });
    expect(Object.fromEntries(r.C!)).toEqual({ A: 3, B: 4 });
  });

  it('has nothing to list for a graph without edges', () => {
    const g = graphOf([]);
    g.addNode('lonely', { label: 'lonely', type: 'person', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    const idx = buildPathIndex(g);
    expect([...idx.offsets]).toEqual([0, 0]);
    expect(idx.targets).toHaveLength(0);
  });
});

describe('pathIndex cache', () => {
  it('is reused while the graph is unchanged', () => {
    const g = graphOf([['A', 'B', 'event']]);
    expect(pathIndex(g)).toBe(pathIndex(g));
  });

  it('sees an added shortcut, a dropped relation, a relation that became negated and a swapped one', () => {
    const g = graphOf([['A', 'C', 'event'], ['C', 'D', 'event'], ['D', 'B', 'event'], ['A', 'X', 'event'], ['X', 'B', 'cooccurrence']]);
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>C>D>B']);
    g.addEdgeWithKey('short', 'A', 'B', { kind: 'event', predicate: 'met', cameo: null, weight: 1, label: 'met', confidence: 1, evidence: [] });
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>B']);
    g.dropEdge('short');
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>C>D>B']);
    // Same number of nodes and edges, but one hop now costs 4: A>C>D>B costs 6, A>X>B costs 4.
    g.setEdgeAttribute('e1', 'negated', true);
    expect(route(shortestPaths(g, 'A', 'B'))).toEqual(['A>X>B']);
    // One relation swapped for another, same counts again: X-B gone, C-B stated.
    g.dropEdge('e4');
    g.addEdgeWithKey('cb', 'C', 'B', { kind: 'role', predicate: 'adviser of', cameo: null, weight: 1, label: 'adviser of', confidence: 1, evidence: [] });
    const r = shortestPaths(g, 'A', 'B');
    expect(route(r)).toEqual(['A>C>B']);
    expect(r.paths[0]!.cost).toBe(2);
  });
});

describe('shortestPaths, many queries on one graph', () => {
  /** Every simple path up to maxHops, its cost the sum of the cheapest relation per hop. */
  function bruteForce(g: KnowledgeGraph, from: string, to: string, maxHops: number): string[] {
    const cost = (a: string, b: string) => Math.min(...[...g.outEdges(a, b), ...g.outEdges(b, a)].map((e) => {
      const at = g.getEdgeAttributes(e);
      return at.negated ? 4 : at.kind === 'cooccurrence' ? 3 : at.hypothetical ? 2 : 1;
    }));
    let best = Infinity;
    let paths: string[] = [];
    const walk = (node: string, seen: string[], c: number) => {
      if (c > best) return;
      if (node === to) {
        if (c < best) { best = c; paths = []; }
        paths.push(seen.join('>'));
        return;
      }
      if (seen.length - 1 >= maxHops) return;
      for (const n of new Set(g.neighbors(node))) if (!seen.includes(n)) walk(n, [...seen, n], c + cost(node, n));
    };
    walk(from, [from], 0);
    return from === to ? [from] : paths.sort();
  }

  it('matches brute force on 150 seeded queries over one graph with hubs, hop limits 1 to 6 in mixed order', () => {
    let seed = 987;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kinds: RelationKind[] = ['cooccurrence', 'event', 'role', 'cooccurrence', 'location'];
    const n = 36;
    const edges: Edge[] = [];
    const flags = () => (random() < 0.1 ? { negated: true } : random() < 0.1 ? { hypothetical: true } : undefined);
    // Two hubs tied to many nodes, plus sparse random relations among the rest.
    for (let i = 2; i < n; i++) {
      if (random() < 0.5) edges.push(['v0', `v${i}`, kinds[Math.floor(random() * kinds.length)]!, flags()]);
      if (random() < 0.3) edges.push([`v${i}`, 'v1', kinds[Math.floor(random() * kinds.length)]!, flags()]);
    }
    for (let i = 0; i < n * 1.2; i++) {
      const a = `v${2 + Math.floor(random() * (n - 2))}`, b = `v${2 + Math.floor(random() * (n - 2))}`;
      if (a !== b) edges.push([a, b, kinds[Math.floor(random() * kinds.length)]!, flags()]);
    }
    const g = graphOf(edges);
    const nodes = g.nodes();
    let connected = 0, tied = 0;
    for (let q = 0; q < 150; q++) {
      const from = nodes[Math.floor(random() * nodes.length)]!, to = nodes[Math.floor(random() * nodes.length)]!;
      const maxHops = 1 + Math.floor(random() * 6);
      const got = route(shortestPaths(g, from, to, { maxHops, maxPaths: 100000 }));
      expect(got, `query ${q}: ${from}->${to} within ${maxHops}`).toEqual(bruteForce(g, from, to, maxHops));
      if (got.length) connected++;
      if (got.length > 1) tied++;
    }
    // The draw exercises found, missing and tied answers.
    expect(connected).toBeGreaterThan(50);
    expect(connected).toBeLessThan(150);
    expect(tied).toBeGreaterThan(10);
  });

  it('keeps the number of tied paths exact around maxPaths on a hub', () => {
    const edges: Edge[] = [];
    for (let i = 0; i < 30; i++) edges.push(['A', `M${i}`, 'event'], [`M${i}`, 'B', 'role']);
    const g = graphOf(edges);
    for (const [maxPaths, count, truncated] of [[29, 29, true], [30, 30, false], [31, 30, false], [1, 1, true]] as const) {
      const r = shortestPaths(g, 'A', 'B', { maxPaths });
      expect(r.paths).toHaveLength(count);
      expect(r.truncated).toBe(truncated);
      expect(new Set(route(r)).size).toBe(count);
    }
  });
});

describe('shortestPaths hop limits outside the usual range', () => {
  const chain = graphOf(Array.from({ length: 14 }, (_, i) => [`c${i}`, `c${i + 1}`, 'event'] as Edge));
  it.each([
    ['no hop at all', 0, []],
    ['less than one hop', 0.5, []],
    ['a negative limit', -3, []],
    ['not a number', NaN, []],
    ['13 hops, one short of the chain', 13, []],
    ['a fraction above 14', 14.5, ['c0>c1>c2>c3>c4>c5>c6>c7>c8>c9>c10>c11>c12>c13>c14']],
    ['far more hops than the graph has nodes', 1e6, ['c0>c1>c2>c3>c4>c5>c6>c7>c8>c9>c10>c11>c12>c13>c14']],
    ['no limit', Infinity, ['c0>c1>c2>c3>c4>c5>c6>c7>c8>c9>c10>c11>c12>c13>c14']],
  ] as const)('%s (%s)', (_name, maxHops, expected) => {
    const r = shortestPaths(chain, 'c0', 'c14', { maxHops });
    expect(route(r)).toEqual(expected);
    expect(r.maxHops).toBe(maxHops);
  });

  it('refuses a limit whose working tables would not fit, saying which limit would', () => {
    const big = graphOf(Array.from({ length: 3000 }, (_, i) => [`b${i}`, `b${i + 1}`, 'cooccurrence'] as Edge));
    expect(() => shortestPaths(big, 'b0', 'b3000', { maxHops: 5000 })).toThrow(/maxHops expects at most 2794 on a graph of 3001 entities, got 5000/);
  });
});
