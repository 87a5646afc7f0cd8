// Big-graph mode's pure core: ranking entities, choosing neighbours to add, and
// copying entities with the relations among them into the drawn graph.
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import {
  addEntities, compareImportance, emptyLike, importance, positionExtent, rankEntities, rankNeighbours, topSubgraph,
} from '../../viewer/src/core/subset.ts';
import { summarize, withTotals } from '../../viewer/src/core/summary.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';

const fixture = () => parseGraphFile('fixture.json', JSON.stringify(fixtureGraph()));

describe('ranking (typed relation weight, then mentions, then co-occurrence weight, then id)', () => {
  it('orders the fixture graph', () => {
    // Ukraine and North Korea tie on typed weight (5); Ukraine has more mentions.
    expect(rankEntities(fixture())).toEqual([
      'country:UA', 'country:KP', 'region:donetsk', 'person:kuleba', 'region:luhansk', 'country:RU', 'org:un', 'person:mallory',
    ]);
  });

  it.each([
    ['more typed weight wins over mentions', { typed: 2, mentions: 1, cooccurrence: 0 }, { typed: 1, mentions: 50, cooccurrence: 50 }],
    ['equal typed: more mentions', { typed: 1, mentions: 3, cooccurrence: 0 }, { typed: 1, mentions: 2, cooccurrence: 9 }],
    ['equal typed and mentions: more co-occurrence', { typed: 1, mentions: 2, cooccurrence: 2 }, { typed: 1, mentions: 2, cooccurrence: 1 }],
  ])('%s', (_name, better, worse) => {
    expect(compareImportance(better, worse)).toBeLessThan(0);
    expect(compareImportance(worse, better)).toBeGreaterThan(0);
  });

  it('a generated graph: every entity drawn first is at least as important as any left out', () => {
    const g = generateGraph(3000, 4, 5);
    const ranking = rankEntities(g);
    expect(new Set(ranking).size).toBe(g.order);
    const cut = 500;
    const weakestIn = importance(g, ranking[cut - 1]!);
    for (const n of ranking.slice(cut)) expect(compareImportance(weakestIn, importance(g, n))).toBeLessThanOrEqual(0);
  });
});

describe('neighbours to add', () => {
  it.each([
    // North Korea: 3 typed; Kuleba and Donetsk: 1 typed (Kuleba also 2 co-occurrence); then co-occurrence only, by importance then id.
    ['all, strongest tie first', 10, undefined, ['country:KP', 'person:kuleba', 'region:donetsk', 'org:un', 'person:mallory']],
    ['bounded, skipping drawn ones', 2, (k: string) => k === 'country:KP', ['person:kuleba', 'region:donetsk']],
  ])('%s', (_name, limit, exclude, expected) => {
    expect(rankNeighbours(fixture(), 'country:UA', limit, exclude)).toEqual(expected);
  });

  it('an unknown entity has none', () => {
    expect(rankNeighbours(fixture(), 'nobody', 5)).toEqual([]);
  });
});

describe('drawn subgraph', () => {
  it('top 3 of the fixture: the entities, every relation among them, the build positions', () => {
    const full = fixture();
    const drawn = topSubgraph(full, rankEntities(full), 3);
    expect(drawn.nodes().sort()).toEqual(['country:KP', 'country:UA', 'region:donetsk']);
    expect(drawn.edges().sort()).toEqual(['e2', 'e3', 'e4', 'e6']);
    for (const n of drawn.nodes()) {
      expect([drawn.getNodeAttribute(n, 'x'), drawn.getNodeAttribute(n, 'y')]).toEqual([full.getNodeAttribute(n, 'x'), full.getNodeAttribute(n, 'y')]);
    }
    expect(drawn.getAttribute('documents')).toEqual(full.getAttribute('documents'));
  });

  it('adding an entity brings its relations to drawn entities, once', () => {
    const full = fixture();
    const drawn = topSubgraph(full, rankEntities(full), 3);
    expect(addEntities(full, drawn, ['person:kuleba', 'nobody'])).toEqual(['person:kuleba']);
    expect(drawn.edges(('person:kuleba')).sort()).toEqual(['e0', 'e1']);
    expect(addEntities(full, drawn, ['person:kuleba'])).toEqual([]);
    expect(drawn.order).toBe(4);
    // Copies: moving a drawn entity leaves the whole graph as it was.
    drawn.setNodeAttribute('person:kuleba', 'x', 1e6);
    expect(full.getNodeAttribute('person:kuleba', 'x')).not.toBe(1e6);
  });

  it('a generated graph: the drawn graph holds exactly the relations among the drawn entities', () => {
    const full = generateGraph(3000, 4, 9);
    const drawn = topSubgraph(full, rankEntities(full), 400);
    expect(drawn.order).toBe(400);
    let among = 0;
    full.forEachEdge((e, _a, s, t) => {
      if (drawn.hasNode(s) && drawn.hasNode(t)) {
        among++;
        expect(drawn.extremities(e)).toEqual([s, t]);
      }
    });
    expect(drawn.size).toBe(among);
    expect(among).toBeGreaterThan(0);
  });

  it('extent covers every position; an empty graph has none', () => {
    const g = fixture();
    const e = positionExtent(g)!;
    g.forEachNode((_n, a) => {
      expect(a.x).toBeGreaterThanOrEqual(e.x[0]);
      expect(a.x).toBeLessThanOrEqual(e.x[1]);
      expect(a.y).toBeGreaterThanOrEqual(e.y[0]);
      expect(a.y).toBeLessThanOrEqual(e.y[1]);
    });
    expect(e.x[0]).toBeCloseTo(-100);
    expect(e.x[1]).toBeCloseTo(100);
    expect(positionExtent(emptyLike(g))).toBeNull();
  });
});

describe('served big graph: legend totals', () => {
  it('counts come from the server, unknown names are ignored, the rest from the drawn part', () => {
    const drawn = summarize(fixture());
    const merged = withTotals(drawn, { types: { person: 900, country: 40, bogus: 7 }, kinds: { cooccurrence: 5000, role: 12 } });
    expect(merged.typeCounts.person).toBe(900);
    expect(merged.typeCounts.country).toBe(40);
    expect(merged.typeCounts.region).toBe(0);
    expect(Object.keys(merged.typeCounts)).not.toContain('bogus');
    expect(merged.kindCounts).toMatchObject({ cooccurrence: 5000, role: 12, event: 0 });
    expect(merged.documents).toBe(drawn.documents);
    expect(merged.maxMentions).toBe(drawn.maxMentions);
  });
});
