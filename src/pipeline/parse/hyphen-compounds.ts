// "Milan-based Assicurazioni Ventura", "Iran-backed militias", "state-owned banks": UD
// (EWT) reads the word before the hyphen as a dependent of the participle (compound,
// obl:unmarked or advmod in 64 of EWT's 80 training cases) and the participle as a
// modifier (amod) of the noun after it. The greedy parser, reaching the name before the
// hyphen first, often gives the name the whole phrase's place in the sentence instead
// ("agreed to buy Milan-based X" with "Milan" the object of "buy" and "X" left an
// oblique of "agreed"). On the finished tree this pass puts the name under the
// participle and, where the name had taken the phrase's place, gives the phrase's head
// that place.

import { within, type TreeWord } from './subtree.ts';

export type { TreeWord } from './subtree.ts';

const PARTICIPLE = /(?:ed|en|wn)$/;
const IRREGULAR_PARTICIPLES = new Set(['led', 'run', 'held', 'built', 'made', 'born', 'hit', 'bred', 'fed', 'set', 'shot', 'struck']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const NAME_PARTS = new Set(['compound', 'flat', 'amod', 'nmod:desc', 'punct']);

function isParticiple(w: TreeWord, form: string): boolean {
  if (w.upos !== 'VERB' && w.upos !== 'ADJ') return false;
  const t = form.toLowerCase();
  return PARTICIPLE.test(t) || IRREGULAR_PARTICIPLES.has(t);
}

/** Re-attaches "<word> - <participle> <noun>" as UD does, in place (`forms`: the words' texts). */
export function attachHyphenCompounds(words: TreeWord[], forms: readonly string[]): void {
  for (let i = 0; i + 3 < words.length; i++) {
    const first = words[i]!, part = words[i + 2]!;
    if (forms[i + 1] !== '-' || !isParticiple(part, forms[i + 2]!) || first.upos === 'PUNCT') continue;
    const h = part.head;
    if (h <= i + 2 || !NOMINAL.has(words[h]!.upos) || first.head === i + 2) continue;
    const old = first.head;
    if (old > i + 2 && old <= h) { first.head = i + 2; first.deprel = 'compound'; continue; }
    if (old === -1 || within(words, old, h)) continue; // giving h that place would make a cycle
    const head = words[h]!;
    head.head = old; head.deprel = first.deprel;
    first.head = i + 2; first.deprel = 'compound';
    // what hung on the phrase's place goes with it ("for", "the"); the name's own parts ("New York") and the hyphen stay
    for (const w of words) if (w.head === i && w !== words[i + 1] && !NAME_PARTS.has(w.deprel)) w.head = h;
  }
}
