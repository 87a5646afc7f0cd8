// Stop 38: titles the role readers missed: a military rank between an office and the name, and a commissioner-general.
// Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a rank between an office and the name', () => {
  it.each([
    ['OUAGADOUGOU (Reuters) - Government spokesman Captain Jean-Emmanuel Ouedraogo said the decision was final.', 'Jean-Emmanuel Ouedraogo -spokesman of-> Burkina Faso'],
    ['KINSHASA (Reuters) - Army spokesman General Sylvain Ekenge said the rebels had been pushed back.', 'Sylvain Ekenge -army spokesman of-> DR Congo'],
  ])('%s', async (text, line) => {
    // (the recogniser may keep the rank in the name)
    expect((await lines(text)).some((l) => l.endsWith(line))).toBe(true);
  });
  it('guard: two ranks in a row are one title, not an office and a rank', async () => {
    const got = await lines('NIAMEY (Reuters) - General Colonel Amadou Abdramane said the border would reopen.');
    expect(got.filter((l) => /^Amadou Abdramane -general of/.test(l))).toEqual([]);
  });
});

describe('a commissioner-general', () => {
  it("the body's possessive and the name in apposition", async () => {
    expect(await lines("UNRWA's commissioner-general, Philippe Lazzarini, denounced the vote.")).toContain('Philippe Lazzarini -commissioner-general of-> UNRWA');
  });
});
