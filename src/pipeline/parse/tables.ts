// Run-time weight tables: feature hash -> that feature's weights, laid out so
// one look-up touches few cache lines (parsing is dominated by cache misses on
// a few hundred thousand rows). The four move weights are read from rows of five
// int16 (a 16-bit key, the weights) in hash order, through a directory; tag and relation weights, which
// are sparse over 17 and ~50 classes, are packed one word each (value << 8 | class)
// after their row's key, in rows of variable length kept in hash order with a directory.

import { directory, hashOrder } from '../hash-directory.ts';

export const CLASS_BITS = 7;
const CLASS_MASK = (1 << CLASS_BITS) - 1;
export const MAX_CLASSES = 1 << CLASS_BITS;

/** Int16 words per move row: the key's low 16 bits, then the four weights. */
const MOVE_ROW = 5;
/**
 * Directory entries of the move table: at least 2^16, so that the hash bits an entry does not
 * fix fit the 16-bit key (two hashes of one entry differ in their low 16 bits); at most four rows
 * each on average (2.3 for the shipped model's 1.2 M rows).
 */
const MOVE_DIR_BITS = 16;
const MOVE_ROWS_PER_ENTRY = 4;

/** A built MoveTable: rows [key low 16 bits, w0, w1, w2, w3] in hash order (one more past the end), and their directory. */
export interface MoveParts { rows: Int16Array; dir: Uint32Array; shift: number }

function buildMoveParts(hashes: Uint32Array, weights: Int16Array): MoveParts {
  const R = hashes.length;
  const order = hashOrder(hashes);
  // one row past the end: the key read when a directory entry points past the rows
  const rows = new Int16Array((R + 1) * MOVE_ROW);
  for (let s = 0; s < R; s++) {
    const r = order ? order[s]! : s, o = s * MOVE_ROW, w = r * 4;
    rows[o] = hashes[r]! & 0xffff;
    rows[o + 1] = weights[w]!; rows[o + 2] = weights[w + 1]!; rows[o + 3] = weights[w + 2]!; rows[o + 4] = weights[w + 3]!;
  }
  return { rows, ...directory(hashes, order, null, R, MOVE_ROWS_PER_ENTRY, MOVE_DIR_BITS) };
}

/** Whether `dir` has the one entry per value of a hash's top bits (and one past them) that `shift`, at most `maxShift`, gives. */
function directoryFits(dir: Uint32Array, shift: number, maxShift: number): boolean {
  return shift >= 8 && shift <= maxShift && dir.length === (1 << (32 - shift)) + 1;
}

/**
 * Whether `rows` (of `width` words each, one more past the end) and `dir` can be a built table's:
 * the sizes agree and the directory runs from 0 to the row count. Only these are checked on
 * parts read back (a whole pass over the entries, in code that runs once per start and so is
 * never optimised, cost ~50 ms): the cache writes its files whole or not at all (model-cache.ts).
 */
function partsFit(rows: Int16Array, width: number, dir: Uint32Array, shift: number): boolean {
  if (!directoryFits(dir, shift, 32 - MOVE_DIR_BITS) || rows.length % width !== 0) return false;
  const R = rows.length / width - 1;
  return R >= 0 && dir[0] === 0 && dir[dir.length - 1] === R;
}

/** Parts read back from bytes, or null when they cannot be a MoveTable's. */
export function checkedMoveParts(p: MoveParts): MoveParts | null {
  return partsFit(p.rows, MOVE_ROW, p.dir, p.shift) ? p : null;
}

/**
 * Hash -> four int16 move weights, rows in hash order as [key, w0, w1, w2, w3], found through a
 * directory of about two rows per entry. A row's key is its hash's low 16 bits: the entry fixes
 * the bits above them (MOVE_DIR_BITS). 14.3 MB for the shipped model's 1.2 M rows, where 32-bit
 * keys and one row per entry took 18.9 MB (and an open-addressing table at load 1/2 64 MB and
 * ~0.2-0.3 s of each start, most of it the kernel handing over fresh pages). A look-up costs a
 * directory read more; the reads of all features are issued together (see score), so their
 * cache misses overlap.
 */
export class MoveTable {
  private readonly rows: Int16Array;
  private readonly dir: Uint32Array;
  private readonly shift: number;
  /** Scratch: the first row of each feature's directory entry, and the key there. */
  private readonly at = new Int32Array(256);
  private readonly first = new Int32Array(256);

  /** The table of a model's rows, or one built before (`parts`, e.g. read back from a cache). */
  constructor(hashes: Uint32Array, weights: Int16Array);
  constructor(parts: MoveParts);
  constructor(source: Uint32Array | MoveParts, weights?: Int16Array) {
    const p = source instanceof Uint32Array ? buildMoveParts(source, weights!) : source;
    this.rows = p.rows;
    this.dir = p.dir;
    this.shift = p.shift;
  }

  /** What the table is made of, for a cache to keep (the arrays themselves, not copies). */
  parts(): MoveParts {
    return { rows: this.rows, dir: this.dir, shift: this.shift };
  }

