// Candidate pairs and their decisions. A candidate is two mentions of one
// sentence whose classes can hold a relation (not two organisations), at most
// MAX_GAP tokens apart (99% of CoNLL04's relations are closer) with at most
// MAX_BETWEEN other names between them; training and run time make the same
// candidates and the same features.
import { ContainedIn, FEATURE_SET, FeatureSink, pairFeatures, PairSentence, SentenceFeatures } from './features.ts';
import { canRelate, N_LABELS, typeOfLabel } from './labels.ts';
import { decide, scoreFeatures, type Decision, type RelationModel } from './model.ts';
import { confidenceOf, reported, type PairExample } from './train.ts';
import type { LabelledSentence } from './conll04.ts';

export const MAX_GAP = 40;
/** At most this many names between the two (99.8% of CoNLL04's relations; lists of names are not read pair by pair). */
export const MAX_BETWEEN = 4;

/** Calls back each candidate pair (a < b) of a sentence. */
export function forEachCandidate(s: PairSentence, visit: (a: number, b: number) => void): void {
  const ms = s.mentions;
  for (let a = 0; a < ms.length; a++) {
    for (let b = a + 1; b < ms.length; b++) {
      if (ms[b]!.start - ms[a]!.end > MAX_GAP || b - a - 1 > MAX_BETWEEN) break;
      if (canRelate(ms[a]!.coarse, ms[b]!.coarse)) visit(a, b);
    }
  }
}

/** Whether a sentence has a candidate pair: of one without, `classify` reads nothing (its parse included). */
export function hasCandidate(s: PairSentence): boolean {
  const ms = s.mentions;
  for (let a = 0; a < ms.length; a++) {
    for (let b = a + 1; b < ms.length; b++) {
      if (ms[b]!.start - ms[a]!.end > MAX_GAP || b - a - 1 > MAX_BETWEEN) break;
      if (canRelate(ms[a]!.coarse, ms[b]!.coarse)) return true;
    }
  }
  return false;
}

/** Training examples of labelled sentences. */
export function examplesOf(sentences: LabelledSentence[], within?: ContainedIn, featureSet = FEATURE_SET): PairExample[] {
  const out: PairExample[] = [];
  const buf = new FeatureSink();
  for (const ls of sentences) {
    const s = ls.sentence, f = new SentenceFeatures(s, featureSet), n = s.mentions.length;
    forEachCandidate(s, (a, b) => {
      buf.length = 0;
      pairFeatures(f, a, b, buf, within);
      out.push({ features: buf.hashes.slice(0, buf.length), pairClass: s.mentions[a]!.coarse * 3 + s.mentions[b]!.coarse, label: ls.gold[a * n + b]!, group: ls.item, runTime: ls.names === 'recognised' });
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
  private readonly scores = new Float64Array(N_LABELS);
  private readonly buf = new FeatureSink();
  private readonly pairs: number[] = [];
  private readonly sentence: SentenceFeatures;
  private readonly decision: Decision = { label: 0, margin: 0 };
  /** The model was trained with the parse's path features: only then is the parse worth reading. */
  readonly usesSyntax: boolean;
  constructor(readonly model: RelationModel) {
    this.usesSyntax = model.info.syntax === true;
    this.sentence = new SentenceFeatures(undefined, Number(model.info.featureSet ?? 1));
  }

  /** The relations the model reads in a sentence, at or above its confidence threshold. */
  classify(s: PairSentence, within?: ContainedIn): PairDecision[] {
    const out: PairDecision[] = [];
    if (s.mentions.length < 2) return out;
    // the sentence's per-token values are only computed when some pair can hold a relation
    const pairs = this.pairs;
    pairs.length = 0;
    forEachCandidate(s, (a, b) => { pairs.push(a, b); });
    if (!pairs.length) return out;
    const f = this.sentence.reset(s), m = this.model, buf = this.buf;
    for (let k = 0; k < pairs.length; k += 2) {
      const a = pairs[k]!, b = pairs[k + 1]!;
      buf.length = 0;
      pairFeatures(f, a, b, buf, within);
      scoreFeatures(m.table, buf.hashes, buf.length, this.scores);
      const d = decide(this.scores, s.mentions[a]!.coarse * 3 + s.mentions[b]!.coarse, m.scale, this.decision);
      const confidence = confidenceOf(m.calibration[typeOfLabel(d.label)]!, d.margin);
      if (reported(m, d.label, confidence)) out.push({ a, b, label: d.label, confidence });
    }
    return out;
  }
}
