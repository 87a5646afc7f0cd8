// A one-word name of a body the tagger reads as a person: what the article says of it anywhere (a clause
// after it that is no description of it, an office or committee only a body has, ", which" after a pair
// of names, a plural kind of business before a list) makes the whole entity an organisation. The tagger's
// reading is given as spans, so the tables test the rules and not the model; every sentence was written
// for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, type Spans } from '../../helpers/spans.ts';
import type { Entity, EntityType } from '../../../src/types.ts';

const typed = (es: Entity[]) => es.map((e) => `${e.name}/${e.type}`);

/** [text, tagger spans, name, the one type every entity of that name has] */
type Case = [string, Spans, string, EntityType];

function expectTyped([text, spans, name, type]: Case): void {
  const es = entities(text, spans).filter((e) => e.name === name || e.aliases.includes(name));
  expect(typed(es)).toEqual([`${name}/${type}`]);
}

describe('a clause after a name and a comma is no description of the name', () => {
  const cases: Case[] = [
    ['The world rowing body, Remora, has suspended the former head of the Kenyan federation, John Mwangi, for a year.',
      [['Remora', 'ORG'], ['Kenyan', 'MISC'], ['John Mwangi', 'PER']], 'Remora', 'organization'],
    // (guard: a clause opening with "will" was never read as a description)
    ['The lender, Baltrix, will replace the current chairman of its board, Ivan Petrov, in June.',
      [['Baltrix', 'ORG'], ['Ivan Petrov', 'PER']], 'Baltrix', 'organization'],
    // guard: a description after the name still makes it a person
    ['Only Kamau, former first deputy general director of the port, was charged.', [['Kamau', 'ORG']], 'Kamau', 'person'],
  ];
  it.each(cases)('%s', (...c) => expectTyped(c));
});

describe('an office or committee only a body has, after the name\'s possessive, types every mention', () => {
  const cases: Case[] = [
    ['Remora\'s ethics committee fined the coach. Remora also banned his assistant for two years.',
      [['Remora', 'PER'], ['Remora', 'PER', 1]], 'Remora', 'organization'],
    ['Talvik said profits fell. Talvik\'s executive committee will meet on Friday to discuss the dividend.',
      [['Talvik', 'PER'], ['Talvik', 'PER', 1]], 'Talvik', 'organization'],
    ['The court heard that Ostara\'s member states had failed to pay. Ostara said it would appeal.',
      [['Ostara', 'PER'], ['Ostara', 'PER', 1]], 'Ostara', 'organization'],
    // guard: a person's committee ("his campaign committee") is no body's
    ['Okafor said he would run again. Okafor\'s campaign committee raised money in Lagos.',
      [['Okafor', 'PER'], ['Okafor', 'PER', 1], ['Lagos', 'LOC']], 'Okafor', 'person'],
  ];
  it.each(cases)('%s', (...c) => expectTyped(c));
});

describe('a pair of one-word names with ", which" after it, or a plural kind of business before it, names bodies', () => {
  const cases: Case[] = [
    ['Brenco and Maltis, which compete with Carrefour, urged the regulator to block the deal.',
      [['Brenco', 'PER'], ['Maltis', 'ORG'], ['Carrefour', 'ORG']], 'Brenco', 'organization'],
    ['Brenco and Maltis, which compete with Carrefour, urged the regulator to block the deal.',
      [['Brenco', 'PER'], ['Maltis', 'ORG'], ['Carrefour', 'ORG']], 'Maltis', 'organization'],
    ['The regulator heard complaints from rival retailers Brenco and Maltis on Monday.',
      [['Brenco', 'PER'], ['Maltis', 'PER']], 'Maltis', 'organization'],
    // guard: people with "who" stay people
    ['Brenner and Maltby, who founded the firm, sold their stakes.', [['Brenner', 'PER'], ['Maltby', 'PER']], 'Maltby', 'person'],
  ];
  it.each(cases)('%s', (...c) => expectTyped(c));
});
