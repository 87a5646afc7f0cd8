// Viterbi decoding over BILOU labels with first-order transition weights;
// transitions BILOU forbids are never taken.
import { ALLOWED, CAN_END, CAN_START, N_LABELS } from './labels.ts';

/** Transition block layout: [prev * N + next] for N*N entries, then N start weights, then N end weights. */
export const TRANS_SIZE = N_LABELS * N_LABELS + 2 * N_LABELS;
const START = N_LABELS * N_LABELS, END = START + N_LABELS;
const NEG = -1e30;

let delta = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * Best label sequence for tokens [from, to) given per-token label scores
 * `emit[(i - from) * N + label]`; writes labels into out[from..to).
 */
export function viterbi(emit: Float64Array, from: number, to: number, trans: ArrayLike<number>, out: Uint8Array): void {
  const n = to - from;
  if (n <= 0) return;
  const N = N_LABELS;
  if (delta.length < n * N) { delta = new Float64Array(n * N * 2); back = new Uint8Array(n * N * 2); }
  for (let l = 0; l < N; l++) delta[l] = CAN_START[l] ? emit[l]! + trans[START + l]! : NEG;
  for (let i = 1; i < n; i++) {
    const cur = i * N, prev = cur - N;
    for (let l = 0; l < N; l++) {
      let best = NEG, arg = 0;
      for (let p = 0; p < N; p++) {
        if (!ALLOWED[p * N + l]) continue;
        const v = delta[prev + p]! + trans[p * N + l]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[cur + l] = best + emit[cur + l]!;
      back[cur + l] = arg;
    }
  }
  const last = (n - 1) * N;
  let best = NEG, arg = 0;
  for (let l = 0; l < N; l++) {
    if (!CAN_END[l]) continue;
    const v = delta[last + l]! + trans[END + l]!;
    if (v > best) { best = v; arg = l; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    arg = back[i * N + arg]!;
  }
}
