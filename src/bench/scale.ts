// A corpus of 100,000 synthetic articles end to end, through the real CLI: `kg
// ingest --jobs 2` from scratch (wall time and peak RSS of the analysis and of the
// graph phase), then every reader on the store it made, each checked to answer:
// `kg entities`, `kg ask`, `kg serve --data` and `kg serve --graph graph.json` (time
// to the first answer), `kg export --format gexf`. Peak RSS is the process's own
// (read at exit, all threads); the split between the two ingest phases comes from
// sampling /proc every 0.2 s (Linux). Target: no process above 4 GB.
//
// `npm run bench -- scale` (100,000 articles: about 55 minutes end to end, the analysis 42 of them, on
// 2 shared cores; README "Limits and guarantees"); `npx tsx src/bench/scale.ts 10000`
// for another size.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticCorpus } from './corpus.ts';
import type { BenchRow } from './types.ts';
import type { IngestReport } from '../store/ingest.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LAUNCHER = path.resolve(HERE, '../cli/launch.mjs');

/** The target of the issue: every process of the run stays below this. */
const PEAK_RSS_TARGET_MB = 4096;

/** Loaded before the measured program: prints its peak RSS on exit, as the last line of stderr. */
const REPORT_PEAK = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { process.stderr.write('\\n#peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'); });")}`;

interface Measured {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
  peakRssMB: number;
  /** [ms since start, RSS MB], every SAMPLE_MS (empty where /proc is missing). */
  samples: Array<[number, number]>;
}

const SAMPLE_MS = 200;

function rssMB(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run one `kg` command. `untilReady`, when given, is called on each piece of its
 * standard output; once it returns a promise, that promise runs (the first
 * answers of a server), then the process is asked to stop.
 */
function runKg(args: string[], untilReady?: (stdout: string) => (() => Promise<void>) | undefined): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_PEAK, LAUNCHER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let started = false;
    const samples: Array<[number, number]> = [];
    const sampler = setInterval(() => {
      const mb = child.pid === undefined ? undefined : rssMB(child.pid);
      if (mb !== undefined) samples.push([performance.now() - t0, mb]);
    }, SAMPLE_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const ready = !started && untilReady?.(stdout);
      if (!ready) return;
      started = true;
      ready().then(() => child.kill('SIGTERM'), (e) => { child.kill('SIGTERM'); reject(e); });
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const ms = performance.now() - t0;
      const peak = /#peak-rss-kb (\d+)\s*$/.exec(stderr);
      // Progress on stderr as each command ends, so a long run that is stopped from outside still leaves its figures.
      process.stderr.write(`bench scale: kg ${args[0]} exit ${status} after ${seconds(ms)}, peak RSS ${peak ? mb(Number(peak[1]) / 1024) : '?'}, load ${os.loadavg()[0]!.toFixed(1)}\n`);
      resolve({ ms, status, stdout, stderr: peak ? stderr.slice(0, peak.index).trimEnd() : stderr, peakRssMB: peak ? Math.round(Number(peak[1]) / 1024) : NaN, samples });
    });
  });
}

function check(ok: boolean, what: string, run: Measured): void {
  if (!ok) throw new Error(`bench scale: ${what} (exit ${run.status}): ${(run.stderr || run.stdout).slice(-400)}`);
}

function dirSizeMB(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else bytes += fs.statSync(p).size; } };
  walk(dir);
  return bytes / 1024 / 1024;
}

