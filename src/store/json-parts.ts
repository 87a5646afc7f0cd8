// Read a JSON file too big to be one string. V8 strings stop at about 512 MB
// (2^29 - 24 UTF-16 units): a 100 MB corpus wrote a 714 MB graph.json that
// `JSON.parse(readFileSync(file, 'utf8'))` cannot read. The graph itself fits in
// memory as objects; only the text does not. So the file is read in chunks, and
// the top-level object is taken apart here: its keys, and for the keys named in
// `streamed` (graph.json's "nodes" and "edges") the elements of the array, each
// found by a scan that tracks strings and brackets and handed to JSON.parse on
// its own. Every other value is parsed whole. No string longer than the largest
// element plus one chunk is ever made.
//
// No streaming JSON parser is a dependency of this project, and this needs only
// the boundaries of values, so JSON.parse (native, exact) still does the parsing.
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 8 << 20;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/** Thrown with the offset (in characters) where the file stops being what was expected. */
export class JsonPartsError extends Error {}

/** The file's text, a chunk at a time: `text` holds what is not consumed yet, from `pos`. */
class ChunkedText {
  text = '';
  pos = 0;
  /** Characters dropped from the front of `text` so far (for error offsets). */
  private dropped = 0;
  private readonly fd: number;
  private readonly buffer: Buffer;
  private readonly decoder = new StringDecoder('utf8');
  private done = false;

  constructor(file: string, chunkBytes: number) {
    this.fd = fs.openSync(file, 'r');
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  /** Read another chunk, dropping what is consumed; false at the end of the file. */
  more(): boolean {
    if (this.done) return false;
    const n = fs.readSync(this.fd, this.buffer, 0, this.buffer.length, null);
    const fresh = n ? this.decoder.write(this.buffer.subarray(0, n)) : this.decoder.end();
    if (!n) this.done = true;
    this.dropped += this.pos;
    this.text = this.text.slice(this.pos) + fresh;
    this.pos = 0;
    return n > 0 || fresh.length > 0;
  }

  /** The next character that is not white space (not consumed); -1 at the end of the file. */
  peek(): number {
    for (;;) {
      while (this.pos < this.text.length) {
        const c = this.text.charCodeAt(this.pos);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return c;
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
    const at = this.pos < this.text.length ? ` near ${JSON.stringify(this.text.slice(this.pos, this.pos + 20))}` : ' at the end of the file';
    throw new JsonPartsError(`${message} at character ${this.dropped + this.pos}${at}`);
  }

  /** The next JSON value, parsed; its end is found by scanning, reading more chunks as needed. */
  value(): unknown {
    if (this.peek() < 0) this.fail('expected a value');
    const start = this.pos;
    let i = start;
    let depth = 0;
    let inString = false;
    const first = this.text.charCodeAt(start);
    const scalar = first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== QUOTE;
    for (;;) {
      if (i >= this.text.length) {
        // `pos` is the value's start: `more` drops the text before it
        const offset = i - this.pos;
        if (!this.more()) {
          if (scalar) break;
          this.fail('the file ends inside a value');
        }
        i = offset;
        continue;
      }
      const c = this.text.charCodeAt(i);
      if (inString) {
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 0) { i++; break; }
        }
      } else if (scalar) {
        if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 10 || c === 13 || c === 9) break;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) { i++; break; }
      }
      i++;
    }
    const slice = this.text.slice(this.pos, i);
    try {
      const v = JSON.parse(slice);
      this.pos = i;
      return v;
    } catch (e) {
      return this.fail((e as Error).message.replace(/ in JSON at position \d+.*$/, ''));
    }
  }
}

/**
 * Parse the JSON object in `file`; the arrays under the keys in `streamed` are read
 * element by element, each passed through `element` (given its array's key) as it
 * is read. Throws JsonPartsError (saying where) on anything that is not one JSON object.
 */
export function readJsonInParts(
  file: string, streamed: ReadonlySet<string>, chunkBytes = CHUNK_BYTES, element: (key: string, value: unknown) => unknown = (_key, value) => value,
): Record<string, unknown> {
  const input = new ChunkedText(file, chunkBytes);
  try {
    const out: Record<string, unknown> = {};
    input.expect(OPEN_BRACE, 'a JSON object');
    if (input.peek() === CLOSE_BRACE) input.pos++;
    else {
      for (;;) {
        if (input.peek() !== QUOTE) input.fail('expected a key in quotes');
        const key = input.value() as string;
        input.expect(COLON, '":"');
        let value: unknown;
        if (streamed.has(key) && input.peek() === OPEN_BRACKET) {
          input.pos++;
          const list: unknown[] = [];
          if (input.peek() === CLOSE_BRACKET) input.pos++;
          else {
            for (;;) {
              list.push(element(key, input.value()));
              const c = input.peek();
              input.pos++;
              if (c === CLOSE_BRACKET) break;
              if (c !== COMMA) { input.pos--; input.fail('expected "," or "]"'); }
            }
          }
          value = list;
        } else value = input.value();
        // as JSON.parse does: "__proto__" is an own key, not the prototype
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        const c = input.peek();
        input.pos++;
        if (c === CLOSE_BRACE) break;
        if (c !== COMMA) { input.pos--; input.fail('expected "," or "}"'); }
      }
    }
    if (input.peek() !== -1) input.fail('expected the end of the file after the object');
    return out;
  } finally {
    input.close();
  }
}
