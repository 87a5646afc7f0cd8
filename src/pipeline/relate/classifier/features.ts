// Features of a candidate pair, shared by training and run time so both see
// exactly the same thing. A pair is two entity mentions of one sentence, A first
// in the text. Every feature is a 32-bit hash of (template, values), built from
// per-token hashes computed once per sentence; no feature string is ever made.
//
// Surface features (always): the two classes and fine types, head words and
// whole names, titles, the words between with the class pair (bag, bigrams,
// first/last, the whole short sequence), the words around, token and mention distance, the classes of
// mentions in between, trigger and title words between, gazetteer containment.
// Syntax features (when the sentence has a parse): the dependency path between
// the two mentions' head words, with labels and words, its length, the lowest
// common ancestor, and each head's own relation.
// Feature set 2 (models that record `featureSet: 2`) adds: whether the gazetteer
// knows each name and whether a title is a national office; the case marker hung
// on each name ("of Bethany", "in Dhaka"), alone, with the place's type and with
// the common ancestor's stem; crude stems of the words on the path and of the
// ancestor; the path with its words reduced to title / trigger / other.
// Feature set 3 adds what ties a name's head word to the other name's type ("Ministry" with a
// country, "University" with a city: OrgBased_In; a title with a country: nationality), the short
// sequence between with both fine types, the words just outside the pair as a bag, trigger words
// next to the pair but outside it ("Oswald, Kennedy's assassin,"), and each head's governing
// word's stem with the other name's fine type.
import type { EntityType } from '../../../types.ts';
import { hashStr, mix, mix3 } from '../../ner/hash.ts';
import { EVENT_TRIGGERS } from '../data/event-triggers.ts';
import { NATIONAL_TITLE_HEADS, TITLE_HEADS } from '../data/titles.ts';
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

/**
 * The feature families a model was trained with: 1 the first ones, 2 adds the case markers, stems,
 * word classes on the path, gazetteer-known and national-office flags; 3 (trained only when asked,
 * `TrainRelationsOptions.featureSet`) adds the families of the header's last paragraph. A model records its set
 * (`info.featureSet`, none: 1) and run time computes only those: the others would cost time and
 * score nothing.
 */
export const FEATURE_SET = 2;

/** A growable list of feature hashes, reused from pair to pair (no allocation per feature). */
export class FeatureSink {
  hashes = new Uint32Array(256);
  length = 0;
  push(h: number): void {
    if (this.length === this.hashes.length) {
      const next = new Uint32Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[this.length++] = h;
  }
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
  caseA: 56, caseB: 57, caseLca: 58, caseFine: 59, pathStem: 60, lcaStem: 61, stemPath: 62,
  known: 63, office: 64, classPath: 65,
  headFineA: 66, headFineB: 67, fineSeq: 68, outBag: 69, trigOut: 70, govFineA: 71, govFineB: 72,
} as const;

/** By lower-cased word hash: the CAMEO root of a trigger word (low byte) and 256 for a title word. */
const WORD_FLAGS = new Map<number, number>();
for (const t of EVENT_TRIGGERS) {
  if (!t.cameo) continue;
  for (const w of [...(t.verbs ?? []), ...(t.nouns ?? [])]) {
    const h = hashStr(w.toLowerCase());
    if (!((WORD_FLAGS.get(h) ?? 0) & 0xff)) WORD_FLAGS.set(h, (WORD_FLAGS.get(h) ?? 0) | Number(t.cameo!.slice(0, 2)));
  }
}
for (const t of TITLE_HEADS) { const h = hashStr(t.word.toLowerCase()); WORD_FLAGS.set(h, (WORD_FLAGS.get(h) ?? 0) | 256); }
/** One bit per hash >>> 16 of the flagged words: most words are answered without a map look-up. */
const WORD_FLAG_BITS = new Int32Array(2048);
for (const h of WORD_FLAGS.keys()) WORD_FLAG_BITS[h >>> 21] = WORD_FLAG_BITS[h >>> 21]! | (1 << ((h >>> 16) & 31));

/** Word classes for the shape of the between sequence: a word with a digit, a capitalised word, or the word itself. */
const C_OTHER = 0, C_DIGIT = 1, C_UPPER = 2;
const UPPER_START = /^\p{Lu}/u;
const lowerOut = { hash: 0, cls: C_OTHER };

/** hashStr(w.toLowerCase()) without building the string for ASCII words, and the word's class. */
function lowerHash(w: string): { hash: number; cls: number } {
  let h = 0x811c9dc5, digit = false;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 128) {
      lowerOut.hash = hashStr(w.toLowerCase());
      lowerOut.cls = /\d/.test(w) ? C_DIGIT : UPPER_START.test(w) ? C_UPPER : C_OTHER;
      return lowerOut;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) digit = true;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  const c0 = w.charCodeAt(0);
  lowerOut.hash = h >>> 0;
  lowerOut.cls = digit ? C_DIGIT : c0 >= 65 && c0 <= 90 ? C_UPPER : C_OTHER;
  return lowerOut;
}

