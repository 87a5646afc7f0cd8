// The HTTP server over a real socket: every API route with good and bad
// parameters, JSON errors with 4xx codes, the viewer files, and attempts to
// read files outside viewer/dist (.., encoded .., encoded slashes, symlinks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { graphFromJSON } from '../../src/store/graph-file.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';

let server: RunningServer;
let bare: RunningServer;
let root: string;
const SECRET = 'top secret outside dist';

/** A raw request: the path is sent exactly as written (fetch would resolve "..") */
function get(port: number, rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}
const api = async (p: string) => {
  const r = await get(server.port, p);
  expect(r.type).toBe('application/json; charset=utf-8');
  return { status: r.status, json: JSON.parse(r.body) };
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-server-'));
  const dist = path.join(root, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log("viewer")');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(dist, 'link.txt'));
  fs.symlinkSync(root, path.join(dist, 'linkdir'));
  server = await startServer({ graph: fixtureGraph(), port: 0, viewerDir: dist });
  bare = await startServer({ graph: fixtureGraph(), port: 0, viewerDir: path.join(root, 'not-built') });
});
afterAll(async () => {
  await server?.close();
  await bare?.close();
});

describe('startServer', () => {
  it('listens on 127.0.0.1 and reports its URL and port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('fails with a one-line error when the port is taken', async () => {
    const taken = startServer({ graph: fixtureGraph(), port: server.port });
    await expect(taken).rejects.toThrow(`serve: port ${server.port} on 127.0.0.1 is already in use; choose another with --port`);
    // The system code stays on the error so that callers (kg start) can fall back to a free port.
    await expect(taken).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('GET /api/ask', () => {
  it('answers with the same engine as kg ask', async () => {
    const { status, json } = await api('/api/ask?q=' + encodeURIComponent('Who recognized Kosovo?'));
    expect(status).toBe(200);
    expect(json.form).toBe('relation');
    expect(json.entities.map((e: { label: string }) => e.label)).toEqual(['Turkey']);
    expect(json.evidence[0].text).toContain('Turkey recognized Kosovo');
  });

  it.each([
    ['/api/ask', 400, /missing query parameter "q"/],
    ['/api/ask?q=', 400, /missing query parameter "q"/],
    ['/api/ask?q=' + encodeURIComponent('Why is the sky blue?'), 400, /cannot understand/],
    ['/api/ask?q=' + encodeURIComponent('Who met Erdgan?'), 404, /did you mean "Recep Tayyip Erdoğan"/],
    ['/api/ask?q=' + encodeURIComponent('Tell me something interesting'), 400, /cannot understand "Tell me something interesting"; questions it understands: .*"How is X connected to Y\?"/],
    ['/api/ask?q=' + encodeURIComponent('Who is Zimbabwe?'), 404, /^query: no entity named "Zimbabwe", nor one with a similar name$/],
    ['/api/ask?q=' + 'x'.repeat(501), 400, /at most 500/],
    ['/api/ask?q=Vucic&limit=0', 400, /"limit" expects an integer from 1 to 100/],
    ['/api/ask?q=Vucic&maxHops=99', 400, /"maxHops" expects an integer from 1 to 10/],
  ])('%s -> %i', async (p, status, message) => {
    const r = await api(p);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
  });

  it('returns suggestions and forms as data', async () => {
    expect((await api('/api/ask?q=' + encodeURIComponent('Who is connected to Kosova?'))).json.suggestions).toEqual(['Kosovo']);
    expect((await api('/api/ask?q=why')).json.forms).toContain('How is X connected to Y?');
    expect((await api('/api/ask?q=' + encodeURIComponent('Tell me something interesting'))).json.forms).toContain('Who recognized X?  /  Which countries condemned X?');
  });
});

describe('GET /api/entities', () => {
  it('searches and lists, bounded by limit', async () => {
    expect((await api('/api/entities?q=serb')).json.entities[0].label).toBe('Serbia');
    const all = (await api('/api/entities?limit=3')).json;
    expect(all.total).toBe(13);
    expect(all.entities).toHaveLength(3);
    expect((await api('/api/entities?type=person')).json.total).toBe(4);
  });

  it('returns one entity by id or by name, with relations and evidence', async () => {
    const byId = (await api('/api/entities/' + encodeURIComponent('country:TR'))).json;
    expect(byId.attributes.label).toBe('Turkey');
    expect(byId.relations.length).toBe(byId.totalRelations);
    expect(byId.relations[0].evidence[0].text.length).toBeGreaterThan(10);
    expect((await api('/api/entities/Vucic')).json.id).toBe('person:vucic');
  });

  it.each([
    ['/api/entities?type=planet', 400, /type expects one of person/],
    ['/api/entities?limit=100000', 400, /from 1 to 500/],
    ['/api/entities/Kosova', 404, /did you mean "Kosovo"/],
    ['/api/entities/%E0%A4%A', 400, /malformed percent-encoding/],
    ['/api/entities/a/b', 404, /no route/],
  ])('%s -> %i', async (p, status, message) => {
    const r = await api(p);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
  });
});

describe('GET /api/path', () => {
  it('returns tied shortest paths with evidence per hop', async () => {
    const { json } = await api('/api/path?from=Albares&to=Turkey');
    expect(json.paths).toHaveLength(2);
    for (const p of json.paths) for (const h of p.hops) expect(h.relation.evidence[0].text).toBeTruthy();
    expect((await api('/api/path?from=Fidan&to=Vucic&maxHops=2')).json.paths).toEqual([]);
  });

  it.each([
    ['/api/path?from=Albares', 400, /missing query parameter "to"/],
    ['/api/path?to=Albares', 400, /missing query parameter "from"/],
    ['/api/path?from=Albares&to=Nowhereland', 404, /no entity named "Nowhereland"/],
    ['/api/path?from=Albares&to=Turkey&maxHops=-1', 400, /"maxHops" expects an integer/],
  ])('%s -> %i', async (p, status, message) => {
    const r = await api(p);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
  });
});

describe('GET /api/graph and /api/documents', () => {
  it('streams the whole graph as graphology JSON', async () => {
    const r = await get(server.port, '/api/graph');
    expect(r.status).toBe(200);
    const g = graphFromJSON(JSON.parse(r.body));
    expect([g.order, g.size]).toEqual([13, 19]);
  });

  it('returns a document with its entities and the relations it supports', async () => {
    const { json } = await api('/api/documents/d2');
    expect(json.document.title).toBe('Vučić meets Erdoğan in Belgrade');
    expect(json.entities.map((e: { id: string }) => e.id)).toContain('person:vucic');
    expect(json.relations.every((r: { evidence: { doc: string }[] }) => r.evidence.every((e) => e.doc === 'd2'))).toBe(true);
    expect((await api('/api/documents')).json.total).toBe(2);
    const one = (await api('/api/documents?limit=1')).json;
    expect([one.total, one.documents.length]).toEqual([2, 1]);
  });

  it.each([
    ['/api/documents/nope', 404, /no document "nope"/],
    ['/api/documents/__proto__', 404, /no document "__proto__"/],
    ['/api/unknown', 404, /no route \/api\/unknown/],
  ])('%s -> %i', async (p, status, message) => {
    const r = await api(p);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
  });

  it('refuses an over-long URL with 414 and answers HEAD without a body', async () => {
    const long = await get(server.port, '/api/entities?q=' + 'a'.repeat(5000));
    expect(long.status).toBe(414);
    const head = await get(server.port, '/api/entities?q=serbia', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('refuses writes with 405', async () => {
    const r = await get(server.port, '/api/ask?q=Vucic', 'POST');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });
});

describe('viewer files', () => {
  it('serves index.html at / and the built assets', async () => {
    const index = await get(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<title>viewer</title>');
    const js = await get(server.port, '/assets/app-1234.js');
    expect(js.status).toBe(200);
    expect(js.type).toBe('text/javascript; charset=utf-8');
    expect((await get(server.port, '/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/linkdir/secret.txt',
    '/%00index.html',
    '/....//secret.txt',
  ])('never serves a file outside dist: %s', async (p) => {
    const r = await get(server.port, p);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body).not.toContain(SECRET);
  });

  it('explains at / that the viewer is not built yet, while the API works', async () => {
    const r = await get(bare.port, '/');
    expect(r.status).toBe(503);
    expect(r.body).toContain('npm run build:viewer');
    expect((await get(bare.port, '/api/entities?q=serbia')).status).toBe(200);
  });
});

describe('GET /api/timeline and /api/corrections', () => {
  it('gives articles and relations over time, and the undated ones apart', async () => {
    const r = await get(server.port, '/api/timeline');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as { articles: Array<[string, number]>; relations: Array<[string, number]>; undatedArticles: number; undatedRelations: number };
    const total = (xs: Array<[string, number]>) => xs.reduce((n, [, c]) => n + c, 0);
    expect(total(body.relations) + body.undatedRelations).toBe(server.graph().size);
    expect(total(body.articles) + body.undatedArticles).toBe(Object.keys(server.graph().getAttribute('documents') ?? {}).length);
  });

  it('says a server without a store is read-only, and refuses writes', async () => {
    const r = await get(server.port, '/api/corrections');
    expect(JSON.parse(r.body)).toEqual({ writable: false, why: expect.stringMatching(/not a store/), changes: [] });
    expect((await get(server.port, '/api/corrections/merge', 'POST')).status).toBe(403);
    expect((await get(server.port, '/api/graph', 'POST')).status).toBe(405);
  });
});
