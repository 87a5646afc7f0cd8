// `kg entities [QUERY]`: list or search the entities of the graph.
import { parseArgs, stringFlag, intFlag, timeWindowFlags } from '../args.ts';
import { checkDataDir } from '../data-dir.ts';
import { restrictToWindow } from '../../query/time-window.ts';
import { loadGraph } from '../../store/graph-file.ts';
import { UsageError } from '../../errors.ts';
import { ENTITY_TYPES, type EntityType } from '../../types.ts';
import { findEntities } from '../../query/index.ts';

export const summary = 'list or search entities by name and type';
export const usage = `
usage: kg entities [QUERY] [--type T] [--limit N] [--json] [--since DATE] [--until DATE] [--data DIR]
  --since, --until   only what articles stated within the period (dates: 2022-07-14, 2022-07 or 2022)

  QUERY       part of a name (case and accents ignored; close spellings match too)
  --type T    only entities of type ${ENTITY_TYPES.join('|')}
  --limit N   at most N entities (default 50)
  --json      print JSON
  --data DIR  graph store (default graph-data)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { since: null, until: null, type: null, limit: null, data: null }, booleans: ['json'] }, 'entities');
  const type = stringFlag(args, 'type');
  if (type && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`kg entities: --type expects one of ${ENTITY_TYPES.join(', ')}, got "${type}"`);
  }
  const limit = intFlag(args, 'limit', 'entities', 1) ?? 50;
  const query = args.positional.join(' ').trim() || undefined;
  const graph = restrictToWindow(loadGraph(checkDataDir(stringFlag(args, 'data') ?? 'graph-data', 'entities')), timeWindowFlags(args, 'entities'));
  const all = findEntities(graph, query, { type: type as EntityType | undefined });
  const matches = query ? all.filter((m) => m.score > 0) : all;
  const shown = matches.slice(0, limit);
  if (args.flags.json) {
    process.stdout.write(JSON.stringify({ query: query ?? null, type: type ?? null, total: matches.length, entities: shown }, null, 2) + '\n');
    return 0;
  }
  if (!shown.length) {
    process.stdout.write(query ? `No entity matches "${query}"${type ? ` of type ${type}` : ''}.\n` : 'The graph has no entities.\n');
    return query ? 1 : 0;
  }
  const width = Math.min(40, Math.max(...shown.map((m) => m.label.length)));
  const lines = shown.map((m) => `${m.label.padEnd(width)}  ${m.type.padEnd(12)}  ${String(m.mentions).padStart(4)} mention${m.mentions === 1 ? ' ' : 's'}  ${m.documents} doc${m.documents === 1 ? '' : 's'}  [${m.id}]`);
  if (matches.length > shown.length) lines.push(`... ${matches.length - shown.length} more (raise --limit)`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
