// From the segment stage's tokens (CoNLL-2003 style, what the recogniser was
// trained on) to the words UD English EWT annotates, which the parser was
// trained on: "don't" -> "do" + "n't", "I'm" -> "I" + "'m", "cannot" -> "can" +
// "not", "gonna" -> "gon" + "na", "Russian-backed" -> "Russian" + "-" + "backed"
// (EWT splits hyphenated compounds, except after prefixes such as "pro-",
// "anti-", "non-", "e-"). Possessive 's is split by the segmenter already.
// Every word keeps exact offsets into the article text.
import type { Segmented } from '../../types.ts';

export interface WordPiece {
  start: number;
  end: number;
  /** Index into Segmented.tokens. */
  token: number;
}

/** Prefixes EWT keeps attached to the word after the hyphen ("pro-Russian", "e-mail", "non-profit"). */
const KEPT_PREFIXES = new Set([
  'e', 'non', 'pre', 'anti', 're', 'mid', 'post', 'co', 'over', 'pro', 'multi', 'ex', 'sub', 'semi', 'neo', 'cross',
  'un', 'micro', 'intra', 'counter', 'de', 'mis', 'bi', 'tri', 'quasi', 'pseudo', 'ultra', 'mega', 'mini',
]);

const NEGATION = /^(.*[A-Za-z])(n['’]t)$/i;
const CLITIC = /^(.*[A-Za-z])(['’](?:m|re|ve|ll|d|s))$/i;
const FUSED: Record<string, number> = { cannot: 3, gonna: 3, wanna: 3, gotta: 3 };
const HYPHENATED = /^[\p{L}\p{N}]+(?:[-–—][\p{L}\p{N}]+)+$/u;
const DIGITS_AND_HYPHENS = /^[\d-]+$/;

/** The UD words of one token's text, as [start, end) offsets relative to the token. */
export function splitToken(text: string): Array<[number, number]> {
  const L = text.length;
  if (L < 3 || !maySplit(text)) return [[0, L]];
  const fused = FUSED[text.toLowerCase()];
  if (fused !== undefined) return [[0, fused], [fused, L]];
  const neg = NEGATION.exec(text);
  if (neg) return [[0, neg[1]!.length], [neg[1]!.length, L]];
  const clitic = CLITIC.exec(text);
  if (clitic) return [[0, clitic[1]!.length], [clitic[1]!.length, L]];
  if (HYPHENATED.test(text) && !DIGITS_AND_HYPHENS.test(text)) {
    const parts: Array<[number, number]> = [];
    const re = /[-–—]/g;
    let from = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const left = text.slice(from, m.index);
      // a kept prefix stays attached to what follows: "anti-war", "pro-Russian"
      if (m[0] === '-' && from === 0 && KEPT_PREFIXES.has(left.toLowerCase())) continue;
      parts.push([from, m.index], [m.index, m.index + 1]);
      from = m.index + 1;
    }
    if (!parts.length) return [[0, L]];
    parts.push([from, L]);
    return parts;
  }
  return [[0, L]];
}

/** Cheap test before the regular expressions: an apostrophe, a hyphen or dash, or a fused form's length. */
function maySplit(text: string): boolean {
  if (text.length === 5 || text.length === 6) return true; // gonna, wanna, gotta, cannot
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * A capitalised word with a lower-case part after its hyphen: a Korean given name ("Sung-ho", "Jae-in"), whose
 * pieces EWT's splitting would leave the parser reading as a noun ("ho") of its own. Names hyphenated otherwise
 * ("al-Shaibani", "Guinea-Bissau") are split as EWT splits them: the parser was trained on their pieces.
 */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The words of sentence `index`, in order. `whole(start, end)`: a token of GIVEN_NAME's shape it accepts (one
 * inside a name) is one word.
 */
export function sentenceWords(seg: Segmented, index: number, whole?: (start: number, end: number) => boolean): WordPiece[] {
  const s = seg.sentences[index]!;
  const out: WordPiece[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = seg.tokens[t]!;
    if (tok.text.length < 3 || !maySplit(tok.text) || (whole && GIVEN_NAME.test(tok.text) && whole(tok.start, tok.end))) {
      out.push({ start: tok.start, end: tok.end, token: t });
      continue;
    }
    const pieces = splitToken(tok.text);
    if (pieces.length === 1) { out.push({ start: tok.start, end: tok.end, token: t }); continue; }
    for (const [a, b] of pieces) out.push({ start: tok.start + a, end: tok.start + b, token: t });
  }
  return out;
}
