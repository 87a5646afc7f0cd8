// "Hungary and Slovakia blocked the proposal, the bloc's foreign policy chief Kaja Kallas said.": news closes a
// statement with its source, a comma, a short noun phrase and a verb of saying. The greedy parser reads the statement
// first and has to hang the tail somewhere inside it; it often makes the speaker a conjunct or an object of the
// statement's verb and leaves "said" an orphan root. The tree UD wants is the other way round: "said" is the root and
// the statement its ccomp. This pass finds such a tail on a finished parse and, where the parse did not already put
// the statement under "said", has the statement and the tail parsed apart (their words keep their tags) and joined:
// the statement's root under the tail's root as ccomp, the comma (and a closing quote) under the statement's root.

/** The fields of a parsed word this pass reads. */
export interface TailWord {
  readonly upos: string;
  readonly head: number;
}

/** Verbs of saying that close a statement in news ("..., X said."). */
const SAYING = new Set(['said', 'says', 'told', 'added', 'wrote', 'warned', 'stated']);
/** Tags a speaker's noun phrase between the comma and the verb may have ("the bloc's foreign policy chief Kaja Kallas"). */
const SPEAKER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'PART', 'NUM', 'PRON', 'CCONJ', 'PUNCT']);
const QUOTES = new Set(['"', '\u201d', "'", '\u2019', "''"]);
/** The longest speaker phrase read, in words. */
const MAX_SPEAKER = 12;
/** The most words read after the verb of saying. */
const MAX_AFTER = 10;
/** The shortest statement worth parsing apart, in words. */
const MIN_STATEMENT = 4;

export interface TailSplit {
  /** Index of the comma that ends the statement. */
  comma: number;
  /** Index of the first word of the tail (after the comma and a closing quote). */
  tail: number;
}

/**
 * The statement and tail of a sentence closed by ", <speaker> said ...", when the parse did not already put the
 * statement under the verb of saying; undefined otherwise.
 */
export function reportingTail(forms: readonly string[], words: readonly TailWord[]): TailSplit | undefined {
  const n = forms.length;
  for (let v = n - 1; v > MIN_STATEMENT; v--) {
    if (!SAYING.has(forms[v]!.toLowerCase()) || words[v]!.upos !== 'VERB') continue;
    // what follows the verb is short and states no clause of its own ("said on Monday", "told reporters in Kyiv",
    // "said after meeting him"; not "they said they can't give me those details")
    if (n - v - 1 > MAX_AFTER) return undefined;
    for (let i = v + 1; i < n; i++) {
      if (words[i]!.upos === 'AUX' || (words[i]!.upos === 'VERB' && !/^(?:SCONJ|ADP)$/.test(words[i - 1]!.upos))) return undefined;
    }
    // the speaker's phrase back to the comma: nominal words only, at least one noun or name
    let c = v - 1;
    let nominal = false;
    while (c > 0 && v - c <= MAX_SPEAKER && forms[c] !== ',') {
      if (!SPEAKER_TAGS.has(words[c]!.upos) || (words[c]!.upos === 'PUNCT' && !QUOTES.has(forms[c]!))) return undefined;
      if (words[c]!.upos === 'NOUN' || words[c]!.upos === 'PROPN' || words[c]!.upos === 'PRON') nominal = true;
      c--;
    }
    if (forms[c] !== ',' || !nominal) return undefined;
    const tail = QUOTES.has(forms[c + 1] ?? '') ? c + 2 : c + 1;
    if (tail >= v) return undefined;
    if (c < MIN_STATEMENT || !words.slice(0, c).some((w) => w.upos === 'VERB' || w.upos === 'AUX')) return undefined;
    // (already right: the one statement word whose head lies outside the statement hangs on the verb of saying, and
    // no tail word hangs inside the statement)
    const exits = [];
    for (let i = 0; i < c; i++) if (words[i]!.head < 0 || words[i]!.head >= c) exits.push(words[i]!.head);
    const entries = words.slice(tail).some((w) => w.head >= 0 && w.head < c);
    if (exits.length === 1 && exits[0] === v && !entries) return undefined;
    return { comma: c, tail };
  }
  return undefined;
}
