// Reading and writing the merged graph file (`<data>/graph.json`, graphology's
// own serialisation). Writes go to a temporary file renamed into place, so a
// reader never sees half a graph.
import fs from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../types.ts';
import { InputError } from '../errors.ts';
import { jsonChunks } from '../export/json.ts';
import { batched } from '../export/chunks.ts';


export const GRAPH_FILE = 'graph.json';

export function graphPath(dataDir: string): string {
  return path.join(dataDir, GRAPH_FILE);
}

/** Build a KnowledgeGraph from graphology's JSON serialisation (as written by writeGraph or /api/graph). */
export function graphFromJSON(data: unknown): KnowledgeGraph {
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  graph.import(data as Parameters<KnowledgeGraph['import']>[0]);
  return graph;
}

export function loadGraph(dataDir: string): KnowledgeGraph {
  const file = graphPath(dataDir);
  if (!fs.existsSync(file)) {
    throw new InputError(`store: no graph in ${dataDir} (expected ${GRAPH_FILE}); run \`kg ingest PATH --data ${dataDir}\` first`);
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`store: ${file} is not valid JSON (${(e as Error).message}); re-run \`kg ingest --rebuild\``);
  }
  return graphFromJSON(data);
}

/** Write atomically: temp file in the same folder, then rename over the old one. */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Stream the graph to disk piece by piece (no 100 MB string for big graphs), then rename into place. */
export function writeGraph(dataDir: string, graph: KnowledgeGraph): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = graphPath(dataDir);
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    for (const piece of batched(jsonChunks(graph))) fs.writeSync(fd, piece);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}
