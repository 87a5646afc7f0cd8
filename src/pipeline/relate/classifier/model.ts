// The relation model: feature hash -> its non-zero weights over the labels, a
// calibration that maps a decision's margin to a probability, and the facts of
// its training. Binary, gzip-compressed; weights quantised to int16 with one
// scale. The file holds the weights in the very table the classifier probes
// (built at training time), so loading is a gunzip and three typed-array views.
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED, N_LABELS, NONE } from './labels.ts';

const MAGIC = 'KGREL002';

export interface RelationModelInfo {
  [key: string]: unknown;
}

/** Platt scaling of the margin (best relation label minus the best other label): p = 1 / (1 + exp(-(a * margin + b))). */
export interface Calibration {
  a: number;
  b: number;
}

/**
 * Feature hash -> weights, as an open-addressing table filled to 3/4 at most. A slot is SLOT int32s:
 * the hash, 1 + the row's weight count (0: empty slot), then two packed weights, or for rows with
 * more, the offset of their weights in `side`. A packed weight is (value << LABEL_BITS) | label.
 * One bit of `filter` per hash >>> FILTER_SHIFT is set for every row.
 */
export interface RelationTable {
  rows: number;
  slots: Int32Array;
  side: Int32Array;
  filter: Int32Array;
}

export interface RelationModel {
  table: RelationTable;
  /** A stored value times `scale` is the weight. */
  scale: number;
  /** One calibration per relation type (RELATION_TYPES order): each type's margins mean different odds. */
  calibration: Calibration[];
  /** Relations whose calibrated confidence is below this are not reported. */
  minConfidence: number;
  /** A higher bar for some types (RELATION_TYPES order, 0 for none); see DEFAULT_TYPE_MIN_CONFIDENCE. */
  typeMinConfidence: number[];
  info: RelationModelInfo;
}

export class RelationModelFormatError extends Error {}

const SLOT = 4;
const INLINE = SLOT - 2;
const LABEL_BITS = 4;
const LABEL_MASK = (1 << LABEL_BITS) - 1;
/** 32 KB of filter: it stays in cache and turns away most features the model lacks (about half of a pair's). */
const FILTER_SHIFT = 14;
const FILTER_WORDS = 1 << (32 - FILTER_SHIFT - 5);

/** Rows (hash, then that many (label, value) pairs) packed into the table the classifier probes. */
export function packRelationTable(hashes: ArrayLike<number>, counts: ArrayLike<number>, labels: ArrayLike<number>, values: ArrayLike<number>): RelationTable {
  const R = hashes.length;
  let cap = 16;
  while (cap * 3 < R * 4) cap <<= 1;
  const mask = cap - 1;
  const slots = new Int32Array(cap * SLOT), filter = new Int32Array(FILTER_WORDS);
  let sideLen = 0;
  for (let r = 0; r < R; r++) if (counts[r]! > INLINE) sideLen += counts[r]!;
  const side = new Int32Array(sideLen);
  let j = 0, js = 0;
  for (let r = 0; r < R; r++) {
    const h = hashes[r]! | 0, n = counts[r]!, f = h >>> FILTER_SHIFT;
    filter[f >>> 5] = filter[f >>> 5]! | (1 << (f & 31));
    let i = h & mask;
    while (slots[i * SLOT + 1] !== 0) i = (i + 1) & mask;
    const at = i * SLOT;
    slots[at] = h;
    slots[at + 1] = n + 1;
    if (n > INLINE) {
      slots[at + 2] = js;
      for (let k = 0; k < n; k++, j++) side[js++] = (values[j]! << LABEL_BITS) | labels[j]!;
    } else {
      for (let k = 0; k < n; k++, j++) slots[at + 2 + k] = (values[j]! << LABEL_BITS) | labels[j]!;
    }
  }
  return { rows: R, slots, side, filter };
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeRelationModel(m: RelationModel): Buffer {
  const t = m.table;
  const header = Buffer.from(JSON.stringify({
    labels: N_LABELS, rows: t.rows, slots: t.slots.length / SLOT, side: t.side.length, scale: m.scale, calibration: m.calibration, minConfidence: m.minConfidence, typeMinConfidence: m.typeMinConfidence, info: m.info,
  }));
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 8);
  parts.push(head, header, Buffer.alloc(pad4(header.length) - header.length));
  for (const a of [t.slots, t.side, t.filter]) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeRelationModel(gz: Buffer): RelationModel {
  return decodeUnzippedRelationModel(gunzipRelationModel(gz));
}

/** A model file's bytes gunzipped (what `decodeUnzippedRelationModel` reads; a loader may keep them: ../../model-cache.ts). */
export function gunzipRelationModel(gz: Buffer): Buffer {
  try { return gunzipSync(gz); } catch { throw new RelationModelFormatError('not a gzip file'); }
}

/** The model in gunzipped bytes (copied out of them: `buf` stays the caller's). */
export function decodeUnzippedRelationModel(buf: Buffer): RelationModel {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new RelationModelFormatError(`missing the ${MAGIC} header`);
  const hlen = buf.readUInt32LE(8);
  let header: { labels: number; rows: number; slots: number; side: number; scale: number; calibration: Calibration[]; minConfidence: number; typeMinConfidence: number[]; info: RelationModelInfo };
  try { header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)); } catch { throw new RelationModelFormatError('unreadable header'); }
  if (header.labels !== N_LABELS) throw new RelationModelFormatError(`model has ${header.labels} labels, this classifier expects ${N_LABELS}`);
  if (!Array.isArray(header.calibration) || header.calibration.length !== (N_LABELS - 1) / 2) throw new RelationModelFormatError('expected one calibration per relation type');
  if (!Array.isArray(header.typeMinConfidence) || header.typeMinConfidence.length !== (N_LABELS - 1) / 2) throw new RelationModelFormatError('expected one confidence threshold per relation type');
  if (!(header.slots >= 16 && (header.slots & (header.slots - 1)) === 0 && header.rows * 4 <= header.slots * 3)) throw new RelationModelFormatError('table size is not a power of two with room for its rows');
  const need = (header.slots * SLOT + header.side + FILTER_WORDS) * 4;
  const start = 12 + pad4(hlen);
  if (buf.length - start < need) throw new RelationModelFormatError('model file is truncated');
  // copied into a fresh, aligned buffer so the typed-array views are valid
  const body = new Int32Array(need / 4);
  new Uint8Array(body.buffer).set(buf.subarray(start, start + need));
  const slots = body.subarray(0, header.slots * SLOT);
  const side = body.subarray(header.slots * SLOT, header.slots * SLOT + header.side);
  const filter = body.subarray(header.slots * SLOT + header.side);
  return { table: { rows: header.rows, slots, side, filter }, scale: header.scale, calibration: header.calibration, minConfidence: header.minConfidence, typeMinConfidence: header.typeMinConfidence, info: header.info };
}

/** Scores of every label (unscaled integers) for the first `n` features, into `scores`. */
export function scoreFeatures(t: RelationTable, features: ArrayLike<number>, n: number, scores: Float64Array): void {
  scores.fill(0);
  const slots = t.slots, filter = t.filter, mask = slots.length / SLOT - 1;
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
          const side = t.side;
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
