// Comparing entities (core/compare.ts) on the fixture graph: relations among them,
// shared neighbours, filters respected; rectangles and toggling.
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { compareEntities, pointsInRect, rectFrom, toggleMember } from '../../viewer/src/core/compare.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';

const graph = () => parseGraphFile('fixture.json', JSON.stringify(fixtureGraph()));
const none = new Set<string>();

describe('compare', () => {
  it('lists the relations among the entities and the neighbours they share', () => {
    const c = compareEntities(graph(), ['country:UA', 'country:KP', 'nobody'], none, none);
    expect(c.entities).toEqual(['country:UA', 'country:KP']);
    expect(c.among).toEqual(['e2', 'e3']);
    expect(c.neighbours).toEqual([{ key: 'region:donetsk', shared: 2 }]);
  });

  it('counts how many share each neighbour, most first', () => {
    const c = compareEntities(graph(), ['country:KP', 'country:UA', 'person:kuleba', 'region:luhansk'], none, none);
    expect(c.neighbours).toEqual([{ key: 'region:donetsk', shared: 2 }]);
    expect(c.among).toEqual(['e0', 'e1', 'e2', 'e3', 'e5']);
  });

  it('leaves out what the filters hide', () => {
    const c = compareEntities(graph(), ['country:UA', 'country:KP'], new Set(['region:donetsk']), new Set(['e3']));
    expect(c.among).toEqual(['e2']);
    expect(c.neighbours).toEqual([]);
  });

  it.each([
    [[], 'a', ['a']], [['a', 'b'], 'a', ['b']], [['a'], 'b', ['a', 'b']],
  ])('toggle %j %s → %j', (list, key, out) => expect(toggleMember(list, key)).toEqual(out));

  it('takes the points inside a rectangle drawn either way', () => {
    const r = rectFrom({ x: 50, y: 40 }, { x: 10, y: 0 });
    expect(r).toEqual({ x: 10, y: 0, w: 40, h: 40 });
    expect(pointsInRect([['a', { x: 10, y: 0 }], ['b', { x: 51, y: 20 }], ['c', { x: 30, y: 30 }]], r)).toEqual(['a', 'c']);
  });
});
