// Names of unseen news read wrong in stop 32's first reading (articles 182-193), as classes: a nationality word of
// two words the tagger called a person, the quoted title of a film whose words are a country's name, towns the
// sentence names as towns in a list or in apposition to "the capital". The tagger's reading is given as spans (what
// it said on news of the same shape); every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, mentionsFromSpans as mentions } from '../../helpers/spans.ts';
import type { EntityType, Mention, NerLabel } from '../../../src/types.ts';

const typesOf = (ms: Mention[], name: string) => ms.filter((m) => m.text === name).map((m) => m.type);

describe('a nationality word of two words is the country, whatever the tagger read', () => {
  const cases: Array<[string, Array<[string, NerLabel]>, string, string]> = [
    ['The businessman was detained by Cape Verdean police on the island of Sal.', [['Cape Verdean', 'PER'], ['Sal', 'LOC']], 'Cape Verdean', 'country:CV'],
    ['Sri Lankan troops moved into the town overnight.', [['Sri Lankan', 'ORG']], 'Sri Lankan', 'country:LK'],
    ['The South African government said it would appeal.', [['South African', 'PER']], 'South African', 'country:ZA'],
  ];
  it.each(cases)('%s (%s)', (text, spans, name, id) => {
    const m = mentions(text, spans).find((x) => x.text === name);
    expect(m?.gazetteerId).toBe(id);
    expect(m?.type).toBe('country');
  });
});

describe('the quoted title of a work names no entity, and its words are nobody\'s alias', () => {
  const text = 'A court jailed the "Hotel Burundi" hero on Monday. His story inspired the film "Hotel Burundi". Burundi\'s justice minister, Jean Mugabo, defended the trial.';
  const spans: Array<[string, NerLabel, number?]> = [['Hotel Burundi', 'PER'], ['Hotel Burundi', 'PER', 1], ['Burundi', 'LOC'], ['Jean Mugabo', 'PER']];
  it('no person "Hotel Burundi"', () => {
    expect(entities(text, spans).map((e) => e.name)).not.toContain('Hotel Burundi');
  });
  it('"Burundi" is the country, not a person of that surname', () => {
    const burundi = entities(text, spans).filter((e) => e.name === 'Burundi');
    expect(burundi.map((e) => e.type)).toEqual(['country']);
  });
  it('guard: a quoted name with no work noun before it anywhere stays what the tagger read', () => {
    const ms = mentions('The rebels, led by "General" Joseph Kony, attacked the town.', [['Joseph Kony', 'PER']]);
    expect(typesOf(ms, 'Joseph Kony')).toEqual(['person']);
  });
});

describe('a name the sentence calls a town is a town', () => {
  const cases: Array<[string, Array<[string, NerLabel]>, string, EntityType]> = [
    ['Government forces captured the towns of Dembela, Korrato and Zinbaro after days of fighting.', [['Dembela', 'ORG'], ['Korrato', 'ORG'], ['Zinbaro', 'PER']], 'Korrato', 'city'],
    ['Government forces captured the towns of Dembela, Korrato and Zinbaro after days of fighting.', [['Dembela', 'ORG'], ['Korrato', 'ORG'], ['Zinbaro', 'PER']], 'Zinbaro', 'city'],
    ['Government forces captured the towns of Dembela, Korrato and Zinbaro after days of fighting.', [['Dembela', 'ORG'], ['Korrato', 'ORG'], ['Zinbaro', 'PER']], 'Dembela', 'city'],
    ['Aid will again reach the regional capital, Zinbaro, the agencies said.', [['Zinbaro', 'PER']], 'Zinbaro', 'city'],
    // guards: "capital" as money; a person after a list of towns' people
    ['The bank raised capital, Okonkwo said on Monday.', [['Okonkwo', 'PER']], 'Okonkwo', 'person'],
    ['Officials of the town, Okonkwo and Adeyemi, declined to comment.', [['Okonkwo', 'PER'], ['Adeyemi', 'PER']], 'Adeyemi', 'person'],
  ];
  it.each(cases)('%s (%s)', (text, spans, name, type) => {
    expect(typesOf(mentions(text, spans), name)).toEqual([type]);
  });
});

describe('a name the tagger read as a place that ends in a word for a body is the body', () => {
  const cases: Array<[string, Array<[string, NerLabel]>, string, EntityType]> = [
    ['The Halvorsen Trusts, which own most of the group, were unhappy with the chairman.', [['Halvorsen Trusts', 'LOC']], 'Halvorsen Trusts', 'organization'],
    ['Money went to the Kivu Valley Foundation last year.', [['Kivu Valley Foundation', 'LOC']], 'Kivu Valley Foundation', 'organization'],
    // guard: a place whose last word is no body word stays a place
    ['Fighting spread to the Kivu Valley last year.', [['Kivu Valley', 'LOC']], 'Kivu Valley', 'location'],
  ];
  it.each(cases)('%s (%s)', (text, spans, name, type) => {
    expect(typesOf(mentions(text, spans), name)).toEqual([type]);
  });
});

describe('a dateline of two places joined by a slash is no body', () => {
  it('"BELGRADE/ZAGREB (Reuters) -" gives no entity of that name, and the story\'s countries are the actors', () => {
    const ms = mentions('BELGRADE/ZAGREB (Reuters) - Serbia and Croatia agreed on Friday to reopen the border.', [['BELGRADE/ZAGREB', 'ORG'], ['Reuters', 'ORG'], ['Serbia', 'LOC'], ['Croatia', 'LOC']]);
    expect(ms.map((m) => m.text)).not.toContain('BELGRADE/ZAGREB');
  });
});
