// Stop 34, CoNLL04 conventions read on their merits. Whole pipeline, own sentences.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

const lines = (a: ArticleAnalysis, kind: string) => a.relations.filter((r) => r.kind === kind).map((r) =>
  `${a.entities.find((e) => e.id === r.source)?.name} -${r.predicate}-> ${a.entities.find((e) => e.id === r.target)?.name}`);

describe('a republic of a state that no longer exists, as the text states it', () => {
  it.each([
    ['Montenegro is the smallest of Yugoslavia\'s six republics.', 'Montenegro -located in-> Yugoslavia'],
    ['Vilnius is the capital of Lithuania, a republic of the Soviet Union.', 'Lithuania -located in-> Soviet Union'],
    ['The pope named a bishop in the Soviet republic of Georgia last year.', 'Georgia -located in-> Soviet Union'],
    ['Floods struck Soviet Tajikistan in May.', 'Tajikistan -located in-> Soviet Union'],
    ['Slovakia is the poorer of Czechoslovakia\'s two republics.', 'Slovakia -located in-> Czechoslovakia'],
  ])('%s', async (text, expected) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'location')).toContain(expected);
  });

  it.each([
    ['Kazakhstan, a former Soviet republic, held elections on Sunday.'],
    ['Talks between the republic of Slovenia and Yugoslavia resumed.'],
    ['Serbia and Croatia fought a war after Yugoslavia broke up.'],
  ])('(guard) %s', async (text) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'location').filter((l) => / -located in-> (?:Soviet Union|Yugoslavia)$/.test(l))).toEqual([]);
  });
});

describe('a place after words of nearness is a place, not the body the tagger read', () => {
  it.each([
    ['The farm lies close to Greenville.', 'Greenville'],
    ['The road runs through Rolling Fork, close to Greenville, home of many clubs.', 'Greenville'],
  ])('%s', async (text, name) => {
    const [a] = await analyzeTexts([text]);
    expect(a!.entities.find((e) => e.name === name)?.type).toBe('city');
  });
});

describe('a nationality word opening a school\'s name that names its seat elsewhere', () => {
  it('"the American University of Beirut": based in Beirut, no body of the United States', async () => {
    const [a] = await analyzeTexts(['Joseph Brown was comptroller at the American University of Beirut when he was kidnapped.']);
    expect(lines(a!, 'location')).toContain('American University of Beirut -based in-> Beirut');
    expect(lines(a!, 'affiliation')).not.toContain('American University of Beirut -affiliated with-> United States');
  });

  it('(guard) an embassy is the state\'s own: "the American Embassy of Paris"', async () => {
    const [a] = await analyzeTexts(['Officials at the American Embassy of Paris said nothing.']);
    expect(lines(a!, 'affiliation')).toContain('American Embassy of Paris -affiliated with-> United States');
  });
});

describe('a state in a sea or a continent, as the text states it', () => {
  it.each([
    ['Aid reached Madagascar, an island nation in the Indian Ocean, on Monday.', 'Madagascar -located in-> Indian Ocean'],
    ['Drought hit eastern Africa, including Kenya and Ethiopia.', 'Kenya -located in-> eastern Africa'],
  ])('%s', async (text, expected) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'location')).toContain(expected);
  });

  it.each([
    ['Kenya, a country bordering Somalia, held elections.'],
    ['Troops from Kenya, a nation in talks with Somalia, crossed the border.'],
  ])('(guard) %s', async (text) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'location').filter((l) => /^Kenya -located in-> Somalia$/.test(l))).toEqual([]);
  });
});
