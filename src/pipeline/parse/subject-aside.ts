// "Pelosi, the most senior U.S. official to visit the island in 25 years, landed in Taipei and met Tsai.": news
// opens a sentence with its subject, then a long aside between commas (an apposition or a relative clause with a
// verb of its own), then the sentence's verb. The greedy parser, deep in the aside when it meets the main verb, often
// hangs that verb inside the aside (an adverbial clause of "visit") and leaves the subject an orphan root. The tree
// UD wants has the main verb as root, the subject its nsubj and the aside an appos (or acl:relcl) of the subject.
// This pass finds such an aside on a finished parse where the parse went wrong; the parser then reads the aside and
// the sentence without it apart (their words keep their tags) and joins them (parser.ts), keeping the result only
// when the sentence without its aside has the subject as the subject of its root.

/** The fields of a parsed word this pass reads. */
export interface AsideWord {
  readonly upos: string;
  readonly head: number;
}

/** Where the aside lies: the commas that open and close it and the first word of the sentence after it. */
export interface AsideSplit {
  /** Index of the comma after the subject. */
  open: number;
  /** Index of the comma that closes the aside. */
  close: number;
  /** Index of the first word after the aside (after the closing comma and any closing quote). */
  rest: number;
}

/** Tags a subject phrase may have ("Turkish Foreign Minister Hakan Fidan", "The head of the agency"). */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART', 'ADP', 'PRON']);
/** Tags that may open the aside (a noun phrase, a relative pronoun, "then Turkey's foreign minister"). */
const ASIDE_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV']);
const QUOTES = new Set(['"', '\u201d', "'", '\u2019', "''"]);
/** The longest subject phrase read, in words. */
const MAX_SUBJECT = 10;
/** The shortest and longest aside read, in words. */
const MIN_ASIDE = 3;
const MAX_ASIDE = 30;

/**
 * The aside of a sentence that opens "<subject>, <aside with a verb>, <verb> ...", when the parse did not already
 * make the first verb after the aside the head of the subject; undefined otherwise.
 */
export function subjectAside(forms: readonly string[], words: readonly AsideWord[]): AsideSplit | undefined {
  const n = forms.length;
  // the subject: nominal words from the start (after an opening conjunction) to the first comma
  const s = words[0]?.upos === 'CCONJ' ? 1 : 0;
  if (words[s]?.upos === 'ADP') return undefined; // a fronted phrase ("In other words, ..."), not a subject
  let open = s;
  let nominal = false;
  while (open < n && forms[open] !== ',') {
    const tag = words[open]!.upos;
    if (!SUBJECT_TAGS.has(tag)) return undefined;
    if (tag === 'PROPN' || tag === 'NOUN' || tag === 'PRON') nominal = true;
    open++;
  }
  if (open >= n || open === s || open - s > MAX_SUBJECT || !nominal) return undefined;
  if (!ASIDE_OPENERS.has(words[open + 1]?.upos ?? '')) return undefined;
  // the closing comma: the first after which (past a closing quote and an adverb) a verb comes
  let close = open + 1;
  let rest = -1;
  for (; close < n && close - open - 1 <= MAX_ASIDE; close++) {
    if (forms[close] !== ',') continue;
    let r = close + 1;
    while (r < n && QUOTES.has(forms[r]!)) r++;
    const v = words[r]?.upos === 'ADV' ? r + 1 : r;
    // (an -ing form opens an adverbial clause: "Britain, Canada and Norway imposed sanctions, accusing them ...")
    if (words[v]?.upos === 'AUX' || (words[v]?.upos === 'VERB' && !/ing$/i.test(forms[v]!))) { rest = r; break; }
  }
  if (rest < 0 || close - open - 1 < MIN_ASIDE || close - open - 1 > MAX_ASIDE) return undefined;
  // the hard case only: the aside states a verb of its own; and it does not go on a list the subject opened
  // ("Britain, Canada, Australia and Norway imposed sanctions, ...")
  let asideVerb = false;
  for (let i = open + 1; i < close && !asideVerb; i++) {
    if (words[i]!.upos === 'VERB' || words[i]!.upos === 'AUX') asideVerb = true;
    else if (words[i]!.upos === 'CCONJ' || forms[i] === ',') return undefined;
  }
  if (!asideVerb) return undefined;
  // (already right: no word after the aside hangs inside it, and the subject's head word hangs after it)
  const entries = words.slice(rest).some((w) => w.head > open && w.head < close);
  const subjectExit = words.slice(s, open).find((w) => w.head < s || w.head >= open);
  if (!entries && subjectExit && subjectExit.head >= rest) return undefined;
  return { open, close, rest };
}
