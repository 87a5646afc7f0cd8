import { describe, expect, it } from 'vitest';
import { build, KNOWLEDGE, run, show, typed, type M } from './helpers.ts';
import { relate } from '../../../src/pipeline/relate/index.ts';

// Entities reused across cases (ids are arbitrary; types matter).
const FR: M = ['France', 'france', 'country'];
const MALI: M = ['Mali', 'mali', 'country'];
const DE: M = ['Germany', 'germany', 'country'];
const PL: M = ['Poland', 'poland', 'country'];
const IL: M = ['Israel', 'israel', 'country'];
const KOS: M = ['Kosovo', 'kosovo', 'country'];
const RU: M = ['Russia', 'russia', 'country'];
const UA: M = ['Ukraine', 'ukraine', 'country'];
const CN: M = ['China', 'china', 'country'];
const TW: M = ['Taiwan', 'taiwan', 'country'];
const JP: M = ['Japan', 'japan', 'country'];
const US: M = ['United States', 'us', 'country'];
const IR: M = ['Iran', 'iran', 'country'];
const demonym = (word: string, id: string): M => [word, id, 'country', { metonymy: 'demonym' }];
const capital = (word: string, id: string): M => [word, id, 'country', { metonymy: 'capital-as-state' }];

/** [description, text, mentions, expected typed relations as "source -predicate-> target"] */
type Case = [string, string, M[], string[]];

const facts = (text: string, mentions: M[]) => typed(run(text, mentions)).map(show).sort();

