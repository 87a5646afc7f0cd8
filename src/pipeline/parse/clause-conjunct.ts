// "Turkey backs the government in Tripoli and Egypt has supported the commander": two clauses joined by "and", the
// second with a subject of its own. The greedy parser, reading "Tripoli and Egypt" as a list, often makes the second
// subject a conjunct of the first clause's last noun and leaves the second verb without a subject. On the finished
// tree this pass gives such a verb its subject back: the noun phrase right before the verb (and its auxiliaries),
// hung as a conjunct on a noun before it, becomes the verb's nsubj, its "and" the verb's cc, and the verb a conjunct
// of the verb that governs that noun.

import { leftEdge, within, type TreeWord } from './subtree.ts';

const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON']);

/** Gives a subjectless conjunct verb the noun phrase the parse hung before it as a conjunct (in place). */
export function subjectsForConjunctClauses(words: TreeWord[]): void {
  for (let v = 0; v < words.length; v++) {
    const verb = words[v]!;
    // (a conjunct, or a clause the parse hung elsewhere: a complement or a parataxis of the sentence's verb)
    if (verb.upos !== 'VERB' || !/^(?:conj|ccomp|parataxis)$/.test(verb.deprel)) continue;
    if (words.some((w) => w.head === v && /^(?:nsubj|expl|csubj)/.test(w.deprel))) continue;
    // the word before the verb and its auxiliaries or adverbs
    let n = v - 1;
    while (n >= 0 && words[n]!.head === v && /^(?:aux|advmod)/.test(words[n]!.deprel)) n--;
    if (n < 0 || !NOMINAL.has(words[n]!.upos)) continue;
    // climb to the head of the phrase n ends, which the parse hung as a conjunct on a noun before it
    let x = n;
    while (words[x]!.head > x && words[x]!.head < v && /^(?:flat|compound|amod|det|nmod:poss)$/.test(words[x]!.deprel)) x = words[x]!.head;
    const subject = words[x]!;
    if (subject.deprel !== 'conj' || !NOMINAL.has(subject.upos) || subject.head < 0 || subject.head > x) continue;
    const first = leftEdge(words, x);
    const cc = first > 0 && words[first]!.deprel === 'cc' ? first : -1;
    if (cc < 0 || !within(words, n, x)) continue;
    // the verb that governs the noun the subject was a conjunct of
    let g = subject.head;
    while (g >= 0 && words[g]!.upos !== 'VERB') g = words[g]!.head;
    if (g < 0 || g >= cc) continue;
    subject.head = v;
    subject.deprel = 'nsubj';
    words[cc]!.head = v;
    verb.head = g;
    verb.deprel = 'conj';
  }
}
