// `kg path A B`: the shortest explanations of how two entities are linked,
// every hop with its relation and evidence sentence.
import { parseArgs, stringFlag, intFlag, timeWindowFlags } from '../args.ts';
import { checkDataDir } from '../data-dir.ts';
import { restrictToWindow } from '../../query/time-window.ts';
import { loadGraph } from '../../store/graph-file.ts';
import { UsageError } from '../../errors.ts';
import { resolveEntity, shortestPaths, pathLines, PATH_DEFAULTS } from '../../query/index.ts';

export const summary = 'shortest paths between two entities, each hop with evidence';
export const usage = `
usage: kg path NAME NAME [--max-hops N] [--max-paths N] [--json] [--since DATE] [--until DATE] [--data DIR]
  --since, --until   only what articles stated within the period (dates: 2022-07-14, 2022-07 or 2022)

  NAME          entity label, alias or surname; quote names with spaces
  --max-hops N  longest path searched (default ${PATH_DEFAULTS.maxHops}, at most ${PATH_DEFAULTS.maxHopsLimit})
  --max-paths N most tied paths shown (default ${PATH_DEFAULTS.maxPaths})
  --json        print JSON (paths, hops, relations, evidence)
  --data DIR    graph store (default graph-data)

Stated relations are preferred over co-occurrence; paths of equal cost are all shown.
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { since: null, until: null, 'max-hops': null, 'max-paths': null, data: null }, booleans: ['json'] }, 'path');
  if (args.positional.length !== 2) {
    throw new UsageError(`kg path: expected two entity names, got ${args.positional.length}; quote names with spaces: kg path "Dmytro Kuleba" "North Korea"`);
  }
  const maxHops = intFlag(args, 'max-hops', 'path', 1) ?? PATH_DEFAULTS.maxHops;
  if (maxHops > PATH_DEFAULTS.maxHopsLimit) throw new UsageError(`kg path: --max-hops expects at most ${PATH_DEFAULTS.maxHopsLimit}, got ${maxHops}`);
  const maxPaths = intFlag(args, 'max-paths', 'path', 1) ?? PATH_DEFAULTS.maxPaths;
  const graph = restrictToWindow(loadGraph(checkDataDir(stringFlag(args, 'data') ?? 'graph-data', 'path')), timeWindowFlags(args, 'path'));
  const from = resolveEntity(graph, args.positional[0]!);
  const to = resolveEntity(graph, args.positional[1]!);
  for (const [typed, hit] of [[args.positional[0]!, from], [args.positional[1]!, to]] as const) {
    if (!hit.alternatives.length) continue;
    const others = hit.alternatives.slice(0, 3).map((id) => graph.getNodeAttribute(id, 'label'));
    process.stderr.write(`kg path: "${typed}" also matches ${others.join(', ')}; using ${hit.label} (use the full name or the id to choose)\n`);
  }
  const result = shortestPaths(graph, from.id, to.id, { maxHops, maxPaths });
  if (args.flags.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return result.paths.length ? 0 : 1;
  }
  if (!result.paths.length) {
    process.stdout.write(`No connection between ${result.from.label} and ${result.to.label} within ${maxHops} hops (try --max-hops ${Math.min(maxHops + 2, PATH_DEFAULTS.maxHopsLimit)}).\n`);
    return 1;
  }
  const lines: string[] = [];
  result.paths.forEach((p, i) => { if (i) lines.push(''); lines.push(...pathLines(p, i, result.paths.length)); });
  if (result.truncated) lines.push('', `More paths of the same length exist (raise --max-paths).`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
