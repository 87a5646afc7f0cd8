// Feature templates of the parser, after Zhang & Nivre (2011): words and tags
// of the stack top, the next three buffer words, the stack top's head and
// grand-head, the outermost children of the stack top and the buffer front
// with their relations, the distance between them, how many children each has
// and which relations those children carry. The relation classifier has its
// own, smaller set about one head-dependent pair. One function per set, shared
// by training and run time.
import { mix } from '../ner/hash.ts';
import type { ArcEager } from './arc-eager.ts';

export const MAX_PARSE_FEATURES = 96;
export const MAX_LABEL_FEATURES = 40;

/** Tag atoms beyond the 17 UPOS: no word at that position, and the root. */
export const P_NONE = 30, P_ROOT = 29;
const W_NONE = 0x51ed270b, W_ROOT = 0x2545f491;
/** Label atom for "no arc". */
const L_NONE = 63;

/** Per-sentence word and tag atoms, index n being the root. */
export interface SentenceAtoms {
  /** Word hash per position (n = root). */
  W: Int32Array;
  /** Tag per position (n = root = P_ROOT). */
  P: Int32Array;
}

const dist = (d: number) => (d <= 4 ? d : d <= 7 ? 5 : d <= 10 ? 6 : 7);
const cap = (v: number) => (v < 4 ? v : 4);

