// Stop 42 (issue 14): argument linking the first reading of 374-397 showed wrong or missing: who fills the actor and
// target slots of a trigger the lexicon already has. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const root = (got: string[], from: string, code: string, to: string) =>
  got.filter((l) => l.startsWith(`${from} -${code}`) && l.endsWith(`-> ${to}`));
const anyEvent = (got: string[], from: string, to: string) =>
  got.filter((l) => new RegExp(`^${from} -\\S+ `).test(l) && l.endsWith(`-> ${to}`) && !/-(?:affiliated with|based in|located in)->/.test(l));

describe('a named regulator after a state\'s possessive acts as itself', () => {
  it.each([
    ['Google was fined by France\'s Data Protection Commission in March.', 'Data Protection Commission', 'France', 'Google'],
    ['Japan\'s Fair Trade Commission fined Apple on Tuesday.', 'Fair Trade Commission', 'Japan', 'Apple'],
  ])('%s', async (text, body, state, target) => {
    const got = await lines(text);
    expect(root(got, body, '17', target)).not.toEqual([]);
    expect(anyEvent(got, state, target)).toEqual([]);
  });
});

describe('a bloc\'s described body named in the next sentence is the actor', () => {
  it('"The African Union\'s top court on Monday ordered X. The African Court of Justice said"', async () => {
    const got = await lines('The African Union\'s top court on Monday ordered Kenya to pay damages to the families. The African Court of Justice said the delay was a breach of the charter.');
    expect(root(got, 'African Court of Justice', '10', 'Kenya')).not.toEqual([]);
    expect(anyEvent(got, 'African Union', 'Kenya')).toEqual([]);
  });
});
