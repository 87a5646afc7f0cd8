// NER benchmark: recognition throughput in-process (>= 1M tokens, one core),
// model load time, `kg extract` wall time on the 216 eng.testa documents in one
// process (start-up included), and eng.testa PER/ORG/LOC F1 — each next to
// compromise measured in the same run on the same text.
// Run alone: npx tsx src/bench/ner.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Segmented } from '../types.ts';
import type { BenchRow } from './types.ts';
import { segment } from '../pipeline/segment.ts';
import { conllToSegmented, parseConll, type ConllDoc } from '../pipeline/ner/conll.ts';
import { DEFAULT_MODEL_PATH, readTagger } from '../pipeline/ner/index.ts';
import { unzippedCacheDir } from '../pipeline/model-cache.ts';
import { decodeModel } from '../pipeline/ner/model.ts';
import { NerTagger } from '../pipeline/ner/tagger.ts';
import { docInputFromConll } from '../pipeline/ner/train.ts';
import { scoreSpans } from '../pipeline/ner/evaluate.ts';
import { TYPES, type TokenSpan } from '../pipeline/ner/labels.ts';
import { CONLL2003, requireConll } from '../cli/evaluation-data.ts';
import { writeCompromiseScript } from './compromise-extract.ts';
import { median } from './median.ts';
import { runMeasured, type MeasuredRun } from './measured-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAUNCHER = path.join(ROOT, 'src/cli/launch.mjs');
/** Runs of each whole-process measure (the machine is shared: medians of alternating runs). */
const PAIRS = 5; // the issue asks for the median of 5 runs
const MIN_TOKENS = 1_000_000;
/** compromise is far slower; its throughput is measured on this many tokens. */
const BASELINE_TOKENS = 100_000;

function article(text: string, id: string) {
  return { id, title: null, source: id, text };
}

