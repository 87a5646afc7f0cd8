// Training-time averaged perceptron (Collins 2002) over K classes with hashed
// features numbered by a FeatureIndex. Weights are updated lazily-averaged
// (acc holds the running sum of update * time), so averaging costs one pass at
// the end instead of one per step. Features get a number only when they are
// first updated, which keeps the tables to the features that matter.
import { FeatureIndex } from './feature-index.ts';

export class AveragedPerceptron {
  readonly index = new FeatureIndex();
  w: Float32Array;
  acc: Float64Array;
  /** Update clock: one tick per training example. */
  time = 1;

  constructor(readonly classes: number, capacity = 1 << 16) {
    this.w = new Float32Array(capacity * classes);
    this.acc = new Float64Array(capacity * classes);
  }

  /** Add the weights of `hashes[0..n)` into scores[0..classes) (scores are not cleared). */
  score(hashes: Int32Array, n: number, scores: Float64Array): void {
    const K = this.classes, w = this.w, idx = this.index;
    for (let k = 0; k < n; k++) {
      const id = idx.get(hashes[k]!);
      if (id < 0) continue;
      const base = id * K;
      for (let c = 0; c < K; c++) scores[c] += w[base + c]!;
    }
  }

  /** +1 to class `good`, -1 to class `bad` for every feature. */
  update(hashes: Int32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    const K = this.classes, t = this.time;
    for (let k = 0; k < n; k++) {
      const id = this.index.id(hashes[k]!);
      if ((id + 1) * K > this.w.length) this.grow();
      const base = id * K;
      this.w[base + good] += 1; this.acc[base + good] += t;
      this.w[base + bad] -= 1; this.acc[base + bad] -= t;
    }
  }

  /** `delta` to class `cls` of every feature (rankers: one class, + for the right candidate, - for the wrong one). */
  nudge(hashes: Int32Array, n: number, cls: number, delta: number): void {
    const K = this.classes, t = this.time;
    for (let k = 0; k < n; k++) {
      const id = this.index.id(hashes[k]!);
      if ((id + 1) * K > this.w.length) this.grow();
      this.w[id * K + cls] += delta; this.acc[id * K + cls] += delta * t;
    }
  }

  tick(): void { this.time++; }

  private grow(): void {
    const w = new Float32Array(this.w.length * 2); w.set(this.w); this.w = w;
    const a = new Float64Array(this.acc.length * 2); a.set(this.acc); this.acc = a;
  }

  /** The averaged weights, one row of `classes` per feature number. */
  averaged(): Float32Array {
    const n = this.index.size * this.classes, t = this.time;
    const out = new Float32Array(n);
    for (let k = 0; k < n; k++) out[k] = this.w[k]! - this.acc[k]! / t;
    return out;
  }
}

/** Averaged weights frozen for scoring (dev evaluation during training, jackknife folds). */
export class FrozenWeights {
  constructor(readonly index: FeatureIndex, readonly w: Float32Array, readonly classes: number) {}
  score(hashes: Int32Array, n: number, scores: Float64Array): void {
    const K = this.classes, w = this.w, idx = this.index, rows = w.length / K;
    for (let k = 0; k < n; k++) {
      const id = idx.get(hashes[k]!);
      if (id < 0 || id >= rows) continue; // numbered after these weights were frozen
      const base = id * K;
      for (let c = 0; c < K; c++) scores[c] += w[base + c]!;
    }
  }
}

/** Anything that can score a feature list (training weights, frozen ones, the run-time tables). */
export interface Scorer { score(hashes: Int32Array, n: number, scores: Float64Array): void }
