// "signed a contract on Wednesday with KHNP", "issued arrest warrants on Tuesday for two generals": news puts the
// day between a verb's object and its other arguments. The greedy parser, holding the day on its stack, often hangs
// the phrase after it ("with KHNP") on the day, as if the day were what the phrase describes. A day or a month takes
// no such argument; the phrase belongs where the day belongs. On the finished tree this pass moves a phrase with a
// case word other than "of" from a time word to the time word's own head (an obl of a verb, an nmod of a noun), past
// a name the time hangs on.

import { leftEdge, within, type TreeWord } from './subtree.ts';

/** Time words that name when something happened and take no argument of their own. */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
  'morning', 'afternoon', 'evening', 'night', 'weekend', 'today', 'yesterday', 'tonight',
]);
/** Relations by which a time word states when (not what). */
const WHEN_RELATIONS = /^(?:obl|nmod|obl:tmod|nmod:tmod|obl:unmarked|nmod:unmarked)$/;
/** Case words that open a verb's or a noun's argument, not a time's ("of" may describe a month: "June of last year"). */
const ARGUMENT_CASES = new Set(['with', 'for', 'against', 'between', 'to', 'from', 'by', 'over', 'into', 'toward', 'towards', 'among']);

/** Moves arguments the parse hung on a time word to the time word's head (in place). */
export function liftFromTimes(words: TreeWord[], forms: readonly string[]): void {
  for (let t = 0; t < words.length; t++) {
    const time = words[t]!;
    if (!TIME_WORDS.has(forms[t]!.toLowerCase()) || time.head < 0 || !WHEN_RELATIONS.test(time.deprel)) continue;
    // the time's host: past names it hangs on ("signed in Washington on Monday by X": the verb, not the city)
    // and past the object it was hung on ("signed a contract on Wednesday with X": "on Wednesday" tells when it was signed)
    let hostAt = time.head;
    while (words[hostAt]!.head >= 0 && (words[hostAt]!.upos === 'PROPN' || (words[hostAt]!.deprel === 'obj' && /^nmod/.test(time.deprel)))) hostAt = words[hostAt]!.head;
    const host = words[hostAt]!;
    for (let i = t + 1; i < words.length; i++) {
      const w = words[i]!;
      if (w.head !== t || !/^nmod/.test(w.deprel) || (w.upos !== 'PROPN' && w.upos !== 'NOUN' && w.upos !== 'PRON')) continue;
      if (TIME_WORDS.has(forms[i]!.toLowerCase())) continue; // a span of time ("from May to July")
      // the case word opens the phrase (on the name's head or on an earlier word of the name: "with Korea Hydro")
      const caseWord = leftEdge(words, i);
      if (words[caseWord]!.deprel !== 'case' || !ARGUMENT_CASES.has(forms[caseWord]!.toLowerCase())) continue;
      const verbal = host.upos === 'VERB' || host.upos === 'AUX';
      const passive = words.some((c) => c.head === hostAt && (c.deprel === 'aux:pass' || c.deprel === 'nsubj:pass'));
      w.head = hostAt;
      w.deprel = !verbal ? 'nmod' : forms[caseWord]!.toLowerCase() === 'by' && passive ? 'obl:agent' : 'obl';
      // what the parse hung on the time word after it as a conjunct or an apposition goes with it ("with Korea Hydro
      // & Nuclear Power (KHNP)")
      for (let j = i + 1; j < words.length; j++) {
        if (words[j]!.head === t && /^(?:conj|appos)$/.test(words[j]!.deprel)) words[j]!.head = i;
      }
    }
    // a phrase hung on the time word that opens with a conjunction ("on Monday by X and Y" with Y under "Monday") is
    // the conjunct of the argument just before it, where that argument does not hang on the time word
    for (let j = t + 1; j < words.length; j++) {
      const y = words[j]!;
      if (y.head !== t || !/^nmod/.test(y.deprel) || (y.upos !== 'PROPN' && y.upos !== 'NOUN')) continue;
      const left = leftEdge(words, j);
      if (words[left]!.upos !== 'CCONJ' || left - 1 <= t) continue;
      let x = left - 1;
      while (x >= 0 && !/^(?:obl|obj|nmod|nsubj)/.test(words[x]!.deprel)) x = words[x]!.head;
      if (x < 0 || x === t || within(words, x, t)) continue;
      y.head = x;
      y.deprel = 'conj';
    }
  }
}

