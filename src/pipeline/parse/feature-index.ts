// Training-time map from 32-bit feature hash to a dense feature number. The
// parser meets millions of distinct features while it explores its own
// mistakes; a JavaScript Map of that size costs ~10x the memory of this
// open-addressing table of two Int32Arrays.

export class FeatureIndex {
  private keys: Int32Array;
  /** id + 1; 0 marks an empty slot. */
  private vals: Int32Array;
  private mask: number;
  size = 0;
  /** When frozen, unknown hashes map to -1 instead of getting a new number. */
  frozen = false;
  /** The hash of every feature number, in order. */
  hashes: Uint32Array;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.hashes = new Uint32Array(cap >> 1);
  }

  /** The number of `hash`, added if new (unless frozen: then -1). */
  id(hash: number): number {
    const h = hash | 0;
    let i = (h ^ (h >>> 16)) & this.mask;
    const keys = this.keys, vals = this.vals;
    for (;;) {
      const v = vals[i]!;
      if (v === 0) break;
      if (keys[i] === h) return v - 1;
      i = (i + 1) & this.mask;
    }
    if (this.frozen) return -1;
    const id = this.size++;
    keys[i] = h;
    vals[i] = id + 1;
    if (id >= this.hashes.length) { const g = new Uint32Array(this.hashes.length * 2); g.set(this.hashes); this.hashes = g; }
    this.hashes[id] = h >>> 0;
    if (this.size * 2 > this.mask) this.grow();
    return id;
  }

  /** The number of `hash`, or -1 (never adds). */
  get(hash: number): number {
    const h = hash | 0;
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const v = this.vals[i]!;
      if (v === 0) return -1;
      if (this.keys[i] === h) return v - 1;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldK = this.keys, oldV = this.vals;
    const cap = oldK.length * 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < oldK.length; j++) {
      const v = oldV[j]!;
      if (!v) continue;
      const h = oldK[j]!;
      let i = (h ^ (h >>> 16)) & this.mask;
      while (this.vals[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.vals[i] = v;
    }
  }
}
