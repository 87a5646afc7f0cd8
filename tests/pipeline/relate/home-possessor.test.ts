// A home named as somebody's ("in Hale's home state of Ohio", "Ohio, Hale's home state,") and a pronoun in a clause
// of time after the clause that names its antecedent ("took Hale to hospital after he was shot"). Whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

const lines = (a: ArticleAnalysis, kind: string) => a.relations.filter((r) => r.kind === kind).map((r) =>
  `${a.entities.find((e) => e.id === r.source)?.name} -${r.predicate}-> ${a.entities.find((e) => e.id === r.target)?.name}`);

describe('a home state or town with its owner named', () => {
  it.each([
    ['The senator campaigned in Tom Hale\'s home state of Ohio on Monday.', 'Tom Hale -lives in-> Ohio'],
    ['Tom Hale won easily in his home state of Ohio.', 'Tom Hale -lives in-> Ohio'],
    ['Ohio, Tom Hale\'s home state, voted for the bill.', 'Tom Hale -lives in-> Ohio'],
    ['With South Carolina being Jesse Hale\'s home state, turnout was high.', 'Jesse Hale -lives in-> South Carolina'],
    ['The society in Beaumont, Texas, Dale Pike\'s hometown, plans two statues.', 'Dale Pike -lives in-> Beaumont'],
  ])('%s', async (text, expected) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'affiliation')).toContain(expected);
  });

  it('the place before the hometown is the town, not its state alone', async () => {
    const [a] = await analyzeTexts(['The society in Beaumont, Texas, Dale Pike\'s hometown, plans two statues.']);
    expect(lines(a!, 'affiliation')).toEqual(expect.arrayContaining(['Dale Pike -lives in-> Beaumont', 'Dale Pike -lives in-> Texas']));
  });

  it('(guard) a home with no place named is no home of anyone', async () => {
    const [a] = await analyzeTexts(['Tom Hale returned to his home state on Monday, officials in Ohio said.']);
    expect(lines(a!, 'affiliation')).not.toContain('Tom Hale -lives in-> Ohio');
  });
});

describe('a subject pronoun of a clause of time after its antecedent\'s clause', () => {
  it('"took X to hospital after he was shot by Y": Y shot X', async () => {
    const [a] = await analyzeTexts(['Police took Tom Hale to hospital after he was shot by Dale Pike.']);
    expect(lines(a!, 'event')).toContain('Dale Pike -shot-> Tom Hale');
  });

  it('"..., and the car that took X home after he was shot by Y": only the names of its own clause count', async () => {
    const [a] = await analyzeTexts(['Crews cleaned the bus Ann Cole drove, and the car that took Tom Hale home after he was shot by Dale Pike.']);
    expect(lines(a!, 'event')).toContain('Dale Pike -shot-> Tom Hale');
  });

  it('(guard) two people named before it: the first is not guessed', async () => {
    const [a] = await analyzeTexts(['Police took Tom Hale and Ann Cole to hospital after he was shot by Dale Pike.']);
    expect(lines(a!, 'event')).not.toContain('Dale Pike -shot-> Tom Hale');
  });
});
