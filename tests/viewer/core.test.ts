// The viewer's pure core (no browser): URL state, search ranking, evidence
// highlighting, filters, and path preferences.
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { edgeCost, findPaths, orderPaths, type FoundPath } from '../../viewer/src/core/paths.ts';
import { indexParallelEdges } from '../../viewer/src/core/parallel.ts';
import { buildSearchIndex, searchEntities } from '../../viewer/src/core/search.ts';
import { defaultState, stateFromQuery, stateToQuery, type ViewState } from '../../viewer/src/core/state.ts';
import { highlightNames } from '../../viewer/src/core/highlight.ts';
import { articleEntries, fileName, findArticles } from '../../viewer/src/core/articles.ts';
import { computeVisibility } from '../../viewer/src/core/visibility.ts';
import { defaultFilters } from '../../viewer/src/core/state.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';

const graph = () => parseGraphFile('fixture.json', JSON.stringify(fixtureGraph()));

describe('URL state', () => {
  const full: ViewState = {
    selected: 'person:kuleba', edge: 'e7', pathFrom: 'country:UA', pathTo: 'region:donetsk', query: 'Kule ba&x',
    filters: { hiddenTypes: new Set(['region', 'city']), hiddenKinds: new Set(['cooccurrence']), minMentions: 2, minWeight: 3, doc: 'doc-news', hideKnowledge: true, since: '2022-07', until: '2022-07-14' },
    camera: { x: 0.25, y: 0.5, ratio: 0.125 }, top: 'all', viewerLayout: true, file: 'my graph.gexf', compare: ['country:UA', 'org:a,b'],
    analysis: {
      question: 'Who is connected to Ukraine?', colorBy: 'community', sizeBy: 'pagerank', table: 'relations', tableView: 'kind=event&sort=cameo.asc',
      ego: { center: 'country:UA', hops: 2, minWeight: 2, kinds: new Set(['event', 'role']) },
    },
  };

  it('round-trips every field', () => {
    expect(stateFromQuery(stateToQuery(full))).toEqual(full);
  });

  it.each([
    ['', defaultState()],
    ['?entity=a&hideTypes=person,bogus&minMentions=-3&minWeight=abc', { ...defaultState(), selected: 'a', filters: { ...defaultFilters(), hiddenTypes: new Set(['person']) } }],
    ['?view=1,2&top=-4&layout=yes', defaultState()],
    ['?since=July&until=2022-7-1', defaultState()],
    ['?view=0.5,0.5,0.2&top=3000', { ...defaultState(), camera: { x: 0.5, y: 0.5, ratio: 0.2 }, top: 3000 }],
  ])('%j reads leniently', (query, expected) => {
    expect(stateFromQuery(query)).toEqual(expected);
  });

  it('writes nothing for the default view and sorts lists', () => {
    expect(stateToQuery(defaultState())).toBe('');
    expect(stateToQuery({ ...defaultState(), filters: { ...defaultFilters(), hiddenTypes: new Set(['region', 'city']) } })).toBe('?hideTypes=city%2Cregion');
  });
});

describe('search', () => {
  const index = buildSearchIndex(graph());
  it.each([
    ['Kuleba', 'person:kuleba', 'Kuleba'],
    ['kuLEBA', 'person:kuleba', 'Kuleba'],
    ['dmytro', 'person:kuleba', 'Dmytro Kuleba'],
    ['pyongyang', 'country:KP', 'Pyongyang'],
    ['korea', 'country:KP', 'North Korea'],
    ['un', 'org:un', 'UN'],
  ])('%s finds %s (matched %s)', (query, key, matched) => {
    const [hit] = searchEntities(index, query);
    expect(hit.entry.key).toBe(key);
    expect(hit.matched).toBe(matched);
  });

  it('ranks an exact name before a prefix before a substring, and skips hidden entities', () => {
    expect(searchEntities(index, 'u').map((h) => h.entry.key).slice(0, 2)).toEqual(['country:UA', 'org:un']);
    expect(searchEntities(index, 'Ukraine', 8, (k) => k === 'country:UA')).toEqual([]);
    expect(searchEntities(index, '   ')).toEqual([]);
  });
});

