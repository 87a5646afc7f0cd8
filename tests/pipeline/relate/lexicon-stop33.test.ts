// Event lexicon entries of stop 33, read in sentences written for this test, and the readings they must not give.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const lines = async (text: string) => (await readTypedLines(text)).map((l) => l.replace(/ \(hyp\)/, ''));

describe('agreeing a ceasefire is de-escalation between the sides (087)', () => {
  it.each([
    ["Ethiopia and the Tigray People's Liberation Front signed a truce in Pretoria on Wednesday.", "Ethiopia -087 agreed a ceasefire with-> Tigray People's Liberation Front"],
    ['The Sudanese army agreed to a ceasefire with the Rapid Support Forces on Saturday.', 'Sudan -087 agreed a ceasefire with-> Rapid Support Forces'],
    ['Israel and Hamas reached a ceasefire on Friday after weeks of talks.', 'Israel -087 agreed a ceasefire with-> Hamas'],
    ['Sudan and South Sudan agreed to a cessation of hostilities along the border on Monday.', 'Sudan -087 agreed a ceasefire with-> South Sudan'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });

  it('guard: a mediator who brokered the ceasefire did not agree one with the sides', async () => {
    const got = await lines('Qatar brokered a ceasefire between Israel and Hamas on Friday.');
    expect(got.filter((l) => l.startsWith('Qatar -087'))).toEqual([]);
  });
});
