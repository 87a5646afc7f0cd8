// Exports of the real sample-article graph (ingested with the CLI): GEXF 1.3
// validates, NetworkX reads GEXF 1.2draft and GraphML, graphology and the CSV
// reader get the same counts back.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { kg, SAMPLE } from '../helpers/cli.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { GEXF_RNG, needNetworkx, SYSTEM_PYTHON, needXmllint } from './helpers.ts';

let data: string;
let out: string;
let graph: KnowledgeGraph;
beforeAll(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sample-export-'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sample-export-out-'));
  const r = kg(['ingest', SAMPLE, '--data', data], { timeout: 300_000 });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  graph = loadGraph(data);
});

function exportTo(format: string, target: string): void {
  const r = kg(['export', '--format', format, '-o', target, '--data', data]);
  expect(r.status, r.stderr).toBe(0);
}

describe('exports of the sample-article graph', () => {
  it('has a graph to export', () => {
    expect(graph.order).toBeGreaterThan(10);
    expect(graph.size).toBeGreaterThan(10);
  });

  it('GEXF 1.3 validates with xmllint against the official grammar', ({ skip }) => {
    const needs = needXmllint();
    skip(!needs.ok, needs.reason);
    const file = path.join(out, 'sample-validated.gexf');
    exportTo('gexf', file);
    const v = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
    expect(v.stderr).toContain('validates');
    expect(v.status).toBe(0);
  });

  it('GEXF 1.3 reads back in graphology with the same nodes, labels, types and positions', () => {
    const file = path.join(out, 'sample.gexf');
    exportTo('gexf', file);
    const back = gexf.parse(MultiDirectedGraph, fs.readFileSync(file, 'utf8'));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    graph.forEachNode((id, a) => {
      expect(back.getNodeAttribute(id, 'label')).toBe(a.label.replace(/\s+/g, ' ').trim());
      expect(back.getNodeAttribute(id, 'type')).toBe(a.type);
      expect(back.getNodeAttribute(id, 'x')).toBe(a.x);
      expect(back.getNodeAttribute(id, 'y')).toBe(a.y);
    });
  });

  it('NetworkX reads the GEXF 1.2draft and GraphML exports with every node and relation', ({ skip }) => {
    const needs = needNetworkx();
    skip(!needs.ok, needs.reason);
    exportTo('gexf1.2', path.join(out, 'sample12.gexf'));
    exportTo('graphml', path.join(out, 'sample.graphml'));
    const script = `
import json, sys, networkx as nx
a = nx.read_gexf(sys.argv[1]); b = nx.read_graphml(sys.argv[2])
print(json.dumps([a.number_of_nodes(), a.number_of_edges(), b.number_of_nodes(), b.number_of_edges(),
  all('viz' in d and 'position' in d['viz'] and 'color' in d['viz'] and 'size' in d['viz'] for _, d in a.nodes(data=True)),
  all('evidence' in d and 'kind' in d for _, _, d in b.edges(data=True))]))`;
    const r = spawnSync(SYSTEM_PYTHON, ['-c', script, path.join(out, 'sample12.gexf'), path.join(out, 'sample.graphml')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([graph.order, graph.size, graph.order, graph.size, true, true]);
  });

  it('CSV has one row per entity and per relation', () => {
    exportTo('csv', path.join(out, 'csv'));
    const rows = (f: string) => fs.readFileSync(path.join(out, 'csv', f), 'utf8').split('\r\n').filter(Boolean).length - 1;
    // Evidence sentences are single-line, so every physical line is one row.
    expect(rows('nodes.csv')).toBe(graph.order);
    expect(rows('edges.csv')).toBe(graph.size);
  });
});
