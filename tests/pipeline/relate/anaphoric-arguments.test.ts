// An event's actor or target written as a pronoun or a definite description ("the country", "the government",
// "the company") is the most salient fitting entity named before it: the one leading the latest sentence that names
// any (its subject and whatever is coordinated with it), else the one named most; nothing when two are equally
// salient. Sentences written for these tests, both voices; the negatives must yield no relation. The rules are read
// alone (no news model), since they are what is tested.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { typedLines } from './typed-lines.ts';

let rules: Stages | undefined;
const eventsOf = async (text: string) => {
  rules ??= await loadStages({ newsModel: false });
  const a = analyzeArticle({ id: 'doc', title: null, source: 'doc.txt', text }, rules);
  return { a, lines: typedLines(a).filter((l) => /-\d{2,4} /.test(l)) };
};

describe('a definite description or pronoun resolves to the salient entity, not merely the latest', () => {
  it.each([
    ['"the country": the subject of the sentence before, not a country in its prepositional phrase',
      'Mexico bought wheat from Argentina on Monday. The country also condemned Brazil over the tariffs.',
      'Mexico -111 condemned-> Brazil', 'Argentina -111 condemned-> Brazil'],
    ['"the company": the buyer that leads the sentence, not the company bought',
      'Vodafone agreed to buy a stake in Airtel on Monday. The company also sued Nokia over the patents.',
      'Vodafone -115 sued-> Nokia', 'Airtel -115 sued-> Nokia'],
    ['"the government" as the object: the country of the sentence before',
      "Kenya's parliament passed the budget on Friday. Opposition leader Raila Odinga accused the government of corruption.",
      'Raila Odinga -112 accused-> Kenya', undefined],
    ['"the government" in the passive, its accuser the agent',
      'Peru expelled two diplomats on Monday. The government was accused by Chile of spying.',
      'Chile -112 accused-> Peru', undefined],
    ['a pronoun in a relative clause after a possessor of an event noun ("Mr X\'s visit ..., where he")',
      "The talks came during Mr Modi's visit to Japan, where he signed a trade deal with Fumio Kishida.",
      'Modi -057 signed agreement with-> Fumio Kishida', undefined],
    ['a subject pronoun after a fronted phrase with one possessor',
      "After Ms Rice's visit to Cairo, she met Hosni Mubarak.",
      'Rice -040 met-> Hosni Mubarak', undefined],
    ['"the government" coordinated with a name as the object: both are urged',
      'Fighting went on in Sudan on Monday. The envoy, Tom Perriello, urged the government and the Rapid Support Forces to respect the truce.',
      'Tom Perriello -020 urged-> Rapid Support Forces', undefined],
    ['... and the government is the salient country',
      'Fighting went on in Sudan on Monday. The envoy, Tom Perriello, urged the government and the Rapid Support Forces to respect the truce.',
      'Tom Perriello -020 urged-> Sudan', undefined],
  ])('%s', async (_what, text, expected, notExpected) => {
    const { lines } = await eventsOf(text);
    expect(lines).toContain(expected);
    if (notExpected) expect(lines).not.toContain(notExpected);
  });

  it('the relation cites the antecedent\'s sentence as well as its own', async () => {
    const { a } = await eventsOf('Vodafone agreed to buy a stake in Airtel on Monday. The company also sued Nokia over the patents.');
    const id = (name: string) => a.entities.find((e) => e.name === name)!.id;
    const sued = a.relations.find((r) => r.kind === 'event' && r.source === id('Vodafone') && r.target === id('Nokia'))!;
    const cited = sued.evidence.map((e) => e.text).join(' ');
    expect(cited).toContain('Vodafone');
    expect(cited).toContain('Nokia');
  });
});

describe('no antecedent, no relation', () => {
  it.each([
    ['"the company" after two companies coordinated as the subject', 'Siemens and Alstom both bid for the contract. The company sued Thales on Monday.', 'Thales'],
    ['"it" after "the company" when the company is unclear', 'Siemens and Alstom both bid for the contract. The company said it would sue Thales.', 'Thales'],
    ['"the government" after two countries coordinated as the subject (a guard)', 'Chile and Peru signed a fishing accord on Monday. The government accused Bolivia of smuggling.', 'Bolivia'],
    ['"it" where only people were named before (a guard: a person is no country)', 'Angela Merkel met Emmanuel Macron on Monday. It later condemned Russia.', 'Russia'],
  ])('%s', async (_what, text, target) => {
    const { lines } = await eventsOf(text);
    expect(lines.filter((l) => l.endsWith(`-> ${target}`))).toEqual([]);
  });
});
