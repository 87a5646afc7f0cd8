import { describe, expect, it } from 'vitest';
import {
  capitalOf, containing, countryByCode, countryOfCapital, entryById, lookupDemonym, lookupOrganization, lookupPlace, mayEndTitle,
  placeNameContinues, titleInfo,
} from '../../../src/pipeline/gazetteer/index.ts';
import { ALTERNATE_NAMES } from '../../../src/pipeline/gazetteer/data/places.ts';

describe('lookupPlace: best default reading first', () => {
  it.each([
    ['Ukraine', 'country:UA'],
    ['ukraine', 'country:UA'],
    ['North Korea', 'country:KP'],
    ['DPRK', 'country:KP'],
    ['Turkey', 'country:TR'],
    ['U.S.', 'country:US'],
    ['the United States', 'country:US'],
    ['Britain', 'country:GB'],
    ['Côte d’Ivoire', 'country:CI'],
    ['Georgia', 'country:GE'],
    ['Black Sea', 'location:black-sea'],
    ['Strait of Hormuz', 'location:strait-of-hormuz'],
    ['Donbas', 'region:donbas'],
    ['Donbass', 'region:donbas'],
    ['Crimea', 'region:UA-43'],
    ['Kashmir', 'region:kashmir'],
    ['Sichuan province', 'region:CN-SC'],
    ['Donetsk Oblast', 'region:UA-14'],
    ['Kaliningrad', 'region:RU-KGD'],
    ['Kyiv', 'city:703448'],
    ['Kiev', 'city:703448'],
    ['KYIV', 'city:703448'],
    ['Peking', 'city:1816670'],
    ['Bombay', 'city:1275339'],
    ['Moscow', 'city:524901'],
  ])('%s -> %s', (name, id) => {
    expect(lookupPlace(name)[0]?.id).toBe(id);
  });

  it.each([
    ['Donetsk', ['city:709717', 'region:UA-14']],
    ['Luhansk', ['city:702658', 'region:UA-09']],
    ['Lugansk', ['city:702658', 'region:UA-09']],
    ['Kharkov', ['city:706483', 'region:UA-63']],
    ['Odesa', ['city:698740', 'region:UA-51']],
  ])('%s can be the city or the region named after it', (name, ids) => {
    const found = lookupPlace(name).map((e) => e.id);
    for (const id of ids) expect(found).toContain(id);
  });

  it.each(['Independent', 'Will', 'Photo', 'President', 'Wednesday'])('%s is no place', (name) => {
    expect(lookupPlace(name)).toEqual([]);
  });

  it('every hand-written alternate spelling points at a known name', () => {
    const broken = ALTERNATE_NAMES.filter((a) => lookupPlace(a.of).length === 0).map((a) => a.of);
    expect(broken).toEqual([]);
  });
});

describe('countries, capitals, containment', () => {
  it.each([
    ['Pyongyang', 'country:KP'],
    ['Kiev', 'country:UA'],
    ['Kyiv', 'country:UA'],
    ['Moscow', 'country:RU'],
    ['Washington', 'country:US'],
    ['Beijing', 'country:CN'],
    ['Damascus', 'country:SY'],
  ])('%s is the capital of %s', (capital, country) => {
    expect(countryOfCapital(capital)?.id).toBe(country);
  });

  it.each(['Odesa', 'Donetsk', 'Kharkiv', 'Paris Hilton'])('%s is no capital', (name) => {
    expect(countryOfCapital(name)).toBeUndefined();
  });

  it('capitalOf gives the city entry', () => {
    expect(capitalOf('KP')?.name).toBe('Pyongyang');
    expect(capitalOf('fr')?.name).toBe('Paris');
    expect(countryByCode('ua')?.name).toBe('Ukraine');
  });

  it.each([
    ['Odesa', 'region:UA-51'], ['Kharkiv', 'region:UA-63'], ['Munich', 'region:DE-BY'], ['Los Angeles', 'region:US-CA'],
    ['Mumbai', 'region:IN-MH'], ['Toronto', 'region:CA-ON'], ['Sydney', 'region:AU-NSW'], ['Canberra', 'region:AU-ACT'],
    ['Guangzhou', 'region:CN-GD'], ['Manchester', 'region:GB-ENG'],
  ])('the city %s lies in %s', (city, region) => {
    const c = lookupPlace(city).find((e) => e.type === 'city')!;
    expect(containing(c.id)?.id).toBe(region);
  });

  it('containing walks city -> region -> country', () => {
    expect(containing('city:709717')?.id).toBe('region:UA-14');
    expect(containing('region:UA-14')?.id).toBe('country:UA');
    expect(containing('region:donbas')?.id).toBe('country:UA');
    expect(containing('country:UA')).toBeUndefined();
  });
});

