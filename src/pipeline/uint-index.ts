// A map from 32-bit unsigned keys (hashes) to small non-negative numbers (bit sets, rows), in two
// typed arrays with open addressing. The tagger's lexicon (ner/lexicon.ts) is read into one at every
// start: its 35 k word sequences into a Map took ~57 ms of CPU, into this ~36 ms (medians of 8
// alternating loads, under load). Not for tables filled by code that runs once per start with one
// call per key: there Map's built-in set is quicker than this one interpreted (the news model's
// 34 k features: 45 -> 56 ms, so it keeps its Map).

export class UintIndex {
  private readonly keys: Uint32Array;
  /** The value at each slot; -1: an empty slot. */
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private count = 0;

  /** Room for `capacity` keys (the table is kept at most half full). */
  constructor(readonly capacity: number) {
    let bits = 4;
    while (bits < 30 && 1 << (bits - 1) < capacity) bits++;
    this.keys = new Uint32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, or -1. A key that is not a whole number from 0 to 2^32 - 1 is never there (as in a Map of such keys). */
  get(key: number): number {
    if (key >>> 0 !== key) return -1;
    const keys = this.keys, values = this.values, mask = this.mask;
    for (let s = Math.imul(key, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const v = values[s]!;
      if (v < 0 || keys[s] === key) return v;
    }
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  /** Set `key` (a whole number from 0 to 2^32 - 1) to `value` (0 to 2^31 - 1). */
  set(key: number, value: number): void {
    if (key >>> 0 !== key) throw new RangeError(`UintIndex key ${key} is not a 32-bit unsigned integer`);
    if (!(value >= 0 && value <= 0x7fffffff && Number.isInteger(value))) throw new RangeError(`UintIndex value ${value} is not a non-negative 31-bit integer`);
    const keys = this.keys, values = this.values, mask = this.mask;
    for (let s = Math.imul(key, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      if (values[s]! < 0) {
        if (this.count >= this.capacity) throw new RangeError(`UintIndex full (${this.capacity} keys)`);
        keys[s] = key; values[s] = value; this.count++;
        return;
      }
      if (keys[s] === key) { values[s] = value; return; }
    }
  }
}
