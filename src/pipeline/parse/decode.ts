// Greedy decoding of one sentence: tag left to right, then parse with the
// highest-scoring allowed move at every step, naming each arc's relation when
// it is made. Written against the Scorer interface so the same code runs on
// the training weights (dev scores while training) and the shipped tables.
// Move scores are sums over feature groups (parse-features.ts); every group but
// the stack-top/buffer-front pairs is cached per word and recomputed only when
// that word gains an arc.
import { UPOS_TAGS } from '../../types.ts';
import { ArcEager, N_MOVES } from './arc-eager.ts';
import type { WordAtoms } from './lexical.ts';
import { C_ROOT, LABEL_KEYS, labelContextFeatures, labelKey, labelKeyFeatures, MAX_LABEL_FEATURES, N_TRIPLES, PAIR_KEYS, pairKey, pairKeyFeatures, pairTriples, pairWordFeatures, TRIPLE_KEYS, TRIPLE_TEMPLATES, tripleIndex, MAX_PARSE_FEATURES, n0KidsFeatures, n0StaticFeatures, P_ROOT, s0HeadFeatures, s0LeftFeatures, s0RightFeatures, s0StaticFeatures, W_ROOT, type SentenceAtoms } from './parse-features.ts';
import type { Scorer } from './perceptron.ts';
import { attachPunctuation, PunctScratch } from './punct-attach.ts';
import { FORM_ENTRIES, SENTENCE_WORDS } from './capacity.ts';
import { mix } from './hash.ts';
import { MAX_TAG_FEATURES, N_ROLES, NO_TAG, R_NEXT, R_NEXT2, R_PREV, R_PREV2, tagContextFeatures, tagFeatures, tagNeighbourFeatures, tagRightFeatures, tagWordFeatures } from './tag-features.ts';

export interface Weights {
  tagDict: Map<string, number>;
  tagger: Scorer;
  /** Second tagging pass, which also sees the first pass's tags to the right (absent: one pass). */
  tagger2?: Scorer;
  /** The second pass re-tags only words whose first-pass margin (best minus second-best score) is below this. */
  retagMargin?: number;
  nTags: number;
  moves: Scorer;
  labeller: Scorer;
  nLabels: number;
  /** Index of "root" among the labels. */
  root: number;
  /** Ranker of punctuation heads, applied to the finished tree (absent: the parser's heads stand). */
  punct?: Scorer;
  /** Index of "punct" among the labels. */
  punctLabel?: number;
}

/** What parsing a tagged sentence needs of the weights. */
export type ParseWeights = Pick<Weights, 'moves' | 'labeller' | 'nLabels' | 'root' | 'punct' | 'punctLabel'>;

const PUNCT = UPOS_TAGS.indexOf('PUNCT');

/**
 * The second tagging pass re-tags words whose first-pass margin is below this share of the
 * first pass's largest weight (32767 in the quantised tables): 4% of EWT dev words, with the
 * same accuracy as re-tagging all of them (a quarter of the largest weight gave that already).
 */
export const RETAG_MARGIN_SHARE = 0.5;

/** Cached feature groups per position: stack top's words, its head (unheaded / headed), left and right children; buffer front's words, its children. */
const G_S0 = 0, G_S0_HEAD = 1, G_S0_LEFT = 3, G_S0_RIGHT = 4, G_N0 = 5, G_N0_KIDS = 6, GROUPS = 7;

