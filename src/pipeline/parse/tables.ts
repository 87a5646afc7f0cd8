// Run-time weight tables: feature hash -> that feature's weights, laid out so
// one look-up touches one cache line (parsing is dominated by cache misses on
// a few hundred thousand rows). The four move weights live inline next to the
// key; tag and relation weights, which are sparse over 17 and ~50 classes,
// are packed (value << 7 | class) inline when few, in a side array when many.

const INLINE = 6;
const SLOT = INLINE + 2;
export const CLASS_BITS = 7;
const CLASS_MASK = (1 << CLASS_BITS) - 1;
export const MAX_CLASSES = 1 << CLASS_BITS;

/**
 * Slot capacity for `rows` keys at load factor <= 1/2, as a power of two, and the shift that
 * turns a hash into its home slot. The home slot is the hash's top bits, so rows stored in
 * hash order (as model files store them) fill the table front to back: building it is a
 * sequential write instead of a million cache misses.
 */
function capacity(rows: number): { cap: number; shift: number } {
  let cap = 16, bits = 4;
  while (cap < rows * 2) { cap <<= 1; bits++; }
  return { cap, shift: 32 - bits };
}

/** Hash -> four int16 move weights, [key, w0 | w1 << 16, w2 | w3 << 16, 0] per slot. */
export class MoveTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Scratch: the key found in each feature's home slot. */
  private readonly keys = new Int32Array(256);

  constructor(hashes: Uint32Array, weights: Int16Array) {
    const { cap, shift } = capacity(hashes.length);
    this.mask = cap - 1;
    this.shift = shift;
    const slots = new Int32Array(cap * 4);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]! | 0;
      let i = h >>> shift;
      while (slots[i * 4 + 3] !== 0) i = (i + 1) & this.mask;
      const s = i * 4;
      slots[s] = h;
      slots[s + 1] = (weights[r * 4]! & 0xffff) | (weights[r * 4 + 1]! << 16);
      slots[s + 2] = (weights[r * 4 + 2]! & 0xffff) | (weights[r * 4 + 3]! << 16);
      slots[s + 3] = 1;
    }
    this.slots = slots;
  }

  score(hashes: Int32Array, n: number, scores: Float64Array): void {
    const slots = this.slots, mask = this.mask, shift = this.shift, keys = this.keys;
    // First touch every home slot in a loop without branches on the loaded values, so the
    // cache misses overlap instead of waiting one after another; then resolve.
    for (let k = 0; k < n; k++) keys[k] = slots[(hashes[k]! >>> shift) << 2]!;
    let a = 0, b = 0, c = 0, d = 0;
    for (let k = 0; k < n; k++) {
      const h = hashes[k]! | 0;
      let i = h >>> shift;
      if (keys[k] !== h) {
        for (;;) {
          const s = i << 2;
          if (slots[s + 3] === 0) { i = -1; break; }
          if (slots[s] === h) break;
          i = (i + 1) & mask;
        }
        if (i < 0) continue;
      } else if (slots[(i << 2) + 3] === 0) continue;
      const s = i << 2, x = slots[s + 1]!, y = slots[s + 2]!;
      a += (x << 16) >> 16; b += x >> 16; c += (y << 16) >> 16; d += y >> 16;
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

/**
 * Hash -> sparse class weights. Slot (16 bytes): [key, count + 1, INLINE packed weights], or for
 * rows with more weights than fit, [key, count + 1, side-array offset, 0]. Most rows have one
 * to three weights, so small slots keep the table a quarter the size of 8-int slots.
 */
export class SparseTable {
  private readonly slots: Int32Array;
  private readonly side: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(rows: SparseRows) {
    const { hashes, counts, classes, values } = rows;
    const R = hashes.length;
    const { cap, shift } = capacity(R);
    this.mask = cap - 1;
    this.shift = shift;
    const slots = new Int32Array(cap * SLOT);
    let sideLen = 0;
    for (let r = 0; r < R; r++) if (counts[r]! > INLINE) sideLen += counts[r]!;
    const side = new Int32Array(sideLen);
    let j = 0, js = 0;
    for (let r = 0; r < R; r++) {
      const h = hashes[r]! | 0, c = counts[r]!;
      let i = h >>> shift;
      while (slots[i * SLOT + 1] !== 0) i = (i + 1) & this.mask;
      const s = i * SLOT;
      slots[s] = h;
      slots[s + 1] = c + 1;
      let out: Int32Array, o: number;
      if (c > INLINE) { slots[s + 2] = js; out = side; o = js; js += c; } else { out = slots; o = s + 2; }
      for (let k = 0; k < c; k++, j++) out[o++] = (values[j]! << CLASS_BITS) | classes[j]!;
    }
    this.slots = slots;
    this.side = side;
  }

  score(hashes: Int32Array, n: number, scores: Float64Array): void {
    const slots = this.slots, mask = this.mask, shift = this.shift;
    for (let k = 0; k < n; k++) {
      const h = hashes[k]! | 0;
      let i = h >>> shift;
      for (;;) {
        const s = i * SLOT, meta = slots[s + 1]!;
        if (meta === 0) break;
        if (slots[s] === h) {
          const c = meta - 1;
          if (c > INLINE) {
            const side = this.side;
            for (let q = slots[s + 2]!, e = q + c; q < e; q++) { const v = side[q]!; scores[v & CLASS_MASK] += v >> CLASS_BITS; }
          } else {
            for (let q = s + 2, e = s + 2 + c; q < e; q++) { const v = slots[q]!; scores[v & CLASS_MASK] += v >> CLASS_BITS; }
          }
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }
}
