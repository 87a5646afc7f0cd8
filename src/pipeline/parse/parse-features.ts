// Feature templates of the parser, after Zhang & Nivre (2011): words and tags
// of the stack top, the next three buffer words, the stack top's head and
// grand-head, the outermost children of the stack top and the buffer front
// with their relations, the distance between them, how many children each has
// and which relations those children carry. The relation classifier has its
// own set about one head-dependent pair.
//
// The move features come in groups so the parser can cache all but one: the
// stack top's word (and the word below it), its head, its left children, its
// right children; the buffer front's words, its left children; each changes
// only when its word gains an arc or moves. The pairs across stack top and buffer front are computed at
// every step. Training uses all groups as one list, run time sums cached group
// scores: the same hashes, the same sums.
//
// Features are only needed when more than one move is allowed, and then the
// stack is not empty and the buffer front is a word (not the root).
import { mix } from './hash.ts';
import type { ArcEager } from './arc-eager.ts';

export const MAX_PARSE_FEATURES = 96;
export const MAX_LABEL_FEATURES = 40;

/** Tag atoms beyond the 17 UPOS: no word at that position, and the root. */
export const P_NONE = 30, P_ROOT = 29;
export const W_NONE = 0x51ed270b, W_ROOT = 0x2545f491;
/** Word-class atoms of the root. */
export const C_ROOT = 0x1d8e4e27;
const C_NONE = 0x63a9e1d5;
const WP_NONE = mix(W_NONE, P_NONE);
/** Label atom for "no arc". */
const L_NONE = 63;

/** Per-sentence word and tag atoms, index n being the root. */
export interface SentenceAtoms {
  /** Word hash per position (n = root). */
  W: Int32Array;
  /** Tag per position (n = root = P_ROOT). */
  P: Int32Array;
  /** mix(W, P) per position. */
  WP: Int32Array;
  /** Number of punctuation words before each position. */
  PC: Int32Array;
  /** Fine word-class hash per position (lexical.ts `fine`; n = root = C_ROOT). */
  C: Int32Array;
}

const dist = (d: number) => (d <= 4 ? d : d <= 7 ? 5 : d <= 10 ? 6 : 7);

/** Features of the stack top's word and the word below it: fixed while it is on the stack. */
export function s0StaticFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P, WP } = a;
  const s0 = st.stack[st.sp - 1]!;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : -1;
  out[k++] = mix(1, WP[s0]!); out[k++] = mix(2, W[s0]!); out[k++] = mix(3, P[s0]!);
  out[k++] = mix(74, s1 >= 0 ? W[s1]! : W_NONE);
  out[k++] = mix(75, ((s1 >= 0 ? P[s1]! : P_NONE) << 8) | P[s0]!);
  out[k++] = mix(mix(90, a.C[s0]!), P[s0]!);
  return k;
}

/** Features of the stack top's head and grand-head (they change once: when it gets its head). */
export function s0HeadFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P } = a;
  const { head, label } = st;
  const s0 = st.stack[st.sp - 1]!;
  const h = head[s0]!, headed = h >= 0 ? 1 : 0;
  const h2 = h >= 0 ? head[h]! : -1;
  const hp = h >= 0 ? P[h]! : P_NONE, h2p = h2 >= 0 ? P[h2]! : P_NONE;
  out[k++] = 0x7f4a7c15 ^ headed;
  out[k++] = mix(39, h >= 0 ? W[h]! : W_NONE); out[k++] = mix(40, hp); out[k++] = mix(41, headed ? label[s0]! : L_NONE);
  out[k++] = mix(51, h2 >= 0 ? W[h2]! : W_NONE); out[k++] = mix(52, h2p); out[k++] = mix(53, h2 >= 0 ? label[h]! : L_NONE);
  out[k++] = mix(65, (P[s0]! << 16) | (hp << 8) | h2p);
  out[k++] = mix(mix(95, h >= 0 ? a.C[h]! : C_NONE), P[s0]!);
  return k;
}

