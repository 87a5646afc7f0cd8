// Stop 42 (issue 14): description ends the first reading of 374-397 showed missing or wrong. A body's organ
// described by its owner opening the lead ("The European Union's top court on Thursday ordered X") is the body the
// next sentence names, not the owner; "the X-based court" is a body whose name says it is a court, never another
// body; "the X-based coffee chain" is a described business; a body this article seated in one city is not "the
// Y-based chain"; "The company, which is headquartered in X," seats the company; "the interim government" is the
// story's own state. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const has = (got: string[], from: string, predicate: string, to: string) =>
  got.filter((l) => l.startsWith(`${from} -`) && l.includes(predicate) && l.endsWith(`-> ${to}`));

const COURT = 'Court fines Poland\n\nSTRASBOURG (AFP) - The Council of Europe\'s human rights court on Tuesday fined Poland 50,000 euros for jailing a journalist.\n\n'
  + 'The European Court of Human Rights said the detention had breached the right to free expression.\n\n'
  + 'The case was brought by Amnesty International, which asked the Strasbourg-based court to act quickly.';

const CHAINS = 'Chain hires new boss\n\nMcDonald\'s Corp on Monday named Yum Brands executive Mark King as its new president, the Chicago-based burger chain said.\n\n'
  + 'King is credited with reviving the Louisville, Kentucky-based restaurant chain after years of falling sales. Yum Brands shares fell 3% while McDonald\'s Corp shares rose.';

describe('description ends', () => {
  it.each([
    // an owned description opening the lead is the body the next sentence names, affiliated with its owner
    [COURT, 'European Court of Human Rights', 'affiliated with', 'Council of Europe'],
    // "the Strasbourg-based court": the body whose name says it is a court
    [COURT, 'European Court of Human Rights', 'based in', 'Strasbourg'],
    // "..., the Chicago-based burger chain said": the reporter is the body opening the sentence
    [CHAINS, 'McDonald\'s Corp', 'based in', 'Chicago'],
    // a body seated in one city already is not "the Louisville, Kentucky-based restaurant chain"
    [CHAINS, 'Yum Brands', 'based in', 'Louisville'],
    // "The company, which is headquartered in X,"
    ['Oil firm fined\n\nRegulators fined Chevron $20 million on Friday. The company, which is headquartered in Houston, Texas, said it would appeal.',
      'Chevron', 'based in', 'Houston'],
    // "The interim government led by X": the story's own state, not the foreign country named last
    ['Coup leader named\n\nSoldiers seized power in Niger on Wednesday, days after protests in the capital. France\'s foreign ministry condemned the coup and Nigeria\'s president called for calm.\n\nThe interim government led by General Abdourahamane Tiani suspended the constitution.',
      'Abdourahamane Tiani', 'leader of', 'Niger'],
  ])('%s: %s %s %s', async (text, from, kind, to) => {
    expect(has(await lines(text), from, kind, to)).not.toEqual([]);
  });
});

describe('guards', () => {
  it('the owner of "X\'s top court" is not the court that acts', async () => {
    const got = await lines(COURT);
    expect(got.filter((l) => l.startsWith('Council of Europe -') && l.endsWith('-> Poland'))).toEqual([]);
    expect(has(got, 'Council of Europe', 'based in', 'Strasbourg')).toEqual([]);
  });
  it('"the X-based court" names no body that is not a court', async () => {
    const got = await lines('Appeal filed\n\nThe European Commission said on Monday it had asked the Luxembourg-based court to fine Hungary.');
    expect(has(got, 'European Commission', 'based in', 'Luxembourg')).toEqual([]);
  });
});
