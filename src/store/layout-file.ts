// Where the last layout is kept for the next one (`<data>/store/layout.json`):
// every entity's position, the scale of the last full layout and how many entities
// were placed incrementally since. A cache beside graph.json, read in a few
// milliseconds where parsing graph.json takes hundreds; missing or unreadable, the
// next build simply lays the graph out afresh.
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeGraph } from '../types.ts';
import type { LayoutState } from '../graph/incremental-layout.ts';
import { GRAPH_BYTES_READ_IN_PARTS, writeFileInPieces } from './graph-file.ts';
import { readJsonInParts } from './json-parts.ts';
import { storeDir } from './store.ts';

const LAYOUT_FILE_VERSION = 1;

interface LayoutFile {
  version: number;
  scale: number;
  placedSince: number;
  /** Node keys and their positions, in the same order. */
  keys: string[];
  xy: number[];
}

function layoutPath(dataDir: string): string {
  return path.join(storeDir(dataDir), 'layout.json');
}

/** The arrays of the layout file, read element by element when it is too big for one string (as graph.json is). */
const LAYOUT_PARTS: ReadonlySet<string> = new Set(['keys', 'xy']);

/** The last layout, or null when there is none to build on. */
export function readLayoutState(dataDir: string, inParts = GRAPH_BYTES_READ_IN_PARTS): LayoutState | null {
  const file = layoutPath(dataDir);
  let data: LayoutFile;
  try {
    data = (fs.statSync(file).size < inParts ? JSON.parse(fs.readFileSync(file, 'utf8')) : readJsonInParts(file, LAYOUT_PARTS)) as LayoutFile;
  } catch {
    return null;
  }
  if (data?.version !== LAYOUT_FILE_VERSION || !Array.isArray(data.keys) || !Array.isArray(data.xy) || data.xy.length !== data.keys.length * 2) return null;
  const positions = new Map<string, readonly [number, number]>();
  data.keys.forEach((k, i) => positions.set(k, [data.xy[2 * i]!, data.xy[2 * i + 1]!]));
  return { scale: data.scale, placedSince: data.placedSince, positions };
}

/** Keep the positions `graph` now has, for the next build. */
export function writeLayoutState(dataDir: string, graph: KnowledgeGraph, state: Omit<LayoutState, 'positions'>): void {
  const keys = graph.nodes();
  const xy: number[] = [];
  for (const k of keys) xy.push(graph.getNodeAttribute(k, 'x'), graph.getNodeAttribute(k, 'y'));
  fs.mkdirSync(storeDir(dataDir), { recursive: true });
  writeFileInPieces(layoutPath(dataDir), layoutPieces({ version: LAYOUT_FILE_VERSION, scale: state.scale, placedSince: state.placedSince, keys, xy }));
}

/** Elements of a list written per piece. */
const ELEMENTS_PER_PIECE = 10_000;

/** The text of JSON.stringify(data), its two lists in pieces (a graph of millions of entities would not fit one string). */
function* layoutPieces(data: LayoutFile): Generator<string> {
  const { keys, xy, ...head } = data;
  yield JSON.stringify(head).slice(0, -1);
  for (const [name, list] of [['keys', keys], ['xy', xy]] as const) {
    yield `,${JSON.stringify(name)}:[`;
    for (let i = 0; i < list.length; i += ELEMENTS_PER_PIECE) {
      yield (i ? ',' : '') + JSON.stringify(list.slice(i, i + ELEMENTS_PER_PIECE)).slice(1, -1);
    }
    yield ']';
  }
  yield '}';
}

/** Forget the last layout (the next build lays out afresh). */
export function removeLayoutState(dataDir: string): void {
  fs.rmSync(layoutPath(dataDir), { force: true });
}
