// `kg serve` as a process: from a store folder and from a graph file, printing
// its URL, answering, and stopping on SIGTERM.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, TSX_LOADER, kg } from '../helpers/cli.ts';
import { writeGraph } from '../../src/store/graph-file.ts';
import { collect, gexfChunks } from '../../src/export/index.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

async function serve(args: string[]): Promise<{ url: string; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', ...args], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /kg serve: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
  });
  return {
    url,
    stop: () => new Promise((resolve) => { child.on('exit', (code) => resolve(code)); child.kill('SIGTERM'); }),
  };
}

describe('kg serve', () => {
  it('serves a store folder and stops cleanly on SIGTERM', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-data-'));
    writeGraph(data, fixtureGraph());
    const s = await serve(['--data', data]);
    try {
      const r = await fetch(new URL('/api/ask?q=' + encodeURIComponent('Who condemned Turkey?'), s.url));
      expect(r.status).toBe(200);
      expect((await r.json()).entities[0].label).toBe('Serbia');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('re-reads the store when kg ingest (or anything) rewrites graph.json', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-reload-'));
    writeGraph(data, fixtureGraph());
    const s = await serve(['--data', data]);
    try {
      const nodes = async () => (await (await fetch(new URL('/api/graph/summary', s.url))).json()).nodes;
      expect(await nodes()).toBe(13);
      writeGraph(data, generateGraph(30, 2, 9));
      // The file is checked at most once a second: wait past that, then ask again.
      await new Promise((r) => setTimeout(r, 1100));
      expect(await nodes()).toBe(30);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('serves a .gexf file given with --graph', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-file-'));
    const file = path.join(dir, 'graph.gexf');
    fs.writeFileSync(file, collect(gexfChunks(fixtureGraph())));
    const s = await serve(['--graph', file]);
    try {
      const r = await fetch(new URL('/api/entities?q=vucic', s.url));
      const json = await r.json();
      expect(json.entities[0].label).toBe('Aleksandar Vučić');
      const path2 = await (await fetch(new URL('/api/path?from=Albares&to=Vucic', s.url))).json();
      expect(path2.paths[0].hops.map((h: { relation: { predicate: string } }) => h.relation.predicate)).toEqual(['met', 'met']);
    } finally {
      await s.stop();
    }
  });

  it.each([
    [['--data', 'x', '--graph', 'y'], 64, /either --data DIR or --graph FILE/],
    [['--graph', '/nonexistent/graph.gexf'], 2, /cannot read \/nonexistent\/graph.gexf/],
    [['--port', '70000'], 64, /--port expects 0-65535/],
  ])('kg serve %j fails with exit %i', (args, code, message) => {
    const r = kg(['serve', ...args]);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
