// Training the tagger and the parser on a treebank. The tagger is an averaged
// perceptron trained left to right on its own earlier predictions. The parser
// trains on tags predicted by taggers that never saw the sentence (jackknifing),
// so it learns to live with tagging errors as it will meet them. It learns
// from the dynamic oracle: at every state, the allowed moves that lose the
// fewest gold arcs are right; after the first epoch it follows its own choice
// even when wrong (exploration), so it also learns to recover from mistakes.
// Relations are a second classifier, asked when an arc is made. The only
// randomness is a seeded generator, so the same data and seed give the same model.
import { UPOS_TAGS } from '../../types.ts';
import { seededRandom } from '../../random.ts';
import { moveCosts, N_MOVES } from './arc-eager.ts';
import type { ConlluSentence } from './conllu.ts';
import { RETAG_MARGIN_SHARE, Scratch, tagSentence, type ParseWeights, type Weights } from './decode.ts';
import { BeamScratch, movesOf, parseTagged, trainSentenceBeam, type BeamUpdate, type LabelFn } from './beam.ts';
import { WordAtoms, normalizeForm, type WordClassTable } from './lexical.ts';
import type { ParserModel } from './model.ts';
import { labelFeatures, MAX_PARSE_FEATURES, moveFeatures, type SentenceAtoms } from './parse-features.ts';
import type { ArcEager } from './arc-eager.ts';
import { AveragedPerceptron, FrozenWeights } from './perceptron.ts';
import { PunctScratch, rankPunctuation } from './punct-attach.ts';
import { MoveTable, SparseTable } from './tables.ts';
import { MAX_CLASSES, type SparseRows } from './tables.ts';
import { NO_TAG, tagFeatures, tagRightFeatures } from './tag-features.ts';

export interface ParserTrainOptions {
  /** Passes of the parser over the training data (the best epoch on dev is kept when there is a dev set). */
  epochs: number;
  seed: number;
  /** Tagger passes. */
  tagEpochs: number;
  /** Jackknife folds for the tags the parser trains on (1: train on gold tags). */
  folds: number;
  /** Probability of following the model's own (wrong) move from the second epoch on. */
  explore: number;
  /** 2: a second tagging pass that also sees the first pass's tags to the right. */
  tagPasses?: 1 | 2;
  /** Passes of the punctuation ranker (0: none; the parser's punctuation heads stand). */
  punctEpochs?: number;
  /** Word classes learned from unlabeled text (word-classes.ts), read by tagger and parser features; shipped in the model. */
  wordClasses?: WordClassTable;
  /**
   * States kept at every step (beam.ts): 1 is the greedy parser trained move by move; k > 1 trains
   * whole move sequences with a beam of k (structured perceptron) and the model decodes with it.
   */
  beam?: number;
  /** The beam's update (k > 1): at the step of largest violation (default) or where the reference falls off the beam. */
  beamUpdate?: BeamUpdate;
  log?: (line: string) => void;
}

export const DEFAULT_PARSER_TRAIN_OPTIONS: ParserTrainOptions = { epochs: 30, seed: 1, tagEpochs: 8, folds: 5, explore: 0.9, tagPasses: 2, punctEpochs: 4 };

/** Tag dictionary thresholds: words seen this often with one tag this much of the time. */
const DICT_MIN_COUNT = 20, DICT_MIN_SHARE = 0.97;

export interface TrainSentence {
  forms: string[];
  /** Gold tag per word. */
  tags: Int32Array;
  /** Gold head per word, n for the root. */
  heads: Int32Array;
  labels: Int32Array;
  /** Gold dependents of each word, CSR (depStart has n + 2 entries). */
  depStart: Int32Array;
  depList: Int32Array;
}

export class TrainDataError extends Error {}

export interface ParseScores { upos: number; uas: number; las: number; words: number }

export interface ParserTrainReport {
  tagFeatures: number;
  moveFeatures: number;
  labelFeatures: number;
  bestEpoch: number;
  dev?: ParseScores;
  seconds: number;
}