/** Scratch space for one decoder (not shared between threads of work). */
export class Scratch {
  readonly buf = new Int32Array(Math.max(MAX_TAG_FEATURES, MAX_PARSE_FEATURES, MAX_LABEL_FEATURES));
  readonly scores = new Float64Array(128);
  readonly st = new ArcEager();
  /** First-pass tags for the second tagging pass. */
  right = new Int32Array(SENTENCE_WORDS);
  /** First-pass margin of each word (Infinity for dictionary words). */
  margin = new Float64Array(SENTENCE_WORDS);
  readonly sa: SentenceAtoms = { W: new Int32Array(SENTENCE_WORDS + 1), P: new Int32Array(SENTENCE_WORDS + 1), WP: new Int32Array(SENTENCE_WORDS + 1), PC: new Int32Array(SENTENCE_WORDS + 1), C: new Int32Array(SENTENCE_WORDS + 1) };
  /**
   * Cached move scores of the feature groups, GROUPS slots per position: the key each was
   * computed for (0 = none) and its N_MOVES scores.
   */
  groupKey = new Int32Array((SENTENCE_WORDS + 1) * GROUPS);
  groupSc = new Float64Array((SENTENCE_WORDS + 1) * GROUPS * N_MOVES);
  readonly groupTmp = new Float64Array(N_MOVES);
  readonly punct = new PunctScratch();
  /**
   * Dense score tables of the small-valued feature keys (parse-features.ts `pairKey`, `labelKey`),
   * filled on first use, for the weights they were filled from: N_MOVES move scores per pair
   * key, nLabels relation scores per label key.
   */
  private pairFor: Scorer | null = null;
  pairSc = new Float64Array(0);
  pairDone = new Uint8Array(0);
  /** N_MOVES scores per (triple template, packed values); single features, so float32 holds them exactly. */
  tripleSc = new Float32Array(0);
  tripleDone = new Uint8Array(0);
  readonly triples = new Int32Array(N_TRIPLES);
  private labelFor: Scorer | null = null;
  labelSc = new Float64Array(0);
  labelDone = new Uint8Array(0);

  /** The pair-key move tables, emptied when `moves` is not the scorer they were filled from. */
  pairTables(moves: Scorer): void {
    if (this.pairFor === moves) return;
    if (!this.pairSc.length) {
      this.pairSc = new Float64Array(PAIR_KEYS * N_MOVES); this.pairDone = new Uint8Array(PAIR_KEYS);
      this.tripleSc = new Float32Array(N_TRIPLES * TRIPLE_KEYS * N_MOVES); this.tripleDone = new Uint8Array(N_TRIPLES * TRIPLE_KEYS);
    } else { this.pairDone.fill(0); this.tripleDone.fill(0); }
    this.pairFor = moves;
  }

  /** The label-key relation tables, emptied when `labeller` is not the scorer they were filled from. */
  labelTables(labeller: Scorer, nLabels: number): void {
    if (this.labelFor === labeller && this.labelSc.length === LABEL_KEYS * nLabels) return;
    if (this.labelSc.length !== LABEL_KEYS * nLabels) { this.labelSc = new Float64Array(LABEL_KEYS * nLabels); this.labelDone = new Uint8Array(LABEL_KEYS); }
    else this.labelDone.fill(0);
    this.labelFor = labeller;
  }

  /** Room for the per-word tagging arrays of an n-word sentence. */
  fit(n: number): void {
    if (this.margin.length < n) { this.margin = new Float64Array(n * 2); this.right = new Int32Array(n * 2); }
  }

  /** Fill the parser's atoms from words and tags; position n is the root. */
  atoms(a: WordAtoms, tags: ArrayLike<number>): SentenceAtoms {
    const n = a.n;
    if (this.sa.W.length < n + 1) {
      const cap = (n + 1) * 2;
      this.sa.W = new Int32Array(cap); this.sa.P = new Int32Array(cap); this.sa.WP = new Int32Array(cap); this.sa.PC = new Int32Array(cap); this.sa.C = new Int32Array(cap);
      this.groupKey = new Int32Array(cap * GROUPS);
      this.groupSc = new Float64Array(cap * GROUPS * N_MOVES);
    }
    const { W, P, WP, PC, C } = this.sa;
    let pc = 0;
    for (let i = 0; i < n; i++) { W[i] = a.word[i]!; P[i] = tags[i]!; WP[i] = mix(W[i]!, P[i]!); PC[i] = pc; C[i] = a.fine[i]!; if (P[i] === PUNCT) pc++; }
    W[n] = W_ROOT; P[n] = P_ROOT; WP[n] = mix(W_ROOT, P_ROOT); PC[n] = pc; C[n] = C_ROOT;
    return this.sa;
  }
}

