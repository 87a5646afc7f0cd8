// The typed index the models build at start-up instead of a Map (src/pipeline/uint-index.ts) answers
// every look-up as the Map of the same entries does, absent and out-of-range keys included, and the
// tagger's lexicon read from a model matches as the one it was written from.
import { describe, expect, it } from 'vitest';
import { UintIndex } from '../../src/pipeline/uint-index.ts';
import { Lexicon, startSeq, extendSeq } from '../../src/pipeline/ner/lexicon.ts';
import { hashStr } from '../../src/pipeline/ner/hash.ts';
import { seededRandom } from '../../src/random.ts';

describe('UintIndex', () => {
  it('answers as a Map of the same keys, the last value set winning', () => {
    const rand = seededRandom(7);
    const keys = Array.from({ length: 5000 }, () => Math.floor(rand() * 2 ** 32));
    keys.push(0, 2 ** 32 - 1, keys[3]!, keys[10]!);
    const index = new UintIndex(keys.length), map = new Map<number, number>();
    keys.forEach((k, i) => { index.set(k, i); map.set(k, i); });
    expect(index.size).toBe(map.size);
    for (const k of keys) expect(index.get(k)).toBe(map.get(k));
    for (let i = 0; i < 5000; i++) {
      const k = Math.floor(rand() * 2 ** 32);
      expect(index.get(k)).toBe(map.get(k) ?? -1);
    }
  });

  it('finds no key that is not a 32-bit unsigned integer, as a Map of such keys finds none', () => {
    const index = new UintIndex(4);
    index.set(0, 1); index.set(2 ** 32 - 1, 2); index.set(5, 3);
    for (const k of [-1, -(2 ** 31), 2 ** 32, 5.5, NaN, Infinity]) expect(index.get(k)).toBe(-1);
    expect(index.get(-0)).toBe(1);
    expect(() => index.set(-1, 0)).toThrow(RangeError);
    expect(() => index.set(1, -1)).toThrow(RangeError);
  });

  it('refuses more keys than it was made for', () => {
    const index = new UintIndex(2);
    index.set(1, 0); index.set(2, 0); index.set(2, 5);
    expect(() => index.set(3, 0)).toThrow(/full/);
  });
});

describe('Lexicon read from arrays', () => {
  it('matches what the lexicon it was written from matches, and writes the same arrays again', () => {
    const lex = new Lexicon();
    for (const name of ['New York', 'New York City', 'York', 'Paris', 'Buenos Aires', 'Aires']) lex.add(name, 'city');
    lex.add('New', 'orgword');
    lex.add('Paris', 'firstname');
    const { keys, values } = lex.toArrays();
    const read = Lexicon.fromArrays(keys, values);
    const words = 'we flew from New York City to Buenos Aires via Paris and York'.split(' ');
    const lower = Uint32Array.from(words, (w) => hashStr(w.toLowerCase()));
    const hits = (l: Lexicon) => { const out: number[][] = []; l.match(lower, 0, words.length, (a, b, bits) => out.push([a, b, bits])); return out; };
    expect(hits(read)).toEqual(hits(lex));
    expect(hits(read).length).toBeGreaterThan(4);
    expect(read.toArrays()).toEqual({ keys, values });
    expect(read.map.get(startSeq(hashStr('paris')))).toBe(lex.map.get(startSeq(hashStr('paris'))));
    expect(read.map.has(extendSeq(startSeq(hashStr('new')), hashStr('york')))).toBe(true);
  });
});