/**
 * Sizes SentenceFeatures' arrays start at: growing them replaces fields, which makes V8 discard
 * the optimised code that read them (pathFeatures was recompiled at the first long sentence).
 */
const WORDS = 256, MENTIONS = 64;

/**
 * Per-token values of one sentence, computed once and shared by all its pairs. One object can be
 * `reset` to sentence after sentence: its arrays are kept and grown, not allocated per sentence.
 */
export class SentenceFeatures {
  s!: PairSentence;
  n = 0;
  /** Hash of the lower-cased word. */
  hw = new Uint32Array(WORDS);
  /** Hash of the word's class in sequences: the lower-cased word, or NUM for a word with a digit, CAP for a capitalised one. */
  hc = new Uint32Array(WORDS);
  /** CAMEO root of a trigger word, 0 if none. */
  trig = new Uint8Array(WORDS);
  title = new Uint8Array(WORDS);
  /** Per mention: hash of the head word, the whole name, the title; the fine-type hash. */
  mHead = new Uint32Array(MENTIONS);
  mName = new Uint32Array(MENTIONS);
  mTitle = new Uint32Array(MENTIONS);
  mFine = new Uint32Array(MENTIONS);
  /** Per mention: 1 for a name the gazetteer knows, plus 2 for a title that is a national office ("President", "Foreign Minister"). */
  mFlags = new Uint8Array(MENTIONS);
  /** Per mention: its syntactic head token (-1 without a parse). */
  mRoot = new Int32Array(MENTIONS);
  /** With a parse: hashes of each token's relation and UPOS tag. */
  hRel = new Uint32Array(WORDS);
  hPos = new Uint32Array(WORDS);
  /** With a parse: hash of the word's stem ("killed", "killing" -> "kill"). */
  hStem = new Uint32Array(WORDS);
  /** With a parse, per mention: the lower-cased case marker or preposition hung on its head ("of", "in", "'s"), 0 if none. */
  mCase = new Uint32Array(MENTIONS);

  /** Compute the families of feature set 2 (see FEATURE_SET). */
  readonly extended: boolean;
  /** The feature set computed (see FEATURE_SET). */
  readonly featureSet: number;
  /** @param featureSet the feature set to compute (see FEATURE_SET); `true` is set 2, `false` set 1 (the earlier form) */
  constructor(s?: PairSentence, featureSet: number | boolean = FEATURE_SET) {
    this.featureSet = featureSet === true ? 2 : featureSet === false ? 1 : featureSet;
    this.extended = this.featureSet >= 2;
    if (s) this.reset(s);
  }

