// Where a person was, read from the parse (relate/grammar/presence.ts): the "in"/"at" place of a clause whose subject
// is the person and whose verb says they were there. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a person placed by a verb of presence', () => {
  it.each([
    ['Prime Minister Elena Varga, speaking at a rally in Cluj on Sunday, said Romania would not bow to pressure from Hungary.', ['Elena Varga -in-> Cluj']],
    ['The accord, signed in Nairobi by Kenyan Foreign Minister Alfred Mutua and Somali envoy Abdi Farah, ends the dispute.', ['Alfred Mutua -in-> Nairobi', 'Abdi Farah -in-> Nairobi']],
    ['Ali Hassan, the reporter held in Tehran since May, was freed on Friday, Reuters said.', ['Ali Hassan -in-> Tehran']],
    ['Olga Petrova, who lives in Finland, said Russia had banned her books.', ['Olga Petrova -in-> Finland']],
    ['Australia\'s leader was furious. His Pacific minister, Zed Seselja, had flown to Honiara the week before to urge Manasseh Sogavare not to sign.', ['Zed Seselja -in-> Honiara']],
  ])('%s', async (text, want) => {
    const got = await lines(text);
    for (const line of want) expect(got).toContain(line);
  });
});

describe('guards', () => {
  it('money put into a country places nobody there', async () => {
    const got = await lines('Investor Mark Ellison invested $2 billion in Kenya and Tanzania last year.');
    expect(got.filter((l) => / -in-> /.test(l))).toEqual([]);
  });
  it('a meeting still to come places nobody yet', async () => {
    const got = await lines('Chancellor Olaf Scholz is expected to meet Emmanuel Macron in Geneva next week.');
    expect(got.filter((l) => / -in-> Geneva$/.test(l))).toEqual([]);
  });
  it('the place of what the person speaks of is not theirs', async () => {
    const got = await lines('Foreign Minister Dmytro Kuleba condemned the attack in Kharkiv and urged Germany to send more air defences.');
    expect(got).not.toContain('Dmytro Kuleba -in-> Kharkiv');
  });
  it('the subject noun\'s apposed name, not the possessor, is who travelled', async () => {
    const got = await lines('Australia\'s leader was furious. His Pacific minister, Zed Seselja, had flown to Honiara the week before to urge Manasseh Sogavare not to sign.');
    expect(got.filter((l) => / -in-> Honiara$/.test(l) && !l.startsWith('Zed Seselja'))).toEqual([]);
  });
});
