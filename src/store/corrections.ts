// Corrections made through the store: `kg merge`, `kg split` and the viewer's
// requests (server/corrections.ts) each lock the store, change corrections.json
// (graph/corrections.ts says how), rebuild the graph from the stored analyses and
// log the change, so that it survives re-ingestion and can be undone.
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeGraph } from '../types.ts';
import { KgError, UsageError } from '../errors.ts';
import { cleanNote, mergeChange, splitChange, undoChange, type CorrectionChange, type EntityRef } from '../graph/corrections.ts';
import type { CorrectionNote } from '../graph/merge.ts';
import { resolveEntity } from '../query/index.ts';
import { loadGraph, writeFileAtomic } from './graph-file.ts';
import { rebuildGraph } from './rebuild.ts';
import { acquireLock, readCorrections, storeDir, writeCorrections } from './store.ts';

/** One change in the log: its id, when, and whether it was undone. */
export interface LoggedChange extends CorrectionChange {
  id: string;
  at: string;
  reason?: string;
  by?: 'viewer';
  undone?: string;
}

/** Most changes kept in the log (the oldest go first). */
const LOG_LIMIT = 200;

function logPath(dataDir: string): string {
  return path.join(storeDir(dataDir), 'corrections-log.json');
}

export function readCorrectionLog(dataDir: string): LoggedChange[] {
  const file = logPath(dataDir);
  if (!fs.existsSync(file)) return [];
  try {
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as { changes?: LoggedChange[] };
    return Array.isArray(log.changes) ? log.changes : [];
  } catch (e) {
    throw new KgError(`store: ${file} is unreadable (${(e as Error).message}); fix or delete it`);
  }
}

function writeCorrectionLog(dataDir: string, changes: LoggedChange[]): void {
  writeFileAtomic(logPath(dataDir), JSON.stringify({ changes: changes.slice(-LOG_LIMIT) }, null, 1));
}

export type CorrectionRequest =
  | { kind: 'merge'; from: string; into: string; note: CorrectionNote }
  | { kind: 'split'; entity: string; note: CorrectionNote }
  | { kind: 'undo'; id: string };

export interface CorrectionResult {
  change: LoggedChange;
  graph: KnowledgeGraph;
}

function ref(graph: KnowledgeGraph, name: string): EntityRef {
  const e = resolveEntity(graph, name);
  return { id: e.id, label: e.label };
}

/** Make one correction (or undo one) in the store at `dataDir`, and rebuild its graph. */
export function correctStore(dataDir: string, request: CorrectionRequest, now = new Date()): CorrectionResult {
  const release = acquireLock(dataDir);
  try {
    const at = now.toISOString();
    const corrections = readCorrections(dataDir);
    const log = readCorrectionLog(dataDir);
    let next;
    let change: LoggedChange;
    if (request.kind === 'undo') {
      const done = log.find((c) => c.id === request.id);
      if (!done) throw new UsageError(`undo: no correction "${request.id}" in the log`);
      if (done.undone) throw new UsageError(`undo: "${done.summary}" was already undone`);
      next = undoChange(corrections, done);
      done.undone = at;
      change = done;
    } else {
      const graph = loadGraph(dataDir);
      const made = request.kind === 'merge'
        ? mergeChange(corrections, ref(graph, request.from), ref(graph, request.into), request.note, at)
        : splitChange(corrections, graph, ref(graph, request.entity), request.note, at);
      next = made.next;
      change = { ...made.change, id: `${at}-${log.length + 1}`, at, ...cleanNote(request.note) };
      log.push(change);
    }
    writeCorrections(dataDir, next);
    const graph = rebuildGraph(dataDir);
    writeCorrectionLog(dataDir, log);
    return { change, graph };
  } finally {
    release();
  }
}