/**
 * Features of the stack top's left children. Fixed while it is on the stack: a word gains left
 * children only at the buffer front.
 */
export function s0LeftFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P } = a;
  const { label, lc1, lc2 } = st;
  const s0 = st.stack[st.sp - 1]!;
  const s0w = W[s0]!, s0p = P[s0]!;
  const l1 = lc1[s0]!, l2 = lc2[s0]!;
  const l1p = l1 >= 0 ? P[l1]! : P_NONE, l2p = l2 >= 0 ? P[l2]! : P_NONE;
  const vl = st.nl[s0]! < 4 ? st.nl[s0]! : 4;
  const sl = mix(st.lsLo[s0]!, st.lsHi[s0]!);
  out[k++] = mix(mix(35, s0w), vl); out[k++] = mix(36, (s0p << 8) | vl);
  out[k++] = mix(42, l1 >= 0 ? W[l1]! : W_NONE); out[k++] = mix(43, l1p); out[k++] = mix(44, l1 >= 0 ? label[l1]! : L_NONE);
  out[k++] = mix(54, l2 >= 0 ? W[l2]! : W_NONE); out[k++] = mix(55, l2p); out[k++] = mix(56, l2 >= 0 ? label[l2]! : L_NONE);
  out[k++] = mix(63, (s0p << 16) | (l1p << 8) | l2p);
  out[k++] = mix(mix(69, s0w), sl); out[k++] = mix(mix(70, s0p), sl);
  return k;
}

/** Features of the stack top's right children (they change with every one it gains). */
export function s0RightFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P } = a;
  const { label, rc1, rc2 } = st;
  const s0 = st.stack[st.sp - 1]!;
  const s0w = W[s0]!, s0p = P[s0]!;
  const r1 = rc1[s0]!, r2 = rc2[s0]!;
  const r1p = r1 >= 0 ? P[r1]! : P_NONE, r2p = r2 >= 0 ? P[r2]! : P_NONE;
  const vr = st.nr[s0]! < 4 ? st.nr[s0]! : 4;
  const sr = mix(st.rsLo[s0]!, st.rsHi[s0]!);
  out[k++] = mix(mix(33, s0w), vr); out[k++] = mix(34, (s0p << 8) | vr);
  out[k++] = mix(45, r1 >= 0 ? W[r1]! : W_NONE); out[k++] = mix(46, r1p); out[k++] = mix(47, r1 >= 0 ? label[r1]! : L_NONE);
  out[k++] = mix(57, r2 >= 0 ? W[r2]! : W_NONE); out[k++] = mix(58, r2p); out[k++] = mix(59, r2 >= 0 ? label[r2]! : L_NONE);
  out[k++] = mix(64, (s0p << 16) | (r1p << 8) | r2p);
  out[k++] = mix(mix(67, s0w), sr); out[k++] = mix(mix(68, s0p), sr);
  return k;
}

/** Features of the buffer front (a word, not the root) and the two words after it: fixed. */
export function n0StaticFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P, WP } = a;
  const b = st.b, n = st.n;
  const n0p = P[b]!;
  const n1 = b + 1, n2 = b + 2 <= n ? b + 2 : -1; // b < n, so b + 1 <= n
  const n1p = P[n1]!, n2p = n2 >= 0 ? P[n2]! : P_NONE;
  out[k++] = mix(4, WP[b]!); out[k++] = mix(5, W[b]!); out[k++] = mix(6, n0p);
  out[k++] = mix(7, WP[n1]!); out[k++] = mix(8, W[n1]!); out[k++] = mix(9, n1p);
  out[k++] = mix(10, n2 >= 0 ? WP[n2]! : WP_NONE); out[k++] = mix(11, n2 >= 0 ? W[n2]! : W_NONE); out[k++] = mix(12, n2p);
  out[k++] = mix(20, (n0p << 8) | n1p);
  out[k++] = mix(21, (n0p << 16) | (n1p << 8) | n2p);
  out[k++] = mix(mix(92, a.C[b]!), n0p);
  out[k++] = mix(mix(93, a.C[n1]!), n1p);
  return k;
}