describe('role: person -> body, predicate "<title> of"', () => {
  const cases: Case[] = [
    ['demonym premodifier', 'Chinese Foreign Minister Wang Yi arrived on Monday.', [demonym('Chinese', 'china'), ['Wang Yi', 'wang', 'person']], ['wang -foreign minister of-> china']],
    ['possessive premodifier', "France's President Emmanuel Macron spoke.", [FR, ['Emmanuel Macron', 'macron', 'person']], ['macron -president of-> france']],
    ['apposition after, "the head of X"', 'Jens Stoltenberg, the head of NATO, said nothing.', [['Jens Stoltenberg', 'stoltenberg', 'person'], ['NATO', 'nato', 'organization']], ['stoltenberg -head of-> nato']],
    ['apposition after, possessive', "Maria Zakharova, Russia's foreign ministry spokeswoman, spoke.", [RU, ['Maria Zakharova', 'zakharova', 'person']], ['zakharova -foreign ministry spokeswoman of-> russia']],
    ['apposition after, possessive title', "Maria Zakharova, Russia's spokeswoman, spoke.", [RU, ['Maria Zakharova', 'zakharova', 'person']], ['zakharova -spokeswoman of-> russia']],
    ['apposition before, possessive', "Germany's chancellor, Olaf Scholz, flew home.", [DE, ['Olaf Scholz', 'scholz', 'person']], ['scholz -chancellor of-> germany']],
    ['"the country\'s" refers to the last country', "Japan said on Friday that the country's defence minister, Minoru Kihara, would travel.", [JP, ['Minoru Kihara', 'kihara', 'person']], ['kihara -defence minister of-> japan']],
    ['"the <noun>\'" refers to "<Name> <noun>" seen earlier', "Leaders of the Tigray rebels met. Getachew Reda, the rebels' Nairobi envoy, left.", [['Tigray', 'tigray', 'region'], ['Getachew Reda', 'reda', 'person'], ['Nairobi', 'nairobi', 'city']], ['reda -envoy of-> tigray']],
    ['a city before "envoy" is a destination, not the body', 'Ahmed Ali, the Cairo envoy, left.', [['Ahmed Ali', 'ali', 'person'], ['Cairo', 'cairo', 'city']], []],
    ['a name inside the body phrase is only a modifier', 'Joseph Bernardin, head of the largest U.S. Roman Catholic archdiocese, died.', [['Joseph Bernardin', 'bernardin', 'person'], ['U.S.', 'us', 'country']], []],
    ['a clause after a comma is not an apposition', 'Daughter of Henry and Anne Boleyn, she was queen of England.', [['Anne Boleyn', 'boleyn', 'person'], ['England', 'england', 'country']], []],
    ['a former role keeps "former"', 'Former Chechen leader Dzhokhar Dudayev died.', [demonym('Chechen', 'chechnya'), ['Dzhokhar Dudayev', 'dudayev', 'person']], ['dudayev -former leader of-> chechnya']],
    ['apposition before, "the <title> of X, <person>"', 'The head of the IAEA, Rafael Grossi, visited Kyiv.', [['IAEA', 'iaea', 'organization'], ['Rafael Grossi', 'grossi', 'person'], capital('Kyiv', 'ukraine')], ['grossi -head of-> iaea', 'grossi -visited-> ukraine']],
    ['"<title> to Y" after a possessor', "Vassily Nebenzia, Russia's ambassador to the United Nations, spoke.", [RU, ['Vassily Nebenzia', 'nebenzia', 'person'], ['United Nations', 'un', 'organization']], ['nebenzia -ambassador of-> russia']],
    ['a relative clause "who heads X"', 'Tim Guldimann, who heads the OSCE mission, left.', [['Tim Guldimann', 'guldimann', 'person'], ['OSCE', 'osce', 'organization']], ['guldimann -head of-> osce']],
    ['"X leads Y"', 'Keir Starmer leads the Labour Party.', [['Keir Starmer', 'starmer', 'person'], ['Labour Party', 'labour', 'organization']], ['starmer -leader of-> labour']],
    ['"led" an attack is not a role', 'Keir Starmer led an attack on Labour.', [['Keir Starmer', 'starmer', 'person'], ['Labour', 'labour', 'organization']], []],
    ['a title without a body gives nothing', 'President Joe Biden left.', [['Joe Biden', 'biden', 'person']], []],
    ['"the company\'s" refers to the last organisation', "Apple opened a store. The company's chief executive, Tim Cook, came.", [['Apple', 'apple', 'organization'], ['Tim Cook', 'cook', 'person']], ['cook -chief executive of-> apple']],
    ['a named organ is the body of a role', "Ali Shamkhani, the secretary of Iran's Supreme National Security Council, signed.", [IR, ['Ali Shamkhani', 'shamkhani', 'person'], ['Supreme National Security Council', 'snsc', 'organization']], ['shamkhani -secretary of-> snsc']],
    ['"Secretary of State" is one title (premodifier)', 'US Secretary of State Antony Blinken flew in.', [['US', 'us', 'country'], ['Antony Blinken', 'blinken', 'person']], ['blinken -secretary of state of-> us']],
    ['"secretary of state" is one title (apposition)', "Antony Blinken, America's secretary of state, flew in.", [['America', 'us', 'country'], ['Antony Blinken', 'blinken', 'person']], ['blinken -secretary of state of-> us']],
    ['"foreign ministry spokesperson"', "China's foreign ministry spokesperson Wang Wenbin spoke.", [CN, ['Wang Wenbin', 'wang', 'person']], ['wang -foreign ministry spokesperson of-> china']],
    ['sports titles', 'Real Madrid coach Carlo Ancelotti was calm.', [['Real Madrid', 'real', 'organization'], ['Carlo Ancelotti', 'ancelotti', 'person']], ['ancelotti -coach of-> real']],
    ['"Majority Leader"', 'Senate Majority Leader Chuck Schumer spoke.', [['Senate', 'senate', 'organization'], ['Chuck Schumer', 'schumer', 'person']], ['schumer -majority leader of-> senate']],
    ['two-word demonym from the gazetteer table', 'Indian Prime Minister Narendra Modi met reporters.', [demonym('Indian', 'india'), ['Narendra Modi', 'modi', 'person']], ['modi -prime minister of-> india']],
  ];
  it.each(cases)('%s', (_d, text, mentions, expected) => {
    expect(facts(text, mentions).filter((f) => !f.includes('affiliated'))).toEqual(expected.sort());
  });
});

