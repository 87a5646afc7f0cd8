// The parser's mix must be the recogniser's mix read as a signed 32-bit integer, for arguments
// given signed or unsigned (a mix result feeds the next mix either way), so that features hash
// to the keys the shipped model was trained with.
import { describe, expect, it } from 'vitest';
import { mix as unsignedMix } from '../../../src/pipeline/ner/hash.ts';
import { mix } from '../../../src/pipeline/parse/hash.ts';
import { seededRandom } from '../../../src/random.ts';

describe('parser feature hash', () => {
  it('is the unsigned mix as int32, whatever the sign of its arguments', () => {
    const rand = seededRandom(7);
    const values = [0, 1, 63, 0x7fffffff, 0x80000000, 0xffffffff, 0x9e3779b9, 0x6487ed51];
    for (let i = 0; i < 2000; i++) values.push(Math.floor(rand() * 0x100000000));
    for (let i = 0; i < values.length; i++) {
      const a = values[i]!, b = values[(i * 7 + 3) % values.length]!;
      const want = unsignedMix(a, b) | 0;
      expect(mix(a, b)).toBe(want);
      expect(mix(a | 0, b | 0)).toBe(want);
      expect(mix(mix(a, b), b)).toBe(unsignedMix(unsignedMix(a, b), b) | 0);
      expect(mix(a, mix(b, a))).toBe(unsignedMix(a, unsignedMix(b, a)) | 0);
    }
  });
});
