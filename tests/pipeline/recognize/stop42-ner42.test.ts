// Stop 42 (first reading of 374-397, entity errors): each rule general, every sentence written for this test. The
// tagger's reading is given as spans (what it said on sentences of the same shape).
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';

const read = (text: string, spans: Spans) => mentions(text, spans).map((m) => [m.text, m.type]);

describe('a state named by two names joined by "and"', () => {
  it('"Trinidad and Tobago" read as two places is the one country', () => {
    const m = read('Floods hit Trinidad and Tobago on Monday.', [['Trinidad', 'LOC'], ['Tobago', 'LOC']]);
    expect(m).toContainEqual(['Trinidad and Tobago', 'country']);
    expect(m).not.toContainEqual(['Tobago', expect.anything()]);
  });
  it('a court "of" such a state is one body', () => {
    const m = read('The Court of Antigua and Barbuda dismissed the appeal.', [['Antigua', 'LOC'], ['Barbuda', 'LOC']]);
    expect(m).toEqual([['Court of Antigua and Barbuda', 'organization']]);
  });
  it('guard: two countries listed with "and" stay two', () => {
    const m = read('Talks between Peru and Chile resumed.', [['Peru', 'LOC'], ['Chile', 'LOC']]);
    expect(m).toEqual([['Peru', 'country'], ['Chile', 'country']]);
  });
});

describe('a description after a place, before the sentence\'s subject', () => {
  it('"in Tulcea, the main town of the delta, Mr Varga said": Mr Varga stays the person', () => {
    const text = 'Speaking in Tulcea, the main town of Dobruja, Mr Varga said the dam would be rebuilt.';
    expect(read(text, [['Tulcea', 'LOC'], ['Dobruja', 'LOC'], ['Mr Varga', 'PER']])).toContainEqual(['Mr Varga', 'person']);
  });
  it('guard: "the towns of Borsa, Vadu and Sacel" are towns', () => {
    const text = 'Floods cut off the towns of Borsa, Vadu and Sacel.';
    const m = read(text, [['Borsa', 'PER'], ['Vadu', 'PER'], ['Sacel', 'PER']]);
    expect(m).toContainEqual(['Vadu', 'city']);
    expect(m).toContainEqual(['Sacel', 'city']);
  });
});

describe('a party\'s plural name after a possessive', () => {
  it.each([
    ['Premier Lukas Brandt, whose Free Democrats lost ten seats, resigned.', 'Free Democrats'],
    ['The cabinet led by Mrs Halvorsen\'s Social Democrats survived the vote.', 'Social Democrats'],
  ])('%s', (text, name) => {
    expect(read(text, [[name, 'MISC']])).toContainEqual([name, 'organization']);
  });
});

describe('a national sports body named by its country and its sport', () => {
  it.each([
    ['The council suspended Nepal Cricket on Friday.', [['Nepal', 'LOC']], 'Nepal Cricket'],
    ['Fiji Rugby\'s chief executive resigned.', [['Fiji', 'LOC']], 'Fiji Rugby'],
    ['He was backed by Athletics Uganda and two other federations.', [['Uganda', 'LOC']], 'Athletics Uganda'],
  ] as Array<[string, Spans, string]>)('%s', (text, spans, name) => {
    expect(read(text, spans)).toContainEqual([name, 'organization']);
  });
  it.each([
    // the run of capitals goes on: a longer name the tagger reads
    ['The Nepal Cricket Association met.', [['Nepal', 'LOC']]],
    // a lower-case sport word is no name's
    ['Nepal cricket has grown fast.', [['Nepal', 'LOC']]],
  ] as Array<[string, Spans]>)('guard: %s', (text, spans) => {
    expect(read(text, spans)).not.toContainEqual(['Nepal Cricket', 'organization']);
  });
});

describe('a surname opened by the Arabic article after a person\'s name', () => {
  it('"Prime Minister Ahmed Shia al-Karimi": the whole name, the given name "Shia" kept', () => {
    const text = 'Prime Minister Ahmed Shia al-Karimi met the envoy.';
    expect(read(text, [['Ahmed Shia', 'PER'], ['al-Karimi', 'MISC']])).toContainEqual(['Ahmed Shia al-Karimi', 'person']);
  });
});

describe('bodies named by one word or by what they are affiliated to', () => {
  it('"the country\'s Ombudsman" read as a place is the body', () => {
    expect(read('The country\'s Ombudsman suspended the mayor.', [['Ombudsman', 'LOC']])).toContainEqual(['Ombudsman', 'organization']);
  });
  it('"an affiliate of X" read as a place is a company', () => {
    const text = 'The tanker is owned by Korbel Lines, an affiliate of Varden Maritime.';
    expect(read(text, [['Korbel Lines', 'ORG'], ['Varden Maritime', 'LOC']])).toContainEqual(['Varden Maritime', 'organization']);
  });
});

