// Facts about the whole article that single-sentence rules need: which words the
// article also writes in lower case (so they are common words, not names), which
// token positions start a sentence or quote (so a capital there proves nothing),
// and which lines are Title Case headlines (where every word is capitalised).
import type { Segmented, Token } from '../../types.ts';

export interface DocFacts {
  seg: Segmented;
  /** Lower-case forms of words the article writes in lower case somewhere in prose. */
  lowerWords: Set<string>;
  /** Token indices where a capital letter is forced by position (sentence start, after a quote or colon). */
  initial: Set<number>;
  /** Sentence indices of Title Case or ALL CAPS headlines. */
  capsHeadings: Set<number>;
  /** Lower-case forms of capitalised words seen in a non-initial prose position. */
  midCapitalised: Set<string>;
}

export const isCapitalised = (t: string): boolean => /^\p{Lu}/u.test(t);
export const isLowerWord = (t: string): boolean => /^\p{Ll}[\p{Ll}'’-]*$/u.test(t);
const isWord = (t: string): boolean => /\p{L}/u.test(t);

export function docFacts(seg: Segmented): DocFacts {
  const lowerWords = new Set<string>();
  const initial = new Set<number>();
  const capsHeadings = new Set<number>();
  const midCapitalised = new Set<string>();
  for (const s of seg.sentences) {
    const toks = seg.tokens.slice(s.tokenStart, s.tokenEnd);
    // Positions where capitalisation is forced.
    let expectStart = true;
    toks.forEach((t, k) => {
      const i = s.tokenStart + k;
      if (expectStart && isWord(t.text)) { initial.add(i); expectStart = false; }
      if (/^["“‘(\[:—–-]$|^--$/.test(t.text) || t.text === "'" && k === 0) expectStart = true;
    });
    if (isTitleCaseLine(toks)) capsHeadings.add(s.index);
    if (s.boilerplate || capsHeadings.has(s.index)) continue;
    toks.forEach((t, k) => {
      const i = s.tokenStart + k;
      if (isLowerWord(t.text)) lowerWords.add(t.text.toLowerCase());
      else if (isCapitalised(t.text) && !initial.has(i)) midCapitalised.add(t.text.toLowerCase());
    });
  }
  return { seg, lowerWords, initial, capsHeadings, midCapitalised };
}

/**
 * A headline in Title Case ("Ukraine Cuts Ties With North Korea") or ALL CAPS:
 * at least four words and nearly all of them capitalised, so capitals say nothing.
 */
export function isTitleCaseLine(toks: Token[]): boolean {
  const words = toks.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  const caps = words.filter((t) => isCapitalised(t.text)).length;
  const lowerFunction = words.filter((t) => /^(a|an|the|of|in|on|at|to|for|with|and|or|by|from|as|after|over)$/.test(t.text)).length;
  return caps >= 4 && caps + lowerFunction >= words.length - 0 && caps / words.length >= 0.7;
}
