// What the gazetteer knows for news it has not seen: the nationality words of parts of states, a state that is gone,
// a capital's other name, and English names of divisions written in French. Every word here is general knowledge.
import { describe, expect, it } from 'vitest';
import { countryOfCapital, lookupDemonym, lookupPlace } from '../../../src/pipeline/gazetteer/index.ts';
import { gazetteerKnowledge } from '../../../src/pipeline/relate/gazetteer-knowledge.ts';

describe('the nationality word of a part of a state is the part', () => {
  it.each([
    ['Welsh', 'region:GB-WLS'],
    ['Scottish', 'region:GB-SCT'],
    ['Scots', 'region:GB-SCT'],
    ['English', 'region:GB-ENG'],
    ['Northern Irish', 'region:GB-NIR'],
    ['Catalan', 'region:ES-CT'],
    ['Flemish', 'region:BE-VLG'],
    ['Quebecois', 'region:CA-QC'],
    ['Texans', 'region:US-TX'],
    // (guards: the states' own words stay the states; a people across several states is no region's)
    ['British', 'country:GB'],
    ['Spanish', 'country:ES'],
  ])('%s -> %s', (word, id) => {
    expect(lookupDemonym(word)?.id).toBe(id);
  });
  it('is no region for "Kurdish" (a people of four states)', () => {
    expect(lookupDemonym('Kurdish')?.type).not.toBe('region');
  });
  it('is what relate reads a nationality word as', () => {
    expect(gazetteerKnowledge().demonym('Welsh')?.id).toBe('region:GB-WLS');
    expect(gazetteerKnowledge().demonym('Russian')?.id).toBe('country:RU');
  });
});

describe('a state that is gone is not its successor', () => {
  it.each([['Soviet Union'], ['USSR'], ['Union of Soviet Socialist Republics']])('%s -> the Soviet Union', (name) => {
    expect(lookupPlace(name)[0]?.id).toBe('country:SUHH');
  });
  it('"Soviet" is its nationality word', () => expect(lookupDemonym('Soviet')?.id).toBe('country:SUHH'));
  it('(guard) Russia is Russia', () => expect(lookupPlace('Russia')[0]?.id).toBe('country:RU'));
});

describe('names news uses for places', () => {
  it('"Delhi" is a name of India\'s capital, as "New Delhi" is', () => {
    expect(countryOfCapital('Delhi')?.id).toBe('country:IN');
    expect(countryOfCapital('New Delhi')?.id).toBe('country:IN');
  });
  it.each([['North Kivu', 'region:CD-NK'], ['South Kivu', 'region:CD-SK']])('%s -> %s', (name, id) => {
    expect(lookupPlace(name)[0]?.id).toBe(id);
  });
  it.each([['central Europe', 'location:central-europe'], ['West Africa', 'location:west-africa']])('%s -> %s', (name, id) => {
    expect(lookupPlace(name)[0]?.id).toBe(id);
  });
  it.each([['Nord-Kivu', 'region:CD-NK'], ['Eastern Europe', 'location:eastern-europe']])('(guard: known before) %s -> %s', (name, id) => {
    expect(lookupPlace(name)[0]?.id).toBe(id);
  });
});

describe('a nationality word two states share is the one news means, and spellings news uses', () => {
  it.each([['Dominican', 'country:DO'], ['West German', 'country:DE'], ['Argentinian', 'country:AR'], ['Byelorussian', 'country:BY'], ['Timorese', 'country:TL']])('%s -> %s', (word, id) => {
    expect(lookupDemonym(word)?.id).toBe(id);
  });
});

describe('the usual spelling of a nationality word where the country data has a rarer one', () => {
  it.each([['Cape Verdean', 'country:CV'], ['Cape Verdeans', 'country:CV'], ['Ecuadorian', 'country:EC'], ['Maldivian', 'country:MV'], ['Icelandic', 'country:IS'], ['Surinamese', 'country:SR'], ['Nepali', 'country:NP'], ['Spaniards', 'country:ES'], ['Djiboutian', 'country:DJ']])('%s -> %s', (word, id) => {
    expect(lookupDemonym(word)?.id).toBe(id);
  });
});

describe('a country\'s name and "City" is its capital when the capital bears the country\'s name', () => {
  it('"Panama City" is Panama\'s capital before the town in Florida', () => expect(lookupPlace('Panama City')[0]?.country).toBe('PA'));
  it('(guard) "Vatican City" stays the state', () => expect(lookupPlace('Vatican City')[0]?.id).toBe('country:VA'));
  it('(guard) "Kuwait City" stays Kuwait\'s capital', () => expect(lookupPlace('Kuwait City')[0]?.id).toBe('city:285787'));
});
