// GEXF and GraphML round trips through independent readers: xmllint against the
// GEXF 1.3 RELAX NG grammar, NetworkX (Debian's /usr/bin/python3) for GEXF
// 1.2draft and GraphML, graphology's own parsers for all three.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { collect, gexfChunks, graphmlChunks, jsonChunks, dropInvalidXmlChars, escapeAttr } from '../../src/export/index.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { GEXF_RNG, HOSTILE_LABEL_CLEAN, HOSTILE_SENTENCE_CLEAN, needNetworkx, SYSTEM_PYTHON, needXmllint, hostileGraph } from './helpers.ts';

const graph = hostileGraph();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-xml-'));
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const gexf13 = collect(gexfChunks(graph, { version: '1.3' }));
const gexf12 = collect(gexfChunks(graph, { version: '1.2draft' }));
const graphmlText = collect(graphmlChunks(graph));

describe('XML escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['line\nbreak\ttab', 'line&#10;break&#9;tab'],
    ['bell\u0007 nul\u0000 fffe\uFFFE', 'bell nul fffe'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 😀 kept', 'emoji 😀 kept'],
  ])('%j -> %j', (input, expected) => expect(escapeAttr(input)).toBe(expected));

  it('drops only characters XML 1.0 forbids', () => {
    expect(dropInvalidXmlChars('A\u0008B\u000BC\u001FD\uDFFFE\uFFFFF')).toBe('ABCDEF');
  });
});

