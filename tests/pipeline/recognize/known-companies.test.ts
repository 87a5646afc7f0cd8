// Large companies news names with no cue around them ("Lazard advised Vodafone"): the gazetteer's company list
// makes them organisations even where the tagger reads a person or misses the name; names that are as often
// a person, place or common word stay out of the list, so their other readings survive.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import type { Mention } from '../../../src/types.ts';

const tagger = loadTagger();
function mentions(text: string): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return recognize(seg, tagger.tag(seg));
}
const typeOf = (text: string, name: string) => mentions(text).find((m) => m.text === name)?.type;

describe('known companies', () => {
  const cases: Array<[string, string]> = [
    ['Lazard advised Vodafone on the sale.', 'Vodafone'],
    ['Lazard advised Vodafone on the sale.', 'Lazard'],
    ['Shell and BP raised dividends, while Chevron cut jobs.', 'Chevron'],
    ['Regulators cleared the deal between Novo Nordisk and Catalent.', 'Novo Nordisk'],
    ['Analysts at Goldman Sachs expect Nvidia to beat forecasts.', 'Nvidia'],
  ];
  for (const [text, name] of cases) it(`${name} in "${text}"`, () => expect(typeOf(text, name)).toBe('organization'));

  it('a person named like no listed company keeps the person reading', () => {
    expect(typeOf('Harrison Ford said the film would open in May.', 'Harrison Ford')).toBe('person');
  });
});

describe('"in" inside a capitalised run', () => {
  it('"Shares in Northwind Foods fell": the company is the name, not the words before "in"', () => {
    const names = mentions('Shares in Northwind Foods fell on Monday.').map((m) => m.text);
    expect(names).toEqual(['Northwind Foods']);
  });
});

describe('names the tagger cuts or mistypes (fresh batch 22-25)', () => {
  it('a wire dateline\'s place in capitals is a place, whatever the tagger read', () => {
    expect(typeOf('LONDON (AP) - The owners agreed to sell the paper.', 'LONDON')).toBe('city');
  });
  it('a MISC name ending in a body word is an organisation', () => {
    expect(typeOf('The International Olympic Committee suspended the Russian Olympic Committee on Thursday.', 'Russian Olympic Committee')).toBe('organization');
  });
  it('"Court of Arbitration for Sport" is one name', () => {
    expect(mentions('It would appeal to the Court of Arbitration for Sport.').map((m) => m.text)).toContain('Court of Arbitration for Sport');
    expect(mentions('Eduardo Salhuana of the Alliance for Progress party was elected speaker.').map((m) => m.text)).toContain('Alliance for Progress');
  });
  it('a generation suffix is part of the name', () => {
    expect(mentions('President Ferdinand Marcos Jr. convened his council.').map((m) => m.text)).toContain('Ferdinand Marcos Jr.');
  });
  it('"X, a <place>-based investment firm," makes X an organisation; "X, a Dutch investor," stays a person', () => {
    expect(typeOf('Kobold, a Denver-based investment firm, paid.', 'Kobold')).toBe('organization');
    expect(typeOf('Jan Smit, a Dutch investor, said he would sell.', 'Jan Smit')).toBe('person');
  });
});

describe('state-owned bodies', () => {
  it('"Egypt\'s state grain buyer Mostakbal Misr" is an organisation; "State Department spokesman X" stays a person', () => {
    expect(typeOf("Egypt's state grain buyer Mostakbal Misr signed a deal.", 'Mostakbal Misr')).toBe('organization');
    expect(typeOf('State Department spokesman Glyn Davies said on Monday.', 'Glyn Davies')).toBe('person');
  });
});
