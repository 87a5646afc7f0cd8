// The parser's model file: the tag and relation inventories, the tag
// dictionary, and the weight tables (tagger passes, moves, relations), quantised
// to int16 and gzip-compressed. Layout: `KGPAR002`, header length, a JSON
// header, then the arrays, each padded to 4 bytes (the punctuation ranker's last,
// when there is one, so files written before it existed still read). Rows are sorted by hash at
// training time, so the same model always gives the same bytes, and each hash
// column is stored as differences from the previous hash: random 32-bit keys do
// not compress, their small gaps do (a fifth off the file).
import { gunzip, gunzipSync, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { SparseRows } from './tables.ts';

const MAGIC = 'KGPAR002';

export interface ParserModel {
  /** Tag names by index (the UD UPOS tags). */
  tags: string[];
  /** Relation names by index (UD v2 with subtypes); includes "root". */
  labels: string[];
  /** Frequent words that always had one tag in training: exact (normalised) form -> tag index. */
  tagDict: Record<string, number>;
  tagger: SparseRows;
  /** Second tagging pass (sees the first pass's tags to the right); absent in one-pass models. */
  tagger2?: SparseRows;
  /** First-pass margin (quantised units) below which the second pass re-tags a word; absent: every word. */
  retagMargin?: number;
  /** Beam width the moves were trained for and are decoded with (beam.ts); absent: 1, greedy. */
  beam?: number;
  moves: { hashes: Uint32Array; weights: Int16Array };
  labeller: SparseRows;
  /** Ranker of punctuation heads on the finished tree (one class); absent in older models. */
  punct?: SparseRows;
  /** Word classes the features read (word-classes.ts): class key -> coarse << 16 | fine; absent in older models. */
  wordClasses?: Record<string, number>;
  /** Training facts (data, epochs, seed, dev scores). */
  info: Record<string, unknown>;
}

export class ModelFormatError extends Error {}

const gunzipAsync = promisify(gunzip);
const pad4 = (n: number) => (n + 3) & ~3;

interface Header {
  tags: string[];
  retagMargin?: number;
  beam?: number;
  labels: string[];
  tagDict: Record<string, number>;
  wordClasses?: Record<string, number>;
  rows: { tagger: number; tagger2?: number; moves: number; labeller: number; punct?: number };
  nonzero: { tagger: number; tagger2?: number; labeller: number; punct?: number };
  info: Record<string, unknown>;
}

export function encodeModel(m: ParserModel): Buffer {
  const header: Header = {
    tags: m.tags, labels: m.labels, tagDict: m.tagDict, ...(m.wordClasses ? { wordClasses: m.wordClasses } : {}), ...(m.retagMargin !== undefined ? { retagMargin: m.retagMargin } : {}), ...(m.beam !== undefined && m.beam > 1 ? { beam: m.beam } : {}),
    rows: { tagger: m.tagger.hashes.length, ...(m.tagger2 ? { tagger2: m.tagger2.hashes.length } : {}), moves: m.moves.hashes.length, labeller: m.labeller.hashes.length, ...(m.punct ? { punct: m.punct.hashes.length } : {}) },
    nonzero: { tagger: m.tagger.values.length, ...(m.tagger2 ? { tagger2: m.tagger2.values.length } : {}), labeller: m.labeller.values.length, ...(m.punct ? { punct: m.punct.values.length } : {}) },
    info: m.info,
  };
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  const parts: Buffer[] = [head, json, Buffer.alloc(pad4(json.length) - json.length)];
  const raw = (a: ArrayBufferView) => { const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength); parts.push(b, Buffer.alloc(pad4(b.length) - b.length)); };
  for (const t of [m.tagger, m.tagger2, m.labeller]) if (t) { raw(deltas(t.hashes)); raw(t.counts); raw(t.classes); raw(t.values); }
  raw(deltas(m.moves.hashes)); raw(m.moves.weights);
  if (m.punct) { raw(deltas(m.punct.hashes)); raw(m.punct.counts); raw(m.punct.classes); raw(m.punct.values); }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): ParserModel {
  return decodeUnzippedModel(gunzipModel(gz));
}

/** A model file's bytes gunzipped (what `decodeUnzippedModel` reads). */
export function gunzipModel(gz: Buffer): Buffer {
  try { return gunzipSync(gz); } catch { throw new ModelFormatError('not a gzip file'); }
}

