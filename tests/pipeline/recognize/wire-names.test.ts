// Names in older wire and monitoring copy that the recogniser missed, cut or mistyped (with the shipped
// tagger), one table per construction; every sentence was written for this test, none is taken from a
// fixture or an evaluation set. Each row: the text, then [name, type] of mentions that must be there.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import type { EntityType, Mention, TaggedSpan } from '../../../src/types.ts';

const tagger = loadTagger();
function mentions(text: string): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return recognize(seg, tagger.tag(seg));
}
type Row = [string, Array<[string, EntityType]>];
function check(text: string, expected: Array<[string, EntityType]>) {
  const found = mentions(text).map((m) => [m.text, m.type] as [string, EntityType]);
  for (const e of expected) expect(found).toContainEqual(e);
}

describe('the source line of a monitored report: the place, then the broadcaster or newspaper', () => {
  const cases: Row[] = [
    ['KW1203114595 Lima Radio Nacional del Sur in Spanish 1130 GMT 12 Mar 95', [['Lima', 'city'], ['Radio Nacional del Sur', 'organization']]],
    ['Floods Hit Valley Towns OP0911083395 Warsaw PAP in Polish 0815 GMT 9 Nov 95', [['Warsaw', 'city'], ['PAP', 'organization']]],
    ['Cairo AL-WAFD in Arabic 3 Mar 95 p 2', [['Cairo', 'city'], ['AL-WAFD', 'organization']]],
    // the bare form: the line is the place and a name in capitals
    ['Prague MLADA FRONTA DNES', [['Prague', 'city'], ['MLADA FRONTA DNES', 'organization']]],
    // or in Title Case with a broadcast word, or with the date
    ['Lisbon Radio Renascenca Network', [['Lisbon', 'city'], ['Radio Renascenca Network', 'organization']]],
    ['Madrid EL MUNDO DEL SIGLO 12 Mar 95 p 4', [['Madrid', 'city'], ['EL MUNDO DEL SIGLO', 'organization']]],
  ];
  it.each(cases)('%s', check);

  it('guard: a headline in capitals is no source line', () => {
    expect(mentions('PARIS MARATHON RESULTS\n').some((m) => m.text === 'MARATHON RESULTS' && m.type === 'organization')).toBe(false);
  });
});

describe('a dateline line: the place (and its state) before the agency in brackets', () => {
  const cases: Row[] = [
    ['NEW HAVEN ( AP )', [['NEW HAVEN', 'city']]],
    ['BATON ROUGE ( AP )', [['BATON ROUGE', 'city']]],
    ['Harbin , February 11 ( XINHUA ) -- Wherever you go', [['Harbin', 'city']]],
  ];
  it.each(cases)('%s', check);
});

describe('news agencies the gazetteer lists', () => {
  const cases: Row[] = [
    ['Kyodo reported that the talks ended .', [['Kyodo', 'organization']]],
    ['Prensa Latina said the harvest was late .', [['Prensa Latina', 'organization']]],
  ];
  it.each(cases)('%s', check);
});

describe('spans a reader sees to be cut wrong', () => {
  const cases: Row[] = [
    // a bracket with no partner inside the name: the acronym and the name it stands for are two names
    ['Kaya , a deputy of SHP ( Social Democrat Populist Party ) , said the vote was lost .', [['SHP', 'organization'], ['Social Democrat Populist Party', 'organization']]],
    // the state's whole name
    ['Talks between the People\'s Republic of China and Nepal ended on Friday.', [["People's Republic of China", 'country']]],
    // a nationality word and "Republic" name a state
    ['The accord was signed on behalf of the Bosnian Republic and the Croatian Republic of Posavina.', [['Bosnian Republic', 'location'], ['Croatian Republic of Posavina', 'location']]],
    // a sea and a formation named for it
    ['Black Sea Fleet Commander Igor Kasatonov flew to Kiev.', [['Black Sea Fleet', 'organization']]],
    // a title-like word before a place and a title opens the title, not the place
    ['Deputy U.S. Ambassador Karen Holm spoke first.', [['U.S.', 'country']]],
  ];
  it.each(cases)('%s', check);

  it('no mention holds a bracket without its partner', () => {
    const found = mentions('He leads the Romanian Labour ( formerly Communist ) Party in the capital .');
    expect(found.filter((m) => /[()]/.test(m.text)).map((m) => m.text)).toEqual([]);
  });
});

describe('a person the tagger missed or read as a place or a body, by what is said after the name', () => {
  const cases: Row[] = [
    // ", who": a lone name the tagger left out
    ['Tresselt , who served as counsel to Governor Mario Cuomo , resigned on Friday .', [['Tresselt', 'person']]],
    // a noun for people closing a description in apposition
    ['The permits were opposed , said Virginia Wexley , a City Council member and CAP supporter .', [['Virginia Wexley', 'person']]],
  ];
  it.each(cases)('%s', check);
});

describe('bodies and places from the words around them', () => {
  const cases: Row[] = [
    // a nationality word and a capitalised "Government"
    ['the German Government faces elections this year .', [['German Government', 'organization']]],
    // a town before a person's description and name
    ['As Buffalo teacher union leader Frank Kowal put it , the table is set .', [['Buffalo', 'city']]],
  ];
  it.each(cases)('%s', check);
});