describe('highlightNames', () => {
  it.each([
    ['Foreign Minister Dmytro Kuleba met Kuleba', ['Kuleba', 'Dmytro Kuleba'], ['Foreign Minister ', '[Dmytro Kuleba]', ' met ', '[Kuleba]']],
    ['North Koreans and North Korea', ['North Korea'], ['North Koreans and ', '[North Korea]']],
    ['<script>alert(1)</script> Ukraine', ['Ukraine'], ['<script>alert(1)</script> ', '[Ukraine]']],
    ['nothing here', ['X'], ['nothing here']],
  ])('%s', (sentence, names, expected) => {
    expect(highlightNames(sentence, names).map((p) => (p.mark ? `[${p.text}]` : p.text))).toEqual(expected);
  });

  it('marks the names of several entities, each group compiled once; of overlapping names the first, then the longest', () => {
    const marked = (s: string, ...groups: string[][]) => highlightNames(s, ...groups).map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
    expect(marked('Kuleba met Blinken in New York City and New York', ['Dmytro Kuleba', 'Kuleba'], ['Antony Blinken', 'Blinken'], ['New York'], ['New York City']))
      .toBe('[Kuleba] met [Blinken] in [New York City] and [New York]');
    expect(marked('United States Senate and States', ['United States'], ['States', 'United States Senate']))
      .toBe('[United States Senate] and [States]');
    // a name in no group is not marked; a group without usable names marks nothing
    expect(marked('Paris and Rome', ['Paris'], ['', 'R'])).toBe('[Paris] and Rome');
    // case aside, whole words only, letters of any script count as word characters
    expect(marked('KULEBA and kuleba, Kulebas and ÜKuleba', ['Kuleba'])).toBe('[KULEBA] and [kuleba], Kulebas and ÜKuleba');
    expect(marked('Gdańsk, Łódź and Łódźka', ['łódź'], ['GDAŃSK'])).toBe('[Gdańsk], [Łódź] and Łódźka');
    // where lower-casing changes the length ("İ"), the positions come from a pattern instead
    expect(marked('Mayor of İstanbul met Ekrem İmamoğlu', ['İstanbul'], ['Ekrem İmamoğlu'])).toBe('Mayor of [İstanbul] met [Ekrem İmamoğlu]');
    // the same groups again give the same pieces (the kept pattern is reused, its state never leaks)
    expect(marked('Kuleba, Kuleba', ['Kuleba'])).toBe('[Kuleba], [Kuleba]');
    expect(marked('Kuleba, Kuleba', ['Kuleba'])).toBe('[Kuleba], [Kuleba]');
  });
});

describe('filters', () => {
  it('hide nodes by type, mentions and article, and the edges that touch them', () => {
    const g = graph();
    const v = computeVisibility(g, { ...defaultFilters(), hiddenTypes: new Set(['region']) });
    expect([...v.hiddenNodes].sort()).toEqual(['region:donetsk', 'region:luhansk']);
    expect(v.hiddenEdges.has('e4')).toBe(true); // North Korea recognized Donetsk
    const mentions = computeVisibility(g, { ...defaultFilters(), minMentions: 5 });
    expect([...g.nodes()].filter((n) => !mentions.hiddenNodes.has(n)).sort()).toEqual(['country:KP', 'country:RU', 'country:UA']);
    const article = computeVisibility(g, { ...defaultFilters(), doc: 'doc-hostile' });
    expect([...g.nodes()].filter((n) => !article.hiddenNodes.has(n)).sort()).toEqual(['country:UA', 'person:mallory']);
    const kinds = computeVisibility(g, { ...defaultFilters(), hiddenKinds: new Set(['cooccurrence']) });
    expect(kinds.hiddenNodes.size).toBe(0);
    expect(kinds.hiddenEdges.has('e1') && kinds.hiddenEdges.has('e7') && !kinds.hiddenEdges.has('e0')).toBe(true);
  });

  it('keep, under the article filter, what a served big graph lists only in part (documentsTotal, evidenceTotal)', () => {
    const g = graph();
    // Russia's list is cut to what the server sent: the hostile article may be among the ids left out
    const served = g as unknown as { setNodeAttribute(node: string, key: string, value: unknown): void };
    served.setNodeAttribute('country:RU', 'documentsTotal', g.getNodeAttribute('country:RU', 'documents').length + 25);
    const article = computeVisibility(g, { ...defaultFilters(), doc: 'doc-hostile' });
    expect(article.hiddenNodes.has('country:RU')).toBe(false);
    // an uncut list still decides
    expect(article.hiddenNodes.has('country:KP')).toBe(true);
  });
});

describe('paths', () => {
  it('prefer a typed relation over a parallel co-occurrence and ignore direction', () => {
    const g = graph();
    const [best] = findPaths(g, 'person:kuleba', 'region:luhansk');
    expect(best.nodes).toEqual(['person:kuleba', 'country:UA', 'country:KP', 'region:luhansk']);
    expect(best.hops.map((h) => g.getEdgeAttribute(h.edge, 'kind'))).toEqual(['role', 'event', 'event']);
    expect(best.hops.map((h) => h.forward)).toEqual([true, true, true]);
  });

  it('go around hidden parts, or find nothing', () => {
    const g = graph();
    const noKp = computeVisibility(g, { ...defaultFilters(), hiddenKinds: new Set(['event']) });
    expect(findPaths(g, 'person:kuleba', 'region:luhansk', noKp)).toEqual([]);
    const [viaRegion] = findPaths(g, 'person:kuleba', 'region:donetsk', noKp);
    expect(viaRegion.hops.map((h) => h.forward)).toEqual([true, false]); // Donetsk located in Ukraine, read backwards
    expect(findPaths(g, 'person:kuleba', 'person:kuleba')).toEqual([]);
    expect(findPaths(g, 'person:kuleba', 'nope')).toEqual([]);
  });
});

