// The analyst features' pure core: which search-box texts are questions, and
// the URL parameters of the question, appearance, ego focus and table.
import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../viewer/src/core/question.ts';
import { analysisFromParams, analysisToParams, defaultAnalysis } from '../../viewer/src/core/analysis-state.ts';
import { groupColors, needsMeasures, OTHER_GROUP, scaleSizes } from '../../viewer/src/core/appearance.ts';
import { egoLayout, egoView } from '../../viewer/src/core/ego.ts';
import { emptyRelationFilter, ENTITY_COLUMNS, entityRows, filterRelations, RELATION_COLUMNS, relationRows, rowsToCsv, sortRows, tableViewFromQuery, tableViewToQuery, type RelationRow } from '../../viewer/src/core/table.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';

describe('question form in the search box', () => {
  it.each([
    ['who is connected to Pushilin?', true],
    ['who is connected to Pushilin', true],
    ['How is Russia connected to Ukraine', true],
    ['What do Russia and Ukraine have in common?', true],
    ['Did North Korea recognize Donetsk', true],
    ['Tell me about Kuleba', true],
    ['show me the path between Kyiv and Moscow', true],
    ['neighbours of Ukraine', true],
    ['Kuleba?', false],
    ['Pushilin', false],
    ['Who', false],
    ['North Korea', false],
    ['Islamic State', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeQuestion(text)).toBe(expected);
  });
});

describe('analysis URL parameters', () => {
  const roundTrip = (query: string) => {
    const p = new URLSearchParams();
    analysisToParams(analysisFromParams(new URLSearchParams(query)), p);
    return p.toString();
  };

  it('writes nothing for the defaults', () => {
    const p = new URLSearchParams();
    analysisToParams(defaultAnalysis(), p);
    expect(p.toString()).toBe('');
  });

  it.each([
    ['ask=Who+is+X%3F&color=community&size=betweenness&table=entities', 'ask=Who+is+X%3F&color=community&size=betweenness&table=entities'],
    ['ego=country%3AUA&egoHops=3&egoWeight=2&egoKinds=role,event,bogus', 'ego=country%3AUA&egoHops=3&egoWeight=2&egoKinds=event%2Crole'],
    // Malformed values fall back to the defaults.
    ['color=rainbow&size=huge&table=chairs&egoHops=9', ''],
    ['ego=a&egoHops=7&egoWeight=-1', 'ego=a'],
  ])('%s', (query, expected) => {
    expect(roundTrip(query)).toBe(expected);
  });
});

describe('appearance core', () => {
  it('groups are coloured by size, the ones beyond the palette share the grey and one legend line', () => {
    const groups = new Map([['a', 1], ['b', 1], ['c', 2], ['d', 3], ['e', 3], ['f', 3]]);
    const { color, legend } = groupColors(groups, (g) => `G${g}`, ['#111111', '#222222']);
    expect([...color.entries()]).toEqual([['a', '#222222'], ['b', '#222222'], ['c', OTHER_GROUP], ['d', '#111111'], ['e', '#111111'], ['f', '#111111']]);
    expect(legend).toEqual([
      { color: '#111111', label: 'G3', count: 3 }, { color: '#222222', label: 'G1', count: 2 }, { color: OTHER_GROUP, label: '1 other', count: 1 },
    ]);
  });

  it.each([
    [[0, 1, 4], [5, 32.5, 60]],
    [[0, 0], [5, 5]],
  ])('sizes %j scale to %j (square root, 5 to 60)', (values, sizes) => {
    const out = scaleSizes(new Map(values.map((v, i) => [`n${i}`, v])));
    expect([...out.values()]).toEqual(sizes);
  });

  it('needs measures only for communities and measured sizes', () => {
    expect(needsMeasures('type', 'build')).toBe(false);
    expect(needsMeasures('article', 'mentions')).toBe(false);
    expect(needsMeasures('community', 'build')).toBe(true);
    expect(needsMeasures('type', 'pagerank')).toBe(true);
  });
});