describe('location: place -> place, "located in"', () => {
  const cases: Case[] = [
    ['"the <demonym> <place noun> of Y"', 'Shelling hit the Ukrainian city of Kharkiv.', [demonym('Ukrainian', 'ukraine'), ['Kharkiv', 'kharkiv', 'city']], ['kharkiv -located in-> ukraine']],
    ['"X\'s <place noun> of Y"', "Troops left Georgia's region of Abkhazia.", [['Georgia', 'georgia', 'country'], ['Abkhazia', 'abkhazia', 'region']], ['abkhazia -located in-> georgia']],
    ['"X and its neighboring Y are located in Z"', 'Aceh and its neighboring Medan are located in Sumatra.', [['Aceh', 'aceh', 'region'], ['Medan', 'medan', 'city'], ['Sumatra', 'sumatra', 'location']], ['aceh -located in-> sumatra', 'medan -located in-> sumatra']],
    ['"Z, which includes X and Y"', 'The Sahel, which includes Gao and Timbuktu, is dry.', [['Sahel', 'sahel', 'location'], ['Gao', 'gao', 'city'], ['Timbuktu', 'timbuktu', 'city']], ['gao -located in-> sahel', 'timbuktu -located in-> sahel']],
    ['"Y in eastern X"', 'Fighting continued around Bakhmut in eastern Ukraine.', [UA, ['Bakhmut', 'bakhmut', 'city']], ['bakhmut -located in-> ukraine']],
    ['apposition "Y, the <demonym> capital,"', 'Leaders met in Vilnius, the Lithuanian capital, on Tuesday.', [demonym('Lithuanian', 'lithuania'), ['Vilnius', 'vilnius', 'city']], ['vilnius -located in-> lithuania']],
    ['apposition "Y, X\'s main port."', "Ships left Odesa, Ukraine's main port.", [UA, ['Odesa', 'odesa', 'city']], ['odesa -located in-> ukraine']],
    ['"X\'s Y" with two places', "Strikes hit Ukraine's Odesa again.", [UA, ['Odesa', 'odesa', 'city']], ['odesa -located in-> ukraine']],
    ['"X\'s Y" where Y is not smaller than X gives nothing', "Russia's Ukraine policy failed.", [RU, UA], []],
    ['a country is never "located in" another by the loose pattern', 'Turkey met Iran in Russia.', [['Turkey', 'turkey', 'country'], IR, RU], ['turkey -met-> iran']],
  ];
  it.each(cases)('%s', (_d, text, mentions, expected) => {
    expect(facts(text, mentions)).toEqual(expected.sort());
  });

  it('adds containment the gazetteer knows when both places are named', () => {
    const rs = run('Odesa was quiet. Ukraine said so.', [['Odesa', 'odesa', 'city', { gazetteerId: 'city:odesa' }], ['Ukraine', 'ukraine', 'country', { gazetteerId: 'country:UA' }]]);
    const loc = typed(rs).filter((r) => r.kind === 'location');
    expect(loc.map(show)).toEqual(['odesa -located in-> ukraine']);
    // No sentence says so: world knowledge, citing nothing.
    expect(loc[0]!.basis).toBe('knowledge');
    expect(loc[0]!.evidence).toEqual([]);
  });
});

