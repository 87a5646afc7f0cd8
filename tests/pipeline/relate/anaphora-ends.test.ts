// Relation ends written as an anaphor in another sentence (or earlier in the same one): "the two sides", "the prime
// minister", "the unions", "the producer" (a body the article described so), "the party's headquarters", "it" after a
// sentence whose subject is a description, "them", "the acquisition". Each resolves from grammar, the entity types
// and what the article said before; when two antecedents fit, nothing is read. Sentences written for these tests;
// the rules are read alone (no news model), since they are what is tested.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { typedLines } from './typed-lines.ts';

let rules: Stages | undefined;
const linesOf = async (text: string) => {
  rules ??= await loadStages({ newsModel: false });
  return typedLines(analyzeArticle({ id: 'doc', title: null, source: 'doc.txt', text }, rules));
};

describe('an anaphoric end resolves to the one antecedent that fits', () => {
  it.each([
    ['"the two sides": the parties of the latest fighting',
      'Ethiopia clashed with Eritrea near the border on Monday. Kenya, which has mediated between the two sides, called for calm.',
      ['Kenya -045 mediated between-> Ethiopia', 'Kenya -045 mediated between-> Eritrea']],
    ['"the two sides": the parties of the latest talks',
      'Ethiopia held talks with Eritrea in Nairobi on Monday. Kenya, which hosted the two sides, called for calm.',
      ['Kenya -043 hosted-> Ethiopia', 'Kenya -043 hosted-> Eritrea']],
    ['"the prime minister": the one person the article gave that office',
      "Norwegian Prime Minister Arvid Lund returned to Oslo on Monday. The Centre Party demanded the prime minister's resignation.",
      ['Centre Party -100 demanded-> Arvid Lund']],
    ['"the unions": the bodies coordinated lately, when their names fit the noun',
      'Members of the Dock Workers Union and the Seafarers Federation blocked the port on Monday. The Labour Court ordered the unions to end the strike.',
      ['Labour Court -100 ordered-> Dock Workers Union', 'Labour Court -100 ordered-> Seafarers Federation']],
    ['"the producer": the body the article described as a producer, in apposition',
      "Kumba Platinum, the world's third-largest platinum producer, said output fell on Monday. Miners at the Rustenburg shafts went on strike. The Labour Ministry later fined the producer.",
      ['Labour Ministry -172 fined-> Kumba Platinum']],
    ['"the watchdog": described with a possessor ("the country\'s antitrust watchdog")',
      "Regulators at the Competition Bureau, the country's antitrust watchdog, met on Monday. The watchdog fined Google.",
      ['Competition Bureau -172 fined-> Google']],
    ['"the party\'s headquarters in X": the seat of the party named before',
      "The Liberal Party won most seats in the vote, officials said. Supporters gathered outside the party's headquarters in Valparaiso on Monday.",
      ['Liberal Party -based in-> Valparaiso']],
    ['"The company, based in X": the seat of the company named before',
      'Harland Foods said on Monday that sales fell. The company, based in Leeds, has faced bid speculation for months.',
      ['Harland Foods -based in-> Leeds']],
    ['"it" after a sentence whose subject is "the company": what the company means',
      "Harland Foods said on Monday that sales fell. Britain's economy shrank in the spring. The company, which employs 2,000 people, has faced bid speculation. Last month it sued Nestle.",
      ['Harland Foods -115 sued-> Nestle']],
    ['"she" after a sentence led by a person under a title with its portfolio ("Secretary of State X")',
      'Secretary of State Laura Hale said the talks with the rebels had failed. She accused Venezuela of bad faith.',
      ['Laura Hale -112 accused-> Venezuela']],
    ['"he" after "Minister for Foreign Affairs X"',
      'Minister for Foreign Affairs Tomas Berg said on Monday the talks had failed. He accused Venezuela of bad faith.',
      ['Tomas Berg -112 accused-> Venezuela']],
    ['"them": the actors coordinated earlier in the sentence',
      'Indonesia held talks with Thailand and Cambodia on Monday and urged them to respect the ceasefire.',
      ['Indonesia -020 urged-> Thailand', 'Indonesia -020 urged-> Cambodia']],
    ['"welcomed the acquisition": the buyer of the latest purchase',
      'Chevron agreed to buy Hess Corp for $53 billion on Monday. Guyanese President Irfaan Ali welcomed the acquisition.',
      ['Irfaan Ali -051 praised-> Chevron']],
  ])('%s', async (_what, text, expected) => {
    const lines = await linesOf(text);
    for (const line of expected) expect(lines).toContain(line);
  });
});

describe('two antecedents fit, or none: no relation', () => {
  it.each([
    ['"it" after "the company" when two companies lead the sentence before it',
      'Siemens and Alstom both bid for the contract. The company, which employs 2,000 people, has faced bid speculation. Last month it sued Nestle.',
      '-> Nestle'],
    ['"the prime minister" when the article gave two people that office (a guard)',
      "Norwegian Prime Minister Arvid Lund met Danish Prime Minister Jonas Berg in Oslo on Monday. The Centre Party demanded the prime minister's resignation.",
      '-> Arvid Lund'],
    ['"the producer" when two bodies were described as producers (a guard)',
      "Kumba Platinum, the world's third-largest platinum producer, and Sibanye Metals, a gold producer, said output fell on Monday. The Labour Ministry later fined the producer.",
      '-> Kumba Platinum'],
    ['"the unions" when the bodies coordinated lately are banks (a guard)',
      'Staff of Barclays Bank and Lloyds Bank protested on Monday. The Labour Court ordered the unions to end the strike.',
      'Labour Court -'],
    ['"the party\'s headquarters" when two parties lead the sentence before it (a guard)',
      "The Liberal Party and the Green Party won most seats in the vote, officials said. Supporters gathered outside the party's headquarters in Valparaiso on Monday.",
      '-> Valparaiso'],
    ['"condemned the decision" after a plan and an act read as fact: no doer is guessed (a guard)',
      'Japan will restrict exports of chips to China, in line with the US ban on chip exports to China. Beijing condemned the decision.',
      'China -111 condemned'],
    ['"the two sides" with no fighting, talks or pair before it (a guard)',
      'Kenya, which has mediated between the two sides, called for calm on Monday.',
      'Kenya -'],
  ])('%s', async (_what, text, forbidden) => {
    const lines = await linesOf(text);
    expect(lines.filter((l) => l.includes(forbidden))).toEqual([]);
  });
});