describe('demonyms', () => {
  it.each([
    ['Ukrainian', 'country:UA'],
    ['Ukrainians', 'country:UA'],
    ['Russian', 'country:RU'],
    ['North Korean', 'country:KP'],
    ['American', 'country:US'],
    ['Americans', 'country:US'],
    ['British', 'country:GB'],
    ['Israelis', 'country:IL'],
    ['Chinese', 'country:CN'],
  ])('%s -> %s', (word, id) => {
    expect(lookupDemonym(word)?.id).toBe(id);
  });
  it.each(['Ukraine', 'Officials', 'Russia'])('%s is no demonym', (word) => {
    expect(lookupDemonym(word)).toBeUndefined();
  });
});

describe('titleInfo', () => {
  it.each([
    ['Foreign Minister', 'foreign minister'],
    ['Ukrainian Foreign Minister', 'foreign minister'],
    ["the country's foreign minister", 'foreign minister'],
    ["North Korea's ambassador", 'ambassador'],
    ['President', 'president'],
    ['Russian President', 'president'],
    ['former Prime Minister', 'prime minister'],
    ['deputy foreign minister', 'deputy foreign minister'],
    ['spokeswoman', 'spokesperson'],
    ['head', 'head'],
    ['Secretary of State', 'secretary of state'],
    ['CEO', 'chief executive'],
  ])('%s -> %s', (words, title) => {
    expect(titleInfo(words)?.title).toBe(title);
  });
  it.each(['Vladimir', 'Ukraine', 'the country', 'Black Sea'])('%s is no title', (words) => {
    expect(titleInfo(words)).toBeUndefined();
  });
});

describe('lookupOrganization', () => {
  it.each([
    ['EU', 'org:european-union'],
    ['European Union', 'org:european-union'],
    ['the European Union', 'org:european-union'],
    ['NATO', 'org:nato'],
    ['U.N.', 'org:united-nations'],
    ['WHO', 'org:who'],
    ['OPEC', 'org:opec'],
    ['ASEAN', 'org:asean'],
    ['International Monetary Fund', 'org:imf'],
  ])('%s -> %s', (name, id) => {
    expect(lookupOrganization(name)?.id).toBe(id);
  });
  it.each(['Who', 'Eu', 'Ukraine'])('%s is no organisation', (name) => {
    expect(lookupOrganization(name)).toBeUndefined();
  });
});

describe('abbreviated compass words', () => {
  it.each([['N. Korea', 'country:KP'], ['S. Korea', 'country:KR'], ['S. Africa', 'country:ZA']])('%s -> %s', (name, id) => {
    expect(lookupPlace(name)[0]?.id).toBe(id);
  });
});

describe('mayEndTitle: a quick refusal that titleInfo agrees with', () => {
  // [phrase, its last token, can a title end on that token]
  const cases: Array<[string, string, boolean]> = [
    ['Foreign Minister', 'Minister', true],
    ["the country's ambassador", 'ambassador', true],
    ['Lieutenant-Colonel', 'Lieutenant-Colonel', true],
    ['Ukrainian President', 'President', true],
    ['Reuters', 'Reuters', false],
    ['the minister said', 'said', false],
    ['Kim Jong Un', 'Un', false],
  ];
  it.each(cases)('%s', (phrase, last, may) => {
    expect(mayEndTitle(last)).toBe(may);
    // a refusal is only allowed where titleInfo finds no title either
    if (!may) expect(titleInfo(phrase)).toBeUndefined();
    else expect(titleInfo(phrase)).toBeDefined();
  });
});

describe('place names that go on, and cities read from the line files', () => {
  it.each([
    ['New', true],        // New York, New Delhi ...
    ['north', true],      // North Korea
    ['Kharkiv', false],
    ['Zzyzx', false],
  ])('placeNameContinues(%s) = %s', (words, yes) => {
    expect(placeNameContinues(words)).toBe(yes);
  });

  it('finds a city by the id a look-up handed out, with its region and population', () => {
    const city = lookupPlace('Kharkiv').find((e) => e.type === 'city')!;
    expect(city.id).toMatch(/^city:\d+$/);
    expect(entryById(city.id)).toBe(city);
    expect(city.population).toBeGreaterThan(1_000_000);
    expect(containing(city.id)?.type).toBe('region');
  });
});
