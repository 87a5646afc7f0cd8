// The store's graph.json as the server reads it: through the store's own
// reader (read in parts when big, shape checked), with node keys that
// graphology cannot hold (`__proto__`, `constructor`...) renamed first
// (src/graph/open/safe-keys.ts), so a graph file edited by hand or written by
// another tool cannot crash `kg serve`.
import type { KnowledgeGraph } from '../types.ts';
import { graphFromJSON, graphPath, loadGraph, readGraphJson } from '../store/graph-file.ts';
import { withSafeNodeKeys } from '../graph/open/safe-keys.ts';

/** Parsed graph JSON into a graph, unsafe node keys renamed. */
export function safeGraphFromJSON(data: unknown, source?: string, remedy?: string): KnowledgeGraph {
  return graphFromJSON(withSafeNodeKeys(data), source, remedy);
}

/** The graph of a store folder; a missing or unreadable file fails with the store's own message. */
export function loadStoreGraph(dataDir: string): KnowledgeGraph {
  const file = graphPath(dataDir);
  let data: unknown;
  try {
    data = readGraphJson(file);
  } catch {
    return loadGraph(dataDir); // throws the store's message (no graph yet, not JSON...)
  }
  return safeGraphFromJSON(data, file, `rebuild it from the store with \`kg build --data ${dataDir}\``);
}

/** The same for a reload while serving; any failure throws (the caller keeps the previous graph). */
export async function reloadStoreGraph(file: string): Promise<KnowledgeGraph> {
  return safeGraphFromJSON(readGraphJson(file), file);
}
