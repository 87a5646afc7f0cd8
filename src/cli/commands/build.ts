// `kg build [--data DIR]`: rebuild and lay out the graph from the stored analyses (no re-extraction).
import { acquireLock } from '../../store/store.ts';
import { rebuildGraph } from '../../store/rebuild.ts';
import { parseArgs, intFlag, knowledgeFlag } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'rebuild and lay out the graph from the stored analyses';
export const usage = `
usage: kg build [--data DIR] [--relayout] [--iterations N] [--no-knowledge | --knowledge]
  --relayout      lay the whole graph out afresh; by default entities already placed keep
                  their positions and only new ones are placed, next to their neighbours
                  (a full layout happens anyway once entities placed that way since the
                  last one exceed 20% of the graph)
  --iterations    ForceAtlas2 iterations of a full layout (implies --relayout; default:
                  chosen from the graph size)
  --no-knowledge  leave world knowledge the articles do not state (gazetteer containment)
                  out of the graph, for this and later builds; --knowledge puts it back
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, iterations: null }, booleans: ['knowledge', 'no-knowledge', 'relayout'] }, 'build');
  const dataDir = dataDirOf(args, 'build');
  const release = acquireLock(dataDir);
  try {
    const graph = rebuildGraph(dataDir, { iterations: intFlag(args, 'iterations', 'build', 1), relayout: Boolean(args.flags.relayout), knowledge: knowledgeFlag(args, 'build') });
    process.stdout.write(`built ${dataDir}/graph.json: ${graph.order} entities, ${graph.size} relations\n`);
  } finally {
    release();
  }
  return 0;
}
