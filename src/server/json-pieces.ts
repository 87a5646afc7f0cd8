// JSON text of an API answer in pieces: a bounded subgraph answer is up to 16 M
// characters, and JSON.stringify of it is one block of 100-300 ms during which no
// other request is read, plus a 16 MB string and its 16 MB buffer for the garbage
// collector to find. Here the items of long arrays (nodes, edges) are serialised
// one at a time (each whole), so the answer is written to the socket piece by
// piece (index.ts streams the long answers, with turns for other requests). The text is the same as JSON.stringify's (tests/server/sliced-answers.test.ts).
/** Arrays longer than this are written item by item. */
const LONG_ARRAY = 64;
/** Objects nested deeper than this are written whole (their arrays are short in every answer). */
const MAX_DEPTH = 3;

/** The text of JSON.stringify(value) for a JSON value (an API body), in pieces. */
export function* jsonPieces(value: unknown, depth = 0): Generator<string, void, void> {
  if (Array.isArray(value) && value.length > LONG_ARRAY) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const text = skipped(item) ? 'null' : JSON.stringify(item);
      yield i ? ',' + text : text;
    }
    yield ']';
    return;
  }
  if (depth < MAX_DEPTH && isPlainObject(value)) {
    yield '{';
    let first = true;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (skipped(v)) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(v, depth + 1);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

/** Whether JSON.stringify leaves a property out (or writes null in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** An object JSON.stringify writes key by key (no toJSON of its own), null prototype included. */
function isPlainObject(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}
