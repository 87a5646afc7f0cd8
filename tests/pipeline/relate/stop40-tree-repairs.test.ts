// Stop 40 (issue 14): acts whose argument the parse hung on a day ("signed a contract on Wednesday with X", "signed in
// Nairobi on Friday by X and Y"), and a subject whose long aside swallowed the main verb. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

const body = (text: string) => `Report\n\n${text}`;

describe('arguments read past a day', () => {
  it.each([
    ['a contract signed on a weekday with a company', 'The Polish utility PGE signed a contract on Thursday with Westland Nuclear Services to build three reactors.', 'PGE -057 signed agreement with-> Westland Nuclear Services'],
    ['guard (read before too, and kept): a deal signed in a city on a weekday by two ministers', 'The accord was signed in Nairobi on Friday by Kenyan Trade Minister Moses Kuria and Ugandan Trade Minister Francis Mwebesa.', 'Moses Kuria -057 signed agreement with-> Francis Mwebesa'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });
});

describe('a subject with a long aside before its verb', () => {
  it('the verb after the aside is the subject\'s ("X, the first ... to visit ..., arrived and met Y")', async () => {
    const got = await lines(body("Chilean President Gabriel Boric spoke on Monday. Boric, the first Chilean leader to visit the island nation in two decades, landed in Wellington late on Tuesday and met Christopher Luxon at Parliament."));
    expect(got).toContain('Gabriel Boric -040 met-> Christopher Luxon');
  });
});

describe('a list of names as the subject', () => {
  it.each([
    ['each state of a four-name list condemns', 'Report\n\nNigeria, the United Arab Emirates, Ghana and Senegal condemned Mali on Thursday.', ['Nigeria -111 condemned-> Mali', 'United Arab Emirates -111 condemned-> Mali', 'Ghana -111 condemned-> Mali', 'Senegal -111 condemned-> Mali']],
    ['both titled ministers of a pair visit', 'Report\n\nFrench Foreign Minister Jean-Noel Barrot and Defence Minister Sebastien Lecornu visited Nairobi.', ['Jean-Noel Barrot -042 visited-> Nairobi', 'Sebastien Lecornu -042 visited-> Nairobi']],
  ])('%s', async (_, text, expected) => {
    const got = await lines(text);
    for (const e of expected) expect(got).toContain(e);
  });
  it('states agreeing to restore ties with a third are not read as agreeing with each other; the pair that agree is', async () => {
    const got = await lines('Report\n\nKenya, Uganda and Rwanda agreed on Tuesday to restore full ties with Burundi.');
    expect(got.filter((l) => / agreed with-> (?:Uganda|Rwanda)$/.test(l))).toEqual([]);
    expect(await lines('Report\n\nPeru and Chile agreed on Tuesday to extend the truce.')).toContain('Peru -050 agreed with-> Chile');
  });
});

describe('a fronted phrase of time before the subject', () => {
  it('the subject after "In March," is the verb\'s, not a part of the month', async () => {
    const got = await lines('Report\n\nIn March, Ms Wanjiku and Mr Odhiambo signed an agreement in Nairobi with Uganda.');
    expect(got).toContain('Wanjiku -057 signed agreement with-> Uganda');
    expect(got).toContain('Odhiambo -057 signed agreement with-> Uganda');
  });
});

describe('a second clause whose subject the parse joined to the first clause\'s object', () => {
  it('the second subject acts ("X backs the government in Y and Z has supported W")', async () => {
    const got = await lines('Report\n\nTurkish Foreign Minister Hakan Fidan said the two countries should work together in Sudan, where Turkey backs the army in Khartoum and Egypt has supported the rival commander Abdel Rahim Dagalo.');
    expect(got).toContain('Egypt -051 supported-> Abdel Rahim Dagalo');
  });
});
