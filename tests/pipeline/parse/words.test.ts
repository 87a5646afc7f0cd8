import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { sentenceWords, splitToken } from '../../../src/pipeline/parse/words.ts';

const words = (t: string) => splitToken(t).map(([a, b]) => t.slice(a, b));

describe('splitToken: segment tokens to UD English EWT words', () => {
  it.each([
    ["don't", ['do', "n't"]],
    ["can't", ['ca', "n't"]],
    ["won't", ['wo', "n't"]],
    ['Didn’t', ['Did', 'n’t']],
    ["I'm", ['I', "'m"]],
    ["they're", ['they', "'re"]],
    ["we'll", ['we', "'ll"]],
    ["he'd", ['he', "'d"]],
    ['cannot', ['can', 'not']],
    ['Gonna', ['Gon', 'na']],
    ['wanna', ['wan', 'na']],
    ['Russian-backed', ['Russian', '-', 'backed']],
    ['al-Qaeda', ['al', '-', 'Qaeda']],
    ['Jong-un', ['Jong', '-', 'un']],
    ['well-known', ['well', '-', 'known']],
    ['pro-Russian', ['pro-Russian']],
    ['anti-war', ['anti-war']],
    ['e-mail', ['e-mail']],
    ['non-profit-making', ['non-profit', '-', 'making']],
    ['2022-23', ['2022-23']],
    ['war—and', ['war', '—', 'and']],
    ['U.S.', ['U.S.']],
    ["O'Neill", ["O'Neill"]],
    ['Kuleba', ['Kuleba']],
    ['-', ['-']],
  ])('%s -> %j', (token, expected) => {
    expect(words(token)).toEqual(expected);
  });
});

describe('sentenceWords', () => {
  it('keeps exact offsets into the article and the token each word came from', () => {
    const text = "Ukraine's Russian-backed rebels don't agree.";
    const seg = segment({ id: 'x', title: null, source: 'x', text });
    const ws = sentenceWords(seg, 0);
    expect(ws.map((w) => text.slice(w.start, w.end))).toEqual(['Ukraine', "'s", 'Russian', '-', 'backed', 'rebels', 'do', "n't", 'agree', '.']);
    for (const w of ws) {
      const tok = seg.tokens[w.token]!;
      expect(w.start).toBeGreaterThanOrEqual(tok.start);
      expect(w.end).toBeLessThanOrEqual(tok.end);
    }
    expect(ws.filter((w) => w.token === ws[2]!.token)).toHaveLength(3);
  });
});
