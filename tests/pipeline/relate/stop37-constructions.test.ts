// Stop 37 constructions: a seat named with its article ("based in the United States"), and no containment chain
// started by where a person was. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a seat whose name takes the article', () => {
  it.each([
    ['Stellantis, which is registered in the Netherlands, said profits fell.', 'Stellantis -based in-> Netherlands'],
    ['Toyota Motor is based in the United States, its chief executive said.', 'Toyota Motor -based in-> United States'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a demonym and a place noun after "the" still lead to the place named after them', async () => {
    const got = await lines('The bloc, ECOWAS, which is based in the Nigerian capital, Abuja, imposed sanctions on Mali.');
    expect(got.filter((l) => / -based in-> Nigeria$/.test(l))).toEqual([]);
  });
});

describe('where a person was starts no containment chain', () => {
  it('a person in a town is not also said to be in the region the sentence names', async () => {
    const got = await lines('Yasser Arafat arrived in Nablus in the West Bank on Sunday for a cabinet meeting.');
    expect(got).toContain('Yasser Arafat -in-> Nablus');
    expect(got).not.toContain('Yasser Arafat -located in-> West Bank');
  });
});

describe('a passive whose "by" phrase the parse hung on the time or place before it', () => {
  it.each([
    ['The agreement was signed on Monday by Giancarlo Giorgetti and Carsten Spohr.', 'Giancarlo Giorgetti -057 signed agreement with-> Carsten Spohr'],
    ['The agreement was signed on Tuesday by Pedro Sanchez and Luis Montenegro.', 'Pedro Sanchez -057 signed agreement with-> Luis Montenegro'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a possessor in the agent phrase is no party ("by A and Kenya\'s foreign minister, B")', async () => {
    const got = await lines("The deal was signed by German Interior Minister Nancy Faeser and Kenya's foreign minister, Musalia Mudavadi, in Berlin.");
    expect(got.filter((l) => /signed agreement with-> Kenya$/.test(l))).toEqual([]);
  });
});

describe('a kin apposition with words of age or birth order before the noun', () => {
  it.each([
    ['Lena Moreau, the 37-year-old daughter of former premier Paul Moreau, won the vote.', 'Lena Moreau -daughter of-> Paul Moreau'],
    ['Jon Halden, the eldest son of President Erik Halden, was arrested on Monday.', 'Jon Halden -son of-> Erik Halden'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
});

describe('an age in commas after a name stands in no reading\'s way', () => {
  it('the relative clause of the apposition after the age', async () => {
    const got = await lines('Maria Vance, 62, a British biologist who founded the Ocean Watch Trust, was detained by police in Oslo.');
    expect(got).toContain('Maria Vance -founder of-> Ocean Watch Trust');
  });
  it('"X, 50, of Y" is still read with its age', async () => {
    const got = await lines('"It was fast," said Daniel Urquhart, 8, of Aumsville, whose slug won.');
    expect(got.some((l) => l.startsWith('Daniel Urquhart -') && l.endsWith('-> Aumsville'))).toBe(true);
  });
});

describe('"to" + verb after a word of aim names no fact', () => {
  it.each([
    ['Moldova, a candidate to join the European Union, signed a gas deal with Romania.', 'Moldova -member of-> European Union'],
    ['Georgia, whose bid to join NATO has stalled, held talks with Turkey.', 'Georgia -member of-> NATO'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).not.toContain(line);
  });
  it('guard: a done joining is still read', async () => {
    expect(await lines('Sweden joined NATO in March after Hungary ratified its bid.')).toContain('Sweden -member of-> NATO');
  });
});

describe('a power held is no act', () => {
  it('"holds a veto" vetoes nothing', async () => {
    const got = await lines('China, which holds a veto on the U.N. Security Council, abstained in the vote on Friday.');
    expect(got.filter((l) => / -129 vetoed-> /.test(l))).toEqual([]);
  });
});

describe('a country that acts on a titled person from outside leaves the title the story\'s', () => {
  it('the agent of a passive after the title', async () => {
    const got = await lines('LIMA (Reuters) - A court in Peru jailed a reporter on Monday. The interior minister, Ana Quispe, has been sanctioned by Washington.');
    expect(got).toContain('Ana Quispe -interior minister of-> Peru');
  });
  it('guard: a country named before the title still blocks', async () => {
    const got = await lines('LIMA (Reuters) - A court in Peru jailed a reporter on Monday. Chile said the interior minister, Ana Quispe, had been warned.');
    expect(got).not.toContain('Ana Quispe -interior minister of-> Peru');
  });
});

describe('"led by A in X and B in Y": each leader of the country written after them', () => {
  it('states led by their rulers', async () => {
    const got = await lines('The two countries, led by General Mamadi Doumbouya in Guinea and Colonel Assimi Goita in Mali, signed a pact.');
    expect(got).toContain('Mamadi Doumbouya -leader of-> Guinea');
    expect(got).toContain('Assimi Goita -leader of-> Mali');
  });
  it('guard: a party led by someone in a country is not the country', async () => {
    const got = await lines('The party, led by Maria Lopez in Spain, won the vote.');
    expect(got).not.toContain('Maria Lopez -leader of-> Spain');
  });
});
