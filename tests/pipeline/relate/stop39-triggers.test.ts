// Stop 39 (issue 14): event triggers the first reading of 302-325 showed missing. A journey's next leg or a departure
// for a place is a visit, one still to come when told in the present tense ("goes on to X", "leaves for X", "travels to
// X next week"); a lender approving its loan to an actor lends to it; "the board of X" acts for X; "ruled out" denies
// what it governs. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

describe('a journey ahead is a visit to come', () => {
  it.each([
    ['U.S. Secretary of State Antony Blinken goes on to Japan and South Korea after the talks.', ['Antony Blinken -042 visited (hyp)-> Japan', 'Antony Blinken -042 visited (hyp)-> South Korea']],
    ['German Chancellor Olaf Scholz travels to Brazil next week.', ['Olaf Scholz -042 visited (hyp)-> Brazil']],
    ['French President Emmanuel Macron heads to Nigeria on Sunday.', ['Emmanuel Macron -042 visited (hyp)-> Nigeria']],
  ])('%s', async (text, want) => {
    const got = await lines(text);
    for (const l of want) expect(got).toContain(l);
  });
  it('a journey told in the past is a visit made', async () => {
    const got = await lines('French President Emmanuel Macron headed to Nigeria on Sunday.');
    expect(got).toContain('Emmanuel Macron -042 visited-> Nigeria');
  });
  it('guard: "went on to win" names no place', async () => {
    const got = await lines('Kenyan President William Ruto went on to win the vote in Nairobi.');
    expect(got.filter((l) => / -042 /.test(l))).toEqual([]);
  });
  it('guard: going to a court is no visit', async () => {
    const got = await lines('Ukraine went to the International Court of Justice in 2017.');
    expect(got.filter((l) => / -042 /.test(l))).toEqual([]);
  });
});

describe('a loan approved to an actor', () => {
  it.each([
    ['The World Bank approved a $750 million loan to Nigeria on Thursday.', 'World Bank -071 lent to-> Nigeria'],
    ['The board of the International Monetary Fund approved a $3 billion loan for Sri Lanka.', 'International Monetary Fund -071 lent to-> Sri Lanka'],
    ['The Asian Development Bank approved new credit to Pakistan on Monday.', 'Asian Development Bank -071 lent to-> Pakistan'],
  ])('%s', async (text, want) => {
    expect(await lines(text)).toContain(want);
  });
  it('guard: a loan approved from a lender names no borrower', async () => {
    const got = await lines('Kenya approved a loan from the World Bank on Friday.');
    expect(got.filter((l) => /^Kenya -071 /.test(l))).toEqual([]);
  });
});

describe('"ruled out" denies what it governs', () => {
  it('"ruled out taking a stake in X" is a stake not taken', async () => {
    expect(await lines('The German government has ruled out taking a stake in Siemens Energy.')).toContain('Germany -061 bought a stake in (neg)-> Siemens Energy');
  });
  it('guard: a stake taken stays a fact', async () => {
    expect(await lines('The German government took a stake in Siemens Energy on Monday.')).toContain('Germany -061 bought a stake in-> Siemens Energy');
  });
});
