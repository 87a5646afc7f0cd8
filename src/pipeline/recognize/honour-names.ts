// An honour's name is no mention of a body or a person: "awarded her the Order of X, the country's highest civilian
// honour", "received the X Medal, its top award for ...". The tagger reads such a name as an organisation (an
// order, a society) or a person; the apposition after it says what it is.
import type { DocFacts } from './document.ts';
import { isCapitalised } from './document.ts';

/** Nouns an apposition ends on when the name before it is an honour. */
const HONOUR_NOUNS = new Set(['honour', 'honor', 'honours', 'honors', 'award', 'medal', 'decoration', 'distinction', 'prize']);
/** Words that open such an apposition: a determiner or a possessive. */
const HONOUR_OPENERS = /^(?:its|their|the|a|an|his|her)$/;
/** What may follow the honour's noun: the end of the apposition or what it is given for. */
const AFTER_HONOUR = /^(?:[,.;:)]|for|given|conferred|awarded|bestowed|reserved|which|that)$/;

/** The reason the name [start, end) is an honour by the apposition after it, or undefined. */
export function honourApposition(doc: DocFacts, start: number, end: number): string | undefined {
  const toks = doc.seg.tokens;
  const sentence = toks[start]!.sentence;
  if (toks[end]?.text !== ',' || toks[end]!.sentence !== sentence) return undefined;
  let k = end + 1;
  // "the country's", "Sri Lanka's", "its": the owner of the honour
  if (HONOUR_OPENERS.test(doc.lower[k] ?? '')) k++;
  else {
    let e = k;
    while (e < k + 3 && toks[e] && isCapitalised(toks[e]!.text)) e++;
    if (e === k) return undefined;
    k = e;
  }
  if (/^['’]s?$/.test(doc.lower[k] ?? '')) k++;
  else if (doc.lower[k] && !isCapitalised(toks[k]!.text) && /^['’]s?$/.test(doc.lower[k + 1] ?? '')) k += 2; // "the country's"
  for (let n = 0; n < 4 && toks[k] && toks[k]!.sentence === sentence; n++, k++) {
    const w = doc.lower[k]!;
    if (HONOUR_NOUNS.has(w)) return AFTER_HONOUR.test(doc.lower[k + 1] ?? '.') ? `an honour: ", ... ${toks[k]!.text}" after the name` : undefined;
    if (!/^[a-z][a-z-]*$/.test(toks[k]!.text)) return undefined;
  }
  return undefined;
}
