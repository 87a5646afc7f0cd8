// `kg merges [NAME] [--json]`: why names were joined into one entity.
import { loadGraph } from '../../store/graph-file.ts';
import { resolveEntity } from '../../query/index.ts';
import { readCorrections } from '../../store/store.ts';
import { parseArgs } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'list the merges behind each entity (within and across articles, and yours)';
export const usage = `
usage: kg merges [NAME] [--json] [--data DIR]
  NAME    only this entity (by name or alias)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null }, booleans: ['json'] }, 'merges');
  const dataDir = dataDirOf(args);
  const graph = loadGraph(dataDir);
  const nodes = args.positional.length ? [resolveEntity(graph, args.positional.join(' ')).id] : graph.nodes().sort();
  const rows = nodes
    .map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), merges: graph.getNodeAttribute(id, 'merges') ?? [] }))
    .filter((r) => r.merges.length || args.positional.length);
  if (args.flags.json) {
    process.stdout.write(JSON.stringify({ entities: rows, corrections: readCorrections(dataDir) }) + '\n');
    return 0;
  }
  if (!rows.length) { process.stdout.write('no merges recorded\n'); return 0; }
  const lines: string[] = [];
  for (const r of rows) {
    lines.push(`${r.label} [${r.id}]`);
    if (!r.merges.length) lines.push('  (no merges)');
    for (const m of r.merges) lines.push(`  "${m.alias}" — ${m.rule}${m.detail ? ` (${m.detail})` : ''}${m.doc ? ` in ${m.doc}` : ''}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
