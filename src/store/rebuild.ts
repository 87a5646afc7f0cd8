// Rebuild the graph from what the store holds (analyses + user corrections),
// lay it out and commit. Used by `kg build`, `kg merge` and `kg split`: no article
// is re-analysed.
import type { KnowledgeGraph } from '../types.ts';
import { InputError } from '../errors.ts';
import { buildGraph } from '../graph/build.ts';
import { layoutGraph } from '../graph/layout.ts';
import { commit, readAllAnalyses, readCorrections, readManifest, type Manifest } from './store.ts';

/** Build the graph of the articles `manifest` names, lay it out, and commit both. */
export function buildAndCommit(dataDir: string, manifest: Manifest, options: { iterations?: number } = {}): KnowledgeGraph {
  const graph = buildGraph(readAllAnalyses(dataDir, manifest), readCorrections(dataDir));
  layoutGraph(graph, { iterations: options.iterations });
  commit(dataDir, { ...manifest, graph: { nodes: graph.order, edges: graph.size } }, graph);
  return graph;
}

export function rebuildGraph(dataDir: string, options: { iterations?: number } = {}): KnowledgeGraph {
  const manifest = readManifest(dataDir);
  if (Object.keys(manifest.documents).length === 0) {
    throw new InputError(`store: ${dataDir} holds no articles; run \`kg ingest PATH --data ${dataDir}\``);
  }
  return buildAndCommit(dataDir, manifest, options);
}
