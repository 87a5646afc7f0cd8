// Stop 42 (issue 14): triggers and codes of events other than appointments the first reading of 374-397 showed
// missing or wrongly coded, each read as the batch conventions give its CAMEO root: a verbal clash between people (11,
// not fighting), an actor or its act called by a word of blame (11) or an actor called a friend (05), an order to pay a sum (a fine, 17, not a demand), a body readmitting or reinstating a member (05),
// withholding funds from an actor (16), ending a coalition with named partners (16 towards each), leasing from a
// company (06) and building a stake in a company (06). Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const root = (got: string[], from: string, code: string, to: string) =>
  got.filter((l) => l.startsWith(`${from} -${code}`) && l.endsWith(`-> ${to}`));

describe('acts the lexicon lacked or coded wrongly', () => {
  it.each([
    // 11: two politicians clashing is a quarrel in words
    ['Italian Prime Minister Giorgia Meloni has clashed openly with French President Emmanuel Macron over migration.', 'Giorgia Meloni', '11', 'Emmanuel Macron'],
    ['Kenyan opposition leader Raila Odinga clashed with President William Ruto over the budget.', 'Raila Odinga', '11', 'William Ruto'],
    // 17: an order to pay a sum is a fine
    ['The Court of Justice of the European Union ordered Poland to pay 500,000 euros a day.', 'Court of Justice of the European Union', '17', 'Poland'],
    ['Google was ordered by the European Commission to pay 2.4 billion euros.', 'European Commission', '17', 'Google'],
    // 05: a body taking back a member
    ['The African Union readmitted Morocco in January.', 'African Union', '05', 'Morocco'],
    ['The International Olympic Committee reinstated India on Sunday.', 'International Olympic Committee', '05', 'India'],
    // 16: funds withheld from an actor
    ['The European Commission is withholding 20 billion euros from Poland over the rule of law.', 'European Commission', '16', 'Poland'],
    // 16: a coalition with named partners ended
    ['Austrian Chancellor Sebastian Kurz ended his coalition with the Freedom Party on Saturday.', 'Sebastian Kurz', '16', 'Freedom Party'],
    ['Voters were stunned a year after the new cabinet took office, ending the Social Democrats\' coalition with the Greens.', 'Social Democrats', '16', 'Greens'],
    // 11: an actor's act called by a word of blame; 05: an actor called a friend
    ['Finnish President Sauli Niinisto called Recep Tayyip Erdogan\'s demand "unacceptable and unnecessary".', 'Sauli Niinisto', '11', 'Recep Tayyip Erdogan'],
    ['Luiz Inacio Lula da Silva called Xi Jinping a friend.', 'Luiz Inacio Lula da Silva', '05', 'Xi Jinping'],
    // 06: a lease from a lessor, a stake built
    ['Maersk leases the tanker from Navig8 Group.', 'Maersk', '06', 'Navig8 Group'],
    ['Activist investor Carl Icahn built a stake in Illumina last year.', 'Carl Icahn', '06', 'Illumina'],
  ])('%s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });
});

describe('guards', () => {
  it('armed groups clashing still fight', async () => {
    const got = await lines('Hezbollah clashed with the Israeli army near the border on Tuesday.');
    expect(got.filter((l) => / -11\d /.test(l))).toEqual([]);
  });
  it('two politicians clashing do not fight', async () => {
    const got = await lines('Brazilian President Luiz Inacio Lula da Silva has clashed with Argentine President Javier Milei.');
    expect(got.filter((l) => / -19\d /.test(l))).toEqual([]);
  });
  it('"calling it politicised": a pronoun object is left unread (on the fresh news it was a verdict or a forum, never the actor it was read as)', async () => {
    const got = await lines('Hungary rejected the ruling by the European Court of Justice, calling it politicised.');
    expect(got.filter((l) => / -111 criticized/.test(l))).toEqual([]);
  });
  it('an order to do something else stays a demand', async () => {
    const got = await lines('The Supreme Court ordered Google to open its app store.');
    expect(root(got, 'Supreme Court', '10', 'Google')).not.toEqual([]);
  });
});
