// Greedy decoding of one sentence: tag left to right, then parse with the
// highest-scoring allowed move at every step, naming each arc's relation when
// it is made. Written against the Scorer interface so the same code runs on
// the training weights (dev scores while training) and the shipped tables.
import { ArcEager, N_MOVES } from './arc-eager.ts';
import type { WordAtoms } from './lexical.ts';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSE_FEATURES, moveFeatures, P_ROOT, type SentenceAtoms } from './parse-features.ts';
import type { Scorer } from './perceptron.ts';
import { MAX_TAG_FEATURES, NO_TAG, tagFeatures } from './tag-features.ts';

export interface Weights {
  tagDict: Map<string, number>;
  tagger: Scorer;
  nTags: number;
  moves: Scorer;
  labeller: Scorer;
  nLabels: number;
  /** Index of "root" among the labels. */
  root: number;
}

/** Scratch space for one decoder (not shared between threads of work). */
export class Scratch {
  readonly buf = new Int32Array(Math.max(MAX_TAG_FEATURES, MAX_PARSE_FEATURES, MAX_LABEL_FEATURES));
  readonly scores = new Float64Array(128);
  readonly st = new ArcEager();
  readonly sa: SentenceAtoms = { W: new Int32Array(64), P: new Int32Array(64) };

  /** Fill the parser's atoms from words and tags; position n is the root. */
  atoms(a: WordAtoms, tags: ArrayLike<number>): SentenceAtoms {
    const n = a.n;
    if (this.sa.W.length < n + 1) { this.sa.W = new Int32Array((n + 1) * 2); this.sa.P = new Int32Array((n + 1) * 2); }
    const { W, P } = this.sa;
    for (let i = 0; i < n; i++) { W[i] = a.word[i]!; P[i] = tags[i]!; }
    W[n] = 0x2545f491; P[n] = P_ROOT;
    return this.sa;
  }
}

function argmax(scores: Float64Array, n: number, skip = -1): number {
  let best = -1, bs = -Infinity;
  for (let c = 0; c < n; c++) if (c !== skip && scores[c]! > bs) { bs = scores[c]!; best = c; }
  return best;
}

/** Tag every word of `a` into out[0..n). */
export function tagSentence(a: WordAtoms, w: Weights, out: Uint8Array | Int32Array, x: Scratch): void {
  const { buf, scores } = x;
  for (let i = 0; i < a.n; i++) {
    const known = w.tagDict.get(a.formText[i]!);
    if (known !== undefined) { out[i] = known; continue; }
    const k = tagFeatures(a, i, i > 0 ? out[i - 1]! : NO_TAG, i > 1 ? out[i - 2]! : NO_TAG, buf);
    scores.fill(0, 0, w.nTags);
    w.tagger.score(buf, k, scores);
    out[i] = argmax(scores, w.nTags);
  }
}

/** Best relation for a new arc head -> dep (never "root" unless the head is the root). */
export function chooseLabel(st: ArcEager, sa: SentenceAtoms, head: number, dep: number, w: Weights, x: Scratch): number {
  if (head === st.n) return w.root;
  const k = labelFeatures(st, sa, head, dep, x.buf);
  x.scores.fill(0, 0, w.nLabels);
  w.labeller.score(x.buf, k, x.scores);
  return argmax(x.scores, w.nLabels, w.root);
}

/** Parse a tagged sentence; heads (n = root) and labels of words 0..n-1 end up in x.st. */
export function parseSentence(sa: SentenceAtoms, n: number, w: Weights, x: Scratch): ArcEager {
  const st = x.st, scores = x.scores, buf = x.buf;
  st.reset(n);
  while (!st.done) {
    const valid = st.validMoves();
    let move: number;
    if ((valid & (valid - 1)) === 0) move = 31 - Math.clz32(valid); // one allowed move: no scoring
    else {
      const k = moveFeatures(st, sa, buf);
      scores[0] = scores[1] = scores[2] = scores[3] = 0;
      w.moves.score(buf, k, scores);
      move = -1;
      let bs = -Infinity;
      for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && scores[m]! > bs) { bs = scores[m]!; move = m; }
    }
    const arc = st.arcOf(move);
    st.apply(move, arc ? chooseLabel(st, sa, arc[0], arc[1], w, x) : -1);
  }
  return st;
}