  reset(s: PairSentence): this {
    this.s = s;
    const n = (this.n = s.words.length);
    if (this.hw.length < n) {
      const cap = Math.max(n, this.hw.length * 2);
      this.hw = new Uint32Array(cap); this.hc = new Uint32Array(cap); this.trig = new Uint8Array(cap); this.title = new Uint8Array(cap);
      this.hRel = new Uint32Array(cap); this.hPos = new Uint32Array(cap); this.hStem = new Uint32Array(cap);
    }
    if (s.syntax) for (let i = 0; i < n; i++) { this.hRel[i] = labelHash(s.syntax.deprel[i]!); this.hPos[i] = labelHash(s.syntax.upos[i]!); }
    if (s.syntax && this.extended) for (let i = 0; i < n; i++) this.hStem[i] = hashStr(stemOf(s.words[i]!.toLowerCase()));
    const hw = this.hw, hc = this.hc, trig = this.trig, title = this.title;
    for (let i = 0; i < n; i++) {
      const { hash, cls } = lowerHash(s.words[i]!);
      hw[i] = hash;
      hc[i] = cls === C_DIGIT ? HNUM : cls === C_UPPER && i > 0 ? HCAP : hash;
      const k = WORD_FLAG_BITS[hash >>> 21]! & (1 << ((hash >>> 16) & 31)) ? WORD_FLAGS.get(hash) : undefined;
      trig[i] = k === undefined ? 0 : k & 0xff;
      title[i] = k === undefined ? 0 : k >> 8;
    }
    const m = s.mentions.length;
    if (this.mHead.length < m) {
      const cap = Math.max(m, this.mHead.length * 2);
      this.mHead = new Uint32Array(cap); this.mName = new Uint32Array(cap); this.mTitle = new Uint32Array(cap); this.mFine = new Uint32Array(cap); this.mRoot = new Int32Array(cap); this.mCase = new Uint32Array(cap); this.mFlags = new Uint8Array(cap);
    }
    for (let k = 0; k < m; k++) {
      const x = s.mentions[k]!;
      this.mHead[k] = hw[x.end - 1]!;
      let h = 0x2545f491;
      for (let i = x.start; i < x.end; i++) h = mix(h, hw[i]!);
      this.mName[k] = h;
      this.mTitle[k] = x.title ? lowerHash(x.title).hash : 0;
      this.mFine[k] = labelHash(x.fine);
      this.mFlags[k] = !this.extended ? 0 : (x.gazetteerId ? 1 : 0) | (x.title && NATIONAL_OFFICES.has(x.title.toLowerCase().split(/\s+/).pop()!) ? 2 : 0);
      this.mRoot[k] = s.syntax ? mentionRoot(s.syntax, x.start, x.end) : -1;
      this.mCase[k] = 0;
      if (s.syntax && this.extended) {
        // the case marker hung on the name's head: "of Bethany", "in Dhaka", "Sony 's"
        const r = this.mRoot[k]!;
        for (let i = Math.max(0, x.start - 3); i < Math.min(n, x.end + 2); i++) {
          if (s.syntax.head[i] === r && (i < x.start || i >= x.end) && CASE_RELS.has(s.syntax.deprel[i]!)) { this.mCase[k] = hw[i]!; break; }
        }
      }
    }
    return this;
  }
}

const CASE_RELS = new Set(['case', 'mark']);
const NATIONAL_OFFICES = new Set(NATIONAL_TITLE_HEADS.words);

/**
 * A crude stem of a lower-cased word, so that the forms of a trigger share their path features
 * ("killed", "killing", "kills" -> "kill"; "assassination" -> "assassinat"). Words of four letters or
 * fewer are kept whole.
 */
export function stemOf(w: string): string {
  if (w.length <= 4) return w;
  for (const suffix of STEM_SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, w.length - suffix.length);
  }
  return w;
}
const STEM_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ers', 'ed', 'er', 'es', 's', 'e'];

/** Hashes of the few strings that name types, relations and tags, computed once each. */
const LABEL_HASHES = new Map<string, number>();
const labelHash = (t: string) => { let h = LABEL_HASHES.get(t); if (h === undefined) { h = hashStr(t); LABEL_HASHES.set(t, h); } return h; };

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

