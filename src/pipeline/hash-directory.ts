// Rows kept in hash order behind a directory of their hashes' top bits: the layout of the run-time weight
// tables (the parser's, parse/tables.ts; the recogniser's, ner/weights.ts). A look-up reads the directory entry of
// its hash, then only that entry's few rows.

/** A directory of rows sorted by hash, and the shift that takes a hash to its entry (hash >>> shift). */
export interface Directory { dir: Uint32Array; shift: number }

/**
 * Directory of rows sorted by hash: dir[b] is the first row whose hash's top bits are >= b, so
 * the rows of a hash lie in dir[b] .. dir[b + 1]; with `start`, entries hold where each row starts
 * (and `end`, past the last). Built in one pass over the rows.
 * At most `perEntry` rows per directory entry on average (more entries: a bigger, colder directory),
 * and at least 2^minBits entries (a table whose keys hold only the bits below an entry's needs them).
 */
export function directory(hashes: Uint32Array, order: Int32Array | null, start: Uint32Array | null = null, end = hashes.length, perEntry = 2, minBits = 4): Directory {
  const R = hashes.length;
  let bits = minBits;
  while (bits < 24 && perEntry << bits < R) bits++;
  const shift = 32 - bits, nb = 1 << bits;
  const dir = new Uint32Array(nb + 1);
  let b = 0;
  for (let r = 0; r < R; r++) {
    const top = hashes[order ? order[r]! : r]! >>> shift;
    const at = start ? start[r]! : r;
    while (b <= top) dir[b++] = at;
  }
  while (b <= nb) dir[b++] = end;
  return { dir, shift };
}

/**
 * Rows in ascending hash order: null when they are already (model files store them so), else a permutation
 * (rows of equal hashes keeping their order).
 */
export function hashOrder(hashes: Uint32Array): Int32Array | null {
  let sorted = true;
  for (let r = 1; r < hashes.length && sorted; r++) if (hashes[r]! < hashes[r - 1]!) sorted = false;
  if (sorted) return null;
  const order = Int32Array.from(hashes.keys());
  order.sort((a, b) => hashes[a]! - hashes[b]! || a - b);
  return order;
}