describe('event: actor -> actor with a CAMEO code', () => {
  const cases: Case[] = [
    ['active voice', 'Israel recognized Kosovo in 2020.', [IL, KOS], ['israel -recognized-> kosovo']],
    ['passive voice with "by"', 'Germany was criticised by Poland on Monday.', [DE, PL], ['poland -criticized-> germany']],
    ['passive voice, recognition', 'Kosovo was recognized by Israel.', [IL, KOS], ['israel -recognized-> kosovo']],
    ['multiword trigger "cut ties with"', 'Nicaragua cut diplomatic ties with Taiwan.', [['Nicaragua', 'nicaragua', 'country'], TW], ['nicaragua -severed ties with-> taiwan']],
    ['capital as state', 'Beijing condemned Tokyo.', [capital('Beijing', 'china'), capital('Tokyo', 'japan')], ['china -condemned-> japan']],
    ['coordinated objects', 'Russia recognized Abkhazia and South Ossetia.', [RU, ['Abkhazia', 'abkhazia', 'region'], ['South Ossetia', 'ossetia', 'region']], ['russia -recognized-> abkhazia', 'russia -recognized-> ossetia']],
    ['coordinated subjects', 'France and Germany condemned Russia.', [FR, DE, RU], ['france -condemned-> russia', 'germany -condemned-> russia']],
    ['possessive nominalisation "X\'s annexation of Y"', "Russia's annexation of Crimea was illegal.", [RU, ['Crimea', 'crimea', 'region']], ['russia -annexed-> crimea']],
    ['"X\'s recognition of Y"', "Israel's recognition of Kosovo came late.", [IL, KOS], ['israel -recognized-> kosovo']],
    ['"X\'s decision to <verb> Y"', "Taiwan's decision to recognize Somaliland angered China.", [TW, CN, ['Somaliland', 'somaliland', 'region']], ['taiwan -recognized-> somaliland']],
    ['demonym premodifier of a noun trigger', 'The Russian invasion of Ukraine began in 2022.', [demonym('Russian', 'russia'), UA], ['russia -invaded-> ukraine']],
    ['possessor of an act noun is the object', "Poland condemned Belarus's decision.", [PL, ['Belarus', 'belarus', 'country']], ['poland -condemned-> belarus']],
    ['a named place beats its owner', "Ukraine's attack on Russia's Belgorod region failed.", [UA, RU, ['Belgorod', 'belgorod', 'region']], ['belgorod -located in-> russia', 'ukraine -attacked-> belgorod']],
    ['officials in a place act for it', 'Officials in Kyiv condemned Minsk.', [capital('Kyiv', 'ukraine'), capital('Minsk', 'belarus')], ['ukraine -condemned-> belarus']],
    ['a place inside a phrase without an actor noun is not the subject', 'Fans in Germany attacked France.', [DE, FR], []],
    ['an attack on X is not condemning X', 'France condemned the attack on Mali.', [FR, MALI], []],
    ['a name modifying another noun is not the object', 'China blamed the United States for the Taiwan crisis.', [CN, US, TW], ['china -blamed-> us']],
    ['light verb "held talks with"', 'Turkey held talks with Iran on Monday.', [['Turkey', 'turkey', 'country'], IR], ['turkey -held talks with-> iran']],
    ['request verb with infinitive: both the request and the requested act', 'Russia asked Iran to attack Israel.', [RU, IR, IL], ['iran -attacked-> israel', 'russia -asked-> iran']],
    ['relative clause subject', 'The summit was hosted by Indonesia, which met Japan on Friday.', [['Indonesia', 'indonesia', 'country'], JP], ['indonesia -met-> japan']],
    ['pronoun subject "it"', 'China recognized Nauru weeks before it attacked Taiwan.', [CN, ['Nauru', 'nauru', 'country'], TW], ['china -attacked-> taiwan', 'china -recognized-> nauru']],
    ['participle clause shares the subject', 'Poland sanctioned Belarus, condemning Russia as well.', [PL, ['Belarus', 'belarus', 'country'], RU], ['poland -condemned-> russia', 'poland -sanctioned-> belarus']],
    ['symmetric event between coordinated demonyms', 'Chinese and Indian officials met in Beijing.', [demonym('Chinese', 'china'), demonym('Indian', 'india'), ['Beijing', 'beijing', 'city']], ['china -met-> india']],
    ['"counterpart": meeting the other country', 'Chinese Foreign Minister Wang Yi met his Indian counterpart.', [demonym('Chinese', 'china'), demonym('Indian', 'india'), ['Wang Yi', 'wang', 'person']], ['wang -foreign minister of-> china', 'wang -met-> india']],
    ['fronted "In support of X, Y ..."', "In support of Russia's war, Belarus has become an ally.", [RU, ['Belarus', 'belarus', 'country']], ['belarus -supported-> russia']],
    ['opening an embassy', 'Donetsk rebels launched an embassy in Moscow.', [['Donetsk', 'donetsk', 'region'], capital('Moscow', 'russia')], ['donetsk -opened embassy in-> russia']],
    ['mediation relates the mediator to each party', 'Qatar mediated between Israel and Hamas.', [['Qatar', 'qatar', 'country'], IL, ['Hamas', 'hamas', 'organization']], ['qatar -mediated between-> hamas', 'qatar -mediated between-> israel']],
    ['firing missiles at a place', 'Russia fired missiles at Odesa overnight.', [RU, ['Odesa', 'odesa', 'city']], ['russia -fired missiles at-> odesa']],
    ['launching an attack is not firing missiles', 'Russia launched an attack on Odesa.', [RU, ['Odesa', 'odesa', 'city']], ['russia -attacked-> odesa']],
    ['a title after a name continues the object phrase', 'Schumer urged House Speaker Kevin McCarthy to act.', [['Schumer', 'schumer', 'person'], ['House', 'house', 'organization'], ['Kevin McCarthy', 'mccarthy', 'person']], ['mccarthy -speaker of-> house', 'schumer -urged-> mccarthy']],
    ['aspectual verbs before an -ing trigger', 'Biden said Washington would keep supporting Kyiv.', [['Biden', 'biden', 'person'], capital('Washington', 'us'), capital('Kyiv', 'ukraine')], ['us -supported-> ukraine']],
    ['"<Name>-backed <group>"', 'Iran-backed Houthi rebels attacked a ship.', [IR, ['Houthi', 'houthi', 'organization']], ['iran -supported-> houthi']],
    ['"<demonym>-backed" with a plural place anaphor', 'Abkhazia and South Ossetia voted, Russia said. Russian-backed separatist territories are poor.', [RU, ['Abkhazia', 'abkhazia', 'region'], ['South Ossetia', 'ossetia', 'region']], ['russia -supported-> abkhazia', 'russia -supported-> ossetia']],
    ['a name inside a prepositional phrase is not the antecedent of "which"', 'The bill omits aid to Ukraine, which Biden requested.', [UA, ['Biden', 'biden', 'person']], []],
    ['recalling an ambassador', 'Jordan recalled its ambassador from Israel.', [['Jordan', 'jordan', 'country'], IL], ['jordan -recalled ambassador from-> israel']],
    ['expelling diplomats: the object is named in the complement', 'Poland expelled 45 Russian diplomats.', [PL, demonym('Russian', 'russia')], ['poland -expelled diplomats of-> russia']],
    ['a request to an unnamed party gives no subject to the requested act', 'Egypt called on the international community to send aid to Gaza.', [['Egypt', 'egypt', 'country'], ['Gaza', 'gaza', 'region']], []],
    ['subject before an apposition', 'Denis Pushilin, the head of the Donetsk separatists, condemned Kyiv.', [['Denis Pushilin', 'pushilin', 'person'], ['Donetsk', 'donetsk', 'region'], capital('Kyiv', 'ukraine')], ['pushilin -condemned-> ukraine']],
    ['subject before a relative clause', 'Fumio Kishida, who also attended the summit, held talks with Xi Jinping.', [['Fumio Kishida', 'kishida', 'person'], ['Xi Jinping', 'xi', 'person']], ['kishida -held talks with-> xi']],
    ['name after an apposition', "Turkey's foreign minister, Hakan Fidan, met Israeli officials.", [['Turkey', 'turkey', 'country'], ['Hakan Fidan', 'fidan', 'person'], demonym('Israeli', 'israel')], ['fidan -met-> israel']],
    ['a country\'s rebels are not the country', 'Syrian rebels attacked Aleppo.', [demonym('Syrian', 'syria'), ['Aleppo', 'aleppo', 'city']], []],
    ['a named group between possessor and noun owns the noun', "Yemen's Houthi rebels, who are backed by Iran, attacked Riyadh.", [['Yemen', 'yemen', 'country'], ['Houthi', 'houthi', 'organization'], IR, ['Riyadh', 'riyadh', 'city']], ['houthi -attacked-> riyadh', 'iran -supported-> houthi']],
    ['an unrecognised name between possessor and noun owns the noun', "Yemen's Houthi rebels, who are backed by Iran, attacked Riyadh.", [['Yemen', 'yemen', 'country'], IR, ['Riyadh', 'riyadh', 'city']], []],
    ['a region\'s rebels act for the region', 'Tigray rebels attacked Mekelle.', [['Tigray', 'tigray', 'region'], ['Mekelle', 'mekelle', 'city']], ['tigray -attacked-> mekelle']],
    ['"pro-<Name>" is not the named actor', 'Pro-Russian fighters attacked Kramatorsk.', [['Pro-Russian', 'russia', 'country'], ['Kramatorsk', 'kramatorsk', 'city']], []],
    ['"were in talks with", pronoun "they" for "<Name> rebels"', 'Houthi rebels said they were in talks with Oman.', [['Houthi', 'houthi', 'group'], ['Oman', 'oman', 'country']], ['houthi -held talks with-> oman']],
  ];
  it.each(cases)('%s', (_d, text, mentions, expected) => {
    expect(facts(text, mentions).filter((f) => !f.includes('affiliated') && !f.includes(' of->'))).toEqual(expected.filter((f) => !f.includes(' of->')).sort());
  });

  it('carries the CAMEO code of the trigger', () => {
    const codes = (text: string, m: M[]) => typed(run(text, m)).map((r) => r.cameo);
    expect(codes('Israel recognized Kosovo.', [IL, KOS])).toEqual(['054']);
    expect(codes('Nicaragua severed ties with Taiwan.', [['Nicaragua', 'nicaragua', 'country'], TW])).toEqual(['161']);
    expect(codes('Poland accused Germany.', [PL, DE])).toEqual(['112']);
    expect(codes('Russia invaded Ukraine.', [RU, UA])).toEqual(['190']);
    expect(codes('Russia annexed Crimea.', [RU, ['Crimea', 'crimea', 'region']])).toEqual(['192']);
    expect(codes('The United States imposed sanctions on Iran.', [US, IR])).toEqual(['163']);
    expect(codes('China threatened Taiwan.', [CN, TW])).toEqual(['130']);
    expect(codes('France called on Mali to hold elections.', [FR, MALI])).toEqual(['020']);
  });
});

