// Names of companies and bodies the tagger reads as adjectives or leaves out, read from unseen news (first reading of
// 278-301), stop 38: a MISC name after a noun for a kind of organisation ("investment firm X") or "takeover of", and
// the same name elsewhere in the article; a brand's name opening in lower case ("eTraveli"); a body's name whose inner
// words a Romance language writes in lower case ("Caisse de depot et placement du Quebec"). The tagger's reading is
// given as spans (what it said on sentences of the same shape); every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';

const typesOf = (text: string, spans: Spans, name: string) => mentions(text, spans).filter((m) => m.text === name).map((m) => m.type);

describe('a MISC name the words around it call a company is one, and so is the same name elsewhere', () => {
  const cases: Array<[string, Spans, string, number]> = [
    ['Lyon-based investment firm Corvane bought the stake. Corvane will pay in cash.', [['Corvane', 'MISC'], ['Corvane', 'MISC', 1]], 'Corvane', 2],
    ['The regulator blocked the takeover of Solvanti on Monday.', [['Solvanti', 'MISC']], 'Solvanti', 1],
  ];
  it.each(cases)('%s', (text, spans, name, n) => {
    expect(typesOf(text, spans, name)).toEqual(Array(n).fill('organization'));
  });
  const guards: Array<[string, Spans, string]> = [
    // a word joined to a participle qualifies the name after it
    ['Only one maker, Seoul-based Danvik Pharma, supplies the shot.', [['Seoul-based', 'MISC'], ['Danvik Pharma', 'ORG']], 'Seoul-based'],
    // a MISC name with no such words stays no mention
    ['Fans of Corvane music filled the hall.', [['Corvane', 'MISC']], 'Corvane'],
  ];
  it.each(guards)('guard: %s', (text, spans, name) => {
    expect(typesOf(text, spans, name)).toEqual([]);
  });
});

describe('a brand\'s name opening in lower case is a name', () => {
  it('the tagger read it as MISC after "takeover of"', () => {
    expect(typesOf('Regulators vetoed the takeover of eBookly by a rival.', [['eBookly', 'MISC']], 'eBookly')).toEqual(['organization']);
  });
  it('the tagger left it out, described in apposition as a newspaper', () => {
    expect(typesOf('Ms Duarte founded laGaceta, a newspaper that exposed graft.', [['Duarte', 'PER']], 'laGaceta')).toEqual(['organization']);
  });
  it('guard: a lower-case word with no capital inside is no name', () => {
    expect(mentions('Ms Duarte founded agazeta, a newspaper that exposed graft.', [['Duarte', 'PER']]).map((m) => m.text)).toEqual(['Duarte']);
  });
});

describe('a Romance body\'s name with its inner words in lower case is one name', () => {
  it('"Caisse de ... du <place>"', () => {
    const text = 'Its owners include the Caisse de retraite et prevoyance du Valais and two banks.';
    const ms = mentions(text, [['Caisse', 'MISC'], ['Valais', 'LOC']]);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Caisse de retraite et prevoyance du Valais', 'organization']]);
  });
  it('guard: English words between two names join nothing', () => {
    const text = 'The Caisse paid the debts of its members in Valais.';
    const ms = mentions(text, [['Caisse', 'ORG'], ['Valais', 'LOC']]);
    expect(ms.map((m) => m.text)).toEqual(['Caisse', 'Valais']);
  });
});

describe('a span and the capitalised words after it that name a listed organisation are that organisation', () => {
  it('"Islamic" read as MISC before "State"', () => {
    expect(mentions('Attacks by militants linked to Islamic State have spread.', [['Islamic', 'MISC']]).map((m) => [m.text, m.type]))
      .toEqual([['Islamic State', 'organization']]);
  });
  it('guard: a MISC word before a capitalised word that makes no listed name stays as it was', () => {
    expect(mentions('Attacks by militants linked to Islamic Courts have spread.', [['Islamic', 'MISC']]).map((m) => m.text)).toEqual([]);
  });
});