/** compromise's people/places/organizations as token spans of `seg` (trailing punctuation dropped). */
function compromiseSpans(seg: Segmented): TokenSpan[] {
  const doc = nlp(seg.article.text);
  const byStart = new Map(seg.tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(seg.tokens.map((t, i) => [t.end, i]));
  const out: TokenSpan[] = [];
  const add = (list: Array<{ offset: { start: number; length: number }; text: string }>, type: number) => {
    for (const m of list) {
      const raw = seg.article.text.slice(m.offset.start, m.offset.start + m.offset.length);
      const lead = raw.length - raw.trimStart().length;
      const core = raw.trim().replace(/[\s.,;:!?"')\]]+$/, '');
      const a = byStart.get(m.offset.start + lead), b = byEnd.get(m.offset.start + lead + core.length);
      if (a !== undefined && b !== undefined && b >= a) out.push({ start: a, end: b + 1, type });
    }
  };
  add(doc.people().json({ offset: true }), TYPES.indexOf('PER'));
  add(doc.organizations().json({ offset: true }), TYPES.indexOf('ORG'));
  add(doc.places().json({ offset: true }), TYPES.indexOf('LOC'));
  return out;
}

function wordsOf(seg: Segmented): number { return seg.tokens.length; }

export async function benchNer(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const trainFile = CONLL2003.train, devFile = CONLL2003.dev;
  requireConll('bench ner (accuracy and speed on real news)', [devFile], 'the other suites run without it (npm run bench -- ingest layout export query viewer)');
  const dev = parseConll(readFileSync(devFile, 'utf8'));
  const corpus: ConllDoc[] = existsSync(trainFile) ? [...parseConll(readFileSync(trainFile, 'utf8')), ...dev] : dev;

  // model load (fresh, not the cached loader)
  const bytes = readFileSync(DEFAULT_MODEL_PATH);
  let t0 = performance.now();
  const tagger = new NerTagger(decodeModel(bytes));
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  nlp('warm up compromise');
  const nlpFirstMs = performance.now() - t0;
  rows.push({ name: 'model load (read excluded, decode + tables)', value: loadMs, unit: 'ms', baseline: { name: 'compromise first call', value: nlpFirstMs }, note: `${(bytes.length / 1e6).toFixed(2)} MB model file` });
  // as `kg` loads it: the model cache's gunzipped copy and weight table (the first load here leaves them if missing)
  readTagger(DEFAULT_MODEL_PATH);
  t0 = performance.now();
  readTagger(DEFAULT_MODEL_PATH);
  rows.push({ name: 'model load as kg loads it (model cache: gunzipped copy + kept weight table, read included)', value: performance.now() - t0, unit: 'ms', note: unzippedCacheDir() ? 'the table is built once per model file and kept' : 'model cache off (KG_MODEL_CACHE=0): decoded and built as above' });

  // in-process throughput on the runtime segmentation of CoNLL documents
  const segs = corpus.map((d, i) => segment(article(conllToSegmented(d).article.text, `doc${i}`)));
  for (const s of segs.slice(0, 50)) tagger.tag(s); // warm-up
  // CPU time of this single-threaded loop = time on one core, robust to other load on the machine
  const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
  let tokens = 0;
  let c0 = process.cpuUsage();
  t0 = performance.now();
  while (tokens < MIN_TOKENS) for (const s of segs) { tagger.tag(s); tokens += wordsOf(s); }
  const oursWall = tokens / ((performance.now() - t0) / 1000);
  const ours = tokens / cpuSeconds(process.cpuUsage(c0));
  let baseTokens = 0;
  c0 = process.cpuUsage();
  t0 = performance.now();
  for (const s of segs) { if (baseTokens >= BASELINE_TOKENS) break; compromiseSpans(s); baseTokens += wordsOf(s); }
  const theirsWall = baseTokens / ((performance.now() - t0) / 1000);
  const theirs = baseTokens / cpuSeconds(process.cpuUsage(c0));
  rows.push({
    name: `recognition in-process (${(tokens / 1e6).toFixed(2)}M tokens, one core, CPU time)`, value: ours, unit: 'tokens/s',
    baseline: { name: `compromise (${Math.round(baseTokens / 1000)}k tokens)`, value: theirs },
    note: `wall clock: ${Math.round(oursWall).toLocaleString('en-US')} vs compromise ${Math.round(theirsWall).toLocaleString('en-US')} tokens/s`,
  });

  // accuracy, in-process, same scoring as eval-conll.mjs
  const gold = dev.map((d) => docInputFromConll(d).goldSpans);
  const devSegs = dev.map((d) => conllToSegmented(d));
  const pred = devSegs.map((s) => tagger.tag(s).map((t) => ({ start: t.start, end: t.end, type: TYPES.indexOf(t.label) })));
  const base = devSegs.map(compromiseSpans);
  const f = scoreSpans(gold, pred), fb = scoreSpans(gold, base);
  rows.push({ name: 'eng.testa PER/ORG/LOC F1 (tagger alone)', value: f.all.f, unit: 'F1', baseline: { name: 'compromise', value: fb.all.f }, note: `PER ${f.PER.f.toFixed(3)} ORG ${f.ORG.f.toFixed(3)} LOC ${f.LOC.f.toFixed(3)}` });

  // kg extract on the 216 documents, one process, start-up included
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-ner-'));
  try {
    const files = devSegs.map((s, i) => { const f = path.join(dir, `doc${String(i).padStart(4, '0')}.txt`); writeFileSync(f, s.article.text + '\n'); return f; });
    const devTokens = devSegs.reduce((a, s) => a + s.tokens.length, 0);
    // Through the launcher, as users (and ../shared/tools/eval-conll.mjs) run it; the first run builds the bundle.
    const kgRun = (args: string[]) => runMeasured(LAUNCHER, args, { cwd: ROOT });
    kgRun(['extract', '--help']);
    const script = writeCompromiseScript(dir, ROOT);
    // Pairs, alternating, so that load on the machine falls on both alike; medians reported,
    // wall time and CPU time of the whole process (all threads), which load inflates less.
    const kgRuns: MeasuredRun[] = [], cpRuns: MeasuredRun[] = [], startRuns: MeasuredRun[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const kg = kgRun(['extract', ...files, '--json']);
      if (kg.status !== 0) throw new Error(`bench ner: kg extract failed: ${kg.stderr.trim().split('\n').pop()}`);
      kgRuns.push(kg);
      const cp = runMeasured(script, files, { cwd: ROOT });
      if (cp.status !== 0) throw new Error(`bench ner: compromise baseline failed: ${cp.stderr.trim().split('\n').pop()}`);
      cpRuns.push(cp);
      startRuns.push(kgRun(['extract', files[0]!, '--json']));
    }
    const wall = (runs: MeasuredRun[]) => median(runs.map((r) => r.ms));
    const cpu = (runs: MeasuredRun[]) => median(runs.map((r) => r.cpuMs));
    const perSecond = (ms: number) => Math.round(devTokens / (ms / 1000)).toLocaleString('en-US');
    rows.push({ name: `kg extract, ${files.length} eng.testa docs, one process, wall (median of ${PAIRS})`, value: wall(kgRuns) / 1000, unit: 's', baseline: { name: 'compromise script, same files', value: wall(cpRuns) / 1000 }, note: `${perSecond(wall(kgRuns))} tokens/s incl. start-up, target ≥ 30,000 (compromise ${perSecond(wall(cpRuns))})` });
    rows.push({ name: `kg extract, ${files.length} eng.testa docs, one process, CPU time (median of ${PAIRS})`, value: cpu(kgRuns) / 1000, unit: 's', baseline: { name: 'compromise script, same files', value: cpu(cpRuns) / 1000 }, note: `${perSecond(cpu(kgRuns))} tokens per CPU second, all threads (compromise ${perSecond(cpu(cpRuns))})` });
    rows.push({ name: `kg extract, one eng.testa doc, one process (median of ${PAIRS})`, value: wall(startRuns), unit: 'ms', note: `CPU ${Math.round(cpu(startRuns))} ms; start-up: Node, the bundle, the models (recogniser, parser, relation classifier), gazetteer indexes` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchNer().then((rows) => {
    for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(r.value < 10 ? 3 : 0)} ${r.unit}${r.baseline ? ` | ${r.baseline.name}: ${r.baseline.value.toFixed(r.baseline.value < 10 ? 3 : 0)} ${r.unit}` : ''}${r.note ? ` (${r.note})` : ''}`);
  }, (e) => { console.error(String(e instanceof Error ? e.message : e)); process.exit(1); });
}
