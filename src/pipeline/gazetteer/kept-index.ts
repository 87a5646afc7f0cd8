// The places index as an earlier build made it, kept in the model cache (../model-cache.ts): building
// it (the countries, regions and capitals, every name keyed) cost ~120-150 ms of CPU at each start of
// `kg extract` (of one article; of a batch, in its helper thread), reading it back ~30-50 ms
// (v8.deserialize, the same structured clone by which a thread adopts another's index). The entry
// holds the key of the sources it was built from: every file of this folder (code and data) by size,
// modification time and inode, and V8's version. An entry of other sources, or damaged, or of another
// shape, is never read as an index: the index is built and kept again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { readUnzipped, saveUnzipped } from '../model-cache.ts';

const FOLDER = fileURLToPath(new URL('./', import.meta.url));
/** The model cache's entries are keyed by a file's path and version: the biggest data file; the key inside covers the others. */
const ANCHOR = path.join(FOLDER, 'data', 'cities.tsv');
const VARIANT = 'places-index';
const MAGIC = 'KGGAZ001';

/** The key of the index's sources as they are now (every file under this folder, by size, time and inode; V8's version). */
export function sourcesKey(folder = FOLDER): string {
  const hash = createHash('sha1').update(`${MAGIC}\n${process.versions.v8}\n`);
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const st = fs.statSync(file);
      if (st.isDirectory()) walk(file);
      else hash.update(`${path.relative(folder, file)}:${st.size}:${st.mtimeMs}:${st.ino}\n`);
    }
  };
  walk(folder);
  return hash.digest('hex');
}

/** `value` kept under `key` (MAGIC, the key's length and the key, then the value serialised). */
export function encodeKept(key: string, value: unknown): Buffer {
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  const k = Buffer.from(key);
  head.writeUInt32LE(k.length, 8);
  return Buffer.concat([head, k, v8.serialize(value)]);
}

/** What `encodeKept` kept under `key`, or undefined: other bytes, another key, or what cannot be deserialised. */
export function decodeKept(bytes: Buffer, key: string): unknown {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const n = bytes.readUInt32LE(8);
  if (12 + n > bytes.length || bytes.toString('utf8', 12, 12 + n) !== key) return undefined;
  try { return v8.deserialize(bytes.subarray(12 + n)); } catch { return undefined; }
}

/** The value kept for the sources as they are now (`key`), or undefined. */
export function readKept(key = sourcesKey()): unknown {
  let bytes: Buffer | null;
  try { bytes = readUnzipped(ANCHOR, VARIANT); } catch { return undefined; }
  return bytes ? decodeKept(bytes, key) : undefined;
}

/** Keep `value` for the sources as they are now (`key`). Never throws: the cache is only a cache. */
export function keep(value: unknown, key = sourcesKey()): void {
  try { saveUnzipped(ANCHOR, encodeKept(key, value), VARIANT); } catch { /* built again next time */ }
}