export function toTrainSentences(data: ConlluSentence[], labelIndex: Map<string, number>): TrainSentence[] {
  const tagIndex = new Map(UPOS_TAGS.map((t, i) => [t as string, i]));
  return data.map((s) => {
    const n = s.words.length;
    const tags = new Int32Array(n), heads = new Int32Array(n), labels = new Int32Array(n);
    const depCount = new Int32Array(n + 2);
    s.words.forEach((w, i) => {
      const t = tagIndex.get(w.upos);
      if (t === undefined) throw new TrainDataError(`line ${w.line}: UPOS "${w.upos}" is not one of the 17 UD tags`);
      tags[i] = t;
      heads[i] = w.head === 0 ? n : w.head - 1;
      labels[i] = labelIndex.get(w.deprel) ?? -1; // -1: a relation only the dev data has, scored as wrong
      depCount[heads[i]! + 1]!++;
    });
    const depStart = new Int32Array(n + 2);
    for (let i = 1; i < n + 2; i++) depStart[i] = depStart[i - 1]! + depCount[i]!;
    const fill = depStart.slice(0, n + 1), depList = new Int32Array(n);
    for (let i = 0; i < n; i++) depList[fill[heads[i]!]!++] = i;
    return { forms: s.words.map((w) => w.form), tags, heads, labels, depStart, depList };
  });
}

function shuffle<T>(a: T[], rand: () => number): void {
  for (let k = a.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); const t = a[k]!; a[k] = a[j]!; a[j] = t; }
}

/** Frequent, unambiguous words (exact normalised form) -> their tag. Sorted for a stable file. */
export function buildTagDict(sents: TrainSentence[]): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const s of sents) s.forms.forEach((f, i) => {
    const k = normalizeForm(f);
    let c = counts.get(k);
    if (!c) counts.set(k, (c = new Int32Array(UPOS_TAGS.length)));
    c[s.tags[i]!]!++;
  });
  const out = new Map<string, number>();
  for (const k of [...counts.keys()].sort()) {
    const c = counts.get(k)!;
    let total = 0, best = 0;
    for (let t = 0; t < c.length; t++) { total += c[t]!; if (c[t]! > c[best]!) best = t; }
    if (total >= DICT_MIN_COUNT && c[best]! / total >= DICT_MIN_SHARE) out.set(k, best);
  }
  return out;
}

/** `right`: first-pass tags of each sentence, to train the second pass on (null: the first pass). */
export function trainTagger(sents: TrainSentence[], dict: Map<string, number>, epochs: number, seed: number, right: Int32Array[] | null = null, classes: WordClassTable = new Map()): AveragedPerceptron {
  const K = UPOS_TAGS.length;
  const p = new AveragedPerceptron(K, 1 << 18);
  const a = new WordAtoms(classes);
  const buf = new Int32Array(64), scores = new Float64Array(K);
  const order = sents.map((_, i) => i);
  const rand = seededRandom(seed);
  let pred = new Int32Array(256);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    for (const si of order) {
      const s = sents[si]!, r = right?.[si];
      a.set(s.forms);
      if (pred.length < a.n) pred = new Int32Array(a.n * 2);
      for (let i = 0; i < a.n; i++) {
        const known = dict.get(a.formText[i]!);
        if (known !== undefined) { pred[i] = known; continue; }
        const p1 = i > 0 ? pred[i - 1]! : NO_TAG;
        let k = tagFeatures(a, i, p1, i > 1 ? pred[i - 2]! : NO_TAG, buf);
        if (r) k = tagRightFeatures(a, i, p1, i + 1 < a.n ? r[i + 1]! : NO_TAG, i + 2 < a.n ? r[i + 2]! : NO_TAG, buf, k);
        scores.fill(0);
        p.score(buf, k, scores);
        let y = 0;
        for (let c = 1; c < K; c++) if (scores[c]! > scores[y]!) y = c;
        const g = s.tags[i]!;
        if (y !== g) p.update(buf, k, g, y);
        p.tick();
        pred[i] = y;
      }
    }
  }
  return p;
}

/** The second pass's re-tagging threshold in the units of unquantised first-pass weights. */
function retagMargin(tagger: FrozenWeights): number {
  return RETAG_MARGIN_SHARE * maxAbs(tagger.w);
}