/** Features of the buffer front's left children (they change with every child it gains). */
export function n0KidsFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P } = a;
  const b = st.b;
  const n0w = W[b]!, n0p = P[b]!;
  const l1 = st.lc1[b]!, l2 = st.lc2[b]!;
  const l1p = l1 >= 0 ? P[l1]! : P_NONE, l2p = l2 >= 0 ? P[l2]! : P_NONE;
  const vl = st.nl[b]! < 4 ? st.nl[b]! : 4;
  const sl = mix(st.lsLo[b]!, st.lsHi[b]!);
  out[k++] = mix(mix(37, n0w), vl); out[k++] = mix(38, (n0p << 8) | vl);
  out[k++] = mix(48, l1 >= 0 ? W[l1]! : W_NONE); out[k++] = mix(49, l1p); out[k++] = mix(50, l1 >= 0 ? st.label[l1]! : L_NONE);
  out[k++] = mix(60, l2 >= 0 ? W[l2]! : W_NONE); out[k++] = mix(61, l2p); out[k++] = mix(62, l2 >= 0 ? st.label[l2]! : L_NONE);
  out[k++] = mix(66, (n0p << 16) | (l1p << 8) | l2p);
  out[k++] = mix(mix(71, n0w), sl); out[k++] = mix(mix(72, n0p), sl);
  out[k++] = mix(mix(89, l1 >= 0 ? W[l1]! : W_NONE), n0w);
  out[k++] = mix(mix(96, l1 >= 0 ? a.C[l1]! : C_NONE), n0p);
  return k;
}

/**
 * The part of the stack-top/buffer-front pairing that depends only on small values (their tags,
 * the distance, whether the stack top has a head, punctuation between them), packed in 16 bits:
 * the decoder keeps the move scores of each key in a dense table instead of looking up six
 * features at every step. `pairKeyFeatures` turns a key back into those six features' hashes.
 */
export function pairKey(st: ArcEager, a: SentenceAtoms): number {
  const b = st.b, s0 = st.stack[st.sp - 1]!;
  const pc = a.PC[b]! - a.PC[s0 + 1]!;
  return a.P[s0]! | (a.P[b]! << 5) | (dist(b - s0) << 10) | ((pc < 2 ? pc : 2) << 13) | ((st.head[s0]! >= 0 ? 1 : 0) << 15);
}

/** Number of distinct pair keys. */
export const PAIR_KEYS = 1 << 16;

export function pairKeyFeatures(key: number, out: Int32Array, k: number): number {
  const s0p = key & 31, n0p = (key >>> 5) & 31, d = (key >>> 10) & 7, pc = (key >>> 13) & 3, headed = key >>> 15;
  out[k++] = mix(19, (s0p << 8) | n0p);
  out[k++] = mix(28, (s0p << 8) | d);
  out[k++] = mix(30, (n0p << 8) | d);
  out[k++] = mix(32, (s0p << 16) | (n0p << 8) | d);
  out[k++] = mix(76, (headed << 16) | (s0p << 8) | n0p);
  // punctuation between the two (a comma often closes what the stack top heads)
  out[k++] = mix(79, (pc << 16) | (s0p << 8) | n0p);
  return k;
}

/**
 * Seven more pair features are three small values each (tags, a relation, a flag): their
 * template ids, and `pairTriples` writes each one's values packed as (x << 16) | (y << 8) | z,
 * the feature being mix(template, packed). The decoder scores them through dense tables too.
 */
export const TRIPLE_TEMPLATES = [22, 23, 24, 25, 26, 73, 78] as const;
export const N_TRIPLES = TRIPLE_TEMPLATES.length;
/** Dense index of a packed triple (x < 32, y < 64, z < 32), below TRIPLE_KEYS. */
export const tripleIndex = (v: number): number => ((v >>> 16) << 11) | (((v >>> 8) & 63) << 5) | (v & 31);
export const TRIPLE_KEYS = 1 << 16;

