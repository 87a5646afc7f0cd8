// Ingestion at scale, through the real CLI (`kg ingest --json`) as users run it:
// articles/s from scratch at 1,000 and 10,000 synthetic articles (same
// per-article cost expected), 2 workers against 1 at both sizes (whole run,
// analysis phase, and its warm second half), how many cores one worker already
// keeps busy, re-ingest of an unchanged corpus, the 1,161 CoNLL-2003 train+dev
// documents, store size, peak RSS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticCorpus } from './corpus.ts';
import { writeConllDocuments } from './conll-docs.ts';
import type { IngestReport } from '../store/ingest.ts';
import type { BenchRow } from './types.ts';
import { CONLL2003, conllMissingMessage } from '../cli/evaluation-data.ts';
import { writeCompromiseScript } from './compromise-extract.ts';
import { median } from './median.ts';
import { runMeasured, type MeasuredRun } from './measured-process.ts';
import { loadGraph } from '../store/graph-file.ts';
import { neighbourhoodPreservation } from '../graph/layout-quality.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const LAUNCHER = path.resolve(HERE, '../cli/launch.mjs');

interface Run { ms: number; report: IngestReport & { usage: { cpuMs: number; peakRssMB: number } } }

/** One `kg ingest` process; wall time as a user would time it. */
function ingestOnce(dataDir: string, input: string, jobs?: number): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [LAUNCHER, 'ingest', input, '--data', dataDir, '--json', '--quiet', ...(jobs ? ['--jobs', String(jobs)] : [])], {
    encoding: 'utf8', maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`kg ingest failed: ${r.stderr.slice(-500)}`);
  return { ms, report: JSON.parse(r.stdout.trim().split('\n').pop()!) as Run['report'] };
}

function dirSizeMB(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else bytes += fs.statSync(p).size; } };
  walk(dir);
  return bytes / 1024 / 1024;
}

/** Rows comparing a run with 2 workers against one with 1 on the same corpus. */
function scalingRows(n: number, one: Run, two: Run): BenchRow[] {
  const at = `${n.toLocaleString('en-US')} articles`;
  const t1 = one.report.timings, t2 = two.report.timings;
  return [
    { name: `2 workers vs 1, whole ingest (${at})`, value: two.ms, unit: 'ms', baseline: { name: '1 worker', value: one.ms }, note: 'target ≥ 1.7×' },
    { name: `2 workers vs 1, analysis phase (${at})`, value: t2.analysis, unit: 'ms', baseline: { name: '1 worker', value: t1.analysis }, note: 'worker start-up included' },
    { name: `2 workers vs 1, second half of the analysis (${at})`, value: t2.analysisSecondHalf, unit: 'ms', baseline: { name: '1 worker', value: t1.analysisSecondHalf }, note: 'warm workers: the steady rate' },
    { name: `cores busy with 1 worker (${at})`, value: one.report.usage.cpuMs / one.ms, unit: 'cores', note: 'process CPU time / wall: V8 compiles and collects garbage on other threads' },
  ];
}

/** Parts of the graph phase as scripts/graph-phase.ts reports them: CPU ms (all threads), wall ms and garbage-collection pauses. */
interface GraphPhaseRun { [part: string]: { cpu: number; wall: number; gc?: number } }

const GRAPH_PHASE_PARTS = ['read', 'build', 'layout', 'write'] as const;

/**
 * The graph phase of adding the 10 documents, in one process per run (5 runs), by part:
 * reading the stored analyses, building the graph (node assignment, merging, labels),
 * placing the new entities, writing graph.json, the manifest and the layout.
 */
function graphPhaseRow(before: string, after: string, work: string): BenchRow {
  const runs: GraphPhaseRun[] = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['--import', TSX, path.join(HERE, 'scripts/graph-phase.ts'), before, after, work], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench ingest: graph-phase.ts failed: ${r.stderr.slice(-300)}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as GraphPhaseRun);
  }
  const part = (name: string) => `${name} ${Math.round(median(runs.map((r) => r[name]?.cpu ?? 0)))} (GC ${Math.round(median(runs.map((r) => r[name]?.gc ?? 0)))})`;
  return {
    name: 'graph phase of adding 10 CoNLL documents, in-process, CPU (median of 5)',
    value: median(runs.map((r) => r.total!.cpu)),
    unit: 'ms',
    note: `ms CPU by part: ${GRAPH_PHASE_PARTS.map(part).join(', ')}; wall ${Math.round(median(runs.map((r) => r.total!.wall)))} ms; \`npx tsx src/bench/scripts/graph-phase.ts\``,
  };
}