function argmax(scores: Float64Array, n: number, skip = -1): number {
  let best = -1, bs = -Infinity;
  for (let c = 0; c < n; c++) if (c !== skip && scores[c]! > bs) { bs = scores[c]!; best = c; }
  return best;
}

/**
 * Tag every word of `a` into out[0..n): the first pass left to right, then the second pass
 * (when the model has one) on the words the first was unsure of. On EWT's development split
 * re-tagging the 4% of words with the smallest margins gives the accuracy of re-tagging all.
 */
export function tagSentence(a: WordAtoms, w: Weights, out: Uint8Array | Int32Array, x: Scratch, cache?: TagCache, fixed?: Int32Array): void {
  if (cache) cache.tag(a, out, x, fixed);
  else tagPass(a, w, out, x, fixed);
  if (w.tagger2) retag(a, w, w.tagger2, out, x);
}

/** Best class in scores[0..n); its margin over the runner-up goes to `marginOut[i]` when given. */
function best(scores: Float64Array, n: number, marginOut: Float64Array | null, i: number): number {
  let b = 0, second = -Infinity;
  for (let c = 1; c < n; c++) {
    const v = scores[c]!;
    if (v > scores[b]!) { second = scores[b]!; b = c; } else if (v > second) second = v;
  }
  if (marginOut) marginOut[i] = scores[b]! - second;
  return b;
}

/**
 * The first pass, scoring every feature; margins into x.margin (size checked by tagSentence).
 * `fixed[i]` >= 0 is word i's tag, given (the words after it see it as their context).
 */
export function tagPass(a: WordAtoms, w: Weights, out: Uint8Array | Int32Array, x: Scratch, fixed?: Int32Array): void {
  x.fit(a.n);
  const { buf, scores, margin } = x;
  for (let i = 0; i < a.n; i++) {
    if (fixed && fixed[i]! >= 0) { out[i] = fixed[i]!; margin[i] = Infinity; continue; }
    const known = w.tagDict.get(a.formText[i]!);
    if (known !== undefined) { out[i] = known; margin[i] = Infinity; continue; }
    const k = tagFeatures(a, i, i > 0 ? out[i - 1]! : NO_TAG, i > 1 ? out[i - 2]! : NO_TAG, buf);
    scores.fill(0, 0, w.nTags);
    w.tagger.score(buf, k, scores);
    out[i] = best(scores, w.nTags, margin, i);
  }
}

/** The second pass over the first pass's tags in `out`: re-tag the words with a small margin. */
export function retag(a: WordAtoms, w: Weights, scorer: Scorer, out: Uint8Array | Int32Array, x: Scratch): void {
  x.fit(a.n);
  const { buf, scores, margin, right } = x;
  const n = a.n, limit = w.retagMargin ?? Infinity;
  for (let i = 0; i < n; i++) right[i] = out[i]!;
  for (let i = 0; i < n; i++) {
    if (!(margin[i]! < limit)) continue;
    const p1 = i > 0 ? out[i - 1]! : NO_TAG;
    let k = tagFeatures(a, i, p1, i > 1 ? out[i - 2]! : NO_TAG, buf);
    k = tagRightFeatures(a, i, p1, i + 1 < n ? right[i + 1]! : NO_TAG, i + 2 < n ? right[i + 2]! : NO_TAG, buf, k);
    scores.fill(0, 0, w.nTags);
    scorer.score(buf, k, scores);
    out[i] = best(scores, w.nTags, null, i);
  }
}

/**
 * Run-time first pass with the scores of each distinct form's own features and of the features
 * it gives its neighbours cached (per WordAtoms cache entry), so a word costs only the
 * look-ups of its context features. Same tags and margins as tagPass: the weights are
 * integers, so sums are exact in any order.
 */
