// The tagger's run-time weight table: feature hash -> that feature's non-zero
// weights for both stages. Tagging one document looks up ~30 features per token
// in a model of ~130k rows, and most of the time goes to cache misses, so a row's
// key, counts and (usually all of its) weights share one 32-byte slot: one probe
// touches one cache line. Rows with more weights than fit keep them in a side
// array (these are the frequent features, which stay in cache anyway).
import { N_LABELS } from './labels.ts';

/** Int32s per slot: hash, meta, then INLINE packed weights (or the side-array offset). */
export const SLOT = 8;
const INLINE = SLOT - 2;
/** A packed weight is (value << IDX_BITS) | index into a token's 2N score block: label for stage 1, N + label for stage 2. */
export const IDX_BITS = 6;
export const IDX_MASK = (1 << IDX_BITS) - 1;
/** meta = USED | stage-1 count | stage-2 count << 6; 0 marks an empty slot. */
const USED = 1 << 12;
const COUNT_MASK = 63;
const FILTER_SHIFT = 11;

/** The non-zero weights of one model, as the tagger reads them. */
export interface SparseWeights {
  rows: number;
  /** Per row, how many stage-1 / stage-2 weights it has; then (label, value) pairs row by row. */
  c1: Uint8Array; l1: Uint8Array; v1: Int16Array;
  c2: Uint8Array; l2: Uint8Array; v2: Int16Array;
}

/** Dense rows x N_LABELS weights of both stages in the sparse form. */
export function sparseFromDense(w1: Int16Array, w2: Int16Array, rows: number): SparseWeights {
  const one = (w: Int16Array) => {
    let nz = 0;
    for (let k = 0; k < rows * N_LABELS; k++) if (w[k]) nz++;
    const c = new Uint8Array(rows), l = new Uint8Array(nz), v = new Int16Array(nz);
    let j = 0;
    for (let r = 0; r < rows; r++) {
      for (let x = 0; x < N_LABELS; x++) {
        const val = w[r * N_LABELS + x]!;
        if (val) { c[r]!++; l[j] = x; v[j] = val; j++; }
      }
    }
    return { c, l, v };
  };
  const a = one(w1), b = one(w2);
  return { rows, c1: a.c, l1: a.l, v1: a.v, c2: b.c, l2: b.l, v2: b.v };
}

/** Int32s of the filter (see WeightTable.filter). */
const FILTER_INTS = 1 << (32 - FILTER_SHIFT - 5);
/** Header of a stored table: magic, then mask, shift, slot ints, side ints (little-endian int32s). */
const TABLE_MAGIC = 'KGNWT001';
const TABLE_HEADER = 8 + 4 * 4;

/** What a table holds (see WeightTable). */
interface TableParts { slots: Int32Array; side: Int32Array; filter: Int32Array; mask: number; shift: number }

function buildParts(hashes: Uint32Array, w: SparseWeights): TableParts {
  const filter = new Int32Array(FILTER_INTS);
  const R = hashes.length, { c1, l1, v1, c2, l2, v2 } = w;
  // The home slot is the hash's top bits, so rows stored in hash order (as model files store
  // them) fill the table front to back: the build is a sequential write, not 150k cache misses.
  let cap = 16, bits = 4;
  while (cap < R * 2) { cap <<= 1; bits++; }
  const mask = cap - 1, shift = 32 - bits;
  const slots = new Int32Array(cap * SLOT);
  let sideLen = 0;
  for (let r = 0; r < R; r++) { const c = c1[r]! + c2[r]!; if (c > INLINE) sideLen += c; }
  const side = new Int32Array(sideLen);
  let j1 = 0, j2 = 0, js = 0;
  for (let r = 0; r < R; r++) {
    const h = hashes[r]! | 0, n1 = c1[r]!, n2 = c2[r]!;
    const f = h >>> FILTER_SHIFT;
    filter[f >>> 5]! |= 1 << (f & 31);
    let i = h >>> shift;
    while (slots[i * SLOT + 1] !== 0) i = (i + 1) & mask;
    const s = i * SLOT;
    slots[s] = h;
    slots[s + 1] = USED | n1 | (n2 << 6);
    let out: Int32Array, o: number;
    if (n1 + n2 > INLINE) { slots[s + 2] = js; out = side; o = js; js += n1 + n2; } else { out = slots; o = s + 2; }
    for (let k = 0; k < n1; k++, j1++) out[o++] = (v1[j1]! << IDX_BITS) | l1[j1]!;
    for (let k = 0; k < n2; k++, j2++) out[o++] = (v2[j2]! << IDX_BITS) | (N_LABELS + l2[j2]!);
  }
  return { slots, side, filter, mask, shift };
}

