// DNS rebinding: the server answers only requests addressed to loopback names,
// the bound host and --allow-host names; every answer carries the headers that
// keep other sites from framing or sniffing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { startServer, allowedHosts, hostAllowed, hostName, type RunningServer } from '../../src/server/index.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';
import { kg } from '../helpers/cli.ts';

/** A request with a chosen Host header (fetch would not let us set it). */
function get(port: number, path: string, host: string | null): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    if (host !== null) req.setHeader('host', host);
    req.on('error', reject);
    req.end();
  });
}

describe('hostName', () => {
  it.each([
    ['localhost:8080', 'localhost'], ['LOCALHOST', 'localhost'], ['localhost.:80', 'localhost'],
    ['127.0.0.1:5173', '127.0.0.1'], ['[::1]:8080', '[::1]'], ['[::1]', '[::1]'],
    ['evil.example:8080', 'evil.example'], ['', undefined], ['[::1', undefined], ['a:b:c', undefined], ['[::1]x', undefined],
  ])('%j -> %j', (header, name) => expect(hostName(header)).toBe(name));
});

describe('hostAllowed', () => {
  const loopback = allowedHosts('127.0.0.1');
  it.each([
    ['localhost:1234', true], ['127.0.0.1', true], ['[::1]:9', true],
    ['attacker.example:8080', false], ['localhost.attacker.example', false], ['127.0.0.1.nip.io', false],
    ['sub.localhost', false], ['0.0.0.0:8080', false],
  ])('%s -> %s', (header, ok) => expect(hostAllowed(header, loopback)).toBe(ok));

  it('refuses a request without Host', () => expect(hostAllowed(undefined, loopback)).toBe(false));

  it('accepts the bound host and --allow-host names, never a wildcard address', () => {
    const lan = allowedHosts('192.168.1.5', ['MyBox.lan', '::2']);
    expect(hostAllowed('192.168.1.5:8080', lan)).toBe(true);
    expect(hostAllowed('mybox.lan', lan)).toBe(true);
    expect(hostAllowed('[::2]:80', lan)).toBe(true);
    expect(hostAllowed('0.0.0.0', allowedHosts('0.0.0.0'))).toBe(false);
  });
});

describe('the server behind a rebound DNS name', () => {
  let server: RunningServer;
  let allowing: RunningServer;
  beforeAll(async () => {
    server = await startServer({ graph: fixtureGraph(), port: 0, viewerDir: '/nonexistent' });
    allowing = await startServer({ graph: fixtureGraph(), port: 0, viewerDir: '/nonexistent', allowHosts: ['kg.lan'] });
  });
  afterAll(async () => { await server?.close(); await allowing?.close(); });

  it.each(['/api/graph/summary', '/api/documents', '/', '/index.html'])('answers %s to another Host with 403 and a short JSON error', async (p) => {
    const r = await get(server.port, p, `attacker.example:${server.port}`);
    expect(r.status).toBe(403);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(r.body).error).toMatch(/refused a request for host "attacker\.example:\d+".*--allow-host/);
    expect(r.body.length).toBeLessThan(300);
    expect(r.body).not.toMatch(/Kosovo|"documents"/);
  });

  it('answers loopback names with any port', async () => {
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, '[::1]:1']) {
      expect((await get(server.port, '/api/graph/summary', host)).status).toBe(200);
    }
  });

  it('answers an --allow-host name, and still refuses others', async () => {
    expect((await get(allowing.port, '/api/graph/summary', 'kg.lan:80')).status).toBe(200);
    expect((await get(allowing.port, '/api/graph/summary', 'other.lan')).status).toBe(403);
  });

  it('sends CSP with frame-ancestors none, X-Frame-Options and nosniff on API, viewer and refusals', async () => {
    for (const [p, host] of [['/api/graph/summary', 'localhost'], ['/', 'localhost'], ['/api/graph', 'localhost'], ['/api/nope', 'localhost'], ['/', 'evil']] as const) {
      const r = await get(server.port, p, host);
      expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('kg serve --allow-host', () => {
  it.each([['http://x.lan'], ['x.lan:8080'], ['a/b']])('refuses %s with a one-line usage error', (bad) => {
    const r = kg(['serve', '--port', '0', '--allow-host', bad, '--graph', '/nonexistent.json']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--allow-host expects a host name/);
  });
});