describe('ego focus core', () => {
  const g = parseGraphFile('fixture.json', JSON.stringify(fixtureGraph()));
  const focus = (hops: number, minWeight = 0, kinds: string[] = []) => ({ center: 'region:donetsk', hops, minWeight, kinds: new Set(kinds) as Set<never> });

  it.each([
    [focus(1), ['country:KP', 'country:UA', 'region:donetsk']],
    [focus(2, 0, ['event']), ['country:KP', 'country:UA', 'region:donetsk', 'region:luhansk']],
    [focus(3, 2), ['region:donetsk']],
  ])('%j reaches %j', (ego, nodes) => {
    expect([...egoView(g, ego).hops.keys()].sort()).toEqual(nodes);
  });

  it('keeps the relations between entities in focus that the focus allows, and counts hops', () => {
    const view = egoView(g, focus(2, 0, ['event']));
    expect([...view.edges].sort()).toEqual(['e2', 'e3', 'e4', 'e5']);
    expect(view.hops.get('region:luhansk')).toBe(2);
  });

  it('lays each hop on its own ring around the centre, which stays put', () => {
    const view = egoView(g, focus(2));
    const pos = egoLayout(g, view, 'region:donetsk', 10, 2);
    const c = g.getNodeAttributes('region:donetsk');
    expect(pos.get('region:donetsk')).toEqual({ x: c.x, y: c.y });
    const r = (n: string) => Math.hypot(pos.get(n)!.x - c.x, pos.get(n)!.y - c.y);
    expect(r('country:KP')).toBeCloseTo(r('country:UA'), 9);
    expect(r('region:luhansk')).toBeGreaterThan(r('country:KP'));
  });
});

describe('tables core', () => {
  const g = parseGraphFile('fixture.json', JSON.stringify(fixtureGraph()));
  const rows = relationRows(g);
  const text = (r: RelationRow) => g.getEdgeAttribute(r.id, 'evidence').map((e) => e.text).join(' ');
  const ids = (list: Array<{ id: string }>) => list.map((r) => r.id).sort();

  it.each([
    [{ kind: 'event' }, ['e2', 'e3', 'e4', 'e5']],
    [{ cameo: '05' }, ['e4', 'e5']],
    [{ predicate: 'TIES' }, ['e2']],
    [{ text: 'independence russian' }, ['e4', 'e5', 'e6']],
    [{ text: 'mallory' }, ['e9']],
    [{ minConfidence: 0.9 }, ['e1', 'e7', 'e8', 'e9']],
    [{ article: 'doc-hostile' }, ['e9']],
  ])('relations filtered by %j', (filter, expected) => {
    expect(ids(filterRelations(rows, { ...emptyRelationFilter(), ...filter } as never, text))).toEqual(expected);
  });

  it('sorts by a column either way, empty values last', () => {
    const byCameo = sortRows(rows, RELATION_COLUMNS.find((c) => c.key === 'cameo')!, 'desc').map((r) => r.cameo);
    expect(byCameo.slice(0, 4)).toEqual(['161', '111', '054', '054']);
    expect(byCameo.slice(4).every((c) => c === '')).toBe(true);
    const entities = sortRows(entityRows(g, null), ENTITY_COLUMNS.find((c) => c.key === 'mentions')!, 'desc');
    expect(entities[0]!.label).toBe('Ukraine');
    expect(entities[0]!.degree).toBe(5);
  });

  it('writes the rows as CSV with ids first, defusing formulas', () => {
    const csv = rowsToCsv([{ ...rows[0]!, sourceLabel: '=HYPERLINK("x")' }], RELATION_COLUMNS);
    const [head, line] = csv.split('\r\n');
    expect(head).toBe('id,Source,Predicate,Target,Kind,CAMEO,Conf.,Weight,Basis,Articles,First seen,Evidence');
    expect(line!.startsWith('e0,"\'=HYPERLINK(""x"")",foreign minister of,Dmytro Kuleba'.replace('Dmytro Kuleba', 'Ukraine'))).toBe(true);
  });
});

describe('table view in the URL', () => {
  it.each([
    ['relations', 'kind=event&cameo=05&minConfidence=0.5&q=recognized+independence&sort=cameo.asc'],
    ['entities', 'type=person&minMentions=2&name=kul&sort=pagerank.desc'],
  ] as const)('%s: %s round-trips', (table, query) => {
    expect(tableViewToQuery(table, tableViewFromQuery(table, query))).toBe(query);
  });

  it('leaves out what belongs to the other table and what is malformed', () => {
    const view = tableViewFromQuery('relations', 'type=person&minConfidence=abc&kind=event&sort=x.sideways');
    expect(view.entities.type).toBe('');
    expect(view.relations.minConfidence).toBe(0);
    expect(view.relations.kind).toBe('event');
    expect(view.sort).toBeNull();
  });
});
