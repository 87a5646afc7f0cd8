// Stop 41 (link41): the ends of a read trigger the first reading of 350-373 showed wrong or missing. A possessor the
// parse made a conjunct of the subject ("A and Nepal's President B signed") is no party: the conjunct is the person it
// owns. A relative clause set off by a comma after a coordination of names ("between A and B, who accused X") is the
// last name's, unless its verb is plural. A person's possessive pronoun on a thing an act is done to ("rejected her
// appeal") is that person, any but the clause's subjects. An object "it" after "and" ("fined X and ordered it to") is the
// first verb's object. "The union" is a body whose name says whom it organises ("Teamsters", "Workers"), and a "Board" is
// a state's. "had mediated the conflict with X": "had" is the participle's auxiliary, no light verb of the noun. A closing
// quote right after a sentence's end mark ('a "red line." His minister') ends the sentence. "A and his brother B": the
// relative is another conjunct. "Ruto's government" is the state its head leads. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const root = (got: string[], from: string, code: string, to: string) =>
  got.filter((l) => l.startsWith(`${from} -${code}`) && l.endsWith(`-> ${to}`));

describe('a possessor the parse made a conjunct of the subject is no party', () => {
  it.each([
    ['Prime Minister Narendra Modi and Nepal\'s President Ram Chandra Poudel signed an agreement on hydropower.', 'Narendra Modi', '05', 'Ram Chandra Poudel', 'Nepal'],
  ])('%s', async (text, from, code, to, possessor) => {
    const got = await lines(text);
    expect(root(got, from, code, to)).not.toEqual([]);
    expect(got.filter((l) => / -\d{3} /.test(l) && (l.startsWith(`${possessor} -`) || l.endsWith(`-> ${possessor}`)))).toEqual([]);
  });
});

describe('a relative clause set off after a coordination of names is the last name\'s', () => {
  it.each([
    ["The summit ended in a quarrel between Kenya's President William Ruto and Ethiopia's Abiy Ahmed, who accused the African Union of bias.", 'Abiy Ahmed', 'William Ruto', '11', 'African Union'],
    ['Reporters spoke to German Chancellor Olaf Scholz and French President Emmanuel Macron, who criticised Hungary over the veto.', 'Emmanuel Macron', 'Olaf Scholz', '11', 'Hungary'],
  ])('%s', async (text, doer, other, code, to) => {
    const got = await lines(text);
    expect(root(got, doer, code, to)).not.toEqual([]);
    expect(root(got, other, code, to)).toEqual([]);
  });
  it('guard: a plural verb makes the clause the whole coordination\'s', async () => {
    const got = await lines('Reporters spoke to German Chancellor Olaf Scholz and French President Emmanuel Macron, who have criticised Hungary over the veto.');
    expect(root(got, 'Olaf Scholz', '11', 'Hungary')).not.toEqual([]);
  });
});

