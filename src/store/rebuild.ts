// Rebuild the graph from what the store holds (analyses + user corrections),
// lay it out and commit. Used by `kg build`, `kg merge` and `kg split`: no article
// is re-analysed.
import type { KnowledgeGraph } from '../types.ts';
import { InputError } from '../errors.ts';
import { buildGraphInTwoPasses } from '../graph/build.ts';
import { layoutGraph } from '../graph/layout.ts';
import { layoutIncrementally, needsFullLayout, type LayoutState } from '../graph/incremental-layout.ts';
import { readLayoutState, writeLayoutState } from './layout-file.ts';
import { commit, readCorrections, readManifest, type Manifest } from './store.ts';
import { StoredAnalyses } from './stored-analyses.ts';

export interface BuildOptions {
  /** ForceAtlas2 iterations of a full layout (giving them asks for one). */
  iterations?: number;
  /** Lay the whole graph out afresh instead of placing only what is new (`kg build --relayout`). */
  relayout?: boolean;
  /** Analyses the caller already holds, e.g. those just made; the rest are read from the store. Released once the graph is built. */
  held?: StoredAnalyses;
}

/** Build the graph of the articles `manifest` names, lay it out, and commit both. */
export function buildAndCommit(dataDir: string, manifest: Manifest, options: BuildOptions = {}): KnowledgeGraph {
  const laidOut = buildLaidOut(dataDir, manifest, options);
  commitGraph(dataDir, manifest, laidOut);
  return laidOut.graph;
}

/** A built graph with its positions, and what the layout file keeps about them. */
export interface LaidOut {
  graph: KnowledgeGraph;
  layout: Omit<LayoutState, 'positions'>;
}

/** The laid-out graph of the articles `manifest` names, not committed yet. */
export function buildLaidOut(dataDir: string, manifest: Manifest, options: BuildOptions = {}): LaidOut {
  const analyses = options.held ?? new StoredAnalyses(dataDir);
  const graph = buildGraphInTwoPasses(analyses.inIdOrder(manifest), readCorrections(dataDir), { knowledge: manifest.knowledge !== false });
  analyses.release();
  // Incremental unless asked otherwise or the change is large (graph/incremental-layout.ts states the rule).
  const previous = options.relayout || options.iterations !== undefined ? null : readLayoutState(dataDir);
  const layout = previous && !needsFullLayout(graph, previous)
    ? layoutIncrementally(graph, previous).state
    : { scale: layoutGraph(graph, { iterations: options.iterations }).scale, placedSince: 0 };
  return { graph, layout };
}

/** Commit a graph built from `manifest`, and the manifest with its size; then its layout state. */
export function commitGraph(dataDir: string, manifest: Manifest, { graph, layout }: LaidOut): void {
  commit(dataDir, { ...manifest, graph: { nodes: graph.order, edges: graph.size } }, graph);
  // After the commit: a run stopped before it leaves the positions of the graph still committed.
  writeLayoutState(dataDir, graph, layout);
}

/** `knowledge`, when given, switches world-knowledge relations on or off for this and later builds. */
export function rebuildGraph(dataDir: string, options: { iterations?: number; relayout?: boolean; knowledge?: boolean } = {}): KnowledgeGraph {
  const manifest = withKnowledge(readManifest(dataDir), options.knowledge);
  if (Object.keys(manifest.documents).length === 0) {
    throw new InputError(`store: ${dataDir} holds no articles; run \`kg ingest PATH --data ${dataDir}\``);
  }
  return buildAndCommit(dataDir, manifest, options);
}

/** The manifest with the knowledge switch set as asked (unchanged when not asked). */
export function withKnowledge(manifest: Manifest, knowledge: boolean | undefined): Manifest {
  if (knowledge === undefined) return manifest;
  const { knowledge: _old, ...rest } = manifest;
  return knowledge ? rest : { ...rest, knowledge: false };
}
