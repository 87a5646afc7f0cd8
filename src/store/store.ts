// The store under a data folder (default `graph-data/`):
//
//   <data>/store/manifest.json        which analyses are in the store (the commit point)
//   <data>/store/analyses/<id>.json   one ArticleAnalysis per article, immutable, named by content hash
//   <data>/graph.json                 the merged, laid-out graph (derived; rebuilt from the analyses)
//
// Writes are ordered so that an interrupted run leaves the previous store usable:
// new analysis files first (unreferenced until the manifest names them), then the
// graph and the manifest, each written to a temp file and renamed into place.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleAnalysis, KnowledgeGraph } from '../types.ts';
import type { Corrections } from '../graph/merge.ts';
import { KgError } from '../errors.ts';
import { acquireLock as takeLock, isAlive } from './lock.ts';
import { writeFileAtomic, writeFileInPieces, writeGraph } from './graph-file.ts';
import { readJsonInParts } from './json-parts.ts';
import { analysisProblem, correctionsProblem, manifestProblem } from './check-shape.ts';

export const STORE_VERSION = 1;

export interface ManifestEntry {
  id: string;
  /** The article's name in listings (relative to the folder ingested, or the file name). */
  source: string;
  /** The file's absolute path when ingested: a changed file at the same path replaces this entry. Older stores lack it. */
  path?: string;
  title: string | null;
  chars: number;
  /** Hash of the file's bytes when it was ingested: unchanged files are skipped without parsing. */
  fileHash?: string;
}

export interface Manifest {
  version: number;
  /** By document id. */
  documents: Record<string, ManifestEntry>;
  /** Size of the committed graph.json, so a run that changes nothing need not parse it. */
  graph?: { nodes: number; edges: number };
  /** false: world-knowledge relations (basis "knowledge") are left out of the graph (`--no-knowledge`, undone by `--knowledge`). */
  knowledge?: boolean;
}

export function storeDir(dataDir: string): string {
  return path.join(dataDir, 'store');
}

function manifestPath(dataDir: string): string {
  return path.join(storeDir(dataDir), 'manifest.json');
}

function analysisPath(dataDir: string, id: string): string {
  return path.join(storeDir(dataDir), 'analyses', `${id}.json`);
}

/**
 * Past this size the manifest is read in parts, a document at a time (json-parts.ts):
 * at about 270 bytes a document (100,000 articles: 27 MB), two million articles
 * would make it longer than a string can be.
 */
export const MANIFEST_BYTES_READ_IN_PARTS = 256 << 20;
const MANIFEST_PARTS: ReadonlySet<string> = new Set(['documents']);

export function readManifest(dataDir: string, inParts = MANIFEST_BYTES_READ_IN_PARTS): Manifest {
  const file = manifestPath(dataDir);
  if (!fs.existsSync(file)) return { version: STORE_VERSION, documents: {} };
  let m: unknown;
  try {
    m = fs.statSync(file).size < inParts ? JSON.parse(fs.readFileSync(file, 'utf8')) : readJsonInParts(file, MANIFEST_PARTS);
  } catch (e) {
    throw new KgError(`store: ${file} is unreadable (${(e as Error).message}); move the folder away and ingest again`);
  }
  const problem = manifestProblem(m, STORE_VERSION);
  if (problem) throw new KgError(`store: ${file} is damaged (${problem}); move the folder away and ingest again`);
  return m as Manifest;
}

export function readAnalysis(dataDir: string, id: string): ArticleAnalysis {
  return readSizedAnalysis(dataDir, id).analysis;
}

/** Size in bytes of a stored analysis (about its characters: the JSON is mostly ASCII); 0 if it cannot be read (reading it says why). */
export function storedAnalysisBytes(dataDir: string, id: string): number {
  try {
    return fs.statSync(analysisPath(dataDir, id)).size;
  } catch {
    return 0;
  }
}

/** An analysis and the length of its stored JSON text (what holding it in memory costs, roughly). */
export function readSizedAnalysis(dataDir: string, id: string): { analysis: ArticleAnalysis; chars: number } {
  const file = analysisPath(dataDir, id);
  let a: unknown;
  let chars: number;
  try {
    const text = fs.readFileSync(file, 'utf8');
    chars = text.length;
    a = JSON.parse(text);
  } catch (e) {
    throw new KgError(`store: analysis ${id} is missing or unreadable (${(e as Error).message}); run \`kg ingest --rebuild\``);
  }
  const problem = analysisProblem(a, id);
  if (problem) throw new KgError(`store: ${file} is damaged (${problem}); ingest its article again with \`kg ingest --rebuild\``);
  return { analysis: a as ArticleAnalysis, chars };
}

