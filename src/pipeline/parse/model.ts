// The parser's model file: the tag and relation inventories, the tag
// dictionary, and three weight tables (tagger, moves, relations), quantised to
// int16 and gzip-compressed. Layout: `KGPAR001`, header length, a JSON header,
// then the arrays, each padded to 4 bytes. Rows are sorted by hash at training
// time so the same model always gives the same bytes.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SparseRows } from './tables.ts';

const MAGIC = 'KGPAR001';

export interface ParserModel {
  /** Tag names by index (the UD UPOS tags). */
  tags: string[];
  /** Relation names by index (UD v2 with subtypes); includes "root". */
  labels: string[];
  /** Frequent words that always had one tag in training: exact (normalised) form -> tag index. */
  tagDict: Record<string, number>;
  tagger: SparseRows;
  moves: { hashes: Uint32Array; weights: Int16Array };
  labeller: SparseRows;
  /** Training facts (data, epochs, seed, dev scores). */
  info: Record<string, unknown>;
}

export class ModelFormatError extends Error {}

const pad4 = (n: number) => (n + 3) & ~3;

interface Header {
  tags: string[];
  labels: string[];
  tagDict: Record<string, number>;
  rows: { tagger: number; moves: number; labeller: number };
  nonzero: { tagger: number; labeller: number };
  info: Record<string, unknown>;
}

export function encodeModel(m: ParserModel): Buffer {
  const header: Header = {
    tags: m.tags, labels: m.labels, tagDict: m.tagDict,
    rows: { tagger: m.tagger.hashes.length, moves: m.moves.hashes.length, labeller: m.labeller.hashes.length },
    nonzero: { tagger: m.tagger.values.length, labeller: m.labeller.values.length },
    info: m.info,
  };
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  const parts: Buffer[] = [head, json, Buffer.alloc(pad4(json.length) - json.length)];
  const raw = (a: ArrayBufferView) => { const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength); parts.push(b, Buffer.alloc(pad4(b.length) - b.length)); };
  for (const t of [m.tagger, m.labeller]) { raw(t.hashes); raw(t.counts); raw(t.classes); raw(t.values); }
  raw(m.moves.hashes); raw(m.moves.weights);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): ParserModel {
  let buf: Buffer;
  try { buf = gunzipSync(gz); } catch { throw new ModelFormatError('not a gzip file'); }
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new ModelFormatError(`missing the ${MAGIC} header`);
  const hlen = buf.readUInt32LE(8);
  let header: Header;
  try { header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header; } catch { throw new ModelFormatError('the header is not JSON'); }
  const body = new Uint8Array(buf.length - 12 - pad4(hlen));
  body.set(buf.subarray(12 + pad4(hlen)));
  let off = 0;
  const take = <T>(ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
    if (off + n * ctor.BYTES_PER_ELEMENT > body.length) throw new ModelFormatError('model file is truncated');
    const v = new ctor(body.buffer, off, n);
    off += pad4(n * ctor.BYTES_PER_ELEMENT);
    return v;
  };
  const sparse = (rows: number, nz: number, classes: number): SparseRows => {
    const t = { hashes: take(Uint32Array, rows), counts: take(Uint8Array, rows), classes: take(Uint8Array, nz), values: take(Int16Array, nz) };
    let total = 0;
    for (let r = 0; r < rows; r++) total += t.counts[r]!;
    if (total !== nz) throw new ModelFormatError('row counts do not match the weights');
    for (let j = 0; j < nz; j++) if (t.classes[j]! >= classes) throw new ModelFormatError('class index out of range');
    return t;
  };
  const tagger = sparse(header.rows.tagger, header.nonzero.tagger, header.tags.length);
  const labeller = sparse(header.rows.labeller, header.nonzero.labeller, header.labels.length);
  const moves = { hashes: take(Uint32Array, header.rows.moves), weights: take(Int16Array, header.rows.moves * 4) };
  if (!header.labels.includes('root')) throw new ModelFormatError('the relation inventory has no "root"');
  return { tags: header.tags, labels: header.labels, tagDict: header.tagDict, tagger, moves, labeller, info: header.info };
}
