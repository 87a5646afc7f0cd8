// One node per thing when the typing disagrees (with the shipped tagger): the same name read
// as two kinds in one article is one entity, of the kind the context gives evidence for; a
// town and the club named after it stay two when the article places something in the town.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import { resolve } from '../../../src/pipeline/resolve/index.ts';
import type { Entity, EntityType } from '../../../src/types.ts';

const tagger = loadTagger();
function entities(text: string): Entity[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return resolve(seg, recognize(seg, tagger.tag(seg))).entities;
}

describe('one name typed two ways is one entity', () => {
  const cases: Array<[string, string, EntityType]> = [
    // [article, name, the kind of its one entity]
    // a cue ("operator" before it) against the tagger's person reading elsewhere
    ['The rail operator Trenvia said the strike was regrettable. Trenvia has run trains on the line since 1997.', 'Trenvia', 'organization'],
    // "Shares in" and the tagger's ORG against a bare LOC reading
    ['Shares in Keltmar fell 4% on Monday. Keltmar said in a statement that sales had slowed. Analysts at Keltmar had warned of a slowdown.', 'Keltmar', 'organization'],
    // ", which owns ..." against a bare LOC reading
    ['Workers at Halvard Grid walked out on Monday. Halvard Grid, which owns the power lines, said the strike was unlawful.', 'Halvard Grid', 'organization'],
    // a club named after a town: the headline's town reading joins the club when nothing is placed in the town
    ['Leeds sign Dutch striker Van Dijkhuis from Bologna\n\nLeeds have signed Dutch striker Van Dijkhuis from Italian club Bologna for 20 million pounds, the club said on Sunday.', 'Bologna', 'organization'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    const found = entities(text).filter((e) => e.name === name);
    expect(found.map((e) => e.type)).toEqual([type]);
    // every use of the name is a mention of that one entity
    expect(found[0]!.mentions.length).toBe(text.split(name).length - 1);
  });
});

describe('kept apart', () => {
  it('a club and the town it is named after, when the article places something in the town', () => {
    const found = entities('Dutch striker Van Dijkhuis joined from Italian club Bologna on Sunday. He was born in Bologna in 1999.')
      .filter((e) => e.name === 'Bologna');
    expect(found.map((e) => e.type).sort()).toEqual(['city', 'organization']);
  });
});

describe('short forms of a name the article spells out', () => {
  const cases: Array<[string, string, string, string]> = [
    // [article, entity name, alias joined, rule]
    // initials joined by an ampersand
    ['Shares in Pelham & Rudd fell 5% on Monday. P&R said in a statement that sales fell.', 'Pelham & Rudd', 'P&R', 'acronym'],
    // an acronym the gazetteer knows and the body spelled out, unknown to it: one node, the gazetteer's
    ['The National Aeronautics and Space Administration will launch the probe next year. NASA said the cost had doubled.', 'National Aeronautics and Space Administration', 'NASA', 'acronym'],
    // a town's name that is a company's name without its corporate word, never placed "in" it
    ['The bid values Tripoli Holdings at 2 billion pounds. Mr Hale worked for Tripoli until 2001.', 'Tripoli Holdings', 'Tripoli', 'corporate-name'],
    // a common short form of the given name
    ['Engineer Kenneth Dwyer, 52, was freed on Monday. "Ken is safe and well," his brother said.', 'Kenneth Dwyer', 'Ken', 'short-given-name'],
  ];
  it.each(cases)('%s', (text, name, alias, rule) => {
    const e = entities(text).find((x) => x.name === name);
    expect(e?.aliases).toContain(alias);
    expect(e!.merges?.find((m) => m.alias === alias)?.rule).toBe(rule);
    expect(entities(text).filter((x) => x.name === alias)).toEqual([]);
  });

  it('a given name of its own wins over a short form of another person\'s', () => {
    const all = entities('William Dunne and Bill Carver met on Monday. Later, Bill said the deal was done.');
    expect(all.find((x) => x.name === 'Bill Carver')?.aliases).toContain('Bill');
    expect(all.find((x) => x.name === 'William Dunne')?.aliases ?? []).not.toContain('Bill');
  });

  it('a town named with "in" before it stays the town beside the company named after it', () => {
    const all = entities('The bid values Tripoli Holdings at 2 billion pounds. Its staff in Tripoli were told on Monday.');
    expect(all.map((x) => x.type).sort()).toEqual(['city', 'organization']);
  });
});

describe('a company by its first word', () => {
  it('a listed company\'s one-word name and its fuller name with industry and legal-form words are one', () => {
    const all = entities('Nissan Motor Co said profit fell. Nissan also cut its forecast.');
    expect(all.map((e) => e.name)).toEqual(['Nissan Motor Co']);
    expect(all[0]!.aliases).toContain('Nissan');
  });

  it('of two longer names opening with the word, the company is the one with only industry and legal-form words', () => {
    const all = entities('Halvorsen Motor Co said profit fell 90%. Halvorsen also cut its forecast, and the Halvorsen Workers\' Union said members were worried.');
    expect(all.map((e) => e.name)).toEqual(['Halvorsen Motor Co', 'Halvorsen Workers\' Union']);
    expect(all[0]!.aliases).toContain('Halvorsen');
  });
});

describe('short names', () => {
  it('"Congo" in a headline is the Congo the article names in full', () => {
    const all = entities('Miner wins Congo cobalt ruling\n\nKINSHASA (Reuters) - A court in the Democratic Republic of Congo ruled in favour of Glencore on Tuesday, lawyers said.');
    const countries = all.filter((e) => e.type === 'country');
    expect(countries.map((e) => e.gazetteerId)).toEqual(['country:CD']);
    expect(countries[0]!.merges?.find((m) => m.alias === 'Congo')?.rule).toBe('shared-short-name');
  });

  it('"Sudan" beside "South Sudan" stays its own country', () => {
    const all = entities('Sudan and South Sudan agreed on Monday to reopen the border.');
    expect(all.filter((e) => e.type === 'country').map((e) => e.gazetteerId).sort()).toEqual(['country:SD', 'country:SS']);
  });

  it('a party by its members\' plural is the party named in full', () => {
    const all = entities('The Conservative Party chose a new leader on Monday. The Conservatives accused the government of raiding pensions.');
    expect(all.map((e) => e.name)).toEqual(['Conservative Party']);
    expect(all[0]!.aliases).toContain('Conservatives');
  });
});