describe('parallel edge slots', () => {
  // The rules of @sigma/edge-curve's indexParallelEdgesIndex (which needs WebGL to import, so not here).
  it('spread one-way bundles around the line, put reciprocal edges on opposite sides, leave loners straight', async () => {
    const { MultiDirectedGraph } = await import('graphology');
    const g = new MultiDirectedGraph();
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
    const edges: Array<[string, string]> = [['a', 'b'], ['a', 'b'], ['a', 'b'], ['b', 'c'], ['c', 'b'], ['c', 'd'], ['c', 'd'], ['d', 'c'], ['a', 'd'], ['d', 'd']];
    edges.forEach(([s, t], i) => g.addEdgeWithKey(`e${i}`, s, t));
    const slots = indexParallelEdges(g);
    expect(Object.fromEntries(slots)).toEqual({
      e0: { index: -1, max: 1 }, e1: { index: 0, max: 1 }, e2: { index: 1, max: 1 },
      e3: { index: 1, max: 1 }, e4: { index: 1, max: 1 },
      e5: { index: 1, max: 2 }, e6: { index: 2, max: 2 }, e7: { index: 1, max: 1 },
    });
  });
});

describe('edge cost', () => {
  const edge = (kind: string, weight: number, confidence = 1, negated = false) => ({ kind, weight, confidence, negated, predicate: '', cameo: null, label: '', evidence: [] }) as never;
  it.each([
    ['a weak typed relation', edge('event', 1, 0), 'the strongest co-occurrence', edge('cooccurrence', 1000)],
    ['a negated typed relation', edge('role', 1, 0, true), 'a co-occurrence in many sentences', edge('cooccurrence', 20)],
    ['a well-supported relation', edge('role', 8), 'a single statement', edge('role', 1)],
    ['a co-occurrence in many sentences', edge('cooccurrence', 20), 'one in a single sentence', edge('cooccurrence', 1)],
  ])('%s costs less than %s', (_a, cheap, _b, dear) => {
    expect(edgeCost(cheap)).toBeLessThan(edgeCost(dear));
  });
});

describe('orderPaths', () => {
  const path = (hops: number, cost: number): FoundPath => ({ nodes: [], hops: Array.from({ length: hops }, () => ({ from: '', to: '', edge: '', forward: true })), cost });
  it('puts the cheapest first, then the alternatives by hops, then cost', () => {
    const ordered = orderPaths([path(4, 9), path(3, 5), path(2, 6), path(3, 4)]);
    expect(ordered.map((p) => [p.hops.length, p.cost])).toEqual([[3, 4], [2, 6], [3, 5], [4, 9]]);
    expect(orderPaths([])).toEqual([]);
  });
});

describe('articles', () => {
  const records = [
    { id: 'a', title: 'Zelensky visits Kyiv', source: '/srv/news/z.txt' },
    { id: 'b', title: null, source: '/srv/news/2024/report-b.txt' },
    { id: 'c', title: 'Árbol de Gernika', source: 'c.html' },
    { id: 'd', title: null, source: 'https://example.org/news/d.html?x=1' },
    { id: 'e', title: '  ', source: '' },
  ];
  it('names an article by its title, else by its file name (never the path), else by id; titled first', () => {
    expect(articleEntries(records).map((e) => [e.id, e.name])).toEqual([
      ['c', 'Árbol de Gernika'], ['a', 'Zelensky visits Kyiv'], ['d', 'd.html'], ['e', 'e'], ['b', 'report-b.txt'],
    ]);
    expect(fileName('C:\\news\\x.txt')).toBe('x.txt');
  });
  it.each([
    ['arbol', ['c']],
    ['kyiv', ['a']],
    ['report', ['b']],
    ['z.txt', ['a']],
    ['', ['c', 'a', 'd', 'e', 'b']],
    ['nothing', []],
  ])('finds %j', (query, ids) => {
    expect(findArticles(articleEntries(records), query).map((e) => e.id)).toEqual(ids);
  });
});

describe('background knowledge', () => {
  it('hides relations whose basis is knowledge when asked, and only those', () => {
    const g = parseGraphFile('f.json', JSON.stringify(fixtureGraph()));
    g.setEdgeAttribute('e7', 'basis' as never, 'knowledge' as never);
    g.setEdgeAttribute('e2', 'basis' as never, 'stated' as never);
    expect(computeVisibility(g, defaultFilters()).hiddenEdges.size).toBe(0);
    expect([...computeVisibility(g, { ...defaultFilters(), hideKnowledge: true }).hiddenEdges]).toEqual(['e7']);
    expect(stateFromQuery('?hideKnowledge=1').filters.hideKnowledge).toBe(true);
  });
});
