// `kg build [--data DIR]`: rebuild and lay out the graph from the stored analyses (no re-extraction).
import { acquireLock } from '../../store/store.ts';
import { rebuildGraph } from '../../store/rebuild.ts';
import { parseArgs, intFlag, knowledgeFlag } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'rebuild and lay out the graph from the stored analyses';
export const usage = `
usage: kg build [--data DIR] [--iterations N] [--no-knowledge | --knowledge]
  --iterations    ForceAtlas2 iterations (default: chosen from the graph size)
  --no-knowledge  leave world knowledge the articles do not state (gazetteer containment)
                  out of the graph, for this and later builds; --knowledge puts it back
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, iterations: null }, booleans: ['knowledge', 'no-knowledge'] }, 'build');
  const dataDir = dataDirOf(args, 'build');
  const release = acquireLock(dataDir);
  try {
    const graph = rebuildGraph(dataDir, { iterations: intFlag(args, 'iterations', 'build', 1), knowledge: knowledgeFlag(args, 'build') });
    process.stdout.write(`built ${dataDir}/graph.json: ${graph.order} entities, ${graph.size} relations\n`);
  } finally {
    release();
  }
  return 0;
}
