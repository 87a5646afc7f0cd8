// The organisation of a bare organisational title, stop 37: the one organisation the article names that the holder is
// known to head (relate/known-heads.ts over data/organisation-heads.ts), before the organisation or country the story's
// context would give. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';
import { organisationKey, organisationOfficeOfTitle } from '../../../src/pipeline/relate/known-heads.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}
const rolesOf = (got: string[], person: string) => got.filter((l) => l.startsWith(`${person} -`) && / of-> /.test(l));

describe('a bare title whose holder is known, among the organisations the article names', () => {
  it.each([
    ['The European Union and the United Nations sent observers to the vote. Secretary-General Antonio Guterres called for calm.',
      'Antonio Guterres -secretary-general of-> United Nations'],
    ['Officials from the World Health Organization met donors from the World Bank in Geneva on Tuesday. Director-General Tedros Adhanom Ghebreyesus urged them to pay.',
      'Tedros Adhanom Ghebreyesus -director-general of-> World Health Organization'],
    ['General Motors and Ford both raised their forecasts on Tuesday. Chief Executive Mary Barra said demand for trucks stayed strong.',
      'Mary Barra -chief executive of-> General Motors'],
    ['The Bank of England held rates as the Federal Reserve cut its own. Governor Andrew Bailey said inflation was still too high.',
      'Andrew Bailey -governor of-> Bank of England'],
    ['Shell and BP reported lower profits on Thursday. Wael Sawan, the chief executive, said refining margins had fallen.',
      'Wael Sawan -chief executive of-> Shell'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
  it('the known organisation, not the one the story is about', async () => {
    // (the story names Nissan most; the title's holder is Renault's)
    const got = await lines('Nissan cut its outlook again. Nissan shares fell 5 percent after Nissan said sales in China slumped, and Renault, its partner, said it would sell part of its stake. Chief Executive Luca de Meo said the alliance remained sound.');
    expect(got).toContain('Luca de Meo -chief executive of-> Renault');
    expect(got).not.toContain('Luca de Meo -chief executive of-> Nissan');
  });
  it('the known organisation, not the dateline\'s country', async () => {
    const got = await lines('BRUSSELS, March 3 (Reuters) - Belgium hosted the summit of the European Commission and NATO on Monday. President Ursula von der Leyen said the bloc would raise spending.');
    expect(got).toContain('Ursula von der Leyen -president of-> European Commission');
    expect(got).not.toContain('Ursula von der Leyen -president of-> Belgium');
  });
  it.each([
    ['Renault agreed the deal with Nissan, whose shares rose while its chief executive, Makoto Uchida, stayed silent.',
      'Makoto Uchida -chief executive of-> Nissan', 'Makoto Uchida -chief executive of-> Renault'],
    ['France backed the merger of Renault with Nissan on Tuesday. Shares rose in Paris, and its chief executive, Luca de Meo, said the deal was fair.',
      'Luca de Meo -chief executive of-> Renault', 'Luca de Meo -chief executive of-> France'],
  ])('a possessive pronoun read as another body yields to the known one: %s', async (text, line, not) => {
    const got = await lines(text);
    expect(got).toContain(line);
    expect(got).not.toContain(not);
  });
  it('guard: a possessive pronoun read as one of the holder\'s own organisations stays', async () => {
    const got = await lines('Renault shares rose after France backed the deal. Its chief executive, Luca de Meo, said the deal was fair.');
    expect(got).toContain('Luca de Meo -chief executive of-> Renault');
  });
  it('of two organisations the holder headed, the one the article names at least twice as often', async () => {
    const got = await lines('Nissan cut its forecast on Monday. Nissan said sales fell in China, and Nissan shares dropped after Renault sold a stake. Chairman Carlos Ghosn said the board backed the plan.');
    expect(got).toContain('Carlos Ghosn -chairman of-> Nissan');
    expect(got).not.toContain('Carlos Ghosn -chairman of-> Renault');
  });
  it('guard: two organisations the holder headed, named as often: knowledge does not choose', async () => {
    const [a] = await analyzeTexts(['Nissan and Renault both cut forecasts on Monday. Chairman Carlos Ghosn said the boards backed the plan.']);
    expect(a!.relations.filter((r) => /known-holder/.test(r.by ?? ''))).toEqual([]);
  });
  it('a body\'s president, not the dateline\'s country', async () => {
    const got = await lines('FRANKFURT, June 6 (Reuters) - The European Central Bank cut rates on Thursday, and the Bundesbank welcomed the move. President Christine Lagarde said inflation was easing.');
    expect(got).toContain('Christine Lagarde -president of-> European Central Bank');
    expect(got).not.toContain('Christine Lagarde -president of-> Germany');
  });
  it('guard: the article names none of the holder\'s organisations: no role from knowledge', async () => {
    const got = await lines('The European Union sent observers to the vote. Secretary-General Antonio Guterres called for calm.');
    expect(rolesOf(got, 'Antonio Guterres')).toEqual([]);
  });
  it('guard: an unknown holder gets no organisation from knowledge (the story\'s reading stays as it was)', async () => {
    const [a] = await analyzeTexts(['General Motors and Ford both raised their forecasts on Tuesday. Chief Executive Tomas Lindqvist said demand stayed strong.']);
    expect(a!.relations.filter((r) => /known-holder/.test(r.by ?? ''))).toEqual([]);
  });
  it('guard: a title the holder is not known to hold there takes nothing from knowledge', async () => {
    const got = await lines('The Bank of England held rates as the Federal Reserve cut its own. Deputy Governor Andrew Bailey said inflation was still too high.');
    expect(got).not.toContain('Andrew Bailey -deputy governor of-> Bank of England');
  });
});

describe('what the reading compares', () => {
  it.each([
    [['secretary-general'], 'secretary-general'], [['director', 'general'], 'director-general'], [['ceo'], 'chief executive'],
    [['chief', 'executive', 'officer'], 'chief executive'], [['former', 'chairwoman'], 'chair'], [['governor'], 'governor'],
    [['chief'], 'any'], [['deputy', 'governor'], undefined], [['chief', 'economist'], undefined], [['vice', 'president'], undefined],
  ])('office of %j: %s', (words, office) => {
    expect(organisationOfficeOfTitle(words as string[])).toBe(office);
  });
  it.each([
    ['Apple Inc.', 'apple'], ['Volkswagen Group', 'volkswagen'], ['The World Bank', 'world bank'], ['U.N.', 'un'], ['Nestlé S.A.', 'nestle'],
    ['Procter & Gamble Co.', 'procter and gamble'], ['Wells Fargo & Co', 'wells fargo'], ['Novo Nordisk A/S', 'novo nordisk'],
    ['A.P. Moller-Maersk A/S', 'ap moller maersk'], ['Marks & Spencer Group plc', 'marks and spencer'],
  ])('key of %s: %s', (name, key) => {
    expect(organisationKey(name)).toBe(key);
  });
});
