// Facts about the whole article that single-sentence rules need: which words the
// article also writes in lower case (so they are common words, not names), which
// token positions start a sentence or quote (so a capital there proves nothing),
// and which lines are Title Case headlines (where every word is capitalised).
import type { Segmented, Token } from '../../types.ts';

export interface DocFacts {
  seg: Segmented;
  /** Lower-case forms of words the article writes in lower case somewhere in prose. */
  lowerWords: Set<string>;
  /** Token indices where a capital letter is forced by position (sentence start, after a quote or colon). */
  initial: Set<number>;
  /** Sentence indices of Title Case or ALL CAPS headlines. */
  capsHeadings: Set<number>;
  /** The Title Case ones only (mixed case: common words capitalised), where a tagger is unreliable too. */
  titleCaseHeadings: Set<number>;
  /** Lower-case forms of capitalised words seen in a non-initial prose position. */
  midCapitalised: Set<string>;
  /** Each token's text in lower case, computed once (the rules compare lower-case forms everywhere). */
  lower: string[];
  /** Per token: 1 when it starts with a capital letter and holds a letter (a word that may belong to a name). */
  nameToken: Uint8Array;
}

// Unicode-property patterns live in constants (a bundler may turn a literal into `new RegExp` at every call),
// and plain ASCII, most tokens, is read from character codes.
const STARTS_UPPER = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_LETTER = /^\p{L}/u;

/** The Arabic article and the patronymic words a name joins with a hyphen ("al-Mutairi", "bin-Salman"). */
const ARABIC_NAME_PREFIX = '(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn)-';
const ARTICLE_NAME = new RegExp(`^${ARABIC_NAME_PREFIX}\\p{Lu}\\p{Ll}`, 'u');
const ARTICLE_PREFIX = new RegExp(`^${ARABIC_NAME_PREFIX}(?=\\p{Lu})`, 'u');

/** A name word without the Arabic article (or "bin-"/"ibn-") joined to it: "al-Mutairi" -> "Mutairi". */
export const withoutArabicArticle = (w: string): string => w.replace(ARTICLE_PREFIX, '');
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

export const isCapitalised = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : STARTS_UPPER.test(t);
};

export const isLowerWord = (t: string): boolean => {
  if (!isAsciiLower(t.charCodeAt(0))) return t.charCodeAt(0) >= 128 && LOWER_WORD.test(t);
  for (let k = 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (isAsciiLower(c) || c === 39 || c === 45) continue; // ' and -
    return c >= 128 ? LOWER_WORD.test(t) : false;
  }
  return true;
};

const isWord = (t: string): boolean => {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return HAS_LETTER.test(t);
    if (isAsciiUpper(c) || isAsciiLower(c)) return true;
  }
  return false;
};

