// The relation model: feature hash -> its non-zero weights over the labels, a
// calibration that maps a decision's margin to a probability, and the facts of
// its training. Binary, gzip-compressed; weights quantised to int16 with one
// scale and stored sparsely (most features only ever moved one or two labels).
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED, N_LABELS, NONE } from './labels.ts';

const MAGIC = 'KGREL001';

export interface RelationModelInfo {
  [key: string]: unknown;
}

/** Platt scaling of the margin (best relation label minus the best other label): p = 1 / (1 + exp(-(a * margin + b))). */
export interface Calibration {
  a: number;
  b: number;
}

export interface RelationModel {
  hashes: Uint32Array;
  /** Per row, how many weights it has; then (label, value) pairs row by row. */
  counts: Uint8Array;
  labels: Uint8Array;
  values: Int16Array;
  /** A stored value times `scale` is the weight. */
  scale: number;
  calibration: Calibration;
  /** Relations whose calibrated confidence is below this are not reported. */
  minConfidence: number;
  info: RelationModelInfo;
}

export class RelationModelFormatError extends Error {}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeRelationModel(m: RelationModel): Buffer {
  const header = Buffer.from(JSON.stringify({
    labels: N_LABELS, rows: m.hashes.length, nonzero: m.values.length, scale: m.scale, calibration: m.calibration, minConfidence: m.minConfidence, info: m.info,
  }));
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 8);
  parts.push(head, header, Buffer.alloc(pad4(header.length) - header.length));
  const raw = (a: ArrayBufferView) => { const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength); parts.push(b, Buffer.alloc(pad4(b.length) - b.length)); };
  raw(m.hashes); raw(m.counts); raw(m.labels); raw(m.values);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeRelationModel(gz: Buffer): RelationModel {
  let buf: Buffer;
  try { buf = gunzipSync(gz); } catch { throw new RelationModelFormatError('not a gzip file'); }
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new RelationModelFormatError(`missing the ${MAGIC} header`);
  const hlen = buf.readUInt32LE(8);
  let header: { labels: number; rows: number; nonzero: number; scale: number; calibration: Calibration; minConfidence: number; info: RelationModelInfo };
  try { header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)); } catch { throw new RelationModelFormatError('unreadable header'); }
  if (header.labels !== N_LABELS) throw new RelationModelFormatError(`model has ${header.labels} labels, this classifier expects ${N_LABELS}`);
  const body = new Uint8Array(buf.length - 12 - pad4(hlen));
  body.set(buf.subarray(12 + pad4(hlen)));
  let off = 0;
  const take = <T>(ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
    if (off + n * ctor.BYTES_PER_ELEMENT > body.length) throw new RelationModelFormatError('model file is truncated');
    const v = new ctor(body.buffer, off, n);
    off += pad4(n * ctor.BYTES_PER_ELEMENT);
    return v;
  };
  const hashes = take(Uint32Array, header.rows);
  const counts = take(Uint8Array, header.rows);
  const labels = take(Uint8Array, header.nonzero);
  const values = take(Int16Array, header.nonzero);
  let total = 0;
  for (let r = 0; r < counts.length; r++) total += counts[r]!;
  if (total !== labels.length) throw new RelationModelFormatError('row counts do not match the weights');
  for (let k = 0; k < labels.length; k++) if (labels[k]! >= N_LABELS) throw new RelationModelFormatError('label index out of range');
  return { hashes, counts, labels, values, scale: header.scale, calibration: header.calibration, minConfidence: header.minConfidence, info: header.info };
}

/** Int32s per slot of the run-time table: hash, meta, then two packed weights (or the side-array offset). */
const SLOT = 4;
const INLINE = SLOT - 2;
/** A packed weight is (value << LABEL_BITS) | label. */
const LABEL_BITS = 4;
const LABEL_MASK = (1 << LABEL_BITS) - 1;
/** One filter bit per hash >>> FILTER_SHIFT: 32 KB that stay in cache and turn away most features the model lacks. */
const FILTER_SHIFT = 14;

