// Training: an averaged structured perceptron (Collins 2002) over BILOU labels,
// in two stages. Stage-1 predictions used as stage-2 features on the training
// set come from jackknifing (each fold labelled by a model that never saw it),
// so stage 2 learns how far to trust stage 1 on unseen text. Deterministic:
// the only randomness is the sentence order, drawn from a seeded generator.
import { TYPES, N_LABELS, labelsToSpans, spansToLabels, type TokenSpan } from './labels.ts';
import { TRANS_SIZE, viterbi } from './decode.ts';
import { DocInput, FeatureBuffer, TokenInfo, computeTokenInfo, documentFeatures, localFeatures } from './features.ts';
import type { Lexicon } from './lexicon.ts';
import type { NerModel } from './model.ts';
import { goldSpans, type ConllDoc } from './conll.ts';
import { scoreSpans, formatScores, type Scores } from './evaluate.ts';
import { augmentTitleCase, DEFAULT_AUGMENT, type AugmentOptions } from './augment.ts';
import { seededRandom as rng } from '../../random.ts';
import { mix } from './hash.ts';

/** Salt of the source-conjoined copies of features (ConllDoc.domain). */
const DOMAIN_SALT = 0x2d0a11c3;

/** `buf` with each token's features followed by their copies conjoined with `domain` (recorded in `own`). */
function withDomain(buf: FeatureBuffer, n: number, domain: number, own: Set<number>): FeatureBuffer {
  const out = new FeatureBuffer();
  out.reset(n);
  for (let i = 0; i < n; i++) {
    out.offsets[i] = out.length;
    const a = buf.offsets[i]!, b = buf.offsets[i + 1]!;
    for (let k = a; k < b; k++) out.push(buf.hashes[k]!);
    for (let k = a; k < b; k++) { const h = mix(DOMAIN_SALT + domain, buf.hashes[k]!); own.add(h); out.push(h); }
  }
  out.offsets[n] = out.length;
  return out;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Jackknife folds for the stage-1 predictions stage 2 trains on. */
  folds: number;
  /** Final models are the mean of this many perceptrons trained on different sentence orders (less seed variance). */
  bags?: number;
  /** Title-case augmentation of the training sentences (see augment.ts). */
  augment?: AugmentOptions;
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 8, seed: 1, folds: 5, bags: 3 };


/** A feature list per token: ids[off[i]..off[i+1]] (ids < 0 are unknown features). */
interface Feats { ids: Int32Array; off: Int32Array }

interface PreparedDoc {
  input: DocInput;
  gold: Uint8Array;
  goldSpans: TokenSpan[];
  local: Feats;
  doc?: Feats;
  /** Update scale (ConllDoc.weight). */
  weight: number;
  stage2Only: boolean;
  domain: number;
}

/** Feature hash -> dense id; frozen indexes map unseen hashes to -1. */
class FeatureIndex {
  readonly ids = new Map<number, number>();
  readonly hashes: number[] = [];
  frozen = false;
  map(buf: FeatureBuffer, n: number): Feats {
    const ids = new Int32Array(buf.length);
    for (let k = 0; k < buf.length; k++) {
      const h = buf.hashes[k]!;
      let id = this.ids.get(h);
      if (id === undefined) {
        if (this.frozen) id = -1;
        else { id = this.hashes.length; this.ids.set(h, id); this.hashes.push(h); }
      }
      ids[k] = id;
    }
    return { ids, off: buf.offsets.slice(0, n + 1) };
  }
  get size(): number { return this.hashes.length; }
}

export function docInputFromConll(d: ConllDoc): { input: DocInput; gold: Uint8Array; goldSpans: TokenSpan[] } {
  const words: string[] = [], starts: number[] = [], ends: number[] = [];
  const spans: TokenSpan[] = [];
  for (const s of d.sentences) {
    const base = words.length;
    starts.push(base);
    words.push(...s.words);
    ends.push(words.length);
    for (const g of goldSpans(s.tags)) spans.push({ start: g.start + base, end: g.end + base, type: g.type });
  }
  return { input: { words, sentStart: starts, sentEnd: ends }, gold: spansToLabels(spans, words.length), goldSpans: spans };
}

