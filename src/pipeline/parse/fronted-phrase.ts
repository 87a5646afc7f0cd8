// "In July, Ms Baerbock and Ms Roth signed an agreement.", "On Tuesday, the ministers met.": news often fronts a
// short phrase of time or place, closed by a comma, before the subject. The greedy parser sometimes hangs the subject
// on the fronted phrase (an nmod of "July"), losing the sentence's subject. Where the finished parse did that, the
// phrase and the rest of the sentence are parsed apart on their tags (parser.ts) and joined as UD wants them: the
// phrase's root an obl (advmod for an adverb) of the rest's root, the comma its punct.

/** The fields of a parsed word this pass reads. */
export interface FrontedWord {
  readonly upos: string;
  readonly head: number;
}

/** Where the fronted phrase ends: its comma, and the first word of the rest. */
export interface FrontedSplit {
  comma: number;
  rest: number;
}

/** Tags a fronted phrase of time or place may have ("In July", "On Tuesday", "Earlier this month", "In Berlin"). */
const PHRASE_TAGS = new Set(['ADP', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'ADV', 'PART']);
/** Tags the rest's first word may have: a subject's. */
const SUBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ']);
/** The longest fronted phrase read, in words. */
const MAX_PHRASE = 6;
/** The shortest rest worth parsing apart, in words. */
const MIN_REST = 4;

/**
 * The fronted phrase of a sentence that opens "<preposition or adverb> ... , <rest with a verb>", when the parse hung a
 * word of the rest inside the phrase; undefined otherwise.
 */
export function frontedPhrase(forms: readonly string[], words: readonly FrontedWord[]): FrontedSplit | undefined {
  const n = words.length;
  if (words[0]?.upos !== 'ADP' && words[0]?.upos !== 'ADV') return undefined;
  let comma = 1;
  while (comma < n && forms[comma] !== ',') {
    if (!PHRASE_TAGS.has(words[comma]!.upos) || comma >= MAX_PHRASE) return undefined;
    comma++;
  }
  const rest = comma + 1;
  if (comma >= n || n - rest < MIN_REST) return undefined;
  // the rest opens with its subject ("Ms Baerbock", "the ministers", "they"; not "2005" closing a date, nor "if ...")
  if (!SUBJECT_OPENERS.has(words[rest]!.upos) || /^(?:which|who|whom|whose|where|when|that)$/i.test(forms[rest]!)) return undefined;
  // and reaches its verb before another comma (not a phrase going on: "In Suwayrah, Kut Province, two car bombs ...")
  let v = rest;
  while (v < n && forms[v] !== ',' && words[v]!.upos !== 'VERB' && words[v]!.upos !== 'AUX') v++;
  if (v >= n || forms[v] === ',') return undefined;
  if (!words.slice(rest).some((w) => w.upos === 'VERB' || w.upos === 'AUX')) return undefined;
  // (already right: no word of the rest hangs inside the phrase)
  if (!words.slice(rest).some((w) => w.head >= 0 && w.head < comma)) return undefined;
  return { comma, rest };
}
