// Bodies' names the tagger cuts or mistypes, read from unseen news (first reading of 254-277), stop 37: a name that goes
// on after a lower-case "to", "against", "for" or "in" ("Committee to Protect Journalists", "Islamic Resistance in
// Iraq"), a nationality-led name read as MISC ("Brazilian Football Confederation", "Swiss International Air Lines"), a
// possessive office-holder opening a body's name ("the Special Prosecutor's Office"), one body's name given two
// countries ("Britain's X ... the U.S. X"), and world bodies news names without saying what they are (FIFA, Gavi). The
// tagger's reading is given as spans (what it said on sentences of the same shape); every sentence was written for
// this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';
import type { EntityType } from '../../../src/types.ts';

const typeOf = (text: string, spans: Spans, name: string) => mentions(text, spans).filter((m) => m.text === name).map((m) => m.type);

describe('a body\'s name goes on after a lower-case function word', () => {
  const cases: Array<[string, Spans, string]> = [
    // "to" and a verb's phrase after a body's head word
    ['The Campaign to Ban Landmines welcomed the vote in Geneva.', [['Campaign', 'ORG'], ['Geneva', 'LOC']], 'Campaign to Ban Landmines'],
    ['A report by the Committee to Protect Journalists counted 40 reporters in jail.', [['Committee', 'ORG']], 'Committee to Protect Journalists'],
    // "for the" after a party's name
    ['Lawmakers from the Liberal Party for the Regions walked out of the chamber.', [['Liberal Party', 'ORG']], 'Liberal Party for the Regions'],
    // "against" after a body's head word
    ['The Coalition against Hunger asked donors for more grain.', [['Coalition', 'ORG']], 'Coalition against Hunger'],
    // "in" and a country after an armed movement's head word the tagger left out
    ['The Islamic Resistance in Syria said its fighters fired the rockets.', [['Islamic', 'MISC'], ['Syria', 'LOC']], 'Islamic Resistance in Syria'],
  ];
  it.each(cases)('%s', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['organization']);
  });
  // guards: a place after "to", a lower-case word after "for", a party's branch "in" a country
  const guards: Array<[string, Spans, string]> = [
    ['The Committee to Geneva was sent by the council.', [['Committee', 'ORG'], ['Geneva', 'LOC']], 'Committee'],
    ['The Labour Party for the first time won the seat.', [['Labour Party', 'ORG']], 'Labour Party'],
    ['The Communist Party in Vietnam picked its leader.', [['Communist Party', 'ORG'], ['Vietnam', 'LOC']], 'Communist Party'],
  ];
  it.each(guards)('guard: %s', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['organization']);
  });
});

describe('a nationality-led body\'s name the tagger read as MISC is a body', () => {
  const cases: Array<[string, Spans, string]> = [
    ['Ana Souza was chosen to lead the Peruvian Football Confederation last week.', [['Ana Souza', 'PER'], ['Peruvian Football Confederation', 'MISC']], 'Peruvian Football Confederation'],
    ['The group also owns Danish International Air Lines and two smaller carriers.', [['Danish', 'MISC'], ['International Air Lines', 'MISC']], 'Danish International Air Lines'],
  ];
  it.each(cases)('%s', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['organization']);
  });
});

describe('a possessive office-holder before "Office" opens the body\'s name', () => {
  const cases: Array<[string, Spans, string]> = [
    ['Charges were filed by the Chief Prosecutor\'s Office Against Corruption on Monday.', [['Office Against Corruption', 'ORG']], 'Chief Prosecutor\'s Office Against Corruption'],
    ['A spokeswoman for the Prime Minister\'s Office would not comment.', [['Office', 'ORG']], 'Prime Minister\'s Office'],
  ];
  it.each(cases)('%s', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['organization']);
  });
  it('guard: a person\'s possessive is no part of the name', () => {
    const text = 'Ramirez\'s Office Depot store was robbed.';
    expect(typeOf(text, [['Ramirez', 'PER'], ['Office Depot', 'ORG']], 'Office Depot')).toEqual(['organization']);
  });
});

describe('one body\'s name with two countries is two bodies', () => {
  it('"Canada\'s Space Agency ... the U.S. Space Agency"', () => {
    const text = 'Canada\'s Space Agency and its American partner, the U.S. Space Agency, will build the probe together.';
    const es = entities(text, [['Canada', 'LOC'], ['Space Agency', 'ORG'], ['American', 'MISC'], ['U.S.', 'LOC'], ['Space Agency', 'ORG', 1]]);
    const bodies = es.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => e.name).sort()).toEqual(['Space Agency', 'U.S. Space Agency']);
    expect(bodies.find((e) => e.name === 'U.S. Space Agency')!.aliases).not.toContain('Space Agency');
  });
  it('guard: a country before a body named once stays the country ("U.S. Treasury Secretary")', () => {
    const text = 'The U.S. Treasury said the sanctions would stay.';
    const ms = mentions(text, [['U.S.', 'LOC'], ['Treasury', 'ORG']]);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['U.S.', 'country'], ['Treasury', 'organization']]);
  });
});

