// `kg serve` on graphs whose node keys are __proto__, constructor, hasOwnProperty,
// toString: from a store (at start and on reload) and from --graph files of each
// format. The index warm-up used to throw an uncaught TypeError and exit 1.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, TSX_LOADER } from '../helpers/cli.ts';
import { loadStoreGraph, startServer } from '../../src/server/index.ts';
import { writeGraph } from '../../src/store/graph-file.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';
import { hostileGexf, hostileGraphml, hostileJson, HOSTILE_KEYS } from '../graph/open/hostile-keys.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-'));
const ROUTES = ['/api/graph/summary', '/api/subgraph?top=10', '/api/neighborhood/__proto__?depth=3', '/api/entities/constructor',
  '/api/path?from=valueOf&to=hasOwnProperty', '/api/ask?q=' + encodeURIComponent('How is valueOf connected to toString?'), '/api/graph'];

async function allAnswer(base: string, withDocuments = true): Promise<void> {
  // only the JSON file has an article index (one article, called __proto__)
  for (const route of withDocuments ? [...ROUTES, '/api/documents/__proto__'] : ROUTES) {
    const r = await fetch(new URL(route, base));
    expect(r.status, route).toBe(200);
    await r.json();
  }
}

describe('kg serve with hostile node keys', () => {
  it('serves a store whose graph.json has them, at start and after a reload', async () => {
    const data = tmp();
    fs.writeFileSync(path.join(data, 'graph.json'), hostileJson());
    expect(loadStoreGraph(data).order).toBe(HOSTILE_KEYS.length);
    const logs: string[] = [];
    const server = await startServer({ graph: fixtureGraph(), port: 0, viewerDir: '/nonexistent', dataDir: data, reloadIntervalMs: 0, log: (l) => logs.push(l) });
    try {
      fs.writeFileSync(path.join(data, 'graph.json'), hostileJson() + '\n'); // a new size: reloaded
      await allAnswer(server.url);
      expect(server.graph().order).toBe(HOSTILE_KEYS.length);
      expect(logs.join('\n')).toMatch(/reloaded/);
      await new Promise((r) => setImmediate(r)); // the warm-up runs on the next turn
    } finally {
      await server.close();
    }
  });

  it.each([['json', hostileJson], ['gexf', hostileGexf], ['graphml', hostileGraphml]])('kg serve --graph hostile.%s answers every route and stops with 0', async (ext, content) => {
    const file = path.join(tmp(), `hostile.${ext}`);
    fs.writeFileSync(file, content());
    const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', '--graph', file], { cwd: ROOT });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => { out += d; const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out); if (m) resolve(m[1]!); });
      void exited.then((code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
    });
    await allAnswer(url, ext === 'json');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).not.toMatch(/TypeError|at /);
  }, 120_000);
});

it('the store path stays the same for ordinary graphs', () => {
  const data = tmp();
  writeGraph(data, fixtureGraph());
  expect(loadStoreGraph(data).order).toBe(fixtureGraph().order);
});

it('counts types and kinds named __proto__ or constructor in the summary', async () => {
  const { safeGraphFromJSON } = await import('../../src/server/index.ts');
  const { graphSummary } = await import('../../src/query/subgraph.ts');
  const graph = safeGraphFromJSON({
    nodes: [{ key: 'a', attributes: { type: '__proto__' } }, { key: 'b', attributes: { type: 'constructor' } }, { key: 'c', attributes: { type: 'constructor' } }],
    edges: [{ source: 'a', target: 'b', attributes: { kind: '__proto__' } }, { source: 'b', target: 'c', attributes: { kind: 'toString' } }],
  });
  const summary = graphSummary(graph);
  expect(JSON.parse(JSON.stringify(summary.types))).toEqual(JSON.parse('{"__proto__": 1, "constructor": 2}'));
  expect(JSON.parse(JSON.stringify(summary.kinds))).toEqual(JSON.parse('{"__proto__": 1, "toString": 1}'));
});
