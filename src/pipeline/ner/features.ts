// Feature extraction, shared by training and run time. Every feature is a 32-bit
// hash of (template, values); per-token values (word, lower-cased word, shape,
// affixes, gazetteer positions) are hashed once and combined with `mix`, so no
// feature string is ever built.
//
// Local features (stage 1 and stage 2): word, lower-cased word, ±2 window, word
// bigrams, prefixes/suffixes 1-4, word shape and its window, capitalisation class,
// position in the sentence, the sentence's case mode (ALL-CAPS headline, title
// case, normal), gazetteer membership with BILU position, and how the same word is
// capitalised elsewhere in the document (text-only, no predictions needed).
// Document features (stage 2 only): the stage-1 labels around the token and the
// stage-1 labels of the same word elsewhere in the document (Ratinov & Roth 2009).
import { hashStr, mix, mix3 } from './hash.ts';
import { LISTS, type Lexicon } from './lexicon.ts';
import { N_LABELS, O, partOf, typeOf, B as PB, I as PI, L as PL } from './labels.ts';

/** One document as the tagger sees it: token texts and sentence token ranges. */
export interface DocInput {
  words: readonly string[];
  /** Sentence k covers tokens [sentStart[k], sentEnd[k]). */
  sentStart: ArrayLike<number>;
  sentEnd: ArrayLike<number>;
}

/** Growable list of feature hashes with per-token offsets. */
export class FeatureBuffer {
  hashes = new Uint32Array(4096);
  length = 0;
  offsets = new Int32Array(1);
  reset(nTokens: number): void {
    this.length = 0;
    if (this.offsets.length < nTokens + 1) this.offsets = new Int32Array(nTokens + 1);
  }
  /** Room for `extra` more hashes; the (possibly new) hash array, to write at `length` directly. */
  reserve(extra: number): Uint32Array {
    if (this.length + extra > this.hashes.length) {
      const next = new Uint32Array(Math.max(this.hashes.length * 2, this.length + extra));
      next.set(this.hashes);
      this.hashes = next;
    }
    return this.hashes;
  }
  push(h: number): void {
    if (this.length === this.hashes.length) {
      const next = new Uint32Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[this.length++] = h;
  }
}

// capitalisation classes
const C_LOWER = 0, C_INIT = 1, C_ALLCAPS = 2, C_LETTER = 3, C_NUM = 4, C_PUNCT = 5, C_MIXED = 6;
// sentence modes
export const M_NORMAL = 0, M_UPPER = 1, M_TITLE = 2;

const BOS = 0x9a3c11f1, EOS = 0x6b1d2e07; // stand-ins for words/shapes beyond the sentence

/** Per-token precomputed values of one document. */
export class TokenInfo {
  n = 0;
  hWord = new Uint32Array(0);
  hLower = new Uint32Array(0);
  hRawLower = new Uint32Array(0);
  hShape = new Uint32Array(0);
  hLongShape = new Uint32Array(0);
  hPre = new Uint32Array(0);
  hSuf = new Uint32Array(0);
  cap = new Uint8Array(0);
  len = new Uint8Array(0);
  sent = new Int32Array(0);
  mode = new Uint8Array(0); // per token: its sentence's mode
  gazB = new Uint16Array(0);
  gazI = new Uint16Array(0);
  gazL = new Uint16Array(0);
  gazU = new Uint16Array(0);
  docCase = new Uint8Array(0);

