// Candidate pairs and their decisions. A candidate is two mentions of one
// sentence whose classes can hold a relation (not two organisations), at most
// MAX_GAP tokens apart (99% of CoNLL04's relations are closer); training and run
// time make the same candidates and the same features.
import { ContainedIn, pairFeatures, PairSentence, SentenceFeatures } from './features.ts';
import { canRelate, N_LABELS } from './labels.ts';
import { decide, RelationScorer, type RelationModel } from './model.ts';
import { confidenceOf, type PairExample } from './train.ts';
import type { LabelledSentence } from './conll04.ts';

export const MAX_GAP = 40;

/** Calls back each candidate pair (a < b) of a sentence. */
export function forEachCandidate(s: PairSentence, visit: (a: number, b: number) => void): void {
  const ms = s.mentions;
  for (let a = 0; a < ms.length; a++) {
    for (let b = a + 1; b < ms.length; b++) {
      if (ms[b]!.start - ms[a]!.end > MAX_GAP) break;
      if (canRelate(ms[a]!.coarse, ms[b]!.coarse)) visit(a, b);
    }
  }
}

/** Training examples of labelled sentences. */
export function examplesOf(sentences: LabelledSentence[], within?: ContainedIn): PairExample[] {
  const out: PairExample[] = [];
  const buf: number[] = [];
  for (const ls of sentences) {
    const s = ls.sentence, f = new SentenceFeatures(s), n = s.mentions.length;
    forEachCandidate(s, (a, b) => {
      buf.length = 0;
      pairFeatures(f, a, b, buf, within);
      out.push({ features: Uint32Array.from(buf), pairClass: s.mentions[a]!.coarse * 3 + s.mentions[b]!.coarse, label: ls.gold[a * n + b]! });
    });
  }
  return out;
}

/** One relation the model reads between mentions a < b of a sentence. */
export interface PairDecision {
  a: number;
  b: number;
  /** A relation label (never NONE). */
  label: number;
  /** Calibrated probability that the relation is right. */
  confidence: number;
}

export class RelationClassifier {
  private readonly scorer: RelationScorer;
  private readonly scores = new Float64Array(N_LABELS);
  private readonly buf: number[] = [];
  constructor(readonly model: RelationModel) {
    this.scorer = new RelationScorer(model);
  }

  /** The relations the model reads in a sentence, at or above its confidence threshold. */
  classify(s: PairSentence, within?: ContainedIn): PairDecision[] {
    const out: PairDecision[] = [];
    if (s.mentions.length < 2) return out;
    const f = new SentenceFeatures(s), m = this.model;
    forEachCandidate(s, (a, b) => {
      const buf = this.buf;
      buf.length = 0;
      pairFeatures(f, a, b, buf, within);
      this.scorer.score(buf, buf.length, this.scores);
      const d = decide(this.scores, s.mentions[a]!.coarse * 3 + s.mentions[b]!.coarse, m.scale);
      const confidence = confidenceOf(m.calibration, d.margin);
      if (confidence >= m.minConfidence) out.push({ a, b, label: d.label, confidence });
    });
    return out;
  }
}
