// "Saudi Arabia, the United Arab Emirates, Jordan and Egypt condemned Israel.", "German Foreign Minister Annalena
// Baerbock and Culture Minister Claudia Roth visited Abuja.": news opens a sentence with a list of names as its
// subject. The greedy parser, holding the whole list, sometimes hangs the verb on the list (as a flat part of a name,
// or a clause of one member) and leaves the first member an orphan root. The tree UD wants has the verb as root and
// the list's first member its nsubj, the others conjuncts of it. This pass finds such a list where the parse went
// wrong; the parser then reads the list, and the last member with the rest of the sentence, apart (their words keep
// their tags) and joins them (parser.ts): the list's root takes the last member's place as the verb's subject.

/** The fields of a parsed word this pass reads. */
export interface ListWord {
  readonly upos: string;
  readonly head: number;
  readonly deprel: string;
}

/** Where the list lies: its first word, the first word of its last member, and the verb after it. */
export interface ListSplit {
  start: number;
  lastMember: number;
  verb: number;
}

/** Tags the words of a subject list may have ("Saudi Arabia, the United Arab Emirates, Jordan and Egypt"). */
const LIST_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART', 'PUNCT', 'CCONJ']);
const CONJUNCTIONS = new Set(['and', 'or']);
/** The longest list read, in words. */
const MAX_LIST = 24;

/**
 * The subject list of a sentence that opens "<member>, <member> and <member> <verb> ...", when the parse did not
 * already make the verb the root with the first member as its subject; undefined otherwise.
 */
export function subjectList(forms: readonly string[], words: readonly ListWord[]): ListSplit | undefined {
  const n = words.length;
  const start = 0;
  let verb = start;
  let lastConjunction = -1;
  while (verb < n && words[verb]!.upos !== 'VERB' && words[verb]!.upos !== 'AUX') {
    const tag = words[verb]!.upos;
    // (a hyphen only inside a name: "Jean-Noel")
    const hyphen = forms[verb] === '-' && words[verb - 1]?.upos === 'PROPN' && words[verb + 1]?.upos === 'PROPN';
    if (!LIST_TAGS.has(tag) || (tag === 'PUNCT' && forms[verb] !== ',' && !hyphen)) return undefined;
    if (tag === 'CCONJ') {
      if (!CONJUNCTIONS.has(forms[verb]!.toLowerCase())) return undefined;
      lastConjunction = verb;
    }
    verb++;
  }
  if (verb >= n || verb - start > MAX_LIST || lastConjunction <= start) return undefined;
  // members on both sides of the conjunction are names or nouns, the last one right before the verb
  const lastMember = lastConjunction + 1;
  if (lastMember >= verb || words[verb - 1]!.upos !== 'PROPN' && words[verb - 1]!.upos !== 'NOUN') return undefined;
  if (words[lastConjunction - 1]!.upos !== 'PROPN' && words[lastConjunction - 1]!.upos !== 'NOUN') return undefined;
  if (forms[verb - 1] === ',' || words[verb]!.upos === 'AUX' && verb + 1 < n && words[verb + 1]!.upos === 'PUNCT') return undefined;
  // (already right: the verb, or the verb the auxiliary serves, is the root, and a list word is its subject)
  const main = words[verb]!.upos === 'AUX' && words[verb]!.head > verb ? words[verb]!.head : verb;
  const subject = words.slice(start, verb).some((w) => w.head === main && /^nsubj/.test(w.deprel));
  if (words[main]!.head < 0 && subject) return undefined;
  return { start, lastMember, verb };
}
