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
import { withoutOptimizingCompiler } from './optimizing-compiler.ts';

export interface BuildOptions {
  /** ForceAtlas2 iterations of a full layout (giving them asks for one). */
  iterations?: number;
  /** Lay the whole graph out afresh instead of placing only what is new (`kg build --relayout`). */
  relayout?: boolean;
  /** Analyses the caller already holds, e.g. those just made; the rest are read from the store. Released once the graph is built. */
  held?: StoredAnalyses;
  /**
   * The process runs nothing else meanwhile (the ingest command): a build short for
   * this store (SHORT_BUILD_CHARS) runs without V8's optimising compiler.
   */
  spareCompiler?: boolean;
}

/**
 * Up to this many characters of article text in all, the build runs without V8's
 * optimising compiler when the caller allows it (see optimizing-compiler.ts): its work
 * grows with the text, TurboFan's compilations do not. Measured (CPU of the graph
 * phase in `npx tsx src/bench/scripts/graph-phase.ts`, medians of 3-5 runs, 10 articles
 * added): 1,162 CoNLL-2003 documents (1.4 M characters) 1,188 -> 948 ms; 2,000
 * synthetic articles (3.2 M) 1,604 -> 1,605 ms; 10,000 (16 M) 7.0 -> 8.1 s. The
 * layout and the writing gained nothing measurable without it, so they keep it.
 */
export const SHORT_BUILD_CHARS = 2_000_000;

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
  const build = () => buildGraphInTwoPasses(analyses.inIdOrder(manifest), readCorrections(dataDir), { knowledge: manifest.knowledge !== false });
  const graph = options.spareCompiler && isShortBuild(manifest) ? withoutOptimizingCompiler(build) : build();
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

/** Whether the build of the articles `manifest` names is short (SHORT_BUILD_CHARS of text in all at most). */
export function isShortBuild(manifest: Manifest): boolean {
  let chars = 0;
  for (const id in manifest.documents) chars += manifest.documents[id]!.chars;
  return chars <= SHORT_BUILD_CHARS;
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
