// The run-time weight tables must give, for every hash asked, exactly the weights of its row
// (and nothing for a hash without one): checked against a plain Map on random rows, with
// hashes crowded into one directory entry, at the ends of the 32-bit range, and out of order.
import { describe, expect, it } from 'vitest';
import { MoveTable, SparseTable, type SparseRows } from '../../../src/pipeline/parse/tables.ts';
import { seededRandom } from '../../../src/random.ts';

interface Row { hash: number; weights: Array<[number, number]> }

function makeRows(n: number, seed: number, sorted: boolean): Row[] {
  const rand = seededRandom(seed);
  const seen = new Set<number>();
  const rows: Row[] = [];
  const add = (hash: number) => {
    if (seen.has(hash)) return;
    seen.add(hash);
    const count = rand() < 0.1 ? 7 + Math.floor(rand() * 20) : 1 + Math.floor(rand() * 6); // some past the inline six
    const classes = new Set<number>();
    while (classes.size < count) classes.add(Math.floor(rand() * 51));
    rows.push({ hash, weights: [...classes].map((c) => [c, Math.floor(rand() * 65535) - 32767]) });
  };
  for (const h of [0, 1, 0xffffffff, 0xfffffffe, 0x80000000, 0x7fffffff]) add(h);
  for (let i = 0; i < 40; i++) add((0x12345000 + i) >>> 0); // one directory entry's crowd
  while (rows.length < n) add(Math.floor(rand() * 0x100000000));
  if (sorted) rows.sort((a, b) => a.hash - b.hash);
  return rows;
}

function sparseRows(rows: Row[]): SparseRows {
  const nz = rows.reduce((s, r) => s + r.weights.length, 0);
  const out: SparseRows = { hashes: new Uint32Array(rows.length), counts: new Uint8Array(rows.length), classes: new Uint8Array(nz), values: new Int16Array(nz) };
  let j = 0;
  rows.forEach((r, i) => {
    out.hashes[i] = r.hash;
    out.counts[i] = r.weights.length;
    for (const [c, v] of r.weights) { out.classes[j] = c; out.values[j] = v; j++; }
  });
  return out;
}

/** The hashes asked: every row's, and as many that have no row (neighbours of rows, random). */
function probes(rows: Row[], seed: number): number[] {
  const rand = seededRandom(seed);
  const out = rows.map((r) => r.hash);
  for (const r of rows) out.push((r.hash + 1) >>> 0, (r.hash - 1) >>> 0);
  for (let i = 0; i < rows.length; i++) out.push(Math.floor(rand() * 0x100000000));
  return out;
}

describe('parser weight tables', () => {
  for (const sorted of [true, false]) {
    it(`SparseTable scores exactly the rows' weights (${sorted ? 'rows in hash order' : 'rows out of order'})`, () => {
      const rows = makeRows(3000, sorted ? 1 : 2, sorted);
      const byHash = new Map(rows.map((r) => [r.hash | 0, r]));
      const table = new SparseTable(sparseRows(rows));
      const asked = probes(rows, 3);
      const scores = new Float64Array(64), expected = new Float64Array(64);
      // in groups of 1..40 features, as the decoder asks
      for (let i = 0, g = 1; i < asked.length; i += g, g = (g % 40) + 1) {
        const group = Int32Array.from(asked.slice(i, i + g), (h) => h | 0);
        scores.fill(0); expected.fill(0);
        table.score(group, group.length, scores);
        for (const h of group) for (const [c, v] of byHash.get(h)?.weights ?? []) expected[c] += v;
        expect(Array.from(scores)).toEqual(Array.from(expected));
      }
    });
  }

  it('SparseTable takes feature lists of any length', () => {
    const rows = makeRows(500, 8, true);
    const table = new SparseTable(sparseRows(rows));
    const group = Int32Array.from([...rows, ...rows].map((r) => r.hash | 0)); // 1,000 features, each row twice
    const scores = new Float64Array(64), expected = new Float64Array(64);
    table.score(group, group.length, scores);
    for (const r of rows) for (const [c, v] of r.weights) expected[c] += 2 * v;
    expect(Array.from(scores)).toEqual(Array.from(expected));
  });

  // guard: rows are variable-length and a row's end is marked on its last weight, so a row with none is left out
  it('SparseTable: a row without weights scores nothing, and the rows beside it in its directory entry score theirs', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 12; i++) rows.push({ hash: (0x40000000 + i) >>> 0, weights: i % 3 === 0 ? [] : [[i, 100 + i], [i + 20, -i]] });
    const table = new SparseTable(sparseRows(rows));
    for (const r of rows) {
      const scores = new Float64Array(64), expected = new Float64Array(64);
      table.score(Int32Array.of(r.hash | 0), 1, scores);
      for (const [c, v] of r.weights) expected[c] += v;
      expect(Array.from(scores)).toEqual(Array.from(expected));
    }
  });

  for (const sorted of [true, false]) {
    it(`MoveTable scores exactly the rows' four weights (${sorted ? 'rows in hash order, some past the table\'s end' : 'rows out of order'})`, () => {
      const rows = makeRows(3000, sorted ? 4 : 6, sorted);
      const weights = new Int16Array(rows.length * 4);
      rows.forEach((r, i) => { for (let m = 0; m < 4; m++) weights[i * 4 + m] = r.weights[m % r.weights.length]![1]; });
      const byHash = new Map(rows.map((r, i) => [r.hash | 0, i]));
      const table = new MoveTable(Uint32Array.from(rows, (r) => r.hash), weights);
      const asked = probes(rows, 5);
      const scores = new Float64Array(4), expected = new Float64Array(4);
      for (let i = 0, g = 1; i < asked.length; i += g, g = (g % 40) + 1) {
        const group = Int32Array.from(asked.slice(i, i + g), (h) => h | 0);
        scores.fill(0); expected.fill(0);
        table.score(group, group.length, scores);
        for (const h of group) { const r = byHash.get(h); if (r !== undefined) for (let m = 0; m < 4; m++) expected[m] += weights[r * 4 + m]!; }
        expect(Array.from(scores)).toEqual(Array.from(expected));
      }
    });
  }

});
