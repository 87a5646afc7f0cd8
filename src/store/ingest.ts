// Ingest: find which files are new or changed (hash of their bytes), analyse
// those on all cores, merge with what the store holds, rebuild and lay out the
// graph, commit. The same article twice is a no-op; a changed file at a known
// path replaces its old version; nothing is committed unless the run completes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentInfo } from '../types.ts';
import { KgError } from '../errors.ts';
import { createAnalyzePool, defaultJobs } from './analyze-pool.ts';
import { createHalvesPool } from './halves-pool.ts';
import { firstHalfHelpers } from './first-halves.ts';
import { withRaisedTierUpThreshold } from './tier-up.ts';
import { collectInputFiles } from './input-files.ts';
import { MAX_ARTICLE_BYTES } from '../pipeline/read.ts';
import { acquireLock, pruneAnalyses, readManifest, type Manifest } from './store.ts';
import { buildLaidOut, commitGraph, withKnowledge } from './rebuild.ts';
import { graphPath, readGraphJson } from './graph-file.ts';
import { graphProblem } from './check-shape.ts';
import { StoredAnalyses } from './stored-analyses.ts';

export interface IngestOptions {
  dataDir: string;
  rebuild?: boolean;
  /** Worker threads for analysis; default: one per core for a large batch (see MIN_BYTES_FOR_WORKERS), else in-process. */
  jobs?: number;
  /** Publication date for every article analysed in this run (`--date`), over the text's own. */
  date?: string;
  onWarning?: (message: string) => void;
  onProgress?: (done: number, total: number) => void;
  /** Checked between files; when it returns true the run stops and commits nothing. */
  cancelled?: () => boolean;
  /** Switch world-knowledge relations in the graph on or off (kept for later builds); undefined keeps the store's setting. */
  knowledge?: boolean;
}

/** Where the wall time of a run went, in milliseconds. */
export interface IngestTimings {
  /** Finding the files and hashing their bytes. */
  scan: number;
  /** Analysing new and changed files, worker start-up included. */
  analysis: number;
  /**
   * The second half of the analysis (by file count), when every worker has
   * compiled its hot code: the steady rate of a long run.
   */
  analysisSecondHalf: number;
  /** Building, laying out and committing the graph. */
  graph: number;
}

export interface IngestReport {
  files: number;
  added: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  documents: number;
  nodes: number;
  edges: number;
  jobs: number;
  timings: IngestTimings;
}

/**
 * Less new text than this is analysed in-process by default. Each worker pays a
 * fixed start-up cost, mostly V8 compiling the pipeline's hot code (about 1.5 s of
 * CPU), which a single in-process run hides on an idle core. Measured on 2 cores
 * (`npm run bench -- ingest`): 2 workers are slower than 1 at 1,000 synthetic
 * articles (1.6 MB), break even near 3,000 (4.7 MB), and win at 10,000 (16 MB).
 */
export const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;

/** Explicit --jobs wins (never more workers than files); by default workers only for a large batch. */
export function jobsFor(files: number, bytes: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return bytes >= MIN_BYTES_FOR_WORKERS ? Math.min(defaultJobs(), files) : 1;
}

/** Node and edge counts of a graph.json written before the manifest recorded them; undefined if it is no usable graph (it is rebuilt). */
function graphCounts(file: string): { nodes: number; edges: number } | undefined {
  let graph: unknown;
  try {
    graph = readGraphJson(file);
  } catch {
    return undefined;
  }
  if (graphProblem(graph)) return undefined;
  const { nodes, edges } = graph as { nodes: unknown[]; edges: unknown[] };
  return { nodes: nodes.length, edges: edges.length };
}

/** Milliseconds since start (elapsed) and since the previous lap (lap). */
function stopwatch(): { elapsed: () => number; lap: () => number } {
  const start = performance.now();
  let last = start;
  return {
    elapsed: () => Math.round(performance.now() - start),
    lap: () => { const now = performance.now(); const ms = Math.round(now - last); last = now; return ms; },
  };
}

/**
 * Hash and size of a file's bytes (`listedBytes`: its size when listed, so a file too
 * big is not read); no hash for a file the reader will refuse (it reports why).
 */