describe('a person\'s possessive pronoun on an owned thing is that person, not the clause\'s subject', () => {
  it.each([
    ['Nawaz Sharif was jailed in 2018. Judges Asif Saeed Khosa and Gulzar Ahmed rejected his appeal on Monday.', 'Gulzar Ahmed', '12', 'Nawaz Sharif'],
    ['Yulia Tymoshenko was jailed in 2011. The judges, Oleksandr Volkov and Viktor Kryvenko, quashed her conviction.', 'Viktor Kryvenko', '12', 'Yulia Tymoshenko'],
  ])('%s -> %s %s %s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });
  it('guard: never the subject itself', async () => {
    const got = await lines('Nawaz Sharif was jailed in 2018. Judges Asif Saeed Khosa and Gulzar Ahmed rejected his appeal on Monday.');
    expect(got.filter((l) => / -12\d /.test(l) && !l.endsWith('-> Nawaz Sharif'))).toEqual([]);
  });
});

describe('an object "it" of a verb coordinated after one with a state or body as object is that object', () => {
  it.each([
    ["Russia's foreign ministry accused Moldova of provocation and warned it against joining NATO.", 'Russia', '13', 'Moldova'],
    ['The European Commission fined Microsoft in March and ordered it to unbundle Teams.', 'European Commission', '10', 'Microsoft'],
  ])('%s -> %s %s %s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });
});

describe('"the union" is the body whose name says it organises workers, not a state board named since', () => {
  it.each([
    ["Stellantis locked out 3,000 workers represented by the United Auto Workers. The National Labor Relations Board said it would hear the complaint. Shawn Fain, the union's president, accused the company of bad faith.", 'Shawn Fain', 'United Auto Workers', 'National Labor Relations Board'],
    ["Boeing froze hiring after a strike by the International Brotherhood of Teamsters. The Federal Aviation Administration grounded the jets in March. Sales fell sharply. Sean O'Brien, the union's president, criticised Boeing.", "Sean O'Brien", 'International Brotherhood of Teamsters', 'Federal Aviation Administration'],
  ])('%s', async (text, person, union, other) => {
    const got = await lines(text);
    expect(got).toContain(`${person} -president of-> ${union}`);
    expect(got).not.toContain(`${person} -president of-> ${other}`);
  });
});

describe('"had" before a participle is an auxiliary, not the light verb of the noun the participle governs', () => {
  it.each([
    ['Switzerland, which had mediated the conflict with Norway and Qatar as co-hosts, welcomed the truce.', /^Switzerland -19\d/],
    ['Oman, which had settled the dispute with Yemen in 1992, stayed neutral.', /^Oman -11\d/],
  ])('%s', async (text, wrong) => {
    expect((await lines(text)).filter((l) => wrong.test(l))).toEqual([]);
  });
  it('guard: "had led criticism of X" is criticism by the subject ("lead" a light verb)', async () => {
    expect(root(await lines("South Africa's President Cyril Ramaphosa had led criticism of Israel."), 'Cyril Ramaphosa', '11', 'Israel')).not.toEqual([]);
  });
});

describe('a quotation closing a sentence ends it, so the next sentence\'s subject is its own', () => {
  it('"... a "red line." His foreign minister, X, had flown to Y to urge Z"', async () => {
    const got = await lines('Prime Minister Anthony Albanese called the pact a "red line." His foreign minister, Penny Wong, had flown to Honiara the week before to urge Manasseh Sogavare not to sign.');
    expect(root(got, 'Penny Wong', '02', 'Manasseh Sogavare')).not.toEqual([]);
    expect(got.filter((l) => l.startsWith('Anthony Albanese -0'))).toEqual([]);
  });
});

describe('"A and his brother B": the named relative is another conjunct', () => {
  it.each([
    ['Colombia also handed over Dairo Antonio Usuga and his brother Juan de Dios Usuga, leaders of the Gulf Clan.', 'Colombia', '17', 'Juan de Dios Usuga'],
    ['Guatemala handed over Otto Herrera and his son, Mario Herrera, to U.S. agents.', 'Guatemala', '17', 'Mario Herrera'],
  ])('%s -> %s %s %s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });
  it('guard: the parse reader keeps reading the relative as a conjunct', async () => {
    expect(root(await lines('Pakistan arrested Ahmed Ali and his brother Hassan Ali on Monday.'), 'Pakistan', '17', 'Hassan Ali')).not.toEqual([]);
  });
});

describe('a head of government\'s government is the state they lead', () => {
  it.each([
    ["Brazilian President Luiz Inacio Lula da Silva met reporters in Brasilia. Lula's government later signed a trade agreement with Argentina.", 'Brazil', '05', 'Argentina'],
    ["Mexican President Claudia Sheinbaum spoke on Monday. Sheinbaum's government criticised the United States.", 'Mexico', '11', 'United States'],
  ])('%s -> %s %s %s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });
});
