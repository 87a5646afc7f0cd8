// Stop 41 (lead): negotiators initial an agreed text before it is signed ("initialled", British; "initialed",
// American): an agreement between the parties, as "signed" is (sign-agreement, CAMEO 057). Sentences written for
// these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

describe('initialling an agreement is agreeing', () => {
  it.each([
    ['Serbia and Kosovo initialled a framework agreement in Brussels on Tuesday.', 'Serbia', 'Kosovo'],
    ['Peru initialed a free trade agreement with Indonesia last month.', 'Peru', 'Indonesia'],
  ])('%s', async (text, a, b) => {
    const got = await lines(text);
    expect(got.some((l) => (l.startsWith(`${a} -057`) && l.endsWith(`-> ${b}`)) || (l.startsWith(`${b} -057`) && l.endsWith(`-> ${a}`)))).toBe(true);
  });
  it('guard: initials in a name are no act', async () => {
    const got = await lines('Serbia and Kosovo sent letters with their initials to the European Union.');
    expect(got.filter((l) => / -057 /.test(l))).toEqual([]);
  });
});