/** mix(T.x, tp) for every template and class pair, computed once: mix3(T.x, tp, v) is mix(TP_BASES[tp][T.x], v). */
const TP_BASES: Uint32Array[] = [];
for (let tp = 0; tp <= 9; tp++) {
  const b = new Uint32Array(64);
  for (const id of Object.values(T)) b[id] = mix(id, tp);
  TP_BASES.push(b);
}

const BAG_EDGE = 10;

const bucket = (d: number) => (d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : d <= 20 ? 9 : d <= 30 ? 10 : 11);

/**
 * Append the feature hashes of pair (a, b) (mention indices, a before b) to `out`.
 * `within` answers gazetteer containment; pass undefined for none.
 */
export function pairFeatures(f: SentenceFeatures, a: number, b: number, out: FeatureSink, within?: ContainedIn): void {
  const s = f.s, A = s.mentions[a]!, B = s.mentions[b]!, hw = f.hw, hc = f.hc;
  const tp = A.coarse * 3 + B.coarse + 1, K = TP_BASES[tp]!;
  out.push(mix(T.bias, tp));
  out.push(mix3(T.fine, f.mFine[a]!, f.mFine[b]!));
  out.push(mix(K[T.headA]!, f.mHead[a]!));
  out.push(mix(K[T.headB]!, f.mHead[b]!));
  out.push(mix(K[T.nameA]!, f.mName[a]!));
  out.push(mix(K[T.nameB]!, f.mName[b]!));
  if (f.mTitle[a]) out.push(mix(K[T.titleA]!, f.mTitle[a]!));
  if (f.mTitle[b]) out.push(mix(K[T.titleB]!, f.mTitle[b]!));
  out.push(mix(K[T.titleA]!, A.title ? 1 : 0));
  out.push(mix(K[T.titleB]!, B.title ? 1 : 0));
  // whether the gazetteer knows each name, and national offices: a head of state named with a body it does not lead
  if (f.extended) out.push(mix3(K[T.known]!, f.mFlags[a]!, f.mFlags[b]!));
  if (f.extended && (f.mFlags[a]! | f.mFlags[b]!) & 2) out.push(mix3(K[T.office]!, mix(f.mFlags[a]!, f.mFlags[b]!), mix(f.mFine[a]!, f.mFine[b]!)));

  // words between
  const i0 = A.end, i1 = B.start, gap = i1 - i0;
  if (gap <= 0) out.push(mix(T.adjacent, tp));
  let seq = mix(T.seq, tp), shape = mix(T.shapeSeq, tp), trig = 0, titles = 0;
  for (let i = i0; i < i1; i++) {
    // a long gap: the bag and bigrams read its first and last BAG_EDGE words (no loss on CoNLL04 dev)
    if (i - i0 >= BAG_EDGE && i1 - i > BAG_EDGE) { i = i1 - BAG_EDGE - 1; continue; }
    out.push(mix(K[T.bwT]!, hw[i]!));
    if (i + 1 < i1) out.push(mix(K[T.bbi]!, mix(hw[i]!, hw[i + 1]!)));
    if (gap <= 6) { seq = mix(seq, hw[i]!); shape = mix(shape, hc[i]!); }
    const t = f.trig[i]!;
    if (t && !(trig & (1 << (t & 31)))) { trig |= 1 << (t & 31); out.push(mix(T.trig, t)); out.push(mix(K[T.trigT]!, t)); }
    titles |= f.title[i]!;
  }
  if (gap > 0) {
    out.push(mix(K[T.first]!, hw[i0]!));
    out.push(mix(K[T.last]!, hw[i1 - 1]!));
    if (gap === 1) out.push(mix(K[T.only]!, hw[i0]!));
    if (gap <= 6) { out.push(seq); out.push(shape); }
    if (gap === 1 && s.words[i0] === ',') out.push(mix(T.comma, tp));
    if (gap <= 2 && (s.words[i0] === "'s" || s.words[i0] === '’s')) out.push(mix(T.poss, tp));
  }
  out.push(mix(K[T.titleBetween]!, titles));
  out.push(mix(K[T.dist]!, bucket(Math.max(0, gap))));
  out.push(mix(T.distT, bucket(Math.max(0, gap))));
  const inBetween = b - a - 1;
  out.push(mix(K[T.mdist]!, Math.min(inBetween, 4)));
  for (let k = a + 1; k < b; k++) out.push(mix(K[T.between]!, s.mentions[k]!.coarse));

  // words around
  out.push(mix(K[T.before1]!, A.start > 0 ? hw[A.start - 1]! : HBOS));
  out.push(mix(K[T.before2]!, A.start > 1 ? mix(hw[A.start - 2]!, hw[A.start - 1]!) : HBOS));
  out.push(mix(K[T.after1]!, B.end < f.n ? hw[B.end]! : HEOS));
  out.push(mix(K[T.after2]!, B.end + 1 < f.n ? mix(hw[B.end]!, hw[B.end + 1]!) : HEOS));
  if (gap > 0) {
    out.push(mix(K[T.afterA]!, hw[A.end]!));
    out.push(mix(K[T.beforeB]!, hw[B.start - 1]!));
  }

  // world knowledge
  if (within && A.gazetteerId && B.gazetteerId) {
    if (within(A.gazetteerId, B.gazetteerId)) out.push(mix(T.within, tp));
    else if (within(B.gazetteerId, A.gazetteerId)) out.push(mix(T.contains, tp));
  }

  if (f.featureSet >= 3) widerFeatures(f, a, b, K, seq, gap, out);
  if (s.syntax) pathFeatures(f, a, b, tp, out);
}

