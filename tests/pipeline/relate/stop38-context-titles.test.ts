// Stop 38: which country or organisation a bare title is read against when the sentence does not say. Sentences and
// short stories written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe("a nationality word of a thing before a bare title leaves the story's country to the title", () => {
  const opening = 'CANBERRA, Australia (AP) — Australia said on Saturday that a foreign warship had injured three of its navy divers. ';
  it.each([
    ['The divers were at work when the Chinese destroyer approached, Defense Minister Richard Marles said in a statement.', 'Richard Marles -defense minister of-> Australia'],
    ['A Russian trawler had cut the cable a day earlier, Industry Minister Ed Husic told reporters.', 'Ed Husic -industry minister of-> Australia'],
  ])('%s', async (text, line) => {
    expect(await lines(opening + text)).toContain(line);
  });
  it("guard: a nationality word of a state's voice still competes for the title", async () => {
    const got = await lines(opening + 'The Chinese government rejected the account, Defense Minister Dong Jun said on Sunday.');
    expect(got.filter((l) => /^Dong Jun -.*-> Australia$/.test(l))).toEqual([]);
  });
});

describe("a bare envoy's title is that of the country whose envoy the story described", () => {
  it.each([
    ["NIAMEY (Reuters) - Niger's junta on Friday ordered France's ambassador to leave within 48 hours. Ambassador Sylvain Itte was summoned to the foreign ministry in Niamey.", 'Sylvain Itte -ambassador of-> France'],
    ['MOSCOW (Reuters) - Russia summoned the British ambassador on Tuesday. Ambassador Nigel Casey was told of the decision at the foreign ministry.', 'Nigel Casey -ambassador of-> United Kingdom'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: two countries\' ambassadors described leave the bare title unread', async () => {
    const got = await lines("MOSCOW (Reuters) - Russia summoned the British ambassador and France's ambassador on Tuesday. Ambassador Nigel Casey was told of the decision.");
    expect(got.filter((l) => /^Nigel Casey -ambassador of->/.test(l))).toEqual([]);
  });
});

describe("an official of the story's country marked as such after a bare title", () => {
  it('says the bare title is another state\'s', async () => {
    const got = await lines("DOHA (Reuters) - Chad's government and the rebels signed a peace deal in the Qatari capital on Monday. The agreement was signed by Prime Minister Hamdok Abdalla in the presence of Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani.");
    expect(got.filter((l) => /^Hamdok Abdalla -prime minister of-> Qatar$/.test(l))).toEqual([]);
  });
  it('guard: without the marked official the story\'s country stands', async () => {
    const got = await lines('DOHA (Reuters) - Qatar hosted talks on Monday. The agreement was signed by Prime Minister Hamdok Abdalla on Monday.');
    expect(got).toContain('Hamdok Abdalla -prime minister of-> Qatar');
  });
});

describe('a country described by its region ("the Gulf state")', () => {
  it.each([
    ['Kazakhstan signed the uranium deal on Monday. The Central Asian nation criticised France over the delays.', 'Kazakhstan -111 criticized-> France'],
    ['Bhutan joined the talks in March. India praised the Himalayan kingdom for its restraint.', 'India -051 praised-> Bhutan'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a region none of whose countries the story named resolves to nothing', async () => {
    const got = await lines('France signed the deal on Monday. India praised the Himalayan kingdom for its restraint.');
    expect(got.filter((l) => /^India -051 praised-> /.test(l))).toEqual([]);
  });
});
