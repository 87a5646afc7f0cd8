// Features of a candidate pair, shared by training and run time so both see
// exactly the same thing. A pair is two entity mentions of one sentence, A first
// in the text. Every feature is a 32-bit hash of (template, values), built from
// per-token hashes computed once per sentence; no feature string is ever made.
//
// Surface features (always): the two classes and fine types, head words and
// whole names, titles, the words between (bag, bigrams, first/last, the whole
// short sequence), the words around, token and mention distance, the classes of
// mentions in between, trigger and title words between, gazetteer containment.
// Syntax features (when the sentence has a parse): the dependency path between
// the two mentions' head words, with labels and words, its length, the lowest
// common ancestor, and each head's own relation.
import type { EntityType } from '../../../types.ts';
import { hashStr, mix, mix3 } from '../../ner/hash.ts';
import { EVENT_TRIGGERS } from '../data/event-triggers.ts';
import { TITLE_HEADS } from '../data/titles.ts';
import type { Coarse } from './labels.ts';

/** One entity mention as the classifier sees it: a token range of its sentence and what the pipeline knows about it. */
export interface PairMention {
  /** Token range within the sentence [start, end). */
  start: number;
  end: number;
  coarse: Coarse;
  fine: EntityType;
  /** A title recognised with the name ("President", "Foreign Minister"), if any. */
  title?: string;
  /** Gazetteer id when the name is a known place or organisation. */
  gazetteerId?: string;
}

/** A dependency analysis over the sentence's tokens: head token index (-1 for the root), relation, UPOS. */
export interface TokenSyntax {
  head: ArrayLike<number>;
  deprel: readonly string[];
  upos: readonly string[];
}

/** A sentence as the classifier sees it. */
export interface PairSentence {
  words: readonly string[];
  /** Sorted by start, not overlapping. */
  mentions: readonly PairMention[];
  syntax?: TokenSyntax;
}

/** World knowledge the features may ask: does the place `inner` lie in `outer`? */
export type ContainedIn = (inner: string, outer: string) => boolean;

// Template ids: one per feature family (the numbers only need to differ).
const T = {
  bias: 1, types: 2, fine: 3, headA: 4, headB: 5, nameA: 6, nameB: 7, titleA: 8, titleB: 9,
  bw: 10, bwT: 11, bbi: 12, first: 13, last: 14, only: 15, seq: 16, adjacent: 17, dist: 18, distT: 19,
  mdist: 20, between: 21, before1: 22, before2: 23, after1: 24, after2: 25, afterA: 26, beforeB: 27,
  trig: 28, trigT: 29, titleBetween: 30, within: 31, contains: 32, comma: 33, poss: 34, shapeSeq: 35,
  pathLab: 40, pathLabT: 41, pathWords: 42, pathLen: 43, lca: 44, lcaT: 45, relA: 46, relB: 47, pathNode: 48,
  pathBi: 49, pathNoLca: 50, lcaRel: 51, verbA: 52, verbB: 53, pathNodeT: 54, sameHead: 55,
} as const;

const TRIGGER_ROOT = new Map<string, number>();
for (const t of EVENT_TRIGGERS) for (const w of [...(t.verbs ?? []), ...(t.nouns ?? [])]) if (!TRIGGER_ROOT.has(w)) TRIGGER_ROOT.set(w, Number(t.cameo.slice(0, 2)));
const TITLE_WORD = new Set(TITLE_HEADS.map((h) => h.word));

/** Word-shape classes for the between sequence: a name-like word, a number, punctuation, or the word itself. */
const CAPS = /^\p{Lu}/u;
const DIGIT = /\d/;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Per-token values of one sentence, computed once and shared by all its pairs. */
export class SentenceFeatures {
  readonly n: number;
  /** Hash of the lower-cased word. */
  readonly hw: Uint32Array;
  /** Hash of the word's class in sequences: lower word for function words, else CAP / NUM / the punctuation. */
  readonly hc: Uint32Array;
  /** CAMEO root of a trigger word, 0 if none. */
  readonly trig: Uint8Array;
  readonly title: Uint8Array;
  /** Per mention: hash of the head word, the whole name, the title; the fine-type hash. */
  readonly mHead: Uint32Array;
  readonly mName: Uint32Array;
  readonly mTitle: Uint32Array;
  readonly mFine: Uint32Array;
  /** Per mention: its syntactic head token (-1 without a parse). */
  readonly mRoot: Int32Array;