/** Hashes of the transition features of state `st`; returns how many were written. */
export function moveFeatures(st: ArcEager, a: SentenceAtoms, out: Int32Array): number {
  const { W, P } = a;
  const n = st.n, b = st.b;
  const s0 = st.sp > 0 ? st.stack[st.sp - 1]! : -1;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : -1;
  const n1 = b + 1 <= n ? b + 1 : -1, n2 = b + 2 <= n ? b + 2 : -1;
  const w = (x: number) => (x < 0 ? W_NONE : W[x]!);
  const p = (x: number) => (x < 0 ? P_NONE : P[x]!);
  const l = (x: number) => (x < 0 || st.label[x]! < 0 ? L_NONE : st.label[x]!);

  const s0w = w(s0), s0p = p(s0), n0w = W[b]!, n0p = P[b]!;
  const n1w = w(n1), n1p = p(n1), n2w = w(n2), n2p = p(n2);
  const s0h = s0 >= 0 ? st.head[s0]! : -1;
  const s0h2 = s0h >= 0 && s0h < n ? st.head[s0h]! : -1;
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1, s0r = s0 >= 0 ? st.rc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1, s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const n0l = st.lc1[b]!, n0l2 = st.lc2[b]!;
  const d = s0 < 0 ? 0 : b === n ? 9 : dist(b - s0);
  const s0vl = s0 < 0 ? 0 : cap(st.nl[s0]!), s0vr = s0 < 0 ? 0 : cap(st.nr[s0]!), n0vl = cap(st.nl[b]!);
  const s0sl = s0 < 0 ? 0 : mix(st.lsLo[s0]!, st.lsHi[s0]!), s0sr = s0 < 0 ? 0 : mix(st.rsLo[s0]!, st.rsHi[s0]!);
  const n0sl = mix(st.lsLo[b]!, st.lsHi[b]!);
  const s0headed = s0 >= 0 && s0h >= 0 ? 1 : 0;
  const s0wp = mix(s0w, s0p), n0wp = mix(n0w, n0p);
  const s0hp = p(s0h), s0lp = p(s0l), s0rp = p(s0r), n0lp = p(n0l);

  let k = 0;
  out[k++] = 0x7f4a7c15 ^ s0headed;
  // single words
  out[k++] = mix(1, s0wp); out[k++] = mix(2, s0w); out[k++] = mix(3, s0p);
  out[k++] = mix(4, n0wp); out[k++] = mix(5, n0w); out[k++] = mix(6, n0p);
  out[k++] = mix(7, mix(n1w, n1p)); out[k++] = mix(8, n1w); out[k++] = mix(9, n1p);
  out[k++] = mix(10, mix(n2w, n2p)); out[k++] = mix(11, n2w); out[k++] = mix(12, n2p);
  // pairs
  out[k++] = mix(mix(13, s0wp), n0wp);
  out[k++] = mix(mix(14, s0wp), n0w);
  out[k++] = mix(mix(15, s0w), n0wp);
  out[k++] = mix(mix(16, s0wp), n0p);
  out[k++] = mix(mix(17, s0p), n0wp);
  out[k++] = mix(mix(18, s0w), n0w);
  out[k++] = mix(19, (s0p << 8) | n0p);
  out[k++] = mix(20, (n0p << 8) | n1p);
  // three tags
  out[k++] = mix(21, (n0p << 16) | (n1p << 8) | n2p);
  out[k++] = mix(22, (s0p << 16) | (n0p << 8) | n1p);
  out[k++] = mix(23, (s0hp << 16) | (s0p << 8) | n0p);
  out[k++] = mix(24, (s0p << 16) | (s0lp << 8) | n0p);
  out[k++] = mix(25, (s0p << 16) | (s0rp << 8) | n0p);
  out[k++] = mix(26, (s0p << 16) | (n0p << 8) | n0lp);
  // distance
  out[k++] = mix(mix(27, s0w), d);
  out[k++] = mix(28, (s0p << 8) | d);
  out[k++] = mix(mix(29, n0w), d);
  out[k++] = mix(30, (n0p << 8) | d);
  out[k++] = mix(mix(mix(31, s0w), n0w), d);
  out[k++] = mix(32, (s0p << 16) | (n0p << 8) | d);
  // valency
  out[k++] = mix(mix(33, s0w), s0vr);
  out[k++] = mix(34, (s0p << 8) | s0vr);
  out[k++] = mix(mix(35, s0w), s0vl);
  out[k++] = mix(36, (s0p << 8) | s0vl);
  out[k++] = mix(mix(37, n0w), n0vl);
  out[k++] = mix(38, (n0p << 8) | n0vl);
  // second order: head, outermost children, their relations
  out[k++] = mix(39, w(s0h)); out[k++] = mix(40, s0hp); out[k++] = mix(41, l(s0));
  out[k++] = mix(42, w(s0l)); out[k++] = mix(43, s0lp); out[k++] = mix(44, l(s0l));
  out[k++] = mix(45, w(s0r)); out[k++] = mix(46, s0rp); out[k++] = mix(47, l(s0r));
  out[k++] = mix(48, w(n0l)); out[k++] = mix(49, n0lp); out[k++] = mix(50, l(n0l));
  // third order
  const s0h2p = p(s0h2), s0l2p = p(s0l2), s0r2p = p(s0r2), n0l2p = p(n0l2);
  out[k++] = mix(51, w(s0h2)); out[k++] = mix(52, s0h2p); out[k++] = mix(53, l(s0h));
  out[k++] = mix(54, w(s0l2)); out[k++] = mix(55, s0l2p); out[k++] = mix(56, l(s0l2));
  out[k++] = mix(57, w(s0r2)); out[k++] = mix(58, s0r2p); out[k++] = mix(59, l(s0r2));
  out[k++] = mix(60, w(n0l2)); out[k++] = mix(61, n0l2p); out[k++] = mix(62, l(n0l2));
  out[k++] = mix(63, (s0p << 16) | (s0lp << 8) | s0l2p);
  out[k++] = mix(64, (s0p << 16) | (s0rp << 8) | s0r2p);
  out[k++] = mix(65, (s0p << 16) | (s0hp << 8) | s0h2p);
  out[k++] = mix(66, (n0p << 16) | (n0lp << 8) | n0l2p);
  // label sets
  out[k++] = mix(mix(67, s0w), s0sr);
  out[k++] = mix(mix(68, s0p), s0sr);
  out[k++] = mix(mix(69, s0w), s0sl);
  out[k++] = mix(mix(70, s0p), s0sl);
  out[k++] = mix(mix(71, n0w), n0sl);
  out[k++] = mix(mix(72, n0p), n0sl);
  // the word below the stack top, and whether the top already has a head
  const s1p = p(s1);
  out[k++] = mix(73, (s1p << 16) | (s0p << 8) | n0p);
  out[k++] = mix(74, w(s1));
  out[k++] = mix(75, (s1p << 8) | s0p);
  out[k++] = mix(76, (s0headed << 16) | (s0p << 8) | n0p);
  out[k++] = mix(mix(77, s0headed), mix(s0w, n0p));
  out[k++] = mix(78, (s0headed << 16) | (l(s0) << 8) | n0p);
  return k;
}

