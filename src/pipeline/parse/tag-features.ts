// Feature templates of the part-of-speech tagger: the word, its affixes and
// shape, two words either side, and the two tags already chosen to its left.
// One function, used by training and at run time, so they cannot drift apart.
import { mix } from '../ner/hash.ts';
import type { WordAtoms } from './lexical.ts';

/** Tag index used for "no word here" (before the sentence). */
export const NO_TAG = 31;
/** Upper bound of the features one word gets. */
export const MAX_TAG_FEATURES = 40;

const BOS = 0x2f3a1b77, EOS = 0x6c01d9e3;

/**
 * Write the feature hashes of word i into out[0..]; returns how many. `p1`/`p2` are the
 * tags of words i-1 and i-2 (NO_TAG beyond the sentence).
 */
export function tagFeatures(a: WordAtoms, i: number, p1: number, p2: number, out: Int32Array): number {
  const n = a.n;
  const lo = a.lower, w = lo[i]!;
  const wm1 = i > 0 ? lo[i - 1]! : BOS, wm2 = i > 1 ? lo[i - 2]! : BOS;
  const wp1 = i + 1 < n ? lo[i + 1]! : EOS, wp2 = i + 2 < n ? lo[i + 2]! : EOS;
  let k = 0;
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
  out[k++] = mix(103, a.flags[i]!);
  out[k++] = mix(104, wm1);
  out[k++] = mix(105, wp1);
  out[k++] = mix(106, wm2);
  out[k++] = mix(107, wp2);
  out[k++] = mix(108, i > 0 ? a.suf3[i - 1]! : BOS);
  out[k++] = mix(109, i + 1 < n ? a.suf3[i + 1]! : EOS);
  out[k++] = mix(110, i + 1 < n ? a.shape[i + 1]! : EOS);
  out[k++] = mix(111, i > 0 ? a.shape[i - 1]! : BOS);
  out[k++] = mix(112, p1);
  out[k++] = mix(113, (p1 << 8) | p2);
  out[k++] = mix(mix(114, p1), w);
  out[k++] = mix(mix(115, w), wp1);
  out[k++] = mix(mix(116, wm1), w);
  out[k++] = mix(mix(117, p1), wp1);
  out[k++] = mix(mix(118, p1), a.suf3[i]!);
  out[k++] = mix(mix(119, a.flags[i]!), a.shape[i]!);
  out[k++] = mix(mix(120, wp1), wp2);
  out[k++] = mix(mix(121, wm1), p1);
  return k;
}
