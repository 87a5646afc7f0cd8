// A first half crosses from the helper thread with its tokens packed as offsets (store/first-half-message.ts):
// what arrives after a structured clone is what was sent, tokens with the same keys in the same order.
import { describe, expect, it } from 'vitest';
import { packFirstHalf, unpackFirstHalf } from '../../src/store/first-half-message.ts';
import type { FirstHalf } from '../../src/store/first-halves.ts';
import { segment } from '../../src/pipeline/segment.ts';
import type { Article } from '../../src/types.ts';
import type { Recognized } from '../../src/pipeline/recognize-article.ts';

const article: Article = { id: 'a', title: 'Ports', source: 'test', text: 'Dock workers in Rotterdam struck on Monday.\nThe union said talks had failed.', date: '2024-01-02', dateSource: 'option' } as Article;

/** The recognised part of a first half that is not a skipped file. */
const rec = (first: FirstHalf): Recognized => (first as { recognized: Recognized }).recognized;

function firstOf(seg: ReturnType<typeof segment>): FirstHalf {
  return { recognized: { seg, mentions: [] } };
}

describe('first half message', () => {
  it('arrives with the tokens it was sent with, keys in order', () => {
    const seg = segment(article);
    const sent = structuredClone(packFirstHalf(firstOf(seg)));
    expect(Array.isArray(rec(sent).seg.tokens)).toBe(false);
    const got = unpackFirstHalf(sent);
    expect(JSON.stringify(got)).toBe(JSON.stringify(firstOf(seg)));
    expect(Object.keys(rec(got).seg.tokens[0]!)).toEqual(Object.keys(seg.tokens[0]!));
  });

  it('sends sentences and mentions as rows, made again with their keys in order', () => {
    const seg = segment(article);
    const mentions = [
      { start: 16, end: 25, text: 'Rotterdam', type: 'city', sentence: 0, reason: 'gazetteer', gazetteerId: 'city:1' },
      { start: 48, end: 53, text: 'union', type: 'organization', sentence: 1, reason: 'ner' },
    ] as Recognized['mentions'];
    const resolved = { entities: [], mentions: mentions.map((m) => ({ ...m, entity: m.text })) };
    const first: FirstHalf = { recognized: { seg, mentions, resolved } };
    const sent = structuredClone(packFirstHalf(first));
    expect(Array.isArray(rec(sent).mentions)).toBe(false);
    expect(Array.isArray(rec(sent).seg.sentences)).toBe(false);
    const got = rec(unpackFirstHalf(sent));
    expect(JSON.stringify(got)).toBe(JSON.stringify(rec(first)));
    expect(got.mentions.map((m) => Object.keys(m))).toEqual(mentions.map((m) => Object.keys(m)));
    expect(got.resolved!.mentions.map((m) => Object.keys(m))).toEqual(resolved.mentions.map((m) => Object.keys(m)));
    // a mention holding an object is sent as it is
    const nested = [{ ...mentions[0]!, extra: { a: 1 } }] as unknown as Recognized['mentions'];
    const kept = structuredClone(packFirstHalf({ recognized: { seg, mentions: nested } }));
    expect(Array.isArray(rec(kept).mentions)).toBe(true);
  });

  it('sends tokens that are not their span of the text as they are', () => {
    const seg = segment(article);
    const odd = { ...seg, tokens: seg.tokens.map((t, i) => (i === 1 ? { ...t, text: t.text.toUpperCase() } : t)) };
    const sent = structuredClone(packFirstHalf(firstOf(odd)));
    expect(Array.isArray(rec(sent).seg.tokens)).toBe(true);
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
