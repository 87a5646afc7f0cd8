// Stop 40 (issue 14): roles, memberships and ties between people the relate stage missed on unseen news. An ally's tie
// ("X, a close ally of President Y", "X is a member of A and an ally of Y"), an athlete's coach after "her"; a state's
// spokesperson read against context ("Foreign ministry spokeswoman X", "Spokesman X" after "<Country>'s foreign ministry
// criticised", "junta spokesman X" of the one state the article says a junta rules, "Kremlin spokesman X" also the
// state's); a senator "from" a state holds an office of it; a sea or region before a national title is its portfolio ("Pacific Minister X"); countries
// in a quotation are no rival for a bare title; "its envoy" in a clause opened by ", while Egypt nominated";
// "administrator" is a title; an appointer's country as a possessive. Sentences written for these tests, through the
// whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

/** A one-word title line, so that the sentences after it are body text. */
const body = (text: string) => `Report\n\n${text}`;

describe('ties between people', () => {
  it.each([
    ['an ally in apposition', 'The court summoned Ana Ruiz, a longtime ally of former President Jose Ramos, on Monday.', 'Ana Ruiz -ally of-> Jose Ramos'],
    ['an ally as the second predicate of "be"', 'Tomas Mendez is a member of the ruling Liberal Party and an ally of President Carla Duarte, who has promised reforms.', 'Tomas Mendez -ally of-> Carla Duarte'],
    ['an athlete\'s coach after "her"', 'Sofia Lindqvist was banned for two years on Monday. Her coach, Marta Ekholm, has denied any wrongdoing.', 'Marta Ekholm -coach of-> Sofia Lindqvist'],
    ['"her" after a sentence a body opens, naming one person', 'The agency said the people around the skater Elena Sokolova should be investigated. Her coach, Marta Ekholm, denied it.', 'Marta Ekholm -coach of-> Elena Sokolova'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });
  it('guard: a former ally is no tie now', async () => {
    const got = await lines(body('Ana Ruiz, a former ally of President Jose Ramos, said on Monday she would run against him.'));
    expect(got.filter((l) => l.includes('ally of'))).toEqual([]);
  });
});

describe('a state\'s spokesperson read against context', () => {
  it.each([
    ['a foreign ministry spokeswoman in a story from the state\'s capital',
      'JAKARTA, May 2 (Reuters) - Indonesia said on Thursday it had lodged a protest over the incident. Foreign ministry spokeswoman Teresita Valdez told a news conference that the vessels had left.',
      'Teresita Valdez -foreign ministry spokeswoman of-> Indonesia'],
    ['"Spokesman X" opening the sentence after a country\'s ministry opened the one before',
      'Peru\'s foreign ministry criticised the ruling on Friday. Spokesman Jorge Ramirez said the government would appeal.',
      'Jorge Ramirez -spokesman of-> Peru'],
    ['a junta spokesman of the one state the article says a junta rules',
      'Mali\'s junta expelled the French ambassador on Monday. Guinea said it regretted the move. On Tuesday junta spokesman Abdoulaye Diarra defended the decision.',
      'Abdoulaye Diarra -spokesman of-> Mali'],
    ['a Kremlin spokesman is the state\'s too, when the article names it',
      'Russia rejected the ruling on Tuesday. Kremlin spokesman Ivan Sorokin called it politicised.',
      'Ivan Sorokin -spokesman of-> Russia'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });
  it('guard: a junta spokesman where the article gives two states juntas is no state\'s', async () => {
    const got = await lines(body('Mali\'s junta and Niger\'s junta expelled the French ambassadors on Monday. On Tuesday junta spokesman Abdoulaye Diarra defended the decision.'));
    expect(got.filter((l) => l.startsWith('Abdoulaye Diarra'))).toEqual([]);
  });
});

describe('titles and their bodies', () => {
  it.each([
    ['a senator from a state holds an office of it', 'Paul Rivera, a senator from Texas, urged the Commerce Department to act.', 'Paul Rivera -senator of-> Texas'],
    ['"its envoy" in a clause opened by ", while"', 'Chile named Ana Soto as its ambassador, while Peru nominated Luis Vera as its envoy to Santiago.', 'Luis Vera -envoy of-> Peru'],
    ['an agency\'s administrator', 'NASA Administrator Tom Hale told lawmakers the agency needed a new craft.', 'Tom Hale -administrator of-> NASA'],
    ['an appointer\'s country written as a possessive', 'Peru\'s President Ana Soto has named Luis Vera, a former judge, as prime minister-designate.', 'Luis Vera -prime minister-designate of-> Peru'],
    ['a bare title after a quotation naming other states',
      'SYDNEY, Aug 5 (Reuters) - Australia has chosen a Japanese design for its frigates. "This is the biggest deal ever struck between Japan and Australia," Richard Marles told reporters in Canberra, standing alongside Defence Industry Minister Tom Hale.',
      'Tom Hale -defence industry minister of-> Australia'],
    ['a sea before a national title is its portfolio',
      'CANBERRA (AP) - Australia will give Fiji 140 million dollars under a treaty, the two governments said. Fiji is one of the island states of the Pacific. Pacific Minister Tom Hale said Australia wanted to remain a partner of first choice.',
      'Tom Hale -minister of-> Australia'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });
  it('guard: a lawyer from a state is only from there', async () => {
    const got = await lines(body('Paul Rivera, a lawyer from Texas, said the bill would pass.'));
    expect(got).not.toContain('Paul Rivera -lawyer of-> Texas');
  });
  it('guard: "its envoy" with no clause of its own keeps the sentence\'s subject', async () => {
    const got = await lines(body('Peru named Luis Vera as its envoy to Santiago on Monday.'));
    expect(got).toContain('Luis Vera -envoy of-> Peru');
  });
});

describe('offices and memberships read from verbs and descriptions', () => {
  it.each([
    ['the national security adviser in a sentence set in a capital', 'In Lima, the national security adviser, Jorge Ramirez, said Peru would reconsider its policy of not selling arms.', 'Jorge Ramirez -national security adviser of-> Peru'],
    ['the head of a unit of a body is a member of the body', 'The party met on Monday in Vienna. Lena Varga, who heads the Green Alliance\'s youth wing, said the vote was rigged.', 'Lena Varga -member of-> Green Alliance'],
    ['the leader of "its" team is a member of the clause\'s body', 'The Patriotic Front said two of its members were killed, but that its negotiating team, led by Omar Haddad, had survived.', 'Omar Haddad -member of-> Patriotic Front'],
    ['the one who replaced the holder holds the office', 'MOSCOW (Reuters) - Russia\'s parliament met on Monday. Ivanov, who was replaced as defence minister by Pavel Orlov in May, now runs a think-tank.', 'Pavel Orlov -defence minister of-> Russia'],
    ['a state holding a bloc\'s rotating chair', 'Laos said on Monday that it was troubled by the executions. Cambodia, which holds the rotating chair of the Association of Southeast Asian Nations, said the bloc was saddened.', 'Cambodia -chair of-> Association of Southeast Asian Nations'],
    ['a judge titled "Justice" of a court', 'Justice Amina Bello of the Federal High Court in Abuja ordered that he be held.', 'Amina Bello -justice of-> Federal High Court'],
    ['an apposition closed by a participle after its title, in a dateline sentence',
      'BRUSSELS, May 26 (Reuters) - Iran freed a Belgian aid worker on Friday in exchange for Reza Karimi, an Iranian diplomat jailed in Belgium over a bomb plot.',
      'Reza Karimi -diplomat of-> Iran'],
    ['a bare "Speaker" in a story about one state', 'BEIRUT (Reuters) - Lebanon\'s parliament elected a president on Thursday. The session was chaired by Speaker Karim Haddad, who has held the post since 1992.', 'Karim Haddad -speaker of-> Lebanon'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });
  it('a player\'s position is a title of the club', async () => {
    expect(await lines(body('Rebels freed the father of Liverpool forward Mateo Rojas on Thursday.'))).toContain('Mateo Rojas -forward of-> Liverpool');
  });
  it('guard: a nationality before a player\'s position is no office of the country', async () => {
    const got = await lines(body('Arsenal signed Brazilian winger Lucas Pereira on Monday.'));
    expect(got.filter((l) => l.startsWith('Lucas Pereira -winger'))).toEqual([]);
  });
  it('guard: "Its chief executive" after a sentence opened by a name the recogniser missed is no other body\'s', async () => {
    const got = await lines(body('The Food and Drug Administration approved the drug last year. Kyowa, which is based in Osaka, said it was disappointed. Its chief executive, Kenji Mori, called the drug a turning point.'));
    expect(got.filter((l) => l.startsWith('Kenji Mori'))).toEqual([]);
  });
});
