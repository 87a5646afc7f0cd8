// Recognition rules on sentences from other news (other countries, other people),
// without the statistical tagger, to show the rules are general.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import type { EntityType, Mention, TaggedSpan } from '../../../src/types.ts';

function mentionsOf(text: string, tagged: TaggedSpan[] = []): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return recognize(seg, tagged);
}

type Want = [text: string, type: EntityType, extra?: Partial<Mention>];

describe('names typed by gazetteer and shape (rules only)', () => {
  const cases: Array<[string, Want[]]> = [
    ['German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.', [
      ['German', 'country', { metonymy: 'demonym', gazetteerId: 'country:DE' }],
      ['Olaf Scholz', 'person', { title: 'chancellor' }],
      ['French', 'country', { metonymy: 'demonym', gazetteerId: 'country:FR' }],
      ['Emmanuel Macron', 'person', { title: 'president' }],
      ['Paris', 'city'],
    ]],
    ['Secretary-General Antonio Guterres told the UN Security Council that the Sahel faces famine.', [
      ['Antonio Guterres', 'person', { title: 'secretary-general' }],
      ['UN Security Council', 'organization', { gazetteerId: 'org:un-security-council' }],
      ['Sahel', 'region', { gazetteerId: 'region:sahel' }],
    ]],
    ['Prime Minister Narendra Modi visited Srinagar, the largest city in Kashmir.', [
      ['Narendra Modi', 'person', { title: 'prime minister' }],
      ['Srinagar', 'city'],
      ['Kashmir', 'region'],
    ]],
    ['The Kremlin spokesman, Dmitry Peskov, said Moscow would respond to NATO moves in the Baltic Sea.', [
      ['Kremlin', 'organization'],
      ['Dmitry Peskov', 'person', { title: 'spokesperson' }],
      ['Moscow', 'country', { metonymy: 'capital-as-state', gazetteerId: 'country:RU' }],
      ['NATO', 'organization', { gazetteerId: 'org:nato' }],
      ['Baltic Sea', 'location'],
    ]],
    ['Kharkiv region governor Oleh Syniehubov said the shelling of Kharkiv lasted all night.', [
      ['Kharkiv', 'region', { gazetteerId: 'region:UA-63' }],
      ['Oleh Syniehubov', 'person', { title: 'governor' }],
    ]],
    ['Shipping through the Strait of Hormuz slowed after Iran seized a tanker in the Persian Gulf.', [
      ['Strait of Hormuz', 'location'],
      ['Iran', 'country'],
      ['Persian Gulf', 'location'],
    ]],
    ['Philippine President Ferdinand Marcos rejected the claim near the Second Thomas Shoal.', [
      ['Philippine', 'country', { metonymy: 'demonym', gazetteerId: 'country:PH' }],
      ['Ferdinand Marcos', 'person', { title: 'president' }],
      ['Second Thomas Shoal', 'location'],
    ]],
    ['Saudi Crown Prince Mohammed bin Salman will visit Beijing, the Saudi Press Agency reported.', [
      ['Saudi', 'country', { metonymy: 'demonym' }],
      ['Mohammed bin Salman', 'person', { title: 'crown prince' }],
      ['Beijing', 'city'],
      ['Saudi Press Agency', 'organization'],
    ]],
    ['Ethiopian troops withdrew from Tigray, according to the African Union.', [
      ['Ethiopian', 'country', { metonymy: 'demonym' }],
      ['Tigray', 'region'],
      ['African Union', 'organization'],
    ]],
  ];
  it.each(cases)('%s', (sentence, wants) => {
    const ms = mentionsOf(sentence);
    for (const [text, type, extra] of wants) {
      const m = ms.find((x) => x.text === text);
      expect(m, `${text} in ${JSON.stringify(ms.map((x) => x.text))}`).toBeDefined();
      expect(m!.type).toBe(type);
      if (extra) expect(m).toMatchObject(extra);
    }
  });
});