class Perceptron {
  readonly w: Float32Array;
  readonly acc: Float32Array;
  readonly tw = new Float64Array(TRANS_SIZE);
  readonly tacc = new Float64Array(TRANS_SIZE);
  c = 1;
  constructor(readonly nFeat: number) {
    this.w = new Float32Array(nFeat * N_LABELS);
    this.acc = new Float32Array(nFeat * N_LABELS);
  }
  averaged(): { w: Float32Array; t: Float64Array } {
    const w = new Float32Array(this.w.length), t = new Float64Array(TRANS_SIZE);
    for (let k = 0; k < w.length; k++) w[k] = this.w[k]! - this.acc[k]! / this.c;
    for (let k = 0; k < TRANS_SIZE; k++) t[k] = this.tw[k]! - this.tacc[k]! / this.c;
    return { w, t };
  }
}

let emit = new Float64Array(0);

function scoreRange(w: Float32Array, lists: Feats[], a: number, b: number): Float64Array {
  const N = N_LABELS;
  const need = (b - a) * N;
  if (emit.length < need) emit = new Float64Array(need * 2);
  emit.fill(0, 0, need);
  for (const f of lists) {
    for (let i = a; i < b; i++) {
      const e = (i - a) * N;
      for (let k = f.off[i]!, end = f.off[i + 1]!; k < end; k++) {
        const id = f.ids[k]!;
        if (id < 0 || id * N >= w.length) continue;
        const base = id * N;
        for (let l = 0; l < N; l++) emit[e + l] += w[base + l]!;
      }
    }
  }
  return emit;
}

function trainPerceptron(docs: PreparedDoc[], nFeat: number, stage: 1 | 2, opts: TrainOptions, salt: number): Perceptron {
  const p = new Perceptron(nFeat);
  const N = N_LABELS;
  const sents: Array<[number, number, number]> = [];
  docs.forEach((d, di) => { for (let s = 0; s < d.input.sentStart.length; s++) sents.push([di, d.input.sentStart[s]!, d.input.sentEnd[s]!]); });
  const rand = rng(opts.seed * 7919 + salt);
  const START = N * N, END = START + N;
  const pred = new Uint8Array(Math.max(...docs.map((d) => d.gold.length), 1));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let k = sents.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); const t = sents[k]!; sents[k] = sents[j]!; sents[j] = t; }
    let errors = 0;
    for (const [di, a, b] of sents) {
      const d = docs[di]!;
      const lists = stage === 1 ? [d.local] : [d.local, d.doc!];
      const e = scoreRange(p.w, lists, a, b);
      viterbi(e, 0, 0, b - a, p.tw, pred);
      const gold = d.gold;
      let wrong = false;
      for (let i = a; i < b; i++) if (pred[i - a] !== gold[i]) { wrong = true; break; }
      if (wrong) {
        errors++;
        const c = p.c * d.weight, u = d.weight;
        for (let i = a; i < b; i++) {
          const g = gold[i]!, y = pred[i - a]!;
          if (g !== y) {
            for (const f of lists) {
              for (let k = f.off[i]!, end = f.off[i + 1]!; k < end; k++) {
                const id = f.ids[k]!;
                if (id < 0) continue;
                p.w[id * N + g] += u; p.acc[id * N + g] += c;
                p.w[id * N + y] -= u; p.acc[id * N + y] -= c;
              }
            }
          }
          const gp = i === a ? -1 : gold[i - 1]!, yp = i === a ? -1 : pred[i - 1 - a]!;
          if (gp !== yp || g !== y) {
            const gi = gp < 0 ? START + g : gp * N + g, yi = yp < 0 ? START + y : yp * N + y;
            p.tw[gi] += u; p.tacc[gi] += c; p.tw[yi] -= u; p.tacc[yi] -= c;
          }
        }
        const gl = gold[b - 1]!, yl = pred[b - 1 - a]!;
        if (gl !== yl) { p.tw[END + gl] += u; p.tacc[END + gl] += c; p.tw[END + yl] -= u; p.tacc[END + yl] -= c; }
      }
      p.c++;
    }
    opts.log?.(`  stage ${stage} epoch ${epoch + 1}/${opts.epochs}: ${errors} of ${sents.length} sentences wrong`);
  }
  return p;
}

