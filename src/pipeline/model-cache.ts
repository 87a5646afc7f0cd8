// Shipped models gunzipped once: gunzip is 0.12 s of CPU for the parser model and
// 0.02 s for the recogniser's on every `kg` start, so a model's uncompressed bytes are
// kept under node_modules/.cache (as the launcher keeps its bundle) and later loads
// read them as they are. The model files are unchanged; this is only a cache, keyed by
// the model file's path, size and modification time, written atomically, and skipped
// whenever it cannot be used (the loaders fall back to the model file).
// Each model path's entries come with a record of the path (`<prefix>model`), so a save, which
// happens only when a load found no usable entry, also drops the entries of model files that
// are gone or have changed since (worktrees and test folders come and go: without this the
// folder only grew, to gigabytes). The folder is also bounded (MAX_CACHE_BYTES): past it, the entries
// used least recently go (a load that reads an entry marks it used, at most once an hour), whoever
// wrote them: checkouts running older versions of this cache kept entries without records, 6 GB a day.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Not under node_modules/.cache/news-kg: the launcher prunes that folder's old bundles. */
const DEFAULT_DIR = path.join(ROOT, 'node_modules', '.cache', 'news-kg-models');

/** Where the cache lives, or null when it is off (KG_MODEL_CACHE=0, or no node_modules to hold it). */
export function unzippedCacheDir(): string | null {
  const env = process.env.KG_MODEL_CACHE;
  if (env === '0') return null;
  if (env) return env;
  return fs.existsSync(path.join(ROOT, 'node_modules')) ? DEFAULT_DIR : null;
}

/**
 * The cache file for the model at `modelPath` as it is now (null if the model cannot be stat'ed).
 * `variant` names something else derived from the same model (e.g. "table": a loader's prebuilt table).
 */
function entryFor(dir: string, modelPath: string, variant = ''): { file: string; prefix: string; model: string } | null {
  let st: fs.Stats;
  try { st = fs.statSync(modelPath); } catch { return null; }
  const abs = path.resolve(modelPath);
  const prefix = `${path.basename(abs).replace(/[^\w.-]/g, '_')}${variant ? `.${variant}` : ''}-${createHash('sha1').update(abs).digest('hex').slice(0, 8)}-`;
  return { file: path.join(dir, `${prefix}${versionKey(st)}.bin`), prefix, model: abs };
}

/** What identifies a version of a model file: its size, modification time and inode. */
function versionKey(st: fs.Stats): string {
  return createHash('sha1').update(`${st.size}:${st.mtimeMs}:${st.ino}`).digest('hex').slice(0, 12);
}

/** The record beside a prefix's entries: the model file they were made from. */
const RECORD = 'model';
/** An entry file's name: its prefix, then the model version's key. */
const ENTRY_NAME = /^(.+-)([0-9a-f]{12})\.bin$/;
/**
 * Entries without a record (kept by a version of this cache that wrote none: whether their model
 * is still there cannot be told) go after a day, partial writes left by a crash after an hour.
 */
const UNRECORDED_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const PARTIAL_MAX_AGE_MS = 60 * 60 * 1000;
/**
 * What the folder may hold: a checkout's models take ~90 MB (the parser's model and tables 65 MB, the
 * recogniser's 23 MB), so this keeps about a dozen checkouts' (worktrees, test clones) before the
 * least recently used go. An entry removed is only work again: the next load rebuilds it.
 */
export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
/** An entry is marked used (its modification time set to now) when read, if it was last marked longer ago than this. */
const USE_MARK_MS = 60 * 60 * 1000;
/** Entries written or used this recently are never removed for size (a process may be about to read them). */
const RECENT_MS = 10 * 60 * 1000;

/** The gunzipped bytes of `modelPath` (or its `variant`) kept by an earlier load, or null; `shared`: in shared memory. */
export function readUnzipped(modelPath: string, variant = '', options: { shared?: boolean } = {}): Buffer | null {
  const dir = unzippedCacheDir();
  const entry = dir && entryFor(dir, modelPath, variant);
  if (!entry) return null;
  let bytes: Buffer;
  try { bytes = options.shared ? readShared(entry.file) : fs.readFileSync(entry.file); } catch { return null; }
  markUsed(entry.file);
  return bytes;
}

/** Set an entry's modification time to now, which the size bound reads as its last use (once an hour at most). Never throws. */
function markUsed(file: string, now = Date.now()): void {
  try {
    if (now - fs.statSync(file).mtimeMs > USE_MARK_MS) fs.utimesSync(file, new Date(now), new Date(now));
  } catch { /* removed meanwhile */ }
}

/**
 * A gzipped model decoded from the gunzipped copy an earlier load kept here, else from the model file (`gunzipFile`
 * reads and gunzips it), whose bytes are kept for the next load once they decode. A kept copy that does not decode
 * (`isFormatError`: a damaged copy) is passed over: the model file decides.
 */
