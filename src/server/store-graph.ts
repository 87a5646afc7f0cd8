// The store's graph.json as the server reads it: through the store's own
// reader (read in parts when big, shape checked), with node keys that
// graphology cannot hold (`__proto__`, `constructor`...) renamed first
// (src/graph/open/safe-keys.ts), so a graph file edited by hand or written by
// another tool cannot crash `kg serve`. Also a graph file given instead of a
// store (`kg serve --graph`), read in parts when it is too big for one string.
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { KnowledgeGraph } from '../types.ts';
import { InputError } from '../errors.ts';
import { GRAPH_BYTES_READ_IN_PARTS, GRAPH_JSON_ARRAYS, graphFromJSON, graphPath, graphStringSharing, loadGraph, readGraphJson } from '../store/graph-file.ts';
import { readJsonInParts } from '../store/json-parts.ts';
import { withSafeNodeKeys } from '../graph/open/safe-keys.ts';

/**
 * What every served graph says of itself: a graph file opened with `--graph` (GEXF,
 * GraphML, JSON from other tools) may hold self-loops, so the graphs read from a file
 * allow them (src/graph/open); the store's own graph is read the same way, so `kg serve
 * --data DIR` and `kg serve --graph DIR/graph.json` answer with the same `options`.
 */
export const SERVED_GRAPH_OPTIONS = { allowSelfLoops: true } as const;

/** Parsed graph JSON into a graph, unsafe node keys renamed, with the options every served graph has. */
export function safeGraphFromJSON(data: unknown, source?: string, remedy?: string): KnowledgeGraph {
  return graphFromJSON(withSafeNodeKeys(data), source, remedy, SERVED_GRAPH_OPTIONS);
}

/** `graph` with the options of a served graph: itself when it has them, else a copy (a graph just rebuilt by a correction). */
export function servedGraph(graph: KnowledgeGraph): KnowledgeGraph {
  return graph.allowSelfLoops === SERVED_GRAPH_OPTIONS.allowSelfLoops ? graph : graph.copy(SERVED_GRAPH_OPTIONS) as KnowledgeGraph;
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

/**
 * A graph file named by `kg serve --graph`: .gexf, .graphml or graph .json. A
 * JSON file of `inParts` bytes or more is parsed in parts, as the store's
 * own graph.json is (a 100,000-article graph is about 1 GB, twice what one
 * string may hold); a GEXF file is always read in pieces of PIECE_BYTES (the
 * export of that graph is 1.9 GB); GraphML is read whole (up to ~512 MB).
 */
export async function loadGraphFile(file: string, inParts = GRAPH_BYTES_READ_IN_PARTS, pieceBytes = PIECE_BYTES): Promise<KnowledgeGraph> {
  const name = path.basename(file);
  let bytes: number;
  let head: string;
  try {
    bytes = fs.statSync(file).size;
    head = readHead(file, HEAD_BYTES);
  } catch (e) {
    throw new InputError(`kg serve: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`);
  }
  const open = await import('../graph/open/index.ts');
  const format = open.detectFormat(name, head);
  if (bytes >= inParts && format === 'json') {
    return open.readGraphJsonWith(name, () => readJsonInParts(file, GRAPH_JSON_ARRAYS, undefined, graphStringSharing()));
  }
  // GEXF is always read in pieces: a file over ~512 MB cannot be one string (ERR_STRING_TOO_LONG)
  if (format === 'gexf') return open.parseGexfPieces(name, filePieces(file, pieceBytes));
  let content: string;
  try { content = fs.readFileSync(file, 'utf8'); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_STRING_TOO_LONG') {
      throw new InputError(`kg serve: ${file} is ${Math.round(bytes / 2 ** 20)} MB, too big to read as one piece (a ${format === 'graphml' ? 'GraphML' : 'graph'} file is read whole, up to ~512 MB); `
        + 'serve the store it came from with --data DIR, or export it as GEXF or graph JSON, which are read in parts');
    }
    throw new InputError(`kg serve: cannot read ${file} (${code ?? (e as Error).message}); check the path`);
  }
  return open.parseGraphFile(name, content);
}

/** Bytes read at a time from a graph file read in pieces. */
const PIECE_BYTES = 4 << 20;

/** The text of a UTF-8 file in pieces (a character cut by a piece's end goes to the next). */
function* filePieces(file: string, pieceBytes = PIECE_BYTES): Generator<string> {
  let fd: number;
  try { fd = fs.openSync(file, 'r'); } catch (e) {
    throw new InputError(`kg serve: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`);
  }
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(pieceBytes);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, pieceBytes, null);
      if (n === 0) break;
      yield decoder.write(buffer.subarray(0, n));
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    fs.closeSync(fd);
  }
}

/** Enough of a file to tell its format (detectFormat looks at the first 2,000 characters). */
const HEAD_BYTES = 8192;

function readHead(file: string, bytes: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buffer, 0, bytes, 0);
    return new StringDecoder('utf8').write(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
}