describe('capital cities: the state acting, or the place', () => {
  const cases: Array<[string, string, 'state' | 'city']> = [
    ['Beijing warned Washington against arms sales to Taiwan.', 'Beijing', 'state'],
    ['Beijing warned Washington against arms sales to Taiwan.', 'Washington', 'state'],
    ['Talks between Seoul and Tokyo resumed.', 'Tokyo', 'state'],
    ["Tehran's response was swift.", 'Tehran', 'state'],
    ['The delegation arrived in Tehran on Monday.', 'Tehran', 'city'],
    ["Protesters gathered in Kyiv's Independence Square.", 'Kyiv', 'city'],
    ['Flights from Moscow were cancelled.', 'Moscow', 'city'],
    ['After criticism from Moscow, the plan was dropped.', 'Moscow', 'state'],
    ['The agency reported from Yerevan, the capital of Armenia.', 'Yerevan', 'city'],
    ['The agency reported from Yerevan, the Armenian capital.', 'Yerevan', 'city'],
    ["Armenia's capital, Yerevan, was quiet.", 'Yerevan', 'city'],
  ];
  it.each(cases)('%s -> %s is the %s', (sentence, name, reading) => {
    const m = mentionsOf(sentence).find((x) => x.text === name);
    expect(m).toBeDefined();
    if (reading === 'state') expect(m).toMatchObject({ type: 'country', metonymy: 'capital-as-state' });
    else expect(m!.type).toBe('city');
  });
});

describe('a name that is both a region and a city reads from its context', () => {
  const cases: Array<[string, string, EntityType]> = [
    ['Separatists in the breakaway regions of Donetsk and Luhansk held votes.', 'Luhansk', 'region'],
    ['Shelling hit the centre of Donetsk city overnight.', 'Donetsk', 'city'],
    ['Zaporizhzhia Oblast officials reported power cuts.', 'Zaporizhzhia Oblast', 'region'],
    ['The governor of Sichuan province ordered schools closed.', 'Sichuan', 'region'],
  ];
  it.each(cases)('%s -> %s is a %s', (sentence, name, type) => {
    const m = mentionsOf(sentence).find((x) => x.text === name);
    expect(m?.type).toBe(type);
  });

  it('keeps the region reading through the article once context settled it', () => {
    const ms = mentionsOf('Russia annexed the Kherson region in 2022.\nKherson was later retaken by Ukraine.');
    expect(ms.filter((m) => m.text === 'Kherson').map((m) => m.type)).toEqual(['region', 'region']);
  });
});

describe('no entities from capitals forced by position, titles, dates or page furniture', () => {
  const cases: Array<[string, string[]]> = [
    ['President said on Monday that talks would resume in March.', []],
    ['Officials Say Talks With Rebels Will Be Hard\nOfficials said talks with the rebels will be hard.', []],
    ['Read Also: Who Will Be the Next President?\n(Photo : Getty Images)', []],
    ['However, the Foreign Minister did not attend.', []],
  ];
  it.each(cases)('%s', (text, names) => {
    const ms = mentionsOf(text).filter((m) => m.metonymy !== 'demonym');
    expect(ms.map((m) => m.text)).toEqual(names);
  });
});