export function pairTriples(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const P = a.P;
  const b = st.b, s0 = st.stack[st.sp - 1]!;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : -1;
  const s0p = P[s0]!, n0p = P[b]!, n1p = P[b + 1]!;
  const h = st.head[s0]!, headed = h >= 0 ? 1 : 0;
  const hp = h >= 0 ? P[h]! : P_NONE;
  const l1 = st.lc1[s0]!, r1 = st.rc1[s0]!, nl1 = st.lc1[b]!;
  const l1p = l1 >= 0 ? P[l1]! : P_NONE, r1p = r1 >= 0 ? P[r1]! : P_NONE, nl1p = nl1 >= 0 ? P[nl1]! : P_NONE;
  out[k++] = (s0p << 16) | (n0p << 8) | n1p;
  out[k++] = (hp << 16) | (s0p << 8) | n0p;
  out[k++] = (s0p << 16) | (l1p << 8) | n0p;
  out[k++] = (s0p << 16) | (r1p << 8) | n0p;
  out[k++] = (s0p << 16) | (n0p << 8) | nl1p;
  out[k++] = ((s1 >= 0 ? P[s1]! : P_NONE) << 16) | (s0p << 8) | n0p;
  out[k++] = (headed << 16) | ((headed ? st.label[s0]! : L_NONE) << 8) | n0p;
  return k;
}

/** Features pairing the stack top with the buffer front, besides those of `pairKey`. */
export function pairFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const k0 = k;
  k = pairTriples(st, a, out, k);
  for (let t = 0; t < N_TRIPLES; t++) out[k0 + t] = mix(TRIPLE_TEMPLATES[t]!, out[k0 + t]!);
  return pairWordFeatures(st, a, out, k);
}

/** The pair features besides those of `pairKey` and `pairTriples`. */
export function pairWordFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array, k: number): number {
  const { W, P, WP } = a;
  const b = st.b, s0 = st.stack[st.sp - 1]!;
  const s0w = W[s0]!, s0p = P[s0]!, s0wp = WP[s0]!, n0w = W[b]!, n0p = P[b]!, n0wp = WP[b]!;
  const h = st.head[s0]!, headed = h >= 0 ? 1 : 0;
  const hp = h >= 0 ? P[h]! : P_NONE;
  const nl1 = st.lc1[b]!;
  const d = dist(b - s0);
  out[k++] = mix(mix(13, s0wp), n0wp);
  out[k++] = mix(mix(14, s0wp), n0w);
  out[k++] = mix(mix(15, s0w), n0wp);
  out[k++] = mix(mix(16, s0wp), n0p);
  out[k++] = mix(mix(17, s0p), n0wp);
  out[k++] = mix(mix(18, s0w), n0w);
  out[k++] = mix(mix(27, s0w), d);
  out[k++] = mix(mix(29, n0w), d);
  out[k++] = mix(mix(mix(31, s0w), n0w), d);
  out[k++] = mix(mix(77, headed), mix(s0w, n0p));
  // the buffer front's first left child (a preposition, a determiner) against the stack top and its head:
  // where a prepositional phrase attaches
  const nl1w = nl1 >= 0 ? W[nl1]! : W_NONE;
  out[k++] = mix(mix(85, nl1w), s0p);
  out[k++] = mix(mix(86, nl1w), s0w);
  out[k++] = mix(mix(87, nl1w), (hp << 8) | s0p);
  out[k++] = mix(mix(88, nl1w), h >= 0 ? W[h]! : W_NONE);
  out[k++] = mix(mix(94, a.C[s0]!), a.C[b]!);
  return k;
}

/** All move features of a state with a non-empty stack and a word at the buffer front. */
export function moveFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array): number {
  let k = s0StaticFeatures(st, a, out, 0);
  k = s0HeadFeatures(st, a, out, k);
  k = s0LeftFeatures(st, a, out, k);
  k = s0RightFeatures(st, a, out, k);
  k = n0StaticFeatures(st, a, out, k);
  k = n0KidsFeatures(st, a, out, k);
  k = pairKeyFeatures(pairKey(st, a), out, k);
  return pairFeatures(st, a, out, k);
}

