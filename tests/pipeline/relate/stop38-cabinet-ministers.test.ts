// Cabinet ministers, stop 38 (issue 14: relations on unseen news): the catch-all office 'minister' of
// data/cabinet-ministers.ts, and the defence, finance and interior ministers it adds. A bare national title of a known
// minister takes the one country the article names that the person served, over the dateline's; a country's
// possessive before a person known only as one of its ministers gives "minister of". Sentences written for these
// tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';
import { knownOfficeIn, officeOfTitle } from '../../../src/pipeline/relate/known-holders.ts';
import { OFFICE_HOLDERS } from '../../../src/pipeline/relate/data/office-holders.ts';
import type { Entity } from '../../../src/types.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a bare national title of a known minister, in a story naming two countries', () => {
  it.each([
    ['BEIJING, March 4 (Reuters) - China said on Tuesday it would answer the new American export rules in kind. The United States says the rules protect its security. Commerce Secretary Howard Lutnick said they would stay in place.',
      'Howard Lutnick', 'United States', 'China'],
    ['NEW DELHI, May 13 (Reuters) - India and Iran signed a ten-year agreement on the port on Monday. Roads and Urban Development Minister Abbas Akhoundi said the first ships would dock within a year.',
      'Abbas Akhoundi', 'Iran', 'India'],
    ['TOKYO (AP) - Japan and Germany agreed on Thursday to share research on batteries. Economy Minister Robert Habeck said the work would start in the spring.',
      'Robert Habeck', 'Germany', 'Japan'],
    ['MOSCOW (AP) - Russia and India agreed on Friday to build more freight lines. Railways Minister Ashwini Vaishnaw said the first trains would run next year.',
      'Ashwini Vaishnaw', 'India', 'Russia'],
    ['LONDON (Reuters) - Britain and Canada agreed a new pact on Tuesday. Justice Minister Arif Virani said it would speed up extraditions.',
      'Arif Virani', 'Canada', 'Britain'],
    // (a defence minister the table now lists)
    ['BEIJING, Nov 2 (Reuters) - China rejected the complaint from Australia on Saturday. Defence Minister Richard Marles said the navy had acted lawfully.',
      'Richard Marles', 'Australia', 'China'],
    // (a vice premier is a cabinet post, not a prime minister)
    ['WASHINGTON (Reuters) - The United States and China resumed trade talks in Geneva on Sunday. Vice Premier He Lifeng said the talks had been candid.',
      'He Lifeng', 'China', 'United States'],
    // (a home minister is an interior minister)
    ['ISLAMABAD (AP) - Pakistan accused India on Monday of stirring unrest in the border region. Home Minister Amit Shah rejected the charge.',
      'Amit Shah', 'India', 'Pakistan'],
    // (a deputy president is a vice president)
    ['NAIROBI (AP) - Kenya and South Africa signed a visa deal on Wednesday. Deputy President Paul Mashatile said it would help traders.',
      'Paul Mashatile', 'South Africa', 'Kenya'],
  ])('%s', async (text, person, right, wrong) => {
    const got = await lines(text);
    expect(got.some((l) => l.startsWith(`${person} -`) && l.endsWith(` of-> ${right}`))).toBe(true);
    expect(got.filter((l) => l.startsWith(`${person} -`) && l.endsWith(` of-> ${wrong}`))).toEqual([]);
  });
  it('guard: the minister\'s country not named in the article: no role from knowledge', async () => {
    const got = await lines('BEIJING (Reuters) - China and Japan said on Friday they would talk again. Commerce Secretary Howard Lutnick was not at the meeting.');
    expect(got.filter((l) => /^Howard Lutnick -.* of-> Japan$/.test(l))).toEqual([]);
  });
});

describe("a country's possessive before a known minister", () => {
  it.each([
    ["Germany hosted the talks, and Australia's Richard Marles arrived late on Tuesday.", 'Richard Marles -defence minister of-> Australia'],
    ["Germany hosted the talks, and India's Piyush Goyal arrived late on Tuesday.", 'Piyush Goyal -minister of-> India'],
    // (once trade secretary and foreign secretary, later prime minister: the more telling office, never "minister of")
    ["Germany hosted the talks, and Britain's Liz Truss arrived late on Tuesday.", 'Liz Truss -prime minister of-> Britain'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: a person who held a listed office and a cabinet post there is never "minister of"', async () => {
    const got = await lines("Germany hosted the talks, and Britain's Liz Truss arrived late on Tuesday.");
    expect(got).not.toContain('Liz Truss -minister of-> Britain');
  });
});

describe("the catch-all 'minister' is for knowledge only", () => {
  it.each([
    [['trade', 'minister']], [['commerce', 'secretary']], [['minister']], [['secretary']], [['justice', 'minister']],
    [['vice', 'premier']], [['deputy', 'prime', 'minister']],
  ])('officeOfTitle(%j) names no office', (words) => {
    expect(officeOfTitle(words)).toBeUndefined();
  });
  it.each([
    [['home', 'minister'], 'interior minister'], [['home', 'affairs', 'minister'], 'interior minister'],
    [['deputy', 'president'], 'vice president'], [['prime', 'minister'], 'prime minister'],
  ])('officeOfTitle(%j) is %s', (words, office) => {
    expect(officeOfTitle(words)).toBe(office);
  });
  it("knownOfficeIn gives 'minister' only when nothing more telling is known there", () => {
    const person = (name: string): Entity => ({ id: name, name, type: 'person', aliases: [], mentions: [] } as unknown as Entity);
    expect(knownOfficeIn(person('Piyush Goyal'), 'IN')).toBe('minister');
    expect(knownOfficeIn(person('Liz Truss'), 'GB')).toBe('prime minister');
    expect(knownOfficeIn(person('Emmanuel Macron'), 'FR')).toBe('president');
  });
});

describe('cabinet rows: spot checks', () => {
  const holds = (name: string, country: string, office: string, year: number): boolean =>
    OFFICE_HOLDERS.some((h) => (h.name === name || h.aliases?.includes(name)) && h.country === country
      && h.office === office && h.from <= year && year <= (h.to ?? 2025));
  it.each([
    ['Gina Raimondo', 'US', 'minister', 2022],
    ['Merrick Garland', 'US', 'minister', 2023],
    ['Wilbur Ross', 'US', 'minister', 2018],
    ['Michael Gove', 'GB', 'minister', 2018],
    ['Priti Patel', 'GB', 'interior minister', 2020],
    ['Richard Marles', 'AU', 'defence minister', 2023],
    ['Jim Chalmers', 'AU', 'finance minister', 2023],
    ['Wang Wentao', 'CN', 'minister', 2023],
    ['Sarbananda Sonowal', 'IN', 'minister', 2023],
    ['Amit Shah', 'IN', 'interior minister', 2022],
    ['Nancy Faeser', 'DE', 'interior minister', 2022],
    ['Fernando Grande-Marlaska', 'ES', 'interior minister', 2021],
    ['Hulusi Akar', 'TR', 'defence minister', 2020],
    ['Itamar Ben-Gvir', 'IL', 'minister', 2024],
  ])('%s held %s %s in %i', (name, country, office, year) => {
    expect(holds(name, country, office, year)).toBe(true);
  });
});
