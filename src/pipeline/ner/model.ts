// The trained model: feature rows (hash -> weights for every label, one weight
// set per stage), transition weights, and the gazetteer lexicon. Binary layout,
// gzip-compressed; weights quantised to int16 with one scale per stage.
import { gunzipSync, gzipSync } from 'node:zlib';
import { N_LABELS } from './labels.ts';
import { TRANS_SIZE } from './decode.ts';
import { Lexicon } from './lexicon.ts';

const MAGIC = 'KGNER001';

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
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeModel(m: NerModel): Buffer {
  const lex = m.lexicon.toArrays();
  const header = Buffer.from(JSON.stringify({
    labels: N_LABELS, rows: m.hashes.length, scale1: m.scale1, scale2: m.scale2, lexicon: lex.keys.length, info: m.info,
  }));
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 8);
  parts.push(head, header, Buffer.alloc(pad4(header.length) - header.length));
  const raw = (a: ArrayBufferView) => { const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength); parts.push(b, Buffer.alloc(pad4(b.length) - b.length)); };
  raw(m.hashes); raw(m.w1); raw(m.w2); raw(m.trans1); raw(m.trans2); raw(lex.keys); raw(lex.values);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export class ModelFormatError extends Error {}

export function decodeModel(gz: Buffer): NerModel {
  let buf: Buffer;
  try { buf = gunzipSync(gz); } catch { throw new ModelFormatError('not a gzip file'); }
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new ModelFormatError(`missing the ${MAGIC} header`);
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as { labels: number; rows: number; scale1: number; scale2: number; lexicon: number; info: ModelInfo };
  if (header.labels !== N_LABELS) throw new ModelFormatError(`model has ${header.labels} labels, this tagger expects ${N_LABELS}`);
  // copy into an aligned buffer so typed-array views are valid
  const body = new Uint8Array(buf.length - 12 - pad4(hlen));
  body.set(buf.subarray(12 + pad4(hlen)));
  let off = 0;
  const take = <T>(ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
    const v = new ctor(body.buffer, off, n);
    off += pad4(n * ctor.BYTES_PER_ELEMENT);
    if (off > body.length) throw new ModelFormatError('model file is truncated');
    return v;
  };
  const R = header.rows;
  const hashes = take(Uint32Array, R);
  const w1 = take(Int16Array, R * N_LABELS);
  const w2 = take(Int16Array, R * N_LABELS);
  const trans1 = take(Float32Array, TRANS_SIZE);
  const trans2 = take(Float32Array, TRANS_SIZE);
  const lk = take(Uint32Array, header.lexicon);
  const lv = take(Uint32Array, header.lexicon);
  return { hashes, w1, w2, scale1: header.scale1, scale2: header.scale2, trans1, trans2, lexicon: Lexicon.fromArrays(lk, lv), info: header.info };
}
