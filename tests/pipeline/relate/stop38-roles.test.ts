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

describe("a national office or an envoy of a person's ('his vice-president')", () => {
  it.each([
    ["Ecuador's Congress removed President Guillermo Lasso on Tuesday. Lawmakers voted 88 to 23. His vice-president, Alfredo Borrero, was sworn in.", 'Alfredo Borrero -vice-president of-> Ecuador'],
    ['Chilean President Gabriel Boric accepted the resignation and named Alberto van Klaveren, his ambassador to Mexico, to the post.', 'Alberto van Klaveren -ambassador of-> Chile'],
    ["Bolivia's vice-president, David Choquehuanca, said the vote was fair.", 'David Choquehuanca -vice-president of-> Bolivia'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('guard: no office of a country when the person before the pronoun has none', async () => {
    const got = await lines('The singer Shakira thanked her fans. Her manager, Alberto Rodriguez, said the tour would go on.');
    expect(got.filter((l) => /^Alberto Rodriguez -manager of->/.test(l) && !/Shakira$/.test(l))).toEqual([]);
  });
});