describe('a body\'s office named with "of" and the owner\'s possessive', () => {
  it('"the Treasury\'s Office of Foreign Assets Control" cut by the tagger: the owner and the office\'s whole name', () => {
    const text = 'The Treasury\'s Office of Foreign Assets Control also listed two banks.';
    const m = read(text, [['Treasury\'s Office', 'ORG'], ['Assets Control', 'PER']]);
    expect(m).toContainEqual(['Treasury', 'organization']);
    expect(m).toContainEqual(['Office of Foreign Assets Control', 'organization']);
  });
  it('guard: a titled person after "of" is no piece of the body\'s name', () => {
    const text = 'The Party of Unity and Progress of President Alpha Sow won.';
    const m = read(text, [['Party of Unity and Progress', 'ORG'], ['Alpha Sow', 'PER']]);
    expect(m).toContainEqual(['Alpha Sow', 'person']);
  });
});

describe('companies the tagger reads as people, by the words around them', () => {
  it.each([
    ['She once ran Pollo Verde, a unit of Harcourt Foods.', [['Pollo Verde', 'PER'], ['Harcourt Foods', 'ORG']], 'Pollo Verde'],
    ['He is a former chief executive of Ambry Lowell.', [['Ambry Lowell', 'PER']], 'Ambry Lowell'],
  ] as Array<[string, Spans, string]>)('%s', (text, spans, name) => {
    expect(read(text, spans)).toContainEqual([name, 'organization']);
  });
  it('guard: "the wife of X" is a person', () => {
    expect(read('He met the wife of Ambry Lowell.', [['Ambry Lowell', 'PER']])).toContainEqual(['Ambry Lowell', 'person']);
  });
  it('", which" after a person noun and a name belongs to the body before ("the party founded by billionaire X, which")', () => {
    const text = 'He was nominated by Free Hope, the party founded by billionaire Tamaz Beridze, which won the vote.';
    expect(read(text, [['Free Hope', 'ORG'], ['Tamaz Beridze', 'PER']])).toContainEqual(['Tamaz Beridze', 'person']);
  });
});

describe('party names the tagger reads as adjectives or places', () => {
  it('"Latvian Unity, the party founded by ..." (a nationality word opening the name) is the party', () => {
    const text = 'The bill was backed by Latvian Unity, the party founded by a former mayor.';
    expect(read(text, [['Latvian Unity', 'MISC']])).toContainEqual(['Latvian Unity', 'organization']);
  });
  it('"whose Sons of Latvia party": the words before "of", the country and "party" are the party\'s name', () => {
    const text = 'The premier, whose Sons of Latvia party won, spoke.';
    expect(read(text, [['Latvia', 'LOC']])).toContainEqual(['Sons of Latvia', 'organization']);
  });
  it('"the Marxist JVP": the belief adjective stays out of the acronym\'s name', () => {
    const text = 'The Marxist JVP, the second-largest party in the coalition, walked out.';
    expect(read(text, [['Marxist JVP', 'MISC']])).toContainEqual(['JVP', 'organization']);
  });
});

describe('more bodies by their words, and words that are no names', () => {
  it('"the Council of the EU": a lead word and "of the" before the tagger\'s body', () => {
    expect(read('Poland takes over the presidency of the Council of the EU in July.', [['Poland', 'LOC'], ['EU', 'ORG']])).toContainEqual(['Council of the EU', 'organization']);
  });
  it('a MISC name ending in "Directorate" is a body', () => {
    expect(read('The agency, the Revenue Directorate, froze the accounts.', [['Revenue Directorate', 'MISC']])).toContainEqual(['Revenue Directorate', 'organization']);
  });
  it('"Alimentation X" opens a company\'s name', () => {
    expect(read('The offer came from Alimentation Brossard on Monday.', [['Alimentation Brossard', 'PER']])).toContainEqual(['Alimentation Brossard', 'organization']);
  });
  it('"Meeting in Lisbon, the council, which ...": the city after "in" stays the city', () => {
    expect(read('Meeting in Lisbon, the council, which groups the ministers, backed the plan.', [['Lisbon', 'LOC']])).toContainEqual(['Lisbon', 'city']);
  });
  it('"Reading out the verdict, ...": the opening verb is no place', () => {
    expect(read('Reading out the verdict, the judge said the trial was fair.', [])).toEqual([]);
  });
});
