// Which way in time a sentence points at a given place: past ("met on Friday"), future
// ("will meet on Friday", "is due to visit in March") or unknown. Relative dates such as
// "on Friday" or "in March" name a different day depending on it, so a date is resolved
// only when the words nearest to it settle the direction.

export type Tense = 'past' | 'future' | 'unknown';

/** Words that put what is near them in the future, each with why. */
const FUTURE: ReadonlyMap<string, string> = new Map([
  ['will', 'modal of the future'], ["'ll", 'contracted will'], ['’ll', 'contracted will'], ['shall', 'modal of the future'],
  ['would', 'future in reported speech ("said it would meet on Friday")'],
  ['plans', '"plans to"'], ['planned', '"planned for"'], ['planning', '"planning to"'], ['scheduled', '"scheduled for"'],
  ['due', '"is due to"'], ['expected', '"is expected to"'], ['upcoming', 'a coming event'], ['forthcoming', 'a coming event'],
  ['intends', '"intends to"'], ['aims', '"aims to"'], ['set', '"is set to"'], ['going', '"is going to"'],
  ['until', '"until Friday" looks forward'], ['next', '"next week", "next Friday"'],
]);

/** Irregular past forms common in news; regular ones are recognised by "-ed". */
const IRREGULAR_PAST = new Set([
  'said', 'told', 'met', 'was', 'were', 'had', 'did', 'made', 'took', 'went', 'came', 'gave', 'held', 'left', 'began',
  'saw', 'found', 'sent', 'won', 'lost', 'fell', 'rose', 'led', 'kept', 'brought', 'bought', 'sold', 'paid', 'spoke',
  'broke', 'chose', 'fled', 'fought', 'flew', 'struck', 'shot', 'thought', 'felt', 'knew', 'grew', 'drew', 'threw',
  'wrote', 'ran', 'stood', 'sat', 'became', 'got', 'heard', 'meant', 'sought', 'taught', 'caught', 'hid',
  'ago', 'earlier', 'last', 'yesterday', 'previously', 'already',
]);

/** Words ending in -ed that are not past verbs. */
const ED_NOT_PAST = new Set(['need', 'red', 'bed', 'shed', 'speed', 'seed', 'feed', 'breed', 'creed', 'greed', 'hundred', 'embed', 'united', 'based', 'indeed']);

const WORD = /[\p{L}’'.-]+/gu;

/**
 * Tense at the span [start, end) of `text`. Time adverbials follow the verb they date ("met on
 * Friday", "will meet on Friday") or open the sentence ("On Friday, the ministers met"), so the
 * nearest cue to the left within the same clause decides, and failing one, the nearest to the right.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  let left: Tense = 'unknown';
  let right: Tense = 'unknown';
  let previous = '';
  for (const m of text.matchAll(WORD)) {
    const at = m.index!;
    const word = m[0].toLowerCase().replace(/\.$/, '');
    const before = previous;
    previous = word;
    if (at >= start && at < end) continue;
    // "will be signed": a participle after a form of "be" is passive, not past; the auxiliary decides
    const tense = PASSIVE_AUX.has(before) && word.endsWith('ed') ? 'unknown' : cue(word);
    if (tense === 'unknown') continue;
    if (at < start) {
      if (!CLAUSE_BREAK.test(text.slice(at + m[0].length, start))) left = tense; // the last one seen is the nearest
    } else if (right === 'unknown' && !/;/.test(text.slice(end, at))) {
      right = tense;
    }
  }
  return left !== 'unknown' ? left : right;
}

const PASSIVE_AUX = new Set(['be', 'been', 'being']);

/** Punctuation that closes the clause a cue word belongs to. */
const CLAUSE_BREAK = /[;,:"“”()]/;

function cue(word: string): Tense {
  if (FUTURE.has(word)) return 'future';
  if (IRREGULAR_PAST.has(word)) return 'past';
  if (word.length > 4 && word.endsWith('ed') && !ED_NOT_PAST.has(word) && /^[a-z]/.test(word)) return 'past';
  return 'unknown';
}
