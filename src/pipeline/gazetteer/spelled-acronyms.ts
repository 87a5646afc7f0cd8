// Does a short form spell out a long name? Acronyms are not always the bare initials:
// British style writes them as words ("Ecowas", "Nato"), some take two letters of a word
// ("ECOWAS" = ECOnomic community of West African States) and some leave a word out
// ("ECB" = England and Wales Cricket Board). A reader accepts such a form when it is
// given right after the name, in brackets or after ", or"; this is the test for that.

// In constants: a bundler may turn a Unicode-property literal into `new RegExp` at every call.
const STARTS_UPPER = /^\p{Lu}/u;
/** One word in capitals ("ECOWAS", "U.N.") or written as a word ("Ecowas", "Caricom"). */
const ACRONYM_SHAPE = /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Ll}\p{Lu}]{2,7}$/u;

/**
 * The short form's letters read, in order, as the start of each capitalised word of the name (one
 * or more letters of a word, "Eco" of "Economic"); at most one capitalised word left out, never the
 * first, and the letters cover at least three words or all of a shorter name.
 */
export function spellsOut(short: string, name: string): boolean {
  if (!ACRONYM_SHAPE.test(short)) return false;
  const letters = short.replace(/\./g, '').toLowerCase();
  const words = name.split(/[\s-]+/).filter((w) => STARTS_UPPER.test(w)).map((w) => w.toLowerCase());
  if (words.length < 2 || letters.length < 2 || letters.length > 10) return false;
  if (letters[0] !== words[0]![0]) return false;
  return covers(letters, 0, words, 0, 1, Math.min(3, words.length));
}

/** Can letters[i..] be read from words[w..] with `skips` words still allowed to be left out and `need` words still to use? */
function covers(letters: string, i: number, words: string[], w: number, skips: number, need: number): boolean {
  if (i === letters.length) return w === words.length && need <= 0;
  if (w === words.length) return false;
  const word = words[w]!;
  // take 1..n letters of this word
  for (let n = 1; n <= word.length && i + n <= letters.length; n++) {
    if (letters[i + n - 1] !== word[n - 1]) break;
    if (covers(letters, i + n, words, w + 1, skips, need - 1)) return true;
  }
  // leave this word out (not the first: the short form opens with the name's first letter)
  return w > 0 && skips > 0 && covers(letters, i, words, w + 1, skips - 1, need);
}
