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

describe('giving up a bid to join a bloc reduces relations with the bloc', () => {
  it.each([
    ['Turkey froze its application for membership of the European Union.', 'Turkey -160 halted bid to join-> European Union'],
    ['Switzerland withdrew its application to join the European Union in 2016.', 'Switzerland -160 halted bid to join-> European Union'],
    ['Iceland suspended talks on joining the European Union in 2013.', 'Iceland -160 halted bid to join-> European Union'],
  ])('%s', async (text, want) => {
    expect(await lines(text)).toContain(want);
  });
  it("guard: halting another actor's bid is no bid given up", async () => {
    const got = await lines("Hungary halted Ukraine's bid to join the European Union.");
    expect(got.filter((l) => / -160 halted bid to join-> /.test(l))).toEqual([]);
  });
});

describe('leaving a bloc', () => {
  it.each([
    ['Burkina Faso withdrew from the Economic Community of West African States.', 'Burkina Faso -160 withdrew from-> Economic Community of West African States'],
    ['Angola quit OPEC in December.', 'Angola -160 withdrew from-> OPEC'],
  ])('%s', async (text, want) => {
    expect(await lines(text)).toContain(want);
  });
  it('guard: a person leaving a company is no reduction of relations', async () => {
    const got = await lines('Sundar Pichai left Google in 2030.');
    expect(got.filter((l) => / -160 /.test(l))).toEqual([]);
  });
  it('guard: a state withdrawing from a country is no bloc left', async () => {
    const got = await lines('Russia withdrew from Syria in 2030.');
    expect(got.filter((l) => / -160 /.test(l))).toEqual([]);
  });
});

describe('more acts of the news', () => {
  it.each([
    // a legal settlement is an agreement between its parties, as a verb's complement and as a noun
    ['Deutsche Bank reached a settlement with the U.S. Justice Department on Monday.', 'Deutsche Bank -057 signed agreement with-> U.S. Justice Department'],
    ['Boeing agreed to pay $200 million as part of a settlement with the U.S. Justice Department.', 'Boeing -057 signed agreement with-> U.S. Justice Department'],
    // a warrant as a noun, and a red notice
    ["The International Criminal Court's arrest warrant for Vladimir Putin angered Moscow.", 'International Criminal Court -173 issued arrest warrant for-> Vladimir Putin'],
    ['Interpol issued a red notice for Carlos Ghosn.', 'Interpol -173 issued arrest warrant for-> Carlos Ghosn'],
    // a high commissioner is the ambassador between Commonwealth states
    ['Kenya recalled its high commissioner from Uganda.', 'Kenya -161 recalled ambassador from-> Uganda'],
    // the person appointed does what the infinitive after the name says, not the one appointing
    ['Binance named Richard Teng to succeed Changpeng Zhao.', 'Richard Teng -null succeeded-> Changpeng Zhao'],
    // voting against an actor rejects it; ratifying its membership cooperates with it
    ["Thailand's People's Party voted against Paetongtarn Shinawatra.", "People's Party -120 voted against-> Paetongtarn Shinawatra"],
    ["Hungary ratified Sweden's membership of NATO.", 'Hungary -050 ratified accession of-> Sweden'],
    // paying out a loan or a grant
    ['The European Union disbursed 5 billion euros to Ukraine.', 'European Union -071 lent to-> Ukraine'],
    // raising a matter with another actor
    ['Japan raised the detention of its citizens with China.', 'Japan -040 held discussions with-> China'],
  ])('%s', async (text, want) => {
    expect(await lines(text)).toContain(want);
  });
  it('guard: a settlement in a place is no agreement', async () => {
    const got = await lines('Israel expanded a settlement near Jerusalem.');
    expect(got.filter((l) => / -057 /.test(l))).toEqual([]);
  });
  it('guard: the one appointing does not succeed anyone', async () => {
    expect((await lines('Binance named Richard Teng to succeed Changpeng Zhao.')).filter((l) => l.startsWith('Binance -null succeeded'))).toEqual([]);
  });
  it('guard: a nomination to replace someone is still to come', async () => {
    const got = await lines('President Joe Biden nominated Jerome Powell to succeed Janet Yellen.');
    expect(got).toContain('Jerome Powell -null succeeded (hyp)-> Janet Yellen');
  });
});
