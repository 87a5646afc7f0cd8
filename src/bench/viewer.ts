// Viewer benchmark: a seeded 20,000-node / 100,000-edge graph in headless
// Chromium. Measures time to interactive, the longest main-thread task while
// hovering, selecting and running ForceAtlas2 in its worker, and puts each next
// to sigma.js drawing the same graph bare (no reducers, no UI) in the same run.
// The viewer opens such a graph in big-graph mode (the 1,500 most connected
// entities drawn), measured two ways: served by `kg serve` (the page fetches
// /api/subgraph, never the whole graph) and given the whole graph as one
// /api/graph JSON (what an opened file or an older server gives: parsed whole
// in the page, subset chosen there).
//   npx tsx src/bench/viewer.ts            (or: npm run bench -- viewer)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { generateGraph } from './graph-gen.ts';
import { seededRandom } from '../graph/open/normalize.ts';
import { startServer } from '../server/index.ts';
import type { BenchRow } from './types.ts';
import { benchViewerMetrics } from './viewer-metrics.ts';
import { loadGraph } from '../store/graph-file.ts';
import { rankEntities } from '../query/subgraph.ts';
import type { KnowledgeGraph } from '../types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'viewer', 'dist');
const BARE_DIR = path.join(ROOT, '.tmp-bench-viewer');
const CHROMIUM = '/usr/bin/chromium';

export interface ViewerBenchOptions {
  nodes?: number;
  edgesPerNode?: number;
  seed?: number;
}

