// The HTTP server behind `kg serve` and `kg start`: the JSON API under /api and
// the built viewer everywhere else, on node:http (a handful of routes do not
// need a framework). Binds to 127.0.0.1 unless told otherwise.
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { KnowledgeGraph } from '../types.ts';
import { KgError } from '../errors.ts';
import { batched } from '../export/index.ts';
import { errorResult, handleApi } from './api.ts';
import { NOT_BUILT_PAGE, resolveStatic } from './static.ts';

export { handleApi, errorResult, API_LIMITS, HttpError } from './api.ts';
export { resolveStatic } from './static.ts';

export interface ServerOptions {
  graph: KnowledgeGraph;
  host?: string;
  /** 0 picks any free port. */
  port?: number;
  /** Folder of the built viewer (default: viewer/dist of this repository). */
  viewerDir?: string;
  /** Called with one line per failed request that is a bug (default: stderr). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  viewerDir: fileURLToPath(new URL('../../viewer/dist', import.meta.url)),
  /** Longest request URL accepted. */
  maxUrl: 4096,
} as const;

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

function sendJson(res: http.ServerResponse, status: number, body: unknown, head: boolean): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(head ? undefined : text);
}

async function sendStream(res: http.ServerResponse, status: number, contentType: string, chunks: Iterable<string>, head: boolean): Promise<void> {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  if (head) { res.end(); return; }
  for (const chunk of batched(chunks)) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}

async function handle(opts: Required<Pick<ServerOptions, 'graph' | 'viewerDir' | 'log'>>, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const head = method === 'HEAD';
  const rawUrl = req.url ?? '/';
  if (rawUrl.length > SERVER_DEFAULTS.maxUrl) return sendJson(res, 414, { error: `request URL is ${rawUrl.length} characters long; at most ${SERVER_DEFAULTS.maxUrl}` }, head);
  let url: URL;
  try { url = new URL(rawUrl, 'http://localhost'); } catch { return sendJson(res, 400, { error: 'malformed request URL' }, head); }
  const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
  if (method !== 'GET' && !head) {
    res.setHeader('allow', 'GET, HEAD');
    return sendJson(res, 405, { error: `method ${method} not allowed; the ${isApi ? 'API' : 'viewer'} is read-only (GET)` }, false);
  }
  if (isApi) {
    try {
      const result = handleApi(opts.graph, url.pathname, url.searchParams);
      if ('stream' in result) return await sendStream(res, result.status, result.contentType, result.stream, head);
      return sendJson(res, result.status, result.body, head);
    } catch (e) {
      const { status, body } = errorResult(e);
      if (status >= 500) opts.log(`kg serve: internal error on ${url.pathname}: ${(e as Error)?.message ?? e}`);
      return sendJson(res, status, body, head);
    }
  }
  // Decode against the raw path: URL() already resolved literal "..", but not "%2e%2e".
  const rawPath = rawUrl.split(/[?#]/)[0]!;
  const found = await resolveStatic(opts.viewerDir, rawPath);
  if (found.kind === 'not-built') {
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(503, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(head ? undefined : NOT_BUILT_PAGE);
      return;
    }
    return sendJson(res, 404, { error: `no file ${url.pathname} (the viewer is not built: npm run build:viewer)` }, head);
  }
  if (found.kind === 'error') return sendJson(res, found.status, { error: found.message }, head);
  const immutable = /\/assets\//.test(found.file);
  res.writeHead(200, {
    ...SECURITY_HEADERS, 'content-type': found.contentType, 'content-length': found.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (head) { res.end(); return; }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Start the API + viewer server; resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const opts = {
    graph: options.graph,
    viewerDir: options.viewerDir ?? SERVER_DEFAULTS.viewerDir,
    log: options.log ?? ((line: string) => process.stderr.write(line + '\n')),
  };
  const host = options.host ?? SERVER_DEFAULTS.host;
  const port = options.port ?? SERVER_DEFAULTS.port;
  const server = http.createServer((req, res) => {
    handle(opts, req, res).catch((e) => {
      opts.log(`kg serve: internal error: ${(e as Error)?.message ?? e}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error (see the server log)' }, false);
      else res.destroy();
    });
  });
  server.on('clientError', (_e, socket) => { if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'); });
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      // The error keeps the system code, so a caller such as `kg start` can fall back to another port.
      if (e.code === 'EADDRINUSE') reject(Object.assign(new KgError(`serve: port ${port} on ${host} is already in use; choose another with --port`), { code: e.code }));
      else if (e.code === 'EACCES') reject(new KgError(`serve: not allowed to listen on ${host}:${port}; use a port above 1024`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') reject(new KgError(`serve: cannot listen on host "${host}"; use 127.0.0.1 or 0.0.0.0`));
      else reject(e);
    };
    server.once('error', onError);
    server.listen(port, host, () => { server.off('error', onError); resolve(); });
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${actual}/`,
    port: actual,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