/**
 * Hashes of the relation features of a new arc head -> dep (head a word, not the root). Ten
 * more templates (the dependent's right-label set, head-side neighbours, ...) were measured
 * and dropped: together they were worth 0.07 points of relation accuracy and a third of the
 * classifier's look-ups.
 */
export function labelFeatures(st: ArcEager, a: SentenceAtoms, h: number, dep: number, out: Int32Array): number {
  return labelContextFeatures(st, a, h, dep, out, labelKeyFeatures(labelKey(a, h, dep), out, 0));
}

/** Direction and the two tags of an arc, packed in 11 bits (the decoder caches their relation scores densely). */
export function labelKey(a: SentenceAtoms, h: number, dep: number): number {
  return (dep < h ? 0 : 1) | (a.P[h]! << 1) | (a.P[dep]! << 6);
}

/** Number of distinct label keys. */
export const LABEL_KEYS = 1 << 11;

export function labelKeyFeatures(key: number, out: Int32Array, k: number): number {
  const dir = (key & 1) + 1, hp = (key >>> 1) & 31, dp = key >>> 6;
  out[k++] = mix(201, dir);
  out[k++] = mix(203, (dir << 8) | dp);
  out[k++] = mix(205, (dir << 8) | hp);
  out[k++] = mix(206, (dir << 16) | (hp << 8) | dp);
  return k;
}

/** The relation features of head -> dep besides those of `labelKey`. */
export function labelContextFeatures(st: ArcEager, a: SentenceAtoms, h: number, dep: number, out: Int32Array, k: number): number {
  const { W, P, WP } = a;
  const label = st.label;
  const dir = dep < h ? 1 : 2;
  const dw = W[dep]!, dp = P[dep]!, hw = W[h]!, hp = P[h]!;
  const dd = dist(dep < h ? h - dep : dep - h);
  const dlc = st.lc1[dep]!, drc = st.rc1[dep]!;
  const dlcw = dlc >= 0 ? W[dlc]! : W_NONE, dlcl = dlc >= 0 ? label[dlc]! : L_NONE;
  const hh = st.head[h]!;
  const hhp = hh >= 0 ? P[hh]! : P_NONE, hl = hh >= 0 ? label[h]! : L_NONE;
  const dprev = dep > 0 ? P[dep - 1]! : P_NONE, dnext = P[dep + 1]!; // dep < n, so dep + 1 <= n
  const pair = (dir << 16) | (hp << 8) | dp;
  out[k++] = mix(mix(207, hw), (dir << 8) | dp);
  out[k++] = mix(mix(208, dw), (dir << 8) | hp);
  out[k++] = mix(mix(mix(209, dir), hw), dw);
  out[k++] = mix(mix(210, pair), dd);
  out[k++] = mix(mix(mix(211, dp), st.lsLo[dep]!), st.lsHi[dep]!);
  out[k++] = mix(mix(213, dlcw), (dir << 8) | dp);
  out[k++] = mix(215, (dlcl << 16) | (dp << 8) | hp);
  out[k++] = mix(mix(mix(216, pair), st.lsLo[h]!), st.lsHi[h]!);
  out[k++] = mix(218, (hhp << 16) | (hp << 8) | dp);
  out[k++] = mix(219, (hl << 16) | (dir << 8) | dp);
  out[k++] = mix(220, (dprev << 16) | (dp << 8) | dir);
  out[k++] = mix(221, (dnext << 16) | (dp << 8) | dir);
  out[k++] = mix(mix(224, drc >= 0 ? W[drc]! : W_NONE), dp);
  out[k++] = mix(mix(226, WP[dep]!), dir);
  out[k++] = mix(mix(227, WP[h]!), (dir << 8) | dp);
  out[k++] = mix(mix(229, dlcl), mix(dw, dir));
  out[k++] = mix(mix(230, a.C[dep]!), (dir << 8) | hp);
  out[k++] = mix(mix(231, a.C[h]!), (dir << 8) | dp);
  return k;
}
