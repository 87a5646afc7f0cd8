// A loaded parser's run-time tables as bytes, for the model cache (../model-cache.ts) to keep:
// building the tables from a model's rows is most of a load (~0.3 s of CPU for the shipped
// model, in code that runs once and so is never optimised), reading them back is a file read.
// Layout: `KGPTB001`, header length, a JSON header (the inventories, the tag dictionary, the word
// classes, each table's array lengths and shift), then the arrays, each padded to 4 bytes
// (the move rows are int16, the other arrays 32-bit words).
// Little-endian machines only, as the model format. Bytes that cannot be tables read as null.
import { checkedMoveParts, checkedSparseParts, MoveTable, SparseTable, type MoveParts, type SparseParts } from './tables.ts';

/** The layout's version: tables another version wrote read as null (and are built again). */
const MAGIC = 'KGPTB003';
const pad4 = (n: number) => (n + 3) & ~3;

/** What a parser runs on: the model's inventories and its weights in run-time tables. */
export interface ParserTables {
  tags: string[];
  labels: string[];
  tagDict: Record<string, number>;
  wordClasses?: Record<string, number>;
  retagMargin?: number;
  /** Beam width the parser decodes with (absent: 1, greedy). */
  beam?: number;
  tagger: SparseTable;
  tagger2?: SparseTable;
  moves: MoveTable;
  labeller: SparseTable;
  punct?: SparseTable;
}

const SPARSE = ['tagger', 'tagger2', 'labeller', 'punct'] as const;
type SparseName = (typeof SPARSE)[number];

interface Header {
  tags: string[];
  labels: string[];
  tagDict: Record<string, number>;
  wordClasses?: Record<string, number>;
  retagMargin?: number;
  beam?: number;
  moves: { rows: number; dir: number; shift: number };
  sparse: Partial<Record<SparseName, { words: number; dir: number; shift: number }>>;
}

export function encodeTables(t: ParserTables): Buffer {
  const moves = t.moves.parts();
  const sparse: [SparseName, SparseParts][] = [];
  for (const name of SPARSE) { const table = t[name]; if (table) sparse.push([name, table.parts()]); }
  const header: Header = {
    tags: t.tags, labels: t.labels, tagDict: t.tagDict,
    ...(t.wordClasses ? { wordClasses: t.wordClasses } : {}), ...(t.retagMargin !== undefined ? { retagMargin: t.retagMargin } : {}), ...(t.beam !== undefined ? { beam: t.beam } : {}),
    moves: { rows: moves.rows.length, dir: moves.dir.length, shift: moves.shift },
    sparse: Object.fromEntries(sparse.map(([name, p]) => [name, { words: p.words.length, dir: p.dir.length, shift: p.shift }])),
  };
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  const parts: Buffer[] = [head, json, Buffer.alloc(pad4(json.length) - json.length)];
  const raw = (a: Int16Array | Int32Array | Uint32Array) => {
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    if (pad4(a.byteLength) > a.byteLength) parts.push(Buffer.alloc(pad4(a.byteLength) - a.byteLength));
  };
  raw(moves.rows); raw(moves.dir);
  for (const [, p] of sparse) { raw(p.words); raw(p.dir); }
  return Buffer.concat(parts);
}

/** Tables `encodeTables` wrote, as views into `buf` (which belongs to them afterwards), or null. */
export function decodeTables(buf: Buffer): ParserTables | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) return null;
  const hlen = buf.readUInt32LE(8);
  let h: Header;
  try { h = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header; } catch { return null; }
  if (!h || !Array.isArray(h.tags) || !Array.isArray(h.labels) || typeof h.tagDict !== 'object' || !h.moves || !h.sparse) return null;
  // views need 4-byte alignment: a copy when the bytes do not have it
  const start = 12 + pad4(hlen);
  const body = (buf.byteOffset + start) % 4 === 0 ? new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start) : Uint8Array.from(buf.subarray(start));
  let off = 0, short = false;
  const take = <T>(ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: unknown): T | null => {
    const bytes = ctor.BYTES_PER_ELEMENT * (n as number);
    if (!Number.isInteger(n) || (n as number) < 0 || off + pad4(bytes) > body.length) { short = true; return null; }
    const v = new ctor(body.buffer as ArrayBuffer, body.byteOffset + off, n as number);
    off += pad4(bytes);
    return v;
  };
  const rows = take(Int16Array, h.moves.rows), mdir = take(Uint32Array, h.moves.dir);
  const moveParts = rows && mdir && checkedMoveParts({ rows, dir: mdir, shift: h.moves.shift });
  if (!moveParts) return null;
  const sparse: Partial<Record<SparseName, SparseTable>> = {};
  for (const name of SPARSE) {
    const s = h.sparse[name];
    if (!s) continue;
    const words = take(Int32Array, s.words), dir = take(Uint32Array, s.dir);
    const p = words && dir && checkedSparseParts({ words, dir, shift: s.shift });
    if (!p) return null;
    sparse[name] = new SparseTable(p);
  }
  if (short || off !== body.length || !sparse.tagger || !sparse.labeller) return null;
  return {
    tags: h.tags, labels: h.labels, tagDict: h.tagDict,
    ...(h.wordClasses ? { wordClasses: h.wordClasses } : {}), ...(h.retagMargin !== undefined ? { retagMargin: h.retagMargin } : {}), ...(Number.isInteger(h.beam) && h.beam! > 1 ? { beam: h.beam } : {}),
    tagger: sparse.tagger, ...(sparse.tagger2 ? { tagger2: sparse.tagger2 } : {}),
    moves: new MoveTable(moveParts as MoveParts), labeller: sparse.labeller, ...(sparse.punct ? { punct: sparse.punct } : {}),
  };
}
