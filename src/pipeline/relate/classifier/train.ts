// Training the relation classifier: a multi-class averaged perceptron (Collins
// 2002) over candidate pairs, each label restricted to the ones the pair's
// entity classes allow. Then Platt scaling of the decision margin per relation
// type (so `confidence` is a probability of being right) and each type's
// confidence threshold (the one that gives its best F1, never below the floors).
// Both are fitted on held-out decisions: by default each fold of the training
// pairs decided by a model trained on the other folds (the development pairs are
// then only measured); with `folds` 0, on the development pairs. Deterministic:
// the only randomness is the example order, drawn from a seeded generator.
import { seededRandom } from '../../../random.ts';
import { ALLOWED, N_LABELS, NONE, RELATION_TYPES, typeOfLabel, type RelationType } from './labels.ts';
import { decide, packRelationTable, scoreFeatures, sigmoid, type Calibration, type RelationModel } from './model.ts';

/** One candidate pair: its feature hashes, class pair (A * 3 + B) and gold label. */
export interface PairExample {
  features: Uint32Array;
  pairClass: number;
  label: number;
  /** The sentence (or item) the pair comes from: cross-validation keeps a group's pairs in one fold. */
  group?: number;
  /** The pair is over the recogniser's names, as run time gives them (calibration reads only these when there are any). */
  runTime?: boolean;
}

export interface TrainRelationsOptions {
  epochs: number;
  seed: number;
  /** The model is the mean of this many perceptrons trained on different orders of the pairs (less seed variance). */
  bags?: number;
  /** Features seen in fewer training pairs than this are left out of the model. */
  minCount?: number;
  /**
   * The lowest confidence threshold the model may ship with. The threshold that gives the best F1 on
   * the development split lets relations through that are more likely wrong than right (0.25-0.35 on
   * CoNLL04); reported relations are presented as facts, so by default they must be right more often
   * than not.
   */
  minConfidence?: number;
  /** A higher threshold for some types than `minConfidence` (see DEFAULT_TYPE_MIN_CONFIDENCE). */
  typeMinConfidence?: Partial<Record<RelationType, number>>;
  /**
   * Calibrate and choose the thresholds by cross-validation on the training pairs in this many folds
   * (by group): each fold's pairs are decided by a model trained on the other folds, and the Platt
   * scaling and each type's best-F1 threshold are fitted on those held-out decisions. The development
   * pairs are then only measured. 0 or 1: calibrate on the development pairs (the older way).
   */
  folds?: number;
  /**
   * With cross-validation, each type's threshold is at least the lowest one at which the held-out
   * relations of that type reported are right this often (0: no such bound).
   */
  targetPrecision?: number;
  /** The feature set to train with (features.ts FEATURE_SET by default); the model records it. */
  featureSet?: number;
  log?: (line: string) => void;
}

/**
 * Live_In is held to a higher bar. CoNLL04 annotates residence and nationality that wire copy of the
 * 1980s implies ("Marie Ferraro, 50, of Bethany"); on today's news a person named with a place is
 * mostly visiting it or speaking there, and at the shared threshold the model read residence into
 * visits ("the minister, in New Delhi on Tuesday"). At 0.8 it keeps the appositions and "of" phrases
 * it is sure of (CoNLL04 dev relation F1 0.33 -> 0.31).
 */
export const DEFAULT_TYPE_MIN_CONFIDENCE: Partial<Record<RelationType, number>> = { Live_In: 0.8 };

export const DEFAULT_RELATION_TRAIN_OPTIONS: TrainRelationsOptions = { epochs: 12, seed: 1, bags: 5, minConfidence: 0.5, typeMinConfidence: DEFAULT_TYPE_MIN_CONFIDENCE, folds: 5 };

export interface PRF { tp: number; pred: number; gold: number; p: number; r: number; f: number }
export interface RelationScores { all: PRF; byType: Record<string, PRF> }

