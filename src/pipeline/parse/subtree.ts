// Walks over a finished tree (head: index in the sentence, -1 for the root) that the passes after parsing share, and
// the word they read and write.

/** The field of a parsed word these walks read. */
export interface HeadedWord {
  readonly head: number;
}

/** The fields of a parsed word the repairs on a finished tree read and write. */
export interface TreeWord {
  readonly upos: string;
  head: number;
  deprel: string;
}

/** Whether `a` is `b` or lies in b's subtree. */
export function within(words: readonly HeadedWord[], a: number, b: number): boolean {
  for (let k = a, steps = 0; k >= 0 && steps <= words.length; k = words[k]!.head, steps++) if (k === b) return true;
  return false;
}

/** The leftmost word of i's subtree. */
export function leftEdge(words: readonly HeadedWord[], i: number): number {
  for (let k = 0; k < i; k++) if (within(words, k, i)) return k;
  return i;
}