export class TagCache {
  private generation = -1;
  private own = new Float32Array(0);
  private roles = new Float32Array(0);
  private done = new Uint8Array(0);
  /** Dictionary tag of each entry's form, -1 when it has none. */
  private known = new Int32Array(0);
  private readonly boundary: Float32Array;

  constructor(private readonly w: Weights, x: Scratch, atoms: WordAtoms) {
    const K = w.nTags;
    this.boundary = new Float32Array(N_ROLES * K);
    for (let r = 0; r < N_ROLES; r++) {
      const k = tagNeighbourFeatures(r, atoms, -1, x.buf, 0);
      x.scores.fill(0, 0, K);
      w.tagger.score(x.buf, k, x.scores);
      for (let c = 0; c < K; c++) this.boundary[r * K + c] = x.scores[c]!;
    }
  }

  /** Entry e's blocks, computed from word i of `a` (which has that form) on first sight. */
  private fill(a: WordAtoms, i: number, e: number, x: Scratch): void {
    const K = this.w.nTags;
    if (e >= this.done.length) {
      const cap = Math.max(FORM_ENTRIES, (e + 1) * 2);
      const own = new Float32Array(cap * K); own.set(this.own); this.own = own;
      const roles = new Float32Array(cap * N_ROLES * K); roles.set(this.roles); this.roles = roles;
      const done = new Uint8Array(cap); done.set(this.done); this.done = done;
      const known = new Int32Array(cap); known.set(this.known); this.known = known;
    }
    const { buf, scores } = x, tagger = this.w.tagger;
    let k = tagWordFeatures(a, i, buf, 0);
    scores.fill(0, 0, K);
    tagger.score(buf, k, scores);
    for (let c = 0; c < K; c++) this.own[e * K + c] = scores[c]!;
    for (let r = 0; r < N_ROLES; r++) {
      k = tagNeighbourFeatures(r, a, i, buf, 0);
      scores.fill(0, 0, K);
      tagger.score(buf, k, scores);
      for (let c = 0; c < K; c++) this.roles[(e * N_ROLES + r) * K + c] = scores[c]!;
    }
    this.known[e] = this.w.tagDict.get(a.formText[i]!) ?? -1;
    this.done[e] = 1;
  }

  tag(a: WordAtoms, out: Uint8Array | Int32Array, x: Scratch, fixed?: Int32Array): void {
    const K = this.w.nTags, n = a.n, ent = a.entry, tagger = this.w.tagger;
    if (a.generation !== this.generation) { this.done.fill(0); this.generation = a.generation; }
    x.fit(n);
    for (let i = 0; i < n; i++) if (ent[i]! >= this.done.length || !this.done[ent[i]!]) this.fill(a, i, ent[i]!, x);
    const { own, roles, boundary, known } = this, { buf, scores, margin } = x;
    const RK = N_ROLES * K;
    for (let i = 0; i < n; i++) {
      const e = ent[i]!;
      if (fixed && fixed[i]! >= 0) { out[i] = fixed[i]!; margin[i] = Infinity; continue; }
      if (known[e]! >= 0) { out[i] = known[e]!; margin[i] = Infinity; continue; }
      const o = e * K;
      const pv = i > 0 ? ent[i - 1]! * RK + R_PREV * K : -1, nx = i + 1 < n ? ent[i + 1]! * RK + R_NEXT * K : -1;
      const pv2 = i > 1 ? ent[i - 2]! * RK + R_PREV2 * K : -1, nx2 = i + 2 < n ? ent[i + 2]! * RK + R_NEXT2 * K : -1;
      for (let c = 0; c < K; c++) {
        scores[c] = own[o + c]!
          + (pv >= 0 ? roles[pv + c]! : boundary[R_PREV * K + c]!) + (nx >= 0 ? roles[nx + c]! : boundary[R_NEXT * K + c]!)
          + (pv2 >= 0 ? roles[pv2 + c]! : boundary[R_PREV2 * K + c]!) + (nx2 >= 0 ? roles[nx2 + c]! : boundary[R_NEXT2 * K + c]!);
      }
      const k = tagContextFeatures(a, i, i > 0 ? out[i - 1]! : NO_TAG, i > 1 ? out[i - 2]! : NO_TAG, buf, 0);
      tagger.score(buf, k, scores);
      out[i] = best(scores, K, margin, i);
    }
  }
}

