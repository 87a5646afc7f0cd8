// Do heavy API requests starve light ones? A server process (this file with
// --child: startServer on a store's graph, a graph file or a generated graph)
// gets HEAVY big neighbourhood requests (`/api/neighborhood/<hub>?depth=3&limit=5000`)
// CONCURRENCY at a time, while a light request (`/api/graph/summary`, then an
// entity search, in turn) is sent every PROBE_MS on its own connection; the light
// requests' latency is reported (median and max), with the same probes on the idle
// server before as the baseline. Issue 19 item 13 measured up to 11.6 s before any
// fix; the target is a light answer within ~200 ms while the heavy load runs.
//
//   npx tsx src/bench/starvation.ts [--data DIR | --graph FILE | --nodes N] [--heavy 200] [--concurrency 50]
//   (also `npm run bench -- starvation`: a generated 20,000-entity graph with a hub, 60 heavy requests)
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.ts';
import type { KnowledgeGraph } from '../types.ts';
import { median } from './median.ts';

const SELF = fileURLToPath(import.meta.url);
/** Between two light requests. */
const PROBE_MS = 100;

interface Options { data?: string; graph?: string; nodes: number; heavy: number; concurrency: number }

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => { const i = argv.indexOf(flag); return i === -1 ? undefined : argv[i + 1]; };
  return {
    data: value('--data'), graph: value('--graph'), nodes: Number(value('--nodes') ?? 20000),
    heavy: Number(value('--heavy') ?? 200), concurrency: Number(value('--concurrency') ?? 50),
  };
}

/**
 * A generated graph's communities keep a neighbourhood of depth 3 small; a news graph has
 * hubs (a country named in thousands of articles): n0 is tied to every 8th entity.
 */
function withHub(graph: KnowledgeGraph): KnowledgeGraph {
  const tie = graph.getEdgeAttributes(graph.edges()[0]!);
  for (let i = 8; i < graph.order; i += 8) graph.addDirectedEdgeWithKey(`hub${i}`, 'n0', `n${i}`, { ...tie, kind: 'role', predicate: 'related to' });
  return graph;
}

/** The server side: load, warm the per-graph indexes, listen, print the URL. */
async function child(options: Options): Promise<void> {
  const { startServer, loadGraphFile, loadStoreGraph } = await import('../server/index.ts');
  const { rankEntities } = await import('../query/subgraph.ts');
  const { pathIndex } = await import('../query/path-index.ts');
  const { generateGraph } = await import('./graph-gen.ts');
  const graph = options.data ? loadStoreGraph(options.data) : options.graph ? await loadGraphFile(options.graph) : withHub(generateGraph(options.nodes, 6, 7));
  const server = await startServer({ graph, port: 0, viewerDir: '/nonexistent', log: () => undefined });
  // the indexes a first request would build, built before the measure
  rankEntities(server.graph()); pathIndex(server.graph());
  // where the longest waits come from: garbage collections over 50 ms and the event loop's longest block
  const { monitorEventLoopDelay, PerformanceObserver } = await import('node:perf_hooks');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const pauses: number[] = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.duration > 50) pauses.push(Math.round(e.duration)); }).observe({ entryTypes: ['gc'] });
  process.on('SIGTERM', () => {
    process.stderr.write(`bench starvation (server): event loop delay max ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms; GC pauses over 50 ms: ${pauses.length} (longest ${Math.max(0, ...pauses)} ms, total ${pauses.reduce((a, b) => a + b, 0)} ms)\n`);
    process.exit(0);
  });
  process.stdout.write(`listening ${server.url}\n`);
}

function get(base: string, p: string, agent: http.Agent | false): Promise<{ status: number; ms: number; bytes: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http.get(new URL(p, base), { agent }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => { bytes += d.length; });
      res.on('end', () => resolve({ status: res.statusCode!, ms: performance.now() - t0, bytes }));
    }).on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Light requests every PROBE_MS until `stop()` says so; each one's latency. */
async function probe(base: string, search: string, stop: () => boolean): Promise<{ summary: number[]; search: number[]; refused: number }> {
  const out = { summary: [] as number[], search: [] as number[], refused: 0 };
  const pending: Promise<void>[] = [];
  for (let i = 0; !stop(); i++) {
    const which = i % 2 ? 'search' : 'summary';
    pending.push(get(base, which === 'summary' ? '/api/graph/summary' : `/api/entities?q=${encodeURIComponent(search)}&limit=10`, false).then((r) => {
      // a 503 (too many waiting) is an answer too, but counted apart
      if (r.status !== 200) out.refused++;
      out[which].push(r.ms);
    }));
    await sleep(PROBE_MS);
  }
  await Promise.all(pending);
  return out;
}