export function frozenTagger(p: AveragedPerceptron): FrozenWeights {
  return new FrozenWeights(p.index, p.averaged(), p.classes);
}

/** Predicted tags of `sents` with the given tagger weights. */
export function tagAll(sents: TrainSentence[], dict: Map<string, number>, tagger: FrozenWeights, tagger2?: FrozenWeights, classes: WordClassTable = new Map()): Int32Array[] {
  const w: Weights = { tagDict: dict, tagger, ...(tagger2 ? { tagger2, retagMargin: retagMargin(tagger) } : {}), nTags: UPOS_TAGS.length, moves: tagger, labeller: tagger, nLabels: 0, root: -1 };
  const a = new WordAtoms(classes), x = new Scratch();
  return sents.map((s) => {
    a.set(s.forms);
    const out = new Int32Array(a.n);
    tagSentence(a, w, out, x);
    return out;
  });
}

/** UPOS, UAS and LAS (relation compared on its universal part, as eval-ud does). */
function evaluate(sents: TrainSentence[], tags: Int32Array[], w: ParseWeights, labels: string[], classes: WordClassTable, beam = 1): ParseScores {
  const a = new WordAtoms(classes), x = new Scratch(), bx = new BeamScratch();
  const universal = labels.map((l) => l.split(':')[0]!);
  let words = 0, upos = 0, uas = 0, las = 0;
  sents.forEach((s, si) => {
    a.set(s.forms);
    const t = tags[si]!;
    const st = parseTagged(x.atoms(a, t), a.n, w, x, bx, beam);
    for (let i = 0; i < a.n; i++) {
      words++;
      if (t[i] === s.tags[i]) upos++;
      if (st.head[i] === s.heads[i]) {
        uas++;
        if (s.labels[i]! >= 0 && universal[st.label[i]!] === universal[s.labels[i]!]) las++;
      }
    }
  });
  return { upos: upos / words, uas: uas / words, las: las / words, words };
}

/** The taggers of the model and the tags the parser stage learns from and is scored on. */
export interface TagStage {
  dict: Map<string, number>;
  /** The two passes' averaged weights (the second absent with one pass). */
  tagger: FrozenWeights;
  tagger2?: FrozenWeights;
  /** Jackknifed tags of every training sentence (gold tags when there are no folds). */
  trainTags: Int32Array[];
  /** The model's tags of every dev sentence. */
  devTags: Int32Array[];
}

/** The parser stage's result: the move and relation classifiers, and the epoch kept. */
export interface ArcStage {
  moves: AveragedPerceptron;
  labeller: AveragedPerceptron;
  best: { epoch: number; moves: Float32Array; labels: Float32Array; dev?: ParseScores };
}