const mb = (n: number) => `${Math.round(n).toLocaleString('en-US')} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The peak of the samples taken before and after `split` ms (NaN where none were taken). */
function peaksAround(samples: Array<[number, number]>, split: number): [number, number] {
  const before = samples.filter(([t]) => t < split).map(([, v]) => v);
  const after = samples.filter(([t]) => t >= split).map(([, v]) => v);
  return [before.length ? Math.max(...before) : NaN, after.length ? Math.max(...after) : NaN];
}

/** The entity whose neighbourhood the served graph is asked for: a hub of the synthetic corpus. */
const HUB = 'France';

/** Start `kg serve` with `args`, time its first answer to `question`, check the answer, stop it. */
async function serveFirstAnswer(args: string[], question: string, expectedNodes: number): Promise<{ run: Measured; listeningMs: number; firstAnswerMs: number; neighbourhood: { ms: number; bytes: number; nodes: number } }> {
  let listeningMs = NaN;
  let firstAnswerMs = NaN;
  const neighbourhood = { ms: NaN, bytes: NaN, nodes: NaN };
  const t0 = performance.now();
  const run = await runKg(['serve', ...args, '--port', '0'], (stdout) => {
    const url = /(http:\/\/\S+)/.exec(stdout)?.[1];
    if (!url) return undefined;
    return async () => {
      listeningMs = performance.now() - t0;
      const answer = await fetch(new URL(`/api/ask?q=${encodeURIComponent(question)}`, url));
      const body = await answer.text();
      firstAnswerMs = performance.now() - t0;
      if (answer.status !== 200 || !body.includes('"relations"')) throw new Error(`bench scale: kg serve ${args.join(' ')} answered ${answer.status}: ${body.slice(0, 200)}`);
      const summary = await (await fetch(new URL('/api/graph/summary', url))).json() as { nodes: number };
      if (summary.nodes !== expectedNodes) throw new Error(`bench scale: kg serve ${args.join(' ')} serves ${summary.nodes} entities, the store has ${expectedNodes}`);
      // a hub's neighbourhood: the answer whose size grew with the corpus (ANSWER_BOUNDS)
      const t1 = performance.now();
      const near = await fetch(new URL(`/api/neighborhood/${encodeURIComponent(HUB)}?limit=50`, url));
      const nearBody = await near.text();
      neighbourhood.ms = performance.now() - t1;
      if (near.status !== 200) throw new Error(`bench scale: kg serve ${args.join(' ')} answered ${near.status} for the neighbourhood of ${HUB}: ${nearBody.slice(0, 200)}`);
      neighbourhood.bytes = Buffer.byteLength(nearBody);
      neighbourhood.nodes = (JSON.parse(nearBody) as { nodes: unknown[] }).nodes.length;
    };
  });
  check(Number.isFinite(firstAnswerMs), `kg serve ${args.join(' ')} gave no answer`, run);
  return { run, listeningMs, firstAnswerMs, neighbourhood };
}

export async function benchScale(sizes = [100_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const loadBefore = os.loadavg()[0]!;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-scale-'));
    try {
      rows.push(...await scaleRows(tmp, n));
      rows.push(machineRow(loadBefore));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return rows;
}

/** The machine the figures come from: a shared 2-core machine under load gives pessimistic wall times. */
function machineRow(loadBefore: number): BenchRow {
  const load = os.loadavg()[0]!;
  return {
    name: 'machine of that run', value: os.cpus().length, unit: 'cores',
    note: `${mb(os.totalmem() / 1024 / 1024)} RAM, Node ${process.versions.node}; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${load.toFixed(1)} at the end`,
  };
}

async function scaleRows(tmp: string, n: number): Promise<BenchRow[]> {
  const at = `${n.toLocaleString('en-US')} synthetic articles`;
  const input = path.join(tmp, 'articles');
  const store = path.join(tmp, 'store');
  writeSyntheticCorpus(input, n);
  const inputMB = dirSizeMB(input);

  const ingest = await runKg(['ingest', input, '--data', store, '--jobs', '2', '--json', '--quiet']);
  check(ingest.status === 0, 'kg ingest failed', ingest);
  const report = JSON.parse(ingest.stdout.trim().split('\n').pop()!) as IngestReport;
  check(report.documents === n, `kg ingest stored ${report.documents} of ${n} articles`, ingest);
  // The graph phase is the last thing the process does: it starts graph-phase milliseconds before the exit.
  const [analysisPeak, graphPeak] = peaksAround(ingest.samples, ingest.ms - report.timings.graph);
  const graphMB = fs.statSync(path.join(store, 'graph.json')).size / 1024 / 1024;
  const rows: BenchRow[] = [
    {
      name: `ingest ${at} (${inputMB.toFixed(0)} MB) from scratch, --jobs 2`, value: ingest.ms / 1000, unit: 's',
      note: `analysis ${seconds(report.timings.analysis)}, graph phase ${seconds(report.timings.graph)} (build, lay out, write); ${report.nodes.toLocaleString('en-US')} entities, ${report.edges.toLocaleString('en-US')} relations; graph.json ${mb(graphMB)}, store ${mb(dirSizeMB(store))}`,
    },
    {
      name: `peak RSS of that ingest`, value: ingest.peakRssMB, unit: 'MB',
      note: `target ≤ ${mb(PEAK_RSS_TARGET_MB)}; sampled: analysis phase ${mb(analysisPeak)}, graph phase ${mb(graphPeak)}`,
    },
  ];
  for (const row of rows) process.stderr.write(`bench scale: ${JSON.stringify(row)}\n`);

  const reader = (name: string, run: Measured, extra = '') => ({
    name: `${name} on that store`, value: run.ms / 1000, unit: 's', note: `peak RSS ${mb(run.peakRssMB)}${extra ? `; ${extra}` : ''}`,
  });
  const entities = await runKg(['entities', '--data', store, '--limit', '5']);
  check(entities.status === 0 && /country/.test(entities.stdout), 'kg entities listed nothing', entities);
  rows.push(reader('kg entities', entities));

  const question = 'Who is the foreign minister of France?';
  const ask = await runKg(['ask', question, '--data', store]);
  check(ask.status === 0 && /foreign minister of France/.test(ask.stdout), 'kg ask did not answer', ask);
  rows.push(reader(`kg ask "${question}"`, ask));

  const gexf = path.join(tmp, 'graph.gexf');
  const exported = await runKg(['export', '--format', 'gexf', '-o', gexf, '--data', store]);
  check(exported.status === 0 && fs.existsSync(gexf), 'kg export wrote no file', exported);
  rows.push(reader('kg export --format gexf', exported, `${mb(fs.statSync(gexf).size / 1024 / 1024)} written`));
  fs.rmSync(gexf, { force: true });

  for (const args of [['--data', store], ['--graph', path.join(store, 'graph.json')]]) {
    const served = await serveFirstAnswer(args, question, report.nodes);
    rows.push({
      name: `kg serve ${args[0]}: first answer (/api/ask) on that store`, value: served.firstAnswerMs / 1000, unit: 's',
      note: `listening after ${seconds(served.listeningMs)}; /api/neighborhood/${HUB}?limit=50 ${served.neighbourhood.nodes} entities, ${(served.neighbourhood.bytes / 1024 / 1024).toFixed(2)} MB in ${seconds(served.neighbourhood.ms)}; peak RSS ${mb(served.run.peakRssMB)}`,
    });
  }
  const peak = Math.max(ingest.peakRssMB, ...rows.filter((r) => /peak RSS ([\d,]+) MB/.test(r.note ?? '')).map((r) => Number(/peak RSS ([\d,]+) MB/.exec(r.note!)![1]!.replace(/,/g, ''))));
  rows.push({ name: `highest peak RSS of any process above (${at})`, value: peak, unit: 'MB', note: `target ≤ ${mb(PEAK_RSS_TARGET_MB)}` });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  for (const row of await benchScale(sizes.length ? sizes : undefined)) console.log(JSON.stringify(row));
}
