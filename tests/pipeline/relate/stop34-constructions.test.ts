// Classes of construction that recur across the unseen news batches (stop 34), each tested on sentences of the
// same shape written for these tests, through the whole pipeline (shipped tagger included).
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { readTypedLines } from './typed-lines.ts';

describe('membership stated with an ordinal, a possessor or an admission', () => {
  it.each([
    ['Talks ended. Montenegro formally became the 29th member of NATO on Monday.', 'Montenegro -member of-> NATO'],
    ['Talks ended. Croatia became the European Union\'s newest member in July.', 'Croatia -member of-> European Union'],
    ['Talks ended. Namibia was admitted to the Commonwealth in 1990.', 'Namibia -member of-> Commonwealth'],
    ['Talks ended. Brunei was formally accepted into ASEAN after independence.', 'Brunei -member of-> ASEAN'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
  it.each([
    // a person admitted somewhere is no member of it; a former member is none now (guards)
    ['Talks ended. Carlos Mendes was admitted to Mayo Clinic on Friday.', 'Carlos Mendes -member of'],
    ['Talks ended. Greenland was the first former member of the European Union.', 'Greenland -member of'],
  ])('no membership: %s', async (text, prefix) => {
    expect((await readTypedLines(text)).filter((l) => l.startsWith(prefix))).toEqual([]);
  });
});

describe('an ambassador recalled "to" or "in" the country where the envoy served; not one called home', () => {
  it.each([
    ['Talks failed. Somalia recalled its ambassador to Kenya on Tuesday.', 'Somalia -161 recalled ambassador from-> Kenya'],
    ['Talks failed. Peru withdrew its ambassador in Mexico after the vote.', 'Peru -161 recalled ambassador from-> Mexico'],
    // the other preposition, a guard: it read before the change too
    ['Talks failed. Kenya recalled its envoy from Somalia in 2020.', 'Kenya -161 recalled ambassador from-> Somalia'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
  it('an envoy recalled to the capital of his own country is no partner', async () => {
    const got = await readTypedLines('Talks failed. Russia recalled its ambassador to Moscow for consultations.');
    expect(got.filter((l) => l.includes('recalled ambassador'))).toEqual([]);
  });
});

describe('a company spun off from another, in either voice and in a relative clause', () => {
  it.each([
    ['Shares rose. Kyndryl Holdings was spun off from IBM in 2021.', 'IBM -null spun off-> Kyndryl Holdings'],
    ['Shares rose. Bayer AG spun off Covestro AG in 2015.', 'Bayer AG -null spun off-> Covestro AG'],
    ['Shares rose. Vantor Systems Inc, which was spun off from Dell Technologies in 2021, said profits rose.', 'Dell Technologies -null spun off-> Vantor Systems Inc'],
    // a relative pronoun as a passive's patient stands for the noun the clause modifies, for any trigger
    ['Talks failed. Venezuela, which was suspended from Mercosur in 2016, said it would appeal.', 'Mercosur -160 suspended-> Venezuela'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
});

describe('triggers added to the lexicon: override, hold up, fall out with, lease to, declare independence from', () => {
  it.each([
    ['Talks went on. The European Commission overruled Germany\'s draft decision.', 'European Commission -120 overrode-> Germany'],
    ['Talks went on. Turkey held up Finland\'s bid for months.', 'Turkey -129 held up-> Finland'],
    ['Talks went on. Finland\'s bid was held up by Hungary for a year.', 'Hungary -129 held up-> Finland'],
    ['Talks went on. Alan Price had repeatedly fallen out with Maria Stein, the union leader.', 'Alan Price -110 fell out with-> Maria Stein'],
    ['Talks went on. Djibouti would lease a stretch of its coast to Ethiopia.', 'Djibouti -061 leased to (hyp)-> Ethiopia'],
    ['Talks went on. Kosovo declared independence from Serbia in 2008.', 'Kosovo -null declared independence from-> Serbia'],
    ['Talks went on. Eritrea seceded from Ethiopia in 1993.', 'Eritrea -null declared independence from-> Ethiopia'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
  it.each([
    // "hold" and "fall" alone are no events (guards)
    ['Talks went on. Turkey held talks with Finland for months.', 'Turkey -129'],
    ['Talks went on. Exports from Turkey to Finland fell in May.', 'Turkey -110'],
  ])('no event: %s', async (text, prefix) => {
    expect((await readTypedLines(text)).filter((l) => l.startsWith(prefix))).toEqual([]);
  });
});

describe('a company named by its apposition with a possessor, or by "Investment" at its end', () => {
  it.each([
    ['Sales fell. Delays were caused by problems at Vorlag, the group\'s software company.', 'Vorlag'],
    ['Sales fell. "It is a risk," said Ingo Brand, head of governance at Kemna Investment.', 'Kemna Investment'],
  ])('%s', async (text, name) => {
    const [a] = await analyzeTexts([text]);
    expect(a!.entities.find((e) => e.name === name)?.type).toBe('organization');
  });
});

describe('a person acting at a gathering held in a place met there (044)', () => {
  it.each([
    ['Talks went on. Anthony Morley announced the pact on the sidelines of the Pacific Islands Forum summit in Fiji.', 'Anthony Morley -044 met in-> Fiji'],
    ['Talks went on. Aung San Suu Kyi had defended the army at hearings in The Hague in December.', 'Aung San Suu Kyi -044 met in-> The Hague'],
    ['Talks went on. Justin Trudeau attended the G7 summit in Hiroshima.', 'Justin Trudeau -044 met in-> Hiroshima'],
    ['Talks went on. Narendra Modi will attend the summit in Kazan next week.', 'Narendra Modi -044 met in (hyp)-> Kazan'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
  it.each([
    // not attending, and a place that is not where the gathering is (guards)
    ['Talks went on. Justin Trudeau did not attend the G7 summit in Hiroshima.', 'Justin Trudeau -044'],
    ['Talks went on. Justin Trudeau praised the summit, then flew to Hiroshima.', 'Justin Trudeau -044'],
  ])('no meeting: %s', async (text, prefix) => {
    expect((await readTypedLines(text)).filter((l) => l.startsWith(prefix))).toEqual([]);
  });
});

describe('a portfolio after "of" that names nothing leaves the possessor before the title as the body', () => {
  it.each([
    ['Meta Platforms said it would appeal. Jane Poe, the company\'s head of public policy, agreed.', 'Jane Poe -head of-> Meta Platforms'],
    // guards, read before the change too: the possessor a name (the parse reads it), the body named after "of"
    ['Sales fell at Meta Platforms. John Roe, Meta\'s president of global affairs, said it was wrong.', 'John Roe -president of-> Meta Platforms'],
    ['Talks went on. Jane Poe, the head of the Nordic Council, agreed.', 'Jane Poe -head of-> Nordic Council'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
});