describe('GEXF 1.3', () => {
  it('validates against the GEXF 1.3 RELAX NG grammar with xmllint', ({ skip }) => {
    const needs = needXmllint();
    skip(!needs.ok, needs.reason);
    const file = write('graph.gexf', gexf13);
    const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('validates for a seeded synthetic graph of 500 entities and 2,500 relations of every kind', ({ skip }) => {
    const needs = needXmllint();
    skip(!needs.ok, needs.reason);
    const file = write('synthetic.gexf', collect(gexfChunks(generateGraph(500, 5, 3), { version: '1.3' })));
    const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
    expect(r.stderr).toContain('validates');
  });

  it('is rejected by the grammar when broken (the validation is real)', ({ skip }) => {
    const needs = needXmllint();
    skip(!needs.ok, needs.reason);
    const file = write('broken.gexf', gexf13.replace('<viz:size value="2.5"/>', '<viz:size value="-1"/>'));
    const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
  });

  it('declares typed attributes and writes viz colour, size and position on every node, label/kind/weight on every edge', () => {
    expect(gexf13).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(gexf13).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(gexf13).toContain('<attribute id="evidence_count" title="evidence_count" type="integer"/>');
    expect(gexf13).toContain('<attribute id="evidence_text" title="evidence_text" type="string"/>');
    const nodes = gexf13.match(/<node [^]*?<\/node>/g)!;
    expect(nodes).toHaveLength(graph.order);
    for (const n of nodes) {
      expect(n).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
      expect(n).toMatch(/<viz:size value="[\d.]+"\/>/);
      expect(n).toMatch(/<viz:position x="[-\d.e]+" y="[-\d.e]+"/);
    }
    const edges = gexf13.match(/<edge [^]*?<\/edge>/g)!;
    expect(edges).toHaveLength(graph.size);
    for (const e of edges) expect(e).toMatch(/ label="[^"]+" weight="[\d.]+" kind="\w+"/);
  });

  it('reads back in graphology with the same nodes, edges, labels, types, positions and evidence', () => {
    const back = gexf.parse(MultiDirectedGraph, gexf13);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((id, a) => {
      const b = back.getNodeAttributes(id);
      expect(b.label).toBe(id === 'org:bj' ? HOSTILE_LABEL_CLEAN : a.label);
      expect(b.type).toBe(a.type);
      expect(b.x).toBe(a.x);
      expect(b.y).toBe(a.y);
      expect(b.size).toBe(a.size);
      expect(b.mentions).toBe(a.mentions);
      if (a.aliases.length) expect(b.aliases).toEqual(a.aliases);
    });
    expect(back.getNodeAttribute('country:ES', 'color')).toBe('rgb(89,161,79)');
    expect(back.getEdgeAttributes('r-bj')).toMatchObject({ kind: 'affiliation', label: 'based in', weight: 2, evidence_text: HOSTILE_SENTENCE_CLEAN, evidence_count: 1, negated: false });
    // The whole evidence list travels as JSON, exactly (JSON escapes even the characters XML cannot carry).
    expect(JSON.parse(back.getEdgeAttribute('r-bj', 'evidence'))).toEqual(graph.getEdgeAttribute('r-bj', 'evidence'));
    expect(back.getEdgeAttributes('r4')).toMatchObject({ negated: true, predicate: 'recognized', cameo: '054' });
  });
});

function networkx(kind: 'gexf' | 'graphml', file: string): any {
  const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1]) if sys.argv[2] == 'gexf' else nx.read_graphml(sys.argv[1])
print(json.dumps({
  'multi': g.is_multigraph(), 'directed': g.is_directed(),
  'nodes': {n: d for n, d in g.nodes(data=True)},
  'edges': [[u, v, d] for u, v, d in g.edges(data=True)],
}))`;
  const r = spawnSync(SYSTEM_PYTHON, ['-c', script, file, kind], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`networkx failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('GEXF 1.2draft through NetworkX', () => {
  it('uses the 1.2draft namespaces and no 1.3-only edge kind attribute', () => {
    expect(gexf12).toContain('xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2"');
    expect(gexf12).not.toMatch(/<edge [^>]* kind="/);
  });

  it('is read by networkx.read_gexf with every colour, size, position and attribute', ({ skip }) => {
    const needs = needNetworkx();
    skip(!needs.ok, needs.reason);
    const g = networkx('gexf', write('graph12.gexf', gexf12));
    expect(g.directed).toBe(true);
    expect(g.multi).toBe(true);
    expect(Object.keys(g.nodes)).toHaveLength(graph.order);
    expect(g.edges).toHaveLength(graph.size);
    graph.forEachNode((id, a) => {
      const n = g.nodes[id];
      expect(n.label).toBe(id === 'org:bj' ? HOSTILE_LABEL_CLEAN : a.label);
      expect(n.type).toBe(a.type);
      expect(n.mentions).toBe(a.mentions);
      expect(n.documents).toBe(a.documents.join('|'));
      expect(n.viz.position.x).toBeCloseTo(a.x, 9);
      expect(n.viz.position.y).toBeCloseTo(a.y, 9);
      expect(n.viz.size).toBe(a.size);
      expect(n.viz.color).toMatchObject({ r: expect.any(Number), g: expect.any(Number), b: expect.any(Number) });
    });
    expect(g.nodes['org:bj'].viz.color).toMatchObject({ r: 10, g: 20, b: 30 });
    expect(g.nodes['org:bj'].aliases).toBe('B&J|Ben, Jerry');
    const bj = g.edges.find((e: any[]) => e[2].id === 'r-bj')[2];
    expect(bj).toMatchObject({ kind: 'affiliation', predicate: 'based in', weight: 2, label: 'based in', confidence: 0.5, negated: false, evidence_count: 1, evidence_doc: 'd1' });
    expect(bj.evidence_text).toBe(HOSTILE_SENTENCE_CLEAN);
    expect(JSON.parse(bj.evidence)).toEqual(graph.getEdgeAttribute('r-bj', 'evidence'));
  });
});

describe('reopening exports with src/graph/open (the viewer and kg serve --graph)', () => {
  it.each([['graph.gexf', gexf13], ['graph12.gexf', gexf12], ['graph.graphml', graphmlText], ['graph.json', collect(jsonChunks(graph))]])('%s keeps every evidence sentence with its document and offsets', (name, text) => {
    const back = parseGraphFile(name, text);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    graph.forEachEdge((e, a) => expect(back.getEdgeAttribute(e, 'evidence')).toEqual(a.evidence));
    expect(back.getNodeAttribute('person:vucic', 'aliases')).toEqual(['Vučić']);
    if (/\.(graphml|json)$/.test(name)) expect(back.getAttribute('documents')).toEqual(graph.getAttribute('documents'));
  });
});

describe('GraphML', () => {
  it('is read by networkx.read_graphml with all attributes typed', ({ skip }) => {
    const needs = needNetworkx();
    skip(!needs.ok, needs.reason);
    const g = networkx('graphml', write('graph.graphml', graphmlText));
    expect(g.multi).toBe(true);
    expect(Object.keys(g.nodes)).toHaveLength(graph.order);
    expect(g.edges).toHaveLength(graph.size);
    expect(g.nodes['person:vucic']).toMatchObject({ label: 'Aleksandar Vučić', type: 'person', aliases: 'Vučić', mentions: 2, documents: 'd2', color: '#e15759', r: 225, g: 87, b: 89 });
    graph.forEachNode((id, a) => {
      expect(g.nodes[id].x).toBe(a.x);
      expect(g.nodes[id].y).toBe(a.y);
      expect(g.nodes[id].size).toBe(a.size);
    });
    const r4 = g.edges.find((e: any[]) => e[0] === 'country:ES' && e[1] === 'country:XK')[2];
    expect(r4).toMatchObject({ kind: 'event', predicate: 'recognized', cameo: '054', negated: true, weight: 1, evidence_count: 1 });
  });

  it('is read by graphology-graphml with the same counts, labels, types, positions and colours', () => {
    const back = graphml.parse(MultiDirectedGraph, graphmlText);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((id, a) => {
      const b = back.getNodeAttributes(id);
      expect(b.label).toBe(id === 'org:bj' ? HOSTILE_LABEL_CLEAN : a.label);
      expect(b.type).toBe(a.type);
      expect([b.x, b.y, b.size]).toEqual([a.x, a.y, a.size]);
    });
    expect(back.getNodeAttribute('org:bj', 'color')).toBe('#0a141e');
    expect(JSON.parse(back.getAttribute('documents'))).toEqual(graph.getAttribute('documents'));
    expect(back.getEdgeAttributes('r-bj')).toMatchObject({ kind: 'affiliation', weight: 2, negated: false, evidence_text: HOSTILE_SENTENCE_CLEAN });
    expect(JSON.parse(back.getEdgeAttribute('r-bj', 'evidence'))).toEqual(graph.getEdgeAttribute('r-bj', 'evidence'));
  });
});
