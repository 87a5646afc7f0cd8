// Read a JSON file too big to be one string. V8 strings stop at about 512 MB
// (2^29 - 24 UTF-16 units): a 100 MB corpus wrote a 714 MB graph.json that
// `JSON.parse(readFileSync(file, 'utf8'))` cannot read. The graph itself fits in
// memory as objects; only the text does not. So the file is read in chunks, and
// the top-level object is taken apart here: its keys, and for the keys named in
// `streamed` the elements of the array (graph.json's "nodes" and "edges") or the
// members of the object (the manifest's "documents"), each found by a scan that
// tracks strings and brackets and handed to JSON.parse on its own. Every other value is parsed whole. No string longer than the largest
// value is ever made.
//
// The scan runs over the file's bytes, and only each value's bytes are decoded:
// the characters that delimit JSON are ASCII, and no byte of a multi-byte UTF-8
// character is. Decoding whole chunks instead made two strings of a chunk's size
// per chunk, garbage too big for the young generation: reading the graph of
// 100,000 articles (1 GB) peaked 1.4 GB above what it kept.
//
// No streaming JSON parser is a dependency of this project, and this needs only
// the boundaries of values, so JSON.parse (native, exact) still does the parsing.
import fs from 'node:fs';

const CHUNK_BYTES = 8 << 20;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
const SPACE = 32;
const NEWLINE = 10;
const RETURN = 13;
const TAB = 9;

/** Thrown with the offset (in bytes) where the file stops being what was expected. */
export class JsonPartsError extends Error {}

/** The file's bytes, a chunk at a time: `bytes[pos, end)` is what is read and not consumed yet. */
class ChunkedBytes {
  bytes: Buffer;
  pos = 0;
  end = 0;
  /** Bytes of the file before `bytes[0]` (for error offsets). */
  private dropped = 0;
  private readonly fd: number;
  private done = false;

  constructor(file: string, chunkBytes: number) {
    this.fd = fs.openSync(file, 'r');
    this.bytes = Buffer.allocUnsafe(Math.max(1, chunkBytes));
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  /**
   * Read more of the file behind what is not consumed (moved to the front; the
   * buffer doubles when that fills it); false at the end of the file.
   */
  more(): boolean {
    if (this.done) return false;
    if (this.pos > 0) {
      this.bytes.copyWithin(0, this.pos, this.end);
      this.dropped += this.pos;
      this.end -= this.pos;
      this.pos = 0;
    }
    if (this.end === this.bytes.length) {
      const wider = Buffer.allocUnsafe(this.bytes.length * 2);
      this.bytes.copy(wider, 0, 0, this.end);
      this.bytes = wider;
    }
    const n = fs.readSync(this.fd, this.bytes, this.end, this.bytes.length - this.end, null);
    if (!n) this.done = true;
    this.end += n;
    return n > 0;
  }

  /** The next byte that is not white space (not consumed); -1 at the end of the file. */
  peek(): number {
    for (;;) {
      while (this.pos < this.end) {
        const c = this.bytes[this.pos]!;
        if (c !== SPACE && c !== NEWLINE && c !== RETURN && c !== TAB) return c;
        this.pos++;
      }
      if (!this.more()) return -1;
    }
  }

  expect(c: number, what: string): void {
    if (this.peek() !== c) this.fail(`expected ${what}`);
    this.pos++;
  }

  fail(message: string): never {
    const at = this.pos < this.end ? ` near ${JSON.stringify(this.bytes.toString('utf8', this.pos, Math.min(this.end, this.pos + 20)))}` : ' at the end of the file';
    throw new JsonPartsError(`${message} at byte ${this.dropped + this.pos}${at}`);
  }

  /** The next JSON value, parsed; its end is found by scanning, reading more chunks as needed. */
  value(): unknown {
    if (this.peek() < 0) this.fail('expected a value');
    let i = this.pos;
    let depth = 0;
    let inString = false;
    const first = this.bytes[i]!;
    const scalar = first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== QUOTE;
    for (;;) {
      if (i >= this.end) {
        // `pos` is the value's start: `more` moves it to the front
        const offset = i - this.pos;
        if (!this.more()) {
          if (scalar) break;
          this.fail('the file ends inside a value');
        }
        i = offset;
        continue;
      }
      const c = this.bytes[i]!;
      if (inString) {
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 0) { i++; break; }
        }
      } else if (scalar) {
        if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === SPACE || c === NEWLINE || c === RETURN || c === TAB) break;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) { i++; break; }
      }
      i++;
    }
    try {
      const v = JSON.parse(this.bytes.toString('utf8', this.pos, i));
      this.pos = i;
      return v;
    } catch (e) {
      return this.fail((e as Error).message.replace(/ in JSON at position \d+.*$/, ''));
    }
  }
}

/** Set `key` of `record` as JSON.parse does: "__proto__" is an own key, not the prototype. */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The members of the object at the input (its "{" not consumed yet), each value read on its own through `value`. */
function readMembers(input: ChunkedBytes, value: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  input.expect(OPEN_BRACE, 'a JSON object');
  if (input.peek() === CLOSE_BRACE) { input.pos++; return out; }
  for (;;) {
    if (input.peek() !== QUOTE) input.fail('expected a key in quotes');
    const key = input.value() as string;
    input.expect(COLON, '":"');
    setOwn(out, key, value(key));
    const c = input.peek();
    input.pos++;
    if (c === CLOSE_BRACE) return out;
    if (c !== COMMA) { input.pos--; input.fail('expected "," or "}"'); }
  }
}

/** The elements of the array at the input (its "[" consumed), each read on its own. */
function readElements(input: ChunkedBytes, element: () => unknown): unknown[] {
  const list: unknown[] = [];
  if (input.peek() === CLOSE_BRACKET) { input.pos++; return list; }
  for (;;) {
    list.push(element());
    const c = input.peek();
    input.pos++;
    if (c === CLOSE_BRACKET) return list;
    if (c !== COMMA) { input.pos--; input.fail('expected "," or "]"'); }
  }
}

/**
 * Parse the JSON object in `file`; the values under the keys in `streamed` are read
 * in parts: an array element by element, an object member by member, each element
 * or member value passed through `element` (given the top-level key) as it is read.
 * Throws JsonPartsError (saying where) on anything that is not one JSON object.
 */
export function readJsonInParts(
  file: string, streamed: ReadonlySet<string>, chunkBytes = CHUNK_BYTES, element: (key: string, value: unknown) => unknown = (_key, value) => value,
): Record<string, unknown> {
  const input = new ChunkedBytes(file, chunkBytes);
  try {
    const out = readMembers(input, (key) => {
      if (!streamed.has(key)) return input.value();
      const c = input.peek();
      if (c === OPEN_BRACKET) { input.pos++; return readElements(input, () => element(key, input.value())); }
      if (c === OPEN_BRACE) return readMembers(input, () => element(key, input.value()));
      return input.value();
    });
    if (input.peek() !== -1) input.fail('expected the end of the file after the object');
    return out;
  } finally {
    input.close();
  }
}
