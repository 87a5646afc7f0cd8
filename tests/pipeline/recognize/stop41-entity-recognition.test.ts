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

describe('a company named with "of" and its country', () => {
  const pair = 'The group was formed through the merger of Tembrook of Australia and Varlent of the United States.';
  it('a tagger body over "of" and a country is the company and the country', () => {
    const m = mentions(pair, [['Tembrook of Australia', 'ORG'], ['United States', 'LOC']]);
    expect(m.map((x) => [x.text, x.type])).toEqual(expect.arrayContaining([['Tembrook', 'organization'], ['Australia', 'country']]));
  });
  it('a second one-word name placed the same way after "and" is a company the tagger missed', () => {
    expect(typeOf(pair, [['Tembrook of Australia', 'ORG'], ['United States', 'LOC']], 'Varlent')).toEqual(['organization']);
  });
  it.each([
    // a state's name, a body's head word, a common noun the article writes in lower case: one name
    ['The Republic of Korea signed the deal.', 'Republic of Korea'],
    ['The Bank of Japan held rates.', 'Bank of Japan'],
    ['Airports of Thailand runs six airports.', 'Airports of Thailand'],
  ])('guard: %s', (text, name) => {
    expect(mentions(text, [[name, 'ORG']]).map((x) => x.text)).toContain(name);
  });
});

describe('a place name opening with a word the article reads alone as an organisation', () => {
  it('"Korvel Lumen" read as a place, "Korvel" a body elsewhere: the body\'s full name', () => {
    const text = 'Rio Tinto agreed to buy Korvel Lumen on Wednesday. Korvel said its board backed the offer.';
    expect(typeOf(text, [['Rio Tinto', 'ORG'], ['Korvel Lumen', 'LOC'], ['Korvel', 'ORG', 1]], 'Korvel Lumen')).toEqual(['organization']);
  });
  it('guard: with no such reading the place stays a place', () => {
    const text = 'Troops moved into Korvel Lumen on Wednesday. Korvel residents fled.';
    expect(typeOf(text, [['Korvel Lumen', 'LOC'], ['Korvel', 'LOC', 1]], 'Korvel Lumen')).toEqual(['location']);
  });
});

describe('cartels and gangs named before a lower-case noun', () => {
  it('a town before "cartel" is the cartel named after it', () => {
    const m = mentions('He was a founder of the Tampico cartel in the 1980s.', [['Tampico', 'LOC']]);
    expect(m.map((x) => [x.text, x.type])).toContainEqual(['Tampico cartel', 'organization']);
    expect(m.map((x) => x.text)).not.toContain('Tampico');
  });
  it('a name the tagger left out before "gang" is the gang', () => {
    expect(typeOf('In Haiti, he leads the Kraze Lame gang alliance.', [['Haiti', 'LOC']], 'Kraze Lame')).toEqual(['organization']);
  });
  it.each([
    // a nationality word before the noun is no name
    ['Police arrested members of the Venezuelan gang on Monday.', [['Venezuelan', 'MISC']] as Spans, 'Venezuelan gang'],
    // a town before "gang" without "the" stays the town
    ['A Tampico gang member was arrested.', [['Tampico', 'LOC']] as Spans, 'Tampico gang'],
  ])('guard: %s', (text, spans, name) => {
    expect(mentions(text, spans).map((x) => x.text)).not.toContain(name);
  });
});

describe('a nationality word made of a "-stan" place\'s name', () => {
  it('"a Karakalpak lawyer" is the nationality word of Karakalpakstan', () => {
    const m = mentions('A Karakalpak lawyer from Karakalpakstan was jailed.', [['Karakalpak', 'LOC'], ['Karakalpakstan', 'LOC']]);
    const word = m.find((x) => x.text === 'Karakalpak');
    expect(word?.metonymy).toBe('demonym');
    expect(word?.gazetteerId).toBe(m.find((x) => x.text === 'Karakalpakstan')?.gazetteerId);
  });
  it('guard: a word that makes no known place with "-stan" stays a place', () => {
    const m = mentions('A Korvel lawyer was jailed.', [['Korvel', 'LOC']]);
    expect(m.find((x) => x.text === 'Korvel')?.metonymy).toBeUndefined();
  });
});
