// Viterbi decoding over BILOU labels with first-order transition weights;
// transitions BILOU forbids are never taken (each label only looks at its
// allowed predecessors, which also keeps decoding cheap: ~100 steps per token).
import { ALLOWED, CAN_END, CAN_START, N_LABELS } from './labels.ts';

/** Transition block layout: [prev * N + next] for N*N entries, then N start weights, then N end weights. */
export const TRANS_SIZE = N_LABELS * N_LABELS + 2 * N_LABELS;
const START = N_LABELS * N_LABELS, END = START + N_LABELS;
const NEG = -1e30;

/** Allowed predecessors of each label: PREDS[PRED_OFF[l] .. PRED_OFF[l + 1]). */
const PRED_OFF = new Int32Array(N_LABELS + 1);
const PREDS: Int32Array = (() => {
  const out: number[] = [];
  for (let l = 0; l < N_LABELS; l++) {
    PRED_OFF[l] = out.length;
    for (let p = 0; p < N_LABELS; p++) if (ALLOWED[p * N_LABELS + l]) out.push(p);
  }
  PRED_OFF[N_LABELS] = out.length;
  return Int32Array.from(out);
})();

/**
 * A transition block rearranged for viterbi: trans[PREDS[k] * N + l] at k (each
 * label's allowed predecessors in order), read front to back. Callers with fixed
 * transitions compute it once; training (whose transitions change) gets it per call.
 */
export function predTransitions(trans: Float64Array): Float64Array {
  const pt = new Float64Array(PREDS.length);
  for (let l = 0; l < N_LABELS; l++) for (let k = PRED_OFF[l]!; k < PRED_OFF[l + 1]!; k++) pt[k] = trans[PREDS[k]! * N_LABELS + l]!;
  return pt;
}

class Scratch {
  delta = new Float64Array(N_LABELS * 256);
  back = new Uint8Array(N_LABELS * 256);
}
const scratch = new Scratch();

/**
 * Best label sequence for tokens [from, to) given per-token label scores at
 * `emit[emitBase + (i - from) * stride + label]`; writes labels into out[from..to).
 */
export function viterbi(emit: Float64Array, emitBase: number, from: number, to: number, trans: Float64Array, out: Uint8Array, stride: number = N_LABELS, pt: Float64Array = predTransitions(trans)): void {
  const n = to - from;
  if (n <= 0) return;
  const N = N_LABELS;
  if (scratch.delta.length < n * N) { scratch.delta = new Float64Array(n * N * 2); scratch.back = new Uint8Array(n * N * 2); }
  const delta = scratch.delta, back = scratch.back, preds = PREDS, predOff = PRED_OFF;
  for (let l = 0; l < N; l++) delta[l] = CAN_START[l] ? emit[emitBase + l]! + trans[START + l]! : NEG;
  for (let i = 1; i < n; i++) {
    const cur = i * N, prev = cur - N, e = emitBase + i * stride;
    for (let l = 0; l < N; l++) {
      let best = NEG, arg = 0;
      for (let k = predOff[l]!, end = predOff[l + 1]!; k < end; k++) {
        const p = preds[k]!;
        const v = delta[prev + p]! + pt[k]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[cur + l] = best + emit[e + l]!;
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