/** How far outside the pair the bag of words and the trigger words around it reach. */
const OUTSIDE = 3;

/** The families of feature set 3 (see the header). `seq` is the between sequence (gap <= 6). */
function widerFeatures(f: SentenceFeatures, a: number, b: number, K: Uint32Array, seq: number, gap: number, out: FeatureSink): void {
  const A = f.s.mentions[a]!, B = f.s.mentions[b]!, hw = f.hw, fa = f.mFine[a]!, fb = f.mFine[b]!;
  // a name's head word with the other's type: "Foreign Ministry" and a country, "University" and a city
  out.push(mix3(K[T.headFineA]!, f.mHead[a]!, fb));
  out.push(mix3(K[T.headFineB]!, f.mHead[b]!, fa));
  if (gap > 0 && gap <= 6) out.push(mix3(K[T.fineSeq]!, seq, mix(fa, fb)));
  // the words just outside the pair, as a bag, and trigger words there ("Oswald, Kennedy's assassin,")
  let trig = 0;
  for (let i = Math.max(0, A.start - OUTSIDE); i < A.start; i++) {
    out.push(mix(K[T.outBag]!, hw[i]!));
    trig |= 1 << (f.trig[i]! & 31);
  }
  for (let i = B.end, end = Math.min(f.n, B.end + OUTSIDE); i < end; i++) {
    out.push(mix(K[T.outBag]!, hw[i]!));
    trig |= 1 << (f.trig[i]! & 31);
  }
  trig &= ~1;
  for (let r = 1; r < 32; r++) if (trig & (1 << r)) out.push(mix(K[T.trigOut]!, r));
}

const MAX_PATH = 12;
const upA = new Int32Array(64), upB = new Int32Array(64);