export class WeightTable {
  /** SLOT int32s per slot; see SLOT and meta above. */
  readonly slots: Int32Array;
  /** Weights of rows with more than INLINE of them. */
  readonly side: Int32Array;
  readonly mask: number;
  /** A hash's home slot is its top bits (hash >>> shift): see buildParts. */
  readonly shift: number;
  /**
   * One bit per FILTER_SHIFT-shifted hash, set for every row: a clear bit means
   * the model has no such feature, answered from 256 KB that stay in cache
   * instead of a probe into the 8 MB table (rare words' features mostly miss).
   */
  readonly filter: Int32Array;

  private constructor(parts: TableParts) {
    ({ slots: this.slots, side: this.side, filter: this.filter, mask: this.mask, shift: this.shift } = parts);
  }

  /** The table of a model's rows. */
  static build(hashes: Uint32Array, w: SparseWeights): WeightTable {
    return new WeightTable(buildParts(hashes, w));
  }

  /**
   * The built table as bytes (header, slots, side, filter), for a cache to keep:
   * loading it back (fromBytes) skips building, ~40 ms per start for the shipped model.
   */
  toBytes(): Buffer {
    const head = Buffer.alloc(TABLE_HEADER);
    head.write(TABLE_MAGIC, 0, 'latin1');
    head.writeInt32LE(this.mask, 8);
    head.writeInt32LE(this.shift, 12);
    head.writeInt32LE(this.slots.length, 16);
    head.writeInt32LE(this.side.length, 20);
    const raw = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([head, raw(this.slots), raw(this.side), raw(this.filter)]);
  }

  /** A table toBytes wrote, or null when the bytes are not one (wrong header or size). Little-endian machines only, as the model format. */
  static fromBytes(bytes: Uint8Array): WeightTable | null {
    if (bytes.length < TABLE_HEADER || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== TABLE_MAGIC) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, TABLE_HEADER);
    const mask = view.getInt32(8, true), shift = view.getInt32(12, true), nSlots = view.getInt32(16, true), nSide = view.getInt32(20, true);
    if (nSlots !== (mask + 1) * SLOT || shift !== 32 - Math.log2(mask + 1) || nSide < 0) return null;
    if (bytes.length !== TABLE_HEADER + 4 * (nSlots + nSide + FILTER_INTS)) return null;
    // views need 4-byte alignment: a copy when the bytes do not have it
    const body = (bytes.byteOffset + TABLE_HEADER) % 4 === 0 ? bytes : Uint8Array.from(bytes);
    const at = body.byteOffset + TABLE_HEADER;
    const slots = new Int32Array(body.buffer, at, nSlots);
    const side = new Int32Array(body.buffer, at + 4 * nSlots, nSide);
    const filter = new Int32Array(body.buffer, at + 4 * (nSlots + nSide), FILTER_INTS);
    // a probe ends at an empty slot: a table without one (damaged bytes) would never answer a miss
    let empty = false;
    for (let s = 1; s < nSlots && !empty; s += SLOT) empty = slots[s] === 0;
    if (!empty) return null;
    return new WeightTable({ slots, side, filter, mask, shift });
  }

  /**
   * Add the weights of feature `hash` (both stages, or only stage 2's) into
   * scores[base + index]; false when the model has no such feature.
   */
  add(hash: number, scores: Float64Array | Float32Array, base: number, stage2Only: boolean): boolean {
    const h = hash | 0, f = h >>> FILTER_SHIFT;
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return false;
    const slots = this.slots, mask = this.mask;
    let i = h >>> this.shift;
    for (;;) {
      const s = i * SLOT, meta = slots[s + 1]!;
      if (meta === 0) return false;
      if (slots[s] === h) {
        const n1 = meta & COUNT_MASK, n = n1 + ((meta >> 6) & COUNT_MASK);
        const skip = stage2Only ? n1 : 0;
        if (n > INLINE) {
          const side = this.side;
          for (let k = slots[s + 2]! + skip, end = slots[s + 2]! + n; k < end; k++) {
            const p = side[k]!;
            scores[base + (p & IDX_MASK)] += p >> IDX_BITS;
          }
        } else {
          for (let k = s + 2 + skip, end = s + 2 + n; k < end; k++) {
            const p = slots[k]!;
            scores[base + (p & IDX_MASK)] += p >> IDX_BITS;
          }
        }
        return true;
      }
      i = (i + 1) & mask;
    }
  }
}
