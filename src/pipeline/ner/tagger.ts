// Two-stage tagging of one document with a loaded model: stage 1 labels every
// sentence from local features; stage 2 relabels with the same local features
// plus document features built from the stage-1 labels.
import type { Segmented, TaggedSpan } from '../../types.ts';
import { TYPES, N_LABELS, labelsToSpans, type TokenSpan } from './labels.ts';
import { TRANS_SIZE, viterbi } from './decode.ts';
import { DocInput, FeatureBuffer, TokenInfo, computeTokenInfo, documentFeatures, localFeatures } from './features.ts';
import { RowTable, type NerModel } from './model.ts';

/** The sentences of a Segmented document as token ranges (empty sentences dropped). */
export function docInputFromSegmented(seg: Segmented): DocInput {
  const words = seg.tokens.map((t) => t.text);
  const starts: number[] = [], ends: number[] = [];
  for (const s of seg.sentences) if (s.tokenEnd > s.tokenStart) { starts.push(s.tokenStart); ends.push(s.tokenEnd); }
  return { words, sentStart: starts, sentEnd: ends };
}

export class NerTagger {
  readonly model: NerModel;
  private readonly table: RowTable;
  private readonly trans1: Float64Array;
  private readonly trans2: Float64Array;
  private readonly info = new TokenInfo();
  private readonly local = new FeatureBuffer();
  private readonly docf = new FeatureBuffer();
  private rowsLocal = new Int32Array(0);
  private rowsDoc = new Int32Array(0);
  private emit = new Float64Array(0);

  constructor(model: NerModel) {
    this.model = model;
    this.table = new RowTable(model.hashes);
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
    localFeatures(doc, this.info, this.local);
    this.rowsLocal = this.lookup(this.local, this.rowsLocal);
    if (this.emit.length < n * N_LABELS) this.emit = new Float64Array(n * N_LABELS * 2);
    this.score(this.model.w1, this.local, this.rowsLocal, n, true);
    this.decode(doc, this.trans1, y1);
    documentFeatures(doc, this.info, y1, this.docf);
    this.rowsDoc = this.lookup(this.docf, this.rowsDoc);
    this.score(this.model.w2, this.local, this.rowsLocal, n, true);
    this.score(this.model.w2, this.docf, this.rowsDoc, n, false);
    this.decode(doc, this.trans2, y2);
    return y2;
  }

  /** Tagged spans in token indices, never crossing a sentence. */
  tag(seg: Segmented): TaggedSpan[] {
    const doc = docInputFromSegmented(seg);
    const y = this.labels(doc);
    const spans: TokenSpan[] = [];
    for (let s = 0; s < doc.sentStart.length; s++) labelsToSpans(y, doc.sentStart[s]!, doc.sentEnd[s]!, spans);
    return spans.map((s) => ({ start: s.start, end: s.end, label: TYPES[s.type]! }));
  }

  private lookup(buf: FeatureBuffer, rows: Int32Array): Int32Array {
    if (rows.length < buf.length) rows = new Int32Array(buf.length * 2);
    const t = this.table, h = buf.hashes;
    for (let k = 0; k < buf.length; k++) rows[k] = t.get(h[k]!);
    return rows;
  }

  private score(w: Int16Array, buf: FeatureBuffer, rows: Int32Array, n: number, reset: boolean): void {
    const emit = this.emit, off = buf.offsets, N = N_LABELS;
    if (reset) emit.fill(0, 0, n * N);
    for (let i = 0; i < n; i++) {
      const e = i * N;
      for (let k = off[i]!, end = off[i + 1]!; k < end; k++) {
        const r = rows[k]!;
        if (r < 0) continue;
        const base = r * N;
        for (let l = 0; l < N; l++) emit[e + l] += w[base + l]!;
      }
    }
  }

  private decode(doc: DocInput, trans: Float64Array, out: Uint8Array): void {
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!, b = doc.sentEnd[s]!;
      viterbi(this.emit.subarray(a * N_LABELS), a, b, trans, out);
    }
  }
}
