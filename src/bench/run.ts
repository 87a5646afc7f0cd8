// `npm run bench`: run every benchmark suite (seeded) and print one table, each
// line next to the baseline measured in the same run. `npm run bench -- ner export`
// runs only the named suites; `--json` prints the rows as JSON.
import { LOWER_IS_BETTER, type BenchRow } from './types.ts';
import { KgError } from '../errors.ts';

const SUITES: Record<string, { module: string; fn: string }> = {
  ner: { module: './ner.ts', fn: 'benchNer' },
  parse: { module: './parse.ts', fn: 'benchParse' },
  ingest: { module: './ingest.ts', fn: 'benchIngest' },
  scale: { module: './scale.ts', fn: 'benchScale' },
  layout: { module: './layout.ts', fn: 'benchLayout' },
  export: { module: './export.ts', fn: 'benchExport' },
  query: { module: './query.ts', fn: 'benchQuery' },
  relate: { module: './relate.ts', fn: 'benchRelate' },
  viewer: { module: './viewer.ts', fn: 'benchViewer' },
  starvation: { module: './starvation.ts', fn: 'benchStarvation' },
};

function ratioOf(row: BenchRow): number | undefined {
  if (row.ratio !== undefined) return row.ratio;
  if (!row.baseline || !row.baseline.value || !row.value) return undefined;
  return LOWER_IS_BETTER.has(row.unit) ? row.baseline.value / row.value : row.value / row.baseline.value;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const wanted = argv.filter((a) => !a.startsWith('--'));
  const unknown = wanted.filter((w) => !(w in SUITES));
  if (unknown.length) {
    process.stderr.write(`bench: unknown suite(s) ${unknown.join(', ')}; suites: ${Object.keys(SUITES).join(', ')}\n`);
    process.exit(64);
  }
  const rows: Array<BenchRow & { suite: string }> = [];
  for (const [suite, { module, fn }] of Object.entries(SUITES)) {
    if (wanted.length && !wanted.includes(suite)) continue;
    let mod: Record<string, unknown>;
    try {
      mod = await import(module);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(module.slice(2))) {
        process.stderr.write(`bench: suite ${suite} is not available (${module} missing)\n`);
        continue;
      }
      throw e;
    }
    process.stderr.write(`bench: running ${suite}...\n`);
    const run = mod[fn] as () => Promise<BenchRow[]>;
    for (const row of await run()) rows.push({ suite, ...row });
  }
  if (json) { process.stdout.write(JSON.stringify(rows, null, 2) + '\n'); return; }
  const table = rows.map((r) => {
    const ratio = ratioOf(r);
    return [r.suite, r.name, `${fmt(r.value)} ${r.unit}`, r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '', ratio ? `${ratio.toFixed(2)}×` : '', r.note ?? ''];
  });
  const head = ['suite', 'measure', 'value', 'baseline (same run)', 'ratio', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  process.stdout.write([line(head), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n') + '\n');
  process.stdout.write('ratio > 1 means faster/smaller than the baseline.\n');
}

main().catch((e) => {
  // A user's problem (missing data, bad arguments) is one line; anything else is a bug and keeps its stack.
  if (e instanceof KgError) { process.stderr.write(`${e.message}\n`); process.exit(e.exitCode); }
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
