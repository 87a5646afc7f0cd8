// Where one sigma frame's time goes on a served store, with the viewer's drawing at
// fit: a synchronous full redraw (forced to finish with a one-pixel read of every
// WebGL context), then the same without the edges, without each edge program, without
// the nodes and without the labels; medians of 5.
//   npx tsx src/bench/viewer-frame.ts --data DIR   (DIR: a store made by `kg ingest`)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server/index.ts';
import { loadGraph } from '../store/graph-file.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';

const at = process.argv.indexOf('--data');
const dir = at >= 0 ? process.argv[at + 1] : undefined;
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write(`viewer-frame: give --data DIR, a store made by kg ingest${dir ? ` (${dir} does not exist)` : ''}\n`);
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  process.stderr.write(`viewer-frame: no Chromium at ${CHROMIUM}\n`);
  process.exit(2);
}
if (!fs.existsSync(path.join(ROOT, 'viewer', 'dist', 'index.html'))) {
  process.stderr.write('viewer-frame: build the viewer first (npx vite build --config viewer/vite.config.ts)\n');
  process.exit(2);
}
const graph = loadGraph(dir);
const srv = await startServer({ graph, port: 0, viewerDir: path.join(ROOT, 'viewer', 'dist'), log: () => undefined });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
  // tsx compiles the function given to page.evaluate with esbuild's __name helper; give the page one.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(srv.url);
  await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true', null, { timeout: 120_000 });
  await page.waitForTimeout(1500);
  const res = await page.evaluate(() => {
    type Program = { render: (...a: unknown[]) => void };
    type R = {
      webGLContexts: Record<string, WebGLRenderingContext>; edgePrograms: Record<string, Program>; nodePrograms: Record<string, Program>;
      renderLabels: () => void; refresh(o: object): void; getGraph(): { forEachEdge(f: (e: string) => void): void };
      getEdgeDisplayData(e: string): { type: string; hidden?: boolean } | undefined;
    };
    const r = (window as unknown as { kgViewer: { renderer: R } }).kgViewer.renderer;
    const gls = Object.values(r.webGLContexts);
    const px = new Uint8Array(4);
    const frame = () => {
      const t0 = performance.now();
      r.refresh({ skipIndexation: true });
      for (const gl of gls) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return performance.now() - t0;
    };
    const median = () => [frame(), frame(), frame(), frame(), frame()].sort((a, b) => a - b)[2]!;
    const without = (programs: Program[]) => {
      const kept = programs.map((p) => p.render);
      for (const p of programs) p.render = () => undefined;
      const t = median();
      programs.forEach((p, i) => { p.render = kept[i]!; });
      return t;
    };
    const edgesByProgram: Record<string, number> = {};
    r.getGraph().forEachEdge((e) => { const d = r.getEdgeDisplayData(e); if (d && !d.hidden) edgesByProgram[d.type] = (edgesByProgram[d.type] ?? 0) + 1; });
    const whole = median();
    const withoutEdgeProgram: Record<string, number> = {};
    for (const [k, p] of Object.entries(r.edgePrograms)) withoutEdgeProgram[k] = without([p]);
    const labels = r.renderLabels;
    r.renderLabels = () => undefined;
    const withoutLabels = median();
    r.renderLabels = labels;
    return { whole, withoutEdges: without(Object.values(r.edgePrograms)), withoutEdgeProgram, withoutNodes: without(Object.values(r.nodePrograms)), withoutLabels, edgesByProgram };
  });
  const ms = (v: number) => `${Math.round(v)} ms`;
  console.log(`one full frame: ${ms(res.whole)}; without edges ${ms(res.withoutEdges)}; without nodes ${ms(res.withoutNodes)}; without labels ${ms(res.withoutLabels)}`);
  for (const [k, v] of Object.entries(res.withoutEdgeProgram)) console.log(`  without the ${k} edges (${res.edgesByProgram[k] ?? 0} drawn): ${ms(v)}`);
} finally {
  await browser.close();
  await srv.close();
}