/** Mean of the averaged weights of `opts.bags` perceptrons. */
function bagged(opts: TrainOptions, train: (bag: number) => Perceptron): { w: Float32Array; t: Float64Array } {
  const n = Math.max(1, opts.bags ?? 1);
  let sum: { w: Float32Array; t: Float64Array } | null = null;
  for (let b = 0; b < n; b++) {
    const m = train(b).averaged();
    if (!sum) { sum = m; continue; }
    for (let k = 0; k < m.w.length; k++) sum.w[k] += m.w[k]!;
    for (let k = 0; k < m.t.length; k++) sum.t[k] += m.t[k]!;
  }
  if (n > 1) { for (let k = 0; k < sum!.w.length; k++) sum!.w[k] /= n; for (let k = 0; k < sum!.t.length; k++) sum!.t[k] /= n; }
  return sum!;
}

function predict(d: PreparedDoc, w: Float32Array, t: Float64Array, stage: 1 | 2, out: Uint8Array): void {
  const lists = stage === 1 ? [d.local] : [d.local, d.doc!];
  for (let s = 0; s < d.input.sentStart.length; s++) {
    const a = d.input.sentStart[s]!, b = d.input.sentEnd[s]!;
    viterbi(scoreRange(w, lists, a, b), 0, a, b, t, out);
  }
}

function spansOf(d: PreparedDoc, y: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let s = 0; s < d.input.sentStart.length; s++) labelsToSpans(y, d.input.sentStart[s]!, d.input.sentEnd[s]!, out);
  return out;
}

export interface TrainReport {
  features: number;
  rows: number;
  dev1?: Scores;
  dev2?: Scores;
  seconds: number;
}