function fileHash(file: string, listedBytes: number): { hash: string | null; bytes: number } {
  try {
    if (listedBytes > MAX_ARTICLE_BYTES) return { hash: null, bytes: 0 };
    const content = fs.readFileSync(file);
    if (content.length > MAX_ARTICLE_BYTES) return { hash: null, bytes: 0 };
    return { hash: createHash('sha256').update(content).digest('hex').slice(0, 24), bytes: content.length };
  } catch {
    return { hash: null, bytes: 0 };
  }
}

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const clock = stopwatch();
  const files = collectInputFiles(paths, options.onWarning);
  const release = acquireLock(options.dataDir);
  try {
    const old = readManifest(options.dataDir);
    const manifest: Manifest = withKnowledge({ version: old.version, documents: options.rebuild ? {} : { ...old.documents }, ...(old.knowledge === false ? { knowledge: false } : {}) }, options.knowledge);
    const byFileHash = new Set(Object.values(manifest.documents).map((d) => d.fileHash).filter(Boolean));
    // Stores written before entries kept their file's path named the article by that path.
    const byPath = new Map(Object.values(manifest.documents).map((d) => [d.path ?? path.resolve(d.source), d.id]));
    const timings: IngestTimings = { scan: 0, analysis: 0, analysisSecondHalf: 0, graph: 0 };
    const report: IngestReport = { files: files.length, added: 0, replaced: 0, unchanged: 0, skipped: 0, documents: 0, nodes: 0, edges: 0, jobs: 1, timings };

    // 1. Which files need analysis: unchanged bytes are skipped without parsing.
    const todo: Array<{ path: string; name: string; hash: string | null }> = [];
    let todoBytes = 0;
    for (const f of files) {
      const { hash, bytes } = fileHash(f.path, f.bytes);
      if (hash && byFileHash.has(hash)) report.unchanged++;
      else { todo.push({ path: f.path, name: f.name, hash }); todoBytes += bytes; }
    }

    timings.scan = clock.lap();

    // 2. Analyse on all cores.
    const jobs = jobsFor(todo.length, todoBytes, options.jobs);
    // Analyses go to disk as they are made, in the workers (unreferenced until the manifest names them);
    // the graph build reads them back, but for those held in memory (up to a budget).
    /** Each new analysis's document, with the absolute path and the hash of its file. */
    const fresh: Array<{ document: DocumentInfo; file: string; hash: string | null }> = [];
    const held = new StoredAnalyses(options.dataDir);
    let done = report.unchanged;
    options.onProgress?.(done, files.length);
    // V8's raised tier-up budget for the analysis (tier-up.ts: as for `kg extract`), the default again for the graph
    if (todo.length) await withRaisedTierUpThreshold(async () => {
      // A batch too small for whole-pipeline workers still takes a helper thread for the first halves.
      const halves = jobs === 1 && options.jobs === undefined && firstHalfHelpers(todo.length) > 0;
      const pool = halves ? await createHalvesPool(options.dataDir, options.date) : await createAnalyzePool(jobs, options.dataDir);
      report.jobs = pool.jobs;
      try {
        // A few requests per worker (in flight or queued) keep every core busy and let Ctrl-C stop promptly.
        let next = 0;
        let finished = 0;
        let halfway = 0;
        const lane = async () => {
          while (next < todo.length && !options.cancelled?.()) {
            const item = todo[next++]!;
            try {
              const made = await pool.analyze(item.path, item.name, options.date);
              fresh.push({ document: made.document, file: path.resolve(item.path), hash: item.hash });
              held.hold(made);
            } catch (e) {
              if (!(e instanceof KgError) || files.length === 1) throw e;
              report.skipped++;
              options.onWarning?.(`skipped ${item.path}: ${e.message}`);
            }
            if (++finished === Math.ceil(todo.length / 2)) halfway = clock.elapsed();
            options.onProgress?.(++done, files.length);
          }
        };
        await Promise.all(Array.from({ length: pool.jobs * 3 }, lane));
        timings.analysisSecondHalf = clock.elapsed() - halfway;
      } finally {
        await pool.close();
      }
    });
    timings.analysis = clock.lap();
    // a signal that came with the last article is seen here, before anything is committed
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.cancelled?.()) throw new KgError('ingest: interrupted; the store is unchanged', 130);
    if (report.skipped === files.length) throw new KgError(`ingest: none of the ${files.length} files could be read`);

    // 3. Merge into the manifest (input order decides between duplicates, not worker timing).
    fresh.sort((a, b) => a.file.localeCompare(b.file));
    let added = 0;
    for (const { document: a, file, hash } of fresh) {
      const id = a.id;
      if (manifest.documents[id]) { report.unchanged++; continue; }
      const previous = byPath.get(file);
      if (previous && previous !== id && manifest.documents[previous]) { delete manifest.documents[previous]; report.replaced++; } else report.added++;
      manifest.documents[id] = { id, source: a.source, path: file, title: a.title, chars: a.chars, fileHash: hash ?? undefined };
      added++;
    }

    // 4. Commit: analyses, then graph + manifest.
    const switched = (manifest.knowledge !== false) !== (old.knowledge !== false);
    const changed = added > 0 || report.replaced > 0 || options.rebuild || switched || !fs.existsSync(graphPath(options.dataDir));
    // a damaged graph.json is derived data: it is built again from the analyses
    const counts = changed ? undefined : old.graph ?? graphCounts(graphPath(options.dataDir));
    if (!counts) {
      // the analysis workers are closed: nothing else runs in this process now
      const laidOut = buildLaidOut(options.dataDir, manifest, { held, spareCompiler: true });
      const { graph } = laidOut;
      // the build is one long step: a signal that came during it is seen here, before the commit
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (options.cancelled?.()) throw new KgError('ingest: interrupted; the store is unchanged', 130);
      commitGraph(options.dataDir, manifest, laidOut);
      pruneAnalyses(options.dataDir, manifest);
      report.nodes = graph.order;
      report.edges = graph.size;
    } else {
      report.nodes = counts.nodes;
      report.edges = counts.edges;
    }
    report.documents = Object.keys(manifest.documents).length;
    timings.graph = clock.lap();
    return report;
  } finally {
    release();
  }
}
