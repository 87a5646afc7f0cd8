// Word classes learned from unlabeled text, for the tagger and the parser to
// generalise over words they saw rarely or never with a tag: words that occur
// in similar company (the words before and after them) fall into one class.
// The exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
// start from an arbitrary assignment, then move each word in turn to the class
// that most raises the likelihood of the text under a class bigram model, for
// a few passes. Deterministic: words are visited by frequency, ties broken by
// spelling, and a word stays put unless another class is strictly better.

/** The key a word is classed under: lower case, digits as 0 (as the parser's word atom). */
export function classKey(form: string): string {
  const lo = form.toLowerCase();
  return /\d/.test(lo) ? lo.replace(/\d/g, '0') : lo;
}

export interface WordClassOptions {
  /** Number of classes. */
  classes: number;
  /** Words seen fewer times than this get no class (they share one context word while clustering). */
  minCount: number;
  /** Passes over the vocabulary. */
  passes: number;
  log?: (line: string) => void;
}

const RARE = '\u0000rare', BOUNDARY = '\u0000boundary';
const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/**
 * Classes of the words of `sentences` (each a list of forms; keys from `classKey`) seen at least
 * `minCount` times: key -> class in [0, classes).
 */
export function learnWordClasses(sentences: Iterable<readonly string[]>, opts: WordClassOptions): Map<string, number> {
  const C = opts.classes;
  const counts = new Map<string, number>();
  const keyed: string[][] = [];
  for (const s of sentences) {
    const ks = s.map(classKey);
    keyed.push(ks);
    for (const k of ks) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const words = [...counts.keys()].filter((k) => counts.get(k)! >= opts.minCount)
    .sort((p, q) => counts.get(q)! - counts.get(p)! || (p < q ? -1 : p > q ? 1 : 0));
  words.push(RARE, BOUNDARY);
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length, rare = id.get(RARE)!, boundary = id.get(BOUNDARY)!;

  // Bigram counts as adjacency lists: successors and predecessors of each word.
  const pairs = new Map<number, number>();
  const add = (u: number, v: number) => { const key = u * V + v; pairs.set(key, (pairs.get(key) ?? 0) + 1); };
  for (const ks of keyed) {
    let prev = boundary;
    for (const k of ks) { const v = id.get(k) ?? rare; add(prev, v); prev = v; }
    add(prev, boundary);
  }
  const succ: Array<Array<[number, number]>> = words.map(() => []), pred: Array<Array<[number, number]>> = words.map(() => []);
  for (const key of [...pairs.keys()].sort((p, q) => p - q)) {
    const u = Math.floor(key / V), v = key % V, c = pairs.get(key)!;
    succ[u]!.push([v, c]); pred[v]!.push([u, c]);
  }

  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % C;
  const M = new Float64Array(C * C), NL = new Float64Array(C), NR = new Float64Array(C);
  for (let u = 0; u < V; u++) for (const [v, c] of succ[u]!) { M[cls[u]! * C + cls[v]!]! += c; NL[cls[u]!]! += c; NR[cls[v]!]! += c; }

  const r = new Float64Array(C), l = new Float64Array(C);
  const rKeys: number[] = [], lKeys: number[] = [];
  for (let pass = 0; pass < opts.passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      // The word's context classes, its own bigrams (w w) apart.
      let self = 0, out = 0, inn = 0;
      rKeys.length = 0; lKeys.length = 0;
      for (const [v, c] of succ[w]!) {
        out += c;
        if (v === w) { self += c; continue; }
        const k = cls[v]!;
        if (r[k] === 0) rKeys.push(k);
        r[k]! += c;
      }
      for (const [u, c] of pred[w]!) {
        inn += c;
        if (u === w) continue;
        const k = cls[u]!;
        if (l[k] === 0) lKeys.push(k);
        l[k]! += c;
      }
      const from = cls[w]!;
      // Take the word out of its class.
      for (const k of rKeys) M[from * C + k]! -= r[k]!;
      for (const k of lKeys) M[k * C + from]! -= l[k]!;
      M[from * C + from]! -= self;
      NL[from]! -= out; NR[from]! -= inn;
      const gain = (b: number): number => {
        let g = 0;
        for (const k of rKeys) if (k !== b) { const m = M[b * C + k]!; g += xlogx(m + r[k]!) - xlogx(m); }
        for (const k of lKeys) if (k !== b) { const m = M[k * C + b]!; g += xlogx(m + l[k]!) - xlogx(m); }
        const mbb = M[b * C + b]!;
        g += xlogx(mbb + r[b]! + l[b]! + self) - xlogx(mbb);
        g -= xlogx(NL[b]! + out) - xlogx(NL[b]!);
        g -= xlogx(NR[b]! + inn) - xlogx(NR[b]!);
        return g;
      };
      let best = from, bestGain = gain(from);
      for (let b = 0; b < C; b++) {
        if (b === from) continue;
        const g = gain(b);
        if (g > bestGain + 1e-9) { best = b; bestGain = g; }
      }
      for (const k of rKeys) M[best * C + k]! += r[k]!;
      for (const k of lKeys) M[k * C + best]! += l[k]!;
      M[best * C + best]! += self;
      NL[best]! += out; NR[best]! += inn;
      cls[w] = best;
      if (best !== from) moved++;
      for (const k of rKeys) r[k] = 0;
      for (const k of lKeys) l[k] = 0;
    }
    opts.log?.(`  pass ${pass + 1}/${opts.passes}: ${moved} of ${V} words moved`);
    if (!moved) break;
  }
  const result = new Map<string, number>();
  for (let w = 0; w < V; w++) if (w !== rare && w !== boundary) result.set(words[w]!, cls[w]!);
  return result;
}

export class WordClassFormatError extends Error {}

/**
 * The word-class file (build-word-classes.ts): `#` comment lines, then `key<TAB>coarse<TAB>fine`
 * per line. Returns key -> coarse << 16 | fine (lexical.ts `WordClassTable`).
 */
export function parseWordClasses(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const c = line.split('\t');
    const coarse = Number(c[1]), fine = Number(c[2]);
    if (c.length !== 3 || !c[0] || !Number.isInteger(coarse) || !Number.isInteger(fine) || coarse < 0 || fine < 0 || coarse > 0xfffe || fine > 0xfffe) {
      throw new WordClassFormatError(`line ${i + 1}: expected "word<TAB>coarse class<TAB>fine class" with classes 0-65534, got "${line.slice(0, 80)}"`);
    }
    out.set(c[0], (coarse << 16) | fine);
  });
  return out;
}