export interface RelationTrainReport {
  rows: number;
  features: number;
  seconds: number;
  /** Scores on the calibration pairs at the chosen threshold (null without them). */
  dev: RelationScores | null;
  /** The threshold that gives the best F1 on the calibration decisions (the shipped one may be higher, see `minConfidence`). */
  bestThreshold: number | null;
  /** With cross-validation: each type's best-F1 threshold on the held-out training decisions (RELATION_TYPES order). */
  typeThresholds: number[] | null;
  /** With cross-validation: scores of the held-out training decisions at the shipped thresholds. */
  crossValidated: RelationScores | null;
}

/** Pairs to calibrate on, and how many gold relations no pair of them can carry (they count as missed). */
export interface CalibrationSet {
  examples: PairExample[];
  unreachable: number;
  /** The same by relation type (RELATION_TYPES order), where known. */
  unreachableByType?: number[];
}

/** Weights smaller than this fraction of the largest are dropped from the shipped model. */
const PRUNE = 1e-3;

/**
 * Train on `train`; calibrate and threshold by cross-validation over its groups when `opts.folds` > 1
 * (`trainUnreachableByType`: the gold relations of its run-time sentences no pair carries), else on `dev`.
 * `dev`, when given, is scored at the shipped thresholds.
 */
export function trainRelationModel(train: PairExample[], dev: CalibrationSet | null, opts: TrainRelationsOptions, info: Record<string, unknown> = {}, trainUnreachableByType?: number[]): { model: RelationModel; report: RelationTrainReport } {
  const t0 = performance.now();
  // features seen fewer than minCount times are left out: they cannot generalise, and a smaller
  // model stays in cache at run time
  const seen = new Map<number, number>();
  for (const ex of train) for (let k = 0; k < ex.features.length; k++) seen.set(ex.features[k]!, (seen.get(ex.features[k]!) ?? 0) + 1);
  const minCount = opts.minCount ?? 1;
  const index = new Map<number, number>();
  const hashes: number[] = [];
  const ids = train.map((ex) => {
    const out: number[] = [];
    for (let k = 0; k < ex.features.length; k++) {
      const h = ex.features[k]!;
      if (seen.get(h)! < minCount) continue;
      let id = index.get(h);
      if (id === undefined) { id = hashes.length; index.set(h, id); hashes.push(h); }
      out.push(id);
    }
    return Int32Array.from(out);
  });
  const F = hashes.length, N = N_LABELS;
  // the mean of `bags` averaged perceptrons, each trained on its own order of the pairs
  const bags = Math.max(1, opts.bags ?? 1);
  const w = new Float64Array(F * N);
  for (let bag = 0; bag < bags; bag++) {
    const one = trainPerceptron(train, ids, F, opts, opts.seed * 104729 + 17 + bag * 7919, bags > 1 ? `bag ${bag + 1}/${bags} ` : '');
    for (let k = 0; k < w.length; k++) w[k] += one[k]! / bags;
  }
  // pruned and quantised
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
  const scale = max > 0 ? max / 32767 : 1, cut = max * PRUNE;
  const rowHashes: number[] = [], counts: number[] = [], labels: number[] = [], values: number[] = [];
  for (let id = 0; id < F; id++) {
    let n = 0;
    for (let l = 0; l < N; l++) {
      const v = w[id * N + l]!;
      if (Math.abs(v) < cut) continue;
      const q = Math.round(v / scale);
      if (!q) continue;
      labels.push(l); values.push(q); n++;
    }
    if (n) { rowHashes.push(hashes[id]!); counts.push(n); }
  }
  const model: RelationModel = {
    table: packRelationTable(rowHashes, counts, labels, values),
    scale, calibration: RELATION_TYPES.map(() => ({ a: 1, b: 0 })), minConfidence: 0.5,
    typeMinConfidence: RELATION_TYPES.map((t) => opts.typeMinConfidence?.[t] ?? 0), info: { ...info, epochs: opts.epochs, seed: opts.seed, bags, trainPairs: train.length },
  };
  let devScores: RelationScores | null = null;
  let best: number | null = null, typeThresholds: number[] | null = null, crossValidated: RelationScores | null = null;
  const folds = opts.folds ?? 0;
  if (folds > 1) {
    const oof = heldOutDecisions(train, folds, opts);
    model.calibration = calibrateByType(oof);
    const probs = oof.map((d) => ({ ...d, p: confidenceOf(model.calibration[typeOfLabel(d.label)]!, d.margin) }));
    const unreachable = trainUnreachableByType ?? RELATION_TYPES.map(() => 0);
    best = bestThreshold(probs, unreachable.reduce((a, x) => a + x, 0));
    // each type's own best threshold: the other types' decisions and gold relations are left out
    typeThresholds = RELATION_TYPES.map((_, t) => bestThreshold(probs
      .map((d) => ({ label: typeOfLabel(d.label) === t ? d.label : NONE, gold: typeOfLabel(d.gold) === t ? d.gold : NONE, p: d.p }))
      .filter((d) => d.label !== NONE || d.gold !== NONE), unreachable[t]!));
    model.minConfidence = opts.minConfidence ?? 0;
    const target = opts.targetPrecision ?? 0;
    model.typeMinConfidence = RELATION_TYPES.map((t, k) => Math.max(opts.typeMinConfidence?.[t] ?? 0, typeThresholds![k]!, target > 0 ? precisionThreshold(probs.filter((d) => typeOfLabel(d.label) === k), target) : 0));
    crossValidated = scoreDecisions(probs.map((d) => ({ label: reported(model, d.label, d.p) ? d.label : NONE, gold: d.gold })), unreachable.reduce((a, x) => a + x, 0));
    model.info = { ...model.info, folds, heldOutPairs: oof.length, crossValidatedF1: round(crossValidated.all.f) };
    if (dev && dev.examples.length) {
      const decided = decideAll(model, dev.examples, scale);
      devScores = scoreDecisions(decided.map((d) => ({ label: reported(model, d.label, confidenceOf(model.calibration[typeOfLabel(d.label)]!, d.margin)) ? d.label : NONE, gold: d.gold })), dev.unreachable);
      model.info = { ...model.info, devPairs: dev.examples.length, devF1: round(devScores.all.f) };
    }
  } else if (dev && dev.examples.length) {
    const decided = decideAll(model, dev.examples, scale);
    model.calibration = calibrateByType(decided);
    const probs = decided.map((d) => ({ ...d, p: confidenceOf(model.calibration[typeOfLabel(d.label)]!, d.margin) }));
    best = bestThreshold(probs, dev.unreachable);
    model.minConfidence = Math.max(opts.minConfidence ?? 0, best);
    devScores = scoreDecisions(probs.map((d) => ({ label: reported(model, d.label, d.p) ? d.label : NONE, gold: d.gold })), dev.unreachable);
    model.info = { ...model.info, devPairs: dev.examples.length, devF1: round(devScores.all.f) };
  }
  return { model, report: { rows: rowHashes.length, features: F, seconds: (performance.now() - t0) / 1000, dev: devScores, bestThreshold: best, typeThresholds, crossValidated } };
}

