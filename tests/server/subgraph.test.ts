// The big-graph routes over a real socket: /api/graph/summary, /api/subgraph,
// /api/neighborhood/:id with good and bad parameters, a 100,000-node graph,
// the whole graph streamed in pieces, and the reload of a store's graph.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { loadGraph, writeGraph, graphPath, writeFileAtomic } from '../../src/store/graph-file.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string; chunks: number }
function get(port: number, p: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p }, (res) => {
      let body = '';
      let chunks = 0;
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; chunks++; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, chunks }));
    }).on('error', reject);
  });
}
async function json(port: number, p: string): Promise<{ status: number; json: any }> {
  const r = await get(port, p);
  expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
  return { status: r.status, json: JSON.parse(r.body) };
}
const keys = (g: { nodes: { key: string }[] }) => g.nodes.map((n) => n.key);

let small: RunningServer;
beforeAll(async () => { small = await startServer({ graph: fixtureGraph(), port: 0, largeGraphThreshold: 10 }); });
afterAll(async () => { await small?.close(); });

describe('on the fixture graph', () => {
  it('lists the big-graph routes at /api', async () => {
    expect((await json(small.port, '/api')).json.routes).toEqual(expect.arrayContaining(['/api/graph/summary', '/api/subgraph?top=&kinds=&types=', '/api/neighborhood/:id?depth=&limit=&kinds=&types=']));
  });

  it('summarises the graph; large follows largeGraphThreshold', async () => {
    const { status, json: s } = await json(small.port, '/api/graph/summary');
    expect(status).toBe(200);
    expect(s).toMatchObject({ nodes: 13, edges: 19, documents: 2, large: true, threshold: 10 });
    expect(Object.values(s.types as Record<string, number>).reduce((a, b) => a + b)).toBe(13);
    expect(Object.values(s.kinds as Record<string, number>).reduce((a, b) => a + b)).toBe(19);
    const plain = await startServer({ graph: fixtureGraph(), port: 0 });
    try {
      expect((await json(plain.port, '/api/graph/summary')).json).toMatchObject({ large: false, threshold: 5000 });
    } finally { await plain.close(); }
  });

  it.each([-1, 2.5, Number.NaN])('refuses largeGraphThreshold %s with a one-line error', async (threshold) => {
    await expect(startServer({ graph: fixtureGraph(), port: 0, largeGraphThreshold: threshold }))
      .rejects.toThrow(/^serve: largeGraphThreshold expects a whole number of entities >= 0, got /);
  });

  it('serves the most connected entities as graphology JSON', async () => {
    const { json: g } = await json(small.port, '/api/subgraph?top=4');
    expect(g.nodes).toHaveLength(4);
    expect(g.attributes).toMatchObject({ partial: true, totalNodes: 13, totalEdges: 19, candidates: 13 });
    const ids = new Set(keys(g));
    expect(g.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    const people = (await json(small.port, '/api/subgraph?types=person&kinds=role,event')).json;
    expect(people.nodes.length).toBeGreaterThan(0);
    expect(people.nodes.every((n: { attributes: { type: string } }) => n.attributes.type === 'person')).toBe(true);
    expect(people.edges.every((e: { attributes: { kind: string } }) => ['role', 'event'].includes(e.attributes.kind))).toBe(true);
  });

  it('serves a neighbourhood by id or by name, the entity first', async () => {
    const byName = (await json(small.port, '/api/neighborhood/Vucic')).json;
    expect(keys(byName)[0]).toBe('person:vucic');
    expect(byName.attributes.selection).toMatchObject({ id: 'person:vucic', depth: 1, limit: 200 });
    const byId = (await json(small.port, '/api/neighborhood/' + encodeURIComponent('person:vucic'))).json;
    expect(keys(byId)).toEqual(keys(byName));
    const wide = (await json(small.port, '/api/neighborhood/Vucic?depth=2&limit=3')).json;
    expect(wide.nodes).toHaveLength(3);
    expect(wide.attributes.candidates).toBeGreaterThan(3);
  });

  it.each([
    ['/api/subgraph?top=0', 400, /"top" expects an integer from 1 to 5000, got "0"/],
    ['/api/subgraph?top=5001', 400, /"top" expects an integer from 1 to 5000/],
    ['/api/subgraph?top=ten', 400, /"top" expects an integer/],
    ['/api/subgraph?kinds=friendship', 400, /kinds expects a comma-separated list of role, location, event, affiliation, cooccurrence; got "friendship"/],
    ['/api/subgraph?kinds=,', 400, /kinds expects a comma-separated list/],
    ['/api/subgraph?types=person,planet', 400, /types expects a comma-separated list of .*; got "planet"/],
    ['/api/subgraph/x', 404, /no route/],
    ['/api/graph/other', 404, /no route/],
    ['/api/neighborhood', 400, /missing entity in \/api\/neighborhood\/:id/],
    ['/api/neighborhood/Vucic?depth=4', 400, /"depth" expects an integer from 1 to 3, got "4"/],
    ['/api/neighborhood/Vucic?limit=0', 400, /"limit" expects an integer from 1 to 5000/],
    ['/api/neighborhood/Nobody%20Known', 404, /Nobody Known/],
  ])('%s -> %i', async (p, status, message) => {
    const { status: s, json: body } = await json(small.port, p);
    expect(s).toBe(status);
    expect(body.error).toMatch(message);
  });

  it('gives suggestions for a misspelt neighbourhood name', async () => {
    const { status, json: body } = await json(small.port, '/api/neighborhood/Vucicc');
    expect(status).toBe(404);
    expect(body.suggestions).toEqual(['Aleksandar Vučić']);
  });
});

describe('on a 100,000-node graph', () => {
  let big: RunningServer;
  beforeAll(async () => { big = await startServer({ graph: generateGraph(100_000, 2, 11), port: 0 }); });
  afterAll(async () => { await big?.close(); });

  it('says it is large and serves the top 500 entities with the relations among them', async () => {
    expect((await json(big.port, '/api/graph/summary')).json).toMatchObject({ nodes: 100_000, large: true, threshold: 5000 });
    const { status, json: g } = await json(big.port, '/api/subgraph?top=500');
    expect(status).toBe(200);
    expect(g.nodes).toHaveLength(500);
    expect(g.attributes).toMatchObject({ partial: true, totalNodes: 100_000 });
    const ids = new Set(keys(g));
    expect(ids.size).toBe(500);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const around = (await json(big.port, '/api/neighborhood/n4242?depth=2&limit=50')).json;
    expect(keys(around)[0]).toBe('n4242');
    expect(around.nodes.length).toBeLessThanOrEqual(50);
    expect(around.nodes.length).toBeGreaterThan(1);
  });
});

describe('GET /api/graph above the threshold', () => {
  it('still serves the whole graph, streamed in pieces (no content-length, many chunks)', async () => {
    const server = await startServer({ graph: generateGraph(6000, 3, 5), port: 0 });
    try {
      expect((await json(server.port, '/api/graph/summary')).json.large).toBe(true);
      const r = await get(server.port, '/api/graph');
      expect(r.status).toBe(200);
      expect(r.headers['transfer-encoding']).toBe('chunked');
      expect(r.headers['content-length']).toBeUndefined();
      expect(r.chunks).toBeGreaterThan(5);
      const g = JSON.parse(r.body);
      expect(g.nodes).toHaveLength(6000);
    } finally { await server.close(); }
  });
});

describe('reload from a store folder', () => {
  it('serves the new graph.json after it changes, keeps the old graph on a broken file', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-reload-'));
    writeGraph(data, fixtureGraph());
    const lines: string[] = [];
    const server = await startServer({ graph: loadGraph(data), dataDir: data, port: 0, reloadIntervalMs: 0, log: (l) => lines.push(l) });
    try {
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(13);
      writeGraph(data, generateGraph(40, 2, 3));
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(40);
      expect((await json(server.port, '/api/subgraph?top=5')).json.attributes.totalNodes).toBe(40);
      expect(server.graph().order).toBe(40);
      expect(lines.some((l) => /reloaded .*graph\.json \(40 entities/.test(l))).toBe(true);
      writeFileAtomic(graphPath(data), '{"nodes": [');
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(40);
      expect(lines.some((l) => /could not reload .*still serving the previous graph/.test(l))).toBe(true);
      fs.rmSync(graphPath(data));
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(40);
    } finally { await server.close(); }
  });

  it('checks the file at most once per interval', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-reload-'));
    writeGraph(data, fixtureGraph());
    const server = await startServer({ graph: loadGraph(data), dataDir: data, port: 0, reloadIntervalMs: 600_000, log: () => {} });
    try {
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(13); // first check happens here
      writeGraph(data, generateGraph(40, 2, 3));
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(13); // within the interval: not re-read
    } finally { await server.close(); }
  });

  it('never reloads without a store folder', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-reload-'));
    writeGraph(data, fixtureGraph());
    const server = await startServer({ graph: loadGraph(data), port: 0, reloadIntervalMs: 0 });
    try {
      writeGraph(data, generateGraph(40, 2, 3));
      expect((await json(server.port, '/api/graph/summary')).json.nodes).toBe(13);
    } finally { await server.close(); }
  });
});
