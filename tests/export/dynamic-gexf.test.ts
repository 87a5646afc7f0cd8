// Time in GEXF: `kg export --dynamic` writes GEXF dynamics that the official 1.3 grammar accepts
// and NetworkX reads back (1.2draft) with every node's lifetime and every edge's spells.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, gexfChunks } from '../../src/export/index.ts';
import { daySpan } from '../../src/export/gexf.ts';
import { emptyGraph } from '../../src/graph/build.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types.ts';
import { GEXF_RNG, needNetworkx, needXmllint, SYSTEM_PYTHON } from './helpers.ts';

const node = (label: string, firstSeen?: string, lastSeen?: string): NodeAttributes => ({
  label, type: 'country', aliases: [], mentions: 1, documents: ['d1'], x: 0, y: 0, size: 1, color: '#59a14f',
  ...(firstSeen ? { firstSeen, lastSeen: lastSeen ?? firstSeen } : {}),
});
const edge = (dates: string[]): EdgeAttributes => ({
  kind: 'event', predicate: 'met', cameo: '040', weight: dates.length || 1, label: 'met', confidence: 0.8,
  evidence: (dates.length ? dates : [undefined]).map((date, i) => ({ doc: 'd1', text: `Sentence ${i}.`, start: i, end: i + 1, ...(date ? { date } : {}) })),
  ...(dates.length ? { firstSeen: [...dates].sort()[0], lastSeen: [...dates].sort().at(-1) } : {}),
});

function timedGraph(): KnowledgeGraph {
  const g = emptyGraph();
  g.addNode('a', node('Alpha', '2022-07-13', '2022-07-20'));
  g.addNode('b', node('Beta', '2022-07-13'));
  g.addNode('c', node('Gamma'));
  // met twice, a month apart and once dated only by its month; the edge outlives Beta's articles
  g.addDirectedEdgeWithKey('ab', 'a', 'b', edge(['2022-07-13', '2022-08', '2022-07-13']));
  g.addDirectedEdgeWithKey('ac', 'a', 'c', edge([]));
  return g;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-dynamic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('dynamic GEXF', () => {
  it('a date of any precision covers its days', () => {
    expect(daySpan('2022-07-13')).toEqual(['2022-07-13', '2022-07-13']);
    expect(daySpan('2022-02')).toEqual(['2022-02-01', '2022-02-28']);
    expect(daySpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(daySpan('1996')).toEqual(['1996-01-01', '1996-12-31']);
  });

  it('nodes live from first to last date, widened by their edges; edges carry one spell per dated statement', () => {
    const xml = collect(gexfChunks(timedGraph(), { version: '1.3', dynamic: true }));
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date" start="2022-07-13" end="2022-08-31">');
    expect(xml).toMatch(/<node id="a" label="Alpha" start="2022-07-13" end="2022-08-31">/);
    expect(xml).toMatch(/<node id="b" label="Beta" start="2022-07-13" end="2022-08-31">/);
    expect(xml).toMatch(/<node id="c" label="Gamma">/);
    expect(xml).toContain('<spells><spell start="2022-07-13" end="2022-07-13"/><spell start="2022-08-01" end="2022-08-31"/></spells>');
    const undated = xml.slice(xml.indexOf('<edge id="ac"'), xml.indexOf('</edge>', xml.indexOf('<edge id="ac"')));
    expect(undated).not.toContain('spell');
    // a static export stays static
    expect(collect(gexfChunks(timedGraph(), { version: '1.3' }))).not.toMatch(/mode="dynamic"|<spells>/);
  });

  it('validates against the official GEXF 1.3 grammar with its dynamics part', ({ skip }) => {
    const needs = needXmllint();
    skip(!needs.ok, needs.reason);
    const file = path.join(dir, 'dynamic.gexf');
    fs.writeFileSync(file, collect(gexfChunks(timedGraph(), { version: '1.3', dynamic: true })));
    const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('NetworkX reads the 1.2draft export with the time attributes', ({ skip }) => {
    const needs = needNetworkx();
    skip(!needs.ok, needs.reason);
    const file = path.join(dir, 'dynamic12.gexf');
    fs.writeFileSync(file, collect(gexfChunks(timedGraph(), { version: '1.2draft', dynamic: true })));
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({'graph': g.graph, 'nodes': {n: d for n, d in g.nodes(data=True)}, 'edges': [[u, v, d] for u, v, d in g.edges(data=True)]}))`;
    const r = spawnSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const g = JSON.parse(r.stdout);
    expect(g.graph).toMatchObject({ mode: 'dynamic', start: '2022-07-13', end: '2022-08-31' });
    expect(g.nodes.a).toMatchObject({ label: 'Alpha', start: '2022-07-13', end: '2022-08-31', first_seen: '2022-07-13', last_seen: '2022-07-20' });
    expect(g.nodes.c.start).toBeUndefined();
    const ab = g.edges.find((e: [string, string, Record<string, unknown>]) => e[0] === 'a' && e[1] === 'b')[2];
    expect(ab.spells).toEqual([['2022-07-13', '2022-07-13'], ['2022-08-01', '2022-08-31']]);
    expect(ab).toMatchObject({ first_seen: '2022-07-13', last_seen: '2022-08' });
  });
});