export function trainModel(train: ConllDoc[], dev: ConllDoc[] | null, lexicon: Lexicon, opts: TrainOptions): { model: NerModel; report: TrainReport } {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const index = new FeatureIndex();
  const own = new Set<number>(); // hashes of source-conjoined features, left out of the model
  const info = new TokenInfo();
  const buf = new FeatureBuffer();
  const prepare = (d: ConllDoc): PreparedDoc => {
    const p = docInputFromConll(d);
    computeTokenInfo(p.input, lexicon, info);
    localFeatures(p.input, info, buf);
    const n = p.input.words.length, domain = d.domain ?? 0;
    const local = index.map(domain ? withDomain(buf, n, domain, own) : buf, n);
    return { ...p, local, weight: d.weight ?? 1, stage2Only: d.stage2Only ?? false, domain };
  };
  const docs = augmentTitleCase(train, rng(opts.seed * 31 + 7), opts.augment ?? DEFAULT_AUGMENT).map(prepare);
  const nLocal = index.size;
  log(`features: ${nLocal} local feature hashes from ${docs.length} documents, ${docs.reduce((a, d) => a + d.gold.length, 0)} tokens`);

  // jackknifed stage-1 labels for the training documents
  // (documents only for stage 2 are in no fold: the full stage-1 model, which never saw them, labels them)
  const y1 = docs.map((d) => new Uint8Array(d.gold.length));
  const at1 = docs.flatMap((d, i) => (d.stage2Only ? [] : [i]));
  const docs1 = at1.map((i) => docs[i]!);
  for (let f = 0; f < opts.folds; f++) {
    const inFold = (i: number) => i % opts.folds === f;
    const p = trainPerceptron(docs1.filter((_, i) => !inFold(i)), nLocal, 1, { ...opts, log: undefined }, 100 + f);
    const avg = p.averaged();
    docs1.forEach((d, i) => { if (inFold(i)) predict(d, avg.w, avg.t, 1, y1[at1[i]!]!); });
    log(`  jackknife fold ${f + 1}/${opts.folds} done (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const m1 = bagged(opts, (b) => trainPerceptron(docs1, nLocal, 1, opts, 1 + 1000 * b));
  docs.forEach((d, i) => { if (d.stage2Only) predict(d, m1.w, m1.t, 1, y1[i]!); });

  // stage 2
  docs.forEach((d, i) => {
    computeTokenInfo(d.input, lexicon, info);
    documentFeatures(d.input, info, y1[i]!, buf);
    const n = d.input.words.length;
    d.doc = index.map(d.domain ? withDomain(buf, n, d.domain, own) : buf, n);
  });
  const nAll = index.size;
  log(`stage 2: ${nAll - nLocal} document feature hashes`);
  const m2 = bagged(opts, (b) => trainPerceptron(docs, nAll, 2, opts, 2 + 1000 * b));

  const report: TrainReport = { features: nAll, rows: 0, seconds: 0 };
  if (dev) {
    index.frozen = true;
    const devDocs = dev.map(prepare);
    const g = devDocs.map((d) => d.goldSpans);
    const pred1: TokenSpan[][] = [], pred2: TokenSpan[][] = [];
    for (const d of devDocs) {
      const a = new Uint8Array(d.gold.length), b = new Uint8Array(d.gold.length);
      predict(d, m1.w, m1.t, 1, a);
      computeTokenInfo(d.input, lexicon, info);
      documentFeatures(d.input, info, a, buf);
      d.doc = index.map(buf, d.input.words.length);
      predict(d, m2.w, m2.t, 2, b);
      pred1.push(spansOf(d, a));
      pred2.push(spansOf(d, b));
    }
    report.dev1 = scoreSpans(g, pred1);
    report.dev2 = scoreSpans(g, pred2);
    log(`dev stage 1: ${formatScores(report.dev1)}`);
    log(`dev stage 2: ${formatScores(report.dev2)}`);
  }

  const model = quantise(index.hashes, nLocal, m1, m2, lexicon, own);
  report.rows = model.hashes.length;
  report.seconds = (performance.now() - t0) / 1000;
  model.info = {
    tagger: 'two-stage averaged perceptron, BILOU, Viterbi',
    epochs: opts.epochs, seed: opts.seed, folds: opts.folds, bags: opts.bags ?? 1, features: nAll, rows: report.rows,
    ...(report.dev2 ? { devF1: Number(report.dev2.all.f.toFixed(4)), devStage1F1: Number(report.dev1!.all.f.toFixed(4)) } : {}),
    types: TYPES,
  };
  return { model, report };
}

/** int16 weights, rows with any non-zero weight kept, sorted by hash for a deterministic file. */
function quantise(hashes: number[], nLocal: number, m1: { w: Float32Array; t: Float64Array }, m2: { w: Float32Array; t: Float64Array }, lexicon: Lexicon, own: Set<number>): NerModel {
  const N = N_LABELS;
  const maxAbs = (w: Float32Array) => { let m = 0; for (let k = 0; k < w.length; k++) { const v = Math.abs(w[k]!); if (v > m) m = v; } return m || 1; };
  const scale1 = maxAbs(m1.w) / 32767, scale2 = maxAbs(m2.w) / 32767;
  const keep: number[] = [];
  for (let id = 0; id < hashes.length; id++) {
    if (own.has(hashes[id]!)) continue;
    let any = false;
    for (let l = 0; l < N && !any; l++) {
      if (id < nLocal && Math.round(m1.w[id * N + l]! / scale1) !== 0) any = true;
      if (Math.round(m2.w[id * N + l]! / scale2) !== 0) any = true;
    }
    if (any) keep.push(id);
  }
  keep.sort((a, b) => hashes[a]! - hashes[b]!);
  const R = keep.length;
  const out = { hashes: new Uint32Array(R), w1: new Int16Array(R * N), w2: new Int16Array(R * N) };
  keep.forEach((id, r) => {
    out.hashes[r] = hashes[id]!;
    for (let l = 0; l < N; l++) {
      if (id < nLocal) out.w1[r * N + l] = Math.round(m1.w[id * N + l]! / scale1);
      out.w2[r * N + l] = Math.round(m2.w[id * N + l]! / scale2);
    }
  });
  return { ...out, scale1, scale2, trans1: Float32Array.from(m1.t), trans2: Float32Array.from(m2.t), lexicon, info: {} };
}
