// JSON text of an API answer in steps: a bounded subgraph answer is up to 16 M
// characters, and JSON.stringify of it is one block of 100-300 ms on this
// machine during which no other request is read. Here the items of long arrays
// (nodes, edges) are serialised one at a time (each whole) with a pause every few hundred;
// the text is the same as JSON.stringify's (tests/server/sliced-answers.test.ts).
import { UNITS_PER_STEP, type Steps } from '../query/steps.ts';

/** Arrays longer than this are written item by item. */
const LONG_ARRAY = 64;
/** Objects nested deeper than this are written whole (their arrays are short in every answer). */
const MAX_DEPTH = 3;

/** JSON.stringify(value) for a JSON value (an API body), pausing between the items of long arrays. */
export function* jsonTextSteps(value: unknown): Steps<string> {
  const parts: string[] = [];
  yield* write(value, parts, 0);
  return parts.join('');
}

/** Whether JSON.stringify leaves a property out (or writes null in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* write(value: unknown, parts: string[], depth: number): Steps<void> {
  if (Array.isArray(value) && value.length > LONG_ARRAY) {
    parts.push('[');
    const every = Math.max(1, UNITS_PER_STEP / 8);
    for (let i = 0; i < value.length; i++) {
      if (i) parts.push(',');
      const item: unknown = value[i];
      parts.push(skipped(item) ? 'null' : JSON.stringify(item));
      if (i % every === every - 1) yield;
    }
    parts.push(']');
    return;
  }
  if (depth < MAX_DEPTH && isPlainObject(value)) {
    parts.push('{');
    let first = true;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (skipped(v)) continue;
      parts.push(first ? '' : ',', JSON.stringify(key), ':');
      first = false;
      yield* write(v, parts, depth + 1);
    }
    parts.push('}');
    return;
  }
  parts.push(JSON.stringify(value) ?? 'null');
}

/** An object JSON.stringify writes key by key (no toJSON of its own), null prototype included. */
function isPlainObject(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}
