// Which builds run without V8's optimising compiler during an ingest: those of up to
// SHORT_BUILD_CHARS characters of article text in all (rebuild.ts). Whether they do
// changes no byte of the graph: tests/store/layout-state.test.ts compares an ingest's
// graph.json (built so) with `kg build`'s (built with it).
import { describe, expect, it } from 'vitest';
import { isShortBuild, SHORT_BUILD_CHARS } from '../../src/store/rebuild.ts';
import type { Manifest } from '../../src/store/store.ts';

const manifest = (chars: number[]): Manifest => ({
  version: 1,
  documents: Object.fromEntries(chars.map((c, i) => [`d${i}`, { id: `d${i}`, source: `d${i}.txt`, title: null, chars: c }])),
});

describe('isShortBuild', () => {
  it.each([
    ['no article', [], true],
    ['one short article', [1_200], true],
    ['articles adding up to the limit', [SHORT_BUILD_CHARS / 2, SHORT_BUILD_CHARS / 2], true],
    ['one character more', [SHORT_BUILD_CHARS / 2, SHORT_BUILD_CHARS / 2 + 1], false],
    ['many articles past it', Array.from({ length: 2_000 }, () => 1_500), false],
  ] as const)('%s', (_name, chars, short) => {
    expect(isShortBuild(manifest([...chars]))).toBe(short);
  });
});