const stats = (xs: number[]) => ({ median: xs.length ? median(xs) : NaN, max: xs.length ? Math.max(...xs) : NaN, n: xs.length });

export async function measureStarvation(options: Options): Promise<BenchRow[]> {
  const args = ['--import', 'tsx', SELF, '--child'];
  if (options.data) args.push('--data', options.data);
  else if (options.graph) args.push('--graph', options.graph);
  else args.push('--nodes', String(options.nodes));
  const server: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const stopServer = () => server.kill('SIGTERM');
  process.once('exit', stopServer);
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; const m = /listening (\S+)/.exec(out); if (m) resolve(m[1]!); });
      server.on('exit', (code) => reject(new Error(`bench starvation: the server exited (${code}) before listening`)));
    });
    const top = JSON.parse(await new Promise<string>((resolve, reject) => http.get(new URL('/api/subgraph?top=1', base), (res) => {
      let s = ''; res.setEncoding('utf8').on('data', (d: string) => (s += d)).on('end', () => resolve(s));
    }).on('error', reject))) as { nodes: Array<{ key: string; attributes: { label: string } }> };
    const hub = top.nodes[0]!;
    const search = hub.attributes.label.split(/\s+/)[0]!.slice(0, 5);
    // idle: the same probes with nothing else going on
    let idleUntil = performance.now() + 20 * PROBE_MS;
    const idle = await probe(base, search, () => performance.now() > idleUntil);
    // loaded: HEAVY requests, CONCURRENCY in flight (one keep-alive connection each, as a page of tabs would)
    const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
    let done = false;
    const heavyPath = `/api/neighborhood/${encodeURIComponent(hub.key)}?depth=3&limit=5000`;
    const t0 = performance.now();
    const statuses = new Map<number, number>();
    let bytes = 0;
    let next = 0;
    const worker = async () => {
      while (next < options.heavy) {
        next++;
        const r = await get(base, heavyPath, agent);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        bytes += r.bytes;
      }
    };
    const heavy = Promise.all(Array.from({ length: options.concurrency }, worker)).finally(() => { done = true; });
    const loaded = await probe(base, search, () => done);
    await heavy;
    const heavyMs = performance.now() - t0;
    agent.destroy();
    idleUntil = 0;
    const s = stats(loaded.summary), q = stats(loaded.search), si = stats(idle.summary), qi = stats(idle.search);
    const note = `${options.heavy} x ${heavyPath.replace(encodeURIComponent(hub.key), '<hub>')} at concurrency ${options.concurrency}: ${(heavyMs / 1000).toFixed(1)} s, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${(bytes / options.heavy / 1e6).toFixed(1)} MB each; load ${os.loadavg()[0]!.toFixed(1)}`;
    return [
      { name: 'light request under heavy load: summary, max', value: s.max, unit: 'ms', baseline: { name: 'idle server', value: si.max }, note: `median ${s.median.toFixed(0)} ms (idle ${si.median.toFixed(0)}), ${s.n} probes; ${note}` },
      { name: 'light request under heavy load: search, max', value: q.max, unit: 'ms', baseline: { name: 'idle server', value: qi.max }, note: `median ${q.median.toFixed(0)} ms (idle ${qi.median.toFixed(0)}), ${q.n} probes, ${loaded.refused} light requests refused (503)` },
    ];
  } finally {
    stopServer();
    process.off('exit', stopServer);
  }
}

/** `npm run bench -- starvation`: a generated graph, a shorter burst than the issue's. */
export async function benchStarvation(): Promise<BenchRow[]> {
  return measureStarvation({ nodes: 20000, heavy: 60, concurrency: 20 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseOptions(process.argv.slice(2));
  if (process.argv.includes('--child')) {
    child(options).catch((e) => { process.stderr.write(`bench starvation (server): ${(e as Error).message}\n`); process.exit(1); });
  } else {
    measureStarvation(options).then((rows) => {
      for (const r of rows) process.stdout.write(`${r.name}: ${r.value.toFixed(0)} ${r.unit} (baseline ${r.baseline!.value.toFixed(0)}) - ${r.note}\n`);
    }, (e) => { process.stderr.write(`${(e as Error).message}\n`); process.exit(1); });
  }
}
