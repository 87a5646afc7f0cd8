// Stop 38: a sentence that opens with its place puts its subject there ("In Hiroshima, X wept"), read from the words
// because the parse hangs the name on the place. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a place opening the sentence is where its subject was', () => {
  it.each([
    ['In Nagasaki, Terumi Tanaka, a survivor of the bombing, wept as the prize was announced.', 'Terumi Tanaka -in-> Nagasaki'],
    ['On Friday in Geneva, Volker Turk urged restraint.', 'Volker Turk -in-> Geneva'],
    ['In Ankara, Foreign Minister Hakan Fidan said the talks would resume.', 'Hakan Fidan -in-> Ankara'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it.each([
    ['In Geneva, Volker Turk would meet the delegations next week.'],
    ['In Geneva, the delegation of Volker Turk urged restraint.'],
    ['In 2019, Volker Turk urged restraint in Geneva talks.'],
  ])('guard: %s', async (text) => {
    expect((await lines(text)).filter((l) => /^Volker Turk -in-> /.test(l))).toEqual([]);
  });
});

describe('where the parse hangs the place of a presence elsewhere', () => {
  it.each([
    ['Prime Minister Mark Carney, who met Chinese Premier Li Qiang in Kuala Lumpur last month, praised the deal.', ['Mark Carney -in-> Kuala Lumpur', 'Li Qiang -in-> Kuala Lumpur']],
    ['Anna Politkovskaya was shot dead in Moscow in 2006.', ['Anna Politkovskaya -in-> Moscow']],
    ['Committee chair Jorgen Watne Frydnes told a news conference in Oslo that the award was deserved.', ['Jorgen Watne Frydnes -in-> Oslo']],
  ])('%s', async (text, wanted) => {
    const got = await lines(text);
    for (const w of wanted) expect(got).toContain(w);
  });
  it('guard: someone only spoken of is not placed where the speaker met another', async () => {
    const got = await lines('Prime Minister Mark Carney met Premier Li Qiang in Kuala Lumpur and criticised Donald Trump.');
    expect(got.filter((l) => /^Donald Trump -in-> /.test(l))).toEqual([]);
  });
});

describe('a city written before its state in a "-based" word', () => {
  it('"the Cupertino, California-based company": the seat is the city, and the city lies in the state', async () => {
    const got = await lines('Apple was fined on Monday, the Cupertino, California-based company said.');
    expect(got).toContain('Apple -based in-> Cupertino');
    expect(got).toContain('Cupertino -located in-> California');
  });
  it('guard: a single place before "-based" is still the seat', async () => {
    expect(await lines('Apple was fined on Monday, the California-based company said.')).toContain('Apple -based in-> California');
  });
});

describe('a city naming a body\'s headquarters', () => {
  it.each([
    ['MUNICH (Reuters) - BMW workers went on strike on Monday. Production stopped at sites including the Munich headquarters and Dingolfing.', 'BMW -based in-> Munich'],
    ['Workers rallied outside the Stuttgart headquarters of Porsche on Monday.', 'Porsche -based in-> Stuttgart'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
});

describe('a speaker with the scene of the telling and its place', () => {
  it.each([
    ['"It is worrying that today this norm against the use of chemical weapons is under threat," committee chair Jorgen Watne Frydnes told a news conference in Stockholm, an apparent reference to Syria.', 'Jorgen Watne Frydnes -in-> Stockholm'],
    ['U.S. Trade Representative Charlene Barshefsky said in Washington that the law was a matter of national security.', 'Charlene Barshefsky -in-> Washington'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it.each([
    ['Antonio Guterres said in a statement that the deal was fair.'],
    ["Antonio Guterres said in Ukraine's case the rules were clear."],
  ])('guard: %s', async (text) => {
    expect((await lines(text)).filter((l) => /^Antonio Guterres -in-> /.test(l))).toEqual([]);
  });
});

describe('a body that moved its seat is based where it went', () => {
  it.each([
    ['Shell moved its headquarters to London in 2022.', 'Shell -based in-> London'],
    ['Unilever relocated its headquarters to the United Kingdom.', 'Unilever -based in-> United Kingdom'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: not where it moved from', async () => {
    expect(await lines('Shell moved its headquarters from The Hague to London in 2022.')).not.toContain('Shell -based in-> The Hague');
  });
});
