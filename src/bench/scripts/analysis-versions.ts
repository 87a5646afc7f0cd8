// Two versions of the analysis in one process, one thread: each checkout's own pipeline (its
// modules and models) analyses the same articles in turn, pass after pass, so that both meet the
// same load on a shared machine; prints each pass's CPU time, the medians after the first pass
// (the first pays the compiler) and whether the two printed the same JSON. For a change that
// should make the analysis cheaper without changing what it prints.
// usage: tsx src/bench/scripts/analysis-versions.ts OLD_CHECKOUT NEW_CHECKOUT FILE... [--rounds N]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from '../median.ts';

type Analyze = typeof import('../../pipeline/analyze.ts');
type ReadFile = typeof import('../../store/read-article-file.ts');

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 6;
const [oldDir, newDir, ...files] = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
if (!oldDir || !newDir || !files.length || !(rounds >= 2)) {
  console.error('usage: tsx src/bench/scripts/analysis-versions.ts OLD_CHECKOUT NEW_CHECKOUT FILE... [--rounds N (at least 2)]');
  process.exit(2);
}

async function version(dir: string) {
  const from = (p: string) => pathToFileURL(path.resolve(dir, p)).href;
  const analyze = await import(from('src/pipeline/analyze.ts')) as Analyze;
  const read = await import(from('src/store/read-article-file.ts')) as ReadFile;
  const stages = await analyze.loadStages();
  const articles = files.map((f) => read.readArticleFile(f, {}));
  return () => {
    let out = '';
    for (const a of articles) out += JSON.stringify(analyze.analyzeArticle(a, stages)) + '\n';
    return out;
  };
}

const versions = [['old', await version(oldDir)], ['new', await version(newDir)]] as const;
const cpu: Record<string, number[]> = { old: [], new: [] };
for (let r = 0; r < rounds; r++) {
  const printed: string[] = [];
  for (const [name, pass] of versions) {
    const c0 = process.cpuUsage();
    printed.push(pass());
    const c = process.cpuUsage(c0);
    cpu[name]!.push((c.user + c.system) / 1000);
  }
  console.log(`pass ${r + 1}: old ${cpu.old![r]!.toFixed(0)} ms, new ${cpu.new![r]!.toFixed(0)} ms of CPU, same output: ${printed[0] === printed[1]}`);
}
const warm = (x: number[]) => median(x.slice(1)).toFixed(0);
console.log(`median of passes 2-${rounds}: old ${warm(cpu.old!)} ms, new ${warm(cpu.new!)} ms of CPU (${files.length} files)`);