  ensure(n: number): void {
    this.n = n;
    if (this.hWord.length >= n) {
      this.gazB.fill(0, 0, n); this.gazI.fill(0, 0, n); this.gazL.fill(0, 0, n); this.gazU.fill(0, 0, n);
      return;
    }
    const m = Math.max(n, 256);
    this.hWord = new Uint32Array(m); this.hLower = new Uint32Array(m); this.hRawLower = new Uint32Array(m);
    this.hShape = new Uint32Array(m); this.hLongShape = new Uint32Array(m);
    this.hPre = new Uint32Array(m * 4); this.hSuf = new Uint32Array(m * 4);
    this.cap = new Uint8Array(m); this.len = new Uint8Array(m); this.sent = new Int32Array(m); this.mode = new Uint8Array(m);
    this.gazB = new Uint16Array(m); this.gazI = new Uint16Array(m); this.gazL = new Uint16Array(m); this.gazU = new Uint16Array(m);
    this.docCase = new Uint8Array(m);
  }
}

const FNV = 0x811c9dc5, PRIME = 0x01000193;

/**
 * Typographic quotes and dashes read as their ASCII forms (the training text is
 * ASCII; web text writes Russia’s, “quoted”, 2014–2022).
 */
export function plainChar(c: number): number {
  if (c < 0x2010 || c > 0x201f) return c;
  if (c === 0x2018 || c === 0x2019 || c === 0x201b) return 39; // '
  if (c === 0x201c || c === 0x201d || c === 0x201f) return 34; // "
  if (c >= 0x2010 && c <= 0x2015) return 45; // -
  return c;
}

function charClass(c: number): number {
  if (c >= 48 && c <= 57) return 100; // d
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase(), up = s.toUpperCase();
  if (lo !== up) return s === up ? 88 : 120;
  return c;
}

/**
 * Scratch maps reused across documents (cleared per use) to spare the garbage collector, keyed by a
 * word's hash as a signed 32-bit integer (a small integer to V8; an unsigned one past 2^31 is a heap
 * number, which a Map hashes and compares more slowly).
 */
const SEEN = new Map<number, number>();
const SLOTS = new Map<number, number>();
let COUNTS = new Int32Array(1 << 14);

/** Fill `info` for the tokens of `doc`. */
export function computeTokenInfo(doc: DocInput, lex: Lexicon, info: TokenInfo): void {
  const words = doc.words;
  const n = words.length;
  info.ensure(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    let hw = FNV, hl = FNV, hr = FNV, hs = FNV, hls = FNV;
    let prevCls = -1, upper = 0, lowerN = 0, digits = 0, longN = 0;
    const wl = w.length;
    info.hPre[i * 4] = info.hPre[i * 4 + 1] = info.hPre[i * 4 + 2] = info.hPre[i * 4 + 3] = 0;
    for (let k = 0; k < wl; k++) {
      let c = plainChar(w.charCodeAt(k));
      let lc = lower.length === wl ? plainChar(lower.charCodeAt(k)) : c;
      hr = Math.imul(hr ^ lc, PRIME);
      const cls = charClass(c);
      if (cls === 100) { digits++; c = 48; lc = 48; } else if (cls === 88) upper++; else if (cls === 120) lowerN++;
      hw = Math.imul(hw ^ c, PRIME);
      hl = Math.imul(hl ^ lc, PRIME);
      if (k < 4) info.hPre[i * 4 + k] = k < wl - 1 ? hl >>> 0 : 0;
      if (cls !== prevCls) { hs = Math.imul(hs ^ cls, PRIME); prevCls = cls; }
      if (longN < 10) { hls = Math.imul(hls ^ cls, PRIME); longN++; }
    }
    // suffixes over the lower-cased, digit-normalised text, read backwards
    let hx = FNV;
    for (let k = 0; k < 4; k++) {
      const idx = wl - 1 - k;
      if (idx <= 0) { info.hSuf[i * 4 + k] = 0; continue; }
      let lc = plainChar(lower.length === wl ? lower.charCodeAt(idx) : w.charCodeAt(idx));
      if (lc >= 48 && lc <= 57) lc = 48;
      hx = Math.imul(hx ^ lc, PRIME);
      info.hSuf[i * 4 + k] = hx >>> 0;
    }
    info.hWord[i] = hw >>> 0; info.hLower[i] = hl >>> 0; info.hRawLower[i] = hr >>> 0;
    info.hShape[i] = hs >>> 0; info.hLongShape[i] = hls >>> 0;
    info.len[i] = wl > 255 ? 255 : wl;
    const letters = upper + lowerN;
    let cap: number;
    if (letters === 0) cap = digits ? C_NUM : C_PUNCT;
    else if (digits) cap = C_MIXED;
    else if (lowerN === 0) cap = upper === 1 ? C_LETTER : C_ALLCAPS;
    else if (charClass(w.charCodeAt(0)) === 88) cap = C_INIT;
    else cap = upper === 0 ? C_LOWER : C_MIXED;
    info.cap[i] = cap;
  }
  // sentences: index and case mode
  const ns = doc.sentStart.length;
  for (let s = 0; s < ns; s++) {
    const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
    let letterToks = 0, allCaps = 0, longToks = 0, longInit = 0;
    for (let i = a; i < b; i++) {
      const c = info.cap[i]!;
      info.sent[i] = s;
      if (c <= C_LETTER || c === C_MIXED) letterToks++;
      if (c === C_ALLCAPS || c === C_LETTER) allCaps++;
      if (info.len[i]! >= 4 && (c === C_INIT || c === C_LOWER)) { longToks++; if (c === C_INIT) longInit++; }
    }
    const mode = letterToks > 0 && allCaps / letterToks >= 0.75 && allCaps >= 1 ? M_UPPER
      : longToks >= 3 && longInit >= 0.75 * longToks && doc.words[b - 1] !== '.' ? M_TITLE : M_NORMAL;
    for (let i = a; i < b; i++) info.mode[i] = mode;
    lex.match(info.hRawLower, a, b, (start, end, bits) => {
      if (end - start === 1) { info.gazU[start]! |= bits; return; }
      info.gazB[start]! |= bits;
      for (let k = start + 1; k < end - 1; k++) info.gazI[k]! |= bits;
      info.gazL[end - 1]! |= bits;
    });
  }
  // document casing: how each word is written in ordinary (non-headline, non-initial) positions
  const seen = SEEN;
  seen.clear();
  for (let s = 0; s < ns; s++) {
    const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
    if (info.mode[a] !== M_NORMAL) continue;
    for (let i = a + 1; i < b; i++) {
      const c = info.cap[i]!;
      const bit = c === C_LOWER ? 1 : c === C_INIT ? 2 : c === C_ALLCAPS ? 4 : 0;
      if (bit) { const key = info.hRawLower[i]! | 0; seen.set(key, (seen.get(key) ?? 0) | bit); }
    }
  }
  for (let i = 0; i < n; i++) info.docCase[i] = seen.get(info.hRawLower[i]! | 0) ?? 0;
}

/** Features intrinsicFeatures writes at most: bias, word, lower, 4 prefixes, 4 suffixes, 2 shapes, capLen. */
const MAX_INTRINSIC = 14;

// template ids
const T = {
  bias: 1, word: 2, lower: 3, lm1: 4, lp1: 5, lm2: 6, lp2: 7, wm1: 8, wp1: 9,
  pre: 10, suf: 20, shape: 30, longShape: 31, sh12: 32, sh23: 33, sh123: 34, l12: 35, l23: 36,
  pos: 37, modeShape: 38, modeLower: 39, lm1Shape: 40, shapeLp1: 41, gaz: 42, gazCap: 43, gazM1: 44, gazP1: 45,
  docCase: 46, capLen: 47, shm2: 48, shp2: 49, modeLm1: 50, modeLp1: 51,
  s1: 60, s1m1: 61, s1p1: 62, s1Shape: 63, other: 64, otherCap: 65, inEnt: 66, s1m2: 67, s1p2: 68, otherMode: 69,
} as const;

/**
 * Features that depend on the token's own text only (so the tagger can cache
 * their scores per distinct word): bias, word, lower-cased word, affixes, shapes.
 */
export function intrinsicFeatures(info: TokenInfo, i: number, buf: FeatureBuffer): void {
  const H = buf.reserve(MAX_INTRINSIC);
  H[buf.length++] = (mix(T.bias, 0));
  H[buf.length++] = (mix(T.word, info.hWord[i]!));
  H[buf.length++] = (mix(T.lower, info.hLower[i]!));
  for (let k = 0; k < 4; k++) {
    const p = info.hPre[i * 4 + k]!, x = info.hSuf[i * 4 + k]!;
    if (p) H[buf.length++] = (mix(T.pre + k, p));
    if (x) H[buf.length++] = (mix(T.suf + k, x));
  }
  H[buf.length++] = (mix(T.shape, info.hShape[i]!));
  H[buf.length++] = (mix(T.longShape, info.hLongShape[i]!));
  H[buf.length++] = (mix3(T.capLen, info.cap[i]!, info.len[i]! > 8 ? 8 : info.len[i]!));
}

/** Upper bounds of the local (with intrinsic) and document features of one token (all gazetteer bits set: 11 x 4 x 2 + 2 x 11). */
const MAX_LOCAL = 256, MAX_DOC = 64;

/** The roles a word plays for its neighbours' window features (see neighbourFeatures). */
export const R_PREV = 0, R_NEXT = 1, R_PREV2 = 2, R_NEXT2 = 3;
export { BOS, EOS };

/**
 * The window features that depend on one neighbouring word only, for a word
 * with hashes (lower, word) seen in `role` from the token (R_PREV: the word
 * before, ...); pass BOS / EOS for both beyond the sentence. localFeatures with
 * `neighbours` false leaves exactly these out.
 */
export function neighbourFeatures(role: number, lower: number, word: number, buf: FeatureBuffer): void {
  if (role === R_PREV) { buf.push(mix(T.lm1, lower)); buf.push(mix(T.wm1, word)); }
  else if (role === R_NEXT) { buf.push(mix(T.lp1, lower)); buf.push(mix(T.wp1, word)); }
  else if (role === R_PREV2) buf.push(mix(T.lm2, lower));
  else buf.push(mix(T.lp2, lower));
}

/**
 * Local features of every token of the document, into `buf` (offsets per token);
 * with `intrinsic` false the word-only features are left out, with `neighbours`
 * false the single-neighbour window features (the caller adds them).
 */
export function localFeatures(doc: DocInput, info: TokenInfo, buf: FeatureBuffer, intrinsic = true, neighbours = true): void {
  const n = info.n;
  buf.reset(n);
  const { hWord, hLower, hShape, cap, mode, gazB, gazI, gazL, gazU, docCase } = info;
  const ns = doc.sentStart.length;
  for (let s = 0; s < ns; s++) {
    const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
    for (let i = a; i < b; i++) {
      buf.offsets[i] = buf.length;
      const lo = hLower[i]!, sh = hShape[i]!, cp = cap[i]!, md = mode[i]!;
      const lm1 = i > a ? hLower[i - 1]! : BOS, lp1 = i + 1 < b ? hLower[i + 1]! : EOS;
      const lm2 = i > a + 1 ? hLower[i - 2]! : BOS, lp2 = i + 2 < b ? hLower[i + 2]! : EOS;
      const shm1 = i > a ? hShape[i - 1]! : BOS, shp1 = i + 1 < b ? hShape[i + 1]! : EOS;
      const shm2 = i > a + 1 ? hShape[i - 2]! : BOS, shp2 = i + 2 < b ? hShape[i + 2]! : EOS;
      const H = buf.reserve(MAX_LOCAL); // written directly below: no call and no growth check per feature
      if (intrinsic) intrinsicFeatures(info, i, buf);
      if (neighbours) {
        H[buf.length++] = (mix(T.lm1, lm1));
        H[buf.length++] = (mix(T.lp1, lp1));
        H[buf.length++] = (mix(T.lm2, lm2));
        H[buf.length++] = (mix(T.lp2, lp2));
        H[buf.length++] = (mix(T.wm1, i > a ? hWord[i - 1]! : BOS));
        H[buf.length++] = (mix(T.wp1, i + 1 < b ? hWord[i + 1]! : EOS));
      }
      H[buf.length++] = (mix3(T.sh12, shm1, sh));
      H[buf.length++] = (mix3(T.sh23, sh, shp1));
      H[buf.length++] = (mix(mix3(T.sh123, shm1, sh), shp1));
      H[buf.length++] = (mix3(T.shm2, shm2, sh));
      H[buf.length++] = (mix3(T.shp2, sh, shp2));
      H[buf.length++] = (mix3(T.l12, lm1, lo));
      H[buf.length++] = (mix3(T.l23, lo, lp1));
      H[buf.length++] = (mix3(T.pos, (i === a ? 1 : 0) | (i === b - 1 ? 2 : 0) | (md << 2), sh));
      H[buf.length++] = (mix3(T.modeShape, md, sh));
      if (md !== M_NORMAL) {
        H[buf.length++] = (mix3(T.modeLower, md, lo));
        H[buf.length++] = (mix3(T.modeLm1, md, lm1));
        H[buf.length++] = (mix3(T.modeLp1, md, lp1));
      }
      H[buf.length++] = (mix3(T.lm1Shape, lm1, sh));
      H[buf.length++] = (mix3(T.shapeLp1, sh, lp1));
      if (cp <= C_LETTER || cp === C_MIXED) H[buf.length++] = (mix3(T.docCase, docCase[i]!, cp | (md << 3) | (i === a ? 32 : 0)));
      const gb = gazB[i]!, gi = gazI[i]!, gl = gazL[i]!, gu = gazU[i]!;
      if (gb | gi | gl | gu) {
        for (let l = 0; l < LISTS.length; l++) {
          const bit = 1 << l;
          for (let part = 0; part < 4; part++) {
            const g = part === 0 ? gb : part === 1 ? gi : part === 2 ? gl : gu;
            if (!(g & bit)) continue;
            H[buf.length++] = (mix3(T.gaz, l, part));
            H[buf.length++] = (mix3(T.gazCap, l * 4 + part, cp | (md << 3)));
          }
        }
      }
      if (i > a) {
        const g = gazB[i - 1]! | gazI[i - 1]! | gazL[i - 1]! | gazU[i - 1]!;
        if (g) for (let l = 0; l < LISTS.length; l++) if (g & (1 << l)) H[buf.length++] = (mix3(T.gazM1, l, 0));
      }
      if (i + 1 < b) {
        const g = gazB[i + 1]! | gazI[i + 1]! | gazL[i + 1]! | gazU[i + 1]!;
        if (g) for (let l = 0; l < LISTS.length; l++) if (g & (1 << l)) H[buf.length++] = (mix3(T.gazP1, l, 0));
      }
    }
  }
  buf.offsets[n] = buf.length;
}

const N_TYPES_O = 5; // four types + O
const SLOT = N_TYPES_O + 12; // per word: counts by stage-1 type, then by (type, B/I/L) inside multi-token entities

/**
 * The document features that depend on the stage-1 labels of the token (y) and
 * its neighbours (ym1, yp1; N_LABELS beyond the sentence) only. documentFeatures
 * with `labelWindow` false leaves exactly these out.
 */
export function labelWindowFeatures(ym1: number, y: number, yp1: number, buf: FeatureBuffer): void {
  buf.push(mix(T.s1, y));
  buf.push(mix(T.s1m1, ym1));
  buf.push(mix(T.s1p1, yp1));
  buf.push(mix3(T.s1m2, ym1, y));
  buf.push(mix3(T.s1p2, y, yp1));
}

/**
 * Document features from stage-1 labels `y1` (one per token): the labels around
 * the token and how the same word (case-insensitive) was labelled elsewhere.
 */
export function documentFeatures(doc: DocInput, info: TokenInfo, y1: ArrayLike<number>, buf: FeatureBuffer, labelWindow = true): void {
  const n = info.n;
  buf.reset(n);
  const slots = SLOTS;
  slots.clear();
  let used = 0;
  if (COUNTS.length < n * SLOT) COUNTS = new Int32Array(n * SLOT * 2);
  const counts = COUNTS;
  const { hRawLower, cap, hShape, mode } = info;
  for (let i = 0; i < n; i++) {
    const c = cap[i]!;
    if (c === C_PUNCT || c === C_NUM) continue;
    const key = hRawLower[i]! | 0;
    let base = slots.get(key);
    if (base === undefined) { base = used; used += SLOT; slots.set(key, base); counts.fill(0, base, base + SLOT); }
    const y = y1[i]!, ty = typeOf(y), p = partOf(y);
    counts[base + (ty < 0 ? 4 : ty)]!++;
    if (p === PB || p === PI || p === PL) counts[base + N_TYPES_O + ty * 3 + (p - 1)]!++;
  }
  const ns = doc.sentStart.length;
  for (let s = 0; s < ns; s++) {
    const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
    for (let i = a; i < b; i++) {
      buf.offsets[i] = buf.length;
      const H = buf.reserve(MAX_DOC);
      const y = y1[i]!;
      if (labelWindow) {
        H[buf.length++] = (mix(T.s1, y));
        H[buf.length++] = (mix(T.s1m1, i > a ? y1[i - 1]! : N_LABELS));
        H[buf.length++] = (mix(T.s1p1, i + 1 < b ? y1[i + 1]! : N_LABELS));
        H[buf.length++] = (mix3(T.s1m2, i > a ? y1[i - 1]! : N_LABELS, y));
        H[buf.length++] = (mix3(T.s1p2, y, i + 1 < b ? y1[i + 1]! : N_LABELS));
      }
      H[buf.length++] = (mix3(T.s1Shape, y, hShape[i]!));
      const c = cap[i]!;
      if (c === C_PUNCT || c === C_NUM) continue;
      const base = slots.get(hRawLower[i]! | 0)!;
      const ty = typeOf(y), own = ty < 0 ? 4 : ty, p = partOf(y);
      let total = -1;
      for (let k = 0; k < N_TYPES_O; k++) total += counts[base + k]!;
      if (total > 0) {
        for (let k = 0; k < N_TYPES_O; k++) {
          const cnt = counts[base + k]! - (k === own ? 1 : 0);
          if (cnt <= 0) continue;
          const bucket = cnt === total ? 3 : 2 * cnt >= total ? 2 : 1;
          H[buf.length++] = (mix3(T.other, k, bucket));
          H[buf.length++] = (mix3(T.otherCap, k * 4 + bucket, c));
          H[buf.length++] = (mix3(T.otherMode, k * 4 + bucket, mode[i]!));
        }
      }
      for (let k = 0; k < 12; k++) {
        const cnt = counts[base + N_TYPES_O + k]! - (ty >= 0 && k === ty * 3 + (p - 1) && p !== 4 ? 1 : 0);
        if (cnt > 0) H[buf.length++] = (mix(T.inEnt, k));
      }
    }
  }
  buf.offsets[n] = buf.length;
}

export { O };
