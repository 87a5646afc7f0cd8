// Viewer benchmark, the graph's measures: a generated graph the size of the
// 946-document corpus (6,000 entities, ~36,000 relations; opened whole in the
// page, so measured on all of it) in headless Chromium, sized by betweenness and
// coloured by community from the Appearance card once the page is ready.
// Reports the time until the measures arrive from the worker and the longest
// main-thread task meanwhile, next to the same computation in Node (what the
// page would be blocked for had it run on its own thread). With a software
// rasteriser a frame of sigma's relation layer costs ~1 s here (the page's
// thread waits for it at the commit), so the longest task says whether that
// layer was drawn again. KG_BENCH_CORPUS_DATA=DIR measures an ingested store's
// graph instead (served whole, as a file or a small server's graph is read).
// Part of `npm run bench -- viewer` (the corpus too, when named); alone:
//   npx tsx src/bench/viewer-metrics.ts
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateGraph } from './graph-gen.ts';
import { compactGraph, computeMetrics } from '../graph/metrics.ts';
import { ensureViewerBuilt, VIEWER_DIST } from '../cli/viewer-build.ts';
import type { BenchRow } from './types.ts';
import type { KnowledgeGraph } from '../types.ts';
import { loadGraph } from '../store/graph-file.ts';

const CHROMIUM = '/usr/bin/chromium';

const OBSERVE_LONG_TASKS = `
window.longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
`;

function serve(dist: string, graphJson: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/graph') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(graphJson);
      return;
    }
    const file = path.resolve(dist, url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    const ext = path.extname(file);
    res.writeHead(200, { 'content-type': ext === '.js' ? 'text/javascript' : ext === '.css' ? 'text/css' : ext === '.html' ? 'text/html' : 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchViewerMetrics(options: { nodes?: number; edgesPerNode?: number; seed?: number; browser?: Browser; corpus?: { graph: KnowledgeGraph; label: string } } = {}): Promise<BenchRow[]> {
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`bench viewer metrics: skipped, no Chromium at ${CHROMIUM}\n`);
    return [];
  }
  await ensureViewerBuilt();
  const graph = options.corpus?.graph ?? generateGraph(options.nodes ?? 6000, options.edgesPerNode ?? 6, options.seed ?? 11);
  const label = `${options.corpus ? `corpus ${options.corpus.label}, ` : ''}${graph.order.toLocaleString('en')} nodes / ${graph.size.toLocaleString('en')} edges`;
  // The baseline: the same computation on one thread (Node, this process).
  const t0 = performance.now();
  const inNode = computeMetrics(compactGraph(graph));
  const nodeMs = performance.now() - t0;
  const server = await serve(path.resolve(VIEWER_DIST), JSON.stringify(graph.export()));
  const browser = options.browser ?? await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const port = (server.address() as { port: number }).port;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true', null, { timeout: 120_000 });
    // Let the opening settle (the search index is built in idle slices). First a change that needs no measures
    // (size by mentions): its longest task is sigma's redraw alone, the baseline for the next one.
    await page.waitForTimeout(2000);
    const redrawFrom = await page.evaluate(() => performance.now());
    await page.selectOption('#size-by', 'mentions');
    await page.waitForTimeout(3000);
    const redrawOnly = await page.evaluate((t0) => Math.max(0, ...(window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks
      .filter((t) => t.start + t.duration >= t0).map((t) => t.duration)), redrawFrom);
    const from = await page.evaluate(() => performance.now());
    await page.selectOption('#size-by', 'betweenness');
    await page.selectOption('#color-by', 'community');
    await page.waitForFunction(() => (window as unknown as { kgViewer: { appearance: { lastRun: unknown } } }).kgViewer.appearance.lastRun !== null, null, { timeout: 300_000 });
    const result = await page.evaluate((t0) => {
      const w = window as unknown as { longTasks: Array<{ start: number; duration: number }>; kgViewer: { appearance: { lastRun: { ms: number; mainThreadMs: number; nodes: number; summary: { betweenness: string; pivots: number } } } } };
      const start = performance.getEntriesByName('kg-metrics-start')[0]!.startTime;
      const end = performance.getEntriesByName('kg-metrics-end')[0]!.startTime;
      // From the first choice until the drawing is recoloured and resized by the measures.
      const during = w.longTasks.filter((t) => t.start + t.duration >= t0).map((t) => t.duration);
      return { run: w.kgViewer.appearance.lastRun, longest: Math.max(0, ...during), span: end - start };
    }, from);
    // The redraw with the new colours and sizes comes after the answer: wait for it to be counted.
    await page.waitForTimeout(3000);
    const longest = await page.evaluate((t0) => Math.max(0, ...(window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks
      .filter((t) => t.start + t.duration >= t0).map((t) => t.duration)), from);
    await page.context().close();
    const method = `betweenness ${result.run.summary.betweenness}${result.run.summary.betweenness === 'approximate' ? ` from ${result.run.summary.pivots} sources` : ''}; ${inNode.summary.communities} communities`;
    return [
      { name: `measures in the worker (PageRank, betweenness, Louvain), ${label}, whole graph in the page`, value: result.run.ms, unit: 'ms', baseline: { name: 'same computation in Node, one thread', value: nodeMs }, note: method },
      { name: 'main-thread work of measuring (graph copied into arrays for the worker, answer taken in)', value: result.run.mainThreadMs, unit: 'ms', baseline: { name: 'main thread blocked if computed there (Node figure)', value: nodeMs }, note: 'target < 100 ms' },
      { name: 'longest main-thread task, choosing community colours and betweenness sizes until redrawn', value: Math.max(result.longest, longest), unit: 'ms', baseline: { name: 'same, choosing sizes by mentions (no measures: the redraw alone)', value: redrawOnly }, note: 'target < 100 ms; new colours redraw the entity layer, new sizes the relation layer too (arrow heads), both a slice per frame (render/node-layer.ts, render/edge-layer.ts)' },
    ];
  } finally {
    if (!options.browser) await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // KG_BENCH_CORPUS_DATA=DIR: a store made by `kg ingest` (e.g. the 946 documents of eng.train) instead of the generated graph.
  const dir = process.env.KG_BENCH_CORPUS_DATA;
  for (const r of await benchViewerMetrics(dir ? { corpus: { graph: loadGraph(dir), label: path.basename(dir) } } : {})) {
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.baseline ? ` (baseline ${r.baseline.name}: ${r.baseline.value.toFixed(1)} ${r.unit})` : ''}${r.note ? `  [${r.note}]` : ''}`);
  }
}
