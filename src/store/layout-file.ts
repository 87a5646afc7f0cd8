// Where the last layout is kept for the next one (`<data>/store/layout.json`):
// every entity's position, the scale of the last full layout and how many entities
// were placed incrementally since. A cache beside graph.json, read in a few
// milliseconds where parsing graph.json takes hundreds; missing or unreadable, the
// next build simply lays the graph out afresh.
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeGraph } from '../types.ts';
import type { LayoutState } from '../graph/incremental-layout.ts';
import { writeFileAtomic } from './graph-file.ts';
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

/** The last layout, or null when there is none to build on. */
export function readLayoutState(dataDir: string): LayoutState | null {
  let data: LayoutFile;
  try {
    data = JSON.parse(fs.readFileSync(layoutPath(dataDir), 'utf8')) as LayoutFile;
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
  const data: LayoutFile = { version: LAYOUT_FILE_VERSION, scale: state.scale, placedSince: state.placedSince, keys, xy };
  fs.mkdirSync(storeDir(dataDir), { recursive: true });
  writeFileAtomic(layoutPath(dataDir), JSON.stringify(data));
}

/** Forget the last layout (the next build lays out afresh). */
export function removeLayoutState(dataDir: string): void {
  fs.rmSync(layoutPath(dataDir), { force: true });
}
