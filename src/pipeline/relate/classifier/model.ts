// The relation model: feature hash -> its non-zero weights over the labels, a
// calibration that maps a decision's margin to a probability, and the facts of
// its training. Binary, gzip-compressed; weights quantised to int16 with one
// scale and stored sparsely (most features only ever moved one or two labels).
import { gunzipSync, gzipSync } from 'node:zlib';
import { RowTable } from '../../ner/model.ts';
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

/** The model as the classifier reads it: one probe per feature, weights added into a score per label. */
export class RelationScorer {
  private readonly rows: RowTable;
  private readonly offsets: Int32Array;
  constructor(readonly model: RelationModel) {
    this.rows = new RowTable(model.hashes);
    const R = model.hashes.length;
    this.offsets = new Int32Array(R + 1);
    for (let r = 0; r < R; r++) this.offsets[r + 1] = this.offsets[r]! + model.counts[r]!;
  }

  /** Scores of every label (unscaled integers) for a feature list, into `scores`. */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    scores.fill(0);
    const { labels, values } = this.model, off = this.offsets;
    for (let k = 0; k < n; k++) {
      const r = this.rows.get(features[k]!);
      if (r < 0) continue;
      for (let j = off[r]!, end = off[r + 1]!; j < end; j++) scores[labels[j]!] += values[j]!;
    }
  }
}

/**
 * The best relation label the pair's classes allow, and its margin over the best other label (NONE
 * included): positive when the perceptron would choose it, negative when NONE wins. The calibrated
 * confidence is a function of this margin, so a threshold can trade precision for recall either way.
 */
export function decide(scores: Float64Array, pairClass: number, scale: number): { label: number; margin: number } {
  const mask = ALLOWED[pairClass]!;
  let best = -1, second = scores[NONE]!;
  for (let l = 1; l < N_LABELS; l++) {
    if (!(mask & (1 << l))) continue;
    if (best < 0 || scores[l]! > scores[best]!) { if (best >= 0 && scores[best]! > second) second = scores[best]!; best = l; } else if (scores[l]! > second) second = scores[l]!;
  }
  if (best < 0) return { label: NONE, margin: 0 };
  return { label: best, margin: (scores[best]! - second) * scale };
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
