// The graph phase of `kg ingest` in one process, timed by part (for `bench ingest`
// and for profiling): a copy of BASE_STORE is given the manifest of FULL_STORE (the
// analyses it lacks copied in), then built, laid out and committed as `kg ingest`
// does after analysing the new articles (rebuild.ts), with the same outputs.
// Prints one JSON line: per part, CPU ms of the whole process (all threads) and
// wall ms, and the garbage collector's pauses within it.
// usage: tsx graph-phase.ts BASE_STORE FULL_STORE WORK_DIR
import fs from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { buildGraphInTwoPasses, type AnalysesInIdOrder } from '../../graph/build.ts';
import { layoutGraph } from '../../graph/layout.ts';
import { layoutIncrementally, needsFullLayout } from '../../graph/incremental-layout.ts';
import { writeGraph, writeFileInPieces } from '../../store/graph-file.ts';
import { readLayoutState, writeLayoutState } from '../../store/layout-file.ts';
import { manifestPieces, pruneAnalyses, readCorrections, readManifest, storeDir } from '../../store/store.ts';
import { StoredAnalyses } from '../../store/stored-analyses.ts';
import { isShortBuild } from '../../store/rebuild.ts';
import { withoutOptimizingCompiler } from '../../store/optimizing-compiler.ts';
import { entryById } from '../../pipeline/gazetteer/index.ts';

const [base, full, work] = process.argv.slice(2) as [string, string, string];
if (!base || !full || !work) {
  console.error('usage: tsx graph-phase.ts BASE_STORE FULL_STORE WORK_DIR');
  process.exit(2);
}
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(base, work, { recursive: true });
const manifest = readManifest(full);
if (!Object.keys(manifest.documents).length) {
  console.error(`graph-phase: ${full} holds no store with articles`);
  process.exit(2);
}
for (const id of Object.keys(manifest.documents)) {
  const to = path.join(work, 'store', 'analyses', `${id}.json`);
  if (!fs.existsSync(to)) fs.copyFileSync(path.join(full, 'store', 'analyses', `${id}.json`), to);
}

// `kg ingest` has loaded the gazetteer for the analysis before the graph phase.
entryById('country:US');

const gcSpans: Array<[number, number]> = [];
const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcSpans.push([e.startTime, e.startTime + e.duration]); });
observer.observe({ entryTypes: ['gc'] });
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const parts: Record<string, { cpu: number; wall: number; gc: number }> = {};
const spans: Array<[string, number, number]> = [];
/**
 * Parts run without V8's optimising compiler: as `kg ingest` runs them (the build when
 * it is short, rebuild.ts), or those KG_GRAPH_PHASE_SPARE names (`build,layout,write`,
 * or `none`) to measure what that saves.
 */
const spare = new Set(process.env.KG_GRAPH_PHASE_SPARE !== undefined ? process.env.KG_GRAPH_PHASE_SPARE.split(',') : isShortBuild(manifest) ? ['build'] : []);
function timed<T>(name: string, run: () => T): T {
  const c0 = cpuNow(), w0 = performance.now();
  const out = spare.has(name) ? withoutOptimizingCompiler(run) : run();
  const part = parts[name] ??= { cpu: 0, wall: 0, gc: 0 };
  part.cpu += cpuNow() - c0;
  part.wall += performance.now() - w0;
  spans.push([name, w0, performance.now()]);
  return out;
}

/** The analyses, the time spent reading them (inside the build's passes) counted apart. */
function readTimed(inIdOrder: AnalysesInIdOrder): AnalysesInIdOrder {
  return function* () {
    const it = inIdOrder()[Symbol.iterator]();
    for (;;) {
      const next = timed('read', () => it.next());
      if (next.done) return;
      yield next.value;
    }
  };
}

const held = new StoredAnalyses(work);
const graph = timed('build', () => buildGraphInTwoPasses(readTimed(held.inIdOrder(manifest)), readCorrections(work), { knowledge: manifest.knowledge !== false }));
held.release();
const previous = timed('layout', () => readLayoutState(work));
const layout = timed('layout', () => (previous && !needsFullLayout(graph, previous)
  ? layoutIncrementally(graph, previous).state
  : { scale: layoutGraph(graph).scale, placedSince: 0 }));
timed('write', () => {
  writeGraph(work, graph);
  writeFileInPieces(path.join(storeDir(work), 'manifest.json'), manifestPieces({ ...manifest, graph: { nodes: graph.order, edges: graph.size } }));
  writeLayoutState(work, graph, layout);
  pruneAnalyses(work, manifest);
});
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
// 'build' includes 'read': report the build without it.
if (parts.read) { parts.build!.cpu -= parts.read.cpu; parts.build!.wall -= parts.read.wall; }
for (const [from, to] of gcSpans) {
  // the innermost span holding the pause (read spans lie inside the build's)
  const span = spans.filter(([, a, b]) => a <= from && to <= b + 1).sort((p, q) => (p[2] - p[1]) - (q[2] - q[1]))[0];
  if (span) parts[span[0]]!.gc += to - from;
}
const round = (v: number) => Math.round(v);
const out: Record<string, unknown> = { nodes: graph.order, edges: graph.size };
for (const [name, p] of Object.entries(parts)) out[name] = { cpu: round(p.cpu), wall: round(p.wall), gc: round(p.gc) };
out.total = { cpu: round(Object.values(parts).reduce((t, p) => t + p.cpu, 0)), wall: round(Object.values(parts).reduce((t, p) => t + p.wall, 0)) };
console.log(JSON.stringify(out));
