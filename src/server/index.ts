// The HTTP server behind `kg serve` and `kg start`: the JSON API under /api and
// the built viewer everywhere else, on node:http (a handful of routes do not
// need a framework). Binds to 127.0.0.1 unless told otherwise.
import http from 'node:http';
import fs, { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { KnowledgeGraph } from '../types.ts';
import { KgError } from '../errors.ts';
import { batched } from '../export/index.ts';
import { errorResult, handleApiSteps, HttpError, type ApiResult } from './api.ts';
import { runSteps, type Steps } from '../query/steps.ts';
import { jsonPieces } from './json-pieces.ts';
import { graphPath } from '../store/graph-file.ts';
import { reloadStoreGraph, servedGraph } from './store-graph.ts';
import { SUBGRAPH_DEFAULTS, rankEntities } from '../query/subgraph.ts';
import { pathIndex } from '../query/path-index.ts';
import { applyCorrection, checkWrite, correctionAccess, correctionRequest, listCorrections, readJsonBody, type CorrectionAccess } from './corrections.ts';

/** Build the per-graph path index and entity ranking off the request path, right after a load. */
function warmIndexes(graph: KnowledgeGraph): void {
  setImmediate(() => { pathIndex(graph); rankEntities(graph); }).unref();
}
import { NOT_BUILT_PAGE, resolveStatic } from './static.ts';
import { allowedHosts, hostAllowed } from './host-check.ts';
import { QueueFullError, SLICE_MS, WorkQueue, type JobLength } from './work-queue.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';

export { handleApi, errorResult, API_LIMITS, HttpError, ROUTES } from './api.ts';
export type { ApiOptions } from './api.ts';
export { resolveStatic } from './static.ts';
export { loadGraphFile, loadStoreGraph, safeGraphFromJSON, servedGraph, SERVED_GRAPH_OPTIONS } from './store-graph.ts';
export { allowedHosts, hostAllowed, hostName } from './host-check.ts';

export interface ServerOptions {
  graph: KnowledgeGraph;
  host?: string;
  /** 0 picks any free port. */
  port?: number;
  /** Folder of the built viewer (default: viewer/dist of this repository). */
  viewerDir?: string;
  /** Called with one line per failed request that is a bug, or per reload (default: stderr). */
  log?: (line: string) => void;
  /** Above this many entities /api/graph/summary says `large: true` (default 5000). */
  largeGraphThreshold?: number;
  /**
   * Graph store the graph came from. Given, the server re-reads `<dataDir>/graph.json`
   * when the file changes (checked on an API request, at most every reloadIntervalMs),
   * so `kg ingest` while the viewer is open shows on refresh.
   */
  dataDir?: string;
  /** Least time between two checks of the graph file (default 1000 ms). */
  reloadIntervalMs?: number;
  /**
   * Host names answered besides localhost, 127.0.0.1, [::1] and the bound host
   * (any port). Requests naming another host get 403: a guard against DNS rebinding.
   */
  allowHosts?: readonly string[];
  /** Heavy API requests (neighbourhood, subgraph, path, ask...) that may wait their turn; more get 503 (default 256). */
  maxWaitingRequests?: number;
  /** Longest a heavy request runs before other requests get a turn (default SLICE_MS, 10 ms; 0 = a turn after every step). */
  sliceMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The graph being served now (a new object after each reload). */
  graph(): KnowledgeGraph;
  close(): Promise<void>;
}

export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  viewerDir: fileURLToPath(new URL('../../viewer/dist', import.meta.url)),
  /** Longest request URL accepted. */
  maxUrl: 4096,
  largeGraphThreshold: SUBGRAPH_DEFAULTS.largeGraphThreshold,
  reloadIntervalMs: 1000,
  /** Heavy API requests waiting their turn beyond which the server answers 503. */
  maxWaitingRequests: 256,
} as const;

/**
 * The served graph, and (with a store folder) its reload: a stat of graph.json at
 * most once per interval, a re-read when its mtime, size or inode changed.
 * writeGraph renames a complete file into place, so a read never sees half a
 * graph; a file that cannot be read or parsed keeps the old graph (logged once).
 */
class GraphSource {
  private graph: KnowledgeGraph;
  private signature: string | undefined;
  private checkedAt = 0;
  private pending: Promise<void> | undefined;

  constructor(graph: KnowledgeGraph, private readonly file: string | undefined, private readonly interval: number, private readonly log: (line: string) => void) {
    this.graph = servedGraph(graph);
    warmIndexes(this.graph);
    if (file) this.signature = GraphSource.stat(file);
  }

