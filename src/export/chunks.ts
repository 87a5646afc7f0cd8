// Exports are generators of string pieces, so a document of any size is
// written piece by piece and never held whole in memory. `batched` groups the
// many tiny pieces into chunks of a useful size for a stream.

/** Concatenate pieces into chunks of at least `size` characters. */
export function* batched(pieces: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buf: string[] = [];
  let len = 0;
  for (const p of pieces) {
    buf.push(p);
    len += p.length;
    if (len >= size) {
      yield buf.join('');
      buf = [];
      len = 0;
    }
  }
  if (len) yield buf.join('');
}

/** The whole output as one string (for tests and small graphs only). */
export function collect(pieces: Iterable<string>): string {
  let out = '';
  for (const p of pieces) out += p;
  return out;
}
