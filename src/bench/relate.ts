// Relate benchmark: what the learned relation classifier costs. In-process, the
// relate stage over CoNLL-2003 documents on frozen inputs from the earlier stages,
// rules alone (baseline) against rules plus the classifier, median of several
// warm passes; the classifier's model load; and `kg extract` on the 216 eng.testa
// documents in one process, with and without the classifier, runs alternated.
// Run alone: npx tsx src/bench/relate.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './types.ts';
import { conllDocuments, writeConllDocuments } from './conll-docs.ts';
import { segment } from '../pipeline/segment.ts';
import { loadTagger } from '../pipeline/ner/index.ts';
import { recognize } from '../pipeline/recognize/index.ts';
import { resolve } from '../pipeline/resolve/index.ts';
import { relate } from '../pipeline/relate/index.ts';
import { DEFAULT_RELATION_MODEL_PATH, RelationClassifier } from '../pipeline/relate/classifier/index.ts';
import { decodeRelationModel } from '../pipeline/relate/classifier/model.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = path.resolve(ROOT, '../shared/data/conll2003');
const PASSES = 7;
const RUNS = 3;

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

export async function benchRelate(): Promise<BenchRow[]> {
  const devFile = path.join(DATA, 'eng.testa'), trainFile = path.join(DATA, 'eng.train');
  if (!existsSync(devFile)) throw new Error(`bench relate: ${devFile} is missing; the benchmark needs the CoNLL-2003 files in ../shared/data/conll2003`);
  const rows: BenchRow[] = [];
  const bytes = readFileSync(DEFAULT_RELATION_MODEL_PATH);
  let t0 = performance.now();
  const classifier = new RelationClassifier(decodeRelationModel(bytes));
  rows.push({ name: 'relation model load (read excluded)', value: performance.now() - t0, unit: 'ms', note: `${(bytes.length / 1e3).toFixed(0)} kB model file` });

  // frozen inputs of the relate stage
  const tagger = loadTagger();
  const texts = [devFile, ...(existsSync(trainFile) ? [trainFile] : [])].flatMap((f) => conllDocuments(f));
  const inputs = texts.map((text, i) => {
    const seg = segment({ id: `d${i}`, title: null, source: `d${i}`, text });
    return { seg, resolved: resolve(seg, recognize(seg, tagger.tag(seg))) };
  });
  const tokens = inputs.reduce((a, x) => a + x.seg.tokens.length, 0);
  const pass = (withModel: boolean) => {
    const t = performance.now();
    let n = 0;
    for (const x of inputs) n += relate(x.seg, x.resolved, withModel ? { classifier } : {}).length;
    return { ms: performance.now() - t, n };
  };
  pass(false); pass(true); // warm up both paths
  const rules: number[] = [], both: number[] = [];
  let added = 0;
  for (let k = 0; k < PASSES; k++) {
    const a = pass(false), b = pass(true);
    rules.push(a.ms); both.push(b.ms); added = b.n - a.n;
  }
  const note = `${inputs.length} documents, ${tokens.toLocaleString('en-US')} tokens; median of ${PASSES} warm passes`;
  rows.push({ name: 'relate, rules + classifier (in-process)', value: median(both), unit: 'ms', baseline: { name: 'rules alone', value: median(rules) }, note: `${note}; ${added} relations added by the model` });
  rows.push({ name: 'relate throughput, rules + classifier', value: tokens / (median(both) / 1000), unit: 'tokens/s', baseline: { name: 'rules alone', value: tokens / (median(rules) / 1000) } });

  // whole process
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-relate-'));
  try {
    const n = writeConllDocuments([devFile], dir);
    const devTokens = conllDocuments(devFile).reduce((a, t) => a + t.split(/\s+/).filter(Boolean).length, 0);
    const run = (extra: string[]) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/launch.mjs'), 'extract', dir, '--json', ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`bench relate: kg extract exited ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop()}`);
      return performance.now() - t;
    };
    const withModel: number[] = [], without: number[] = [];
    for (let k = 0; k < RUNS; k++) { withModel.push(run([])); without.push(run(['--no-relation-model'])); }
    rows.push({
      name: 'kg extract eng.testa, whole process', value: devTokens / (median(withModel) / 1000), unit: 'tokens/s',
      baseline: { name: '--no-relation-model', value: devTokens / (median(without) / 1000) }, note: `${n} documents, median of ${RUNS} alternated runs`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  for (const r of await benchRelate()) console.log(r);
}
