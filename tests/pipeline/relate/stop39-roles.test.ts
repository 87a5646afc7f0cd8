// Stop 39 (issue 14): roles, nationalities and a mistaken verb the first reading of 302-325 showed: a military
// attache's post, a founder of a party named inside a country's possessive phrase, an office of a state's own
// institution named without its state, a nationality noun after an age and before a home town, a description in
// apposition going on with a past participle, and a plural noun after "to" that is no verb. Sentences written for these
// tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('an attache is a diplomatic post', () => {
  it('"Iran\'s military attache, Colonel X," is attache of Iran', async () => {
    expect(await lines("Germany said on Monday it would expel Iran's military attache, Colonel Reza Karimi, over the plot.")).toContain('Reza Karimi -military attache of-> Iran');
  });
});

describe("a body named inside a country's possessive phrase after a title", () => {
  it('"the founder of Hungary\'s ruling Fidesz party" founded Fidesz', async () => {
    expect(await lines("The European Union on Monday imposed sanctions on Viktor Orban, the billionaire co-founder of Hungary's ruling Fidesz party, accusing him of graft.")).toContain('Viktor Orban -co-founder of-> Fidesz');
  });
  it('"the founder of the Czech Republic\'s opposition ANO party": the country may take its article', async () => {
    expect(await lines("Washington on Friday imposed a travel ban on Andrej Babis, the billionaire founder of the Czech Republic's opposition ANO party, citing graft.")).toContain('Andrej Babis -founder of-> ANO');
  });
  it('guard: a person named in the phrase makes it no body', async () => {
    const got = await lines("The paper quoted Anna Kovacs, the head of Hungary's Viktor Orban foundation, on Friday.");
    expect(got.filter((l) => /^Anna Kovacs -head of-> /.test(l) && !/Hungary$/.test(l))).toEqual([]);
  });
});

describe("an office of a state's own institution named without its state", () => {
  it('"X, the head of the central bank," in a story about Chile is Chile\'s', async () => {
    expect(await lines('SANTIAGO, March 2 (Reuters) - Chile will cut its key interest rate. Rosanna Costa, the head of the central bank, said inflation had eased.')).toContain('Rosanna Costa -head of central bank of-> Chile');
  });
  it('"X, the chief of the army," in a story about Nigeria is Nigeria\'s', async () => {
    expect(await lines('ABUJA (AP) - Nigeria sent troops to the north on Sunday. Olufemi Oluyede, the chief of the army, said the operation had begun.')).toContain('Olufemi Oluyede -chief of army of-> Nigeria');
  });
  it('guard: "the head of the charity" is no office of the state', async () => {
    const got = await lines('SANTIAGO, March 2 (Reuters) - Chile will cut its key interest rate. Maria Soto, the head of the charity, said the poor had suffered.');
    expect(got.filter((l) => /^Maria Soto -/.test(l))).toEqual([]);
  });
});

describe('a nationality in apposition', () => {
  it('"X, a 52-year-old Canadian from Calgary," is Canadian, from Calgary', async () => {
    const got = await lines('Among the dead was Mark Ellis, a 52-year-old Canadian from Calgary.');
    expect(got).toContain('Mark Ellis -affiliated with-> Canada');
    expect(got).toContain('Mark Ellis -affiliated with-> Calgary');
  });
  it('"X, a French journalist held in Iran since 2022," is French', async () => {
    expect(await lines('Paris pressed for the release of Olivier Grondeau, a French journalist held in Iran since 2022.')).toContain('Olivier Grondeau -affiliated with-> France');
  });
});

describe('an -s form after "to" or a determiner is a plural noun', () => {
  it('"bowing to demands from X" is no demand by the subject', async () => {
    const got = await lines('The African Union agreed to withdraw its force, bowing to demands from President William Ruto.');
    expect(got.filter((l) => /^African Union -10\d /.test(l))).toEqual([]);
  });
  it('guard: the verb "demands" still demands', async () => {
    expect((await lines('Russia demands an apology from Poland.')).some((l) => /^Russia -10\d .*-> Poland$/.test(l))).toBe(true);
  });
});

describe('acts that are not done: a joining named as a topic, an act asked for in a that-clause', () => {
  it('"would suspend talks on joining NATO" makes no member', async () => {
    const got = await lines('President Ilham Aliyev said his government would suspend talks on joining NATO until 2030.');
    expect(got.filter((l) => /member of-> NATO$/.test(l))).toEqual([]);
  });
  it('"halted its bid to join NATO" makes no member', async () => {
    const got = await lines('Moldova halted its bid to join NATO in November.');
    expect(got.filter((l) => /member of-> NATO$/.test(l))).toEqual([]);
  });
  it('guard: "joined NATO" still makes a member', async () => {
    expect(await lines('Finland joined NATO in April 2023.')).toContain('Finland -member of-> NATO');
  });
  it('"demanded that Serbia withdraw its troops from Kosovo" is only asked for', async () => {
    const [a] = await analyzeTexts(['A source said the Kosovar side had demanded that Serbia withdraw its troops from Kosovo before any talks.']);
    const withdrawals = a!.relations.filter((r) => r.kind === 'event' && r.cameo?.startsWith('08'));
    expect(withdrawals.length).toBeGreaterThan(0);
    expect(withdrawals.every((r) => r.hypothetical)).toBe(true);
  });
});

describe('a sworn-in person qualified by an "of" phrase, and an opposite number', () => {
  it('"X of the conservative Y party was sworn in as Z\'s prime minister" is prime minister of Z', async () => {
    expect(await lines("Donald Tusk of the centrist Civic Coalition was sworn in as Poland's prime minister on Wednesday.")).toContain('Donald Tusk -prime minister of-> Poland');
  });
  it('"his Azerbaijani opposite number, X," is a counterpart, read in the nationality word', async () => {
    const got = await lines('Armen Grigoryan held several rounds of talks with his Azerbaijani opposite number, Hikmet Hajiyev, in Brussels.');
    expect(got.some((l) => /^Hikmet Hajiyev -.* of-> Azerbaijan$/.test(l))).toBe(true);
  });
});

describe("a body named with another body's name before its own words", () => {
  it('"the U.N. Human Rights Council" is part of the U.N.', async () => {
    const got = await lines('The U.N. Human Rights Council voted on Friday to open an inquiry. The U.N. said the vote was binding.');
    expect(got).toContain('U.N. Human Rights Council -part of-> U.N.');
  });
  it('guard: a body whose name only shares a word is no part', async () => {
    const got = await lines('The World Bank and the World Health Organization met on Friday.');
    expect(got.filter((l) => /part of/.test(l))).toEqual([]);
  });
});

describe("a national title read through a possessive pronoun keeps the basis of the holder's office", () => {
  it('"his foreign minister, X," of a president read from context is itself context', async () => {
    const [a] = await analyzeTexts(['TOKYO (AP) - France sent no minister to the meeting on Monday. President Emmanuel Macron stayed in Paris, and in a message to the delegates his foreign minister, Jean-Noel Barrot, urged them to act.']);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    const role = a!.relations.find((r) => r.kind === 'role' && name(r.source) === 'Jean-Noel Barrot' && name(r.target) === 'France');
    expect(role?.basis).toBe('context');
  });
});
