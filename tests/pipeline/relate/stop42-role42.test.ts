// Stop 42 (issue 14): roles, memberships and seats the relate stage missed on unseen news (374-397). A body described as
// a grouping of others ("X, the joint list of A and B led by Y", "X, a coalition of rebel groups that includes C"); an
// office handed over ("will take over as president of X from Y"); the CoNLL04 reader's "works for" kept out of
// headlines; seats read from descriptions ("The company, which is headquartered in", "the London club announced", "the
// Seattle-based coffee chain said"); bodies named together and described together ("A and B, Russia's two largest oil
// companies,"). Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string, hypothetical = false): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical });
}

/** A one-word title line, so that the sentences after it are body text. */
const body = (text: string) => `Report\n\n${text}`;

describe('a body described as a grouping of others', () => {
  it.each([
    ['the members of a joint list', 'Polls suggest the government has lost ground to Forward Together, the joint list of the Greens and the Labour Party, ahead of the vote.',
      ['Greens -member of-> Forward Together', 'Labour Party -member of-> Forward Together']],
    ['a member given after "that includes"', 'The Islamic Resistance in Iraq, an umbrella of militias that includes Kataib Hezbollah, claimed the attacks on Sunday.',
      ['Kataib Hezbollah -member of-> Islamic Resistance in Iraq']],
    ['the leader of the grouping, not of its last member', 'The Northern Front, an alliance of the Liberal Party and the Farmers Party led by Jan Kovac, won 20 seats.',
      ['Jan Kovac -leader of-> Northern Front']],
  ])('%s', async (_, text, expected) => {
    const got = await lines(body(text));
    for (const e of expected) expect(got).toContain(e);
  });
  it('guard: a leader named after the members of an unnamed coalition leads neither member', async () => {
    const got = await lines(body('A coalition of the Liberal Party and the Farmers Party led by Jan Kovac won 20 seats on Sunday.'));
    expect(got.filter((l) => l.startsWith('Jan Kovac -leader of'))).toEqual([]);
  });
});

describe('an office handed over', () => {
  it.each([
    ['"will take over as T of X from Y": both hold it, the successor in plan',
      'Pedro Santos will take over as president of the European Council from Charles Michel on Dec. 1.',
      ['Charles Michel -president of-> European Council', 'Pedro Santos -president of (hyp)-> European Council']],
    ['"took over from Y as T of X"', 'Anna Berg took over from Lars Holm as chief executive of Nordbank in March.',
      ['Lars Holm -chief executive of-> Nordbank', 'Anna Berg -chief executive of-> Nordbank']],
  ])('%s', async (_, text, expected) => {
    const got = await lines(body(text), true);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('where a body sits, read from a description', () => {
  it.each([
    ['"The company, which is headquartered in"', 'Tesco said sales rose. The company, which is headquartered in Welwyn Garden City, said it would appeal.',
      'Tesco -based in-> Welwyn Garden City'],
    ['a town before a kind of organisation reporting', 'Helix Robotics hired 200 engineers this year, the Lyon company said.', 'Helix Robotics -based in-> Lyon'],
    ['a "-based" chain reporting', 'Starbucks named Brian Niccol as its chief executive. Rachel Ruggeri will serve as interim chief executive, the Seattle-based coffee chain said.',
      'Starbucks -based in-> Seattle'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });
  it('guard: a town description after another body the sentence names is not read for it', async () => {
    const got = await lines(body('Chelsea signed the winger from Real Betis, the London club announced.'));
    expect(got).not.toContain('Real Betis -based in-> London');
  });
});

describe('bodies named together and described together', () => {
  it.each([
    ['a possessive country', 'Rosneft and Lukoil, Russia\'s two largest oil companies, said they would comply.', ['Rosneft -affiliated with-> Russia', 'Lukoil -affiliated with-> Russia']],
    ['a nationality word', 'Mitsui and Mitsubishi, the two Japanese trading houses, said they would keep their stakes.', ['Mitsui -affiliated with-> Japan', 'Mitsubishi -affiliated with-> Japan']],
  ])('%s', async (_, text, expected) => {
    const got = await lines(body(text));
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('the CoNLL04 reader\'s "works for" is not read from a headline', () => {
  it('a person and a company in a headline are no employee and employer', async () => {
    const got = await lines('Karl Weber sues Norcom Retail over pension deal\n\nThe investor filed the claim.');
    expect(got).not.toContain('Karl Weber -works for-> Norcom Retail');
  });
});

describe('titles and members of a body', () => {
  it.each([
    ['a rapporteur is a title', 'Hanna Lund, the U.N. special rapporteur on human rights in Belarus, called the verdict unjust.', ['Hanna Lund -special rapporteur of-> U.N.']],
    ['a body acting under a titled person', 'The committee warned that the Federal Trade Commission, which under Chair Maria Delgado has challenged several mergers, would examine the deal.',
      ['Maria Delgado -chair of-> Federal Trade Commission']],
    ['board members in apposition, the body reporting', 'Two board members, Kenji Mori and Akira Sato, voted against the change, the Bank of Japan said.',
      ['Kenji Mori -board member of-> Bank of Japan', 'Akira Sato -board member of-> Bank of Japan']],
    ['a board member after the body\'s name', 'Bank of Japan board member Kenji Mori dissented on Tuesday.', ['Kenji Mori -board member of-> Bank of Japan']],
  ])('%s', async (_, text, expected) => {
    const got = await lines(body(text));
    for (const e of expected) expect(got).toContain(e);
  });
  it('guard: a national office after "under" is no office of the body', async () => {
    const got = await lines(body('The army, under President Carla Duarte, has retaken the province.'));
    expect(got.filter((l) => l.includes('-> army') || l.startsWith('Carla Duarte -president of-> The army'))).toEqual([]);
  });
});
