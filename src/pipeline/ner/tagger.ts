// Two-stage tagging of one document with a loaded model: stage 1 labels every
// sentence from local features; stage 2 relabels with the same local features
// plus document features built from the stage-1 labels.
import type { Segmented, TaggedSpan } from '../../types.ts';
import { TYPES, N_LABELS, labelsToSpans, type TokenSpan } from './labels.ts';
import { TRANS_SIZE, viterbi } from './decode.ts';
import { DocInput, FeatureBuffer, TokenInfo, computeTokenInfo, documentFeatures, intrinsicFeatures, localFeatures, M_NORMAL, M_TITLE } from './features.ts';
import { RowTable, type NerModel } from './model.ts';

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

export class NerTagger {
  readonly model: NerModel;
  private readonly table: RowTable;
  private readonly trans1: Float64Array;
  private readonly trans2: Float64Array;
  private readonly info = new TokenInfo();
  private readonly local = new FeatureBuffer();
  private readonly docf = new FeatureBuffer();
  private readonly wordf = new FeatureBuffer();
  private rowsLocal: Int32Array = new Int32Array(0);
  private rowsDoc: Int32Array = new Int32Array(0);
  /**
   * Scores of the word-only features (both stages, 2 x N per entry) cached per
   * distinct token text; most tokens of news are frequent words. Exact, bounded:
   * cleared when full.
   */
  private readonly wordSlots = new Map<string, number>();
  private readonly wordScores = new Float32Array(WORD_CACHE * 2 * N_LABELS);
  private emit = new Float64Array(0);
  private emit2 = new Float64Array(0);
  /** Stage-1 and stage-2 weights interleaved per row: [w1 x N, w2 x N], read in one pass. */
  private readonly w: Int16Array;

  constructor(model: NerModel) {
    this.model = model;
    this.table = new RowTable(model.hashes);
    // transitions in the quantised units of each stage's emission weights
    this.trans1 = Float64Array.from(model.trans1, (v) => v / model.scale1);
    this.trans2 = Float64Array.from(model.trans2, (v) => v / model.scale2);
    if (this.trans1.length !== TRANS_SIZE) throw new Error('bad transition block');
    const N = N_LABELS, R = model.hashes.length, w = new Int16Array(R * 2 * N);
    for (let r = 0; r < R; r++) {
      for (let l = 0; l < N; l++) { w[r * 2 * N + l] = model.w1[r * N + l]!; w[r * 2 * N + N + l] = model.w2[r * N + l]!; }
    }
    this.w = w;
  }

  /** BILOU labels (see labels.ts) for every token of the document. */
  labels(doc: DocInput): Uint8Array {
    const n = doc.words.length;
    const y1 = new Uint8Array(n), y2 = new Uint8Array(n);
    if (!n) return y2;
    computeTokenInfo(doc, this.model.lexicon, this.info);
    localFeatures(doc, this.info, this.local, false);
    this.rowsLocal = this.lookup(this.local, this.rowsLocal);
    if (this.emit.length < n * N_LABELS) { this.emit = new Float64Array(n * N_LABELS * 2); this.emit2 = new Float64Array(n * N_LABELS * 2); }
    this.scoreWords(doc, n);
    this.scoreBoth(n);
    this.decode(doc, this.emit, this.trans1, y1);
    documentFeatures(doc, this.info, y1, this.docf);
    this.rowsDoc = this.lookup(this.docf, this.rowsDoc);
    this.scoreDoc(n);
    this.decode(doc, this.emit2, this.trans2, y2);
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

  private lookup(buf: FeatureBuffer, rows: Int32Array): Int32Array {
    if (rows.length < buf.length) rows = new Int32Array(buf.length * 2);
    const t = this.table, h = buf.hashes;
    for (let k = 0; k < buf.length; k++) rows[k] = t.get(h[k]!);
    return rows;
  }

  /** Local features: stage-1 scores into emit, stage-2 scores into emit2, one pass over the rows. */
  private scoreBoth(n: number): void {
    const e1 = this.emit, e2 = this.emit2, off = this.local.offsets, rows = this.rowsLocal, w = this.w, N = N_LABELS, N2 = 2 * N;
    for (let i = 0; i < n; i++) {
      const e = i * N;
      for (let k = off[i]!, end = off[i + 1]!; k < end; k++) {
        const r = rows[k]!;
        if (r < 0) continue;
        const base = r * N2;
        for (let l = 0; l < N; l++) {
          e1[e + l] += w[base + l]!;
          e2[e + l] += w[base + N + l]!;
        }
      }
    }
  }

  /** Start every token's scores from the cached scores of its word-only features. */
  private scoreWords(doc: DocInput, n: number): void {
    const e1 = this.emit, e2 = this.emit2, N = N_LABELS, N2 = 2 * N, ws = this.wordScores, slots = this.wordSlots;
    for (let i = 0; i < n; i++) {
      const word = doc.words[i]!;
      let slot = slots.get(word);
      if (slot === undefined) {
        if (slots.size >= WORD_CACHE) slots.clear();
        slot = slots.size;
        slots.set(word, slot);
        const buf = this.wordf;
        buf.reset(1);
        intrinsicFeatures(this.info, i, buf);
        const base = slot * N2;
        ws.fill(0, base, base + N2);
        for (let k = 0; k < buf.length; k++) {
          const r = this.table.get(buf.hashes[k]!);
          if (r < 0) continue;
          const wb = r * N2;
          for (let l = 0; l < N2; l++) ws[base + l] += this.w[wb + l]!;
        }
      }
      const base = slot * N2, e = i * N;
      for (let l = 0; l < N; l++) { e1[e + l] = ws[base + l]!; e2[e + l] = ws[base + N + l]!; }
    }
  }

  /** Document features: stage-2 scores only. */
  private scoreDoc(n: number): void {
    const e2 = this.emit2, off = this.docf.offsets, rows = this.rowsDoc, w = this.w, N = N_LABELS, N2 = 2 * N;
    for (let i = 0; i < n; i++) {
      const e = i * N;
      for (let k = off[i]!, end = off[i + 1]!; k < end; k++) {
        const r = rows[k]!;
        if (r < 0) continue;
        const base = r * N2 + N;
        for (let l = 0; l < N; l++) e2[e + l] += w[base + l]!;
      }
    }
  }

  private decode(doc: DocInput, emit: Float64Array, trans: Float64Array, out: Uint8Array): void {
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
      viterbi(emit, a * N_LABELS, a, b, trans, out);
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
