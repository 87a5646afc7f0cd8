// The country of a bare national title, stop 36: a word describing the holder's politics between a possessor and the
// title ("Chile's leftist President X"), and the one country the article names that the holder is known to serve
// (relate/known-holders.ts over data/office-holders.ts). Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';
import { officeOfTitle } from '../../../src/pipeline/relate/known-holders.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a word for the holder\'s politics between the possessor and the title', () => {
  it.each([
    ["Chile's leftist President Tomas Arriagada said the figures were hard to believe.", 'Tomas Arriagada -president of-> Chile'],
    ["Hungary's nationalist Prime Minister Gabor Tarnai spoke first.", 'Gabor Tarnai -prime minister of-> Hungary'],
    ["Peru's embattled Finance Minister Rosa Quispe resigned on Monday.", 'Rosa Quispe -finance minister of-> Peru'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a descriptor with no possessor before it takes no country from a name later in the sentence', async () => {
    const got = await lines('The leftist President Tomas Arriagada said he would visit Peru.');
    expect(got).not.toContain('Tomas Arriagada -president of-> Peru');
  });
});

describe('a bare title whose holder is known, among the countries the article names', () => {
  it.each([
    ['Venezuela ordered diplomats from Argentina, Chile and Peru to leave after the election, which handed President Nicolas Maduro a third term.',
      'Nicolas Maduro -president of-> Venezuela'],
    ['The rover deal with the United States was signed in Washington during a state visit to the White House by Prime Minister Fumio Kishida of Japan\'s ruling party. Japan will build it.',
      'Fumio Kishida -prime minister of-> Japan'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: the known country is not named in the article: no role from knowledge', async () => {
    const got = await lines('Argentina and Chile condemned the election that handed President Nicolas Maduro a third term.');
    expect(got.filter((l) => l.startsWith('Nicolas Maduro -president of->'))).toEqual([]);
  });
  it('guard: an unknown holder gets no country from knowledge', async () => {
    const got = await lines('Argentina, Chile and Venezuela met in Lima, where President Ramon Castillejo spoke.');
    expect(got.filter((l) => l.startsWith('Ramon Castillejo -president of-> Venezuela'))).toEqual([]);
  });
  it.each([
    [['president'], 'president'], [['vice', 'president'], 'vice president'], [['former', 'prime', 'minister'], 'prime minister'],
    [['secretary', 'of', 'state'], 'foreign minister'], [['foreign', 'secretary'], 'foreign minister'], [['chancellor'], 'chancellor'],
    [['chancellor', 'of', 'the', 'exchequer'], 'finance minister'], [['king'], 'monarch'], [['trade', 'minister'], undefined],
  ])('office of %j: %s', (words, office) => {
    expect(officeOfTitle(words as string[])).toBe(office);
  });
});

describe('a plural office after a country, and a later bare title of its holders', () => {
  it.each([
    ['Britain imposed sanctions on two far-right Israeli cabinet ministers, Avi Dror and Eli Navon.', ['Avi Dror -cabinet minister of-> Israel', 'Eli Navon -cabinet minister of-> Israel']],
    ["Canada sanctioned Israel's two ministers, Avi Dror and Eli Navon.", ['Avi Dror -minister of-> Israel', 'Eli Navon -minister of-> Israel']],
  ])('%s', async (text, want) => {
    const got = await lines(text);
    for (const line of want) expect(got).toContain(line);
  });
  it('the holder\'s later bare title is the same country\'s, not the dateline\'s', async () => {
    const got = await lines('LONDON, June 10 (Reuters) - Britain imposed sanctions on two Israeli cabinet ministers, Avi Dror and Eli Navon.\n\nNavon, the finance minister, said he would not be deterred.');
    expect(got).toContain('Eli Navon -finance minister of-> Israel');
    expect(got).not.toContain('Eli Navon -finance minister of-> Britain');
  });
  it('guard: two people named after a plural office with no country before it get none', async () => {
    const got = await lines('Britain imposed sanctions on two ministers, Avi Dror and Eli Navon.');
    expect(got.filter((l) => / of-> /.test(l))).toEqual([]);
  });
});
