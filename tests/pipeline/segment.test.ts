import { describe, expect, it } from 'vitest';
import { segment, splitChunk, isBoilerplate } from '../../src/pipeline/segment.ts';
import type { Article } from '../../src/types.ts';

const article = (text: string): Article => ({ id: 'x', title: null, source: 'x.txt', text });
const tokensOf = (text: string) => segment(article(text)).tokens.map((t) => t.text);

describe('splitChunk: CoNLL-style tokens', () => {
  it.each([
    ["Russia's", ['Russia', "'s"]],
    ['Korea’s', ['Korea', '’s']],
    ["separatists'", ['separatists', "'"]],
    ['U.S.', ['U.S.']],
    ['Mr.', ['Mr.']],
    ['Hong-chol,', ['Hong-chol', ',']],
    ['(Photo', ['(', 'Photo']],
    ['"Russia', ['"', 'Russia']],
    ['politically,"', ['politically', ',', '"']],
    ['2.5', ['2.5']],
    ["'s", ["'s"]],
    ['end.', ['end', '.']],
    ['...', ['...']],
    ['J.', ['J.']],
  ])('%s -> %j', (chunk, expected) => {
    expect(splitChunk(chunk).map(([a, b]) => chunk.slice(a, b))).toEqual(expected);
  });
});

describe('segment', () => {
  it('keeps offsets exact: every token and sentence is a slice of the text', () => {
    const text = 'Ukrainian Foreign Minister Dmytro Kuleba said "no."\nKyiv severed ties with North Korea. It was Thursday.';
    const seg = segment(article(text));
    for (const t of seg.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of seg.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('a newline always ends a sentence, and sentences split after final punctuation', () => {
    const seg = segment(article('Kyiv severed ties with North Korea. Mr. Smith met Dr. Jones in the U.S. on Monday.\nNo final stop'));
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Kyiv severed ties with North Korea.',
      'Mr. Smith met Dr. Jones in the U.S. on Monday.',
      'No final stop',
    ]);
    expect(seg.sentences[2]!.heading).toBe(true);
  });

  it('(guard) a quotation closed before its attribution is no heading', () => {
    expect(segment(article("``With Ohio being his home state, he had an edge,'' she said.")).sentences.every((s) => !s.heading)).toBe(true);
  });

  it.each([
    "``With Ohio being his home state, there was a strong incentive.''",
    'He was known as the "Angel of the Slums." \'',
  ])('a line ending in a full stop and closing quotes is no heading: %s', (text) => {
    expect(segment(article(text)).sentences.every((s) => !s.heading)).toBe(true);
  });

  it.each([
    ['a wire dateline is a heading of its own, its AP state abbreviation keeping its period', 'TUCSON, Ariz. (AP) - A man was held.', ['TUCSON, Ariz. (AP) -', 'A man was held.']],
    ['a dateline with a date and an agency', 'KYIV, 13 July 2022 (Reuters) - Ukraine cut ties. It said so.', ['KYIV, 13 July 2022 (Reuters) -', 'Ukraine cut ties.', 'It said so.']],
    ['a dateline without a place: a date and an agency', 'Dec 18 (Reuters) - Acme agreed to buy Zenith. It said so.', ['Dec 18 (Reuters) -', 'Acme agreed to buy Zenith.', 'It said so.']],
    ['a dateline without a place: the agency alone', '(AP) - Acme agreed to buy Zenith.', ['(AP) -', 'Acme agreed to buy Zenith.']],
    ['a bracket and a dash inside a story are no dateline', 'Acme (the buyer) - and Zenith - agreed.', ['Acme (the buyer) - and Zenith - agreed.']],
    ['a dateline of two places joined by a slash', 'WASHINGTON/BEIJING (Reuters) - The two sides agreed to talk.', ['WASHINGTON/BEIJING (Reuters) -', 'The two sides agreed to talk.']],
    ['only the first paragraph opens with a dateline', 'Talks end\nThe talks ended.\nUN - the body met.', ['Talks end', 'The talks ended.', 'UN - the body met.']],
    ['a capitalised word and a dash inside a story is no dateline', 'NATO - the alliance - met.', ['NATO - the alliance - met.']],
    ['and in running text', 'He lives in Tempe, Ariz. He works in Phoenix.', ['He lives in Tempe, Ariz. He works in Phoenix.']],
    ['a state abbreviation that is also a word ends a sentence in lower case', 'He fell ill. He rested.', ['He fell ill.', 'He rested.']],
  ])('%s', (_what, text, sentences) => {
    expect(segment(article(text)).sentences.map((s) => s.text)).toEqual(sentences);
  });

  it('token ranges of sentences cover every token once, in order', () => {
    const seg = segment(article('One two. Three four!\n\nFive six?'));
    const covered = seg.sentences.flatMap((s) => seg.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.sentence));
    expect(covered).toEqual(seg.tokens.map((t) => t.sentence));
    expect(seg.sentences).toHaveLength(3);
  });

  it('tokenises a CoNLL-style line without moving any token boundary', () => {
    const line = 'Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria in a Group C championship match on Friday .';
    expect(tokensOf(line)).toEqual(line.split(' '));
  });
});

describe('boilerplate lines', () => {
  it.each([
    ['(Photo : Photo by Martin Ollman/Getty Images)', true],
    ['Read Also: Sri Lanka Crisis: Who Will Be the Country\'s Next President?', true],
    ['Related Article: Something Happens in Paris', true],
    ['@YouTube', true],
    ['Copyright 2024 Example News. All rights reserved.', true],
    ['France condemned the attack on Mali.', false],
    ['Photographers gathered in Paris on Monday.', false],
  ])('%s -> %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});

describe('an abbreviation that may end a sentence', () => {
  const texts = (t: string) => segment(article(t)).sentences.map((s) => s.text);
  it.each([
    ['Broadcom bought Vexa Inc. The deal closed on Monday.', ['Broadcom bought Vexa Inc.', 'The deal closed on Monday.']],
    ['Sanctions were imposed by the U.S. He called them unfair.', ['Sanctions were imposed by the U.S.', 'He called them unfair.']],
    ['Talks with Ford Motor Co. But no deal came.', ['Talks with Ford Motor Co.', 'But no deal came.']],
  ])('ends before a word that opens a sentence: %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
  it.each([
    // a title, or a name going on after the abbreviation, keeps the sentence whole (guards)
    'Apple Inc. Chief Executive Tim Cook spoke.',
    'The U.S. Treasury said so.',
    'Mr. He Yong arrived.',
  ])('does not end: %s', (text) => {
    expect(texts(text)).toEqual([text]);
  });
});