/** Runs of each CoNLL measure: the machine is shared, so medians of alternating runs. */
const PAIRS = 3;

/**
 * The 1,162 CoNLL-2003 train + dev documents: from scratch next to compromise on the same
 * files (same run), the graph phase next to the analysis, 10 more documents added to the
 * other 1,152 (incremental layout) and the layout quality that leaves next to a full layout.
 */
function conllRows(tmp: string, conll: string[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const all = path.join(tmp, 'conll');
  const n = writeConllDocuments(conll, all);
  // The same documents but the last 10, for the incremental run.
  const base = path.join(tmp, 'conll-base');
  fs.mkdirSync(base);
  const names = fs.readdirSync(all).sort();
  for (const name of names.slice(0, -10)) fs.copyFileSync(path.join(all, name), path.join(base, name));
  const script = writeCompromiseScript(tmp, path.resolve(HERE, '../..'));
  const scratch: Run[] = [], compromise: MeasuredRun[] = [], added: Run[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    const store = path.join(tmp, `store-conll-${pair}`);
    scratch.push(ingestOnce(store, all));
    const cp = runMeasured(script, [all]);
    if (cp.status !== 0) throw new Error(`bench ingest: compromise baseline failed: ${cp.stderr.slice(-300)}`);
    compromise.push(cp);
    const inc = path.join(tmp, `store-conll-inc-${pair}`);
    ingestOnce(inc, base);
    if (pair === 0) fs.cpSync(inc, path.join(tmp, 'store-conll-before-10'), { recursive: true });
    added.push(ingestOnce(inc, all));
    if (pair > 0) { fs.rmSync(store, { recursive: true, force: true }); }
    if (pair < PAIRS - 1) fs.rmSync(inc, { recursive: true, force: true });
  }
  const ms = median(scratch.map((r) => r.ms));
  const analysis = median(scratch.map((r) => r.report.timings.analysis));
  const graph = median(scratch.map((r) => r.report.timings.graph));
  rows.push({ name: `ingest ${n} CoNLL-2003 documents from scratch, wall (median of ${PAIRS})`, value: ms / 1000, unit: 's', baseline: { name: 'compromise script, same files', value: median(compromise.map((r) => r.ms)) / 1000 }, note: `target ≤ 0.5× compromise; analysis ${(analysis / 1000).toFixed(1)} s, graph ${(graph / 1000).toFixed(1)} s; peak RSS ${scratch[0]!.report.usage.peakRssMB} MB` });
  rows.push({ name: `the same, CPU time of the whole process (median of ${PAIRS})`, value: median(scratch.map((r) => r.report.usage.cpuMs)) / 1000, unit: 's', baseline: { name: 'compromise script, same files', value: median(compromise.map((r) => r.cpuMs)) / 1000 }, note: 'all threads; load on the machine inflates it less than wall time' });
  rows.push({ name: `graph phase of that ingest (build, lay out, write)`, value: graph, unit: 'ms', baseline: { name: 'its analysis phase', value: analysis }, note: 'target: graph ≤ analysis' });
  const beyond = added.map((r) => r.ms - r.report.timings.analysis);
  rows.push({ name: `add 10 CoNLL documents to the other ${n - 10}: all but their analysis (median of ${PAIRS})`, value: median(beyond), unit: 'ms', note: `target ≤ 1,000 ms; graph phase ${Math.round(median(added.map((r) => r.report.timings.graph)))} ms, analysis ${Math.round(median(added.map((r) => r.report.timings.analysis)))} ms (start-up included); whole process ${Math.round(median(added.map((r) => r.report.usage.cpuMs)))} ms CPU` });
  // the last pair's store is kept (the same documents as the first's, from the same files)
  rows.push(graphPhaseRow(path.join(tmp, 'store-conll-before-10'), path.join(tmp, `store-conll-inc-${PAIRS - 1}`), path.join(tmp, 'graph-phase')));
  // Layout quality of the incremental layout against a full one of the same graph.
  const inc = path.join(tmp, `store-conll-inc-${PAIRS - 1}`);
  const incremental = neighbourhoodPreservation(loadGraph(inc), 2000);
  const relayout = spawnSync(process.execPath, [LAUNCHER, 'build', '--relayout', '--data', inc], { encoding: 'utf8' });
  if (relayout.status !== 0) throw new Error(`bench ingest: kg build --relayout failed: ${relayout.stderr.slice(-300)}`);
  const full = neighbourhoodPreservation(loadGraph(inc), 2000);
  rows.push({ name: `layout quality after adding 10 documents (incremental)`, value: incremental, unit: 'NP', baseline: { name: 'kg build --relayout, same graph', value: full }, note: `neighbourhood preservation, 2,000 entities sampled; margin ${(incremental - full >= 0 ? '+' : '')}${(incremental - full).toFixed(3)}` });
  const store = path.join(tmp, 'store-conll-0');
  const again = ingestOnce(store, all);
  rows.push({ name: `re-ingest ${n} unchanged CoNLL documents`, value: again.ms / 1000, unit: 's', note: `target ≤ 2 s; ${again.report.unchanged} unchanged` });
  return rows;
}

export async function benchIngest(sizes = [1000, 10000]): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  const rows: BenchRow[] = [];
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  try {
    const perArticle: number[] = [];
    const scaling: BenchRow[] = [];
    for (const n of sizes) {
      const input = path.join(tmp, `syn-${n}`);
      writeSyntheticCorpus(input, n);
      const run = ingestOnce(path.join(tmp, `store-${n}`), input);
      perArticle.push(run.ms / n);
      rows.push({ name: `ingest ${n.toLocaleString('en-US')} synthetic articles (default --jobs)`, value: n / (run.ms / 1000), unit: 'articles/s', note: `${run.report.jobs} job(s), ${(run.ms / 1000).toFixed(1)} s wall, peak RSS ${run.report.usage.peakRssMB} MB, store ${dirSizeMB(path.join(tmp, `store-${n}`)).toFixed(1)} MB` });
      // On a 2-core machine a large run above already used 2 workers.
      const two = cores === 2 && run.report.jobs === 2 ? run : ingestOnce(path.join(tmp, `store-${n}-j2`), input, 2);
      const one = ingestOnce(path.join(tmp, `store-${n}-j1`), input, 1);
      scaling.push(...scalingRows(n, one, two));
    }
    // Queries against the largest store, graph loaded once (as the server and a long-lived process do).
    const largest = sizes[sizes.length - 1];
    const q = largest === undefined ? null : spawnSync(process.execPath, ['--import', TSX, path.join(HERE, 'scripts/query-store.ts'), path.join(tmp, `store-${largest}`)], { encoding: 'utf8' });
    if (q && q.status === 0) {
      const m = JSON.parse(q.stdout.trim()) as { loadMs: number; lookupP50: number; lookupP99: number; pathP50: number; pathP99: number; nodes: number; edges: number };
      const at = `store of ${largest.toLocaleString('en-US')} articles (${m.nodes} entities, ${m.edges} relations)`;
      rows.push({ name: `entity lookup p99, ${at}`, value: m.lookupP99, unit: 'ms', note: `p50 ${m.lookupP50.toFixed(3)} ms; target ≤ 5 ms` });
      rows.push({ name: `path query p99, ${at}`, value: m.pathP99, unit: 'ms', note: `p50 ${m.pathP50.toFixed(2)} ms; target ≤ 20 ms` });
      rows.push({ name: `load graph.json, ${at}`, value: m.loadMs, unit: 'ms' });
    }
    if (perArticle.length === 2) {
      rows.push({ name: `per-article cost at ${sizes[1]} vs ${sizes[0]}`, value: perArticle[1]! / perArticle[0]!, unit: '×', note: 'target ≤ 1.2' });
    }
    rows.push(...scaling);
    // CoNLL-2003 train + dev as articles
    const conll = [CONLL2003.train, CONLL2003.dev];
    if (!conll.every((f) => fs.existsSync(f))) {
      process.stderr.write(`bench ingest: skipping the CoNLL-2003 rows: ${conllMissingMessage('they', conll.filter((f) => !fs.existsSync(f)), 'the synthetic rows above do not need them')}\n`);
    } else {
      rows.push(...conllRows(tmp, conll));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  // `npx tsx src/bench/ingest.ts conll`: the CoNLL rows alone; numbers: the synthetic sizes.
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const conllOnly = process.argv.includes('conll');
  for (const row of await benchIngest(conllOnly ? [] : sizes.length ? sizes : undefined)) console.log(JSON.stringify(row));
}
