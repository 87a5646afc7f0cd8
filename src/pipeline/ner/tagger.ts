// Two-stage tagging of one document with a loaded model: stage 1 labels every
// sentence from local features; stage 2 relabels with the same local features
// plus document features built from the stage-1 labels.
import type { Segmented, TaggedSpan } from '../../types.ts';
import { TYPES, N_LABELS, labelsToSpans, type TokenSpan } from './labels.ts';
import { TRANS_SIZE, viterbi } from './decode.ts';
import { DocInput, FeatureBuffer, TokenInfo, computeTokenInfo, documentFeatures, intrinsicFeatures, localFeatures, M_NORMAL, M_TITLE } from './features.ts';
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

export class NerTagger {
  readonly model: NerModel;
  private readonly weights: WeightTable;
  private readonly trans1: Float64Array;
  private readonly trans2: Float64Array;
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
  private readonly wordScores = new Float32Array(WORD_CACHE * N2);
  private readonly wordScratch = new Float64Array(N2);
  /** Emission scores of the current document, N2 per token. Weights are integers (quantised), so sums are exact in any order. */
  private emit = new Float64Array(0);

  constructor(model: NerModel) {
    this.model = model;
    this.weights = new WeightTable(model.hashes, model.sparse ?? sparseFromDense(model.w1, model.w2, model.hashes.length));
    // transitions in the quantised units of each stage's emission weights
    this.trans1 = Float64Array.from(model.trans1, (v) => v / model.scale1);
    this.trans2 = Float64Array.from(model.trans2, (v) => v / model.scale2);
    if (this.trans1.length !== TRANS_SIZE) throw new Error('bad transition block');
  }

  /** BILOU labels (see labels.ts) for every token of the document. */
  labels(doc: DocInput): Uint8Array {
    const n = doc.words.length;
    const y1 = new Uint8Array(n), y2 = new Uint8Array(n);
    if (!n) return y2;
    computeTokenInfo(doc, this.model.lexicon, this.info);
    localFeatures(doc, this.info, this.local, false);
    if (this.emit.length < n * N2) this.emit = new Float64Array(n * N2 * 2);
    this.scoreWords(doc, n);
    this.scoreRows(this.local, n, false);
    this.decode(doc, 0, this.trans1, y1);
    documentFeatures(doc, this.info, y1, this.docf);
    this.scoreRows(this.docf, n, true);
    this.decode(doc, N, this.trans2, y2);
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

  /** Start every token's scores from the cached scores of its word-only features. */
  private scoreWords(doc: DocInput, n: number): void {
    const e = this.emit, ws = this.wordScores, slots = this.wordSlots, words = doc.words;
    for (let i = 0; i < n; i++) {
      const word = words[i]!;
      let slot = slots.get(word);
      if (slot === undefined) slot = this.addWord(word, i);
      const src = slot * N2, dst = i * N2;
      for (let l = 0; l < N2; l++) e[dst + l] = ws[src + l]!;
    }
  }

  /** Cache the word-only feature scores of token i's text; its slot. */
  private addWord(word: string, i: number): number {
    const slots = this.wordSlots, ws = this.wordScores, sc = this.wordScratch, buf = this.wordf, t = this.weights;
    if (slots.size >= WORD_CACHE) slots.clear();
    const slot = slots.size;
    slots.set(word, slot);
    buf.reset(1);
    intrinsicFeatures(this.info, i, buf);
    sc.fill(0);
    for (let k = 0; k < buf.length; k++) t.add(buf.hashes[k]!, sc, 0, false);
    const base = slot * N2;
    for (let l = 0; l < N2; l++) ws[base + l] = sc[l]!;
    return slot;
  }

  private decode(doc: DocInput, stageOffset: number, trans: Float64Array, out: Uint8Array): void {
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
      viterbi(this.emit, a * N2 + stageOffset, a, b, trans, out, N2);
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