  constructor(readonly s: PairSentence) {
    const n = (this.n = s.words.length);
    this.hw = new Uint32Array(n); this.hc = new Uint32Array(n);
    this.trig = new Uint8Array(n); this.title = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const w = s.words[i]!, lower = w.toLowerCase();
      this.hw[i] = hashStr(lower);
      this.hc[i] = PUNCT.test(w) ? this.hw[i]! : DIGIT.test(w) ? HNUM : CAPS.test(w) && i > 0 ? HCAP : this.hw[i]!;
      this.trig[i] = TRIGGER_ROOT.get(lower) ?? 0;
      this.title[i] = TITLE_WORD.has(lower) ? 1 : 0;
    }
    const m = s.mentions.length;
    this.mHead = new Uint32Array(m); this.mName = new Uint32Array(m); this.mTitle = new Uint32Array(m); this.mFine = new Uint32Array(m);
    this.mRoot = new Int32Array(m).fill(-1);
    for (let k = 0; k < m; k++) {
      const x = s.mentions[k]!;
      this.mHead[k] = this.hw[x.end - 1]!;
      let h = 0x2545f491;
      for (let i = x.start; i < x.end; i++) h = mix(h, this.hw[i]!);
      this.mName[k] = h;
      this.mTitle[k] = x.title ? hashStr(x.title.toLowerCase()) : 0;
      this.mFine[k] = hashStr(x.fine);
      if (s.syntax) this.mRoot[k] = mentionRoot(s.syntax, x.start, x.end);
    }
  }
}

const HNUM = hashStr('<NUM>'), HCAP = hashStr('<CAP>'), HBOS = hashStr('<BOS>'), HEOS = hashStr('<EOS>');

/** The token of [start, end) whose head lies outside the span (the last such one), or end - 1. */
function mentionRoot(syn: TokenSyntax, start: number, end: number): number {
  let root = -1;
  for (let i = start; i < end; i++) {
    const h = syn.head[i]!;
    if (h < start || h >= end) root = i;
  }
  return root < 0 ? end - 1 : root;
}

const bucket = (d: number) => (d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : d <= 20 ? 9 : d <= 30 ? 10 : 11);

/**
 * Append the feature hashes of pair (a, b) (mention indices, a before b) to `out`.
 * `within` answers gazetteer containment; pass undefined for none.
 */
export function pairFeatures(f: SentenceFeatures, a: number, b: number, out: number[], within?: ContainedIn): void {
  const s = f.s, A = s.mentions[a]!, B = s.mentions[b]!, hw = f.hw, hc = f.hc;
  const tp = A.coarse * 3 + B.coarse + 1;
  out.push(mix(T.bias, tp));
  out.push(mix3(T.fine, f.mFine[a]!, f.mFine[b]!));
  out.push(mix3(T.headA, tp, f.mHead[a]!));
  out.push(mix3(T.headB, tp, f.mHead[b]!));
  out.push(mix3(T.nameA, tp, f.mName[a]!));
  out.push(mix3(T.nameB, tp, f.mName[b]!));
  if (f.mTitle[a]) out.push(mix3(T.titleA, tp, f.mTitle[a]!));
  if (f.mTitle[b]) out.push(mix3(T.titleB, tp, f.mTitle[b]!));
  out.push(mix3(T.titleA, tp, A.title ? 1 : 0));
  out.push(mix3(T.titleB, tp, B.title ? 1 : 0));

  // words between
  const i0 = A.end, i1 = B.start, gap = i1 - i0;
  if (gap <= 0) out.push(mix(T.adjacent, tp));
  let seq = mix(T.seq, tp), shape = mix(T.shapeSeq, tp), trig = 0, titles = 0;
  for (let i = i0; i < i1; i++) {
    out.push(mix(T.bw, hw[i]!));
    out.push(mix3(T.bwT, tp, hw[i]!));
    if (i + 1 < i1) out.push(mix3(T.bbi, tp, mix(hw[i]!, hw[i + 1]!)));
    if (gap <= 6) { seq = mix(seq, hw[i]!); shape = mix(shape, hc[i]!); }
    const t = f.trig[i]!;
    if (t && !(trig & (1 << (t & 31)))) { trig |= 1 << (t & 31); out.push(mix(T.trig, t)); out.push(mix3(T.trigT, tp, t)); }
    titles |= f.title[i]!;
  }
  if (gap > 0) {
    out.push(mix3(T.first, tp, hw[i0]!));
    out.push(mix3(T.last, tp, hw[i1 - 1]!));
    if (gap === 1) out.push(mix3(T.only, tp, hw[i0]!));
    if (gap <= 6) { out.push(seq); out.push(shape); }
    if (gap === 1 && s.words[i0] === ',') out.push(mix(T.comma, tp));
    if (gap <= 2 && (s.words[i0] === "'s" || s.words[i0] === '’s')) out.push(mix(T.poss, tp));
  }
  out.push(mix3(T.titleBetween, tp, titles));
  out.push(mix3(T.dist, tp, bucket(Math.max(0, gap))));
  out.push(mix(T.distT, bucket(Math.max(0, gap))));
  const inBetween = b - a - 1;
  out.push(mix3(T.mdist, tp, Math.min(inBetween, 4)));
  for (let k = a + 1; k < b; k++) out.push(mix3(T.between, tp, s.mentions[k]!.coarse));

  // words around
  out.push(mix3(T.before1, tp, A.start > 0 ? hw[A.start - 1]! : HBOS));
  out.push(mix3(T.before2, tp, A.start > 1 ? mix(hw[A.start - 2]!, hw[A.start - 1]!) : HBOS));
  out.push(mix3(T.after1, tp, B.end < f.n ? hw[B.end]! : HEOS));
  out.push(mix3(T.after2, tp, B.end + 1 < f.n ? mix(hw[B.end]!, hw[B.end + 1]!) : HEOS));
  if (gap > 0) {
    out.push(mix3(T.afterA, tp, hw[A.end]!));
    out.push(mix3(T.beforeB, tp, hw[B.start - 1]!));
  }

  // world knowledge
  if (within && A.gazetteerId && B.gazetteerId) {
    if (within(A.gazetteerId, B.gazetteerId)) out.push(mix(T.within, tp));
    else if (within(B.gazetteerId, A.gazetteerId)) out.push(mix(T.contains, tp));
  }

  if (s.syntax) pathFeatures(f, a, b, tp, out);
}

