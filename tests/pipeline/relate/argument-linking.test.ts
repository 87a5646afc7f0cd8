// Argument linking in the grammar reader (stop 33): positions of a trigger's arguments that the parse labels in ways
// the reader did not follow. Sentences written for these tests, each of the shape the fresh news missed
// (tests/fixtures/news/diagnose-event-links.ts groups the misses by shape).
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

// (the rules' readings: the learned models may guess the same pair from the words alone)
const events = (a: ArticleAnalysis) => a.relations.filter((r) => r.kind === 'event' && r.by?.startsWith('rule:')).map((r) =>
  `${a.entities.find((e) => e.id === r.source)?.name} -${r.cameo}${r.hypothetical ? ' (hyp)' : ''}-> ${a.entities.find((e) => e.id === r.target)?.name}`);

describe('the one addressed, which the parse makes an indirect object, is the object when there is no direct one', () => {
  it.each([
    ['Hamas said in a statement it would respond, and warned Egypt that its border posts were within range of the group\'s rockets.', 'Hamas -130-> Egypt'],
    ['A consumer group, the Citizens Alliance, has asked the Supreme Court to halt the auction.', 'Citizens Alliance -020-> Supreme Court'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
  it('the passive says the same (a guard)', async () => {
    const [a] = await analyzeTexts(['Egypt was warned by Hamas that its border posts were within range.']);
    expect(events(a!)).toContain('Hamas -130-> Egypt');
  });
});

describe('a giving verb\'s receiver named without "to", and a plural relative clause on a coordination', () => {
  it('"A and B, which together lend C $500 million": both lend to C', async () => {
    const [a] = await analyzeTexts(['The African Development Bank and the Islamic Development Bank, which together lend Senegal about $500 million a year, praised the budget.']);
    expect(events(a!)).toEqual(expect.arrayContaining(['African Development Bank -071-> Senegal', 'Islamic Development Bank -071-> Senegal']));
  });
  it('"will lend $500 million to C" says the same (a guard)', async () => {
    const [a] = await analyzeTexts(['The African Development Bank will lend $500 million to Senegal.']);
    expect(events(a!)).toContain('African Development Bank -071 (hyp)-> Senegal');
  });
});

describe('a relative clause with a plural verb, which the parse hung on the last conjunct, is the whole coordination\'s', () => {
  it('"A and B, which together support C": both support C', async () => {
    const [a] = await analyzeTexts(['The World Health Organization and the International Committee of the Red Cross, which together support the Sudanese Red Crescent, appealed for funds.']);
    expect(events(a!)).toEqual(expect.arrayContaining(['World Health Organization -051-> Sudanese Red Crescent', 'International Committee of the Red Cross -051-> Sudanese Red Crescent']));
  });
});

describe('a phrase of "including" after the object names members of it', () => {
  it('"would meet opposition leaders, including X"', async () => {
    const [a] = await analyzeTexts(['President William Ruto said he would meet opposition leaders, including Raila Odinga, on Friday.']);
    expect(events(a!)).toContain('William Ruto -040 (hyp)-> Raila Odinga');
  });
  it('"X was met by Y" with no list names only Y (a guard)', async () => {
    const [a] = await analyzeTexts(['Raila Odinga was met by President William Ruto on Friday.']);
    expect(events(a!).filter((l) => l.includes('Raila Odinga'))).toEqual(expect.arrayContaining([expect.stringMatching(/William Ruto -040-> Raila Odinga|Raila Odinga -040-> William Ruto/)]));
  });
});

describe('a name in apposition to a description is who is meant, whatever the noun', () => {
  it.each([
    ['The Serious Fraud Office is investigating the bank\'s biggest client, the Harbour Group.', 'Serious Fraud Office -090-> Harbour Group'],
    ['The bank\'s biggest client, the Harbour Group, is being investigated by the Serious Fraud Office.', 'Serious Fraud Office -090-> Harbour Group'],
    ['The bank\'s biggest client, the Harbour Group, has sued the Serious Fraud Office.', 'Harbour Group -115-> Serious Fraud Office'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
});

describe('observers and monitors from a body act for it, as its representatives do', () => {
  it.each([
    ['Observers from the African Union said the count had been fair, but urged the Electoral Commission to publish the results.', 'African Union -020-> Electoral Commission'],
    ['Monitors from the Organization for Security and Co-operation in Europe praised the Central Election Commission.', 'Organization for Security and Co-operation -051-> Central Election Commission'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
});

describe('a kind of organisation after the body\'s name is that body', () => {
  it.each([
    ['Algeria supports the Polisario Front independence movement.', 'Algeria -051-> Polisario Front'],
    ['The Polisario Front independence movement is supported by Algeria.', 'Algeria -051-> Polisario Front'],
    ['Santos will meet Uribe\'s Democratic Center party on Monday.', 'Santos -040 (hyp)-> Democratic Center'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
  it('names coordinated in apposition to a plural description are all meant (a guard)', async () => {
    const [a] = await analyzeTexts(['Mr Abbas, who succeeded Yasser Arafat last month, has persuaded the militant groups Hamas and Islamic Jihad to halt attacks on Israelis for now.']);
    expect(events(a!)).toEqual(expect.arrayContaining(['Abbas -020-> Hamas', 'Abbas -020-> Islamic Jihad']));
  });
});

describe('the controller of an infinitive, and the subject a verb shares with a passive', () => {
  it('"a move that led X to threaten Y": the object of the governing verb does what its infinitive says', async () => {
    const [a] = await analyzeTexts(['The ministry had earlier suspended the league, a move that led UEFA to threaten Greece with suspension from European competitions.']);
    expect(events(a!)).toContain('UEFA -130-> Greece');
  });
  it('"ordered X to pay Y": an order is not yet done', async () => {
    const [a] = await analyzeTexts(['A court in Geneva ordered Kenya to pay Uganda about $2 billion for breaching the contract.']);
    expect(events(a!)).toContain('Kenya -061 (hyp)-> Uganda');
  });
  it('"used drones to attack Y": an object that is no actor leaves the subject the controller (a guard)', async () => {
    const [a] = await analyzeTexts(['Iran used drones to attack Israel.']);
    expect(events(a!)).toContain('Iran -190-> Israel');
  });
  it('"it had been kept in the dark and asked Y to": an active verb coordinated with a passive shares its patient as subject', async () => {
    const [a] = await analyzeTexts(['A fans\' group, Porto Ultras, said it had been kept in the dark about the terms and asked the Spanish Football Federation to examine the ownership structure.']);
    expect(events(a!)).toContain('Porto Ultras -020-> Spanish Football Federation');
  });
});
