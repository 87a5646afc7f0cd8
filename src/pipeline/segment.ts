// Stage 2, segment: Article -> sentences and tokens with offsets into the text.
// Tokenisation follows CoNLL-2003 conventions (the tagger was trained on them):
// punctuation is split off, possessive 's is its own token, abbreviations and
// hyphenated words stay whole. A newline always ends a sentence.
import type { Article, Segmented, Sentence, Token } from '../types.ts';
import { ABBREVIATIONS, BOILERPLATE_PATTERNS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS, STATE_ABBREVIATIONS } from './segment-data.ts';
import { datelinePrefix } from './segment-dateline.ts';

const LEADING = /^["'“‘(\[{«<*_]+/;
const TRAILING = /["'”’)\]},;:!?»>*_]+$|\.+$/;
const POSSESSIVE = /^(.+?)(['’]s)$/i;

/** Split one whitespace-free chunk into CoNLL-style tokens, as [start, end) offsets relative to the chunk. */
export function splitChunk(chunk: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = 0;
  let b = chunk.length;
  // Leading punctuation, one character per token (except a lone possessive "'s").
  if (!/^['’]s$/i.test(chunk)) {
    const lead = LEADING.exec(chunk);
    if (lead) for (let i = 0; i < lead[0].length; i++) out.push([i, i + 1]);
    if (lead) a = lead[0].length;
  }
  const tail: Array<[number, number]> = [];
  for (;;) {
    const core = chunk.slice(a, b);
    if (!core) break;
    const trail = TRAILING.exec(core);
    if (!trail) break;
    const punct = trail[0];
    if (punct[0] === '.' && keepsPeriod(core)) break;
    if ((punct[0] === "'" || punct[0] === '’') && punct.length === 1 && /s$/i.test(core.slice(0, -1)) && core.length > 2) {
      // plural possessive: separatists' -> separatists '
      tail.unshift([b - 1, b]);
      b -= 1;
      continue;
    }
    if (punct.length === core.length) break; // all punctuation: one token ("..." or "?!")
    if (/^\.+$/.test(punct) && punct.length > 1) { tail.unshift([b - punct.length, b]); b -= punct.length; continue; }
    tail.unshift([b - 1, b]);
    b -= 1;
  }
  if (a < b) {
    const core = chunk.slice(a, b);
    const poss = POSSESSIVE.exec(core);
    if (poss && poss[1]!.length > 0 && !/['’]/.test(poss[1]!.slice(-1))) {
      const cut = a + poss[1]!.length;
      out.push([a, cut], [cut, b]);
    } else {
      out.push([a, b]);
    }
  }
  return out.concat(tail);
}

/** "U.S.", "Mr.", "J." and numbers like "2." in lists keep their period. */
function keepsPeriod(core: string): boolean {
  const word = core.replace(/\.+$/, '');
  if (!word) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(word + '.') || /\.[A-Za-z]/.test(word)) return true; // U.S. p.m. U.N.
  if (/^[A-Z]$/.test(word)) return true; // initial
  return ABBREVIATIONS.has(word.toLowerCase()) || STATE_ABBREVIATIONS.has(word);
}

const SENTENCE_END = /[.!?]+["'”’)\]]*$/;

/** Token-level sentence boundary: a token ending a sentence inside a line. */
function endsSentence(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // ('called it a "red line." His minister ...': a closing quote or bracket right after a sentence's end mark closes it,
  // when the next word opens a new one; the end mark kept it with the sentence above)
  const prev = tokens[i - 1];
  if (/^["'”’)\]]+$/.test(t.text) && prev && prev.end === t.start && /[.!?]$/.test(prev.text) && !keepsPeriod(prev.text) && next && next.start > t.end) {
    return /^[A-Z]/.test(next.text);
  }
  if (!SENTENCE_END.test(t.text)) return false;
  if (t.text.length > 1 && /[A-Za-z]\.$/.test(t.text) && keepsPeriod(t.text)) {
    // an abbreviation token; "Inc. The", "U.S. He": one that may end a sentence before a word that opens one
    return !!next && SENTENCE_FINAL_ABBREVIATIONS.has(t.text.slice(0, -1).toLowerCase()) && SENTENCE_OPENERS.has(next.text) && next.start > t.end;
  }
  if (!next) return true;
  // closing quotes or brackets stay with the sentence they close
  if (/^["'”’)\]]+$/.test(next.text) && next.start === t.end) return false;
  const nextChar = next.text[0]!;
  if (!/[A-Z0-9"“‘'(\[]/.test(nextChar)) return false;
  return text.slice(t.end, next.start).length > 0;
}

export function isBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  return BOILERPLATE_PATTERNS.some((p) => p.pattern.test(trimmed));
}

/**
 * A heading: a short line that is not a finished sentence. (A full stop followed only by closing quotes, however
 * they are written, finishes one: `...community.''` in the typewriter quotes of wire copy, `...community." '`.)
 */
export function isHeading(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= 25 && !/[.!?:;,](?:\s*["'”’)])*$/.test(trimmed) && !/^["“]/.test(trimmed);
}

/** "TAIPEI/NEW", a place of a dateline filed from two ("TAIPEI/NEW DELHI (Reuters) -") glued to the next. */
const GLUED_PLACES = /^([A-Z][A-Z.'’-]*)\/([A-Z][A-Z.'’-]*)$/;

/**
 * A dateline of two places joined by a slash names both: its glued token is split at the slash ("TAIPEI", "/", "NEW"),
 * so that each place is a name of its own. Tokens ending before `end` only.
 */
function splitDatelinePlaces(lineTokens: Token[], end: number): void {
  for (let i = 0; i < lineTokens.length && lineTokens[i]!.end <= end; i++) {
    const t = lineTokens[i]!;
    const m = GLUED_PLACES.exec(t.text);
    if (!m) continue;
    const cut = t.start + m[1]!.length;
    lineTokens.splice(i, 1,
      { start: t.start, end: cut, text: m[1]!, sentence: -1 },
      { start: cut, end: cut + 1, text: '/', sentence: -1 },
      { start: cut + 1, end: t.end, text: m[2]!, sentence: -1 });
    i += 2;
  }
}

export function segment(article: Article): Segmented {
  const { text } = article;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const lineRe = /[^\n]+/g;
  for (let lm = lineRe.exec(text); lm; lm = lineRe.exec(text)) {
    const line = lm[0];
    if (!line.trim()) continue;
    const lineStart = lm.index;
    const boilerplate = isBoilerplate(line);
    const heading = !boilerplate && isHeading(line);
    // tokens of the line
    const lineTokens: Token[] = [];
    const chunkRe = /\S+/g;
    for (let cm = chunkRe.exec(line); cm; cm = chunkRe.exec(line)) {
      const base = lineStart + cm.index;
      for (const [s, e] of splitChunk(cm[0])) lineTokens.push({ start: base + s, end: base + e, text: cm[0].slice(s, e), sentence: -1 });
    }
    // sentences within the line; a wire dateline opening the first paragraph is a heading of its own
    const datelineEnd = !heading && !boilerplate && !sentences.some((s) => !s.heading && !s.boilerplate) ? datelinePrefix(line) : 0;
    if (datelineEnd) splitDatelinePlaces(lineTokens, lineStart + datelineEnd);
    const datelineLast = datelineEnd ? lineTokens.findIndex((t) => t.end >= lineStart + datelineEnd) : -1;
    let first = 0;
    for (let i = 0; i < lineTokens.length; i++) {
      const last = i === lineTokens.length - 1;
      const isDateline = i === datelineLast && !last;
      if (!last && !isDateline && !(heading ? false : endsSentence(lineTokens, i, text))) continue;
      const slice = lineTokens.slice(first, i + 1);
      const index = sentences.length;
      const tokenStart = tokens.length;
      for (const tok of slice) { tok.sentence = index; tokens.push(tok); }
      const start = slice[0]!.start;
      const end = slice[slice.length - 1]!.end;
      sentences.push({ index, start, end, text: text.slice(start, end), boilerplate, heading: heading || isDateline, tokenStart, tokenEnd: tokens.length });
      first = i + 1;
    }
  }
  return { article, sentences, tokens };
}