/** Best relation for a new arc head -> dep (never "root" unless the head is the root). */
export function chooseLabel(st: ArcEager, sa: SentenceAtoms, head: number, dep: number, w: ParseWeights, x: Scratch): number {
  if (head === st.n) return w.root;
  const K = w.nLabels, scores = x.scores;
  x.labelTables(w.labeller, K);
  const key = labelKey(sa, head, dep), o = key * K, dense = x.labelSc;
  if (!x.labelDone[key]) {
    scores.fill(0, 0, K);
    w.labeller.score(x.buf, labelKeyFeatures(key, x.buf, 0), scores);
    for (let c = 0; c < K; c++) dense[o + c] = scores[c]!;
    x.labelDone[key] = 1;
  }
  for (let c = 0; c < K; c++) scores[c] = dense[o + c]!;
  w.labeller.score(x.buf, labelContextFeatures(st, sa, head, dep, x.buf, 0), scores);
  return argmax(scores, K, w.root);
}

/** Score feature group `g` of the current state into cache slot `slot`, valid for `key`. */
function fillGroup(slot: number, key: number, g: number, st: ArcEager, sa: SentenceAtoms, moves: Scorer, x: Scratch): void {
  const { buf, groupSc } = x, t = x.groupTmp, o = slot * N_MOVES;
  let k: number;
  switch (g) { // one call site per feature function keeps each call monomorphic
    case G_S0: k = s0StaticFeatures(st, sa, buf, 0); break;
    case G_S0_HEAD: k = s0HeadFeatures(st, sa, buf, 0); break;
    case G_S0_LEFT: k = s0LeftFeatures(st, sa, buf, 0); break;
    case G_S0_RIGHT: k = s0RightFeatures(st, sa, buf, 0); break;
    case G_N0: k = n0StaticFeatures(st, sa, buf, 0); break;
    default: k = n0KidsFeatures(st, sa, buf, 0);
  }
  t[0] = t[1] = t[2] = t[3] = 0;
  moves.score(buf, k, t);
  groupSc[o] = t[0]!; groupSc[o + 1] = t[1]!; groupSc[o + 2] = t[2]!; groupSc[o + 3] = t[3]!;
  x.groupKey[slot] = key;
}

