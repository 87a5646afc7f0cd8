// Where one viewer interaction's time goes on a served store: the page opens at fit, then
// each interaction runs under a Chromium performance trace (playwright-core), and the
// longest main-thread task it caused is broken down by what the trace says ran inside it:
// our JavaScript (script), sigma's frame (the requestAnimationFrame callbacks), and the
// commit (the page's thread waiting for the compositor, where a software rasteriser's
// WebGL work is paid), next to the GPU process's busy time meanwhile. Interactions: Show
// neighbours of a hub (no camera move), choosing a search result that is not drawn (the
// camera jumps to it), a path between two drawn entities, a selection and its panel.
//   npx tsx src/bench/viewer-trace.ts --data DIR [--runs 3]   (DIR: a store made by `kg ingest`)
// --profile: also a V8 CPU profile of each interaction, the functions with the most self time
// summed over the runs (build the viewer unminified for readable names:
// `npx vite build --config viewer/vite.config.ts --minify false`).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, openServedViewer } from './served-viewer.ts';
import { loadGraph } from '../store/graph-file.ts';
import { rankEntities } from '../query/subgraph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const dir = arg('--data');
const runs = Number(arg('--runs') ?? 3);
const profile = process.argv.includes('--profile');
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write(`viewer-trace: give --data DIR, a store made by kg ingest${dir ? ` (${dir} does not exist)` : ''}\n`);
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(ROOT, 'viewer', 'dist', 'index.html'))) {
  process.stderr.write('viewer-trace: needs Chromium at /usr/bin/chromium and a built viewer (npm run build:viewer)\n');
  process.exit(2);
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/** The longest task on the page's main thread and what ran inside it (ms), plus the GPU process's busy time in the window. */
function analyse(events: TraceEvent[]): { task: number; cpu: number; script: number; frame: number; commit: number; gpu: number; tasks: number[]; names: string } {
  const threadName = new Map<string, string>();
  const processName = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    if (e.ph === 'M' && e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '');
  }
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  // The renderer's main thread: the one with the most RunTask time among threads named CrRendererMain.
  const busy = new Map<string, number>();
  for (const e of complete) {
    const key = `${e.pid}:${e.tid}`;
    if (threadName.get(key) === 'CrRendererMain' && e.name === 'ThreadControllerImpl::RunTask') busy.set(key, (busy.get(key) ?? 0) + e.dur!);
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const none = { task: 0, cpu: 0, script: 0, frame: 0, commit: 0, gpu: 0, tasks: [], names: '' };
  if (!main) return none;
  const onMain = complete.filter((e) => `${e.pid}:${e.tid}` === main);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => b.dur! - a.dur!);
  const top = tasks[0];
  if (!top) return none;
  const inside = onMain.filter((e) => e.ts >= top.ts && e.ts + e.dur! <= top.ts + top.dur! + 1);
  // Outermost events of a name only (nested ones of the same name would count twice).
  const sum = (names: string[]) => {
    const hits = inside.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let end = -1;
    for (const e of hits) {
      if (e.ts >= end) { total += e.dur!; end = e.ts + e.dur!; }
    }
    return total / 1000;
  };
  const gpuThreads = new Set([...threadName.entries()].filter(([k, n]) => n === 'CrGpuMain' || (processName.get(Number(k.split(':')[0])) === 'GPU Process' && n === 'CrGpuMain')).map(([k]) => k));
  let gpu = 0;
  for (const e of complete) if (gpuThreads.has(`${e.pid}:${e.tid}`) && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur! >= top.ts && e.ts <= top.ts + top.dur!) gpu += e.dur!;
  // The heaviest kinds of event inside the task (each name's outermost events), for what the categories above miss.
  const byName = new Map<string, number>();
  for (const name of new Set(inside.map((e) => e.name))) if (name !== 'ThreadControllerImpl::RunTask') byName.set(name, sum([name]));
  const names = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, v]) => `${n} ${Math.round(v)}`).join(', ');
  return {
    names,
    task: top.dur! / 1000,
    // The main thread's own CPU time in the task (a loaded machine stretches wall time, not this); the GPU process's is apart.
    cpu: (top.tdur ?? Number.NaN) / 1000,
    script: sum(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'EventDispatch']),
    frame: sum(['FireAnimationFrame']),
    commit: sum(['ProxyMain::BeginMainFrame::commit', 'Commit', 'WaitForCommit']),
    gpu: gpu / 1000,
    tasks: tasks.slice(0, 5).map((t) => Math.round(t.dur! / 1000)),
  };
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
/** Self time per function (ms) of V8 CPU profiles, summed over the profiles. */
const selfTime = new Map<string, number>();
function addProfile(p: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const f = byId.get(samples[i]!)?.callFrame;
    if (!f || f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  }
}

