// Stop 41: a company described in apposition and owned by another ("X, the diamond producer majority-owned by Y"),
// and a name placed by "of" after a possessor's pair ("Japan's X and Y of Italy"). Sentences written for these tests,
// through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('ownership said of a described company', () => {
  it.each([
    ['Debswana, the diamond producer majority-owned by Anglo American, cut output this year.', 'Debswana', 'Anglo American'],
    ['Alcan, a smelter company wholly-owned by Rio Tinto, said prices fell.', 'Alcan', 'Rio Tinto'],
  ])('%s', async (text, owned, owner) => {
    const got = await readTypedLines(text);
    expect(got).toContain(`${owned} -part of-> ${owner}`);
  });
});

describe('companies listed each with "of" and its country', () => {
  it('both are placed, the second one word long', async () => {
    const got = await readTypedLines('Halvard was formed through the merger of Tembrook of Australia and Varlent of the United States.');
    expect(got).toEqual(expect.arrayContaining(['Tembrook -based in-> Australia', 'Varlent -based in-> United States']));
  });
});