describe('given tagger spans (the tagger\'s slip written out)', () => {
  const withSpans = (text: string, spans: Array<[string, TaggedSpan['label']]>) => {
    const seg = segment({ id: 't', title: null, source: 'test', text });
    const words = seg.tokens.map((t) => t.text);
    const tagged = spans.map(([name, label]) => {
      const n = name.split(' ');
      const start = words.findIndex((_, i) => n.every((w, k) => words[i + k] === w));
      return { start, end: start + n.length, label };
    });
    return recognize(seg, tagged).map((m) => [m.text, m.type]);
  };
  it('a title read into a body\'s span before a person described in apposition stays out of the name', () => {
    expect(withSpans('Police Major Chalerm Yubamrung , the commander of the district , said .', [['Police Major Chalerm Yubamrung', 'ORG']]))
      .toContainEqual(['Chalerm Yubamrung', 'person']);
  });
  it('a name read as a place, with lower-case words ending on a title in apposition, is a person', () => {
    expect(withSpans('The auditors will question Dorofeyev , former first deputy general director of the company .', [['Dorofeyev', 'LOC']]))
      .toContainEqual(['Dorofeyev', 'person']);
    // guard: not after a preposition of place ("the outskirts of X, the administrative centre of ...")
    expect(withSpans('Tanks reached the outskirts of Dorofeyev , the administrative centre of the region .', [['Dorofeyev', 'LOC']]))
      .toContainEqual(['Dorofeyev', 'location']);
  });
  it('guard: a club is no town before a team role, nor a person before ", who" after "the"', () => {
    expect(withSpans('Buffalo manager Mike Walker said the side was tired .', [['Buffalo', 'ORG'], ['Mike Walker', 'PER']])).toContainEqual(['Buffalo', 'organization']);
    expect(withSpans('He had two doubles for the Pelicans , who won again .', [['Pelicans', 'ORG']])).toContainEqual(['Pelicans', 'organization']);
  });
  it('a body\'s word and "on" open a name the tagger read as miscellaneous', () => {
    expect(withSpans('said Anna Holt , director of the Foundation on Housing Trends .', [['Anna Holt', 'PER'], ['Foundation on Housing Trends', 'MISC']]))
      .toContainEqual(['Foundation on Housing Trends', 'organization']);
  });
  it('a nationality word and a capitalised "Government" the tagger left out are the government', () => {
    expect(withSpans('Officials said the Dutch Government was careful .', [['Dutch', 'MISC']])).toContainEqual(['Dutch Government', 'organization']);
  });
  it('a name read as miscellaneous ending in a natural feature or a division is the place', () => {
    expect(withSpans('Smoke rose over the Gila National Forest on Monday .', [['Gila National Forest', 'MISC']])).toContainEqual(['Gila National Forest', 'location']);
  });
  it('a one-word name joined by "and" to a one-word person is a person', () => {
    expect(withSpans('The plot was led by Brutus and Casca .', [['Brutus', 'PER'], ['Casca', 'ORG']])).toContainEqual(['Casca', 'person']);
    // guard: not a place the gazetteer knows
    expect(withSpans('The plot was led by Brutus and Paris .', [['Brutus', 'PER'], ['Paris', 'LOC']])).not.toContainEqual(['Paris', 'person']);
  });
  it('a name whose death or memoirs are spoken of is a person\'s', () => {
    expect(withSpans('The paper printed " Zhdanov \'s Death " on its front page .', [['Zhdanov', 'LOC']])).toContainEqual(['Zhdanov', 'person']);
  });
  it('a name read as a person ending in an institution\'s head word is the institution', () => {
    expect(withSpans('She is a major in the Marine Corps and works in Washington .', [['Marine Corps', 'PER']])).toContainEqual(['Marine Corps', 'organization']);
    expect(withSpans('He spent 19 years on the staff of Look Magazine .', [['Look Magazine', 'PER']])).toContainEqual(['Look Magazine', 'organization']);
  });
  it('a participle opening the sentence before a preposition is no name', () => {
    expect(withSpans('Born in Patras , Nikolaidis came to Boston at 17 .', [['Born', 'LOC'], ['Patras', 'LOC']]).map((m) => m[0])).not.toContain('Born');
  });
  it('a name the tagger left out, with a noun for people in apposition, is a person', () => {
    expect(withSpans('Tresslar , a young Confederate spy who had conspired , was hanged in Washington .', [['Washington', 'LOC']])).toContainEqual(['Tresslar', 'person']);
  });
  it('"Sea of" and a place are one place', () => {
    expect(withSpans('Fishing boats were stopped in the Sea of Okhotsk on Monday .', [['Sea', 'ORG'], ['Okhotsk', 'LOC']])).toContainEqual(['Sea of Okhotsk', 'location']);
  });
  it('a one-word name read as a place whose home is spoken of is a person', () => {
    expect(withSpans('Police searched Vantrell \'s Ohio home on Friday .', [['Vantrell', 'LOC'], ['Ohio', 'LOC']])).toContainEqual(['Vantrell', 'person']);
  });
});
