// Stop 38: lists joined by "as well as", and lists that go on after a person's name in apposition. Sentences written
// for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('"as well as" joins names as "and" does', () => {
  it.each([
    ['Chancellor Olaf Scholz thanked Norway as well as Denmark and Finland for their support.', ['Olaf Scholz -051 thanked-> Norway', 'Olaf Scholz -051 thanked-> Denmark', 'Olaf Scholz -051 thanked-> Finland']],
    ['Foreign Minister Ahmed Attaf praised Kenya, as well as Rwanda, for sending troops.', ['Ahmed Attaf -051 praised-> Kenya', 'Ahmed Attaf -051 praised-> Rwanda']],
  ])('%s', async (text, wanted) => {
    const got = await lines(text);
    for (const w of wanted) expect(got.some((l) => l.includes(w))).toBe(true);
  });
});

describe("a list goes on after a person's name in apposition", () => {
  it('states and bodies listed after the name are objects too', async () => {
    const got = await lines("President Emmanuel Macron thanked Jordan's king, King Abdullah, as well as Egypt, Oman and Morocco for their help.");
    for (const t of ['King Abdullah', 'Egypt', 'Oman', 'Morocco']) expect(got).toContain(`Emmanuel Macron -051 thanked-> ${t}`);
  });
  it('guard: a nationality word in the list describes the title after it', async () => {
    const got = await lines('The deal was signed in Almaty by Prairie Crest president Douglas Hartley and Kazakh Energy Minister Bolat Zhakupov.');
    expect(got.filter((l) => /^Douglas Hartley -.*-> Kazakhstan$/.test(l))).toEqual([]);
  });
});

describe('a list of names, each with its nationality word and title', () => {
  const text = 'The pact was signed by French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni.';
  it('every named signer is a party, each with each', async () => {
    const got = await lines(text);
    expect(got).toContain('Emmanuel Macron -057 signed agreement with-> Olaf Scholz');
    expect(got).toContain('Emmanuel Macron -057 signed agreement with-> Giorgia Meloni');
    expect(got).toContain('Olaf Scholz -057 signed agreement with-> Giorgia Meloni');
  });
  it("guard: no nationality word is a party, and no title is given to the name before it", async () => {
    const got = await lines(text);
    expect(got.filter((l) => / -057 signed agreement with-> (?:France|Germany|Italy)$|^(?:France|Germany|Italy) -057/.test(l))).toEqual([]);
    expect(got.filter((l) => /^Emmanuel Macron -(?:chancellor|prime minister)/.test(l))).toEqual([]);
  });
});