  score(hashes: Int32Array, n: number, scores: Float64Array): void {
    const rows = this.rows, dir = this.dir, shift = this.shift, at = this.at, first = this.first;
    // First every feature's directory entry, then the key of its first row, each in a loop
    // without branches on the loaded values, so the cache misses overlap; then resolve.
    for (let k = 0; k < n; k++) at[k] = dir[hashes[k]! >>> shift]!;
    for (let k = 0; k < n; k++) first[k] = rows[at[k]! * MOVE_ROW]!;
    let a = 0, b = 0, c = 0, d = 0;
    for (let k = 0; k < n; k++) {
      const h = hashes[k]!, key = (h << 16) >> 16, e = dir[(h >>> shift) + 1]!; // the key as an Int16Array reads it
      let s = at[k]!;
      if (s >= e) continue; // the entry has no rows (the key read was the next entry's)
      if (first[k] !== key) {
        for (s++; s < e && rows[s * MOVE_ROW] !== key; s++);
        if (s >= e) continue;
      }
      const o = s * MOVE_ROW;
      a += rows[o + 1]!; b += rows[o + 2]!; c += rows[o + 3]!; d += rows[o + 4]!;
    }
    scores[0] += a; scores[1] += b; scores[2] += c; scores[3] += d;
  }
}

/** Non-zero weights of a sparse table, row by row: counts per row, then (class, value) pairs. */
export interface SparseRows {
  hashes: Uint32Array;
  counts: Uint8Array;
  classes: Uint8Array;
  values: Int16Array;
}

/** Marks a row's last weight word. */
const LAST = 1 << CLASS_BITS;
/** Where a weight word's value starts: (value << VALUE_SHIFT) | LAST? | class. */
const VALUE_SHIFT = CLASS_BITS + 1;

/**
 * A built SparseTable: rows of variable length in hash order, [key, weight words...] with the last
 * weight word flagged, then one word past the end (flagged too: a scan stops there); the directory
 * holds word offsets.
 */
export interface SparseParts { words: Int32Array; dir: Uint32Array; shift: number }

function buildSparseParts({ hashes, counts, classes, values }: SparseRows): SparseParts {
  const order = hashOrder(hashes);
  // where each row's weights start in classes/values
  const first = new Uint32Array(hashes.length);
  let nz = 0, R = 0;
  for (let r = 0; r < hashes.length; r++) { first[r] = nz; nz += counts[r]!; if (counts[r]!) R++; }
  // rows without weights add nothing to a score: left out (a row needs a weight to carry its end)
  const kept = new Uint32Array(R), start = new Uint32Array(R);
  const words = new Int32Array(R + nz + 1);
  let o = 0;
  for (let s = 0, k = 0; s < hashes.length; s++) {
    const r = order ? order[s]! : s, c = counts[r]!;
    if (!c) continue;
    kept[k] = hashes[r]!; start[k++] = o;
    words[o++] = hashes[r]! | 0;
    for (let q = 0, j = first[r]!; q < c; q++, j++) words[o++] = (values[j]! << VALUE_SHIFT) | (q === c - 1 ? LAST : 0) | classes[j]!;
  }
  words[o] = LAST;
  return { words, ...directory(kept, null, start, o) };
}

/** Parts read back from bytes, or null when they cannot be a SparseTable's. */
export function checkedSparseParts(p: SparseParts): SparseParts | null {
  const { words, dir, shift } = p;
  if (!directoryFits(dir, shift, 28) || words.length < 1) return null;
  return dir[0] === 0 && dir[dir.length - 1] === words.length - 1 && (words[words.length - 1]! & LAST) !== 0 ? p : null;
}

/**
 * Hash -> sparse class weights. Rows in hash order, each its key and then one word per weight,
 * (value << 8) | class, the last word flagged; a directory of about two rows per entry finds them.
 * Most rows have two or three weights: 12-16 bytes a row, where a fixed 32-byte slot per row (six
 * weights inline, longer rows in a side array) took twice the memory (the shipped model's four
 * tables: 23.3 -> 11.4 MB, which each start reads and pages in). A look-up reads the same cache
 * lines as with slots: the directory entry, then the row (and its neighbours in the entry), issued
 * for all features at once.
 */
export class SparseTable {
  private readonly words: Int32Array;
  private readonly dir: Uint32Array;
  private readonly shift: number;
  /** Scratch: the first row of each feature's directory entry, and the key there (grown to the longest feature list). */
  private rows = new Int32Array(256);
  private keys = new Int32Array(256);

  /** The table of a model's rows, or one built before (`parts`, e.g. read back from a cache). */
  constructor(source: SparseRows | SparseParts) {
    const p = 'words' in source ? source : buildSparseParts(source);
    this.words = p.words;
    this.dir = p.dir;
    this.shift = p.shift;
  }

  /** What the table is made of, for a cache to keep (the arrays themselves, not copies). */
  parts(): SparseParts {
    return { words: this.words, dir: this.dir, shift: this.shift };
  }

  score(hashes: Int32Array, n: number, scores: Float64Array): void {
    if (n > this.rows.length) { this.rows = new Int32Array(n); this.keys = new Int32Array(n); }
    const words = this.words, dir = this.dir, shift = this.shift, rows = this.rows, keys = this.keys;
    // as MoveTable.score: the directory entries of all features first, then their first rows' keys, then the weights
    for (let k = 0; k < n; k++) rows[k] = dir[hashes[k]! >>> shift]!;
    for (let k = 0; k < n; k++) keys[k] = words[rows[k]!]!;
    for (let k = 0; k < n; k++) {
      const h = hashes[k]! | 0, e = dir[(h >>> shift) + 1]!;
      let o = rows[k]!;
      if (o >= e) continue; // the entry has no rows (the key read was the next entry's)
      if (keys[k] !== h) {
        // the entry's next rows: past each one's flagged last word
        do { while ((words[++o]! & LAST) === 0); o++; } while (o < e && words[o] !== h);
        if (o >= e) continue;
      }
      for (let q = o + 1; ; q++) {
        const v = words[q]!;
        scores[v & CLASS_MASK] += v >> VALUE_SHIFT;
        if (v & LAST) break;
      }
    }
  }
}