describe('event modality and attribution', () => {
  const one = (text: string, m: M[]) => {
    const rs = typed(run(text, m)).filter((r) => r.kind === 'event');
    expect(rs).toHaveLength(1);
    return rs[0]!;
  };
  it.each([
    ['did not', 'Israel did not recognize Kosovo.'],
    ["n't", "Israel didn't recognize Kosovo."],
    ['never', 'Israel never recognized Kosovo.'],
    ['refused to', 'Israel refused to recognize Kosovo.'],
    ['denied that', 'Israel denied that it had recognized Kosovo.'],
    ['object relative clause', 'Kosovo, which Israel does not recognize, joined the IMF.'],
  ])('negation (%s) is kept, not asserted, and lowers confidence', (_d, text) => {
    const r = one(text, [IL, KOS]);
    expect(show(r)).toBe('israel -recognized-> kosovo');
    expect(r.negated).toBe(true);
    expect(r.confidence).toBeLessThan(0.5);
  });
  it('an event inside "denied reports of ..." is negated', () => {
    const r = one('Syria denied reports of an Israeli attack on Damascus.', [['Syria', 'syria', 'country'], demonym('Israeli', 'israel'), ['Damascus', 'damascus', 'city']]);
    expect(show(r)).toBe('israel -attacked-> damascus');
    expect(r.negated).toBe(true);
  });
  it.each([
    ['would', 'Israel would recognize Kosovo.'],
    ['could', 'Israel could recognize Kosovo soon.'],
    ['would keep', 'Israel would keep recognizing Kosovo.'],
    ['plans to', 'Israel plans to recognize Kosovo.'],
    ['if', 'If Israel recognizes Kosovo, Serbia will protest.'],
  ])('modal or hypothetical (%s) is marked and lowers confidence', (_d, text) => {
    const r = one(text, [IL, KOS, ['Serbia', 'serbia', 'country'] as M].filter((m) => text.includes(m[0])));
    expect(show(r)).toBe('israel -recognized-> kosovo');
    expect(r.hypothetical).toBe(true);
    expect(r.negated).toBeUndefined();
    expect(r.confidence).toBeLessThan(0.6);
  });
  it('a plain statement is neither negated nor hypothetical', () => {
    const r = one('Israel recognized Kosovo.', [IL, KOS]);
    expect(r.negated).toBeUndefined();
    expect(r.hypothetical).toBeUndefined();
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
  });
  it.each([
    ['according to <entity>', 'According to Reuters, Russia attacked Odesa.', 'reuters'],
    ['as per <entity>', 'Russia attacked Odesa, as per Reuters.', 'reuters'],
    ['trailing "<X> reported"', 'Russia attacked Odesa, Reuters reported.', 'reuters'],
    ['"<X> said that"', 'Reuters said that Russia attacked Odesa.', 'reuters'],
    ['unlinked source keeps its text', 'Russia attacked Odesa, according to Interfax.', 'Interfax'],
    ['quote closed by "<X> said"', '"Russia attacked Odesa," Reuters said.', 'reuters'],
    ['"said <X>" after the quote', '"Russia attacked Odesa," said Reuters.', 'reuters'],
  ])('attribution: %s', (_d, text, who) => {
    const r = one(text, [RU, ['Odesa', 'odesa', 'city'], ['Reuters', 'reuters', 'organization']].filter((m) => text.includes(m[0] as string)) as M[]);
    expect(show(r)).toBe('russia -attacked-> odesa');
    expect(r.attribution).toBe(who);
  });
  it('"we" in a quotation is the speaker', () => {
    const r = one('"We will never recognize Kosovo," Serbia said.', [['Serbia', 'serbia', 'country'], KOS]);
    expect(show(r)).toBe('serbia -recognized-> kosovo');
    expect(r.negated).toBe(true);
    expect(r.hypothetical).toBe(true);
    expect(r.attribution).toBe('serbia');
  });
  it('"we" outside a quotation is nobody', () => {
    expect(typed(run('We recognized Kosovo, Serbia said.', [['Serbia', 'serbia', 'country'], KOS])).filter((r) => r.kind === 'event')).toEqual([]);
  });
  it('a fronted clause\'s report does not cover the main clause', () => {
    const rs = typed(run('After Beijing announced it would attack Taiwan, Japan condemned China.', [capital('Beijing', 'china'), TW, JP, CN]));
    const byShow = Object.fromEntries(rs.map((r) => [show(r), r]));
    expect(byShow['china -attacked-> taiwan']?.hypothetical).toBe(true);
    expect(byShow['japan -condemned-> china']?.attribution).toBeUndefined();
    expect(byShow['japan -condemned-> china']?.hypothetical).toBeUndefined();
  });
});

