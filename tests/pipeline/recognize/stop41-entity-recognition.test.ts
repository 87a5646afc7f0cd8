// Stop 41 (first reading of 350-373): company names the tagger reads as people, and an acronym read as a person, each
// from a general construction. The tagger's reading is given as spans (what it said on sentences of the same shape);
// every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';

const typeOf = (text: string, spans: Spans, name: string) => mentions(text, spans).filter((m) => m.text === name).map((m) => m.type);

describe('names listed as companies', () => {
  const cases: Array<[string, Spans, string]> = [
    // a list said to be of a plural kind of company after it: each name, of one word or more
    ['Talbot Ferris, Arden Vale and Morrow are among the companies hit by the duties.', [['Talbot Ferris', 'PER'], ['Arden Vale', 'PER'], ['Morrow', 'PER']], 'Arden Vale'],
    ['Talbot Ferris, Arden Vale and Morrow are among the companies hit by the duties.', [['Talbot Ferris', 'PER'], ['Arden Vale', 'PER'], ['Morrow', 'PER']], 'Talbot Ferris'],
    ['Kessler and Dunmore were the two biggest lenders in the region.', [['Kessler', 'PER'], ['Dunmore', 'PER']], 'Dunmore'],
    // a name placed by "of" and a country, in a list with a company the gazetteer knows
    ['The contract went to BAE Systems of Britain and Castellan of Italy.', [['BAE Systems', 'ORG'], ['Britain', 'LOC'], ['Castellan', 'PER'], ['Italy', 'LOC']], 'Castellan'],
  ];
  it.each(cases)('%s (%s)', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['organization']);
  });
  const guards: Array<[string, Spans, string]> = [
    // people placed by "of" and a country in a list of people stay people
    ['The final pits Carlo Venturi of Italy against Marek Holub of Poland.', [['Carlo Venturi', 'PER'], ['Italy', 'LOC'], ['Marek Holub', 'PER'], ['Poland', 'LOC']], 'Carlo Venturi'],
    // a list before "are among the company's directors" (a singular possessive, no plural kind)
    ['Anna Berg and Tomas Lind are among the company\'s directors.', [['Anna Berg', 'PER'], ['Tomas Lind', 'PER']], 'Anna Berg'],
    // a titled person in such a list stays the person
    ['Chief Executive Anna Berg and Kessler were among the lenders named.', [['Anna Berg', 'PER'], ['Kessler', 'ORG']], 'Anna Berg'],
  ];
  it.each(guards)('guard: %s (%s)', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['person']);
  });
});

describe('a company described in apposition', () => {
  it.each([
    // the kind followed by a hyphened participle of ownership
    ['Varrow Holm, the diamond producer majority-owned by a mining group, cut output.', [['Varrow Holm', 'PER']], 'Varrow Holm'],
    ['The tender was won by Kestrel Praha, a company part-owned by a former adviser to the minister.', [['Kestrel Praha', 'ORG']], 'Kestrel Praha'],
  ] as Array<[string, Spans, string]>)('%s', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['organization']);
  });
  it('guard: a film producer is a person', () => {
    expect(typeOf('Marta Lind, a film producer based in Oslo, said so.', [['Marta Lind', 'PER'], ['Oslo', 'LOC']], 'Marta Lind')).toEqual(['person']);
  });
});

describe('an acronym qualifying the noun of a person who was killed', () => {
  it('"the murder of DEA agent X": the acronym is no person', () => {
    const text = 'He served 28 years for the murder of DEA agent Enrique Camarena in 1985.';
    expect(typeOf(text, [['DEA', 'ORG'], ['Enrique Camarena', 'PER']], 'DEA')).not.toContain('person');
  });
  it('guard: "the murder of Camarena in 1985" is the person', () => {
    expect(typeOf('He served 28 years for the murder of Camarena in 1985.', [['Camarena', 'ORG']], 'Camarena')).toEqual(['person']);
  });
});
