// The tagger's run-time weight table: feature hash -> that feature's non-zero
// weights for both stages. Tagging one document looks up ~30 features per token
// in a model of ~150k rows, and most of the time goes to cache misses, so rows are
// kept small and together: in hash order, each its key, its counts and then its
// weights, found through a directory of their hashes' top bits (half a megabyte,
// which stays in cache far more than the rows do) behind a filter of hashes.
import { N_LABELS } from './labels.ts';
import { directory, hashOrder } from '../hash-directory.ts';

/** A packed weight is (value << IDX_BITS) | index into a token's 2N score block: label for stage 1, N + label for stage 2. */
export const IDX_BITS = 6;
export const IDX_MASK = (1 << IDX_BITS) - 1;
/** A row's second word: its stage-1 count | stage-2 count << 6. */
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
/** Header of a stored table: magic, then shift, word ints, directory ints (little-endian int32s). */
const TABLE_MAGIC = 'KGNWT002';
const TABLE_HEADER = 8 + 3 * 4;

/**
 * What a table holds (see WeightTable): `words`, rows in hash order [key, counts, weights...] and one
 * word past the end; `dir`, where the rows of each value of a hash's top bits (hash >>> shift) start.
 */
interface TableParts { words: Int32Array; dir: Uint32Array; filter: Int32Array; shift: number }

function buildParts(hashes: Uint32Array, w: SparseWeights): TableParts {
  const filter = new Int32Array(FILTER_INTS);
  const R = hashes.length, { c1, l1, v1, c2, l2, v2 } = w;
  // where each row's weights start in (l1, v1) and (l2, v2)
  const first1 = new Uint32Array(R), first2 = new Uint32Array(R);
  let nz = 0;
  for (let r = 0, j1 = 0, j2 = 0; r < R; r++) { first1[r] = j1; first2[r] = j2; j1 += c1[r]!; j2 += c2[r]!; nz += c1[r]! + c2[r]!; }
  // rows in hash order (model files store them so; else sorted, rows of equal hashes keeping their order)
  const order = hashOrder(hashes);
  const words = new Int32Array(2 * R + nz + 1);
  const start = new Uint32Array(R);
  let o = 0;
  for (let s = 0; s < R; s++) {
    const r = order ? order[s]! : s, h = hashes[r]! | 0, n1 = c1[r]!, n2 = c2[r]!;
    const f = h >>> FILTER_SHIFT;
    filter[f >>> 5]! |= 1 << (f & 31);
    start[s] = o;
    words[o++] = h;
    words[o++] = n1 | (n2 << 6);
    for (let k = 0, j = first1[r]!; k < n1; k++, j++) words[o++] = (v1[j]! << IDX_BITS) | l1[j]!;
    for (let k = 0, j = first2[r]!; k < n2; k++, j++) words[o++] = (v2[j]! << IDX_BITS) | (N_LABELS + l2[j]!);
  }
  // about two rows per directory entry
  const { dir, shift } = directory(hashes, order, start, o);
  return { words, dir, filter, shift };
}

export class WeightTable {
  /** Rows in hash order: [key, counts, packed weights...], then one word past the end. */
  readonly words: Int32Array;
  /** Where the rows of each hash's top bits (hash >>> shift) start: dir[b] .. dir[b + 1]. */
  readonly dir: Uint32Array;
  readonly shift: number;
  /**
   * One bit per FILTER_SHIFT-shifted hash, set for every row: a clear bit means
   * the model has no such feature, answered from 256 KB that stay in cache
   * instead of a look-up in the rows (rare words' features mostly miss).
   */
  readonly filter: Int32Array;

  private constructor(parts: TableParts) {
    ({ words: this.words, dir: this.dir, filter: this.filter, shift: this.shift } = parts);
  }

  /** The table of a model's rows. */
  static build(hashes: Uint32Array, w: SparseWeights): WeightTable {
    return new WeightTable(buildParts(hashes, w));
  }

  /**
   * The built table as bytes (header, words, directory, filter), for a cache to keep:
   * loading it back (fromBytes) skips building, ~40 ms per start for the shipped model.
   * 5.4 MB for the shipped model's 153k rows, where an open-addressing table of 32-byte
   * slots at load under 1/2 took 18.9 MB, which each start read and paged in.
   */
  toBytes(): Buffer {
    const head = Buffer.alloc(TABLE_HEADER);
    head.write(TABLE_MAGIC, 0, 'latin1');
    head.writeInt32LE(this.shift, 8);
    head.writeInt32LE(this.words.length, 12);
    head.writeInt32LE(this.dir.length, 16);
    const raw = (a: Int32Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([head, raw(this.words), raw(this.dir), raw(this.filter)]);
  }

  /** A table toBytes wrote, or null when the bytes are not one (wrong header or size). Little-endian machines only, as the model format. */
  static fromBytes(bytes: Uint8Array): WeightTable | null {
    if (bytes.length < TABLE_HEADER || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== TABLE_MAGIC) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, TABLE_HEADER);
    const shift = view.getInt32(8, true), nWords = view.getInt32(12, true), nDir = view.getInt32(16, true);
    if (!(shift >= 8 && shift <= 28) || nDir !== (1 << (32 - shift)) + 1 || nWords < 1) return null;
    if (bytes.length !== TABLE_HEADER + 4 * (nWords + nDir + FILTER_INTS)) return null;
    // views need 4-byte alignment: a copy when the bytes do not have it
    const body = (bytes.byteOffset + TABLE_HEADER) % 4 === 0 ? bytes : Uint8Array.from(bytes);
    const at = body.byteOffset + TABLE_HEADER;
    const words = new Int32Array(body.buffer, at, nWords);
    const dir = new Uint32Array(body.buffer, at + 4 * nWords, nDir);
    const filter = new Int32Array(body.buffer, at + 4 * (nWords + nDir), FILTER_INTS);
    // the directory runs from the first row to the word past the last (damaged bytes: rebuilt from the model)
    if (dir[0] !== 0 || dir[nDir - 1] !== nWords - 1) return null;
    return new WeightTable({ words, dir, filter, shift });
  }

  /**
   * Add the weights of feature `hash` (both stages, or only stage 2's) into
   * scores[base + index]; false when the model has no such feature.
   */
  add(hash: number, scores: Float64Array | Float32Array, base: number, stage2Only: boolean): boolean {
    const h = hash | 0, f = h >>> FILTER_SHIFT;
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return false;
    const words = this.words, dir = this.dir, b = h >>> this.shift;
    // the entry's rows, each past its key, counts and weights
    for (let o = dir[b]!, e = dir[b + 1]!; o < e;) {
      const meta = words[o + 1]!, n1 = meta & COUNT_MASK, n = n1 + ((meta >> 6) & COUNT_MASK);
      if (words[o] === h) {
        for (let k = o + 2 + (stage2Only ? n1 : 0), end = o + 2 + n; k < end; k++) {
          const p = words[k]!;
          scores[base + (p & IDX_MASK)] += p >> IDX_BITS;
        }
        return true;
      }
      o += 2 + n;
    }
    return false;
  }
}