describe('anaphora: plural place sets and definite descriptions', () => {
  it('"their independence" and "the breakaway republics" refer to the last coordinated places', () => {
    const text = 'Abkhazia and South Ossetia broke away in 2008. Nauru has since acknowledged their independence. Russia recognized the breakaway republics.';
    const m: M[] = [['Abkhazia', 'abkhazia', 'region'], ['South Ossetia', 'ossetia', 'region'], ['Nauru', 'nauru', 'country'], RU];
    const rs = typed(run(text, m)).filter((r) => r.kind === 'event');
    expect(rs.map(show).sort()).toEqual(['nauru -recognized-> abkhazia', 'nauru -recognized-> ossetia', 'russia -recognized-> abkhazia', 'russia -recognized-> ossetia']);
    // the antecedent sentence is part of the evidence
    expect(rs[0]!.evidence.map((e) => e.text)).toContain('Abkhazia and South Ossetia broke away in 2008.');
  });
  it('"their" with a noun other than independence/sovereignty does not point back to places', () => {
    const text = 'Abkhazia and South Ossetia broke away in 2008. Nauru met their leaders.';
    expect(facts(text, [['Abkhazia', 'abkhazia', 'region'], ['South Ossetia', 'ossetia', 'region'], ['Nauru', 'nauru', 'country']])).toEqual([]);
  });
  it('"the company" as a subject refers to the last organisation', () => {
    expect(facts('Apple opened a store. The company sued Samsung and criticized Google.', [['Apple', 'apple', 'organization'], ['Samsung', 'samsung', 'organization'], ['Google', 'google', 'organization']]))
      .toEqual(['apple -criticized-> google', 'apple -sued-> samsung']);
  });
  it('"the two countries" refers to the last coordinated pair of countries', () => {
    expect(facts('Armenia and Azerbaijan fought in 2020. Talks between the two countries resumed.', [['Armenia', 'armenia', 'country'], ['Azerbaijan', 'azerbaijan', 'country']]))
      .toEqual(['armenia -fought-> azerbaijan', 'armenia -held talks with-> azerbaijan']);
  });
  it('"the two countries" does not point to a pair that is not two countries', () => {
    expect(facts('Armenia and Pashinyan spoke. Talks between the two countries resumed.', [['Armenia', 'armenia', 'country'], ['Pashinyan', 'pashinyan', 'person']]))
      .toEqual([]);
  });
  it('"both sides" does not point to a person and the body named in apposition to them', () => {
    expect(facts('Mary Hill, the UN rights chief, spoke. China urged both sides to hold talks.', [['Mary Hill', 'hill', 'person'], ['UN', 'un', 'organization'], ['China', 'china', 'country']])
      .filter((f) => !f.includes('chief'))).toEqual([]);
  });
  it('with no earlier set, a plural place noun gives no relation (and never the place it is "in")', () => {
    expect(facts('Russia recognized the territories in eastern Ukraine.', [RU, UA])).toEqual([]);
  });
  it('"the North" refers to a recently named "North Korea"', () => {
    const rs = facts("North Korea's media reported it. The letters expressed the North's decision to recognize Kosovo.", [['North Korea', 'nk', 'country'], KOS]);
    expect(rs).toEqual(['nk -recognized-> kosovo']);
  });
});

