// Writes a KnowledgeGraph back to a file the open module (and Gephi) can read:
// the viewer's "download" buttons use it, and tests use it for round trips.
// GEXF is the project's own 1.3 writer (the same as `kg export --format gexf`);
// structured values (evidence) travel as JSON strings and article titles with
// the entities, and normalize.ts turns them back on the way in.
import { gexfChunks } from '../../export/gexf.ts';
import { collect } from '../../export/chunks.ts';
import type { KnowledgeGraph } from '../../types.ts';

/** GEXF 1.3 by the project's writer (src/export/gexf.ts: valid, streamed, article titles kept). */
export function toGexf(graph: KnowledgeGraph, note?: string): string {
  return collect(gexfChunks(graph, { version: '1.3', note }));
}

export function toJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}