/** Move scores of the current state into x.scores[0..N_MOVES), group caches used and filled. */
function scoreMoves(st: ArcEager, sa: SentenceAtoms, moves: Scorer, x: Scratch): void {
  const { groupKey, groupSc, scores } = x;
  const s0 = st.stack[st.sp - 1]!, b = st.b;
  const sg = s0 * GROUPS, bg = b * GROUPS;
  const head = sg + G_S0_HEAD + (st.head[s0]! >= 0 ? 1 : 0);
  const rightKey = 1 + st.nr[s0]!, kidsKey = 1 + st.nl[b]!;
  if (groupKey[sg + G_S0] !== 1) fillGroup(sg + G_S0, 1, G_S0, st, sa, moves, x);
  if (groupKey[head] !== 1) fillGroup(head, 1, G_S0_HEAD, st, sa, moves, x);
  if (groupKey[sg + G_S0_LEFT] !== 1) fillGroup(sg + G_S0_LEFT, 1, G_S0_LEFT, st, sa, moves, x);
  if (groupKey[sg + G_S0_RIGHT] !== rightKey) fillGroup(sg + G_S0_RIGHT, rightKey, G_S0_RIGHT, st, sa, moves, x);
  if (groupKey[bg + G_N0] !== 1) fillGroup(bg + G_N0, 1, G_N0, st, sa, moves, x);
  if (groupKey[bg + G_N0_KIDS] !== kidsKey) fillGroup(bg + G_N0_KIDS, kidsKey, G_N0_KIDS, st, sa, moves, x);
  const a = (sg + G_S0) * N_MOVES, h = head * N_MOVES, l = (sg + G_S0_LEFT) * N_MOVES, r = (sg + G_S0_RIGHT) * N_MOVES;
  const n = (bg + G_N0) * N_MOVES, k = (bg + G_N0_KIDS) * N_MOVES;
  const key = pairKey(st, sa), pairSc = x.pairSc, p = key * N_MOVES;
  if (!x.pairDone[key]) {
    const t = x.groupTmp;
    t[0] = t[1] = t[2] = t[3] = 0;
    moves.score(x.buf, pairKeyFeatures(key, x.buf, 0), t);
    pairSc[p] = t[0]!; pairSc[p + 1] = t[1]!; pairSc[p + 2] = t[2]!; pairSc[p + 3] = t[3]!;
    x.pairDone[key] = 1;
  }
  for (let m = 0; m < N_MOVES; m++) scores[m] = groupSc[a + m]! + groupSc[h + m]! + groupSc[l + m]! + groupSc[r + m]! + groupSc[n + m]! + groupSc[k + m]! + pairSc[p + m]!;
  const tv = x.triples, tripleSc = x.tripleSc, done = x.tripleDone;
  pairTriples(st, sa, tv, 0);
  for (let t = 0; t < N_TRIPLES; t++) {
    const i = t * TRIPLE_KEYS + tripleIndex(tv[t]!), o = i * N_MOVES;
    if (!done[i]) {
      const tmp = x.groupTmp;
      tmp[0] = tmp[1] = tmp[2] = tmp[3] = 0;
      x.buf[0] = mix(TRIPLE_TEMPLATES[t]!, tv[t]!);
      moves.score(x.buf, 1, tmp);
      tripleSc[o] = tmp[0]!; tripleSc[o + 1] = tmp[1]!; tripleSc[o + 2] = tmp[2]!; tripleSc[o + 3] = tmp[3]!;
      done[i] = 1;
    }
    scores[0] += tripleSc[o]!; scores[1] += tripleSc[o + 1]!; scores[2] += tripleSc[o + 2]!; scores[3] += tripleSc[o + 3]!;
  }
  moves.score(x.buf, pairWordFeatures(st, sa, x.buf, 0), scores);
}

/**
 * Parse a tagged sentence; heads (n = root) and labels of words 0..n-1 end up in x.st. With a
 * punctuation ranker, the marks are then re-attached on the finished tree (punct-attach.ts).
 */
export function parseSentence(sa: SentenceAtoms, n: number, w: ParseWeights, x: Scratch): ArcEager {
  const st = x.st, scores = x.scores;
  st.reset(n);
  x.groupKey.fill(0, 0, (n + 1) * GROUPS);
  x.pairTables(w.moves);
  while (!st.done) {
    const valid = st.validMoves();
    let move: number;
    if ((valid & (valid - 1)) === 0) move = 31 - Math.clz32(valid); // one allowed move: no scoring
    else {
      scoreMoves(st, sa, w.moves, x);
      move = -1;
      let bs = -Infinity;
      for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && scores[m]! > bs) { bs = scores[m]!; move = m; }
    }
    const h = st.arcHead(move);
    st.apply(move, h >= 0 ? chooseLabel(st, sa, h, st.arcDep(move), w, x) : -1);
  }
  if (w.punct && w.punctLabel !== undefined && w.punctLabel >= 0) attachPunctuation(st.head, st.label, n, sa, w.punctLabel, w.punct, x.punct);
  return st;
}
