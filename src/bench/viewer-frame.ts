// Where one sigma frame's time goes on a served store, with the viewer's drawing at
// fit: a synchronous full redraw (forced to finish with a one-pixel read of every
// WebGL context), then the same without the edges, without each edge program, without
// the nodes and without the labels; medians of 5. Wall times swing with the machine's
// load; the CPU time one frame costs all of Chromium's processes (the page's and the GPU
// process's software rasteriser, read from /proc: 20 frames, median of 3 rounds) does not.
//   npx tsx src/bench/viewer-frame.ts --data DIR   (DIR: a store made by `kg ingest`)
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, openServedViewer } from './served-viewer.ts';
import { loadGraph } from '../store/graph-file.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

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
/** CPU milliseconds used so far by this process's descendants (Chromium's processes), from /proc; null off Linux. */
function childrenCpuMs(): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(f[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    ticks.set(Number(d), Number(f[11]) + Number(f[12]));
  }
  let sum = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum * 10; // USER_HZ is 100 on Linux
}

const graph = loadGraph(dir);
const viewer = await openServedViewer(graph, { evaluateHelper: true });
try {
  const { page } = viewer;
  await page.waitForTimeout(1500);
  const res = await page.evaluate(() => {
    type Program = { render: (...a: unknown[]) => void };
    type R = {
      webGLContexts: Record<string, WebGLRenderingContext>; edgePrograms: Record<string, Program>; nodePrograms: Record<string, Program>;
      renderLabels: () => void; refresh(o: object): void; getGraph(): { forEachEdge(f: (e: string) => void): void };
      getEdgeDisplayData(e: string): { type: string; hidden?: boolean } | undefined;
    };
    const r = (window as unknown as { kgViewer: { renderer: R } }).kgViewer.renderer;
    // A whole frame: the relation layer (viewer/src/render/edge-layer.ts) drawn again entire, at once.
    const layer = (r as unknown as { edgeLayer?: { tune(o: object): void; forget(): void } | null }).edgeLayer;
    layer?.tune({ budgetMs: Infinity, slice: Infinity });
    const gls = Object.values(r.webGLContexts);
    const px = new Uint8Array(4);
    const frame = () => {
      const t0 = performance.now();
      layer?.forget();
      r.refresh({ skipIndexation: true });
      for (const gl of gls) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return performance.now() - t0;
    };
    const median = () => [frame(), frame(), frame(), frame(), frame()].sort((a, b) => a - b)[2]!;
    const without = (programs: Program[]) => {
      // The relation layer draws its programs' parts (renderProgram of each program of a compound one) itself.
      type Leaf = { renderProgram?: (...a: unknown[]) => void };
      const leaves = programs.flatMap((p) => ((p as { programs?: Leaf[] }).programs ?? [p as Leaf]).filter((l) => typeof l.renderProgram === 'function'));
      const kept = programs.map((p) => p.render);
      const keptLeaves = leaves.map((l) => l.renderProgram!);
      for (const p of programs) p.render = () => undefined;
      for (const l of leaves) l.renderProgram = () => undefined;
      const t = median();
      programs.forEach((p, i) => { p.render = kept[i]!; });
      leaves.forEach((l, i) => { l.renderProgram = keptLeaves[i]!; });
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
  // CPU per frame, load-proof: 20 synchronous frames at a time, median of 3 rounds.
  await page.evaluate(() => {
    type R = { webGLContexts: Record<string, WebGLRenderingContext>; refresh(o: object): void };
    const r = (window as unknown as { kgViewer: { renderer: R } }).kgViewer.renderer;
    const layer = (r as unknown as { edgeLayer?: { forget(): void } | null }).edgeLayer;
    const gls = Object.values(r.webGLContexts);
    const px = new Uint8Array(4);
    (window as unknown as { kgFrames: (n: number) => void }).kgFrames = (n: number) => {
      for (let i = 0; i < n; i++) {
        layer?.forget();
        r.refresh({ skipIndexation: true });
        for (const gl of gls) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      }
    };
  });
  const cpu: number[] = [];
  for (let round = 0; round < 3 && childrenCpuMs() !== null; round++) {
    const c0 = childrenCpuMs()!;
    await page.evaluate(() => (window as unknown as { kgFrames: (n: number) => void }).kgFrames(20));
    cpu.push((childrenCpuMs()! - c0) / 20);
  }
  const ms = (v: number) => `${Math.round(v)} ms`;
  if (cpu.length) console.log(`one full frame, CPU of all Chromium processes: ${ms(cpu.sort((a, b) => a - b)[1]!)} (rounds ${cpu.map(ms).join(', ')}; 20 frames each)`);
  console.log(`one full frame: ${ms(res.whole)}; without edges ${ms(res.withoutEdges)}; without nodes ${ms(res.withoutNodes)}; without labels ${ms(res.withoutLabels)}`);
  for (const [k, v] of Object.entries(res.withoutEdgeProgram)) console.log(`  without the ${k} edges (${res.edgesByProgram[k] ?? 0} drawn): ${ms(v)}`);
} finally {
  await viewer.close();
}
