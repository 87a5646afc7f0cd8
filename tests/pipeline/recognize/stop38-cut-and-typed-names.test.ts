// Names the tagger cuts, glues or mistypes, read from unseen news (first reading of 278-301), stop 38: two companies
// in one span joined by "and" after a legal form; a minister's portfolio list; a person's given name read as a town
// after a title; a town placed "in" its own country read as a body; a body described as "<country>'s parliament"; a
// list after "resorts such as"; a body's name cut after "of the" or around its field words. The tagger's reading is
// given as spans (what it said on sentences of the same shape); every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';

const read = (text: string, spans: Spans) => mentions(text, spans).map((m) => [m.text, m.type]);

describe('the names and types a reader sees', () => {
  const cases: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['two companies in one span, the first closed by a legal form', 'Analysts said Samsung Electronics Co and Broadcom were both interested.',
      [['Samsung Electronics Co and Broadcom', 'ORG']], [['Samsung Electronics Co', 'organization'], ['Broadcom', 'organization']]],
    ['a minister\'s portfolio list is no name', 'Kenya\'s Minister of Roads, Shipping and Waterways, Amos Kiprono, signed the deal.',
      [['Kenya', 'LOC'], ['Roads', 'LOC'], ['Shipping', 'ORG'], ['Waterways', 'LOC'], ['Amos Kiprono', 'PER']],
      [['Kenya', 'country'], ['Amos Kiprono', 'person']]],
    ['a given name read as a town after a title, and the surname left out', 'Armed Forces Minister Florence Dubreuil criticised the plan.',
      [['Florence', 'LOC']], [['Florence Dubreuil', 'person']]],
    ['a town the gazetteer knows, placed in its own country, read as a body', 'Work stopped at plants in Wolfsburg, Zwickau in eastern Germany and Emden.',
      [['Wolfsburg', 'LOC'], ['Zwickau', 'ORG'], ['Germany', 'LOC'], ['Emden', 'LOC']],
      [['Wolfsburg', 'city'], ['Zwickau', 'city'], ['Germany', 'country'], ['Emden', 'city']]],
    ['a body described as a country\'s parliament', 'The bill, passed by the Sejm, Poland\'s parliament, goes to the president.',
      [['Sejm', 'LOC'], ['Poland', 'LOC']], [['Sejm', 'organization'], ['Poland', 'country']]],
    ['a town listed after "resorts such as"', 'The games will use venues in resorts such as Meribel and Chamonix.',
      [['Meribel', 'ORG'], ['Chamonix', 'LOC']], [['Meribel', 'city'], ['Chamonix', 'city']]],
    ['a body\'s name cut after "of the"', 'She studied at the University of the West Indies in Jamaica.',
      [['University of the', 'ORG'], ['West Indies', 'LOC'], ['Jamaica', 'LOC']], [['University of the West Indies', 'organization'], ['Jamaica', 'country']]],
    ['a body\'s name cut around its field words', 'The House Armed Services Committee will vote on Monday.',
      [['House', 'ORG'], ['Committee', 'ORG']], [['House Armed Services Committee', 'organization']]],
  ];
  it.each(cases)('%s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
  const guards: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['a pair of bodies with no legal form stays the tagger\'s', 'Shares of Marks and Spencer rose.', [['Marks and Spencer', 'ORG']], [['Marks and Spencer', 'organization']]],
    ['a country after a ministry\'s field is the country', 'The Ministry of Health, Brazil said.', [['Ministry of Health', 'ORG'], ['Brazil', 'LOC']],
      [['Ministry of Health', 'organization'], ['Brazil', 'country']]],
    ['a company in another country stays the company', 'Work stopped at Siemens in Germany.', [['Siemens', 'ORG'], ['Germany', 'LOC']],
      [['Siemens', 'organization'], ['Germany', 'country']]],
    ['two bodies with a place between stay two', 'The Senate and Parliament of Europe met.', [['Senate', 'ORG'], ['Parliament', 'ORG'], ['Europe', 'LOC']],
      [['Senate', 'organization'], ['Parliament', 'organization'], ['Europe', 'location']]],
  ];
  it.each(guards)('guard: %s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
});

