// Node keys named like Object.prototype's properties, in every format kg opens:
// graphology keeps neighbours in plain objects, so such keys used to corrupt the
// graph (iteration threw in the server's warm-up). They are renamed on reading;
// labels, edges and documents stay.
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../../src/graph/open/index.ts';
import { unsafeKeyRenames, withSafeNodeKeys } from '../../../src/graph/open/safe-keys.ts';
import { pathIndex } from '../../../src/query/path-index.ts';
import { rankEntities, neighborhoodSubgraph, topSubgraph } from '../../../src/query/subgraph.ts';
import { shortestPaths, resolveEntity } from '../../../src/query/index.ts';
import { collect, gexfChunks, graphmlChunks, jsonChunks } from '../../../src/export/index.ts';
import { HOSTILE_EDGES, HOSTILE_KEYS, hostileGexf, hostileGraphml, hostileJson } from './hostile-keys.ts';

describe.each([
  ['hostile.json', hostileJson],
  ['hostile.gexf', hostileGexf],
  ['hostile.graphml', hostileGraphml],
])('%s', (name, content) => {
  const graph = parseGraphFile(name, content());

  it('keeps every node under its label and every edge between the right ones', () => {
    expect(graph.order).toBe(HOSTILE_KEYS.length);
    expect(graph.size).toBe(HOSTILE_EDGES.length);
    const labelOf = (k: string) => graph.getNodeAttribute(k, 'label');
    expect(graph.mapNodes(labelOf).sort()).toEqual([...HOSTILE_KEYS].sort());
    expect(graph.mapEdges((_e, _a, s, t) => `${labelOf(s)}>${labelOf(t)}`).sort()).toEqual(HOSTILE_EDGES.map(([s, t]) => `${s}>${t}`).sort());
    for (const key of graph.nodes()) expect(graph.degree(key)).toBeGreaterThan(0);
    expect(graph.hasNode('plain')).toBe(true);
  });

  it('answers the queries the server warms up and serves', () => {
    expect(() => pathIndex(graph)).not.toThrow();
    expect(rankEntities(graph)).toHaveLength(HOSTILE_KEYS.length);
    const proto = resolveEntity(graph, '__proto__').id;
    expect(neighborhoodSubgraph(graph, proto, { depth: 3, limit: 50 }).nodes).toHaveLength(HOSTILE_KEYS.length);
    expect(topSubgraph(graph, { top: 10 }).edges).toHaveLength(HOSTILE_EDGES.length);
    const paths = shortestPaths(graph, resolveEntity(graph, 'valueOf').id, resolveEntity(graph, 'hasOwnProperty').id, {});
    expect(paths.paths[0]!.hops).toHaveLength(3);
  });

  it('exports again in every format', () => {
    for (const chunks of [gexfChunks, graphmlChunks, jsonChunks]) expect(collect(chunks(graph)).length).toBeGreaterThan(100);
  });
});

it('keeps a document whose id is __proto__ as an own record', () => {
  const docs = parseGraphFile('hostile.json', hostileJson()).getAttribute('documents');
  expect(Object.keys(docs)).toEqual(['__proto__']);
  expect(docs['__proto__']!.title).toBe('Proto');
});

describe('unsafeKeyRenames', () => {
  it('renames only unsafe keys, to keys that are free', () => {
    expect(unsafeKeyRenames(['a', 'b'])).toBeUndefined();
    expect([...unsafeKeyRenames(['__proto__', '__proto__~', 'toString'])!]).toEqual([['__proto__', '__proto__~2'], ['toString', 'toString~']]);
  });

  it('leaves a safe serialisation as the very same object', () => {
    const data = { nodes: [{ key: 'a' }], edges: [] };
    expect(withSafeNodeKeys(data)).toBe(data);
  });
});
