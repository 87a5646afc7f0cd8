// The timeline's data (core/timeline.ts, src/query/seen-dates.ts): bins, periods,
// the steps of "Play" and what a period hides, on the dated fixture graph.
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { seenWithin, timelineCounts } from '../../src/query/seen-dates.ts';
import { binKey, buildTimeline, hiddenByPeriod, periodLabel, periodOfBins, playSteps } from '../../viewer/src/core/timeline.ts';
import { relationDate } from '../../viewer/src/core/relation-date.ts';
import { datedGraph } from './helpers/dated-graph.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';

const graph = () => parseGraphFile('dated.json', JSON.stringify(datedGraph()));

describe('timeline', () => {
  it('counts articles by publication day and relations by the day first reported', () => {
    const c = timelineCounts(graph());
    expect(c.articles).toEqual([['2022-07-01', 1], ['2022-07-02', 1], ['2022-07-20', 1]]);
    expect(c.relations).toEqual([['2022-07-01', 2], ['2022-07-02', 5], ['2022-07-20', 2]]);
    expect([c.undatedArticles, c.undatedRelations]).toEqual([1, 1]);
  });

  it('bins by day over a month, empty days included', () => {
    const t = buildTimeline(timelineCounts(graph()))!;
    expect(t.granularity).toBe('day');
    expect(t.bins).toHaveLength(20);
    expect(t.bins[19]).toEqual({ key: '2022-07-20', articles: 1, relations: 2 });
  });

  it.each([
    [[['2020-01-05', 1], ['2022-07-01', 1]], 'month', 31],
    [[['1990-01-05', 1], ['2022-07-01', 1]], 'year', 33],
  ] as const)('a longer span is binned coarser (%j)', (articles, granularity, bins) => {
    const t = buildTimeline({ articles: articles.map(([d, n]) => [d, n]), relations: [], undatedArticles: 0, undatedRelations: 0 })!;
    expect([t.granularity, t.bins.length]).toEqual([granularity, bins]);
  });

  it.each([
    ['2022-07-14', 'month', '2022-07'], ['2022-07', 'day', '2022-07-01'], ['2022', 'month', '2022-01'], ['2022-07-14', 'year', '2022'],
  ] as const)('%s falls in bin %s → %s', (date, g, key) => expect(binKey(date, g)).toBe(key));

  it('is null when nothing is dated', () => {
    expect(buildTimeline(timelineCounts(parseGraphFile('f.json', JSON.stringify(fixtureGraph()))))).toBeNull();
  });

  it('a period hides what was not seen in it, and anything undated', () => {
    const g = graph();
    const { nodes, edges } = hiddenByPeriod(g, { since: '2022-07-02', until: '2022-07-02' });
    expect([...nodes].sort()).toEqual(['country:RU', 'org:un', 'person:kuleba', 'person:mallory']);
    expect([...edges].sort()).toEqual(['e0', 'e1', 'e7', 'e8', 'e9']);
    expect(hiddenByPeriod(g, { since: null, until: null }).nodes.size).toBe(0);
    // a month covers its days
    expect(hiddenByPeriod(g, { since: '2022-07', until: '2022-07' }).nodes).toEqual(new Set(['person:mallory']));
  });

  it('the graph as reported within a period (GET /api/subgraph?since=&until=) keeps what the period shows', () => {
    const g = graph();
    const within = seenWithin(g, { since: '2022-07-20', until: '2022-07-20' });
    expect(within.nodes().sort()).toEqual(['country:KP', 'country:RU', 'country:UA', 'org:un']);
    expect(within.edges().sort()).toEqual(['e7', 'e8']);
    expect(within.getAttribute('documents')).toEqual(g.getAttribute('documents'));
    expect(seenWithin(g, {})).toBe(g);
  });

  it('plays the period one bin at a time, and names periods', () => {
    const t = buildTimeline(timelineCounts(graph()))!;
    expect(playSteps(t, periodOfBins(t, 18, 1))).toEqual(t.bins.slice(1, 19).map((b) => b.key));
    expect(playSteps(t, { since: null, until: null })).toHaveLength(20);
    expect(periodLabel({ since: '2022-07-01', until: '2022-07-20' })).toBe('1 Jul 2022 – 20 Jul 2022');
    expect(periodLabel({ since: null, until: '2022-07' })).toBe('Until Jul 2022');
  });

  it('writes the date a relation held', () => {
    const g = graph();
    expect(relationDate(g.getEdgeAttributes('e2'))).toBe('29 Jun 2022');
    expect(relationDate(g.getEdgeAttributes('e0'))).toBeNull();
  });
});
