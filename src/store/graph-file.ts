// Reading and writing the merged graph file (`<data>/graph.json`, graphology's
// own serialisation). Writes go to a temporary file renamed into place, so a
// reader never sees half a graph.
import fs from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../types.ts';
import { InputError } from '../errors.ts';
import { jsonChunks } from '../export/json.ts';
import { withSafeNodeKeys } from '../graph/open/safe-keys.ts';
import { graphProblem } from './check-shape.ts';
import { readJsonInParts } from './json-parts.ts';
import { shareEdgeStrings, shareNodeStrings, StringPool } from './shared-strings.ts';


export const GRAPH_FILE = 'graph.json';

export function graphPath(dataDir: string): string {
  return path.join(dataDir, GRAPH_FILE);
}

/**
 * Build a KnowledgeGraph from graphology's JSON serialisation (as written by
 * writeGraph or /api/graph). The file's own allowSelfLoops is kept, so a graph
 * read and written again says what it said before, unless `override` says otherwise.
 */
export function graphFromJSON(
  data: unknown, source = 'the graph', remedy = 'rebuild it with `kg build`', override: { allowSelfLoops?: boolean } = {},
): KnowledgeGraph {
  // checked first: graphology reads `{}` or `null` as an empty graph and fails deep inside on a dangling edge
  const problem = graphProblem(data);
  if (problem) throw new InputError(`store: ${source} is not a usable graph (${problem}); ${remedy}`);
  const options = (data as { options?: { allowSelfLoops?: unknown } } | null)?.options;
  const allowSelfLoops = override.allowSelfLoops ?? (typeof options?.allowSelfLoops === 'boolean' ? options.allowSelfLoops : true);
  const graph = new MultiDirectedGraph({ allowSelfLoops }) as unknown as KnowledgeGraph;
  try {
    // node keys named like Object.prototype's properties break graphology's plain-object indexes
    graph.import(withSafeNodeKeys(data) as Parameters<KnowledgeGraph['import']>[0]);
  } catch (e) {
    throw new InputError(`store: ${source} is not a usable graph (${(e as Error).message}); ${remedy}`);
  }
  return graph;
}

export function loadGraph(dataDir: string): KnowledgeGraph {
  const file = graphPath(dataDir);
  if (!fs.existsSync(file)) {
    throw new InputError(`store: no graph in ${dataDir} (expected ${GRAPH_FILE}); run \`kg ingest PATH --data ${dataDir}\` first`);
  }
  let data: unknown;
  try {
    data = readGraphJson(file);
  } catch (e) {
    throw new InputError(`store: ${file} is not valid JSON (${(e as Error).message}); rebuild it from the store with \`kg build --data ${dataDir}\``);
  }
  return graphFromJSON(data, file, `rebuild it from the store with \`kg build --data ${dataDir}\``);
}

/**
 * Past this size graph.json is read in parts (json-parts.ts): the whole text would not fit in one
 * JS string (V8's limit is about 512 M characters; a 100 MB corpus writes about 700 MB of graph).
 */
export const GRAPH_BYTES_READ_IN_PARTS = 256 << 20;
/** The arrays of a graph JSON file read element by element past that size. */
export const GRAPH_JSON_ARRAYS: ReadonlySet<string> = new Set(['nodes', 'edges']);

/**
 * The parsed content of a graph.json, however big (its nodes and edges read one by
 * one past `inParts` bytes), repeated strings held once (shared-strings.ts).
 */
export function readGraphJson(file: string, inParts = GRAPH_BYTES_READ_IN_PARTS): unknown {
  const share = graphStringSharing();
  if (fs.statSync(file).size < inParts) {
    const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (data && typeof data === 'object') {
      for (const key of GRAPH_JSON_ARRAYS) {
        const list = (data as Record<string, unknown>)[key];
        if (Array.isArray(list)) for (const item of list) share(key, item);
      }
    }
    return data;
  }
  return readJsonInParts(file, GRAPH_JSON_ARRAYS, undefined, share);
}

/** The nodes and edges of one graph file with their repeated strings shared (in place). */
export function graphStringSharing(): (key: string, element: unknown) => unknown {
  const pool = new StringPool();
  return (key, element) => (key === 'nodes' ? shareNodeStrings(element, pool) : shareEdgeStrings(element, pool));
}

/** Write atomically: temp file in the same folder, then rename over the old one. */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Bytes encoded before each write to the file. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Write pieces of text to a file descriptor through one reused buffer: each piece
 * is encoded as UTF-8 straight into the buffer, instead of being joined into a
 * bigger string first and encoded by the write (the graph is 100+ MB of text at
 * 10,000 articles, and joining it was a fifth of the time to write it).
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const piece of pieces) {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8
    if (used + piece.length * 3 > buffer.length) {
      writeAll(fd, buffer.subarray(0, used));
      used = 0;
      if (piece.length * 3 > buffer.length) { writeAll(fd, Buffer.from(piece)); continue; }
    }
    used += buffer.write(piece, used);
  }
  writeAll(fd, buffer.subarray(0, used));
}

/** writeSync may write less than asked; write the rest until all is written. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Write `pieces` to `file` atomically (a temp file renamed into place), without
 * joining them into one string: a store file may be bigger than a string can be.
 */
export function writeFileInPieces(file: string, pieces: Iterable<string>): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    writePieces(fd, pieces);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}

/** Stream the graph to disk piece by piece (no 100 MB string for big graphs), then rename into place. */
export function writeGraph(dataDir: string, graph: KnowledgeGraph): void {
  fs.mkdirSync(dataDir, { recursive: true });
  writeFileInPieces(graphPath(dataDir), jsonChunks(graph));
}
