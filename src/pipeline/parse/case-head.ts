// "with Korea Hydro & Nuclear Power": the parser sometimes hangs a preposition on the first word of a compound name
// (Korea) rather than on the name's head (Hydro). UD hangs a case word on the head of the nominal it marks; a word
// inside a compound or a flat name takes none. On the finished tree this pass moves such a case word, when it comes
// before the whole phrase, to the head of the phrase, where readers of "with X", "by X" look for it.

import { leftEdge } from './subtree.ts';

/** The fields of a parsed word this pass reads and writes (head: index in the sentence, -1 for the root). */
export interface CaseTreeWord {
  head: number;
  readonly deprel: string;
}

/** Relations of a word inside a nominal phrase that takes no case word of its own (a title before a name is its nmod:desc). */
const INSIDE_NAME = new Set(['compound', 'flat', 'nmod:desc']);

/** Re-hangs case words from a compound or flat part of a name on the name's head (in place). */
export function caseOnPhraseHead(words: CaseTreeWord[]): void {
  for (let c = 0; c < words.length; c++) {
    if (words[c]!.deprel !== 'case') continue;
    let h = words[c]!.head;
    // up from the part to the phrase's head, while the case word stays the first word of the phrase
    while (h >= 0 && INSIDE_NAME.has(words[h]!.deprel) && words[h]!.head > c && leftEdge(words, words[h]!.head) >= c) h = words[h]!.head;
    words[c]!.head = h;
  }
}
