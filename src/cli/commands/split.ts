// `kg split NAME`: undo merges into an entity: your own `kg merge` into it, or,
// when there is none, keep each article's mention of it apart.
import { loadGraph } from '../../store/graph-file.ts';
import { resolveEntity } from '../../query/index.ts';
import { acquireLock, readCorrections, writeCorrections } from '../../store/store.ts';
import { rebuildGraph } from '../../store/rebuild.ts';
import { UsageError } from '../../errors.ts';
import { parseArgs } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'split an entity: undo merges into it (a correction kept across re-ingestion)';
export const usage = `
usage: kg split NAME [--data DIR]
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null } }, 'split');
  if (args.positional.length === 0) throw new UsageError('split: expected an entity name, e.g. kg split "John Smith"');
  const dataDir = dataDirOf(args);
  const release = acquireLock(dataDir);
  try {
    const graph = loadGraph(dataDir);
    const target = resolveEntity(graph, args.positional.join(' '));
    const corrections = readCorrections(dataDir);
    const userMerges = corrections.merges.filter((m) => m.into === target.id);
    let what: string;
    if (userMerges.length) {
      corrections.merges = corrections.merges.filter((m) => m.into !== target.id);
      what = `undid ${userMerges.length} merge(s) into ${target.label}: ${userMerges.map((m) => m.from).join(', ')}`;
    } else {
      const base = target.id.replace(/(~\d+|@[0-9a-f]+)$/, '');
      if (corrections.splits.some((s) => s.node === base)) throw new UsageError(`split: ${target.label} is already split`);
      if ((graph.getNodeAttribute(target.id, 'documents') ?? []).length < 2 && !(graph.getNodeAttribute(target.id, 'merges') ?? []).some((m) => m.rule.includes('across'))) {
        throw new UsageError(`split: ${target.label} comes from one article and no merge across articles; nothing to split`);
      }
      corrections.splits.push({ node: base, at: new Date().toISOString() });
      what = `kept every article's ${target.label} apart`;
    }
    writeCorrections(dataDir, corrections);
    const rebuilt = rebuildGraph(dataDir);
    process.stdout.write(`${what}; graph: ${rebuilt.order} entities, ${rebuilt.size} relations\n`);
  } finally {
    release();
  }
  return 0;
}
