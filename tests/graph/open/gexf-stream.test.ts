// The one-pass GEXF reader against graphology-gexf's DOM parser (what Node used
// before, and the browser still uses): the same nodes, edges, attributes and
// graph attributes on every GEXF we have, and the same refusals.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import xmldom from '@xmldom/xmldom';
import gexf from 'graphology-gexf/node/index.js';
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { readGexfChunks, readGexfText } from '../../../src/graph/open/gexf-stream.ts';
import { parseGraphFile } from '../../../src/graph/open/index.ts';
import { toGexf } from '../../../src/graph/open/serialize.ts';
import { collect, gexfChunks } from '../../../src/export/index.ts';
import { fixtureGraph } from '../../query/fixture-graph.ts';
import { generateGraph } from '../../../src/bench/graph-gen.ts';
import { hostileGexf } from './hostile-keys.ts';

type G = InstanceType<typeof MultiGraph>;
const viaDom = (text: string): G => gexf.parse(MultiGraph, new xmldom.DOMParser().parseFromString(text, 'application/xml') as never) as G;

/** Everything a reader keeps, generated edge keys left out (they count per graph instance). */
function contents(graph: G) {
  const nodes: Array<[string, Attributes]> = [];
  graph.forEachNode((k, a) => nodes.push([k, a]));
  const edges: Array<[string | null, string, string, boolean, Attributes]> = [];
  graph.forEachEdge((k, a, s, t, _sa, _ta, undirected) => edges.push([/^geid_/.test(k) ? null : k, s, t, undirected, a]));
  return { attributes: graph.getAttributes(), nodes, edges };
}

const HANDMADE = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment --><!DOCTYPE gexf>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-01-02"><creator>  Gephi &amp; me </creator><description><![CDATA[<raw> & text]]></description><keywords>  </keywords></meta>
  <graph defaultedgetype="mutual" mode="static">
    <attributes class="node"><attribute id="0" title="mentions" type="integer"><default>7</default></attribute>
      <attribute id="tags" type="liststring"/><attribute id="1" title="ok" type="boolean"/></attributes>
    <attributes class="edge"><attribute id="w" title="strength" type="double"/></attributes>
    <nodes>
      <node id="a" label="A &lt;b&gt; &#233;&#x4E2D;"><attvalues><attvalue for="tags" value="x|y"/><attvalue id="1" value="true"/></attvalues>
        <viz:color r="1" g="2" b="3" a="0.5"/><viz:size value="4.5"/><viz:position x="1.5" y="-2" z="0"/><viz:shape value="disc"/></node>
      <node id="b" label='single "quoted"'><viz:color hex="#ff0000"/></node>
      <node id="c"><attvalues><attvalue for="0" value="3"/></attvalues><color r="9" g="9" b="9"/></node>
      <node id="d" label="line&#10;break	tab"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" type="directed" weight="2.5" label="knows"><attvalues><attvalue for="w" value="0.25"/></attvalues><viz:thickness value="3"/></edge>
      <edge source="b" target="c"/>
      <edge id="e1" source="a" target="b" type="directed" kind="k"/>
      <edge source="c" target="d" type="undirected"/>
    </edges>
  </graph>
