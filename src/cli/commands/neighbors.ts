// `kg neighbors NAME`: every relation of one entity with its evidence sentence,
// stated relations first.
import { parseArgs, stringFlag, intFlag, timeWindowFlags } from '../args.ts';
import { checkDataDir } from '../data-dir.ts';
import { restrictToWindow } from '../../query/time-window.ts';
import { loadGraph } from '../../store/graph-file.ts';
import { UsageError } from '../../errors.ts';
import { RELATION_KINDS, type RelationKind } from '../../types.ts';
import { neighborhood, resolveEntity, relationLines } from '../../query/index.ts';

export const summary = 'list the relations of one entity, with evidence';
export const usage = `
usage: kg neighbors NAME [--kind K] [--limit N] [--json] [--since DATE] [--until DATE] [--data DIR]
  --since, --until   only what articles stated within the period (dates: 2022-07-14, 2022-07 or 2022)

  NAME        entity label, alias or surname (case and accents ignored)
  --kind K    only relations of kind ${RELATION_KINDS.join('|')}
  --limit N   at most N relations (default: all)
  --json      print JSON (entity, neighbours, relations with evidence)
  --data DIR  graph store (default graph-data)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { since: null, until: null, kind: null, limit: null, data: null }, booleans: ['json'] }, 'neighbors');
  const name = args.positional.join(' ').trim();
  if (!name) throw new UsageError('kg neighbors: expected an entity name, e.g. `kg neighbors "Dmytro Kuleba"`');
  const kind = stringFlag(args, 'kind');
  if (kind && !(RELATION_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`kg neighbors: --kind expects one of ${RELATION_KINDS.join(', ')}, got "${kind}"`);
  }
  const limit = intFlag(args, 'limit', 'neighbors', 1);
  const graph = restrictToWindow(loadGraph(checkDataDir(stringFlag(args, 'data') ?? 'graph-data', 'neighbors')), timeWindowFlags(args, 'neighbors'));
  const hit = resolveEntity(graph, name);
  const n = neighborhood(graph, hit.id, { kind: kind as RelationKind | undefined, limit });
  if (args.flags.json) {
    process.stdout.write(JSON.stringify({ ...n, match: hit.match, alternatives: hit.alternatives }, null, 2) + '\n');
    return 0;
  }
  if (hit.alternatives.length) {
    const others = hit.alternatives.slice(0, 3).map((id) => graph.getNodeAttribute(id, 'label'));
    process.stderr.write(`kg neighbors: "${name}" also matches ${others.join(', ')}; showing ${hit.label} (use the full name or the id to choose)\n`);
  }
  const lines = [`${n.entity.label} (${n.entity.type}): ${n.total} relation${n.total === 1 ? '' : 's'}${kind ? ` of kind ${kind}` : ''} with ${n.neighbors.length} entit${n.neighbors.length === 1 ? 'y' : 'ies'}`];
  for (const r of n.relations) lines.push(...relationLines(r));
  if (n.total > n.relations.length) lines.push(`  ... ${n.total - n.relations.length} more (raise --limit)`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
