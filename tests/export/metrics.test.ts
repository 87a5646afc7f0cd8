// `kg export --metrics`: each entity's degree, weighted degree, PageRank,
// betweenness and community written as node attributes (GEXF attributes,
// GraphML keys, CSV columns), and read back as the numbers computed in process.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kg } from '../helpers/cli.ts';
import { writeGraph } from '../../src/store/graph-file.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { compactGraph, computeMetrics } from '../../src/graph/metrics.ts';
import { hostileGraph } from './helpers.ts';

const COLUMNS = ['degree', 'weighted_degree', 'pagerank', 'betweenness', 'community'];

let data: string;
let out: string;
const expected = computeMetrics(compactGraph(hostileGraph())).nodes;

beforeAll(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-metrics-'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-metrics-out-'));
  writeGraph(data, hostileGraph());
});

/** CSV rows split on commas outside quotes (enough for these numeric columns). */
function csvRows(text: string): string[][] {
  return text.split('\r\n').filter(Boolean).map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')).slice(0, -1));
}

describe('kg export --metrics', () => {
  it.each(['gexf', 'graphml'])('%s: node attributes read back as the computed measures', (format) => {
    const file = path.join(out, `g.${format}`);
    const r = kg(['export', '--format', format, '--metrics', '-o', file, '--data', data]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/with metrics \(betweenness exact, \d+ communities\)/);
    const back = parseGraphFile(file, fs.readFileSync(file, 'utf8'));
    expect(back.order).toBe(Object.keys(expected).length);
    back.forEachNode((node, a) => {
      const read = a as unknown as Record<string, unknown>;
      const want = expected[node]!;
      expect(Number(read.degree), node).toBe(want.degree);
      expect(Number(read.weighted_degree), node).toBeCloseTo(want.weightedDegree, 9);
      expect(Number(read.pagerank), node).toBeCloseTo(want.pagerank, 9);
      expect(Number(read.betweenness), node).toBeCloseTo(want.betweenness, 9);
      expect(Number(read.community), node).toBe(want.community);
    });
  });

  it('csv: one column per measure in nodes.csv', () => {
    const dir = path.join(out, 'csv');
    expect(kg(['export', '--format', 'csv', '--metrics', '-o', dir, '--data', data]).status).toBe(0);
    const [header, ...rows] = csvRows(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8'));
    for (const c of COLUMNS) expect(header).toContain(c);
    expect(rows).toHaveLength(Object.keys(expected).length);
    for (const row of rows) {
      const id = row[0]!.replace(/^"|"$/g, '').replace(/""/g, '"');
      const at = (c: string) => Number(row[header!.indexOf(c)]);
      expect(at('degree'), id).toBe(expected[id]!.degree);
      expect(at('pagerank'), id).toBeCloseTo(expected[id]!.pagerank, 9);
      expect(at('community'), id).toBe(expected[id]!.community);
    }
  });

  it('without --metrics nothing changes: no measure columns', () => {
    const dir = path.join(out, 'plain');
    expect(kg(['export', '--format', 'csv', '-o', dir, '--data', data]).status).toBe(0);
    const header = fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8').split('\r\n')[0]!.split(',');
    for (const c of COLUMNS) expect(header).not.toContain(c);
    const file = path.join(out, 'plain.graphml');
    expect(kg(['export', '--format', 'graphml', '-o', file, '--data', data]).status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('attr.name="pagerank"');
  });
});
