// Stop 38: arguments the parse misleads. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a verb read only with its preposition is no passive without it', () => {
  it('"what it called hostile remarks by French ministers" is no appeal by France', async () => {
    const got = await lines('NIAMEY, Feb 2 (Reuters) - Niger\'s military government on Tuesday ordered France\'s ambassador to leave the country within 48 hours, in retaliation for what it called "hostile and outrageous" remarks by French ministers.');
    expect(got.filter((l) => / -020 /.test(l))).toEqual([]);
  });
  it('the stranded preposition keeps the passive: "was called on by"', async () => {
    expect(await lines('Iran was called on by the IAEA to allow inspections.')).toContain('IAEA -020 called on-> Iran');
  });
  it('a mediator named by "brokered by" still mediates between the parties', async () => {
    const got = await lines('Armenia and Azerbaijan agreed on Friday to normalise relations in a deal brokered by U.S. President Donald Trump, who also announced new trade ties.');
    expect(got).toContain('Donald Trump -045 mediated between-> Armenia');
  });
});

describe("the agent of a participle is no subject of a finite verb the parse hung on it", () => {
  it('"citizens released by Iran arrived in Doha": Iran arrived nowhere', async () => {
    const got = await lines('Five U.S. citizens released by Iran arrived in Doha on Monday.');
    expect(got.filter((l) => /^Iran -/.test(l))).toEqual([]);
  });
  it('guard: the agent of a passive acts in its purpose ("used by Iran to strike Israel")', async () => {
    expect((await lines('The drones were used by Iran to strike Israel.')).some((l) => /^Iran -19\d .*-> Israel$/.test(l))).toBe(true);
  });
});

describe('a participle coordinated by the parse inside the clause it reports', () => {
  it('"saying the vessel had not used its radar and urging X" is urged by the speaker', async () => {
    const got = await lines("Russia's Foreign Ministry spokeswoman, Maria Zakharova, rejected the account on Monday, saying the Russian vessel had not used its radar and urging Norway to stop making trouble.");
    expect(got).toContain('Maria Zakharova -020 urged-> Norway');
    expect(got).not.toContain('Russia -020 urged-> Norway');
  });
});
