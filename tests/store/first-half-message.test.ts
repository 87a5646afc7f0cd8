// A first half crosses from the helper thread with its tokens packed as offsets (store/first-half-message.ts):
// what arrives after a structured clone is what was sent, tokens with the same keys in the same order.
import { describe, expect, it } from 'vitest';
import { packFirstHalf, unpackFirstHalf } from '../../src/store/first-half-message.ts';
import type { FirstHalf } from '../../src/store/first-halves.ts';
import { segment } from '../../src/pipeline/segment.ts';
import type { Article } from '../../src/types.ts';

const article: Article = { id: 'a', title: 'Ports', source: 'test', text: 'Dock workers in Rotterdam struck on Monday.\nThe union said talks had failed.', date: '2024-01-02', dateSource: 'option' } as Article;

function firstOf(seg: ReturnType<typeof segment>): FirstHalf {
  return { recognized: { seg, mentions: [] } };
}

describe('first half message', () => {
  it('arrives with the tokens it was sent with, keys in order', () => {
    const seg = segment(article);
    const sent = structuredClone(packFirstHalf(firstOf(seg)));
    expect(Array.isArray(sent.recognized!.seg.tokens)).toBe(false);
    const got = unpackFirstHalf(sent);
    expect(JSON.stringify(got)).toBe(JSON.stringify(firstOf(seg)));
    expect(Object.keys(got.recognized!.seg.tokens[0]!)).toEqual(Object.keys(seg.tokens[0]!));
  });

  it('sends tokens that are not their span of the text as they are', () => {
    const seg = segment(article);
    const odd = { ...seg, tokens: seg.tokens.map((t, i) => (i === 1 ? { ...t, text: t.text.toUpperCase() } : t)) };
    const sent = structuredClone(packFirstHalf(firstOf(odd)));
    expect(Array.isArray(sent.recognized!.seg.tokens)).toBe(true);
    expect(JSON.stringify(unpackFirstHalf(sent))).toBe(JSON.stringify(firstOf(odd)));
  });

  it('leaves the first half it packs unchanged, and a skipped file as it is', () => {
    const first = firstOf(segment(article));
    const before = JSON.stringify(first);
    packFirstHalf(first);
    expect(JSON.stringify(first)).toBe(before);
    const skip: FirstHalf = { error: 'no such file', userError: true };
    expect(unpackFirstHalf(structuredClone(packFirstHalf(skip)))).toEqual(skip);
  });
});