describe('a seat of government is the body it houses, except where someone is at or goes to it', () => {
  it('"the Kremlin said" read as a place is the body', () => {
    expect(read('The Kremlin said the talks would go on.', [['Kremlin', 'LOC']])).toEqual([['Kremlin', 'organization']]);
  });
  it('guard: "at the White House" stays the place', () => {
    expect(read('Biden met the emir at the White House on Friday.', [['Biden', 'PER'], ['White House', 'LOC']])).toEqual([['Biden', 'person'], ['White House', 'location']]);
  });
});

describe('more readings of places and companies', () => {
  it('a capital a business moved its seat from is the city', () => {
    expect(read('The group moved its headquarters from Lisbon to the Netherlands last year.', [['Lisbon', 'LOC'], ['Netherlands', 'LOC']]))
      .toEqual([['Lisbon', 'city'], ['Netherlands', 'country']]);
  });
  it('guard: a statement from a capital is its state', () => {
    expect(read('There was no word from Lisbon on the plan.', [['Lisbon', 'LOC']])).toEqual([['Lisbon', 'country']]);
  });
  it('a name whose planes are spoken of is a company', () => {
    expect(read('The new carrier took over some of Aerovia\'s planes and staff.', [['Aerovia', 'LOC']])).toEqual([['Aerovia', 'organization']]);
  });
});

describe('a body\'s long name goes on over a place or a body after a joining word', () => {
  const cases: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['"for ... in" a continent', 'Observers from the Council for Peace and Co-operation in Europe watched the vote.',
      [['Council for Peace and Co-operation', 'ORG'], ['Europe', 'LOC']], [['Council for Peace and Co-operation in Europe', 'organization']]],
    ['"on ... in the" a country', 'The deal needs approval from the Panel on Foreign Investment in the United States, officials said.',
      [['Panel on Foreign Investment', 'ORG'], ['United States', 'LOC']], [['Panel on Foreign Investment in the United States', 'organization']]],
    ['"<Head> of <Field> of the" a body', 'The Court of Justice of the European Union ruled on Tuesday.',
      [['Court of Justice', 'ORG'], ['European Union', 'ORG']], [['Court of Justice of the European Union', 'organization']]],
    ['a party named for two ideals', 'He leads the Party of Freedom and Renewal in parliament.',
      [['Party of Freedom', 'ORG'], ['Renewal', 'ORG']], [['Party of Freedom and Renewal', 'organization']]],
    ['a ministry\'s span over "in" and its place', 'A spokesman for the Ministry of Defence in Paris confirmed the strike.',
      [['Ministry of Defence in Paris', 'ORG']], [['Ministry of Defence', 'organization'], ['Paris', 'city']]],
  ];
  it.each(cases)('%s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
  const guards: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['a ministry "in" a country stays two', 'The Ministry of Finance in Kenya said debts would be paid.', [['Ministry of Finance', 'ORG'], ['Kenya', 'LOC']],
      [['Ministry of Finance', 'organization'], ['Kenya', 'country']]],
    ['a party and a word the article names again stay two', 'The Party of Freedom and Renewal met. Renewal later left.',
      [['Party of Freedom', 'ORG'], ['Renewal', 'ORG'], ['Renewal', 'ORG', 1]], [['Party of Freedom', 'organization'], ['Renewal', 'organization'], ['Renewal', 'organization']]],
  ];
  it.each(guards)('guard: %s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
});

