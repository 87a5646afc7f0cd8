// The hash the parser's feature templates combine values with: the recogniser's `mix`
// (../ner/hash.ts), the same 32 bits, returned as a signed integer instead of an unsigned one.
// Every result goes into an Int32Array or into another `mix` (which reads its arguments as
// 32-bit integers), so features and the shipped model's keys are unchanged. The point is speed:
// most of the ~200 calls per word are not inlined (V8's inlining budget runs out in the
// template functions), and an unsigned result past 2^31 leaves such a call as a heap-allocated
// number; a signed one stays a small integer (whole-process `kg parse`: mix 90 ms of ~1.2 s).

/** mix(a, b) of ../ner/hash.ts as a signed 32-bit integer (its result `| 0`). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0xcc9e2d51) ^ Math.imul(b + 0x9e3779b9, 0x1b873593);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
