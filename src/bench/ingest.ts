// Ingestion at scale: articles/s from scratch at 1,000 and 10,000 synthetic
// articles (same per-article cost expected), 1 vs 2 workers, re-ingest of an
// unchanged corpus, the 1,161 CoNLL-2003 train+dev documents, store size, peak RSS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { writeConllDocuments } from './conll-docs.ts';
import type { BenchRow } from './types.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CONLL = path.resolve(HERE, '../../../shared/data/conll2003');

interface Run { ms: number; maxRssMB: number; report: { documents: number; added: number; unchanged: number } }

function ingestOnce(dataDir: string, input: string, jobs?: number): Run {
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(HERE, 'scripts/ingest-once.ts'), dataDir, input, ...(jobs ? [String(jobs)] : [])], {
    encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`ingest run failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

function dirSizeMB(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else bytes += fs.statSync(p).size; } };
  walk(dir);
  return bytes / 1024 / 1024;
}

function writeSynthetic(dir: string, count: number): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const a of generateCorpus(count, 1)) fs.writeFileSync(path.join(dir, a.name), a.text);
}

export async function benchIngest(sizes = [1000, 10000]): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  const rows: BenchRow[] = [];
  try {
    const perArticle: number[] = [];
    for (const n of sizes) {
      const input = path.join(tmp, `syn-${n}`);
      writeSynthetic(input, n);
      const run = ingestOnce(path.join(tmp, `store-${n}`), input);
      perArticle.push(run.ms / n);
      rows.push({ name: `ingest ${n.toLocaleString('en-US')} synthetic articles (all cores)`, value: n / (run.ms / 1000), unit: 'articles/s', note: `${(run.ms / 1000).toFixed(1)} s wall, peak RSS ${Math.round(run.maxRssMB)} MB, store ${dirSizeMB(path.join(tmp, `store-${n}`)).toFixed(1)} MB` });
    }
    // Queries against the largest store, graph loaded once (as the server and a long-lived process do).
    const largest = sizes[sizes.length - 1]!;
    const q = spawnSync(process.execPath, ['--import', TSX, path.join(HERE, 'scripts/query-store.ts'), path.join(tmp, `store-${largest}`)], { encoding: 'utf8' });
    if (q.status === 0) {
      const m = JSON.parse(q.stdout.trim()) as { loadMs: number; lookupP50: number; lookupP99: number; pathP50: number; pathP99: number; nodes: number; edges: number };
      const at = `store of ${largest.toLocaleString('en-US')} articles (${m.nodes} entities, ${m.edges} relations)`;
      rows.push({ name: `entity lookup p99, ${at}`, value: m.lookupP99, unit: 'ms', note: `p50 ${m.lookupP50.toFixed(3)} ms; target ≤ 5 ms` });
      rows.push({ name: `path query p99, ${at}`, value: m.pathP99, unit: 'ms', note: `p50 ${m.pathP50.toFixed(2)} ms; target ≤ 20 ms` });
      rows.push({ name: `load graph.json, ${at}`, value: m.loadMs, unit: 'ms' });
    }
    if (perArticle.length === 2) {
      rows.push({ name: `per-article cost at ${sizes[1]} vs ${sizes[0]}`, value: perArticle[1]! / perArticle[0]!, unit: '×', note: 'target ≤ 1.2' });
    }
    // 1 worker vs 2 workers on the smallest size
    const small = path.join(tmp, `syn-${sizes[0]}`);
    const one = ingestOnce(path.join(tmp, 'store-j1'), small, 1);
    const two = ingestOnce(path.join(tmp, 'store-j2'), small, 2);
    rows.push({ name: `2 workers vs 1 (${sizes[0]} articles)`, value: two.ms, unit: 'ms', baseline: { name: '1 worker', value: one.ms }, note: 'target ratio ≥ 1.7' });
    // CoNLL-2003 train + dev as articles
    if (fs.existsSync(path.join(CONLL, 'eng.train'))) {
      const conllDir = path.join(tmp, 'conll');
      const n = writeConllDocuments([path.join(CONLL, 'eng.train'), path.join(CONLL, 'eng.testa')], conllDir);
      const scratch = ingestOnce(path.join(tmp, 'store-conll'), conllDir);
      rows.push({ name: `ingest ${n} CoNLL-2003 documents from scratch`, value: scratch.ms / 1000, unit: 's', note: `target ≤ 20 s; peak RSS ${Math.round(scratch.maxRssMB)} MB` });
      const again = ingestOnce(path.join(tmp, 'store-conll'), conllDir);
      rows.push({ name: `re-ingest ${n} unchanged CoNLL documents`, value: again.ms / 1000, unit: 's', note: `target ≤ 2 s; ${again.report.unchanged} unchanged` });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  for (const row of await benchIngest(sizes.length ? sizes : undefined)) console.log(JSON.stringify(row));
}