export function decodeKeptModel<M>(modelPath: string, gunzipFile: () => Buffer, decode: (unzipped: Buffer) => M, isFormatError: (e: unknown) => boolean): M {
  const kept = readUnzipped(modelPath);
  if (kept) {
    try { return decode(kept); } catch (e) { if (!isFormatError(e)) throw e; }
  }
  const unzipped = gunzipFile();
  const model = decode(unzipped);
  saveUnzipped(modelPath, unzipped);
  return model;
}

/** A file's bytes in shared memory (a SharedArrayBuffer, which worker threads can be given without a copy). */
function readShared(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.from(new SharedArrayBuffer(size));
    for (let at = 0; at < size;) {
      const n = fs.readSync(fd, buf, at, size - at, at);
      if (n === 0) throw new Error(`${file}: cut short while read`);
      at += n;
    }
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/** Keep `bytes` (the gunzipped `modelPath`, or its `variant`) for later loads; older entries for the same model and variant go. Never throws. */
export function saveUnzipped(modelPath: string, bytes: Uint8Array, variant = ''): void {
  const dir = unzippedCacheDir();
  const entry = dir && entryFor(dir, modelPath, variant);
  if (!dir || !entry) return;
  const tmp = `${entry.file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    writeRecord(dir, entry.prefix, entry.model);
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, entry.file);
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    return;
  }
  pruneModelCache(dir);
}

function writeRecord(dir: string, prefix: string, model: string): void {
  const file = path.join(dir, prefix + RECORD);
  try { if (fs.readFileSync(file, 'utf8') === model) return; } catch { /* none yet */ }
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(tmp, model);
  fs.renameSync(tmp, file);
}

/**
 * Drop the entries in `dir` that no model file matches any more: their model is gone (with its
 * record), or it has changed since they were kept; entries without a record once a day old,
 * partial writes once an hour old; then, while the entries left take more than `maxBytes`, the
 * least recently used (but none used in the last minutes). Never throws.
 */
export function pruneModelCache(dir: string, now = Date.now(), maxBytes = MAX_CACHE_BYTES): void {
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return; }
  /** Each recorded model's current version key, null when the file is gone. */
  const versions = new Map<string, string | null>();
  const versionOf = (model: string): string | null => {
    let v = versions.get(model);
    if (v === undefined) {
      try { v = versionKey(fs.statSync(model)); } catch { v = null; }
      versions.set(model, v);
    }
    return v;
  };
  const drop = (name: string) => { try { fs.rmSync(path.join(dir, name), { force: true }); } catch { /* already gone */ } };
  const olderThan = (name: string, age: number) => {
    try { return now - fs.statSync(path.join(dir, name)).mtimeMs > age; } catch { return false; }
  };
  const liveRecords = new Set<string>();
  const records = new Set(names.filter((n) => n.endsWith(`-${RECORD}`)));
  for (const name of names) {
    if (name.includes('.tmp-')) { if (olderThan(name, PARTIAL_MAX_AGE_MS)) drop(name); continue; }
    const m = ENTRY_NAME.exec(name);
    if (!m) continue;
    const record = m[1]! + RECORD;
    let model: string | null = null;
    if (records.has(record)) try { model = fs.readFileSync(path.join(dir, record), 'utf8'); } catch { /* removed meanwhile */ }
    if (model === null) { if (olderThan(name, UNRECORDED_MAX_AGE_MS)) drop(name); continue; }
    const version = versionOf(model);
    if (version === m[2]) liveRecords.add(record);
    else drop(name);
  }
  // a record outlives its entries only while its model file is there (a changed model's next load keeps it anew)
  for (const record of records) {
    if (liveRecords.has(record)) continue;
    let model: string | null = null;
    try { model = fs.readFileSync(path.join(dir, record), 'utf8'); } catch { continue; }
    if (versionOf(model) === null) drop(record);
  }
  boundSize(dir, now, maxBytes, drop);
}

/** Drop the least recently used entries of `dir` until they take at most `maxBytes` (recent ones stay). */
function boundSize(dir: string, now: number, maxBytes: number, drop: (name: string) => void): void {
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return; }
  const entries: { name: string; size: number; used: number }[] = [];
  let total = 0;
  for (const name of names) {
    if (!ENTRY_NAME.test(name)) continue;
    try {
      const st = fs.statSync(path.join(dir, name));
      entries.push({ name, size: st.size, used: st.mtimeMs });
      total += st.size;
    } catch { /* removed meanwhile */ }
  }
  if (total <= maxBytes) return;
  entries.sort((a, b) => a.used - b.used || (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (total <= maxBytes || now - e.used < RECENT_MS) break;
    drop(e.name);
    total -= e.size;
  }
}
