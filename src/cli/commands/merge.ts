// `kg merge A B`: record that A is the same entity as B; survives re-ingestion.
import { loadGraph } from '../../store/graph-file.ts';
import { resolveEntity } from '../../query/index.ts';
import { acquireLock, readCorrections, writeCorrections } from '../../store/store.ts';
import { rebuildGraph } from '../../store/rebuild.ts';
import { UsageError } from '../../errors.ts';
import { parseArgs } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'merge entity A into entity B (a correction kept across re-ingestion)';
export const usage = `
usage: kg merge A B [--data DIR]
  A, B    names, aliases or ids; quote names with spaces
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null } }, 'merge');
  if (args.positional.length !== 2) throw new UsageError('merge: expected two entities, e.g. kg merge "Kiev" "Kyiv"');
  const dataDir = dataDirOf(args);
  const release = acquireLock(dataDir);
  try {
    const graph = loadGraph(dataDir);
    const from = resolveEntity(graph, args.positional[0]!);
    const into = resolveEntity(graph, args.positional[1]!);
    if (from.id === into.id) throw new UsageError(`merge: "${args.positional[0]}" and "${args.positional[1]}" are already one entity (${into.label})`);
    const corrections = readCorrections(dataDir);
    corrections.merges = corrections.merges.filter((m) => m.from !== from.id);
    corrections.merges.push({ from: from.id, into: into.id, at: new Date().toISOString() });
    writeCorrections(dataDir, corrections);
    const rebuilt = rebuildGraph(dataDir);
    process.stdout.write(`merged ${from.label} [${from.id}] into ${into.label} [${into.id}]; graph: ${rebuilt.order} entities, ${rebuilt.size} relations\n`);
  } finally {
    release();
  }
  return 0;
}
