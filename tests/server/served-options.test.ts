// The same graph served from a store (`kg serve --data DIR`) and from a file
// (`kg serve --graph DIR/graph.json`, or a GEXF export of it) answers with the same
// graphology options: a viewer merging answers into one graph must not meet a graph
// that refuses self-loops in one mode and allows them in the other. The store's own
// graph.json says `allowSelfLoops: false` (kg build never makes one); files of other
// tools may hold self-loops, so every served graph allows them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/types.ts';
import { loadGraphFile, loadStoreGraph, servedGraph, startServer, type RunningServer } from '../../src/server/index.ts';
import { graphPath, writeGraph } from '../../src/store/graph-file.ts';
import { collect, gexfChunks } from '../../src/export/index.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';

/** The fixture as kg build makes a graph: self-loops refused. */
function builtGraph(): KnowledgeGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  g.import(fixtureGraph().export());
  return g;
}

let dir: string;
const servers: Record<string, RunningServer> = {};
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-served-options-'));
  writeGraph(dir, builtGraph());
  const gexf = path.join(dir, 'graph.gexf');
  fs.writeFileSync(gexf, collect(gexfChunks(builtGraph())));
  const viewerDir = path.join(dir, 'no-viewer');
  servers.data = await startServer({ graph: loadStoreGraph(dir), dataDir: dir, port: 0, viewerDir, log: () => {} });
  servers.json = await startServer({ graph: await loadGraphFile(graphPath(dir)), port: 0, viewerDir, log: () => {} });
  servers.jsonInParts = await startServer({ graph: await loadGraphFile(graphPath(dir), 0), port: 0, viewerDir, log: () => {} });
  servers.gexf = await startServer({ graph: await loadGraphFile(gexf), port: 0, viewerDir, log: () => {} });
  // a library caller handing over a graph it built itself
  servers.built = await startServer({ graph: builtGraph(), port: 0, viewerDir, log: () => {} });
});
afterAll(async () => {
  for (const s of Object.values(servers)) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function options(server: RunningServer, route: string): Promise<unknown> {
  const r = await fetch(new URL(route, server.url));
  expect(r.status).toBe(200);
  return ((await r.json()) as { options: unknown }).options;
}

describe('options of a served graph', () => {
  it('the store file itself refuses self-loops (what kg build writes)', () => {
    const text = fs.readFileSync(graphPath(dir), 'utf8');
    expect(JSON.parse(text).options.allowSelfLoops).toBe(false);
  });

  it.each(['/api/graph', '/api/subgraph?top=5', '/api/neighborhood/Serbia?depth=2'])('%s says the same in every mode', async (route) => {
    const seen: Record<string, unknown> = {};
    for (const [mode, server] of Object.entries(servers)) seen[mode] = await options(server, route);
    const expected = { type: 'directed', multi: true, allowSelfLoops: true };
    expect(seen).toEqual({ data: expected, json: expected, jsonInParts: expected, gexf: expected, built: expected });
  });

  it('--data and --graph of the same graph.json give the same subgraph and neighbourhood', async () => {
    for (const route of ['/api/subgraph?top=8', '/api/neighborhood/Serbia?depth=2&limit=20']) {
      const a = await (await fetch(new URL(route, servers.data!.url))).json();
      const b = await (await fetch(new URL(route, servers.json!.url))).json();
      expect(b).toEqual(a);
    }
  });

  it('servedGraph copies a graph that refuses self-loops, nodes and relations unchanged, and keeps one that allows them', () => {
    const built = builtGraph();
    const served = servedGraph(built);
    expect(served).not.toBe(built);
    expect(served.allowSelfLoops).toBe(true);
    expect(served.export().nodes).toEqual(built.export().nodes);
    expect(served.export().edges).toEqual(built.export().edges);
    expect(servedGraph(served)).toBe(served);
  });
});
