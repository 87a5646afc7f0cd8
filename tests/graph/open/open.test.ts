// Opening graph files from elsewhere: defaults, round trips, readable errors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.ts';
import { detectFormat, parseGraphFile } from '../../../src/graph/open/index.ts';
import { toGexf, toJson } from '../../../src/graph/open/serialize.ts';
import { TYPE_COLORS } from '../../../src/types.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

const kgJson = JSON.stringify({
  attributes: { documents: { d1: { id: 'd1', title: 'Kyiv <b>news</b>', source: 'a.txt', chars: 120, entities: 2, relations: 1 } } },
  nodes: [
    { key: 'person:kuleba', attributes: { label: 'Dmytro Kuleba', type: 'person', aliases: ['Kuleba'], mentions: 3, documents: ['d1'], x: 1, y: 2, size: 9, color: '#e15759' } },
    { key: 'country:UA', attributes: { label: 'Ukraine', type: 'country', aliases: [], mentions: 5, documents: ['d1'], x: -1, y: 0, size: 12, color: '#59a14f' } },
  ],
  edges: [
    { key: 'e1', source: 'person:kuleba', target: 'country:UA', attributes: { kind: 'role', predicate: 'foreign minister of', cameo: null, weight: 1, label: 'foreign minister of', confidence: 0.9, evidence: [{ doc: 'd1', text: 'Ukraine\'s Foreign Minister Dmytro Kuleba said "no".', start: 10, end: 60 }] } },
    { key: 'e2', source: 'person:kuleba', target: 'country:UA', attributes: { kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, weight: 2, label: 'co-occurs with', confidence: 1, evidence: [] } },
  ],
});

describe('detectFormat', () => {
  it.each([
    ['graph.gexf', '', 'gexf'],
    ['GRAPH.GraphML', '', 'graphml'],
    ['g.json', '', 'json'],
    ['noext', '  {"nodes":[]}', 'json'],
    ['noext', '<?xml version="1.0"?><gexf version="1.2">', 'gexf'],
    ['noext', '<?xml version="1.0"?>\n<graphml xmlns="x">', 'graphml'],
  ])('%s with %j is %s', (name, content, expected) => {
    expect(detectFormat(name, content)).toBe(expected);
  });

  it('refuses content it cannot recognise', () => {
    expect(() => detectFormat('notes.txt', 'hello')).toThrow(/cannot tell the format of notes\.txt/);
  });
});

describe('parseGraphFile', () => {
  it('reads a kg graph JSON as is, parallel edges kept apart', () => {
    const g = parseGraphFile('graph.json', kgJson);
    expect(g.order).toBe(2);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes('person:kuleba')).toMatchObject({ label: 'Dmytro Kuleba', aliases: ['Kuleba'], mentions: 3, x: 1, y: 2 });
    expect(g.getEdgeAttribute('e1', 'evidence')[0].text).toContain('Foreign Minister');
    expect(g.getAttribute('documents').d1.title).toBe('Kyiv <b>news</b>');
  });

  it('keeps undirected edges of a foreign JSON graph, marked as undirected', () => {
    const g = parseGraphFile('u.json', JSON.stringify({ options: { type: 'undirected' }, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', undirected: true }] }));
    expect(g.type).toBe('directed');
    const [edge] = g.edges('a', 'b');
    expect(g.getEdgeAttributes(edge)).toMatchObject({ kind: 'cooccurrence', undirected: true });
  });

  it('round-trips through the GEXF the viewer downloads, evidence and documents included', () => {
    const g = parseGraphFile('graph.json', kgJson);
    const back = parseGraphFile('graph.gexf', toGexf(g));
    expect(back.order).toBe(2);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('person:kuleba')).toMatchObject({ label: 'Dmytro Kuleba', type: 'person', aliases: ['Kuleba'], mentions: 3, documents: ['d1'], x: 1, y: 2, size: 9 });
    expect(back.getEdgeAttributes('e1')).toMatchObject({ kind: 'role', predicate: 'foreign minister of', weight: 1, confidence: 0.9 });
    expect(back.getEdgeAttribute('e1', 'evidence')).toEqual(g.getEdgeAttribute('e1', 'evidence'));
    // GEXF has no graph attributes: the articles come back from the entities, with their titles.
    expect(back.getAttribute('documents')).toMatchObject({ d1: { id: 'd1', title: 'Kyiv <b>news</b>', entities: 2 } });
    expect(back.getNodeAttributes('person:kuleba')).not.toHaveProperty('document_titles');
    expect(parseGraphFile('again.json', toJson(back)).getEdgeAttribute('e2', 'kind')).toBe('cooccurrence');
  });

  it.each([['networkx.gexf'], ['networkx.graphml']])('reads %s written by NetworkX and fills what is missing', (name) => {
    const g = parseGraphFile(name, fixture(name));
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes('kyiv')).toMatchObject({ label: 'Kyiv', type: 'city', color: TYPE_COLORS.city, mentions: 1 });
    expect(g.getNodeAttributes('ua')).toMatchObject({ label: 'Ukraine', type: 'country', mentions: 4 });
    // A node with no attributes at all: label from key, type other, a position that does not change between reads.
    const x = g.getNodeAttributes('x');
    expect(x).toMatchObject({ label: 'x', type: 'other', color: TYPE_COLORS.other, aliases: [], documents: [] });
    expect(Number.isFinite(x.x) && Number.isFinite(x.y) && x.size > 0).toBe(true);
    const again = parseGraphFile(name, fixture(name)).getNodeAttributes('x');
    expect([again.x, again.y]).toEqual([x.x, x.y]);
    const [edge] = g.edges('kyiv', 'ua');
    expect(g.getEdgeAttributes(edge)).toMatchObject({ kind: 'location', predicate: 'capital of', weight: 2 });
    const [bare] = g.edges('x', 'ua');
    expect(g.getEdgeAttributes(bare)).toMatchObject({ kind: 'cooccurrence', predicate: 'co-occurs with', weight: 1, evidence: [] });
  });

  it.each([
    ['broken.gexf', '<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', /broken\.gexf is not a readable GEXF file \(malformed XML/],
    ['truncated.gexf', '<gexf><graph><nodes><node id="a"/>', /truncated\.gexf is not a readable GEXF file \(malformed XML: the file ends before <nodes> is closed\)/],
    ['wrong-root.gexf', '<?xml version="1.0"?><graphml><graph/></graphml>', /expected a <gexf> root element, got <graphml>/],
    ['no-graph.graphml', '<graphml></graphml>', /no <graph> element/],
    ['dangling.graphml', '<graphml><graph><node id="a"/><edge source="a" target="z"/></graph></graphml>', /not a readable GraphML file \(one of your graphml file edges points to an inexisting node\)/],
    ['bad.json', '{"nodes": [', /bad\.json is not a readable graph JSON file \(invalid JSON/],
    ['list.json', '[1, 2]', /the top level is not an object/],
    ['nonodes.json', '{"edges": []}', /no "nodes" array/],
    ['nokey.json', '{"nodes": [{"attributes": {}}]}', /node 0 has no "key"/],
    ['dangling.json', '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}', /not a readable graph JSON file/],
    ['empty.gexf', '   ', /the file is empty/],
  ])('%s fails with a one-line KgError', (name, content, message) => {
    let error: unknown;
    try {
      parseGraphFile(name, content);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