describe('names the recogniser missed', () => {
  it('a place or person name already resolved elsewhere is found again by exact spelling', () => {
    const { seg, resolved } = build('Donetsk voted. Donetsk rebels held talks with Moscow.', [['Donetsk', 'donetsk', 'region'], capital('Moscow', 'russia')]);
    // drop the second "Donetsk" mention, as a recogniser might
    const second = resolved.mentions.filter((m) => m.text === 'Donetsk')[1]!;
    const trimmed = { ...resolved, mentions: resolved.mentions.filter((m) => m !== second) };
    expect(typed(relate(seg, trimmed, { knowledge: KNOWLEDGE })).map(show)).toEqual(['donetsk -held talks with-> russia']);
  });
  it('organisation names are not re-found (they are often common words)', () => {
    const { seg, resolved } = build('The Independent reported it. Independent officials condemned Russia.', [['Independent', 'independent', 'organization'], RU]);
    const first = resolved.mentions.filter((m) => m.text === 'Independent');
    const trimmed = { ...resolved, mentions: resolved.mentions.filter((m) => m !== first[1]) };
    expect(typed(relate(seg, trimmed, { knowledge: KNOWLEDGE }))).toEqual([]);
  });
});

describe('what gives no typed relation', () => {
  it('boilerplate lines give no relation at all, not even co-occurrence', () => {
    const rs = run('Read Also: Russia attacked Ukraine\nRussia is big.', [RU, UA]);
    expect(rs).toEqual([]);
  });
  it('headings give co-occurrence only', () => {
    const rs = run('Russia Attacks Ukraine\nThe day was calm.', [RU, UA]);
    expect(rs.map((r) => r.kind)).toEqual(['cooccurrence']);
  });
  it('never relates an entity to itself', () => {
    expect(facts('Russia condemned Moscow.', [RU, capital('Moscow', 'russia')])).toEqual([]);
  });
});

