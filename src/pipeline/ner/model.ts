// The trained model: feature rows (hash -> weights for every label, one weight
// set per stage), transition weights, and the gazetteer lexicon. Binary layout,
// gzip-compressed; weights quantised to int16 with one scale per stage and stored
// sparsely (a feature row has non-zero weights for two or three labels on average).
import { gunzipSync, gzipSync } from 'node:zlib';
import { N_LABELS } from './labels.ts';
import { TRANS_SIZE } from './decode.ts';
import { Lexicon } from './lexicon.ts';
import type { SparseWeights } from './weights.ts';

const MAGIC = 'KGNER002';

export interface ModelInfo {
  /** Free-form facts about training (data file names, epochs, seed, dev scores). */
  [key: string]: unknown;
}

/** Open-addressing table from feature hash to row index; key and row side by side (one cache line per probe). */
export class RowTable {
  /** slots[2k] = hash, slots[2k + 1] = row + 1 (0 = empty). */
  readonly slots: Int32Array;
  readonly mask: number;
  constructor(hashes: Uint32Array) {
    let cap = 16;
    while (cap < hashes.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]! | 0;
      let i = h & this.mask;
      while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = h;
      this.slots[2 * i + 1] = r + 1;
    }
  }
  /** Row of a feature hash, or -1. */
  get(hash: number): number {
    const mask = this.mask, slots = this.slots, h = hash | 0;
    let i = h & mask;
    for (;;) {
      const v = slots[2 * i + 1]!;
      if (v === 0) return -1;
      if (slots[2 * i] === h) return v - 1;
      i = (i + 1) & mask;
    }
  }
}

export interface NerModel {
  hashes: Uint32Array;
  /** Stage-1 and stage-2 weights, nRows * N_LABELS, to be multiplied by scale1/scale2. */
  w1: Int16Array;
  w2: Int16Array;
  scale1: number;
  scale2: number;
  trans1: Float32Array;
  trans2: Float32Array;
  lexicon: Lexicon;
  info: ModelInfo;
  /** The same weights as stored in the file (non-zero only), when the model was read from one. */
  sparse?: SparseWeights;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeModel(m: NerModel): Buffer {
  const lex = m.lexicon.toArrays();
  const header = Buffer.from(JSON.stringify({
    labels: N_LABELS, rows: m.hashes.length, nonzero: [countNonZero(m.w1), countNonZero(m.w2)], scale1: m.scale1, scale2: m.scale2, lexicon: lex.keys.length, info: m.info,
  }));
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 8);
  parts.push(head, header, Buffer.alloc(pad4(header.length) - header.length));
  const raw = (a: ArrayBufferView) => { const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength); parts.push(b, Buffer.alloc(pad4(b.length) - b.length)); };
  const s1 = toSparse(m.w1, m.hashes.length), s2 = toSparse(m.w2, m.hashes.length);
  raw(m.hashes); raw(s1.counts); raw(s2.counts); raw(s1.labels); raw(s2.labels); raw(s1.values); raw(s2.values);
  raw(m.trans1); raw(m.trans2); raw(lex.keys); raw(lex.values);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export class ModelFormatError extends Error {}

export function decodeModel(gz: Buffer): NerModel {
  return decodeUnzippedModel(gunzipModel(gz));
}

/** A model file's bytes gunzipped (what `decodeUnzippedModel` reads). */
export function gunzipModel(gz: Buffer): Buffer {
  try { return gunzipSync(gz); } catch { throw new ModelFormatError('not a gzip file'); }
}