  private static stat(file: string): string | undefined {
    try {
      const st = fs.statSync(file);
      return `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch { return undefined; }
  }

  current(): KnowledgeGraph { return this.graph; }

  /** The graph the store was just rebuilt into (a correction): served from now on. */
  replace(graph: KnowledgeGraph): void {
    this.graph = servedGraph(graph);
    if (this.file) this.signature = GraphSource.stat(this.file);
    warmIndexes(graph);
  }

  /** The graph to answer with: reloaded first if the file changed. */
  async get(): Promise<KnowledgeGraph> {
    if (!this.file) return this.graph;
    if (this.pending) { await this.pending; return this.graph; }
    const now = Date.now();
    if (now - this.checkedAt < this.interval) return this.graph;
    this.checkedAt = now;
    const signature = GraphSource.stat(this.file);
    if (signature === undefined || signature === this.signature) return this.graph;
    this.signature = signature;
    this.pending = this.reload(this.file).finally(() => { this.pending = undefined; });
    await this.pending;
    return this.graph;
  }

  private async reload(file: string): Promise<void> {
    try {
      const graph = await reloadStoreGraph(file);
      this.log(`kg serve: reloaded ${file} (${graph.order} entities, ${graph.size} relations)`);
      this.graph = graph;
      warmIndexes(graph);
    } catch (e) {
      this.log(`kg serve: could not reload ${file} (${(e as Error).message}); still serving the previous graph`);
    }
  }
}

/**
 * The viewer's own policy (viewer/index.html has it as a meta tag; no inline
 * script, FA2 and noverlap workers as blob: URLs) plus what only a header can
 * say: no framing by other sites.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
  + "img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
  + "form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

function sendJson(res: http.ServerResponse, status: number, body: unknown, head: boolean): void {
  sendJsonText(res, status, JSON.stringify(body), head);
}

function sendJsonText(res: http.ServerResponse, status: number, text: string, head: boolean): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(head ? undefined : text);
}

async function sendStream(res: http.ServerResponse, status: number, contentType: string, chunks: Iterable<string>, head: boolean): Promise<void> {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  if (head) { res.end(); return; }
  let sinceTurn = 0;
  for (const chunk of batched(chunks)) {
    if (res.destroyed) return;
    if (!res.write(chunk)) { await drainedOrClosed(res); sinceTurn = 0; }
    // a fast reader never makes write() say "wait": give other requests a turn every few chunks anyway
    else if (++sinceTurn >= STREAM_CHUNKS_PER_TURN) { await nextTurn(); sinceTurn = 0; }
  }
  res.end();
}

/** Resolves when `res` can take more (or is gone), and leaves no listener behind (a long answer waits many times). */
function drainedOrClosed(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { res.off('drain', done); res.off('close', done); resolve(); };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** 64 kB chunks of /api/graph written before other requests get a turn. */
const STREAM_CHUNKS_PER_TURN = 4;

/**
 * Routes whose work grows with the graph or the parameters wait their turn in the
 * WorkQueue: a neighbourhood of depth 3 or a subgraph of 5000 are long (run in
 * slices, api.ts handleApiSteps); a path search, a question, a search, one
 * entity or document are short (one step, before the next slice of a long one).
 * The rest answer at once (undefined).
 */
const LONG_ROUTES = new Set(['subgraph', 'neighborhood']);
const SHORT_ROUTES = new Set(['ask', 'path', 'merges', 'documents', 'entities']);

function heaviness(pathname: string, query: URLSearchParams): JobLength | undefined {
  const [, , route, arg] = pathname.split('/');
  if (route === 'entities' && arg === undefined && !query.has('q')) return undefined; // the plain list is cheap
  if (route === 'documents' && arg === undefined) return undefined;
  if (LONG_ROUTES.has(route ?? '')) return 'long';
  return SHORT_ROUTES.has(route ?? '') ? 'short' : undefined;
}

interface HandlerOptions {
  source: GraphSource;
  /** The store, when the graph came from one (corrections are written there). */
  dataDir: string | undefined;
  corrections: CorrectionAccess;
  /** The port listened on (known once listening). */
  port: number;
  viewerDir: string;
  log: (line: string) => void;
  largeGraphThreshold: number;
  allowedHosts: ReadonlySet<string>;
  heavy: WorkQueue;
  longAnswers: Slots;
}

/**
 * Long answers (subgraph, neighbourhood: up to 16 M characters each) computed or
 * being written at once; the others wait before any work is done for them, so the
 * memory a burst holds is bounded (a slow reader keeps its answer alive).
 */
const LONG_ANSWERS_WRITTEN = 4;

/** A counting semaphore: acquire() resolves with the function that gives the slot back. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(count: number, private readonly maxWaiting: number) { this.free = count; }
  /** Rejects with QueueFullError when maxWaiting wait already. */
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else if (this.waiting.length >= this.maxWaiting) throw new QueueFullError(`${this.waiting.length} long answers are waiting`);
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(); else this.free++;
    };
  }
}

async function handle(opts: HandlerOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  opts.heavy.noteArrival();
  const method = req.method ?? 'GET';
  const head = method === 'HEAD';
  const rawUrl = req.url ?? '/';
  if (!hostAllowed(req.headers.host, opts.allowedHosts)) {
    // 403 with a JSON error, as every other refusal of the API (the corrections' own host check included)
    return sendJson(res, 403, { error: `serve: refused a request for host ${JSON.stringify(req.headers.host ?? '')}; this server answers only to ${[...opts.allowedHosts].join(', ')} (start it with --allow-host NAME to add a name)` }, head);
  }
  if (rawUrl.length > SERVER_DEFAULTS.maxUrl) return sendJson(res, 414, { error: `request URL is ${rawUrl.length} characters long; at most ${SERVER_DEFAULTS.maxUrl}` }, head);
  let url: URL;
  try { url = new URL(rawUrl, 'http://localhost'); } catch { return sendJson(res, 400, { error: 'malformed request URL' }, head); }
  const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
  const corrections = /^\/api\/corrections(\/([a-z]+))?\/?$/.exec(url.pathname);
  if (corrections && method === 'POST') {
    try {
      if (!opts.corrections.writable) throw new HttpError(403, `corrections: read-only; ${opts.corrections.why}`);
      checkWrite(req, opts.port);
      const request = correctionRequest(corrections[2] ?? '', await readJsonBody(req));
      const { change, graph } = applyCorrection(opts.dataDir!, request);
      opts.source.replace(graph);
      return sendJson(res, 200, { change, graph: { nodes: graph.order, edges: graph.size } }, false);
    } catch (e) {
      const { status, body } = errorResult(e);
      if (status >= 500) opts.log(`kg serve: internal error on ${url.pathname}: ${(e as Error)?.message ?? e}`);
      return sendJson(res, status, body, false);
    }
  }
  if (corrections && !corrections[1] && (method === 'GET' || head)) {
    try {
      return sendJson(res, 200, listCorrections(opts.dataDir, opts.corrections), head);
    } catch (e) {
      return sendJson(res, errorResult(e).status, errorResult(e).body, head);
    }
  }
  if (method !== 'GET' && !head) {
    res.setHeader('allow', corrections ? 'GET, HEAD, POST' : 'GET, HEAD');
    return sendJson(res, 405, { error: `method ${method} not allowed; the ${isApi ? 'API' : 'viewer'} is read-only (GET)` }, false);
  }
  if (isApi) {
    try {
      const graph = await opts.source.get();
      const weight = heaviness(url.pathname, url.searchParams);
      const answer = function* (): Steps<Extract<ApiResult, { stream: unknown }> | { status: number; text: string }> {
        const result = yield* handleApiSteps(graph, url.pathname, url.searchParams, { largeGraphThreshold: opts.largeGraphThreshold });
        if ('stream' in result) return result;
        // a long answer (up to 16 MB) is written piece by piece as it is serialised, with turns for other
        // requests between pieces, and never held as one string and one buffer
        if (weight === 'long') return { status: result.status, stream: jsonPieces(result.body), contentType: 'application/json; charset=utf-8' };
        return { status: result.status, text: JSON.stringify(result.body) };
      };
      // a long answer is held in memory until its client has read it: at most LONG_ANSWERS_WRITTEN at once
      const release = weight === 'long' ? await opts.longAnswers.acquire() : undefined;
      try {
        if (res.destroyed) return;
        const result = weight ? await opts.heavy.run(answer(), weight) : runSteps(answer());
        if (res.destroyed) return;
        if ('stream' in result) return await sendStream(res, result.status, result.contentType, result.stream, head);
        return sendJsonText(res, result.status, result.text, head);
      } finally {
        release?.();
      }
    } catch (e) {
      if (e instanceof QueueFullError) {
        res.setHeader('retry-after', '1');
        return sendJson(res, 503, { error: `api: the server is busy (${e.message}); try again in a moment` }, head);
      }
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
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const threshold = options.largeGraphThreshold ?? SERVER_DEFAULTS.largeGraphThreshold;
  if (!Number.isInteger(threshold) || threshold < 0) throw new KgError(`serve: largeGraphThreshold expects a whole number of entities >= 0, got ${threshold}`);
  const host = options.host ?? SERVER_DEFAULTS.host;
  const opts: HandlerOptions = {
    source: new GraphSource(options.graph, options.dataDir === undefined ? undefined : graphPath(options.dataDir), options.reloadIntervalMs ?? SERVER_DEFAULTS.reloadIntervalMs, log),
    viewerDir: options.viewerDir ?? SERVER_DEFAULTS.viewerDir,
    log,
    largeGraphThreshold: threshold,
    dataDir: options.dataDir,
    corrections: correctionAccess(options.dataDir, options.host ?? SERVER_DEFAULTS.host),
    port: 0,
    allowedHosts: allowedHosts(host, options.allowHosts),
    heavy: new WorkQueue(options.maxWaitingRequests ?? SERVER_DEFAULTS.maxWaitingRequests, options.sliceMs ?? SLICE_MS),
    longAnswers: new Slots(LONG_ANSWERS_WRITTEN, options.maxWaitingRequests ?? SERVER_DEFAULTS.maxWaitingRequests),
  };
  const port = options.port ?? SERVER_DEFAULTS.port;
  const server = http.createServer((req, res) => {
    handle(opts, req, res).catch((e) => {
      opts.log(`kg serve: internal error: ${(e as Error)?.message ?? e}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error (see the server log)' }, false);
      else res.destroy();
    });
  });
  // a new connection counts as an arrival too: its request is read a turn later, and should not wait behind a heavy job
  server.on('connection', () => opts.heavy.noteArrival());
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
  opts.port = actual;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${actual}/`,
    port: actual,
    graph: () => opts.source.current(),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
