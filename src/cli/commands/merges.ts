// `kg merges [NAME] [--json]`: why names were joined into one entity.
// `kg merges --suggest [NAME] [--limit N] [--json]`: pairs that may be one entity, for you to confirm.
import { loadGraph } from '../../store/graph-file.ts';
import { resolveEntity, suggestMerges } from '../../query/index.ts';
import { readCorrections } from '../../store/store.ts';
import type { KnowledgeGraph } from '../../types.ts';
import { intFlag, parseArgs, type ParsedArgs } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'list the merges behind each entity (within and across articles, and yours); --suggest: likely duplicates';
export const usage = `
usage: kg merges [NAME] [--json] [--data DIR]
       kg merges --suggest [NAME] [--limit N] [--json] [--data DIR]
  NAME       only this entity (by name or alias)
  --suggest  pairs of entities that may be one, ranked, with the evidence for and against;
             accept one with the kg merge command printed under it
  --limit N  at most N suggestions (default 50)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, limit: null }, booleans: ['json', 'suggest'] }, 'merges');
  const dataDir = dataDirOf(args, 'merges');
  const graph = loadGraph(dataDir);
  if (args.flags.suggest) return printSuggestions(graph, args);
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

function printSuggestions(graph: KnowledgeGraph, args: ParsedArgs): number {
  const limit = intFlag(args, 'limit', 'merges', 1) ?? 50;
  const node = args.positional.length ? resolveEntity(graph, args.positional.join(' ')).id : undefined;
  const suggestions = suggestMerges(graph, { limit, node });
  if (args.flags.json) {
    process.stdout.write(JSON.stringify({ suggestions }) + '\n');
    return 0;
  }
  if (!suggestions.length) { process.stdout.write('no likely duplicates\n'); return 0; }
  const lines: string[] = [];
  for (const s of suggestions) {
    lines.push(`${s.score.toFixed(2)}  ${s.from.label} [${s.from.id}]  ->  ${s.into.label} [${s.into.id}]  (${s.rule})`);
    for (const f of s.for) lines.push(`      + ${f}`);
    for (const a of s.against) lines.push(`      - ${a}`);
    lines.push(`      accept: ${s.command}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
