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
    ['The Taliban denied the report, and warned Pakistan that its checkpoints were legitimate targets.', 'Taliban -130-> Pakistan'],
    ['A pensioners\' lobby, the Silver Alliance, has asked the Constitutional Court to block the reform.', 'Silver Alliance -020-> Constitutional Court'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
  it('the passive says the same (a guard)', async () => {
    const [a] = await analyzeTexts(['Pakistan was warned by the Taliban that its checkpoints were legitimate targets.']);
    expect(events(a!)).toContain('Taliban -130-> Pakistan');
  });
});

describe('a giving verb\'s receiver named without "to", and a plural relative clause on a coordination', () => {
  it('"A and B, which jointly lend C $300 million": both lend to C', async () => {
    const [a] = await analyzeTexts(['The Nordic Investment Bank and the European Investment Bank, which jointly lend Latvia about $300 million every year, backed the plan.']);
    expect(events(a!)).toEqual(expect.arrayContaining(['Nordic Investment Bank -071-> Latvia', 'European Investment Bank -071-> Latvia']));
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
    ['Observers from the African Union praised the calm voting and urged the Electoral Commission to publish the results quickly.', 'African Union -020-> Electoral Commission'],
    ['Monitors from the Organization for Security and Co-operation in Europe praised the Central Election Commission.', 'Organization for Security and Co-operation in Europe -051-> Central Election Commission'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
});

describe('a kind of organisation after the body\'s name is that body', () => {
  it.each([
    ['Mauritania backs the Sahrawi Liberation Front independence movement.', 'Mauritania -051-> Sahrawi Liberation Front'],
    ['The Sahrawi Liberation Front independence movement is backed by Mauritania.', 'Mauritania -051-> Sahrawi Liberation Front'],
    ['Kenyan President William Ruto will meet Raila Odinga\'s Orange Democratic Movement party on Monday.', 'William Ruto -040 (hyp)-> Orange Democratic Movement'],
  ])('%s', async (text, line) => {
    const [a] = await analyzeTexts([text]);
    expect(events(a!)).toContain(line);
  });
  it('names coordinated in apposition to a plural description are all meant (a guard)', async () => {
    const [a] = await analyzeTexts(['Mr Nasrallah has persuaded the armed groups Hamas and Islamic Jihad to stop firing rockets.']);
    expect(events(a!)).toEqual(expect.arrayContaining(['Nasrallah -020-> Hamas', 'Nasrallah -020-> Islamic Jihad']));
  });
});

describe('the controller of an infinitive, and the subject a verb shares with a passive', () => {
  it('"a step that prompted X to threaten Y": the object of the governing verb does what its infinitive says', async () => {
    const [a] = await analyzeTexts(['The federation\'s decision angered the clubs, a step that prompted UEFA to threaten Greece with expulsion.']);
    expect(events(a!)).toContain('UEFA -130-> Greece');
  });
  it('"ordered X to pay Y": an order is not yet done', async () => {
    const [a] = await analyzeTexts(['Judges in The Hague ordered Kenya to pay Uganda about $2 billion in compensation.']);
    expect(events(a!)).toContain('Kenya -061 (hyp)-> Uganda');
  });
  it('"used drones to attack Y": an object that is no actor leaves the subject the controller (a guard)', async () => {
    const [a] = await analyzeTexts(['Iran used drones to attack Israel.']);
    expect(events(a!)).toContain('Iran -190-> Israel');
  });
  it('"it had been misled and asked Y to": an active verb coordinated with a passive shares its patient as subject', async () => {
    const [a] = await analyzeTexts(['A supporters\' trust, Porto Ultras, said it had been misled about the bid and asked the Spanish Football Federation to block it.']);
    expect(events(a!)).toContain('Porto Ultras -020-> Spanish Football Federation');
  });
});
