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

export class WeightTable {
  /** SLOT int32s per slot; see SLOT and meta above. */
  readonly slots: Int32Array;
  /** Weights of rows with more than INLINE of them. */
  readonly side: Int32Array;
  readonly mask: number;
  /** A hash's home slot is its top bits (hash >>> shift): see the constructor. */
  readonly shift: number;
  /**
   * One bit per FILTER_SHIFT-shifted hash, set for every row: a clear bit means
   * the model has no such feature, answered from 256 KB that stay in cache
   * instead of a probe into the 8 MB table (rare words' features mostly miss).
   */
  readonly filter = new Int32Array(1 << (32 - FILTER_SHIFT - 5));

  constructor(hashes: Uint32Array, w: SparseWeights) {
    const R = hashes.length, { c1, l1, v1, c2, l2, v2 } = w;
    // The home slot is the hash's top bits, so rows stored in hash order (as model files store
    // them) fill the table front to back: the build is a sequential write, not 150k cache misses.
    let cap = 16, bits = 4;
    while (cap < R * 2) { cap <<= 1; bits++; }
    const mask = cap - 1, shift = 32 - bits;
    this.mask = mask;
    this.shift = shift;
    const slots = new Int32Array(cap * SLOT);
    let sideLen = 0;
    for (let r = 0; r < R; r++) { const c = c1[r]! + c2[r]!; if (c > INLINE) sideLen += c; }
    const side = new Int32Array(sideLen);
    let j1 = 0, j2 = 0, js = 0;
    for (let r = 0; r < R; r++) {
      const h = hashes[r]! | 0, n1 = c1[r]!, n2 = c2[r]!;
      const f = h >>> FILTER_SHIFT;
      this.filter[f >>> 5]! |= 1 << (f & 31);
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
    this.slots = slots;
    this.side = side;
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