/**
 * Decisions on the training pairs, each by a model that did not see its group: the pairs are split
 * into `folds` by group (group mod folds), and each fold is decided by a model trained on the others.
 * Only run-time pairs (over the recogniser's names) are decided when there are any: calibration
 * should see what run time sees.
 */
function heldOutDecisions(train: PairExample[], folds: number, opts: TrainRelationsOptions): Array<{ label: number; gold: number; margin: number }> {
  const anyRunTime = train.some((ex) => ex.runTime);
  const foldOf = (ex: PairExample, k: number) => (ex.group ?? k) % folds;
  const out: Array<{ label: number; gold: number; margin: number }> = [];
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((ex, k) => foldOf(ex, k) !== f);
    const held = train.filter((ex, k) => foldOf(ex, k) === f && (!anyRunTime || ex.runTime));
    if (!rest.length || !held.length) continue;
    const { model } = trainRelationModel(rest, null, { ...opts, folds: 0, log: undefined });
    opts.log?.(`fold ${f + 1}/${folds}: ${held.length} held-out pairs decided by a model of ${rest.length}`);
    for (const d of decideAll(model, held, model.scale)) out.push(d);
  }
  return out;
}

/** One averaged perceptron over the pairs (feature ids per pair), in an order drawn from `seed`. */
function trainPerceptron(train: PairExample[], ids: Int32Array[], F: number, opts: TrainRelationsOptions, seed: number, tag: string): Float64Array {
  const N = N_LABELS;
  const w = new Float64Array(F * N), u = new Float64Array(F * N);
  const scores = new Float64Array(N);
  const rand = seededRandom(seed);
  const order = train.map((_, k) => k);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); const t = order[k]!; order[k] = order[j]!; order[j] = t; }
    let errors = 0;
    for (const e of order) {
      const ex = train[e]!, f = ids[e]!, mask = ALLOWED[ex.pairClass]!;
      scores.fill(0);
      for (let k = 0; k < f.length; k++) { const base = f[k]! * N; for (let l = 0; l < N; l++) scores[l] += w[base + l]!; }
      let best = NONE;
      for (let l = 1; l < N; l++) if (mask & (1 << l) && scores[l]! > scores[best]!) best = l;
      if (best !== ex.label) {
        errors++;
        for (let k = 0; k < f.length; k++) {
          const base = f[k]! * N;
          w[base + ex.label]! += 1; u[base + ex.label]! += c;
          w[base + best]! -= 1; u[base + best]! -= c;
        }
      }
      c++;
    }
    opts.log?.(`${tag}epoch ${epoch + 1}/${opts.epochs}: ${errors} training errors of ${train.length} pairs`);
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - u[k]! / c;
  return w;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Whether a relation of this label and confidence is reported: at or above the model's threshold and its type's. */