/**
 * The model as the classifier reads it: feature hash -> its weights, in one open-addressing table
 * where a row's key, count and (for nine rows in ten, all of) its weights share 16 bytes, so a probe
 * touches one cache line; about half the features of a pair are unknown to the model, and a bit
 * filter answers most of those without a probe.
 */
export class RelationScorer {
  private readonly slots: Int32Array;
  private readonly side: Int32Array;
  private readonly mask: number;
  private readonly filter = new Int32Array(1 << (32 - FILTER_SHIFT - 5));
  constructor(readonly model: RelationModel) {
    const { hashes, counts, labels, values } = model;
    const R = hashes.length;
    // filled up to 3/4 at most: probes stay short, and the table half the size of a half-full one
    let cap = 16;
    while (cap * 3 < R * 4) cap <<= 1;
    this.mask = cap - 1;
    const slots = new Int32Array(cap * SLOT);
    let sideLen = 0;
    for (let r = 0; r < R; r++) if (counts[r]! > INLINE) sideLen += counts[r]!;
    const side = new Int32Array(sideLen);
    let j = 0, js = 0;
    for (let r = 0; r < R; r++) {
      const h = hashes[r]! | 0, n = counts[r]!;
      const f = (h >>> FILTER_SHIFT);
      this.filter[f >>> 5]! |= 1 << (f & 31);
      let i = h & this.mask;
      while (slots[i * SLOT + 1] !== 0) i = (i + 1) & this.mask;
      const at = i * SLOT;
      slots[at] = h;
      slots[at + 1] = n + 1;
      let out: Int32Array, o: number;
      if (n > INLINE) { slots[at + 2] = js; out = side; o = js; js += n; } else { out = slots; o = at + 2; }
      for (let k = 0; k < n; k++, j++) out[o++] = (values[j]! << LABEL_BITS) | labels[j]!;
    }
    this.slots = slots;
    this.side = side;
  }

  /** Scores of every label (unscaled integers) for the first `n` features, into `scores`. */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    scores.fill(0);
    const slots = this.slots, mask = this.mask, filter = this.filter;
    for (let k = 0; k < n; k++) {
      const h = features[k]! | 0, f = h >>> FILTER_SHIFT;
      if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) continue;
      let i = h & mask;
      for (;;) {
        const at = i * SLOT, meta = slots[at + 1]!;
        if (meta === 0) break;
        if (slots[at] === h) {
          const c = meta - 1;
          if (c > INLINE) {
            const side = this.side;
            for (let q = slots[at + 2]!, end = q + c; q < end; q++) { const p = side[q]!; scores[p & LABEL_MASK] += p >> LABEL_BITS; }
          } else {
            for (let q = at + 2, end = at + 2 + c; q < end; q++) { const p = slots[q]!; scores[p & LABEL_MASK] += p >> LABEL_BITS; }
          }
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }
}

/** What `decide` found: the best relation label the pair allows and its margin. */
export interface Decision { label: number; margin: number }

/**
 * The best relation label the pair's classes allow, and its margin over the best other label (NONE
 * included): positive when the perceptron would choose it, negative when NONE wins. The calibrated
 * confidence is a function of this margin, so a threshold can trade precision for recall either way.
 * Writes into `out` (one object reused for every pair) and returns it.
 */
export function decide(scores: Float64Array, pairClass: number, scale: number, out: Decision = { label: NONE, margin: 0 }): Decision {
  const mask = ALLOWED[pairClass]!;
  let best = -1, second = scores[NONE]!;
  for (let l = 1; l < N_LABELS; l++) {
    if (!(mask & (1 << l))) continue;
    if (best < 0 || scores[l]! > scores[best]!) { if (best >= 0 && scores[best]! > second) second = scores[best]!; best = l; } else if (scores[l]! > second) second = scores[l]!;
  }
  out.label = best < 0 ? NONE : best;
  out.margin = best < 0 ? 0 : (scores[best]! - second) * scale;
  return out;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
