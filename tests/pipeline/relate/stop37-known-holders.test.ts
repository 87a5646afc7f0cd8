// Known national office holders, stop 37 (relate/possessive-holders.ts, relate/known-holders.ts): a country's
// possessive right before a person known to have held an office there ("Rwanda's Paul Kagame"), and the one country
// the article names that a person is known to serve, for a national title the data does not list ("energy minister",
// "army chief") or in place of a country the context offers. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe("a country's possessive before a person known to hold its office", () => {
  it('each listed person takes the office they are known to hold in the possessor country', async () => {
    const got = await lines('Among those at the summit in Nairobi were Rwanda\'s Paul Kagame and Uganda\'s Yoweri Museveni, who did not shake hands.');
    expect(got).toContain('Paul Kagame -president of-> Rwanda');
    expect(got).toContain('Yoweri Museveni -president of-> Uganda');
  });
  it('the office comes from what the person held in that very country', async () => {
    const got = await lines("Turkey hosted the talks, and Russia's Sergei Lavrov arrived late on Tuesday.");
    expect(got).toContain('Sergei Lavrov -foreign minister of-> Russia');
  });
  it('guard: a person not known to hold office there gets no role', async () => {
    const got = await lines("Kenya's Peter Otieno, a farmer from Kisumu, said the rains had come late.");
    expect(got.filter((l) => /^Peter Otieno -(?:president|prime minister|foreign minister|minister|monarch) of-> Kenya$/.test(l))).toEqual([]);
  });
});

describe('the one named country a titled person is known to serve', () => {
  it('an army title in a story datelined in another capital', async () => {
    const got = await lines('WASHINGTON, March 3 (Reuters) - The United States imposed sanctions on two Myanmar companies on Friday. '
      + 'Myanmar has been ruled by the military since 2021. The army chief, Senior General Min Aung Hlaing, did not comment.');
    expect(got.some((l) => /^Min Aung Hlaing -.* of-> Myanmar$/.test(l))).toBe(true);
    expect(got.filter((l) => /^Min Aung Hlaing -.* of-> United States$/.test(l))).toEqual([]);
  });
  it('a national title the data does not list', async () => {
    const got = await lines('BUDAPEST (AP) - Hungary and Russia signed a gas deal on Monday. Energy Minister Sergei Shoigu attended the signing.');
    expect(got).toContain('Sergei Shoigu -energy minister of-> Russia');
    expect(got).not.toContain('Sergei Shoigu -energy minister of-> Hungary');
  });
});

describe('foreign ministry spokespeople and further foreign ministers (data/office-holders.ts, stop 37)', () => {
  it('a foreign ministry spokesman known to speak for one named state', async () => {
    const got = await lines('MANILA (AP) - The Philippines accused China of blocking its boats. Beijing rejected the account. Foreign ministry spokesman Guo Jiakun said the vessels had trespassed.');
    expect(got).toContain('Guo Jiakun -foreign ministry spokesman of-> China');
  });
  it('a foreign minister of a smaller state, over the subject of the sentence before', async () => {
    const got = await lines('Russia cut gas supplies to Finland and Estonia last year. Foreign Minister Margus Tsahkna said the decision showed Moscow could not be trusted.');
    expect(got).toContain('Margus Tsahkna -foreign minister of-> Estonia');
  });
});
