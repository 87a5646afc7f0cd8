// Shipped models gunzipped once: gunzip is 0.12 s of CPU for the parser model and
// 0.02 s for the recogniser's on every `kg` start, so a model's uncompressed bytes are
// kept under node_modules/.cache (as the launcher keeps its bundle) and later loads
// read them as they are. The model files are unchanged; this is only a cache, keyed by
// the model file's path, size and modification time, written atomically, and skipped
// whenever it cannot be used (the loaders fall back to the model file).
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
function entryFor(dir: string, modelPath: string, variant = ''): { file: string; prefix: string } | null {
  let st: fs.Stats;
  try { st = fs.statSync(modelPath); } catch { return null; }
  const abs = path.resolve(modelPath);
  const prefix = `${path.basename(abs).replace(/[^\w.-]/g, '_')}${variant ? `.${variant}` : ''}-${createHash('sha1').update(abs).digest('hex').slice(0, 8)}-`;
  const key = createHash('sha1').update(`${st.size}:${st.mtimeMs}:${st.ino}`).digest('hex').slice(0, 12);
  return { file: path.join(dir, `${prefix}${key}.bin`), prefix };
}

/** The gunzipped bytes of `modelPath` (or its `variant`) kept by an earlier load, or null. */
export function readUnzipped(modelPath: string, variant = ''): Buffer | null {
  const dir = unzippedCacheDir();
  const entry = dir && entryFor(dir, modelPath, variant);
  if (!entry) return null;
  try { return fs.readFileSync(entry.file); } catch { return null; }
}

/** Keep `bytes` (the gunzipped `modelPath`, or its `variant`) for later loads; older entries for the same model and variant go. Never throws. */
export function saveUnzipped(modelPath: string, bytes: Uint8Array, variant = ''): void {
  const dir = unzippedCacheDir();
  const entry = dir && entryFor(dir, modelPath, variant);
  if (!dir || !entry) return;
  const tmp = `${entry.file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, entry.file);
    for (const old of fs.readdirSync(dir)) {
      if (old.startsWith(entry.prefix) && path.join(dir, old) !== entry.file && !old.includes('.tmp-')) fs.rmSync(path.join(dir, old), { force: true });
    }
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  }
}