const startsWithLetter = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) || isAsciiLower(c) : STARTS_LETTER.test(t);
};
/** Tokens after which a capital is forced: an opening quote or bracket, a colon, a dash. */
const OPENERS = /^["“‘(\[:—–-]$|^--$/;

/** A brand's name opening with one or two lower-case ASCII letters before a capital and lower-case letters ("eTraveli", "iPhone"). */
function brandShaped(text: string): boolean {
  const c1 = text.charCodeAt(1), c2 = text.charCodeAt(2);
  return (c1 >= 65 && c1 <= 90 || c2 >= 65 && c2 <= 90) && BRAND_WORD.test(text);
}
const BRAND_WORD = /^[a-z]{1,2}[A-Z][a-z]{2,}[A-Za-z]*$/;
const ELIDED_DE = /^d['’]\p{Lu}\p{Ll}/u;

export function docFacts(seg: Segmented): DocFacts {
  const lowerWords = new Set<string>();
  const initial = new Set<number>();
  const capsHeadings = new Set<number>();
  const titleCaseHeadings = new Set<number>();
  const midCapitalised = new Set<string>();
  const tokens = seg.tokens;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const nameToken = new Uint8Array(n);
  const capital = new Uint8Array(n);
  const word = new Uint8Array(n);
  const letter = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const text = t.text;
    const low = text.toLowerCase();
    lower[i] = low;
    // word: holds a letter; capital: starts with a capital; letter: starts with a letter.
    // Most tokens are plain ASCII, settled by their first character.
    const c = text.charCodeAt(0);
    if (c >= 65 && c <= 90) { word[i] = 1; capital[i] = 1; letter[i] = 1; }
    else if (c >= 97 && c <= 122) { word[i] = 1; letter[i] = 1; }
    else if (c < 128) word[i] = isWord(text) ? 1 : 0;
    else {
      word[i] = isWord(text) ? 1 : 0;
      capital[i] = word[i] && isCapitalised(text) ? 1 : 0;
      letter[i] = word[i] && startsWithLetter(text) ? 1 : 0;
    }
    // "al-Shabaab", "el-Sisi", "bin-Salman": a lower-case Arabic article or patronymic joined to a capitalised name
    // "eTraveli", "elPeriodico": a brand's name opening with one or two lower-case letters before a capital
    // "Cote d'Ivoire", "Val d'Isere": the French "de" elided before a capitalised name inside a name
    nameToken[i] = capital[i]! || (c >= 97 && c <= 122 && (ARTICLE_NAME.test(text) || brandShaped(text) || ELIDED_DE.test(text)) ? 1 : 0);
    if (word[i] && !capital[i] && isLowerWord(text) && !seg.sentences[t.sentence]!.boilerplate) lowerWords.add(low);
  }
  const shape: LineShape = { tokens, lower, letter, capital, lowerWords };
  for (const s of seg.sentences) {
    // Positions where capitalisation is forced.
    let expectStart = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const text = tokens[i]!.text;
      if (expectStart && word[i]) { initial.add(i); expectStart = false; }
      if (text.length <= 2 && (OPENERS.test(text) || text === "'" && i === s.tokenStart)) expectStart = true;
    }
    if (isAllCapsLine(shape, s.tokenStart, s.tokenEnd)) capsHeadings.add(s.index);
    else if (isTitleCaseLine(shape, s.tokenStart, s.tokenEnd, s.index === 0 && s.heading)) { capsHeadings.add(s.index); titleCaseHeadings.add(s.index); }
    if (s.boilerplate || capsHeadings.has(s.index)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (capital[i] && !initial.has(i)) midCapitalised.add(lower[i]!);
  }
  return { seg, lowerWords, initial, capsHeadings, titleCaseHeadings, midCapitalised, lower, nameToken };
}

/** What the headline tests read about the tokens, computed once per article. */
interface LineShape {
  tokens: Token[];
  lower: string[];
  /** 1 when the token starts with a letter. */
  letter: Uint8Array;
  /** 1 when it starts with a capital letter. */
  capital: Uint8Array;
  lowerWords: Set<string>;
}

/** A line in capitals ("SOCCER - JAPAN GET LUCKY WIN"): at least three words, none in lower case. */
function isAllCapsLine(line: LineShape, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const text = line.tokens[i]!.text;
    if (!line.letter[i] || text.length <= 1) continue;
    if (text !== text.toUpperCase()) return false;
    words++;
  }
  return words >= 3;
}

/** Short function words stay lower case in most headline styles ("Agree to Ceasefire After Weeks of Fighting in Gaza"). */
const HEADLINE_SMALL_WORDS = /^(a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|vs|via)$/;

/**
 * A headline in Title Case ("Ukraine Cuts Ties With North Korea"): at least four words,
 * nearly all capitalised, and either the article's title line or with at least two words
 * the article writes in lower case elsewhere (so the capitals are style, not names; a
 * list of names is not a headline).
 */
function isTitleCaseLine(line: LineShape, from: number, to: number, articleTitle: boolean): boolean {
  let words = 0;
  let caps = 0;
  let small = 0;
  let styled = 0;
  for (let i = from; i < to; i++) {
    if (!line.letter[i]) continue;
    words++;
    if (line.capital[i]) {
      // a capitalised word the article writes in lower case elsewhere, after the line's first capitalised word
      if (caps > 0 && line.lowerWords.has(line.lower[i]!)) styled++;
      caps++;
    } else if (HEADLINE_SMALL_WORDS.test(line.tokens[i]!.text)) small++;
  }
  if (words < 4) return false;
  if (caps / Math.max(1, words - small) < 0.8) return false;
  // the article's own title line is a headline by position
  if (articleTitle) return true;
  // a sentence of prose full of titled names ("Turkish President X hosted Russian President Y in Ankara."):
  // a lower-case content word and a closing full stop are not Title Case
  const plain = words - caps - small;
  if (plain > 0 && line.tokens[to - 1]?.text === '.') return false;
  return styled >= 2;
}
