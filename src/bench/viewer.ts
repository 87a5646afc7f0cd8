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

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'viewer', 'dist');
const BARE_DIR = path.join(ROOT, '.tmp-bench-viewer');
const CHROMIUM = '/usr/bin/chromium';
const PORT = 5175;
/** `kg serve` (startServer) for the served big-graph mode. */
const SERVED_PORT = 5178;

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
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
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
function placeCommunities(graph: ReturnType<typeof generateGraph>, communitySize = 50): void {
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
  const served = await startServer({ graph, port: SERVED_PORT, viewerDir: DIST, log: () => undefined });
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
    await bare.goto(`http://127.0.0.1:${PORT}/bare/`);
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

    // The viewer, twice: served by kg serve (API pieces), then with the whole graph as one JSON.
    const modes: Array<{ key: string; url: string; note: string }> = [
      { key: 'served by kg serve (/api/subgraph)', url: `http://127.0.0.1:${SERVED_PORT}/`, note: 'big-graph mode: 1,500 most connected drawn, the page never loads the whole graph' },
      { key: 'whole graph in the page (/api/graph or a file)', url: `http://127.0.0.1:${PORT}/viewer/`, note: 'big-graph mode: whole graph fetched, parsed, ranked and indexed in the page, 1,500 drawn' },
    ];
    let servedPage: Page | null = null;
    for (const [i, mode] of modes.entries()) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
      await page.addInitScript(KEEP_NAMES);
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(mode.url);
      await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true', null, { timeout: 120_000 });
      // The viewer marks the moment it sets data-graph-ready (first frame drawn, event loop free again).
      const ready = await page.evaluate(() => performance.getEntriesByName('kg-ready')[0]!.startTime);
      const drawn = await page.evaluate(() => (window as unknown as { kgViewer: { graph: { order: number; size: number } } }).kgViewer.graph.order);
      rows.push({ name: `time to interactive, ${label}, ${mode.key}`, value: ready, unit: 'ms', baseline: { name: 'bare sigma first frame, whole graph', value: bareReady }, note: `target < 3000 ms; ${drawn.toLocaleString('en')} drawn; ${mode.note}` });
      const loadTasks = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: Array<{ duration: number }> }).longTasks.map((t) => t.duration)));
      rows.push({ name: `longest task while loading, ${mode.key}`, value: loadTasks, unit: 'ms' });

      // The most connected drawn entity: hovering and selecting it are as heavy as they get.
      const [hub, other] = await page.evaluate(() => {
        const g = (window as unknown as { kgViewer: { graph: { nodes(): string[]; degree(n: string): number } } }).kgViewer.graph;
        const nodes = g.nodes();
        const best = nodes.reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
        return [best, nodes.find((n) => n !== best && g.degree(n) > 5) ?? nodes[1]!];
      });
      const hover = await longestTaskDuring(page, async () => {
        const p = await nodePoint(page, hub, 'kgViewer');
        await page.mouse.move(p.x, p.y, { steps: 4 });
      });
      const hoverMeasure = await page.evaluate(() => performance.measure('hover', 'kg-hover-start', 'kg-hover-end').duration).catch(() => NaN);
      rows.push({ name: `hover a hub: longest main-thread task, ${mode.key}`, value: hover, unit: 'ms', baseline: { name: 'bare sigma hover', value: bareHover }, note: 'target < 100 ms (0 = no task over 50 ms)' });
      if (Number.isFinite(hoverMeasure)) rows.push({ name: `hover a hub: neighbourhood update (JS, draw scheduled), ${mode.key}`, value: hoverMeasure, unit: 'ms', baseline: { name: 'bare sigma full refresh', value: bareRefresh } });
      const select = await longestTaskDuring(page, async () => {
        const p = await nodePoint(page, other, 'kgViewer');
        await page.mouse.move(p.x, p.y, { steps: 2 });
        await page.mouse.down();
        await page.mouse.up();
      });
      rows.push({ name: `select an entity: longest main-thread task, ${mode.key}`, value: select, unit: 'ms', baseline: { name: 'bare sigma full refresh', value: bareRefresh }, note: 'target < 100 ms' });
      // Growing the view: "Show neighbours" on the selected entity (served: one API round trip).
      const grow = await longestTaskDuring(page, async () => {
        const before = await page.evaluate(() => (window as unknown as { kgViewer: { graph: { order: number } } }).kgViewer.graph.order);
        await page.evaluate((n) => (window as unknown as { kgViewer: { showNeighbours(k: string): number } }).kgViewer.showNeighbours(n), other);
        await page.waitForFunction((b) => (window as unknown as { kgViewer: { graph: { order: number } } }).kgViewer.graph.order > b
          || /All neighbours/.test(document.getElementById('status')?.textContent ?? ''), before, { timeout: 30_000 });
      });
      rows.push({ name: `show neighbours: longest main-thread task, ${mode.key}`, value: grow, unit: 'ms', note: 'target < 100 ms' });
      if (i === 0) servedPage = page;
      else await page.context().close();
    }

    // ForceAtlas2 in the worker on the drawn subset: does the page keep answering?
    const page = servedPage!;
    const fa2 = await fa2Responsiveness(page, 'viewer');
    rows.push({ name: 'FA2 start (structure copied for the worker), served big-graph mode', value: fa2.startCost, unit: 'ms', note: 'once per layout run; runs on what is drawn' });
    rows.push({ name: 'FA2 running in worker: frames per second', value: fa2.fps, unit: 'fps', baseline: { name: 'bare sigma + FA2 worker on the whole graph', value: bareFa2.fps }, note: 'viewer: on the drawn subset' });
    rows.push({ name: 'FA2 running in worker: key press to handler, median', value: fa2.median, unit: 'ms', baseline: { name: 'bare sigma + FA2 worker on the whole graph', value: bareFa2.median } });
    rows.push({ name: 'FA2 running in worker: key press to handler, worst of 10', value: fa2.worst, unit: 'ms', baseline: { name: 'bare sigma + FA2 worker on the whole graph', value: bareFa2.worst } });
    await page.context().close();
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
    await served.close();
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