/** sigma.js with nothing of ours: the graph, default settings, one render. */
const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#c{margin:0;width:100%;height:100%}</style></head>
<body><div id="c"></div><script type="module" src="./bare.ts"></script></body></html>`;
const BARE_TS = `
import Sigma from 'sigma';
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
const data = await (await fetch('/api/graph')).json();
const graph = new MultiDirectedGraph();
graph.import(data);
// sigma reads "type" as the program name; the entity type is not one.
graph.forEachNode((_n, a) => { delete a.type; });
const renderer = new Sigma(graph, document.getElementById('c'));
(window as any).bare = renderer;
let fa2: any = null;
(window as any).startFA2 = () => {
  fa2 = new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: true }, getEdgeWeight: 'weight' });
  fa2.start();
};
(window as any).stopFA2 = () => fa2?.kill();
renderer.once('afterRender', () => requestAnimationFrame(() => setTimeout(() => { (window as any).bareReadyAt = performance.now(); }, 0)));
renderer.refresh();
`;

async function buildBare(): Promise<string> {
  fs.rmSync(BARE_DIR, { recursive: true, force: true });
  fs.mkdirSync(BARE_DIR, { recursive: true });
  fs.writeFileSync(path.join(BARE_DIR, 'index.html'), BARE_HTML);
  fs.writeFileSync(path.join(BARE_DIR, 'bare.ts'), BARE_TS);
  await build({ root: BARE_DIR, base: './', logLevel: 'silent', build: { outDir: path.join(BARE_DIR, 'dist'), target: 'es2022' } });
  return path.join(BARE_DIR, 'dist');
}

function serve(dirs: Record<string, string>, graphJson: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.endsWith('/api/graph')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(graphJson);
      return;
    }
    const [, prefix, ...rest] = url.pathname.split('/');
    const dir = dirs[prefix];
    const file = dir && path.join(dir, rest.join('/') || 'index.html');
    if (!file || !file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const KEEP_NAMES = 'window.__name = (f) => f;';

/** Collects long tasks (> 50 ms) from the very start of the page. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { longTasks: Array<{ start: number; duration: number }> };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Start a layout, let it settle in, then press a key ten times over three seconds and time each
 * press from the event's timestamp to its handler, while counting animation frames.
 */
async function fa2Responsiveness(page: Page, which: 'viewer' | 'bare') {
  await page.evaluate(() => {
    const w = window as unknown as { inputDelays: number[]; frames: number; counting: boolean };
    w.inputDelays = [];
    w.frames = 0;
    w.counting = true;
    window.addEventListener('keydown', (e) => w.inputDelays.push(performance.now() - e.timeStamp));
    const tick = () => {
      w.frames++;
      if (w.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Start (and later stop): the viewer's layout button, or the bare page's FA2 supervisor.
  const startCost = await page.evaluate((w) => {
    const t0 = performance.now();
    if (w === 'viewer') document.getElementById('layout-toggle')!.click();
    else (window as unknown as { startFA2(): void }).startFA2();
    return performance.now() - t0;
  }, which);
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const w = window as unknown as { inputDelays: number[]; frames: number };
    w.inputDelays = [];
    w.frames = 0;
  });
  const started = Date.now();
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(300);
    await page.keyboard.press('Shift');
  }
  const result = await page.evaluate((elapsed) => {
    const w = window as unknown as { inputDelays: number[]; frames: number; counting: boolean };
    w.counting = false;
    const sorted = [...w.inputDelays].sort((a, b) => a - b);
    return { fps: w.frames / (elapsed / 1000), worst: sorted[sorted.length - 1] ?? NaN, median: sorted[Math.floor(sorted.length / 2)] ?? NaN };
  }, Date.now() - started);
  await page.evaluate((w) => {
    if (w === 'viewer') document.getElementById('layout-toggle')!.click();
    else (window as unknown as { stopFA2(): void }).stopFA2();
  }, which);
  return { startCost, ...result };
}

/** The viewer's source files are newer than its build. */
function viewerBuildStale(): boolean {
  const index = path.join(DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const newest = (p: string): number => {
    const stat = fs.statSync(p);
    return stat.isDirectory() ? Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f)))) : stat.mtimeMs;
  };
  return ['viewer/src', 'viewer/index.html'].some((f) => newest(path.join(ROOT, f)) > fs.statSync(index).mtimeMs);
}

async function longestTaskDuring(page: Page, action: () => Promise<void>, settleMs = 600): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  await action();
  await page.waitForTimeout(settleMs);
  return page.evaluate((t0) => {
    const tasks = (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks;
    return Math.max(0, ...tasks.filter((t) => t.start >= t0).map((t) => t.duration));
  }, from);
}

/** Screen position of a node in the page. */
async function nodePoint(page: Page, node: string, handle: string): Promise<{ x: number; y: number }> {
  return page.evaluate(([n, h]) => {
    type R = { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement };
    const w = window as unknown as { bare: R; kgViewer: { renderer: R } };
    const r = h === 'bare' ? w.bare : w.kgViewer.renderer;
    const d = r.getNodeDisplayData(n);
    const p = r.framedGraphToViewport(d);
    const box = r.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, [node, handle]);
}

/**
 * Give the generated graph the positions a layout would: graph-gen plants communities of
 * 50 consecutive nodes; each gets a spot on a grid and its nodes scatter around it.
 * Random positions over the whole square would make every edge span the canvas, which
 * no laid-out graph does (and which only measures software rasterisation).
 */
export function placeCommunities(graph: ReturnType<typeof generateGraph>, communitySize = 50): void {
  const random = seededRandom(11);
  const communities = Math.ceil(graph.order / communitySize);
  const side = Math.ceil(Math.sqrt(communities));
  graph.updateEachNodeAttributes((key, a) => {
    const c = Math.floor(Number(key.slice(1)) / communitySize);
    const angle = random() * 2 * Math.PI;
    const radius = Math.sqrt(random()) * 0.35;
    return { ...a, x: (c % side) + radius * Math.cos(angle), y: Math.floor(c / side) + radius * Math.sin(angle) };
  });
}

interface ViewerMode {
  key: string;
  url: string;
  note: string;
  target: string;
  /** The whole graph (the bench knows it; the page may hold only part). */
  graph: KnowledgeGraph;
  ranking: readonly string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

type AppHandle = {
  graph: { order: number; nodes(): string[]; degree(n: string): number; hasNode(n: string): boolean; neighbors(n: string): string[] };
  patch(change: (s: { pathFrom: string | null; pathTo: string | null; selected: string | null }) => void): void;
  select(key: string | null): void;
  showNeighbours(k: string): number;
  paths: { paths: unknown[] };
};

/**
 * Every interaction the issue names, three times each on different entities; the median
 * of the longest main-thread task each caused (0: none over 50 ms). Hubs are the most
 * connected drawn entities (their panels and neighbourhoods are the heaviest).
 */
async function interactions(page: Page, mode: ViewerMode, bareRefresh: number, bareHover: number): Promise<BenchRow[]> {
  const app = () => (window as unknown as { kgViewer: AppHandle }).kgViewer;
  void app;
  const hubs = await page.evaluate(() => {
    const g = (window as unknown as { kgViewer: AppHandle }).kgViewer.graph;
    return g.nodes().sort((a, b) => g.degree(b) - g.degree(a)).slice(0, 3);
  });
  const reset = () => page.evaluate(() => { (window as unknown as { kgViewer: AppHandle }).kgViewer.patch((s) => { s.selected = null; s.pathFrom = null; s.pathTo = null; }); });
  const runs = async (name: string, act: (i: number) => Promise<void>, note: string, baseline?: { name: string; value: number }): Promise<BenchRow> => {
    const times: number[] = [];
    const failed: string[] = [];
    for (let i = 0; i < 3; i++) {
      await reset();
      await page.mouse.move(2, 2);
      await page.waitForTimeout(400);
      // A run whose awaited outcome never comes is reported as failed (NaN), not a crash of the whole bench.
      try {
        times.push(await longestTaskDuring(page, () => act(i)));
      } catch (e) {
        failed.push(`run ${i + 1}: ${(e as Error).message.split('\n')[0]}`);
        times.push(Number.NaN);
      }
    }
    const ok = times.filter((t) => !Number.isNaN(t));
    return { name: `${name}: longest main-thread task, median of 3, ${mode.key}`, value: ok.length ? median(ok) : Number.NaN, unit: 'ms', baseline, note: `${note}; runs ${times.map((t) => Math.round(t)).join(', ')} ms; target < 100 ms${failed.length ? `; FAILED ${failed.join('; ')}` : ''}` };
  };
  const rows: BenchRow[] = [];
  rows.push(await runs('hover a hub', async (i) => {
    const p = await nodePoint(page, hubs[i % hubs.length]!, 'kgViewer');
    await page.mouse.move(p.x, p.y, { steps: 4 });
  }, 'neighbourhood emphasised on the overlay', { name: 'bare sigma hover', value: bareHover }));
  rows.push(await runs('click a hub (selection and its panel)', async (i) => {
    const p = await nodePoint(page, hubs[i % hubs.length]!, 'kgViewer');
    await page.mouse.move(p.x, p.y, { steps: 2 });
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction(() => document.getElementById('panel')?.classList.contains('open'), null, { timeout: 10_000 });
  }, 'panel of the most connected drawn entities', { name: 'bare sigma full refresh', value: bareRefresh }));
  // Search: entities that are not drawn (they are fetched or copied in, with 25 neighbours).
  const undrawn = mode.ranking.slice(2000);
  const targets = [undrawn[10], undrawn[Math.floor(undrawn.length / 2)], undrawn[undrawn.length - 5]].filter((k): k is string => k !== undefined);
  if (targets.length === 3) {
    rows.push(await runs('choose a search result not drawn', async (i) => {
      const key = targets[i]!;
      const label = mode.graph.getNodeAttribute(key, 'label');
      await page.fill('#search-input', label);
      await page.waitForFunction((k) => document.querySelector(`#search-results li[data-key="${CSS.escape(k)}"]`) !== null, key, { timeout: 30_000 });
      await page.locator(`#search-results li[data-key="${key.replace(/"/g, '\\"')}"]`).dispatchEvent('mousedown');
      await page.waitForFunction((k) => (window as unknown as { kgViewer: AppHandle }).kgViewer.graph.hasNode(k) && document.getElementById('panel')?.classList.contains('open'), key, { timeout: 30_000 });
    }, 'typed, chosen, drawn with its neighbours, panel open'));
  }
  // Paths between drawn entities far apart in the ranking (the whole graph is searched).
  const drawnKeys = mode.ranking.slice(0, 1500);
  rows.push(await runs('find a path', async (i) => {
    const [from, to] = [drawnKeys[100 + i * 200]!, drawnKeys[1400 - i * 150]!];
    await page.evaluate(([a, b]) => { (window as unknown as { kgViewer: AppHandle }).kgViewer.patch((s) => { s.pathFrom = a!; s.pathTo = b!; }); }, [from, to]);
    await page.waitForFunction(() => (window as unknown as { kgViewer: AppHandle }).kgViewer.paths.paths.length > 0 || /No path/.test(document.getElementById('path-results')?.textContent ?? ''), null, { timeout: 30_000 });
  }, 'path listed in the panel and drawn above the veil'));
  rows.push(await runs('show neighbours of a hub', async (i) => {
    const key = hubs[i % hubs.length]!;
    const before = await page.evaluate(() => (window as unknown as { kgViewer: AppHandle }).kgViewer.graph.order);
    await page.evaluate((k) => (window as unknown as { kgViewer: AppHandle }).kgViewer.showNeighbours(k), key);
    await page.waitForFunction((b) => (window as unknown as { kgViewer: AppHandle }).kgViewer.graph.order > b
      || /All neighbours/.test(document.getElementById('status')?.textContent ?? ''), before, { timeout: 30_000 });
  }, 'up to 40 more entities drawn'));
  return rows;
}