export function reported(model: RelationModel, label: number, confidence: number): boolean {
  return label !== NONE && confidence >= model.minConfidence && confidence >= model.typeMinConfidence[typeOfLabel(label)]!;
}

/** Calibrated probability that a relation decided with this margin is right, rounded to two decimals. */
export function confidenceOf(cal: Calibration, margin: number): number {
  return Math.round(sigmoid(cal.a * margin + cal.b) * 100) / 100;
}

function decideAll(model: RelationModel, examples: PairExample[], scale: number): Array<{ label: number; gold: number; margin: number }> {
  const scores = new Float64Array(N_LABELS);
  return examples.map((ex) => {
    scoreFeatures(model.table, ex.features, ex.features.length, scores);
    const d = decide(scores, ex.pairClass, scale);
    return { label: d.label, gold: ex.label, margin: d.margin };
  });
}

/** Fewer decisions of a type than this, or no right or no wrong one, and the type is calibrated with all the others. */
const MIN_CALIBRATION_POINTS = 30;

/** Platt scaling per relation type: a margin means different odds for different types (few based-in pairs are right at a margin that is safe for works-for). */
function calibrateByType(decided: Array<{ label: number; gold: number; margin: number }>): Calibration[] {
  const points = (ds: typeof decided) => ds.map((d) => [d.margin, d.label === d.gold ? 1 : 0] as const);
  const all = fitPlatt(points(decided));
  return RELATION_TYPES.map((_, t) => {
    const mine = points(decided.filter((d) => typeOfLabel(d.label) === t));
    const right = mine.filter((p) => p[1] === 1).length;
    return mine.length >= MIN_CALIBRATION_POINTS && right > 0 && right < mine.length ? fitPlatt(mine) : all;
  });
}

/** Logistic regression of correctness on the margin (Newton's method, a little L2 so it always converges). */
export function fitPlatt(points: ReadonlyArray<readonly [number, number]>): Calibration {
  if (points.length < 2) return { a: 1, b: 0 };
  // scale margins to unit spread for conditioning
  let m2 = 0;
  for (const [x] of points) m2 += x * x;
  const s = Math.sqrt(m2 / points.length) || 1;
  let a = 1, b = 0;
  const L2 = 1e-3;
  for (let it = 0; it < 50; it++) {
    let ga = L2 * a, gb = 0, haa = L2, hab = 0, hbb = 1e-9;
    for (const [x0, y] of points) {
      const x = x0 / s, p = sigmoid(a * x + b), d = p * (1 - p);
      ga += (p - y) * x; gb += p - y;
      haa += d * x * x; hab += d * x; hbb += d;
    }
    const det = haa * hbb - hab * hab;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a: a / s, b };
}

