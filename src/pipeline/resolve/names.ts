// Comparing names within one article: the words of a person's name, acronyms
// made of initials, and a conservative edit distance for transliteration variants
// ("Zelensky" / "Zelenskyy", "Makeyeva" / "Makeeva").
import { mayEndTitle, nameKey, titleInfo } from '../gazetteer/index.ts';
import { CORPORATE_SUFFIXES } from '../gazetteer/data/organizations.ts';
export { organizationCore } from '../gazetteer/index.ts';

/** In a constant: a bundler may turn a Unicode-property literal into `new RegExp` at every call. */
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * The name without what only accompanies it: a leading "the" ("The Washington Post") and,
 * for people, a title the tagger kept inside the span ("President Vladimir Putin").
 */
export function baseName(text: string, person: boolean): string {
  const cache = person ? personBases : plainBases;
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = readBaseName(text, person);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}

/** Answers by exact input: resolution asks about the same few names of an article many times. */
const personBases = new Map<string, string>();
const plainBases = new Map<string, string>();
const wordLists = new Map<string, readonly string[]>();
const MAX_CACHED = 20_000;

function readBaseName(text: string, person: boolean): string {
  let words = text.split(/\s+/);
  if (words.length > 1 && /^the$/i.test(words[0]!)) words = words.slice(1);
  if (person) {
    for (let k = words.length - 1; k >= 1; k--) {
      // a title ends on a title word: skip building phrases that cannot be one
      if (mayEndTitle(words[k - 1]!) && titleInfo(words.slice(0, k).join(' '))) { words = words.slice(k); break; }
    }
  }
  return words.join(' ');
}

/** Words of a name, compared without case or diacritics; hyphenated parts stay whole ("hong chol" is one word). */
export function nameWords(name: string): readonly string[] {
  let hit = wordLists.get(name);
  if (hit === undefined) {
    hit = name.split(/\s+/).map((w) => nameKey(w.replace(/['’]s$/i, ''))).filter(Boolean);
    if (wordLists.size >= MAX_CACHED) wordLists.clear();
    wordLists.set(name, hit);
  }
  return hit;
}

/**
 * "al assad" -> "assad", "el sisi" -> "sisi" (name keys: the hyphen is a space): an Arabic surname without its
 * article, the form news uses for the surname alone ("Bashar al-Assad ... Mr Assad"). Other words come back as they are.
 */
export function surnameWithoutArticle(word: string): string {
  const m = /^(?:al|el)[ -](\S{3,})$/.exec(word);
  return m ? m[1]! : word;
}

/** "European Union" -> "EU", "New Delhi Television" -> "NDT"; small words are skipped. */
export function initials(name: string): string {
  let hit = initialsOf.get(name);
  if (hit === undefined) {
    hit = readInitials(name);
    if (initialsOf.size >= MAX_CACHED) initialsOf.clear();
    initialsOf.set(name, hit);
  }
  return hit;
}

const initialsOf = new Map<string, string>();

function readInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => STARTS_UPPER.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * Two spellings of one name: same first letter, long enough that a one-letter
 * difference is a spelling variant rather than another name (two letters from 10 up).
 */
export function closeSpelling(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 6) return false;
  return withinEdits(x, y, Math.min(x.length, y.length) >= 10 ? 2 : 1);
}

/** Rows of the edit-distance table, reused (names are short). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * levenshtein(a, b) <= k, stopping as soon as a whole row of the table exceeds k (a row's
 * smallest cell never decreases further down) or the lengths alone differ by more than k.
 */
export function withinEdits(a: string, b: string, k: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > k) return false;
  if (rowA.length <= b.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let least = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < least) least = v;
    }
    if (least > k) return false;
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length]! <= k;
}


const ALL_CAPS = /^\p{Lu}+$/u;
/** A word that may be a blend of a name's words: a capital, then three lower-case letters or more. */
const BLEND_SHAPE = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * A short form that keeps some words of a name and writes the others as initials, or takes the initials
 * of each hyphened part apart: "Ghana FA" for "Ghana Football Association", "PML-N" for "Pakistan Muslim
 * League-Nawaz". Each part of `short` (split at spaces and hyphens) is either the next capitalised word of
 * `long` or the initials, in capitals, of the next run of them; together they cover every capitalised word.
 * Two parts or more, one of them initials of two words or more ... or initials beside initials (PML-N).
 */
export function spellsOutInParts(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  const parts = short.split(/[\s-]+/).filter(Boolean);
  if (parts.length < 2) return false;
  const words = long.split(/[\s-]+/).filter((w) => STARTS_UPPER.test(w));
  if (words.length <= parts.length) return false;
  const go = (p: number, w: number): boolean => {
    if (p === parts.length) return w === words.length;
    const part = parts[p]!;
    if (w < words.length && nameKey(part) === nameKey(words[w]!) && go(p + 1, w + 1)) return true;
    if (!ALL_CAPS.test(part) || w + part.length > words.length) return false;
    for (let k = 0; k < part.length; k++) if (words[w + k]![0]!.toUpperCase() !== part[k]) return false;
    return go(p + 1, w + part.length);
  };
  return go(0, 0);
}

const blendWordsOf = new Map<string, readonly string[]>();

/** The keys of a name's capitalised words, legal forms left out ("Telesp" is no blend of "Telesud SpA"), cached by name. */
function blendWords(long: string): readonly string[] {
  let hit = blendWordsOf.get(long);
  if (hit === undefined) {
    hit = long.split(/[\s-]+/).filter((w) => STARTS_UPPER.test(w) && !Object.prototype.hasOwnProperty.call(CORPORATE_SUFFIXES, w.toLowerCase().replace(/\.$/, '')))
      .map((w) => nameKey(w));
    if (blendWordsOf.size >= MAX_CACHED) blendWordsOf.clear();
    blendWordsOf.set(long, hit);
  }
  return hit;
}

/**
 * A one-word short form blending the first letters of each capitalised word of a name: "Pemex" for "Petroleos
 * Mexicanos", "Walmex" for "Walmart de Mexico". Each word gives two letters or more, in order, and every
 * capitalised word of the name gives some (small words such as "de" and legal forms such as "SpA" are skipped).
 */
export function blendOf(short: string, long: string): boolean {
  // (cheap refusal first: a resolver compares every one-word name with every longer one)
  if (!BLEND_SHAPE.test(short)) return false;
  const words = blendWords(long);
  if (words.length < 2) return false;
  const s = nameKey(short);
  if (!s.startsWith(words[0]!.slice(0, 2))) return false;
  const go = (i: number, w: number): boolean => {
    if (w === words.length) return i === s.length;
    for (let n = Math.min(words[w]!.length, s.length - i); n >= 2; n--) if (s.startsWith(words[w]!.slice(0, n), i) && go(i + n, w + 1)) return true;
    return false;
  };
  return go(0, 0);
}