</gexf>
`;

const SOURCES: Array<[string, () => string]> = [
  ['tests/graph/open/fixtures/networkx.gexf', () => fs.readFileSync(path.resolve(import.meta.dirname, 'fixtures/networkx.gexf'), 'utf8')],
  ['kg export gexf of the fixture graph', () => collect(gexfChunks(fixtureGraph()))],
  ['kg export gexf 1.2draft', () => collect(gexfChunks(fixtureGraph(), { version: '1.2draft' } as never))],
  ['the viewer download (toGexf)', () => toGexf(fixtureGraph())],
  ['a generated graph of 500 entities', () => collect(gexfChunks(generateGraph(500, 3, 3)))],
  ['hand-made GEXF with every construct', () => HANDMADE],
  ['hostile keys', hostileGexf],
];

describe('readGexfText', () => {
  it.each(SOURCES)('reads %s exactly as graphology-gexf does', (_name, source) => {
    const text = source();
    const mine = contents(readGexfText(text));
    const theirs = contents(viaDom(text.replace(/id="(__proto__|constructor|hasOwnProperty|toString|valueOf)"/g, 'id="$1~"')
      .replace(/(source|target)="(__proto__|constructor|hasOwnProperty|toString|valueOf)"/g, '$1="$2~"')));
    expect(mine).toEqual(theirs);
    expect(mine.nodes.length).toBeGreaterThan(0);
  });

  it.each(SOURCES.slice(0, 5))('parseGraphFile gives the same graph as before for %s', (_name, source) => {
    const text = source();
    const before = parseGraphFile('g.gexf', text); // now the one-pass reader
    const dom = contents(viaDom(text));
    expect(before.order).toBe(dom.nodes.length);
    expect(before.size).toBe(dom.edges.length);
  });

  it.each([
    ['<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', /end tag <\/nodes> does not close <node>/],
    ['<gexf><graph><nodes><node id="a"/>', /the file ends before <nodes> is closed/],
    ['<gexf><graph><nodes><node id=a/></nodes></graph></gexf>', /malformed tag <node>/],
    ['<gexf><graph><nodes><node id="a" id="b"/></nodes></graph></gexf>', /attribute id given twice/],
    ['<gexf><graph><nodes><node id="a"label="b"/></nodes></graph></gexf>', /malformed tag <node>/],
    ['<gexf><graph><nodes><node id="a&b"/></nodes></graph></gexf>', /does not start an entity/],
    ['<gexf><graph><nodes><node id="&bogus;"/></nodes></graph></gexf>', /unknown entity &bogus;/],
    ['<gexf><graph/></gexf><gexf/>', /a second root element/],
    ['<gexf><graph/></gexf> trailing', /text outside the root element/],
    ['<gexf><graph/><!-- open</gexf>', /comment is not closed/],
    ['<!DOCTYPE gexf [<!ENTITY x "y">]><gexf><graph/></gexf>', /DOCTYPE with its own declarations/],
  ])('refuses %j', (text, message) => {
    expect(() => readGexfText(text)).toThrow(message);
    expect(() => parseGraphFile('bad.gexf', text)).toThrow(/bad\.gexf is not a readable GEXF file \(malformed XML: /);
  });

  it.each([
    ['<graphml><graph/></graphml>', /expected a <gexf> root element, got <graphml>/],
    ['<gexf></gexf>', /no <graph> element/],
    ['<gexf><graph><edges><edge source="a" target="b"/></edges></graph></gexf>', /inexisting node/],
    ['<gexf><graph><nodes><node id="a"><attvalues><attvalue for="nope" value="1"/></attvalues></node></nodes></graph></gexf>', /undeclared attribute "nope"/],
  ])('refuses the GEXF %j with the reason', (text, message) => {
    expect(() => parseGraphFile('bad.gexf', text)).toThrow(message);
  });
});

describe('readGexfChunks (the reader of big files, text in pieces)', () => {
  /** `text` cut every `size` characters (never inside a surrogate pair, as a StringDecoder cuts). */
  function* pieces(text: string, size: number): Generator<string> {
    for (let i = 0; i < text.length;) {
      let j = Math.min(text.length, i + size);
      if (j < text.length && /[\uD800-\uDBFF]/.test(text[j - 1]!)) j++;
      yield text.slice(i, j);
      i = j;
    }
  }

  it.each(SOURCES)('reads %s in pieces of any size exactly as in one string', (_name, source) => {
    const text = source();
    const whole = contents(readGexfText(text));
    for (const size of [1, 2, 3, 7, 64, 1000, 65536]) expect(contents(readGexfChunks(pieces(text, size))), `pieces of ${size}`).toEqual(whole);
  });

  it('refuses malformed XML with the same message, whatever the pieces', () => {
    for (const text of ['<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', '<gexf><graph><nodes><node id=a/></nodes></graph></gexf>',
      '<gexf>\n<graph>\n<nodes><node id="&bogus;"/></nodes></graph></gexf>', '<gexf><graph/><!-- open</gexf>', '<gexf><graph/></gexf> trailing']) {
      let message = '';
      try { readGexfText(text); } catch (e) { message = (e as Error).message; }
      expect(message).not.toBe('');
      for (const size of [1, 3, 10]) expect(() => readGexfChunks(pieces(text, size)), `${text} in pieces of ${size}`).toThrow(message);
    }
  });
});