/** `gunzipModel` on libuv's thread pool: the caller's thread can load other models meanwhile. */
export async function gunzipModelAsync(gz: Buffer): Promise<Buffer> {
  // Large chunks: the default 16 KiB ones cost a thread hop each and double the time.
  try { return await gunzipAsync(gz, { chunkSize: 1 << 23 }); } catch { throw new ModelFormatError('not a gzip file'); }
}

/** `decodeModel` with the gunzip (a third of the load) off the calling thread. */
export async function decodeModelAsync(gz: Buffer): Promise<ParserModel> {
  return decodeUnzippedModel(await gunzipModelAsync(gz));
}

/**
 * The model in gunzipped bytes. Its arrays are views into `buf` (hash columns are turned from
 * gaps back into hashes in place), so `buf` belongs to the model afterwards.
 */
export function decodeUnzippedModel(buf: Buffer): ParserModel {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new ModelFormatError(`missing the ${MAGIC} header`);
  const hlen = buf.readUInt32LE(8);
  let header: Header;
  try { header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header; } catch { throw new ModelFormatError('the header is not JSON'); }
  // The arrays are views into the gunzipped bytes where these are 4-byte aligned (gunzip's
  // output and a read file are their own buffers, so they are); a copy of 23 MB otherwise.
  const start = 12 + pad4(hlen);
  const body = (buf.byteOffset + start) % 4 === 0 ? new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start) : Uint8Array.from(buf.subarray(start));
  let off = 0;
  const take = <T>(ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
    if (off + n * ctor.BYTES_PER_ELEMENT > body.length) throw new ModelFormatError('model file is truncated');
    const v = new ctor(body.buffer as ArrayBuffer, body.byteOffset + off, n);
    off += pad4(n * ctor.BYTES_PER_ELEMENT);
    return v;
  };
  const sparse = (rows: number, nz: number, classes: number): SparseRows => {
    const t = { hashes: undeltas(take(Uint32Array, rows)), counts: take(Uint8Array, rows), classes: take(Uint8Array, nz), values: take(Int16Array, nz) };
    let total = 0;
    for (let r = 0; r < rows; r++) total += t.counts[r]!;
    if (total !== nz) throw new ModelFormatError('row counts do not match the weights');
    for (let j = 0; j < nz; j++) if (t.classes[j]! >= classes) throw new ModelFormatError('class index out of range');
    return t;
  };
  const tagger = sparse(header.rows.tagger, header.nonzero.tagger, header.tags.length);
  const tagger2 = header.rows.tagger2 !== undefined ? sparse(header.rows.tagger2, header.nonzero.tagger2 ?? 0, header.tags.length) : undefined;
  const labeller = sparse(header.rows.labeller, header.nonzero.labeller, header.labels.length);
  const moves = { hashes: undeltas(take(Uint32Array, header.rows.moves)), weights: take(Int16Array, header.rows.moves * 4) };
  const punct = header.rows.punct !== undefined ? sparse(header.rows.punct, header.nonzero.punct ?? 0, 1) : undefined;
  if (!header.labels.includes('root')) throw new ModelFormatError('the relation inventory has no "root"');
  return { tags: header.tags, labels: header.labels, tagDict: header.tagDict, tagger, ...(tagger2 ? { tagger2 } : {}), ...(header.retagMargin !== undefined ? { retagMargin: header.retagMargin } : {}), ...(beamWidth(header.beam) > 1 ? { beam: beamWidth(header.beam) } : {}), moves, labeller, ...(punct ? { punct } : {}), ...(header.wordClasses ? { wordClasses: header.wordClasses } : {}), info: header.info };
}

/** The header's beam width (absent in greedy models and in files written before the beam). */
function beamWidth(v: unknown): number {
  if (v === undefined) return 1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 64) throw new ModelFormatError('the beam width is not a whole number from 1 to 64');
  return v;
}

/** Sorted hashes as gaps (the first one as is). */
function deltas(hashes: Uint32Array): Uint32Array {
  const out = new Uint32Array(hashes.length);
  for (let r = 0; r < hashes.length; r++) {
    if (r > 0 && hashes[r]! <= hashes[r - 1]!) throw new Error('model rows must be sorted by hash, without repeats');
    out[r] = r > 0 ? hashes[r]! - hashes[r - 1]! : hashes[r]!;
  }
  return out;
}

/** Gaps back to hashes, in place. */
function undeltas(gaps: Uint32Array): Uint32Array {
  for (let r = 1; r < gaps.length; r++) gaps[r] = (gaps[r - 1]! + gaps[r]!) >>> 0;
  return gaps;
}