/** The model in gunzipped bytes; its arrays may be views into `buf`, which belongs to the model afterwards. */
export function decodeUnzippedModel(buf: Buffer): NerModel {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new ModelFormatError(`missing the ${MAGIC} header`);
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as { labels: number; rows: number; nonzero: [number, number]; scale1: number; scale2: number; lexicon: number; info: ModelInfo };
  if (header.labels !== N_LABELS) throw new ModelFormatError(`model has ${header.labels} labels, this tagger expects ${N_LABELS}`);
  // typed-array views need 4-byte alignment: views into the bytes where they have it, else a copy
  const start = 12 + pad4(hlen);
  const body = (buf.byteOffset + start) % 4 === 0 ? new Uint8Array(buf.buffer, buf.byteOffset + start, Math.max(0, buf.length - start)) : Uint8Array.from(buf.subarray(start));
  let off = 0;
  const take = <T>(ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
    if (off + n * ctor.BYTES_PER_ELEMENT > body.length) throw new ModelFormatError('model file is truncated');
    const v = new ctor(body.buffer as ArrayBuffer, body.byteOffset + off, n);
    off += pad4(n * ctor.BYTES_PER_ELEMENT);
    return v;
  };
  const R = header.rows;
  const hashes = take(Uint32Array, R);
  const c1 = take(Uint8Array, R), c2 = take(Uint8Array, R);
  const l1 = take(Uint8Array, header.nonzero[0]), l2 = take(Uint8Array, header.nonzero[1]);
  const v1 = take(Int16Array, header.nonzero[0]), v2 = take(Int16Array, header.nonzero[1]);
  checkSparse(c1, l1, R); checkSparse(c2, l2, R);
  const trans1 = take(Float32Array, TRANS_SIZE);
  const trans2 = take(Float32Array, TRANS_SIZE);
  const lk = take(Uint32Array, header.lexicon);
  const lv = take(Uint32Array, header.lexicon);
  const sparse: SparseWeights = { rows: R, c1, l1, v1, c2, l2, v2 };
  // the tagger reads the sparse form; the dense arrays (for training code and tests) are built on first use
  let w1: Int16Array | undefined, w2: Int16Array | undefined;
  return {
    hashes, scale1: header.scale1, scale2: header.scale2, trans1, trans2, lexicon: Lexicon.fromArrays(lk, lv), info: header.info, sparse,
    get w1() { return (w1 ??= fromSparse(c1, l1, v1, R)); },
    set w1(v: Int16Array) { w1 = v; this.sparse = undefined; },
    get w2() { return (w2 ??= fromSparse(c2, l2, v2, R)); },
    set w2(v: Int16Array) { w2 = v; this.sparse = undefined; },
  };
}

/** The checks fromSparse makes, without building the dense array. */
function checkSparse(counts: Uint8Array, labels: Uint8Array, rows: number): void {
  let total = 0;
  for (let r = 0; r < rows; r++) total += counts[r]!;
  if (total !== labels.length) throw new ModelFormatError('row counts do not match the weights');
  for (let j = 0; j < labels.length; j++) if (labels[j]! >= N_LABELS) throw new ModelFormatError('label index out of range');
}

function countNonZero(w: Int16Array): number {
  let n = 0;
  for (let k = 0; k < w.length; k++) if (w[k]) n++;
  return n;
}

/** Dense rows x N_LABELS -> per-row counts, then (label, value) pairs row by row. */
function toSparse(w: Int16Array, rows: number): { counts: Uint8Array; labels: Uint8Array; values: Int16Array } {
  const nz = countNonZero(w);
  const counts = new Uint8Array(rows), labels = new Uint8Array(nz), values = new Int16Array(nz);
  let j = 0;
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < N_LABELS; l++) {
      const v = w[r * N_LABELS + l]!;
      if (!v) continue;
      counts[r]!++; labels[j] = l; values[j] = v; j++;
    }
  }
  return { counts, labels, values };
}

function fromSparse(counts: Uint8Array, labels: Uint8Array, values: Int16Array, rows: number): Int16Array {
  const w = new Int16Array(rows * N_LABELS);
  let j = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = counts[r]!; c > 0; c--, j++) {
      if (labels[j]! >= N_LABELS) throw new ModelFormatError('label index out of range');
      w[r * N_LABELS + labels[j]!] = values[j]!;
    }
  }
  if (j !== labels.length) throw new ModelFormatError('row counts do not match the weights');
  return w;
}