/** Features of the dependency path between the two mentions' head tokens. */
function pathFeatures(f: SentenceFeatures, a: number, b: number, tp: number, out: FeatureSink): void {
  const syn = f.s.syntax!, ra = f.mRoot[a]!, rb = f.mRoot[b]!, K = TP_BASES[tp]!, hRel = f.hRel, hPos = f.hPos;
  const rel = (i: number) => hRel[i]!;
  out.push(mix(K[T.relA]!, rel(ra)));
  out.push(mix(K[T.relB]!, rel(rb)));
  // the prepositions that tie each name in ("Marie Ferraro of Bethany" lives there; "in Dhaka" is mostly a visit)
  const ext = f.extended, ca = f.mCase[a]!, cb = f.mCase[b]!;
  if (ext) {
    out.push(mix(K[T.caseA]!, ca));
    out.push(mix(K[T.caseB]!, cb));
    out.push(mix3(K[T.caseFine]!, cb, f.mFine[b]!));
  }
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
  out.push(mix(K[T.pathLen]!, Math.min(len, MAX_PATH)));
  out.push(mix(K[T.lca]!, f.hw[lca]!));
  if (ext) {
    out.push(mix(K[T.lcaStem]!, f.hStem[lca]!));
    out.push(mix3(K[T.caseLca]!, mix(ca, cb), f.hStem[lca]!));
  }
  out.push(mix(K[T.lcaT]!, hPos[lca]!));
  out.push(mix(K[T.lcaRel]!, mix(rel(lca), f.hw[lca]!)));
  // the verb (or other word) each head hangs from
  if (ia > 0) out.push(mix(K[T.verbA]!, mix(rel(ra), f.hw[upA[1]!]!)));
  if (ib > 0) out.push(mix(K[T.verbB]!, mix(rel(rb), f.hw[upB[1]!]!)));
  // the word each head hangs from, as a stem, with the other name's fine type ("born in" a city, "of" a country)
  if (f.featureSet >= 3) {
    if (ia > 0) out.push(mix3(K[T.govFineA]!, f.hStem[upA[1]!]!, f.mFine[b]!));
    if (ib > 0) out.push(mix3(K[T.govFineB]!, f.hStem[upB[1]!]!, f.mFine[a]!));
  }
  if (len > MAX_PATH) return;
  // labels up from A (^) and down to B (v), with and without the words on the path
  // the path with each word on it reduced to its class: a title ("president of"), a trigger (its CAMEO root), or any other word
  let labs = 0x1b873593, words = mix(T.pathWords, tp), stems = mix(T.stemPath, tp), classes = mix(T.classPath, tp);
  let prev = 0;
  for (let p = 0; p < ia; p++) {
    const r = mix(rel(upA[p]!), 0x5e), node = upA[p + 1]!;
    labs = mix(labs, r);
    words = mix3(words, r, node === lca ? f.hw[node]! : hPos[node]!);
    if (node !== lca) { out.push(mix(K[T.pathNode]!, f.hw[node]!)); out.push(mix(T.pathNodeT, f.hw[node]!)); if (ext) out.push(mix(K[T.pathStem]!, f.hStem[node]!)); }
    stems = mix3(stems, r, f.hStem[node]!);
    classes = mix3(classes, r, node === lca ? mix(f.title[node]!, f.trig[node]! + 1) : f.title[node]! * 256 + f.trig[node]!);
    if (prev) out.push(mix(K[T.pathBi]!, mix(prev, r)));
    prev = r;
  }
  for (let q = ib - 1; q >= 0; q--) {
    const r = mix(rel(upB[q]!), 0x76), node = upB[q + 1]!;
    labs = mix(labs, r);
    words = mix3(words, r, node === lca ? f.hw[node]! : hPos[node]!);
    if (node !== lca) { out.push(mix(K[T.pathNode]!, f.hw[node]!)); out.push(mix(T.pathNodeT, f.hw[node]!)); if (ext) out.push(mix(K[T.pathStem]!, f.hStem[node]!)); }
    stems = mix3(stems, r, f.hStem[node]!);
    classes = mix3(classes, r, node === lca ? mix(f.title[node]!, f.trig[node]! + 1) : f.title[node]! * 256 + f.trig[node]!);
    if (prev) out.push(mix(K[T.pathBi]!, mix(prev, r)));
    prev = r;
  }
  if (ext) { out.push(stems); out.push(classes); }
  out.push(mix(K[T.pathLab]!, labs));
  out.push(mix(T.pathLabT, labs));
  out.push(words);
}
