// Stop 41 (lex41): triggers the lexicon lacked and codes it gave wrong, from the first reading of 350-373, each read as
// the batch conventions give its CAMEO root: a requirement put to a named actor (10), a restriction put on goods or
// scaled up (16), a court's or a watchdog's finding that an actor did wrong (11), a person suspended (17), a sentence
// upheld (17), a company seized (17), an agreement ended (16), an accord reached (05, not 03); and a guard: "had" before a participle is no light verb ("X, which had mediated
// the conflict with Y" fought no one). Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const root = (got: string[], from: string, code: string, to: string) =>
  got.filter((l) => l.startsWith(`${from} -${code}`) && l.endsWith(`-> ${to}`));

describe('acts the lexicon lacked (stop 41)', () => {
  it.each([
    // 10: a binding requirement put to a named actor, its members after "such as"
    ['The European Commission required Meta to change its terms of service.', 'European Commission', '10', 'Meta'],
    ['Apple had required suppliers such as Foxconn and Pegatron to cut their prices.', 'Apple', '10', 'Pegatron'],
    // 10: an order to a body named by its kind ("the company")
    ['The European Commission fined Apple on Monday and ordered the company to change its contracts.', 'European Commission', '10', 'Apple'],
    // 16: tariffs on goods, whatever the goods, their country a nationality word or a "made in"
    ['Mexico slapped duties on Brazilian sugar in March.', 'Mexico', '16', 'Brazil'],
    ['Brazil raised tariffs on shoes made in Vietnam.', 'Brazil', '16', 'Vietnam'],
    // 16: a restriction put on or scaled up
    ['India put a 20% surtax on Vietnamese rice last year.', 'India', '16', 'Vietnam'],
    ['The United States doubled tariffs on Canadian lumber in August.', 'United States', '16', 'Canada'],
    ['The European Union tightened sanctions on Belarus on Friday.', 'European Union', '16', 'Belarus'],
    // 11: a finding of wrongdoing
    ['The Korea Fair Trade Commission found that Samsung had violated the competition law.', 'Korea Fair Trade Commission', '11', 'Samsung'],
    // 17: a person suspended from office or sport
    ['FIFA suspended Sepp Blatter for eight years in December.', 'FIFA', '17', 'Sepp Blatter'],
    // 17: a sentence upheld, its person after "for" however deep the parse hung it
    ['Brazil\'s Supreme Court upheld an eight-year prison sentence and a ban from politics for former President Fernando Collor.', 'Supreme Court', '17', 'Fernando Collor'],
    // 16: a standing agreement ended
    ['Niger terminated its military agreement with the United States in March.', 'Niger', '16', 'United States'],
    // 05: an accord reached between two actors
    ['Peru and Bolivia agreed on Tuesday to build a joint border post.', 'Peru', '05', 'Bolivia'],
    // 17: a company seized
    ['The Hungarian government seized control of the telecoms company Vodafone Hungary.', 'Hungary', '17', 'Vodafone Hungary'],
  ])('%s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });

  it('a person suspended is sanctioned, not a member suspended (17, not 16)', async () => {
    const got = await lines('FIFA suspended Sepp Blatter for eight years in December.');
    expect(root(got, 'FIFA', '16', 'Sepp Blatter')).toEqual([]);
  });

  it('a body suspended is still a member suspended (16)', async () => {
    const got = await lines('The International Olympic Committee suspended the Russian Olympic Committee on Thursday.');
    expect(root(got, 'International Olympic Committee', '16', 'Russian Olympic Committee')).not.toEqual([]);
  });

  it('an order to "the X unit" is no order to X, whose unit it is', async () => {
    const got = await lines('The European Commission fined Google on Monday and ordered the Alphabet unit to change its contracts.');
    expect(root(got, 'European Commission', '10', 'Alphabet')).toEqual([]);
  });

  it('"had" before a participle is its auxiliary, no light verb: a mediator fought no one', async () => {
    const got = await lines('Egypt and Qatar asked the Arab League to dissolve its committee, which had mediated the conflict with Jordan and Oman as co-chairs.');
    expect(got.filter((l) => / -19\d /.test(l))).toEqual([]);
  });

  it('raising a thing that is no restriction makes no light verb of it', async () => {
    const got = await lines('Joe Biden raised the detention of Evan Gershkovich with Vladimir Putin.');
    expect(root(got, 'Joe Biden', '17', 'Evan Gershkovich')).toEqual([]);
  });
});