async function traced(page: Page, act: () => Promise<void>): Promise<ReturnType<typeof analyse>> {
  const browser = page.context().browser()!;
  if (profile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await act();
    await page.waitForTimeout(800);
    addProfile((await cdp.send('Profiler.stop')).profile as never);
    await cdp.detach();
    return analyse([]);
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline', 'cc', 'gpu', 'viz', '__metadata'] });
  await act();
  await page.waitForTimeout(800);
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return analyse(Array.isArray(parsed) ? parsed : parsed.traceEvents);
}

type App = {
  graph: { order: number; nodes(): string[]; degree(n: string): number; hasNode(n: string): boolean };
  patch(change: (s: { pathFrom: string | null; pathTo: string | null; selected: string | null }) => void): void;
  showNeighbours(k: string): number;
  paths: { paths: unknown[] };
};

const graph = loadGraph(dir);
const ranking = rankEntities(graph);
const viewer = await openServedViewer(graph, { evaluateHelper: true });
try {
  const { page } = viewer;
  await page.waitForTimeout(1500);
  const hubs = await page.evaluate(() => {
    const g = (window as unknown as { kgViewer: App }).kgViewer.graph;
    return g.nodes().sort((a, b) => g.degree(b) - g.degree(a)).slice(0, 3);
  });
  const reset = async () => {
    await page.evaluate(() => (window as unknown as { kgViewer: App }).kgViewer.patch((s) => { s.selected = null; s.pathFrom = null; s.pathTo = null; }));
    await page.waitForTimeout(1200);
  };
  const undrawn = ranking.slice(2000);
  const interactions: Array<[string, (i: number) => Promise<void>]> = [
    ['show neighbours of a hub', async (i) => {
      const before = await page.evaluate(() => (window as unknown as { kgViewer: App }).kgViewer.graph.order);
      await page.evaluate((k) => (window as unknown as { kgViewer: App }).kgViewer.showNeighbours(k), hubs[i % hubs.length]!);
      await page.waitForFunction((b) => (window as unknown as { kgViewer: App }).kgViewer.graph.order > b || /All neighbours/.test(document.getElementById('status')?.textContent ?? ''), before, { timeout: 30_000 });
    }],
    ['choose a search result not drawn', async (i) => {
      const key = undrawn[[10, Math.floor(undrawn.length / 2), undrawn.length - 5][i % 3]!]!;
      await page.evaluate((k) => (window as unknown as { kgViewer: App }).kgViewer.patch((s) => { s.selected = k; }), key);
      await page.waitForFunction((k) => (window as unknown as { kgViewer: App }).kgViewer.graph.hasNode(k) && document.getElementById('panel')?.classList.contains('open'), key, { timeout: 30_000 });
    }],
    ['find a path', async (i) => {
      const [from, to] = [ranking[100 + i * 200]!, ranking[1400 - i * 150]!];
      await page.evaluate(([a, b]) => (window as unknown as { kgViewer: App }).kgViewer.patch((s) => { s.pathFrom = a!; s.pathTo = b!; }), [from, to]);
      await page.waitForFunction(() => (window as unknown as { kgViewer: App }).kgViewer.paths.paths.length > 0 || /No path/.test(document.getElementById('path-results')?.textContent ?? ''), null, { timeout: 30_000 });
    }],
    ['size by mentions, then as built (the entity and relation layers drawn again)', async (i) => {
      // mentions and back: each run changes the sizes twice; the trace's longest task is the worse of the two redraws
      for (const size of ['mentions', 'build']) {
        await page.selectOption('#size-by', size);
        await page.waitForFunction(() => (window as unknown as { kgViewer: { renderer: { edgeLayer?: { stats: { pending: boolean } } | null } } }).kgViewer.renderer.edgeLayer?.stats.pending === false, null, { timeout: 30_000 });
        await page.waitForTimeout(200 + i);
      }
    }],
    ['select a hub', async (i) => {
      await page.evaluate((k) => (window as unknown as { kgViewer: App }).kgViewer.patch((s) => { s.selected = k; }), hubs[i % hubs.length]!);
      await page.waitForFunction(() => document.getElementById('panel')?.classList.contains('open'), null, { timeout: 30_000 });
    }],
  ];
  const ms = (v: number) => `${Math.round(v)}`;
  for (const [name, act] of interactions) {
    const results: Array<ReturnType<typeof analyse>> = [];
    selfTime.clear();
    for (let i = 0; i < runs; i++) {
      await reset();
      results.push(await traced(page, () => act(i)));
    }
    if (profile) {
      const top = [...selfTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
      console.log(`${name}: self time over ${runs} runs (ms)\n${top.map(([k, v]) => `  ${v.toFixed(1).padStart(7)}  ${k}`).join('\n')}`);
      continue;
    }
    const med = (f: (r: ReturnType<typeof analyse>) => number) => results.map(f).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
    console.log(`${name}: longest task ${ms(med((r) => r.task))} ms (runs ${results.map((r) => ms(r.task)).join(', ')}), main-thread CPU in it ${ms(med((r) => r.cpu))} ms (runs ${results.map((r) => ms(r.cpu)).join(', ')}); inside it: script ${ms(med((r) => r.script))}, animation frames ${ms(med((r) => r.frame))}, commit ${ms(med((r) => r.commit))}; GPU process busy meanwhile ${ms(med((r) => r.gpu))} ms; top tasks ${results.map((r) => `[${r.tasks.join(' ')}]`).join(' ')}; heaviest events in the longest task of the first run: ${results[0]!.names}`);
  }
} finally {
  await viewer.close();
}
