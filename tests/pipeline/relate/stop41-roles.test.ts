// Stop 41: roles, memberships and ties between people the relate stage missed on unseen news (fresh 350-373). A rank
// of several words between a title and a name ("army chief, Field Marshal X"); a chief justice of the state unless the
// highest court is named; an office given by appointment is not yielded to the holder the article stated before; a
// body's possessive before a plural title and a list ("The court's three justices, A, B and C"); "his wife" after a
// sentence whose subject is "he"; a title word before the relative's name; "his <party>"; a union named by
// "Teamsters"; "opposition leader" and "head of state" read against context; "Senator X of Ohio"; a state chairing a
// bloc; a verb's subject before an age in commas or a long relative clause ("X, 72, heads Y"); the chief electoral commissioner a state's; a government spokesman after a sentence a country opens; the person succeeded "as" an office held it; a person's own people after the person's possessive ("X's fitness trainer, Y", "her candidate, Y") and an ally
// named with the leader as modifier ("Maduro ally X", "X, a close Nazarbayev ally,"). Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

/** A one-word title line, so that the sentences after it are body text. */
const body = (text: string) => `Report\n\n${text}`;

describe('offices of people', () => {
  it.each([
    ['a rank of several words between the title and the name', 'Pakistan\'s army chief, Field Marshal Tariq Malik, attended the ceremony.', 'Tariq Malik -army chief of-> Pakistan'],
    ['a rank abbreviated without a period', 'Mali\'s military ruler, Lt Col Amadou Keita, met the envoys on Monday.', 'Amadou Keita -military ruler of-> Mali'],
    ['a chief justice of the story\'s state', 'NAIROBI, May 3 (Reuters) - The new president was sworn in on Tuesday by Chief Justice Amos Wekesa at a stadium.', 'Amos Wekesa -chief justice of-> Kenya'],
    ['an office given by appointment, another holder stated before',
      'GABORONE, Nov 1 (Reuters) - Botswana\'s President Kabelo Sebego conceded defeat on Friday. Thato Molefe was sworn in as president on Saturday.',
      'Thato Molefe -president of-> Botswana'],
    ['a body\'s possessive before a plural title and a list of names',
      'Chile\'s Supreme Court upheld the sentence on Tuesday. The court\'s three justices, Ana Morales, Pablo Rojas and Luis Vera, rejected the appeal.',
      'Pablo Rojas -justice of-> Supreme Court'],
    ['"the union" for a body named "Teamsters"',
      'OTTAWA (AP) - The railway locked out workers represented by the Teamsters Rail Conference. Minister Jean Tremblay asked the Industrial Relations Board to impose arbitration. Marc Gagnon, the union\'s president, said workers would challenge the order.',
      'Marc Gagnon -president of-> Teamsters Rail Conference'],
    ['an opposition leader of the country the story is about',
      'CARACAS, July 30 (Reuters) - Venezuela\'s electoral council declared the result on Monday. Opposition leader Elena Marquez said Venezuela deserved a recount.',
      'Elena Marquez -opposition leader of-> Venezuela'],
    ['a senator\'s state after the name', 'WASHINGTON (Reuters) - Republican Senator Tom Harlan of Ohio urged the Treasury to block the deal.', 'Tom Harlan -senator of-> Ohio'],
    ['a government spokesman after a sentence a country opens, in a story filed from elsewhere',
      'BERLIN, April 11 (Reuters) - Germany on Tuesday expelled the ambassador of Niger.\n\nNiger declared the German envoy persona non grata on Friday. Government spokesman Issa Maiga gave no details.',
      'Issa Maiga -spokesman of-> Niger'],
    ['the one succeeded held the office', 'FRANKFURT (Reuters) - Nordbank\'s supervisory board on Tuesday named finance chief Anna Weber to succeed Klaus Richter as chief executive from Oct. 1.', 'Klaus Richter -chief executive of-> Nordbank'],
    ['the head of a state\'s election body', 'FREETOWN, June 27 (Reuters) - Sierra Leone held a presidential election on Saturday. Ibrahim Sesay, the chief electoral commissioner, said the turnout was high.', 'Ibrahim Sesay -commissioner of-> Sierra Leone'],
    ['a role verb after an age in commas', 'Marta Quiroga, 72, heads the Justicialist Party, the main opposition force.', 'Marta Quiroga -head of-> Justicialist Party'],
    ['a role verb after a long relative clause with two verbs',
      'Marta Quiroga, who led the country from 2007 to 2015 and served as vice president until 2023, heads the Justicialist Party.',
      'Marta Quiroga -head of-> Justicialist Party'],
    ['a state chairing a bloc', 'Malaysia currently chairs the Association of Southeast Asian Nations, which both countries joined.', 'Malaysia -chair of-> Association of Southeast Asian Nations'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });

  it('guard: a chief justice of the highest court the article names', async () => {
    const got = await lines(body('JAKARTA (Reuters) - The Constitutional Court rejected the appeal on Monday. Chief Justice Budi Santoso said the claims were unproven.'));
    expect(got).toContain('Budi Santoso -chief justice of-> Constitutional Court');
    expect(got).not.toContain('Budi Santoso -chief justice of-> Indonesia');
  });

  it('guard: an opposition leader in a story about another country is no office of the dateline\'s', async () => {
    const got = await lines(body('PRAIA, Cape Verde (Reuters) - Venezuela demanded the release of its envoy held in Cape Verde. Venezuela said the arrest was illegal. The team of opposition leader Elena Marquez welcomed the arrest.'));
    expect(got).not.toContain('Elena Marquez -opposition leader of-> Cape Verde');
  });
});

describe('ties between people and their parties', () => {
  it.each([
    ['"his wife" after a sentence whose subject is "he"',
      'Peru extradited former President Carlos Mendoza on Sunday. Mendoza denies wrongdoing.\n\nHe was taken to a prison on the outskirts of Lima.\n\nHis wife, Lucia Ferrer, has been charged in a related case.',
      'Lucia Ferrer -wife of-> Carlos Mendoza'],
    ['"his brother" with a title in lower case before the name',
      'Ricardo Pineda has denied the accusations.\n\nHis brother, former congressman Tomas Pineda, was sentenced to life in prison last year.',
      'Tomas Pineda -brother of-> Ricardo Pineda'],
    ['a person\'s trainer after the person\'s possessive', 'The spray was supplied by Alcaraz\'s fitness trainer, Marco Bellini. Carlos Alcaraz was cleared on Monday.', 'Marco Bellini -trainer of-> Carlos Alcaraz'],
    ['a candidate after "her"', 'Opposition leader Rosa Vargas said her candidate, former diplomat Julio Pena, had won by a landslide.', 'Julio Pena -candidate of-> Rosa Vargas'],
    ['an ally named with the leader as modifier', 'The electoral council, run by Ortega ally Carlos Mejia, declared the result. Daniel Ortega celebrated.', 'Carlos Mejia -ally of-> Daniel Ortega'],
    ['an ally in apposition with the leader as modifier', 'Police arrested the former security chief, Karim Sadykov, a close Nazarbayev ally, on Saturday. Nursultan Nazarbayev said nothing.', 'Karim Sadykov -ally of-> Nursultan Nazarbayev'],
    ['a party after "his"', 'President Kabelo Sebego conceded defeat after his Botswana Democratic Party was routed in the election.', 'Kabelo Sebego -member of-> Botswana Democratic Party'],
  ])('%s', async (_, text, expected) => {
    expect(await lines(body(text))).toContain(expected);
  });

  it('guard: "his wife" after a sentence whose "he" is inside a clause gives no tie', async () => {
    const got = await lines(body('Carlos Mendoza was taken to a prison where Jorge Salas is also held.\n\nA judge will decide whether he should stay in custody.\n\nHis wife, Lucia Ferrer, has been charged.'));
    expect(got.filter((l) => l.includes('wife of'))).toEqual([]);
  });
});