/** Every analysis the manifest names, in document-id order (all in memory: for small stores and tests). */
export function readAllAnalyses(dataDir: string, manifest = readManifest(dataDir)): ArticleAnalysis[] {
  return Object.keys(manifest.documents).sort().map((id) => readAnalysis(dataDir, id));
}

/** The stored form of an analysis. */
export function analysisJson(analysis: ArticleAnalysis): string {
  return JSON.stringify(analysis);
}

/** Stage 1 of a commit: one analysis file, atomic; harmless if the run stops before the manifest. */
export function writeAnalysisJson(dataDir: string, id: string, json: string): void {
  fs.mkdirSync(path.join(storeDir(dataDir), 'analyses'), { recursive: true });
  writeFileAtomic(analysisPath(dataDir, id), json);
}


/** Stage 2 of a commit: the graph, then the manifest that makes the new analyses part of the store. */
export function commit(dataDir: string, manifest: Manifest, graph: KnowledgeGraph): void {
  writeGraph(dataDir, graph);
  writeFileInPieces(manifestPath(dataDir), manifestPieces(manifest));
}

/** JSON.stringify with an indent of one space, of a value at `depth` (its lines indented by as many spaces). */
const indented = (value: unknown, depth: number): string => JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`);

/**
 * The text of `JSON.stringify(manifest, null, 1)`, in pieces: a document entry
 * each, so that no string holds the whole manifest (see MANIFEST_BYTES_READ_IN_PARTS).
 */
export function* manifestPieces(manifest: Manifest): Generator<string> {
  const fields = Object.entries(manifest).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [k, [name, value]] of fields.entries()) {
    yield `${k ? ',' : ''}\n ${JSON.stringify(name)}: `;
    if (name !== 'documents' || typeof value !== 'object' || value === null) { yield indented(value, 1); continue; }
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (!entries.length) { yield '{}'; continue; }
    yield '{';
    for (const [j, [id, entry]] of entries.entries()) yield `${j ? ',' : ''}\n  ${JSON.stringify(id)}: ${indented(entry, 2)}`;
    yield '\n }';
  }
  yield fields.length ? '\n}' : '}';
}

/** Remove analysis files no manifest names (left by interrupted runs or replaced articles). */
export function pruneAnalyses(dataDir: string, manifest: Manifest): void {
  const dir = path.join(storeDir(dataDir), 'analyses');
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const id = name.replace(/\.json$/, '');
    if (!(id in manifest.documents)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * One writer at a time (lock.ts). Whoever takes the lock first clears what killed
 * writers left behind: temp files of atomic writes (`graph.json.tmp-<pid>-<time>`)
 * whose process is gone. Files of a live process are left alone.
 */
export function acquireLock(dataDir: string): () => void {
  const release = takeLock(dataDir);
  try {
    removeStaleTempFiles(dataDir);
  } catch (e) {
    release();
    throw e;
  }
  return release;
}

const TEMP_FILE = /\.tmp-(\d+)-\d+$/;

function removeStaleTempFiles(dataDir: string): void {
  for (const dir of [dataDir, storeDir(dataDir), path.join(storeDir(dataDir), 'analyses')]) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue; // not made yet
    }
    for (const name of names) {
      const m = TEMP_FILE.exec(name);
      if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

// ---------------------------------------------------------------- user corrections

function correctionsPath(dataDir: string): string {
  return path.join(storeDir(dataDir), 'corrections.json');
}

/** `kg merge` / `kg split` decisions; kept apart from the analyses so they survive re-ingestion. */
export function readCorrections(dataDir: string): Corrections {
  const file = correctionsPath(dataDir);
  if (!fs.existsSync(file)) return { merges: [], splits: [] };
  let c: unknown;
  try {
    c = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KgError(`store: ${file} is unreadable (${(e as Error).message}); fix or delete it`);
  }
  const problem = correctionsProblem(c);
  if (problem) throw new KgError(`store: ${file} is damaged (${problem}); fix or delete it (it holds the \`kg merge\` and \`kg split\` decisions)`);
  const { merges, splits } = c as Partial<Corrections>;
  return { merges: merges ?? [], splits: splits ?? [] };
}

export function writeCorrections(dataDir: string, corrections: Corrections): void {
  fs.mkdirSync(storeDir(dataDir), { recursive: true });
  writeFileAtomic(correctionsPath(dataDir), JSON.stringify(corrections, null, 1));
}