describe('co-occurrence', () => {
  it('one relation per pair per sentence, low confidence, first-named first', () => {
    const rs = run('Russia, Ukraine and Russia again. Ukraine and Russia.', [RU, UA]).filter((r) => r.kind === 'cooccurrence');
    expect(rs.map(show)).toEqual(['russia -co-occurs with-> ukraine', 'ukraine -co-occurs with-> russia']);
    expect(rs.every((r) => r.confidence <= 0.3 && r.cameo === null)).toBe(true);
    expect(rs.map((r) => r.evidence[0]!.text)).toEqual(['Russia, Ukraine and Russia again.', 'Ukraine and Russia.']);
  });
});

describe('every relation is well formed', () => {
  it('evidence is a slice of the text, confidence in [0, 1], ids exist', () => {
    const text = "Chinese Foreign Minister Wang Yi met his Indian counterpart. Russia's annexation of Crimea was condemned by France.";
    const m: M[] = [demonym('Chinese', 'china'), demonym('Indian', 'india'), ['Wang Yi', 'wang', 'person'], RU, ['Crimea', 'crimea', 'region'], FR];
    const rs = run(text, m);
    expect(rs.length).toBeGreaterThan(3);
    const ids = new Set(['china', 'india', 'wang', 'russia', 'crimea', 'france']);
    for (const r of rs) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.source).not.toBe(r.target);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(r.kind === 'event').toBe(r.cameo !== null);
    }
  });
});

describe('countries named only by their adjective', () => {
  // The knowledge table knows the demonym; the resolver made no entity of the country (the text never names it).
  const only = (word: string, id: string): M => [word, id, 'country', { metonymy: 'demonym', noEntity: true }];
  const cases: Array<[string, string, M[], string[]]> = [
    ['a title after a demonym: the country is the body', 'German Chancellor Olaf Scholz spoke.', [only('German', 'country:DE'), ['Olaf Scholz', 'scholz', 'person']], ['scholz -chancellor of-> country:DE']],
    ['an organisation after a demonym and its kind', 'The Polish carrier LOT cancelled flights.', [only('Polish', 'country:PL'), ['LOT', 'lot', 'organization']], ['lot -affiliated with-> country:PL']],
    ['an organisation with its kind in apposition after', 'Orlen, the Polish oil refiner, bought a stake.', [only('Polish', 'country:PL'), ['Orlen', 'orlen', 'organization']], ['orlen -affiliated with-> country:PL']],
    ['a kind of organisation after a country name', 'Flights by French airline Air France resumed.', [only('French', 'country:FR'), ['Air France', 'af', 'organization']], ['af -affiliated with-> country:FR']],
    ['a role noun is not a kind of organisation', 'The Polish envoy LOT spoke.', [only('Polish', 'country:PL'), ['LOT', 'lot', 'organization']], []],
    ['the actor of an event', 'Chinese troops attacked Taiwan.', [only('Chinese', 'country:CN'), TW], ['country:CN -attacked-> taiwan']],
    ['a country entity the recogniser left unlinked is found by name, not duplicated', 'German Chancellor Olaf Scholz spoke. Germany voted.', [only('German', 'country:DE'), ['Germany', 'germany', 'country'], ['Olaf Scholz', 'scholz', 'person']], ['scholz -chancellor of-> germany']],
  ];
  it.each(cases)('%s', (_d, text, mentions, expected) => {
    const rs = run(text, mentions);
    expect(typed(rs).map(show).sort()).toEqual(expected);
    // No name of the country in the text: it gives no co-occurrence of its own.
    expect(rs.filter((r) => r.kind === 'cooccurrence' && (r.source.startsWith('country:') || r.target.startsWith('country:')))).toEqual([]);
  });
});
