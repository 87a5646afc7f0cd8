// Feature templates of the part-of-speech tagger: the word, its affixes and
// shape, two words either side, and the two tags already chosen to its left.
// They come in three groups: the word's own (a function of its form), those a
// neighbour contributes in one of four roles (a function of the neighbour's
// form), and the rest (tags to the left, word pairs). Run time caches the first
// two per distinct form; training uses all three as one list: the same hashes.
import { mix } from './hash.ts';
import type { WordAtoms } from './lexical.ts';

/** Tag index used for "no word here" (before the sentence). */
export const NO_TAG = 31;
/** Upper bound of the features one word gets. */
export const MAX_TAG_FEATURES = 64;

/** Roles a neighbour plays for the word being tagged. */
export const R_PREV = 0, R_NEXT = 1, R_PREV2 = 2, R_NEXT2 = 3;
export const N_ROLES = 4;

const BOS = 0x2f3a1b77, EOS = 0x6c01d9e3;

/** Features of word i's own form. */
export function tagWordFeatures(a: WordAtoms, i: number, out: Int32Array, k: number): number {
  const w = a.lower[i]!, fl = a.flags[i]!;
  out[k++] = 0x1234567;
  out[k++] = mix(101, w);
  out[k++] = mix(102, a.form[i]!);
  out[k++] = a.suf1[i]!;
  out[k++] = a.suf2[i]!;
  out[k++] = a.suf3[i]!;
  out[k++] = a.suf4[i]!;
  out[k++] = a.pre1[i]!;
  out[k++] = a.pre2[i]!;
  out[k++] = a.pre3[i]!;
  out[k++] = a.shape[i]!;
  out[k++] = mix(103, fl);
  out[k++] = mix(mix(119, fl), a.shape[i]!);
  out[k++] = mix(mix(122, w), fl);
  out[k++] = mix(mix(128, a.pre3[i]!), a.suf3[i]!);
  // word classes from unlabeled text: what the word's spelling cannot tell about rare words
  out[k++] = mix(150, a.fine[i]!);
  out[k++] = mix(151, a.coarse[i]!);
  out[k++] = mix(mix(158, a.fine[i]!), a.shape[i]!);
  return k;
}

/**
 * Features word j gives the word it is `role` of (j - 1 is R_PREV of j, ...); j outside the
 * sentence (-1, -2, n, n + 1) stands for the sentence boundary.
 */
export function tagNeighbourFeatures(role: number, a: WordAtoms, j: number, out: Int32Array, k: number): number {
  const inside = j >= 0 && j < a.n;
  if (role === R_PREV) {
    out[k++] = mix(104, inside ? a.lower[j]! : BOS);
    out[k++] = mix(108, inside ? a.suf3[j]! : BOS);
    out[k++] = mix(111, inside ? a.shape[j]! : BOS);
    out[k++] = mix(124, inside ? a.form[j]! : BOS);
    out[k++] = mix(152, inside ? a.fine[j]! : BOS);
  } else if (role === R_NEXT) {
    out[k++] = mix(105, inside ? a.lower[j]! : EOS);
    out[k++] = mix(109, inside ? a.suf3[j]! : EOS);
    out[k++] = mix(110, inside ? a.shape[j]! : EOS);
    out[k++] = mix(123, inside ? a.form[j]! : EOS);
    out[k++] = mix(153, inside ? a.fine[j]! : EOS);
  } else if (role === R_PREV2) {
    out[k++] = mix(106, inside ? a.lower[j]! : BOS);
    out[k++] = mix(156, inside ? a.coarse[j]! : BOS);
  } else {
    out[k++] = mix(107, inside ? a.lower[j]! : EOS);
    out[k++] = mix(157, inside ? a.coarse[j]! : EOS);
  }
  return k;
}

/** Features of word i that depend on the tags to its left or on two words at once. */
export function tagContextFeatures(a: WordAtoms, i: number, p1: number, p2: number, out: Int32Array, k: number): number {
  const n = a.n, lo = a.lower, w = lo[i]!;
  const wm1 = i > 0 ? lo[i - 1]! : BOS;
  const wp1 = i + 1 < n ? lo[i + 1]! : EOS, wp2 = i + 2 < n ? lo[i + 2]! : EOS;
  out[k++] = mix(112, p1);
  out[k++] = mix(113, (p1 << 8) | p2);
  out[k++] = mix(mix(114, p1), w);
  out[k++] = mix(mix(115, w), wp1);
  out[k++] = mix(mix(116, wm1), w);
  out[k++] = mix(mix(117, p1), wp1);
  out[k++] = mix(mix(118, p1), a.suf3[i]!);
  out[k++] = mix(mix(120, wp1), wp2);
  out[k++] = mix(mix(121, wm1), p1);
  out[k++] = mix(mix(125, p1), a.shape[i]!);
  out[k++] = mix(mix(126, a.suf2[i]!), i + 1 < n ? a.suf2[i + 1]! : EOS);
  out[k++] = mix(mix(127, p1), a.suf2[i]!);
  out[k++] = mix(mix(129, i === 0 ? 1 : 0), mix(a.shape[i]!, a.flags[i]!));
  out[k++] = mix(mix(154, p1), a.fine[i]!);
  out[k++] = mix(mix(155, a.fine[i]!), i + 1 < n ? a.coarse[i + 1]! : EOS);
  return k;
}

/**
 * All feature hashes of word i into out[0..]; returns how many. `p1`/`p2` are the tags of
 * words i-1 and i-2 (NO_TAG beyond the sentence).
 */
export function tagFeatures(a: WordAtoms, i: number, p1: number, p2: number, out: Int32Array): number {
  let k = tagWordFeatures(a, i, out, 0);
  k = tagNeighbourFeatures(R_PREV, a, i - 1, out, k);
  k = tagNeighbourFeatures(R_NEXT, a, i + 1, out, k);
  k = tagNeighbourFeatures(R_PREV2, a, i - 2, out, k);
  k = tagNeighbourFeatures(R_NEXT2, a, i + 2, out, k);
  return tagContextFeatures(a, i, p1, p2, out, k);
}

/** Second-pass features: the first pass's tags of the two words to the right (r1, r2). */
export function tagRightFeatures(a: WordAtoms, i: number, p1: number, r1: number, r2: number, out: Int32Array, k: number): number {
  const n = a.n;
  out[k++] = mix(140, r1);
  out[k++] = mix(141, (r1 << 8) | r2);
  out[k++] = mix(142, (p1 << 8) | r1);
  out[k++] = mix(mix(143, r1), a.lower[i]!);
  out[k++] = mix(mix(144, r1), a.suf3[i]!);
  out[k++] = mix(mix(145, r1), i + 1 < n ? a.lower[i + 1]! : EOS);
  return k;
}
