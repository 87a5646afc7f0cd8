// Every export format by name: which files it writes and the generator that
// produces each file's text. Writers are pure (graph in, string pieces out);
// the CLI and the server stream the pieces to a file, stdout or a response.
import type { KnowledgeGraph } from '../types.ts';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { jsonChunks } from './json.ts';
import { csvEdgeChunks, csvNodeChunks, neo4jImportNote, neo4jNodeChunks, neo4jRelationshipChunks } from './csv.ts';
import { cypherChunks } from './cypher.ts';

export { gexfChunks, type GexfVersion, type GexfOptions } from './gexf.ts';
export { graphmlChunks } from './graphml.ts';
export { jsonChunks } from './json.ts';
export { csvNodeChunks, csvEdgeChunks, neo4jNodeChunks, neo4jRelationshipChunks, csvField, csvRow } from './csv.ts';
export { cypherChunks, cypherString } from './cypher.ts';
export { batched, collect } from './chunks.ts';
export { escapeAttr, escapeText, dropInvalidXmlChars } from './xml.ts';

export interface ExportOptions {
  /** Time as GEXF dynamics (formats with `dynamic: true` only). */
  dynamic?: boolean;
}

export interface ExportFile {
  /** File name inside the output folder for multi-file formats; the suggested extension otherwise. */
  name: string;
  chunks(graph: KnowledgeGraph, options?: ExportOptions): Iterable<string>;
}

export interface ExportFormat {
  name: string;
  description: string;
  /** One file: written to -o PATH or stdout. Several: written into the -o folder. */
  files: ExportFile[];
  mediaType: string;
  /** Can write the graph's time as a dynamic graph (`--dynamic`). */
  dynamic?: boolean;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { name: 'gexf', description: 'GEXF 1.3 (Gephi), typed attributes and viz colour/size/position', mediaType: 'application/gexf+xml',
    dynamic: true, files: [{ name: 'graph.gexf', chunks: (g, o) => gexfChunks(g, { version: '1.3', dynamic: o?.dynamic }) }] },
  { name: 'gexf1.2', description: 'GEXF 1.2draft, for NetworkX and older Gephi', mediaType: 'application/gexf+xml',
    dynamic: true, files: [{ name: 'graph.gexf', chunks: (g, o) => gexfChunks(g, { version: '1.2draft', dynamic: o?.dynamic }) }] },
  { name: 'graphml', description: 'GraphML with typed keys (NetworkX, yEd, graphology)', mediaType: 'application/graphml+xml',
    files: [{ name: 'graph.graphml', chunks: graphmlChunks }] },
  { name: 'json', description: 'graphology JSON (the viewer opens it)', mediaType: 'application/json',
    files: [{ name: 'graph.json', chunks: jsonChunks }] },
  { name: 'csv', description: 'nodes.csv and edges.csv (RFC 4180, UTF-8)', mediaType: 'text/csv',
    files: [{ name: 'nodes.csv', chunks: csvNodeChunks }, { name: 'edges.csv', chunks: csvEdgeChunks }] },
  { name: 'neo4j-csv', description: 'nodes.csv and relationships.csv for neo4j-admin database import', mediaType: 'text/csv',
    files: [{ name: 'nodes.csv', chunks: neo4jNodeChunks }, { name: 'relationships.csv', chunks: neo4jRelationshipChunks }, { name: 'import.txt', chunks: () => neo4jImportNote() }] },
  { name: 'cypher', description: 'Cypher script (batched UNWIND ... MERGE, idempotent)', mediaType: 'application/x-cypher-query',
    files: [{ name: 'graph.cypher', chunks: (g) => cypherChunks(g) }] },
];

export const EXPORT_FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name);

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name.toLowerCase());
}