describe('world bodies news names without saying what they are', () => {
  const cases: Array<[string, Spans, string, EntityType]> = [
    ['FIFA, which runs the World Cup, fined the federation.', [['FIFA', 'LOC'], ['World Cup', 'MISC']], 'FIFA', 'organization'],
    ['Gavi, the vaccine alliance, will pay for the doses.', [['Gavi', 'PER']], 'Gavi', 'organization'],
    ['Google DeepMind said its new model would ship in May.', [['Google DeepMind', 'PER']], 'Google DeepMind', 'organization'],
  ];
  it.each(cases)('%s', (text, spans, name, type) => {
    expect(typeOf(text, spans, name)).toEqual([type]);
  });
  // a listed organisation's own name opening a tagger person: a unit of it; a short alternate of a body's name
  // ("Wagner" for the Wagner Group) opening a person's name stays the person
  const units: Array<[string, Spans, string, EntityType]> = [
    ['Google Brain said the team would grow.', [['Google Brain', 'PER']], 'Google Brain', 'organization'],
    ['Critics said Wagner Moura gave the best performance.', [['Wagner Moura', 'PER']], 'Wagner Moura', 'person'],
    // a listed movement's name ending a tagger person: a group of it
    ['Police blamed Harakat Hamas for the attack on the checkpoint.', [['Harakat Hamas', 'PER']], 'Harakat Hamas', 'organization'],
  ];
  it.each(units)('%s', (text, spans, name, type) => {
    expect(typeOf(text, spans, name)).toEqual([type]);
  });
});

describe('a title between "the" and the person a body is named after opens the body\'s name', () => {
  it('"the Admiral Grace Hopper Foundation"', () => {
    const text = 'The gift went to the Admiral Grace Hopper Foundation for its coding camps.';
    expect(typeOf(text, [['Grace Hopper Foundation', 'PER']], 'Admiral Grace Hopper Foundation')).toEqual(['organization']);
  });
  it('guard: a title without "the" stays out ("President Ana Lopes Foundation officials")', () => {
    const text = 'The award was handed out by President Ana Lopes Foundation officials.';
    expect(typeOf(text, [['Ana Lopes Foundation', 'PER']], 'Ana Lopes Foundation')).toEqual(['organization']);
  });
});

describe('a state called by the style of its official name is that state', () => {
  it('"Iran ... the Islamic Republic": one entity, named Iran', () => {
    const text = 'Iran rejected the charge. The Islamic Republic said it had no part in the raid.';
    const es = entities(text, [['Iran', 'LOC'], ['Islamic Republic', 'LOC']]);
    expect(es.map((e) => [e.name, e.type])).toEqual([['Iran', 'country']]);
    expect(es[0]!.aliases).toContain('Islamic Republic');
  });
  it('guard: two states of one style in the article join neither', () => {
    const text = 'Iran and Pakistan held talks. The Islamic Republic said the border would reopen.';
    const es = entities(text, [['Iran', 'LOC'], ['Pakistan', 'LOC'], ['Islamic Republic', 'LOC']]);
    expect(es.map((e) => e.name)).toContain('Islamic Republic');
  });
});

describe('a title run\'s name ends at "and" (two titled people)', () => {
  it('"U.S. Commerce Secretary X Y and Federal Reserve Chair Z W": the country, not a body "U.S. Commerce"', () => {
    const text = 'U.S. Commerce Secretary Dana Whitfield and Federal Reserve Chair Owen Marsh praised the deal.';
    const ms = mentions(text, [['U.S. Commerce', 'ORG'], ['Dana Whitfield', 'PER'], ['Federal Reserve', 'ORG'], ['Owen Marsh', 'PER']]);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['U.S.', 'country'], ['Dana Whitfield', 'person'], ['Federal Reserve', 'organization'], ['Owen Marsh', 'person']]);
  });
});

describe('a body\'s span over its name, an office and a person\'s name is the body and the person', () => {
  it('"Renault CEO Dufresne quits ..."', () => {
    const text = 'Renault CEO Dufresne quits after row with investors';
    expect(mentions(text, [['Renault CEO Dufresne', 'ORG']]).map((m) => [m.text, m.type])).toEqual([['Renault', 'organization'], ['Dufresne', 'person']]);
  });
  it('guard: a body\'s name ending in an office names no person ("Bank of England Governor")', () => {
    const text = 'The Bank of England Governor spoke on Tuesday.';
    expect(mentions(text, [['Bank of England Governor', 'ORG']]).map((m) => m.type)).toEqual(['organization']);
  });
});