/** Relation inventory of the training data, sorted so the file does not depend on sentence order. */
export function relationNames(trainData: ConlluSentence[]): string[] {
  const names = [...new Set(trainData.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  if (!names.includes('root')) names.push('root');
  if (names.length > Math.min(64, MAX_CLASSES)) throw new TrainDataError(`the training data has ${names.length} relations; the parser handles at most 64`);
  return names;
}

export function trainParser(trainData: ConlluSentence[], devData: ConlluSentence[] | null, opts: ParserTrainOptions): { model: ParserModel; report: ParserTrainReport } {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const names = relationNames(trainData);
  const classes = opts.wordClasses ?? new Map<string, number>();
  const labelIndex = new Map(names.map((l, i) => [l, i]));
  const train = toTrainSentences(trainData, labelIndex);
  const dev = devData ? toTrainSentences(devData, labelIndex) : null;
  const words = train.reduce((n, s) => n + s.forms.length, 0);
  log(`training data: ${train.length} sentences, ${words} words, ${names.length} relations`);
  const tags = trainTagStage(train, dev, opts, t0);
  const { moves, labeller, best } = trainArcStage(train, tags.trainTags, dev, tags.devTags, names, opts, t0);
  const { dict, tagger, tagger2 } = tags;
  const movesQ = quantiseDense(moves.index.hashes, best.moves, N_MOVES);
  const labellerQ = quantiseSparse(labeller.index.hashes, best.labels, names.length);
  const arcWeights: ParseWeights = { moves: new MoveTable(movesQ.hashes, movesQ.weights), labeller: new SparseTable(labellerQ), nLabels: names.length, root: names.indexOf('root') };
  const punctEpochs = opts.punctEpochs ?? 0;
  const beam = opts.beam ?? 1;
  const punct = punctEpochs > 0 ? quantiseSparse(...trainPunctStage(train, tags.trainTags, names, arcWeights, punctEpochs, opts.seed, classes, beam), 1) : undefined;
  if (punct && dev) {
    best.dev = evaluate(dev, tags.devTags, { ...arcWeights, punct: new SparseTable(punct), punctLabel: names.indexOf('punct') }, names, classes, beam);
    log(`punctuation ranker: ${punct.hashes.length} features; dev UAS ${best.dev.uas.toFixed(4)} LAS ${best.dev.las.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }

  const model: ParserModel = {
    tags: [...UPOS_TAGS], labels: names, tagDict: Object.fromEntries(dict),
    tagger: quantiseSparse(tagger.index.hashes, tagger.w, UPOS_TAGS.length),
    ...(tagger2 ? { tagger2: quantiseSparse(tagger2.index.hashes, tagger2.w, UPOS_TAGS.length), retagMargin: Math.round(RETAG_MARGIN_SHARE * 32767) } : {}),
    ...(beam > 1 ? { beam } : {}),
    moves: movesQ, labeller: labellerQ, ...(punct ? { punct } : {}),
    ...(classes.size ? { wordClasses: Object.fromEntries([...classes].sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))) } : {}),
    info: {},
  };
  const report: ParserTrainReport = {
    tagFeatures: model.tagger.hashes.length, moveFeatures: model.moves.hashes.length, labelFeatures: model.labeller.hashes.length,
    bestEpoch: best.epoch + 1, ...(best.dev ? { dev: best.dev } : {}), seconds: (performance.now() - t0) / 1000,
  };
  model.info = {
    parser: beam > 1
      ? `averaged perceptron tagger; arc-eager parser with a beam of ${beam}, structured perceptron (${opts.beamUpdate ?? 'max-violation'} update, dynamic-oracle reference); relation classifier per arc; punctuation re-attached by a ranker`
      : 'averaged perceptron tagger; greedy arc-eager parser, dynamic oracle with exploration; relation classifier per arc; punctuation re-attached by a ranker',
    ...(beam > 1 ? { beam, beamUpdate: opts.beamUpdate ?? 'max-violation' } : {}),
    epochs: opts.epochs, punctEpochs, bestEpoch: report.bestEpoch, seed: opts.seed, tagEpochs: opts.tagEpochs, tagPasses: opts.tagPasses ?? 1, folds: opts.folds, explore: opts.explore,
    trainSentences: train.length, trainWords: words,
    ...(best.dev ? { devUPOS: round4(best.dev.upos), devUAS: round4(best.dev.uas), devLAS: round4(best.dev.las) } : {}),
  };
  return { model, report };
}

/**
 * The jackknife fold of training sentence i of n: contiguous blocks, so a held-out fold's
 * documents are unseen by its tagger as the development split's are (treebank sentences come in
 * document order; interleaved folds let the names and rare words of a document leak into the
 * tagger from its neighbouring sentences, and the parser learned from tags better than it meets).
 */
export function jackknifeFold(i: number, n: number, folds: number): number {
  return Math.floor((i * folds) / n);
}

/**
 * The taggers, and jackknifed tags: first-pass tags of every training sentence from a tagger
 * that did not see it (what the second pass learns to read), then both passes' tags from
 * taggers that did not see it (what the parser learns from).
 */
export function trainTagStage(train: TrainSentence[], dev: TrainSentence[] | null, opts: ParserTrainOptions, t0 = performance.now()): TagStage {
  const log = opts.log ?? (() => {});
  const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
  const words = train.reduce((n, s) => n + s.forms.length, 0);
  const dict = buildTagDict(train);
  const classes = opts.wordClasses ?? new Map<string, number>();
  const twoPass = opts.tagPasses === 2;
  const gold = train.map((s) => s.tags);
  const folds = opts.folds > 1 ? opts.folds : 0;
  const foldOf = (i: number) => jackknifeFold(i, train.length, folds);
  const inFold = (f: number) => train.map((_, i) => i).filter((i) => foldOf(i) === f);
  const notInFold = (f: number) => train.map((_, i) => i).filter((i) => foldOf(i) !== f);
  const pick = <T>(a: T[], idx: number[]) => idx.map((i) => a[i]!);
  const firstPass = gold.slice(), jackknifed = gold.slice();
  const foldTaggers: FrozenWeights[] = [];
  for (let f = 0; f < folds; f++) {
    const tagger = frozenTagger(trainTagger(pick(train, notInFold(f)), dict, opts.tagEpochs, opts.seed * 31 + f, null, classes));
    foldTaggers.push(tagger);
    tagAll(pick(train, inFold(f)), dict, tagger, undefined, classes).forEach((t, k) => { firstPass[inFold(f)[k]!] = t; });
    log(`  tagger fold ${f + 1}/${folds}${twoPass ? ', first pass' : ''} (${secs()} s)`);
  }
  for (let f = 0; f < folds; f++) {
    const second = twoPass ? frozenTagger(trainTagger(pick(train, notInFold(f)), dict, opts.tagEpochs, opts.seed * 37 + f, pick(firstPass, notInFold(f)), classes)) : undefined;
    tagAll(pick(train, inFold(f)), dict, foldTaggers[f]!, second, classes).forEach((t, k) => { jackknifed[inFold(f)[k]!] = t; });
    if (twoPass) log(`  tagger fold ${f + 1}/${folds}, second pass (${secs()} s)`);
  }
  if (folds) {
    let right = 0;
    train.forEach((s, i) => { for (let k = 0; k < s.tags.length; k++) if (jackknifed[i]![k] === s.tags[k]) right++; });
    log(`jackknifed tags: ${(right / words).toFixed(4)} accurate`);
  }
  const taggerP = trainTagger(train, dict, opts.tagEpochs, opts.seed, null, classes);
  const tagger = frozenTagger(taggerP);
  const tagger2P = twoPass ? trainTagger(train, dict, opts.tagEpochs, opts.seed + 1, firstPass, classes) : null;
  const tagger2 = tagger2P ? frozenTagger(tagger2P) : undefined;
  const devTags = dev ? tagAll(dev, dict, tagger, tagger2, classes) : [];
  log(`tagger: ${taggerP.index.size}${tagger2P ? ` + ${tagger2P.index.size}` : ''} features, ${dict.size} dictionary words (${secs()} s)`);

  return { dict, tagger, ...(tagger2 ? { tagger2 } : {}), trainTags: jackknifed, devTags };
}

/** The move and relation classifiers, trained on the tags given (jackknifed); the epoch best on dev is kept. */
export function trainArcStage(train: TrainSentence[], jackknifed: Int32Array[], dev: TrainSentence[] | null, devTags: Int32Array[], names: string[], opts: ParserTrainOptions, t0 = performance.now()): ArcStage {
  const log = opts.log ?? (() => {});
  const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
  const root = names.indexOf('root');
  const moves = new AveragedPerceptron(N_MOVES, 1 << 20);
  const labeller = new AveragedPerceptron(names.length, 1 << 18);
  const rand = seededRandom(opts.seed * 7919 + 17);
  const classes = opts.wordClasses ?? new Map<string, number>();
  const a = new WordAtoms(classes), x = new Scratch();
  const costs = new Int32Array(N_MOVES), scores = new Float64Array(N_MOVES), lscores = new Float64Array(names.length);
  const order = train.map((_, i) => i);
  let best: { epoch: number; moves: Float32Array; labels: Float32Array; dev?: ParseScores } | null = null;
  const weightsOf = (mv: Float32Array, lb: Float32Array): ParseWeights => ({
    moves: new FrozenWeights(moves.index, mv, N_MOVES), labeller: new FrozenWeights(labeller.index, lb, names.length), nLabels: names.length, root,
  });
  /** The relation the labeller gives head h -> word d (a word), learning from it when h is d's gold head. */
  const learnLabel = (s: TrainSentence | null, h: number, d: number, st: ArcEager = x.st): number => {
    const k = labelFeatures(st, x.sa, h, d, x.buf);
    lscores.fill(0);
    labeller.score(x.buf, k, lscores);
    let y = -1;
    for (let c = 0; c < names.length; c++) if (c !== root && (y < 0 || lscores[c]! > lscores[y]!)) y = c;
    if (s && s.heads[d] === h) {
      const g = s.labels[d]!;
      if (g !== y && g !== root) labeller.update(x.buf, k, g, y);
      labeller.tick();
    }
    return y;
  };
  const beam = opts.beam ?? 1, bx = new BeamScratch(), beamBuf = new Int32Array(MAX_PARSE_FEATURES);
  const learner = { moves, nudge: (b: Int32Array, k: number, m: number, d: number) => moves.nudge(b, k, m, d) };
  /** The beam's relations: the labeller's choice for the state's new arc, nothing learned. */
  const beamLabel: LabelFn = (st, _sa, h, d) => (h === st.n ? root : learnLabel(null, h, d, st));
  /** One sentence with the beam: the move update, then the relations learned along the reference. */
  const beamSentence = (s: TrainSentence, sa: SentenceAtoms, n: number): boolean => {
    const { reference, updated } = trainSentenceBeam(sa, n, s, learner, beamLabel, beamBuf, bx, beam, opts.beamUpdate ?? 'max-violation');
    moves.tick();
    const st = x.st;
    st.reset(n);
    for (const m of movesOf(bx, reference)) {
      const h = st.arcHead(m);
      st.apply(m, h < 0 ? -1 : h === n ? root : learnLabel(s, h, st.arcDep(m)));
    }
    return updated;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rand);
    const explore = epoch > 0 ? opts.explore : 0;
    let decisions = 0, mistakes = 0;
    for (const si of order) {
      const s = train[si]!;
      a.set(s.forms);
      const sa = x.atoms(a, jackknifed[si]!);
      const st = x.st, buf = x.buf, n = a.n;
      if (beam > 1) {
        decisions++;
        if (beamSentence(s, sa, n)) mistakes++;
        continue;
      }
      st.reset(n);
      while (!st.done) {
        const valid = st.validMoves();
        let move: number;
        if ((valid & (valid - 1)) === 0) move = 31 - Math.clz32(valid);
        else {
          const k = moveFeatures(st, sa, buf);
          scores.fill(0);
          moves.score(buf, k, scores);
          moveCosts(st, valid, s.heads, s.depStart, s.depList, costs);
          let pred = -1, good = -1, minCost = 1 << 30;
          for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && costs[m]! < minCost) minCost = costs[m]!;
          for (let m = 0; m < N_MOVES; m++) {
            if (!(valid & (1 << m))) continue;
            if (pred < 0 || scores[m]! > scores[pred]!) pred = m;
            if (costs[m] === minCost && (good < 0 || scores[m]! > scores[good]!)) good = m;
          }
          decisions++;
          if (costs[pred]! > minCost) {
            mistakes++;
            moves.update(buf, k, good, pred);
            move = rand() < explore ? pred : good;
          } else move = pred;
          moves.tick();
        }
        const h = st.arcHead(move);
        st.apply(move, h < 0 ? -1 : h === n ? root : learnLabel(s, h, st.arcDep(move)));
      }
    }
    const mv = moves.averaged(), lb = labeller.averaged();
    let line = `  epoch ${epoch + 1}/${opts.epochs}: ${mistakes} of ${decisions} ${beam > 1 ? 'sentences updated' : 'moves wrong'}, ${moves.index.size} move and ${labeller.index.size} relation features`;
    if (dev) {
      const sc = evaluate(dev, devTags, weightsOf(mv, lb), names, classes, beam);
      line += `; dev UPOS ${sc.upos.toFixed(4)} UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)}`;
      if (!best || sc.las > best.dev!.las) best = { epoch, moves: mv, labels: lb, dev: sc };
    } else best = { epoch, moves: mv, labels: lb };
    log(`${line} (${secs()} s)`);
  }
  if (!best) throw new TrainDataError('no epochs were run');
  return { moves, labeller, best };
}

/**
 * The punctuation ranker (punct-attach.ts), trained on two trees of every training sentence:
 * the gold one, and the one the finished parser gives on the jackknifed tags (closer to what it
 * will meet, though the parser has seen these sentences). Returns its hashes and weights.
 */
export function trainPunctStage(train: TrainSentence[], tags: Int32Array[], names: string[], w: ParseWeights, epochs: number, seed: number, classes: WordClassTable = new Map(), beam = 1): [Uint32Array, Float32Array] {
  const punctLabel = names.indexOf('punct');
  const ranker = new AveragedPerceptron(1, 1 << 15);
  if (punctLabel < 0) return [ranker.index.hashes, ranker.averaged()];
  const a = new WordAtoms(classes), x = new Scratch(), px = new PunctScratch(), bx = new BeamScratch();
  const parsed = train.map((s, si) => {
    a.set(s.forms);
    const st = parseTagged(x.atoms(a, tags[si]!), a.n, w, x, bx, beam);
    return { head: st.head.slice(0, a.n + 1), label: st.label.slice(0, a.n + 1) };
  });
  const learn = (g: Int32Array, kg: number, b: Int32Array, kb: number) => { ranker.nudge(g, kg, 0, 1); ranker.nudge(b, kb, 0, -1); };
  const tick = () => ranker.tick();
  const order = train.map((_, i) => i);
  const rand = seededRandom(seed * 104729 + 3);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    for (const si of order) {
      const s = train[si]!;
      a.set(s.forms);
      const sa = x.atoms(a, tags[si]!);
      rankPunctuation(s.heads.slice(), s.heads, s.labels, a.n, sa, punctLabel, ranker, px, learn, tick);
      rankPunctuation(parsed[si]!.head.slice(), s.heads, parsed[si]!.label, a.n, sa, punctLabel, ranker, px, learn, tick);
    }
  }
  return [ranker.index.hashes, ranker.averaged()];
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

function maxAbs(w: Float32Array): number {
  let m = 0;
  for (let k = 0; k < w.length; k++) { const v = Math.abs(w[k]!); if (v > m) m = v; }
  return m || 1;
}

/** Rows with a non-zero quantised weight, sorted by hash. */
function keptRows(hashes: Uint32Array, q: (id: number, c: number) => number, rows: number, K: number): number[] {
  const keep: number[] = [];
  for (let id = 0; id < rows; id++) {
    for (let c = 0; c < K; c++) if (q(id, c) !== 0) { keep.push(id); break; }
  }
  return keep.sort((x, y) => hashes[x]! - hashes[y]!);
}

function quantiseDense(hashes: Uint32Array, w: Float32Array, K: number): { hashes: Uint32Array; weights: Int16Array } {
  const scale = maxAbs(w) / 32767;
  const q = (id: number, c: number) => Math.round(w[id * K + c]! / scale);
  const keep = keptRows(hashes, q, w.length / K, K);
  const out = { hashes: new Uint32Array(keep.length), weights: new Int16Array(keep.length * K) };
  keep.forEach((id, r) => { out.hashes[r] = hashes[id]!; for (let c = 0; c < K; c++) out.weights[r * K + c] = q(id, c); });
  return out;
}

function quantiseSparse(hashes: Uint32Array, w: Float32Array, K: number): SparseRows {
  const scale = maxAbs(w) / 32767;
  const q = (id: number, c: number) => Math.round(w[id * K + c]! / scale);
  const keep = keptRows(hashes, q, w.length / K, K);
  let nz = 0;
  for (const id of keep) for (let c = 0; c < K; c++) if (q(id, c)) nz++;
  const out: SparseRows = { hashes: new Uint32Array(keep.length), counts: new Uint8Array(keep.length), classes: new Uint8Array(nz), values: new Int16Array(nz) };
  let j = 0;
  keep.forEach((id, r) => {
    out.hashes[r] = hashes[id]!;
    for (let c = 0; c < K; c++) { const v = q(id, c); if (v) { out.counts[r]!++; out.classes[j] = c; out.values[j] = v; j++; } }
  });
  return out;
}

