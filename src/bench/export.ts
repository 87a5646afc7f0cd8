// Export speed and memory: our streaming GEXF 1.3 writer next to
// graphology-gexf's writer (the baseline) on the same seeded graphs at 1k, 10k
// and 100k nodes (5 relations per node), each writer in its own child process
// so that its peak RSS (graph + export) is its own. The other formats are timed
// once at 10k nodes, JSON next to JSON.stringify(graph.export()).
// graphology-gexf cannot serialise the evidence list (objects), so its copy of
// the graph carries the first sentence and the count instead, as ours writes.
// Run alone: npx tsx src/bench/export.ts [nodes...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import gexf from 'graphology-gexf';
import { generateGraph } from './graph-gen.ts';
import type { BenchRow } from './types.ts';
import { EXPORT_FORMATS } from '../export/index.ts';
import { writeChunksAtomic } from '../cli/commands/export.ts';

const SELF = fileURLToPath(import.meta.url);
const EDGES_PER_NODE = 5;

interface ChildResult { ms: number; bytes: number; peakRssMB: number; graphRssMB: number; error?: string }

/** Runs in a child: build the graph, export it once with one writer, report time, size and peak RSS. */
async function child(nodes: number, writer: 'ours' | 'graphology-gexf', file: string): Promise<ChildResult> {
  const graph = generateGraph(nodes, EDGES_PER_NODE, 7);
  // graphology-gexf cannot write a list of objects (evidence): give it the first sentence and the count, as ours writes.
  if (writer === 'graphology-gexf') {
    graph.updateEachEdgeAttributes((_e, a) => {
      const { evidence, ...rest } = a;
      return { ...rest, evidence_count: evidence.length, evidence_text: evidence[0]?.text ?? '' } as never;
    });
  }
  const graphRssMB = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  try {
    if (writer === 'ours') {
      await writeChunksAtomic(EXPORT_FORMATS.find((f) => f.name === 'gexf')!.files[0]!.chunks(graph), file);
    } else {
      fs.writeFileSync(file, gexf.write(graph, { version: '1.3' }));
    }
  } catch (e) {
    return { ms: NaN, bytes: 0, peakRssMB: process.resourceUsage().maxRSS / 1024, graphRssMB, error: (e as Error).message.split('\n')[0] };
  }
  const ms = performance.now() - t0;
  return { ms, bytes: fs.statSync(file).size, peakRssMB: process.resourceUsage().maxRSS / 1024, graphRssMB };
}

function runChild(nodes: number, writer: 'ours' | 'graphology-gexf', dir: string): ChildResult {
  const file = path.join(dir, `${writer}-${nodes}.gexf`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=4096', SELF, '--child', String(nodes), writer, file], {
    encoding: 'utf8', maxBuffer: 1 << 24, cwd: path.resolve(path.dirname(SELF), '../..'),
  });
  fs.rmSync(file, { force: true });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try { return JSON.parse(line) as ChildResult; } catch {
    return { ms: NaN, bytes: 0, peakRssMB: NaN, graphRssMB: NaN, error: `child exited ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}` };
  }
}

export async function benchExport(sizes = [1000, 10000, 100000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-export-'));
  try {
    for (const n of sizes) {
      const label = `${n.toLocaleString('en-US')} nodes / ${(n * EDGES_PER_NODE).toLocaleString('en-US')} edges`;
      const ours = runChild(n, 'ours', dir);
      const base = runChild(n, 'graphology-gexf', dir);
      const note = [ours.error ? `ours failed: ${ours.error}` : '', base.error ? `graphology-gexf failed: ${base.error}` : ''].filter(Boolean).join('; ') || undefined;
      rows.push({
        name: `GEXF 1.3 write, ${label}`, value: ours.ms, unit: 'ms',
        ...(Number.isFinite(base.ms) ? { baseline: { name: 'graphology-gexf write', value: base.ms } } : {}),
        note: note ?? `${(ours.bytes / 2 ** 20).toFixed(1)} MB file`,
      });
      rows.push({
        name: `peak RSS incl. graph, GEXF write, ${label}`, value: ours.peakRssMB, unit: 'MB',
        ...(Number.isFinite(base.peakRssMB) ? { baseline: { name: 'graphology-gexf write', value: base.peakRssMB } } : {}),
        note: `graph alone ${ours.graphRssMB.toFixed(0)} MB`,
      });
    }
    // Every format once at 10k nodes, in this process.
    const graph = generateGraph(10000, EDGES_PER_NODE, 7);
    for (const format of EXPORT_FORMATS) {
      const t0 = performance.now();
      for (const f of format.files) await writeChunksAtomic(f.chunks(graph), path.join(dir, `${format.name}-${f.name}`));
      const ms = performance.now() - t0;
      const row: BenchRow = { name: `${format.name} export, 10,000 nodes / 50,000 edges`, value: ms, unit: 'ms' };
      if (format.name === 'json') {
        const t1 = performance.now();
        fs.writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(graph.export()));
        row.baseline = { name: 'JSON.stringify(graph.export())', value: performance.now() - t1 };
      }
      rows.push(row);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const result = await child(Number(argv[1]), argv[2] as 'ours' | 'graphology-gexf', argv[3]!);
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const sizes = argv.map(Number).filter((n) => n > 0);
    for (const row of await benchExport(sizes.length ? sizes : undefined)) console.log(JSON.stringify(row));
  }
}
