// `kg build [--data DIR]`: rebuild and lay out the graph from the stored analyses (no re-extraction).
import { buildGraph } from '../../graph/build.ts';
import { layoutGraph } from '../../graph/layout.ts';
import { acquireLock, commit, readAllAnalyses, readManifest } from '../../store/store.ts';
import { InputError } from '../../errors.ts';
import { parseArgs, intFlag } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'rebuild and lay out the graph from the stored analyses';
export const usage = `
usage: kg build [--data DIR] [--iterations N]
  --iterations  ForceAtlas2 iterations (default: chosen from the graph size)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, iterations: null } }, 'build');
  const dataDir = dataDirOf(args);
  const release = acquireLock(dataDir);
  try {
    const manifest = readManifest(dataDir);
    if (Object.keys(manifest.documents).length === 0) throw new InputError(`build: the store in ${dataDir} holds no articles; run \`kg ingest PATH --data ${dataDir}\``);
    const graph = buildGraph(readAllAnalyses(dataDir, manifest));
    layoutGraph(graph, { iterations: intFlag(args, 'iterations', 'build', 1) });
    commit(dataDir, manifest, graph);
    process.stdout.write(`built ${dataDir}/graph.json: ${graph.order} entities, ${graph.size} relations\n`);
  } finally {
    release();
  }
  return 0;
}