const MAX_PATH = 12;
const upA = new Int32Array(64), upB = new Int32Array(64);

/** Features of the dependency path between the two mentions' head tokens. */
function pathFeatures(f: SentenceFeatures, a: number, b: number, tp: number, out: number[]): void {
  const syn = f.s.syntax!, ra = f.mRoot[a]!, rb = f.mRoot[b]!;
  const rel = (i: number) => hashStr(syn.deprel[i]!);
  out.push(mix3(T.relA, tp, rel(ra)));
  out.push(mix3(T.relB, tp, rel(rb)));
  // ancestors of each head, nearest first
  let na = 0, nb = 0;
  for (let x = ra; x >= 0 && na < upA.length; x = syn.head[x]!) upA[na++] = x;
  for (let x = rb; x >= 0 && nb < upB.length; x = syn.head[x]!) upB[nb++] = x;
  let ia = -1, ib = -1;
  for (let p = 0; p < na && ia < 0; p++) for (let q = 0; q < nb; q++) if (upA[p] === upB[q]) { ia = p; ib = q; break; }
  if (ia < 0) { out.push(mix(T.pathNoLca, tp)); return; }
  const lca = upA[ia]!;
  if (ra === rb) out.push(mix(T.sameHead, tp));
  const len = ia + ib;
  out.push(mix3(T.pathLen, tp, Math.min(len, MAX_PATH)));
  out.push(mix3(T.lca, tp, f.hw[lca]!));
  out.push(mix3(T.lcaT, tp, hashStr(syn.upos[lca]!)));
  out.push(mix3(T.lcaRel, tp, mix(rel(lca), f.hw[lca]!)));
  // the verb (or other word) each head hangs from
  if (ia > 0) out.push(mix3(T.verbA, tp, mix(rel(ra), f.hw[upA[1]!]!)));
  if (ib > 0) out.push(mix3(T.verbB, tp, mix(rel(rb), f.hw[upB[1]!]!)));
  if (len > MAX_PATH) return;
  // labels up from A (^) and down to B (v), with and without the words on the path
  let labs = 0x1b873593, words = mix(T.pathWords, tp);
  let prev = 0;
  for (let p = 0; p < ia; p++) {
    const r = mix(rel(upA[p]!), 0x5e), node = upA[p + 1]!;
    labs = mix(labs, r);
    words = mix3(words, r, node === lca ? f.hw[node]! : hashStr(syn.upos[node]!));
    if (node !== lca) { out.push(mix3(T.pathNode, tp, f.hw[node]!)); out.push(mix(T.pathNodeT, f.hw[node]!)); }
    if (prev) out.push(mix3(T.pathBi, tp, mix(prev, r)));
    prev = r;
  }
  for (let q = ib - 1; q >= 0; q--) {
    const r = mix(rel(upB[q]!), 0x76), node = upB[q + 1]!;
    labs = mix(labs, r);
    words = mix3(words, r, node === lca ? f.hw[node]! : hashStr(syn.upos[node]!));
    if (node !== lca) { out.push(mix3(T.pathNode, tp, f.hw[node]!)); out.push(mix(T.pathNodeT, f.hw[node]!)); }
    if (prev) out.push(mix3(T.pathBi, tp, mix(prev, r)));
    prev = r;
  }
  out.push(mix3(T.pathLab, tp, labs));
  out.push(mix(T.pathLabT, labs));
  out.push(words);
}
