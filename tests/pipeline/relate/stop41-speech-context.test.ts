// Stop 41: the speech side of relations. A speaker named by a pronoun after a quotation ("'...,' he told reporters in
// Ottawa") is placed where he spoke, though his sentence names nothing but the place: such a sentence is now parsed,
// and read only for where the person was. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { readTypedLines, typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a pronoun speaker beside the one place of the sentence', () => {
  it.each([
    ['Labour Minister Ruth Calder said the strike had to end. "Our ports cannot wait," she told reporters in Halifax.', 'Ruth Calder -in-> Halifax'],
    ['Interior Minister Tomas Varga announced new checks at the border. He told a news conference in Bratislava that they would start on Monday.', 'Tomas Varga -in-> Bratislava'],
    ['Opposition leader Maria Ortiz lost her appeal on Friday. "We will go on," she told reporters outside the courthouse in Tegucigalpa.', 'Maria Ortiz -in-> Tegucigalpa'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it.each([
    // (a plan places nobody yet)
    ['Labour Minister Ruth Calder said the strike had to end. She will tell reporters in Halifax on Monday what comes next.'],
    // (a place the speaker only speaks of)
    ['Labour Minister Ruth Calder said the strike had to end. She said workers in Halifax would lose their jobs.'],
  ])('guard: %s', async (text) => {
    expect((await lines(text)).filter((l) => /^Ruth Calder -in-> /.test(l))).toEqual([]);
  });
});

describe("a leader's government is the state he holds office in", () => {
  it.each([
    ['President Joao Lourenco of Angola opened the port on Monday. Lourenco\'s government signed a trade agreement with Zambia in March.', 'Angola -057 signed agreement with-> Zambia'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a person with no office in a state stays the actor', async () => {
    const got = await lines('Joao Lourenco opened the port on Monday. Lourenco\'s government signed a trade agreement with Zambia in March.');
    expect(got.filter((l) => /^Angola -/.test(l))).toEqual([]);
  });
});

describe('a time in a relative clause after both ends dates that clause, not the event', () => {
  it('"backed X\'s offer, which is expected to close in 2031": the backing is done', async () => {
    const got = await readTypedLines('Siemens has backed Alstom\'s offer, which is expected to close in 2031.');
    expect(got).toContain('Siemens -051 supported-> Alstom');
  });
  it.each([
    ['Siemens is expected to back Alstom\'s offer next year, which would create a European champion.'],
    ['Siemens is expected to back Alstom\'s offer next year.'],
  ])('guard: %s', async (text) => {
    expect(await readTypedLines(text)).toContain('Siemens -051 supported (hyp)-> Alstom');
  });
});

describe('an accusation carried by speech, the reported subject in apposition', () => {
  it('"X said Y, a unit of Z, had violated the law": the parse makes Y a second subject of "said"', async () => {
    const got = await lines('The Korea Fair Trade Commission said Coupang, a unit of SoftBank, had violated the Monopoly Regulation Act by favouring its own products.');
    expect(got).toContain('Korea Fair Trade Commission -112 accused-> Coupang');
  });
  it('guard: a reported clause that denies the wrong accuses no one', async () => {
    const got = await lines('The Korea Fair Trade Commission said Coupang, a unit of SoftBank, had not violated the Monopoly Regulation Act.');
    expect(got.filter((l) => / -112 accused-> Coupang$/.test(l))).toEqual([]);
  });
});

describe("a bare chief justice in the story's country", () => {
  it('"was sworn in by Chief Justice X" under a dateline, no court named: the state\'s', async () => {
    const got = await lines('Lesotho swears in leader\n\nMASERU, Oct 28 (Reuters) - Lesotho\'s new prime minister was sworn in on Friday by Chief Justice Sakoane Peter Sakoane.');
    expect(got).toContain('Sakoane Peter Sakoane -chief justice of-> Lesotho');
  });
});

describe('an object "it" of a conjoined verb is the first verb\'s named object', () => {
  it('"accused Ukraine of X and urged it to stop"', async () => {
    expect(await lines('Russia accused Ukraine of shelling the plant and urged it to stop.')).toContain('Russia -020 urged-> Ukraine');
  });
  it('guard: a person object is no "it"', async () => {
    const got = await lines('Russia accused Volodymyr Zelensky of lying and urged it to stop.');
    expect(got.filter((l) => / urged-> Volodymyr Zelensky$/.test(l))).toEqual([]);
  });
});
