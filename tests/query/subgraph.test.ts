// Subgraphs of big graphs: the ranking rule on a hand-made graph, then top-N
// subgraphs and neighbourhoods of a generated graph checked against a
// brute-force reading of the same graph (which nodes, which edges, order).
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, KnowledgeGraph, NodeAttributes, RelationKind } from '../../src/types.ts';
import { TYPE_COLORS } from '../../src/types.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import {
  compareScores, entityScore, forgetRankings, graphSummary, neighborhoodSubgraph, rankEntities, topSubgraph,
  type SubgraphFilter, type SubgraphJSON,
} from '../../src/query/subgraph.ts';

/** Nodes [id, type, mentions] and edges [source, target, kind, weight]. */
function handGraph(nodes: [string, EntityType, number][], edges: [string, string, RelationKind, number][]): KnowledgeGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as unknown as KnowledgeGraph;
  g.replaceAttributes({ documents: { d1: { id: 'd1', title: 'One' } as never, d2: { id: 'd2', title: 'Two' } as never } });
  nodes.forEach(([id, type, mentions], i) => g.addNode(id, {
    label: id, type, aliases: [], mentions, documents: i % 2 ? ['d1'] : [], x: i * 10, y: -i, size: 5, color: TYPE_COLORS[type],
  }));
  edges.forEach(([s, t, kind, weight], i) => g.addDirectedEdgeWithKey(`e${i}`, s, t, {
    kind, predicate: kind, cameo: null, weight, label: kind, confidence: 1, evidence: [],
  }));
  return g;
}

// A: typed 3; F: typed 2, no mentions; B: typed 1, many mentions; C, D: no typed relation,
// most mentions (C with more co-occurrence); G: isolated; E: co-occurrence only, few mentions.
const RANKED = handGraph(
  [['A', 'person', 1], ['B', 'person', 50], ['C', 'country', 100], ['D', 'city', 100], ['E', 'person', 1], ['F', 'organization', 0], ['G', 'person', 5]],
  [['A', 'B', 'role', 1], ['A', 'F', 'event', 2], ['C', 'D', 'cooccurrence', 2], ['E', 'C', 'cooccurrence', 8]],
);

describe('rankEntities', () => {
  it.each<[string, SubgraphFilter, string[]]>([
    ['typed weight, then mentions, then co-occurrence', {}, ['A', 'F', 'B', 'C', 'D', 'G', 'E']],
    ['kinds: only entities with such relations, ranked by them', { kinds: ['cooccurrence'] }, ['C', 'D', 'E']],
    ['kinds: a typed kind', { kinds: ['event'] }, ['A', 'F']],
    ['types', { types: ['person'] }, ['A', 'B', 'G', 'E']],
    ['kinds and types', { kinds: ['role', 'cooccurrence'], types: ['person', 'city'] }, ['B', 'A', 'D', 'E']],
    ['no match', { kinds: ['location'] }, []],
  ])('%s', (_name, filter, expected) => {
    expect(rankEntities(RANKED, filter)).toEqual(expected);
  });

  it('is recomputed when the graph gains a relation', () => {
    const g = handGraph([['A', 'person', 1], ['B', 'person', 2], ['C', 'person', 3]], [['A', 'B', 'role', 1]]);
    expect(rankEntities(g)).toEqual(['B', 'A', 'C']);
    g.addDirectedEdgeWithKey('new', 'C', 'A', { kind: 'event', predicate: 'met', cameo: null, weight: 5, label: 'met', confidence: 1, evidence: [] });
    expect(rankEntities(g)).toEqual(['A', 'C', 'B']);
  });
});

const GEN = generateGraph(3000, 4, 7);

function brute(g: KnowledgeGraph, ids: string[], kinds?: readonly RelationKind[]): string[] {
  const set = new Set(ids);
  return g.filterEdges((_e, a, s, t) => set.has(s) && set.has(t) && (!kinds || kinds.includes(a.kind))).sort();
}
const keys = (r: SubgraphJSON) => r.nodes.map((n) => n.key);