/** The port a node:http server listens on. */
function portOf(server: http.Server): number {
  return (server.address() as { port: number }).port;
}

export async function benchViewer(options: ViewerBenchOptions = {}): Promise<BenchRow[]> {
  const nodes = options.nodes ?? 20_000;
  const edgesPerNode = options.edgesPerNode ?? 5;
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`bench viewer: skipped, no Chromium at ${CHROMIUM}\n`);
    return [];
  }
  if (viewerBuildStale()) {
    execFileSync('npx', ['vite', 'build', '--config', 'viewer/vite.config.ts'], { cwd: ROOT, stdio: 'pipe' });
  }
  const graph = generateGraph(nodes, edgesPerNode, options.seed ?? 7);
  placeCommunities(graph);
  const json = JSON.stringify(graph.export());
  const label = `${graph.order.toLocaleString('en')} nodes / ${graph.size.toLocaleString('en')} edges`;
  const bareDist = await buildBare();
  const server = await serve({ viewer: DIST, bare: bareDist }, json);
  const served = await startServer({ graph, port: 0, viewerDir: DIST, log: () => undefined });
  // A corpus, when asked for: KG_BENCH_CORPUS_DATA=DIR names a store made by `kg ingest` (e.g. the 946 documents of eng.train).
  const corpusDir = process.env.KG_BENCH_CORPUS_DATA;
  const corpus = corpusDir ? { graph: loadGraph(corpusDir), label: path.basename(corpusDir) } : null;
  const corpusServer = corpus ? await startServer({ graph: corpus.graph, port: 0, viewerDir: DIST, log: () => undefined }) : null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: BenchRow[] = [];
  try {
    // Hubs make hover and selection as heavy as they get.
    const bareHub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));

    // Bare sigma first: time to first frame, and the cost of one full refresh (what a hover costs it).
    const bare = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
    // tsx compiles the functions passed to page.evaluate with esbuild's __name helper; give the page one.
    await bare.addInitScript(KEEP_NAMES);
    await bare.addInitScript(OBSERVE_LONG_TASKS);
    await bare.goto(`http://127.0.0.1:${portOf(server)}/bare/`);
    await bare.waitForFunction(() => (window as unknown as { bareReadyAt?: number }).bareReadyAt !== undefined, null, { timeout: 120_000 });
    const bareReady = await bare.evaluate(() => (window as unknown as { bareReadyAt: number }).bareReadyAt);
    const bareRefresh = await bare.evaluate(() => {
      const r = (window as unknown as { bare: { refresh(o?: object): void } }).bare;
      const t0 = performance.now();
      r.refresh({ skipIndexation: true });
      return performance.now() - t0;
    });
    const bareHover = await longestTaskDuring(bare, async () => {
      const p = await nodePoint(bare, bareHub, 'bare');
      await bare.mouse.move(p.x, p.y, { steps: 4 });
    });
    // The usual set-up (FA2 supervisor writing straight into the graph sigma draws), as the baseline.
    const bareFa2 = await fa2Responsiveness(bare, 'bare');
    await bare.context().close();

    // The viewer, twice: served by kg serve (API pieces), then with the whole graph as one JSON;
    // and a real corpus served, when KG_BENCH_CORPUS_DATA names an ingested store.
    const ranking = rankEntities(graph);
    const modes: ViewerMode[] = [
      { key: 'served by kg serve (/api/subgraph)', url: served.url, note: 'big-graph mode: 1,500 most connected drawn, the page never loads the whole graph', graph, ranking, target: 'ready <= 2x bare' },
      { key: 'whole graph in the page (/api/graph or a file)', url: `http://127.0.0.1:${portOf(server)}/viewer/`, note: 'big-graph mode: whole graph fetched, parsed, ranked and indexed in the page, 1,500 drawn', graph, ranking, target: 'ready <= 2x bare' },
    ];
    if (corpus) modes.push({ key: `corpus served (${corpus.label})`, url: corpusServer!.url, note: 'the corpus graph served by kg serve', graph: corpus.graph, ranking: rankEntities(corpus.graph), target: 'ready <= 2,500 ms' });
    // KG_BENCH_CORPUS_ONLY=1 (with a corpus): bare sigma and the corpus only, no 20k modes, FA2 or metrics rows.
    const corpusOnly = corpus !== null && process.env.KG_BENCH_CORPUS_ONLY === '1';
    if (corpusOnly) modes.splice(0, 2);
    let servedPage: Page | null = null;
    for (const [i, mode] of modes.entries()) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
      await page.addInitScript(KEEP_NAMES);
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(mode.url);
      await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true', null, { timeout: 120_000 });
      // The viewer marks the moment it sets data-graph-ready (first frame drawn, event loop free again).
      const ready = await page.evaluate(() => performance.getEntriesByName('kg-ready')[0]!.startTime);
      const drawn = await page.evaluate(() => (window as unknown as { kgViewer: { graph: { order: number } } }).kgViewer.graph.order);
      const modeLabel = mode.graph === graph ? label : `${mode.graph.order.toLocaleString('en')} nodes / ${mode.graph.size.toLocaleString('en')} edges`;
      rows.push({ name: `time to interactive, ${modeLabel}, ${mode.key}`, value: ready, unit: 'ms', baseline: mode.graph === graph ? { name: 'bare sigma first frame, whole graph', value: bareReady } : undefined, note: `${mode.target}; ${drawn.toLocaleString('en')} drawn; ${mode.note}` });
      const loadTasks = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: Array<{ duration: number }> }).longTasks.map((t) => t.duration)));
      rows.push({ name: `longest task while loading, ${mode.key}`, value: loadTasks, unit: 'ms' });
      await page.waitForTimeout(1000);
      for (const row of await interactions(page, mode, bareRefresh, bareHover)) rows.push(row);
      if (i === 0) servedPage = page;
      else await page.context().close();
    }

    if (corpusOnly) return rows;
    // ForceAtlas2 in the worker on the drawn subset: does the page keep answering?
    const page = servedPage!;
    const fa2 = await fa2Responsiveness(page, 'viewer');
    rows.push({ name: 'FA2 start (structure copied for the worker), served big-graph mode', value: fa2.startCost, unit: 'ms', note: 'once per layout run; runs on what is drawn' });
    rows.push({ name: 'FA2 running in worker: frames per second', value: fa2.fps, unit: 'fps', baseline: { name: 'bare sigma + FA2 worker on the whole graph', value: bareFa2.fps }, note: 'viewer: on the drawn subset' });
    rows.push({ name: 'FA2 running in worker: key press to handler, median', value: fa2.median, unit: 'ms', baseline: { name: 'bare sigma + FA2 worker on the whole graph', value: bareFa2.median } });
    rows.push({ name: 'FA2 running in worker: key press to handler, worst of 10', value: fa2.worst, unit: 'ms', baseline: { name: 'bare sigma + FA2 worker on the whole graph', value: bareFa2.worst } });
    await page.context().close();

    // The graph's measures (Appearance card) on a corpus-size graph: computed in a worker, the page's thread stays free.
    for (const row of await benchViewerMetrics({ browser })) rows.push(row);
    if (corpus) for (const row of await benchViewerMetrics({ browser, corpus })) rows.push(row);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
    await served.close();
    await corpusServer?.close();
    fs.rmSync(BARE_DIR, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchViewer();
  for (const r of rows) {
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.baseline ? ` (baseline ${r.baseline.name}: ${r.baseline.value.toFixed(1)} ${r.unit})` : ''}${r.note ? `  [${r.note}]` : ''}`);
  }
}
