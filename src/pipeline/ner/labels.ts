// BILOU label set over the four CoNLL types, the transitions BILOU allows, and
// conversions between spans and label sequences.
import type { NerLabel } from '../../types.ts';

export const TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** Label 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t. */
export const N_LABELS = 1 + 4 * TYPES.length;
export const O = 0;
export const B = 1, I = 2, L = 3, U = 4;

export const labelOf = (type: number, part: number): number => 1 + 4 * type + (part - 1);
export const typeOf = (label: number): number => (label === O ? -1 : (label - 1) >> 2);
export const partOf = (label: number): number => (label === O ? 0 : ((label - 1) & 3) + 1);

export function labelName(label: number): string {
  return label === O ? 'O' : `${'BILU'[partOf(label) - 1]}-${TYPES[typeOf(label)]}`;
}

/** allowed[prev * N + next]: BILOU well-formedness. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(N_LABELS * N_LABELS);
  for (let p = 0; p < N_LABELS; p++) {
    for (let n = 0; n < N_LABELS; n++) {
      const pp = partOf(p), np = partOf(n);
      const open = pp === B || pp === I; // an entity is still open after p
      const ok = open ? (np === I || np === L) && typeOf(n) === typeOf(p) : np === 0 || np === B || np === U;
      a[p * N_LABELS + n] = ok ? 1 : 0;
    }
  }
  return a;
})();
/** Labels that may start / end a sentence. */
export const CAN_START: Uint8Array = Uint8Array.from({ length: N_LABELS }, (_, l) => (partOf(l) === 0 || partOf(l) === B || partOf(l) === U ? 1 : 0));
export const CAN_END: Uint8Array = Uint8Array.from({ length: N_LABELS }, (_, l) => (partOf(l) === 0 || partOf(l) === L || partOf(l) === U ? 1 : 0));

export interface TokenSpan { start: number; end: number; type: number }

/** Spans [start, end) -> BILOU labels written into `out` from `offset`. */
export function spansToLabels(spans: TokenSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = labelOf(s.type, U);
    else {
      out[s.start] = labelOf(s.type, B);
      for (let k = s.start + 1; k < s.end - 1; k++) out[k] = labelOf(s.type, I);
      out[s.end - 1] = labelOf(s.type, L);
    }
  }
  return out;
}

/** BILOU labels of one sentence (positions from..to) -> spans; tolerant of ill-formed sequences. */
export function labelsToSpans(labels: ArrayLike<number>, from: number, to: number, out: TokenSpan[] = []): TokenSpan[] {
  let open = -1, openType = -1;
  for (let i = from; i < to; i++) {
    const l = labels[i]!, p = partOf(l), t = typeOf(l);
    if (open >= 0 && (p === 0 || p === B || p === U || t !== openType)) { out.push({ start: open, end: i, type: openType }); open = -1; }
    if (p === U) out.push({ start: i, end: i + 1, type: t });
    else if (p === B || ((p === I || p === L) && open < 0)) { open = i; openType = t; }
    if (p === L && open >= 0) { out.push({ start: open, end: i + 1, type: openType }); open = -1; }
  }
  if (open >= 0) out.push({ start: open, end: to, type: openType });
  return out;
}
