// A first half as it travels from the helper thread to the asking one (cli/extract-pool.ts,
// store/halves-pool.ts). Structured clone copies every token of an article as an object with its
// own copy of its text: on eng.testa's 216 documents the tokens were ~2.3 of the ~5 MB posted and
// most of the cost of reading the first halves on the asking thread, the one that bounds the run.
// A token's text is the article's text between its offsets, so the tokens travel as their offsets
// and sentence numbers in one Int32Array and are made again on arrival, the same objects with the
// same keys in the same order. Tokens of any other shape travel as they are. The sentences and the
// mentions (as recognised and as resolved) travel as rows: each object's values in one flat array and
// its keys once per shape (structured clone writes every key of every object), made again in the same
// order on arrival; a list holding anything but flat objects of strings, numbers and booleans travels
// as it is.
import type { Segmented, Token } from '../types.ts';
import type { FirstHalf } from './first-halves.ts';

/** The tokens as offsets and sentence numbers, three numbers a token. */
interface PackedTokens { packed: Int32Array }

/** A first half as posted: its tokens packed when they could be. */
export type FirstHalfMessage = FirstHalf;

/** `first` as it is posted: the article's tokens packed when each is its text's span of the article, with these keys only. */
export function packFirstHalf(first: FirstHalf): FirstHalfMessage {
  if (first.error !== undefined) return first;
  const { seg, mentions, resolved } = first.recognized;
  const packedSeg = { ...seg, sentences: packRows(seg.sentences), tokens: packTokens(seg) ?? seg.tokens };
  const recognized = { ...first.recognized, seg: packedSeg as unknown as Segmented, mentions: packRows(mentions) };
  if (resolved) recognized.resolved = { ...resolved, mentions: packRows(resolved.mentions) };
  return { ...first, recognized };
}

/** A posted first half as it was before packFirstHalf (its tokens made again in place). */
export function unpackFirstHalf<T extends FirstHalfMessage>(msg: T): T {
  if (msg.error !== undefined) return msg;
  const r = msg.recognized, seg = r.seg;
  const tokens = seg.tokens as unknown as PackedTokens | Token[];
  if (!Array.isArray(tokens)) seg.tokens = unpackTokens(tokens.packed, seg.article.text);
  seg.sentences = unpackRows(seg.sentences);
  r.mentions = unpackRows(r.mentions);
  if (r.resolved) r.resolved.mentions = unpackRows(r.resolved.mentions);
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

/** A list of flat objects as their keys (once per shape) and values (in one array, object after object). */
interface PackedRows { shapes: string[][]; shapeOf: Uint8Array; values: Array<string | number | boolean> }

/** Most shapes a packed list may have (the mentions have five or so: optional keys). */
const MAX_SHAPES = 256;

/** `rows` packed when each is a plain object of strings, numbers and booleans, else `rows` as they are. */
function packRows<T extends object>(rows: T[]): T[] {
  const shapes: string[][] = [], shapeIndex = new Map<string, number>();
  const shapeOf = new Uint8Array(rows.length), values: Array<string | number | boolean> = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]! as Record<string, unknown>;
    if (Object.getPrototypeOf(row) !== Object.prototype) return rows;
    const keys = Object.keys(row);
    for (const k of keys) {
      const v = row[k], t = typeof v;
      if (t !== 'string' && t !== 'number' && t !== 'boolean') return rows;
      values.push(v as string | number | boolean);
    }
    const sig = keys.join('\u0000');
    let s = shapeIndex.get(sig);
    if (s === undefined) {
      if (shapes.length >= MAX_SHAPES) return rows;
      s = shapes.length; shapes.push(keys); shapeIndex.set(sig, s);
    }
    shapeOf[i] = s;
  }
  return { shapes, shapeOf, values } satisfies PackedRows as unknown as T[];
}

/** The list packRows packed, made again (a list it left as it was is returned as it is). */
function unpackRows<T extends object>(rows: T[]): T[] {
  if (Array.isArray(rows)) return rows;
  const { shapes, shapeOf, values } = rows as unknown as PackedRows, out: T[] = [];
  let j = 0;
  for (let i = 0; i < shapeOf.length; i++) {
    const row: Record<string, unknown> = {};
    for (const k of shapes[shapeOf[i]!]!) row[k] = values[j++];
    out.push(row as T);
  }
  return out;
}
