// A first half as it travels from the helper thread to the asking one (cli/extract-pool.ts,
// store/halves-pool.ts). Structured clone copies every token of an article as an object with its
// own copy of its text: on eng.testa's 216 documents the tokens were ~2.3 of the ~5 MB posted and
// most of the cost of reading the first halves on the asking thread, the one that bounds the run.
// A token's text is the article's text between its offsets, so the tokens travel as their offsets
// and sentence numbers in one Int32Array and are made again on arrival, the same objects with the
// same keys in the same order. Tokens of any other shape travel as they are.
import type { Segmented, Token } from '../types.ts';
import type { FirstHalf } from './first-halves.ts';

/** The tokens as offsets and sentence numbers, three numbers a token. */
interface PackedTokens { packed: Int32Array }

/** A first half as posted: its tokens packed when they could be. */
export type FirstHalfMessage = FirstHalf;

/** `first` as it is posted: the article's tokens packed when each is its text's span of the article, with these keys only. */
export function packFirstHalf(first: FirstHalf): FirstHalfMessage {
  if (first.error !== undefined) return first;
  const seg = first.recognized.seg;
  const packed = packTokens(seg);
  if (!packed) return first;
  const packedSeg = { ...seg, tokens: packed as unknown as Token[] };
  return { ...first, recognized: { ...first.recognized, seg: packedSeg } };
}

/** A posted first half as it was before packFirstHalf (its tokens made again in place). */
export function unpackFirstHalf<T extends FirstHalfMessage>(msg: T): T {
  if (msg.error !== undefined) return msg;
  const seg = msg.recognized.seg;
  const tokens = seg.tokens as unknown as PackedTokens | Token[];
  if (!Array.isArray(tokens)) seg.tokens = unpackTokens(tokens.packed, seg.article.text);
  return msg;
}

const TOKEN_KEYS = 4;

function packTokens(seg: Segmented): PackedTokens | null {
  const { tokens } = seg, text = seg.article.text;
  const packed = new Int32Array(tokens.length * 3);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text.slice(t.start, t.end) !== t.text || !isTokenShape(t)) return null;
    packed[i * 3] = t.start; packed[i * 3 + 1] = t.end; packed[i * 3 + 2] = t.sentence;
  }
  return { packed };
}

/** Exactly start, end, text, sentence in that order (the order unpackTokens makes them in), integers all. */
function isTokenShape(t: Token): boolean {
  let k = 0;
  for (const key in t) {
    if (key !== (k === 0 ? 'start' : k === 1 ? 'end' : k === 2 ? 'text' : k === 3 ? 'sentence' : '')) return false;
    k++;
  }
  return k === TOKEN_KEYS && (t.start | 0) === t.start && (t.end | 0) === t.end && (t.sentence | 0) === t.sentence;
}

function unpackTokens(packed: Int32Array, text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < packed.length; i += 3) {
    const start = packed[i]!, end = packed[i + 1]!;
    tokens.push({ start, end, text: text.slice(start, end), sentence: packed[i + 2]! });
  }
  return tokens;
}
