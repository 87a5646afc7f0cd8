// Parser benchmark: tagging + parsing throughput in-process on one core (CPU
// time, >= 250k words of the UD English EWT development split), next to the
// entity recogniser on the same text in the same run; model load time; `kg
// parse` of the development split as one process (start-up and model load
// included); and the development split's UPOS/UAS/LAS as eval-ud.mjs counts them.
// Run alone: npx tsx src/bench/parse.ts
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.ts';
import { segment } from '../pipeline/segment.ts';
import { loadTagger } from '../pipeline/ner/index.ts';
import { parseConllu } from '../pipeline/parse/conllu.ts';
import { DEFAULT_PARSER_MODEL_PATH } from '../pipeline/parse/index.ts';
import { decodeModel } from '../pipeline/parse/model.ts';
import { DependencyParser } from '../pipeline/parse/parser.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEV = path.resolve(ROOT, '../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu');
const MIN_WORDS = 250_000;

const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

export async function benchParse(): Promise<BenchRow[]> {
  if (!existsSync(DEV)) throw new Error(`bench parse: ${DEV} is missing; the benchmark needs UD English EWT in ../shared/data/ud-english-ewt`);
  const rows: BenchRow[] = [];
  const sents = parseConllu(readFileSync(DEV, 'utf8'), DEV).map((s) => s.words.map((w) => w.form));
  const devWords = sents.reduce((n, s) => n + s.length, 0);

  const bytes = readFileSync(DEFAULT_PARSER_MODEL_PATH);
  let t0 = performance.now();
  const l0 = process.cpuUsage();
  const parser = new DependencyParser(decodeModel(bytes));
  const loadCpu = cpuSeconds(process.cpuUsage(l0)) * 1000;
  rows.push({ name: 'parser model load (read excluded, decode + tables), CPU time', value: loadCpu, unit: 'ms', note: `${(bytes.length / 1e6).toFixed(2)} MB model file; wall ${Math.round(performance.now() - t0)} ms` });

  // the recogniser on the same sentences, as documents of ~20 sentences (its unit of work)
  const ner = loadTagger();
  const docs = [];
  for (let i = 0; i < sents.length; i += 20) {
    const text = sents.slice(i, i + 20).map((s) => s.join(' ')).join('\n');
    docs.push(segment({ id: `d${i}`, title: null, source: 'bench', text }));
  }
  for (const s of sents.slice(0, 200)) parser.parseWords(s); // warm-up
  for (const d of docs.slice(0, 10)) ner.tag(d);
  let words = 0;
  let c0 = process.cpuUsage();
  t0 = performance.now();
  while (words < MIN_WORDS) for (const s of sents) { parser.parseWords(s); words += s.length; }
  const wall = words / ((performance.now() - t0) / 1000);
  const ours = words / cpuSeconds(process.cpuUsage(c0));
  let tokens = 0;
  c0 = process.cpuUsage();
  while (tokens < MIN_WORDS) for (const d of docs) { ner.tag(d); tokens += d.tokens.length; }
  const nerRate = tokens / cpuSeconds(process.cpuUsage(c0));
  rows.push({
    name: `tag + parse in-process (${Math.round(words / 1000)}k EWT dev words, one core, CPU time)`, value: ours, unit: 'words/s',
    baseline: { name: 'entity recogniser, same text', value: nerRate },
    note: `wall clock ${Math.round(wall).toLocaleString('en-US')} words/s`,
  });

  // accuracy as eval-ud.mjs counts it: every word, relation compared on its universal part
  const gold = parseConllu(readFileSync(DEV, 'utf8'), DEV);
  let upos = 0, uas = 0, las = 0;
  for (const s of gold) {
    const r = parser.parseWords(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      if (r[i]!.upos === w.upos) upos++;
      if (r[i]!.head + 1 === w.head) { uas++; if (r[i]!.deprel.split(':')[0] === w.deprel.split(':')[0]) las++; }
    });
  }
  rows.push({ name: 'EWT dev LAS (predicted tags)', value: las / devWords, unit: 'LAS', note: `UPOS ${(upos / devWords).toFixed(4)}, UAS ${(uas / devWords).toFixed(4)}, LAS ${(las / devWords).toFixed(4)}` });

  // whole process, as eval-ud.mjs runs it (the launcher's bundle is built on the first run, which is not counted);
  // the process's CPU time too, through /usr/bin/time when the machine has it (wall time on a busy machine says little)
  const timeTool = existsSync('/usr/bin/time');
  const run = () => {
    const t = performance.now();
    const cmd = [path.join(ROOT, 'src/cli/launch.mjs'), 'parse', DEV];
    const r = timeTool
      ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...cmd], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, cmd, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`bench parse: kg parse failed: ${(r.stderr ?? '').trim().split('\n').pop()}`);
    const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
    return { ms: performance.now() - t, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
  };
  run();
  const runs = [run(), run(), run()];
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[1]!, cpu = runs.map((r) => r.cpu).sort((a, b) => a - b)[1]!;
  rows.push({
    name: `kg parse of the EWT dev split (${devWords} words), one process, median of 3`, value: devWords / (ms / 1000), unit: 'words/s',
    note: `${(ms / 1000).toFixed(2)} s wall incl. start-up and model load${Number.isFinite(cpu) ? `; ${cpu.toFixed(2)} s CPU = ${Math.round(devWords / cpu).toLocaleString('en-US')} words per CPU second` : ''}`,
  });
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchParse().then((rows) => {
    for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(r.value < 10 ? 4 : 0)} ${r.unit}${r.baseline ? ` | ${r.baseline.name}: ${r.baseline.value.toFixed(0)} ${r.unit}` : ''}${r.note ? ` (${r.note})` : ''}`);
  }, (e) => { console.error(String(e instanceof Error ? e.message : e)); process.exit(1); });
}
