// Constructions written for this stop's work on unseen news: a formal protest or complaint lodged with a
// government (CAMEO 114, not the street protest 14), nouns governed by "lodge"/"file", and an organisation
// that opens a sentence and is only described as one in apposition.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';
import { typedLines } from './typed-lines.ts';

const typed = (a: ArticleAnalysis) => typedLines(a);

describe('a protest or complaint lodged with a government', () => {
  it.each([
    ['The Philippines protested to China over the collision on Monday.', 'Philippines -114 protested to-> China'],
    ['Vietnam lodged a protest with China over the new map.', 'Vietnam -114 protested to-> China'],
    ['Peru filed a formal complaint with Chile on Monday.', 'Peru -114 complained about-> Chile'],
    ['Ghana filed a complaint against Togo at the regional court.', 'Ghana -114 complained about-> Togo'],
  ])('%s', async (text, expected) => {
    const [a] = await analyzeTexts([text]);
    expect(typed(a!)).toContain(expected);
  });

  it('a protest against an actor stays a protest (14), not a complaint', async () => {
    const [a] = await analyzeTexts(['Students in Seoul protested against Japan on Saturday.']);
    expect(typed(a!).filter((r) => r.includes('-114 '))).toEqual([]);
  });
});

describe('an unknown organisation opening a sentence, described in apposition', () => {
  it('"Ascension, a St. Louis-based hospital chain, said"', async () => {
    const [a] = await analyzeTexts(['Ascension, a St. Louis-based hospital chain, said on Tuesday it would cut 400 jobs.']);
    expect(a!.entities.find((e) => e.name === 'Ascension')?.type).toBe('organization');
    expect(typed(a!)).toContain('Ascension -based in-> St. Louis');
  });

  it('a sentence-opening word with no such apposition is not taken as a name', async () => {
    const [a] = await analyzeTexts(['Meanwhile, a Denver-based investment firm said it would buy the stake.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Meanwhile');
  });
});