/** The confidence threshold that maximises micro F1 over the decisions (ties: the lower threshold). */
function bestThreshold(ds: Array<{ label: number; gold: number; p: number }>, unreachable: number): number {
  const gold = ds.filter((d) => d.gold !== NONE).length + unreachable;
  const cands = ds.filter((d) => d.label !== NONE).sort((x, y) => y.p - x.p);
  let tp = 0, best = 0.5, bestF = -1;
  for (let k = 0; k < cands.length; k++) {
    if (cands[k]!.label === cands[k]!.gold) tp++;
    if (k + 1 < cands.length && cands[k + 1]!.p === cands[k]!.p) continue;
    const f = (2 * tp) / (k + 1 + gold);
    if (f > bestF) { bestF = f; best = cands[k]!.p; }
  }
  return best;
}

/** The lowest confidence at which the decisions at or above it are right at least `target` of the time (1 when none is). */
function precisionThreshold(ds: Array<{ label: number; gold: number; p: number }>, target: number): number {
  const sorted = ds.slice().sort((x, y) => y.p - x.p);
  let tp = 0, best = 1;
  for (let k = 0; k < sorted.length; k++) {
    if (sorted[k]!.label === sorted[k]!.gold) tp++;
    if (k + 1 < sorted.length && sorted[k + 1]!.p === sorted[k]!.p) continue;
    if (tp / (k + 1) >= target) best = sorted[k]!.p;
  }
  return best;
}

/** Micro and per-type scores of decisions; `unreachable` gold relations (of no type in particular) count as missed. */
export function scoreDecisions(ds: Array<{ label: number; gold: number }>, unreachable = 0): RelationScores {
  const mk = () => ({ tp: 0, pred: 0, gold: 0, p: 0, r: 0, f: 0 });
  const all = mk(), byType: Record<string, PRF> = Object.fromEntries(RELATION_TYPES.map((t) => [t, mk()]));
  all.gold += unreachable;
  for (const d of ds) {
    if (d.label !== NONE) { all.pred++; byType[RELATION_TYPES[typeOfLabel(d.label)]!]!.pred++; }
    if (d.gold !== NONE) { all.gold++; byType[RELATION_TYPES[typeOfLabel(d.gold)]!]!.gold++; }
    if (d.label !== NONE && d.label === d.gold) { all.tp++; byType[RELATION_TYPES[typeOfLabel(d.label)]!]!.tp++; }
  }
  for (const x of [all, ...Object.values(byType)]) {
    x.p = x.pred ? x.tp / x.pred : 0; x.r = x.gold ? x.tp / x.gold : 0; x.f = x.p + x.r ? (2 * x.p * x.r) / (x.p + x.r) : 0;
  }
  return { all, byType };
}

export function formatRelationScores(s: RelationScores): string {
  const one = (x: PRF) => `P=${x.p.toFixed(3)} R=${x.r.toFixed(3)} F1=${x.f.toFixed(3)}`;
  return `${one(s.all)} (${RELATION_TYPES.map((t) => `${t} ${s.byType[t]!.f.toFixed(2)}`).join(', ')})`;
}

/** Scores of a model on calibration-style pairs at its own threshold. */
export function evaluateRelationModel(model: RelationModel, set: CalibrationSet): RelationScores {
  const decided = decideAll(model, set.examples, model.scale);
  return scoreDecisions(decided.map((d) => ({ label: reported(model, d.label, confidenceOf(model.calibration[typeOfLabel(d.label)]!, d.margin)) ? d.label : NONE, gold: d.gold })), set.unreachable);
}