/** Hashes of the relation features of a new arc head -> dep in state `st`. */
export function labelFeatures(st: ArcEager, a: SentenceAtoms, h: number, dep: number, out: Int32Array): number {
  const { W, P } = a;
  const n = st.n;
  const w = (x: number) => (x < 0 ? W_NONE : W[x]!);
  const p = (x: number) => (x < 0 || x > n ? P_NONE : P[x]!);
  const l = (x: number) => (x < 0 || st.label[x]! < 0 ? L_NONE : st.label[x]!);
  const dir = dep < h ? 1 : 2;
  const dw = W[dep]!, dp = P[dep]!, hw = W[h]!, hp = P[h]!;
  const dd = h === n ? 9 : dist(Math.abs(h - dep));
  const dlc = st.lc1[dep]!, drc = st.rc1[dep]!;
  const hh = h < n ? st.head[h]! : -1;
  const pair = (dir << 16) | (hp << 8) | dp;
  let k = 0;
  out[k++] = mix(201, dir);
  out[k++] = mix(mix(202, dir), dw);
  out[k++] = mix(203, (dir << 8) | dp);
  out[k++] = mix(mix(204, dir), hw);
  out[k++] = mix(205, (dir << 8) | hp);
  out[k++] = mix(206, pair);
  out[k++] = mix(mix(207, hw), (dir << 8) | dp);
  out[k++] = mix(mix(208, dw), (dir << 8) | hp);
  out[k++] = mix(mix(mix(209, dir), hw), dw);
  out[k++] = mix(mix(210, pair), dd);
  out[k++] = mix(mix(mix(211, dp), st.lsLo[dep]!), st.lsHi[dep]!);
  out[k++] = mix(mix(mix(212, dp), st.rsLo[dep]!), st.rsHi[dep]!);
  out[k++] = mix(mix(213, w(dlc)), (dir << 8) | dp);
  out[k++] = mix(mix(214, w(dlc)), hp);
  out[k++] = mix(215, (l(dlc) << 16) | (dp << 8) | hp);
  out[k++] = mix(mix(mix(216, pair), st.lsLo[h]!), st.lsHi[h]!);
  out[k++] = mix(mix(mix(217, pair), st.rsLo[h]!), st.rsHi[h]!);
  out[k++] = mix(218, (p(hh) << 16) | (hp << 8) | dp);
  out[k++] = mix(219, (l(h) << 16) | (dir << 8) | dp);
  out[k++] = mix(220, (p(dep - 1) << 16) | (dp << 8) | dir);
  out[k++] = mix(221, (p(dep + 1) << 16) | (dp << 8) | dir);
  out[k++] = mix(222, (p(h - 1) << 16) | (hp << 8) | dp);
  out[k++] = mix(223, (p(h + 1 <= n ? h + 1 : -1) << 16) | (hp << 8) | dp);
  out[k++] = mix(mix(224, w(drc)), dp);
  out[k++] = mix(225, (l(drc) << 8) | dp);
  out[k++] = mix(mix(226, mix(dw, dp)), dir);
  out[k++] = mix(mix(227, mix(hw, hp)), (dir << 8) | dp);
  out[k++] = mix(mix(228, p(dlc)), pair);
  out[k++] = mix(mix(229, l(dlc)), mix(dw, dir));
  out[k++] = mix(mix(230, w(st.lc1[h]!)), pair);
  return k;
}