describe('persons, companies and towns read from the words around them', () => {
  const cases: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['", which" after a titled person belongs to the noun before', 'The purge led by General Secretary Tran Van Minh, which has toppled ministers, goes on.',
      [['Tran Van Minh', 'PER']], [['Tran Van Minh', 'person']]],
    ['a name described as a goods maker is a company', 'The fund co-owns Lumora, an Austrian plastics maker, with a bank.',
      [['Lumora', 'PER'], ['Austrian', 'MISC']], [['Lumora', 'organization'], ['Austrian', 'country']]],
    ['a name described as a network someone founded is a company', 'Protesters used Kvatera, the social network he had founded.',
      [['Kvatera', 'PER']], [['Kvatera', 'organization']]],
    ['a name no gazetteer knows that runs something is a business', 'Bidders include Germany\'s Flugwerk, which runs Munich airport.',
      [['Germany', 'LOC'], ['Flugwerk', 'LOC'], ['Munich', 'LOC']], [['Germany', 'country'], ['Flugwerk', 'organization'], ['Munich', 'city']]],
    ['a name after "mayor of" is a town', 'He was mayor of Tacloban City for nine years.', [['Tacloban City', 'ORG']], [['Tacloban City', 'city']]],
    ['a town opening a company\'s seat phrase after "Shares of" is the town', 'Shares of Santa Monica, California-based Vexel fell 11%.',
      [['Santa Monica', 'LOC'], ['Vexel', 'ORG']], [['Santa Monica', 'city'], ['California', 'region'], ['Vexel', 'organization']]],
    ['Cabo Verde is the country', 'Cabo Verde was certified malaria-free.', [['Cabo Verde', 'ORG']], [['Cabo Verde', 'country']]],
  ];
  it.each(cases)('%s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
  const guards: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['", which" after an untitled person still says a thing', 'Analysts said Brenco Vale, which makes tyres, would bid.', [['Brenco Vale', 'PER']], [['Brenco Vale', 'organization']]],
    ['a town the gazetteer knows stays the town before ", which runs"', 'Trains to Munich, which runs the fair, were full.', [['Munich', 'LOC']], [['Munich', 'city']]],
    ['"Shares of" a company still names the company', 'Shares of Vexel fell 11%.', [['Vexel', 'ORG']], [['Vexel', 'organization']]],
  ];
  it.each(guards)('guard: %s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
});

describe('places read from lists and parts of the world', () => {
  const cases: Array<[string, string, Spans, Array<[string, string]>]> = [
    ['a part of the world read as a body', 'The road gives Kazakh traders a route to Europe and Central Asia that avoids Russia.',
      [['Kazakh', 'MISC'], ['Europe', 'LOC'], ['Central Asia', 'ORG'], ['Russia', 'LOC']],
      [['Kazakh', 'country'], ['Europe', 'location'], ['Central Asia', 'location'], ['Russia', 'country']]],
    ['a one-word name read as a place, a person\'s name twice elsewhere', 'Kenji Haruta won. Haruta thanked voters. Critics of Haruta\'s running mate spoke. Haruta left.',
      [['Kenji Haruta', 'PER'], ['Haruta', 'PER', 1], ['Haruta', 'LOC', 2], ['Haruta', 'PER', 3]],
      [['Kenji Haruta', 'person'], ['Haruta', 'person'], ['Haruta', 'person'], ['Haruta', 'person']]],
    ['two regions before the plural of a division noun', 'The bid spans the Auvergne-Rhone-Alpes and Provence-Alpes-Cote d\'Azur regions.',
      [['Auvergne-Rhone-Alpes', 'MISC']], [['Auvergne-Rhone-Alpes', 'region'], ['Provence-Alpes-Cote d\'Azur', 'region']]],
    ['a town the tagger left out, listed after "resorts such as"', 'Races will be held in resorts such as Meribel and Val d\'Allos.',
      [['Meribel', 'LOC']], [['Meribel', 'city'], ['Val d\'Allos', 'city']]],
  ];
  it.each(cases)('%s', (_what, text, spans, expected) => {
    expect(read(text, spans)).toEqual(expected);
  });
  it('guard: a body named after a part of the world stays the body', () => {
    expect(read('The Central Asia Fund paid out.', [['Central Asia Fund', 'ORG']])).toEqual([['Central Asia Fund', 'organization']]);
  });
});
