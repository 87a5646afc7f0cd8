// Two-stage tagging of one document with a loaded model: stage 1 labels every
// sentence from local features; stage 2 relabels with the same local features
// plus document features built from the stage-1 labels.
import type { Segmented, TaggedSpan } from '../../types.ts';
import { TYPES, N_LABELS, labelsToSpans, type TokenSpan } from './labels.ts';
import { TRANS_SIZE, predTransitions, viterbi } from './decode.ts';
import { BOS, EOS, DocInput, FeatureBuffer, TokenInfo, computeTokenInfo, documentFeatures, intrinsicFeatures, labelWindowFeatures, localFeatures, neighbourFeatures, M_NORMAL, M_TITLE, R_NEXT, R_NEXT2, R_PREV, R_PREV2 } from './features.ts';
import type { NerModel } from './model.ts';
import { WeightTable, sparseFromDense } from './weights.ts';

/**
 * The sentences of a Segmented document as token ranges: empty sentences dropped,
 * and tokens no sentence covers (which a well-formed Segmented never has) made
 * sentences of their own, so every token is tagged exactly once.
 */
export function docInputFromSegmented(seg: Segmented): DocInput {
  const words = seg.tokens.map((t) => t.text);
  const starts: number[] = [], ends: number[] = [];
  let next = 0;
  const ranges = seg.sentences
    .map((s) => [Math.max(0, s.tokenStart), Math.min(words.length, s.tokenEnd)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  for (const [a, b] of ranges) {
    if (b <= next) continue;
    const from = Math.max(a, next);
    if (from > next) { starts.push(next); ends.push(from); }
    starts.push(from); ends.push(b);
    next = b;
  }
  if (next < words.length) { starts.push(next); ends.push(words.length); }
  return { words, sentStart: starts, sentEnd: ends };
}

/** Distinct words whose feature scores are cached. */
const WORD_CACHE = 1 << 15;
/** Per token, the emission block holds both stages' scores side by side: [stage 1 x N, stage 2 x N]. */
const N = N_LABELS, N2 = 2 * N_LABELS;
/**
 * Per cached word, five score blocks of N2: its own word-only features, then the
 * window features it gives the token after it (R_PREV), before it (R_NEXT), two
 * after (R_PREV2) and two before (R_NEXT2).
 */
const OWN = 0, ENTRY = 5 * N2;
const roleBlock = (role: number) => (1 + role) * N2;
const NB = N_LABELS + 1, WINDOWS = NB * N_LABELS * NB;

export class NerTagger {
  readonly model: NerModel;
  private readonly weights: WeightTable;
  private readonly trans1: Float64Array;
  private readonly trans2: Float64Array;
  private readonly pred1: Float64Array;
  private readonly pred2: Float64Array;
  private readonly info = new TokenInfo();
  private readonly local = new FeatureBuffer();
  private readonly docf = new FeatureBuffer();
  private readonly wordf = new FeatureBuffer();
  /**
   * Scores of the word-only features (both stages, 2 x N per entry) cached per
   * distinct token text; most tokens of news are frequent words. Exact, bounded:
   * cleared when full.
   */
  private readonly wordSlots = new Map<string, number>();
  private wordScores: Float32Array;
  /** How many distinct words are cached before the cache starts over. */
  private readonly wordCache: number;
  private readonly wordScratch = new Float64Array(N2);
  /**
   * Stage-2 scores of the label-window document features per (ym1, y, yp1), the
   * neighbours' labels N_LABELS beyond the sentence; filled on first use.
   */
  private readonly windowScores = new Float32Array(WINDOWS * N2);
  private readonly windowDone = new Uint8Array(WINDOWS);
  /** Per token of the current document, its word's cache entry offset. */
  private tokenSlot = new Int32Array(0);
  /** Emission scores of the current document, N2 per token. Weights are integers (quantised), so sums are exact in any order. */
  private emit = new Float64Array(0);

  /** `weights`: the model's table built before (weights.ts toBytes/fromBytes), so it is not built again. */
  constructor(model: NerModel, options: { wordCache?: number; weights?: WeightTable } = {}) {
    this.model = model;
    this.wordCache = Math.max(1, options.wordCache ?? WORD_CACHE);
    this.weights = options.weights ?? WeightTable.build(model.hashes, model.sparse ?? sparseFromDense(model.w1, model.w2, model.hashes.length));
    // transitions in the quantised units of each stage's emission weights
    this.trans1 = Float64Array.from(model.trans1, (v) => v / model.scale1);
    this.trans2 = Float64Array.from(model.trans2, (v) => v / model.scale2);
    if (this.trans1.length !== TRANS_SIZE) throw new Error('bad transition block');
    this.pred1 = predTransitions(this.trans1);
    this.pred2 = predTransitions(this.trans2);
    // entry 0 is the neighbour beyond the sentence (BOS / EOS) in every role; words start at entry 1
    this.wordScores = new Float32Array((Math.min(this.wordCache, 1 << 16) + 1) * ENTRY); // pages are touched only as words arrive
    for (const role of [R_PREV, R_NEXT, R_PREV2, R_NEXT2]) {
      const edge = role === R_PREV || role === R_PREV2 ? BOS : EOS;
      this.wordf.reset(1);
      neighbourFeatures(role, edge, edge, this.wordf);
      this.blockScores(this.wordScores, roleBlock(role));
    }
  }

  /** The weight table, for a cache to keep (see the constructor's `weights`). */
  get weightTable(): WeightTable {
    return this.weights;
  }

  /** Scores (both stages) of the features in this.wordf, into out[at .. at + N2). */
  private blockScores(out: Float32Array, at: number): void {
    const buf = this.wordf, sc = this.wordScratch, t = this.weights, h = buf.hashes;
    sc.fill(0);
    for (let k = 0; k < buf.length; k++) t.add(h[k]!, sc, 0, false);
    for (let l = 0; l < N2; l++) out[at + l] = sc[l]!;
  }

  /** BILOU labels (see labels.ts) for every token of the document. */
  labels(doc: DocInput): Uint8Array {
    const n = doc.words.length;
    const y1 = new Uint8Array(n), y2 = new Uint8Array(n);
    if (!n) return y2;
    computeTokenInfo(doc, this.model.lexicon, this.info);
    localFeatures(doc, this.info, this.local, false, false);
    if (this.emit.length < n * N2) this.emit = new Float64Array(n * N2 * 2);
    this.scoreWords(doc, n);
    this.scoreRows(this.local, n, false);
    this.decode(doc, 0, this.trans1, this.pred1, y1);
    documentFeatures(doc, this.info, y1, this.docf, false);
    this.scoreRows(this.docf, n, true);
    this.scoreWindows(doc, y1);
    this.decode(doc, N, this.trans2, this.pred2, y2);
    return y2;
  }

  /** Tagged spans in token indices, never crossing a sentence. */
  tag(seg: Segmented): TaggedSpan[] {
    const doc = docInputFromSegmented(seg);
    const y = this.labels(doc);
    const spans: TokenSpan[] = [];
    for (let s = 0; s < doc.sentStart.length; s++) labelsToSpans(y, doc.sentStart[s]!, doc.sentEnd[s]!, spans);
    headlinesFollowBody(spans, doc.words, this.info.mode);
    return spans.map((s) => ({ start: s.start, end: s.end, label: TYPES[s.type]! }));
  }

  /** Add the weights of every feature in `buf` to its token's scores (both stages, or stage 2 only). */
  private scoreRows(buf: FeatureBuffer, n: number, stage2Only: boolean): void {
    const e = this.emit, off = buf.offsets, h = buf.hashes, t = this.weights;
    for (let i = 0; i < n; i++) {
      const base = i * N2;
      for (let k = off[i]!, end = off[i + 1]!; k < end; k++) t.add(h[k]!, e, base, stage2Only);
    }
  }

  /** Add every token's label-window scores (stage 2). */
  private scoreWindows(doc: DocInput, y1: Uint8Array): void {
    const e = this.emit, ws = this.windowScores, done = this.windowDone;
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
      for (let i = a; i < b; i++) {
        const ym1 = i > a ? y1[i - 1]! : N_LABELS, y = y1[i]!, yp1 = i + 1 < b ? y1[i + 1]! : N_LABELS;
        const w = (ym1 * N_LABELS + y) * NB + yp1;
        if (!done[w]) {
          this.wordf.reset(1);
          labelWindowFeatures(ym1, y, yp1, this.wordf);
          this.blockScores(ws, w * N2);
          done[w] = 1;
        }
        const src = w * N2 + N, dst = i * N2 + N;
        for (let l = 0; l < N; l++) e[dst + l] += ws[src + l]!;
      }
    }
  }

  /**
   * Start every token's scores from cached per-word scores: its own word-only
   * features plus the single-neighbour window features of the words around it.
   */
  private scoreWords(doc: DocInput, n: number): void {
    const e = this.emit, slots = this.wordSlots, words = doc.words;
    if (this.tokenSlot.length < n) this.tokenSlot = new Int32Array(n * 2);
    const ts = this.tokenSlot;
    for (let i = 0; i < n; i++) {
      let slot = slots.get(words[i]!);
      if (slot === undefined) {
        if (slots.size >= this.wordCache) {
          // full: start over, keeping this document's earlier words valid
          slots.clear();
          for (let k = 0; k < i; k++) ts[k] = slots.get(words[k]!) ?? this.addWord(words[k]!, k);
          slot = slots.get(words[i]!) ?? this.addWord(words[i]!, i);
        } else slot = this.addWord(words[i]!, i);
      }
      ts[i] = slot;
    }
    const ws = this.wordScores, P = roleBlock(R_PREV), X = roleBlock(R_NEXT), P2 = roleBlock(R_PREV2), X2 = roleBlock(R_NEXT2);
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
      for (let i = a; i < b; i++) {
        const own = ts[i]! + OWN;
        // beyond the sentence: entry 0
        const pv = (i > a ? ts[i - 1]! : 0) + P, nx = (i + 1 < b ? ts[i + 1]! : 0) + X;
        const pv2 = (i > a + 1 ? ts[i - 2]! : 0) + P2, nx2 = (i + 2 < b ? ts[i + 2]! : 0) + X2;
        const dst = i * N2;
        for (let l = 0; l < N2; l++) e[dst + l] = ws[own + l]! + ws[pv + l]! + ws[nx + l]! + ws[pv2 + l]! + ws[nx2 + l]!;
      }
    }
  }

  /** Cache the per-word scores of token i's text; its entry offset. */
  private addWord(word: string, i: number): number {
    const slots = this.wordSlots, info = this.info;
    const base = (slots.size + 1) * ENTRY;
    if (base + ENTRY > this.wordScores.length) {
      const grown = new Float32Array(Math.max(base + ENTRY, this.wordScores.length * 2));
      grown.set(this.wordScores);
      this.wordScores = grown;
    }
    const ws = this.wordScores;
    slots.set(word, base);
    const buf = this.wordf;
    buf.reset(1);
    intrinsicFeatures(info, i, buf);
    this.blockScores(ws, base + OWN);
    const lo = info.hLower[i]!, w = info.hWord[i]!;
    for (let role = R_PREV; role <= R_NEXT2; role++) {
      buf.reset(1);
      neighbourFeatures(role, lo, w, buf);
      this.blockScores(ws, base + roleBlock(role));
    }
    return base;
  }

  private decode(doc: DocInput, stageOffset: number, trans: Float64Array, pred: Float64Array, out: Uint8Array): void {
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
      viterbi(this.emit, a * N2 + stageOffset, a, b, trans, out, N2, pred);
    }
  }
}

/**
 * A name in a Title Case line (headline), where capitalisation says little and
 * the training data has no examples, takes the type the same name has in the
 * article's ordinary sentences when those agree, e.g. "Vladimir Putin Offers ..."
 * read as the person. ALL-CAPS lines are left alone: the training data has them
 * (datelines, results tables), and there a city can rightly differ from the
 * body's team of the same name.
 */
function headlinesFollowBody(spans: TokenSpan[], words: readonly string[], mode: Uint8Array): void {
  const key = (s: TokenSpan) => words.slice(s.start, s.end).join(' ').toLowerCase();
  const body = new Map<string, number>(); // name -> type, or -1 when the body disagrees with itself
  for (const s of spans) {
    if (mode[s.start] !== M_NORMAL) continue;
    const k = key(s), t = body.get(k);
    body.set(k, t === undefined || t === s.type ? s.type : -1);
  }
  for (const s of spans) {
    if (mode[s.start] !== M_TITLE) continue;
    const t = body.get(key(s));
    if (t !== undefined && t >= 0) s.type = t;
  }
}
