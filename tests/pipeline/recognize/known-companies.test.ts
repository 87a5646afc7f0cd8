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