describe('with tagger spans: boundaries kept, types from the gazetteer', () => {
  it('types LOC spans and keeps a PER span as given (no title glued on)', () => {
    const text = 'Russian President Vladimir Putin met Turkish officials in Ankara.';
    // token indices: Russian(0) President(1) Vladimir(2) Putin(3) met(4) Turkish(5) officials(6) in(7) Ankara(8) .(9)
    const ms = mentionsOf(text, [
      { start: 0, end: 1, label: 'MISC' }, { start: 2, end: 4, label: 'PER' }, { start: 5, end: 6, label: 'MISC' }, { start: 8, end: 9, label: 'LOC' },
    ]);
    expect(ms.map((m) => [m.text, m.type, m.metonymy ?? ''])).toEqual([
      ['Russian', 'country', 'demonym'], ['Vladimir Putin', 'person', ''], ['Turkish', 'country', 'demonym'], ['Ankara', 'city', ''],
    ]);
    expect(ms[1]!.title).toBe('president');
  });

  it('reads a tagger PER ending in a place word as a place, and a lone nationality word as a demonym', () => {
    // Philippine(0) President(1) Marcos(2) visited(3) Thomas(4) Shoal(5) .(6)
    const ms = mentionsOf('Philippine President Marcos visited Thomas Shoal.', [
      { start: 0, end: 1, label: 'ORG' }, { start: 2, end: 3, label: 'PER' }, { start: 4, end: 6, label: 'PER' },
    ]);
    expect(ms.map((m) => [m.text, m.type, m.metonymy ?? ''])).toEqual([
      ['Philippine', 'country', 'demonym'], ['Marcos', 'person', ''], ['Thomas Shoal', 'location', ''],
    ]);
  });

  it.each([
    // Floods(0) hit(1) Kavre(2) District(3) and(4) Nuwakot(5) Province(6) .(7)
    ['a tagger PER ending in an administrative division is a place', 'Floods hit Kavre District and Nuwakot Province.', [{ start: 2, end: 4, label: 'PER' }, { start: 5, end: 7, label: 'ORG' }], [['Kavre District', 'location'], ['Nuwakot Province', 'location']]],
    // Tests(0) near(1) Tolva(2) Mountain(3) stopped(4) .(5)
    ['a tagger ORG ending in a natural feature is a place', 'Tests near Tolva Mountain stopped.', [{ start: 2, end: 4, label: 'ORG' }], [['Tolva Mountain', 'location']]],
    // Durham(0) County(1) won(2) by(3) six(4) runs(5) .(6)  (county cricket sides stay organisations)
    ['a tagger ORG ending in "County" stays an organisation', 'Durham County won by six runs.', [{ start: 0, end: 2, label: 'ORG' }], [['Durham County', 'organization']]],
  ] as Array<[string, string, TaggedSpan[], string[][]]>)('%s', (_what, text, spans, expected) => {
    expect(mentionsOf(text, spans).map((m) => [m.text, m.type])).toEqual(expected);
  });

  it('cuts a sentence-initial preposition glued to a name', () => {
    const ms = mentionsOf('After Pyongyang announced the test, markets fell.', [{ start: 0, end: 2, label: 'ORG' }]);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Pyongyang', 'country']]);
  });

  it.each([
    ['Moscow March 3 (TASS) -- Officials said.', [['Moscow', 'city'], ['TASS', 'organization']]],
    ['Kassel April 21st (AFP) -- Officials said.', [['Kassel', 'city'], ['AFP', 'organization']]],
  ])('cuts a month glued to a dateline place before the day: %s', (text, wants) => {
    const ms = mentionsOf(text, [{ start: 0, end: 2, label: 'ORG' }]);
    expect(ms.map((m) => [m.text, m.type])).toEqual(wants);
  });

  it('keeps a month that is part of a name, not followed by a day', () => {
    const ms = mentionsOf('The Moscow March drew thousands.', [{ start: 1, end: 3, label: 'ORG' }]);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Moscow March', 'organization']]);
  });

  it.each([
    ['Ms. Calico disappeared later.', { start: 1, end: 2, label: 'ORG' as const }, ['Calico', 'person']],
    ['Dr. Sohn arrived in town.', { start: 1, end: 2, label: 'LOC' as const }, ['Sohn', 'person']],
    ['Ms. Calico disappeared later.', { start: 0, end: 2, label: 'LOC' as const }, ['Ms. Calico', 'person']],
  ])('a name after an honorific is a person whatever the tagger said: %s', (text, span, want) => {
    expect(mentionsOf(text, [span]).map((m) => [m.text, m.type])).toEqual([want]);
  });

  it('drops spans in boilerplate lines', () => {
    const ms = mentionsOf('(Photo : Photo by Martin Ollman/Getty Images)', [{ start: 4, end: 6, label: 'PER' }]);
    expect(ms).toEqual([]);
  });
});

describe('degenerate input', () => {
  it.each(['', '\n\n', '...', '12 34 56'])('%j gives no mentions', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
  it('ignores tagger spans outside the tokens', () => {
    expect(mentionsOf('Nobody is calm.', [{ start: 5, end: 9, label: 'LOC' }, { start: 1, end: 1, label: 'PER' }])).toEqual([]);
  });
});

describe('title words are never entities', () => {
  it.each([
    ['The President spoke.', 1, 2, 'PER'],
    ['The Foreign Minister left.', 1, 3, 'PER'],
    ['The Prime Minister resigned.', 1, 3, 'ORG'],
  ] as const)('%s (tagger %s..%s %s)', (text, start, end, label) => {
    expect(mentionsOf(text, [{ start, end, label }])).toEqual([]);
    expect(mentionsOf(text)).toEqual([]);
  });
});

describe('an AP state abbreviation after a town is the state', () => {
  it.each([
    ['The plant near Aiken, S.C., closed in April.', 'S.C.', 'region:US-SC'],
    // the gazetteer alone reads "La." as Los Angeles
    ['Flooding hit Morgan City, La., on Monday.', 'La.', 'region:US-LA'],
    ['She grew up in Bethany, Conn., and left at 18.', 'Conn.', 'region:US-CT'],
  ])('%s', (text, abbreviation, id) => {
    const m = mentionsOf(text).find((x) => x.text === abbreviation);
    expect(m).toMatchObject({ type: 'region', gazetteerId: id });
  });
});
