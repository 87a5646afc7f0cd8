// Stop 38: membership written before the member's name ("NATO member Turkey"), with "only" or "fellow", and an ally of
// an alliance in a coordinated apposition. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('membership written in other shapes', () => {
  it.each([
    ['NATO member Turkey objected to the plan.', 'Turkey -member of-> NATO'],
    ['Fellow EU member Slovakia objected to the plan.', 'Slovakia -member of-> EU'],
    ['Hungary is now the only NATO member yet to approve the bid.', 'Hungary -member of-> NATO'],
    ['The United States sold jets to Greece, Turkey\'s neighbour and NATO ally.', 'Greece -member of-> NATO'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it.each([
    ['Russia warned NATO member states against the move.'],
    ['The NATO ally of the United States is Britain, the minister said of Britain\'s role.'],
  ])('guard: %s', async (text) => {
    expect((await lines(text)).filter((l) => / -member of-> NATO$/.test(l) && !/^(?:Britain|United Kingdom) /.test(l))).toEqual([]);
  });
});

describe('a person "of the" party or body described before its name', () => {
  it.each([
    ['The court confirmed Filipe Nyusi of the long-ruling Frelimo party as the winner.', 'Filipe Nyusi -member of-> Frelimo'],
    ['Ana Gomez of the opposition Socialist Party objected.', 'Ana Gomez -member of-> Socialist Party'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a place after the words is no body', async () => {
    expect((await lines('Ana Gomez of the northern Lombardy region objected.')).filter((l) => /^Ana Gomez -member of->/.test(l))).toEqual([]);
  });
});

describe("a company's unit named in its 'whose' clause", () => {
  it('is a part of the company', async () => {
    expect(await lines('Alphabet, whose Google unit faces the fine, said it would appeal.')).toContain('Google -affiliated with-> Alphabet');
  });
  it('guard: a partner named there is no unit', async () => {
    expect((await lines('Alphabet, whose partner Samsung makes the phones, said it would appeal.')).filter((l) => /^Samsung -affiliated with-> Alphabet$/.test(l))).toEqual([]);
  });
});

describe('shareholders of a company', () => {
  it.each([
    ["Albemarle, SQM's second-largest shareholder, criticised the deal.", ['SQM -affiliated with-> Albemarle']],
    ["The sale needs the consent of Thames Water's other shareholders, which include the Abu Dhabi Investment Authority and China Investment Corporation.", ['Thames Water -affiliated with-> Abu Dhabi Investment Authority', 'Thames Water -affiliated with-> China Investment Corporation']],
  ])('%s', async (text, wanted) => {
    const got = await lines(text);
    for (const w of wanted) expect(got).toContain(w);
  });
  it('guard: a shareholder meeting names no holder', async () => {
    expect((await lines("Albemarle attended SQM's shareholder meeting in Santiago.")).filter((l) => /^SQM -affiliated with->/.test(l))).toEqual([]);
  });
});

describe('a stake held in a company', () => {
  it.each([
    ['Siemens has agreed to sell its entire 25% stake in Siemens Energy to BlackRock.', 'Siemens Energy -affiliated with-> Siemens'],
    ["German carmaker Volkswagen has agreed to sell its 10% stake in Traton to BlackRock.", 'Traton -affiliated with-> Volkswagen'],
    ["Volkswagen's stake in Traton will be sold next year.", 'Traton -affiliated with-> Volkswagen'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a stake in a place is no affiliation of the place', async () => {
    expect((await lines('Siemens has a stake in Germany, the chief executive said.')).filter((l) => / -affiliated with-> Siemens$/.test(l))).toEqual([]);
  });
});

describe("a parent company in apposition", () => {
  it('"X, Y\'s parent company," : Y is affiliated with X, not the other way', async () => {
    const got = await lines("Alphabet, Google's parent company, said it would appeal.");
    expect(got).toContain('Google -affiliated with-> Alphabet');
    expect(got).not.toContain('Alphabet -affiliated with-> Google');
  });
});

describe('a nationality noun in apposition', () => {
  it.each([
    ['Commission chairman Moussa Faki Mahamat, himself a Chadian, attended the ceremony.', 'Moussa Faki Mahamat -affiliated with-> Chad'],
    ['The coach, Warren Gatland, a New Zealander, led Wales to the title.', 'Warren Gatland -affiliated with-> New Zealand'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
});