describe('topSubgraph on a generated 3,000-node graph', () => {
  it.each<[string, { top: number } & SubgraphFilter]>([
    ['top 100', { top: 100 }],
    ['top 1', { top: 1 }],
    ['top 100, role relations', { top: 100, kinds: ['role'] }],
    ['top 50, people and countries', { top: 50, types: ['person', 'country'] }],
    ['top 200, events among cities', { top: 200, kinds: ['event', 'location'], types: ['city'] }],
    ['top above the node count', { top: 5000 }],
  ])('%s: the most important entities, every relation among them, build positions', (_name, opts) => {
    const r = topSubgraph(GEN, opts);
    const candidates = GEN.filterNodes((id, a) => (!opts.types || opts.types.includes(a.type))
      && (!opts.kinds || GEN.edges(id).some((e) => opts.kinds!.includes(GEN.getEdgeAttribute(e, 'kind')))));
    expect(r.nodes).toHaveLength(Math.min(opts.top, candidates.length));
    expect(r.attributes).toMatchObject({ partial: true, totalNodes: 3000, totalEdges: GEN.size, candidates: candidates.length });
    // Nobody left out is more important than anybody kept.
    const kinds = opts.kinds ? new Set(opts.kinds) : undefined;
    const kept = new Set(keys(r));
    const scores = keys(r).map((id) => entityScore(GEN, id, kinds));
    for (let i = 1; i < scores.length; i++) expect(compareScores(scores[i - 1]!, scores[i]!)).toBeLessThanOrEqual(0);
    const weakestKept = scores[scores.length - 1]!;
    for (const id of candidates) if (!kept.has(id)) expect(compareScores(weakestKept, entityScore(GEN, id, kinds))).toBeLessThanOrEqual(0);
    expect(r.edges.map((e) => e.key).sort()).toEqual(brute(GEN, keys(r), opts.kinds));
    for (const n of r.nodes) expect([n.attributes.x, n.attributes.y]).toEqual([GEN.getNodeAttribute(n.key, 'x'), GEN.getNodeAttribute(n.key, 'y')]);
  });

  it('gives the same answer cold and cached, and graphology imports it', () => {
    const warm = topSubgraph(GEN, { top: 300 });
    forgetRankings(GEN);
    const cold = topSubgraph(GEN, { top: 300 });
    expect(keys(cold)).toEqual(keys(warm));
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(JSON.stringify(cold)));
    expect([back.order, back.size]).toEqual([300, cold.edges.length]);
    expect(back.getAttribute('partial')).toBe(true);
  });

  it('keeps only the documents its entities cite', () => {
    const r = topSubgraph(RANKED, { top: 2 }); // A (no document) and F (d1)
    expect(keys(r)).toEqual(['A', 'F']);
    expect(Object.keys(r.attributes.documents)).toEqual(['d1']);
  });
});

describe('neighborhoodSubgraph', () => {
  // S is linked to X (role 3), Y (role 1), Z (co-occurrence 5); X to W; W to V.
  const STAR = handGraph(
    [['S', 'person', 1], ['X', 'person', 1], ['Y', 'country', 9], ['Z', 'person', 1], ['W', 'city', 1], ['V', 'person', 1], ['Q', 'person', 99]],
    [['S', 'X', 'role', 3], ['Y', 'S', 'role', 1], ['S', 'Z', 'cooccurrence', 5], ['X', 'W', 'location', 1], ['W', 'V', 'event', 1], ['X', 'Y', 'affiliation', 1]],
  );
  it.each<[string, Parameters<typeof neighborhoodSubgraph>[2], string[], number]>([
    ['depth 1: stated links first, strongest first', {}, ['S', 'X', 'Y', 'Z'], 4],
    ['limit keeps the strongest', { limit: 2 }, ['S', 'X'], 4],
    ['limit 1 is the entity alone, its neighbours still counted', { limit: 1 }, ['S'], 4],
    ['limit 1 at depth 2 counts the first hop only (nothing kept to expand)', { limit: 1, depth: 2 }, ['S'], 4],
    ['depth 2 reaches through kept neighbours', { depth: 2 }, ['S', 'X', 'Y', 'Z', 'W'], 5],
    ['depth 3', { depth: 3 }, ['S', 'X', 'Y', 'Z', 'W', 'V'], 6],
    ['kinds', { depth: 3, kinds: ['role', 'location'] }, ['S', 'X', 'Y', 'W'], 4],
    ['types', { depth: 2, types: ['person'] }, ['S', 'X', 'Z'], 3],
  ])('%s', (_name, opts, expected, candidates) => {
    const r = neighborhoodSubgraph(STAR, 'S', opts);
    expect(keys(r)).toEqual(expected);
    expect(r.attributes.candidates).toBe(candidates);
    expect(r.edges.map((e) => e.key).sort()).toEqual(brute(STAR, expected, opts?.kinds));
  });

  it.each([[1, 200], [2, 200], [2, 30], [3, 1000]])('generated graph, depth %i, limit %i: nearest hops first, edges among the kept nodes', (depth, limit) => {
    const centre = 'n1234';
    const r = neighborhoodSubgraph(GEN, centre, { depth, limit });
    // Breadth-first distance from the centre in the whole graph (either direction).
    const dist = new Map([[centre, 0]]);
    let level = [centre];
    for (let d = 1; d <= depth; d++) {
      const next: string[] = [];
      for (const n of level) for (const m of GEN.neighbors(n)) if (!dist.has(m)) { dist.set(m, d); next.push(m); }
      level = next;
    }
    const ids = keys(r);
    expect(ids[0]).toBe(centre);
    expect(ids.length).toBe(Math.min(limit, dist.size));
    expect(new Set(ids).size).toBe(ids.length);
    const d = ids.map((id) => dist.get(id));
    expect(d.every((x) => x !== undefined)).toBe(true);
    expect([...d].sort((a, b) => a! - b!)).toEqual(d);
    expect(r.edges.map((e) => e.key).sort()).toEqual(brute(GEN, ids));
  });
});

describe('graphSummary', () => {
  it.each([[6, true], [7, false], [0, true]])('threshold %i: large is %s for 7 entities', (threshold, large) => {
    expect(graphSummary(RANKED, threshold)).toEqual({
      nodes: 7, edges: 4, documents: 2, large, threshold,
      types: { person: 4, country: 1, city: 1, organization: 1 },
      kinds: { role: 1, event: 1, cooccurrence: 2 },
    });
  });
});
