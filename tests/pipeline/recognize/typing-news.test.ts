// Names of unseen news typed and cut as a reader would (with the shipped tagger), one table
// per construction; every sentence was written for this test, none is taken from a fixture.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import type { EntityType, Mention, NerLabel, TaggedSpan } from '../../../src/types.ts';

const tagger = loadTagger();
function mentions(text: string): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return recognize(seg, tagger.tag(seg));
}
/** The types of the mentions of exactly `name`. */
const typesOf = (text: string, name: string) => mentions(text).filter((m) => m.text === name).map((m) => m.type);

describe('an organisation the tagger reads as a person, by what is said of it', () => {
  const cases: Array<[string, string, EntityType]> = [
    // a relative "which" is said of a thing
    ['Marit Solberg, which builds ships in Bergen, cut 300 jobs on Monday.', 'Marit Solberg', 'organization'],
    // an office only an organisation has, after its possessive
    ['Jonas Berg, Osterlind Kraft\'s deputy chief executive, said a deal was close.', 'Osterlind Kraft', 'organization'],
    // look-alikes: a person's chief of staff, a person before "who"
    ['Ivar Holm, Smith\'s chief of staff, said nothing.', 'Smith', 'person'],
    ['Marit Solberg, who builds ships in Bergen, cut 300 jobs on Monday.', 'Marit Solberg', 'person'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });
});

describe('a person behind a title: the title is not the name, nor makes it a body', () => {
  const cases: Array<[string, string, EntityType]> = [
    // a title before a two-word name whose surname is also a body's or a place's head word
    ['"The vote must stand," British Ambassador Thomas Bridge told reporters in Lima.', 'Thomas Bridge', 'person'],
    // a name the tagger read as a body, after a person's title and a comma
    ['The country\'s new finance minister, Rajendra Nath Ghimire, said the budget was ready.', 'Rajendra Nath Ghimire', 'person'],
    // the look-alike: a company's name opening with a title-like word
    ['General Electric said orders rose.', 'General Electric', 'organization'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });

  it('an honorific the tagger took for the name ("Ratu") is no person: the name after it is', () => {
    const found = mentions('The report was handed to President Ratu Sir Josefa Vunibola on Monday.').filter((m) => m.type === 'person');
    expect(found.map((m) => m.text)).toEqual(['Josefa Vunibola']);
    // the office before the honorifics is the person's title
    expect(found[0]!.title).toBe('president');
  });
});

describe('a body\'s long name the tagger cut is one organisation', () => {
  const cases: Array<[string, string]> = [
    // "<lead word> of" before the span
    ['League of Arab States Secretary-General Amr Hamdi said the summit would go ahead.', 'League of Arab States'],
    // a field and "and" inside the name, with the nationality word that opens it
    ['The Norwegian Oil and Gas Association said output would rise.', 'Norwegian Oil and Gas Association'],
    // the generic words of a body named after its place, after the place
    ['The Solomon Islands Police Force said two men were arrested.', 'Solomon Islands Police Force'],
    ['Australian-funded training had given the Royal Tonga Police Force new powers.', 'Royal Tonga Police Force'],
  ];
  it.each(cases)('%s', (text, name) => {
    const found = mentions(text).filter((m) => m.type === 'organization');
    expect(found.map((m) => m.text)).toEqual([name]);
  });

  it('a title and a person after a place are not taken into a body\'s name', () => {
    const found = mentions('"We are watching closely," U.S. Ambassador Anne Service told reporters on Monday.');
    expect(found.filter((m) => m.type === 'organization')).toEqual([]);
    expect(found.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Anne Service']);
  });
});

describe('places and bodies the tagger types as something else', () => {
  const cases: Array<[string, string, EntityType[]]> = [
    // a name before the lower-case noun of a natural feature is that feature
    ['The firm plans a plant in the Coipasa salt flat near the border.', 'Coipasa', ['location']],
    // a body's head word no place's name ends on
    ['Uganda\'s High Court on Friday struck down the law.', 'High Court', ['organization']],
    // "the department of X": the division, not the town of its name
    ['The company will build a plant in the southeastern department of Tarija. Workers in Tarija welcomed the news.', 'Tarija', ['region', 'region']],
    ['Gas was found in the eastern department of Beni. Officials in Beni said output would start next year.', 'Beni', ['region', 'region']],
  ];
  it.each(cases)('%s', (text, name, types) => {
    expect(typesOf(text, name)).toEqual(types);
  });
});

describe('a body or state named inside "<Name>-led", "-backed", "-owned"', () => {
  const cases: Array<[string, string, EntityType]> = [
    ['A BYD-led group of investors bid for the mine on Monday.', 'BYD', 'organization'],
    ['Troops of the NATO-led mission patrolled the border.', 'NATO', 'organization'],
    ['A KZT-owned tanker was seized on Monday.', 'KZT', 'organization'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    const found = mentions(text).filter((m) => m.text === name);
    expect(found.map((m) => m.type)).toEqual([type]);
    // the mention covers the name's letters, not the hyphenated word
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(name);
  });

  it('a nationality word before "-led" stays a nationality word', () => {
    const found = mentions('Saudi-led forces struck the port overnight.');
    expect(found.map((m) => [m.text, m.metonymy])).toEqual([['Saudi-led', 'demonym']]);
  });
});

describe('a territory that is part of another state is that state\'s region', () => {
  const cases: Array<[string, string, string]> = [
    // [sentence, name, gazetteer id]
    ['The satellite was launched from Kourou in French Guiana on Tuesday.', 'French Guiana', 'region:FR-973'],
    ['Shares of the Macau-listed casino operator fell on Monday.', 'Macau', 'region:CN-MO'],
    ['Sugar cane growers in Guadeloupe went on strike.', 'Guadeloupe', 'region:FR-971'],
    // a state with a region entry of another country's data stays the state
    ['Taiwan said on Monday it would buy more missiles.', 'Taiwan', 'country:TW'],
  ];
  it.each(cases)('%s', (text, name, id) => {
    const found = mentions(text).filter((m) => m.text === name);
    expect(found.map((m) => m.gazetteerId)).toEqual([id]);
  });

  it('Hong Kong is the city or the region of China, not a country', () => {
    const found = mentions('Protesters marched through Hong Kong on Sunday.').filter((m) => m.text === 'Hong Kong');
    expect(found.map((m) => m.type)).toHaveLength(1);
    expect(['city', 'region']).toContain(found[0]!.type);
  });
});

describe('organisations by the words around them, and their whole names', () => {
  const cases: Array<[string, string, EntityType]> = [
    // both names listed after a plural kind of organisation
    ['The armed groups Ansar Dine and Katiba Macina signed the pact on Friday.', 'Ansar Dine', 'organization'],
    ['The armed groups Ansar Dine and Katiba Macina signed the pact on Friday.', 'Katiba Macina', 'organization'],
    ['The plan drew criticism from rights groups, including Amnesty Nordic, on Monday.', 'Amnesty Nordic', 'organization'],
    // a last word no surname is
    ['Financing for Kestrel Acquisitions was arranged by two banks.', 'Kestrel Acquisitions', 'organization'],
    ['Talks between Marcus Webb and Clayton Freight broke down.', 'Clayton Freight', 'organization'],
    ['Talks between Marcus Webb and Clayton Freight broke down.', 'Marcus Webb', 'person'],
    // a word and an acronym joined by a hyphen
    ['Supporters of the ruling Fidesz-KDNP marched on Sunday.', 'Fidesz-KDNP', 'organization'],
    // the Arabic article before a listed name; a hyphened particle that goes on with a place's name
    ['Police arrested two members of an al Shabaab cell in Mombasa.', 'al Shabaab', 'organization'],
    ['The talks will be held in the resort of Marsa el-Brega next week.', 'Marsa el-Brega', 'location'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });
});

/** Mentions from the rules over the given tagger spans (each a surface form and its label, in order), to see a cut put back. */
function mentionsOver(text: string, spans: Array<[string, NerLabel]>): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  const words = seg.tokens.map((t) => t.text);
  const tagged: TaggedSpan[] = [];
  let from = 0;
  for (const [surface, label] of spans) {
    const parts = surface.split(' ');
    const start = words.findIndex((w, k) => k >= from && parts.every((p, j) => words[k + j] === p));
    if (start < 0) throw new Error(`no "${surface}" in the test sentence`);
    tagged.push({ start, end: start + parts.length, label });
    from = start + parts.length;
  }
  return recognize(seg, tagged);
}

describe('a body\'s name the tagger cut before "for" or "of <country>" is put back', () => {
  const cases: Array<[string, Array<[string, NerLabel]>, string]> = [
    // [sentence, the tagger's spans, the organisation's name]
    ['Economists at the Centre for European Renewal warned of delays.', [['Centre', 'LOC'], ['European Renewal', 'MISC']], 'Centre for European Renewal'],
    ['The Law Society of Zambia, which brought the case, welcomed the ruling.', [['Law Society', 'ORG'], ['Zambia', 'LOC']], 'Law Society of Zambia'],
  ];
  it.each(cases)('%s', (text, spans, name) => {
    expect(mentionsOver(text, spans).filter((m) => m.type === 'organization').map((m) => m.text)).toEqual([name]);
  });

  it('a body and the country it belongs to stay two when the name goes on ("of Zambia\'s")', () => {
    const found = mentionsOver('The Law Society of Zambia\'s president resigned.', [['Law Society', 'ORG'], ['Zambia', 'LOC']]);
    expect(found.map((m) => [m.text, m.type])).toEqual([['Law Society', 'organization'], ['Zambia', 'country']]);
  });
});

describe('a firm named by the people who work at it', () => {
  const cases: Array<[string, string, EntityType]> = [
    ['Analysts at Kepler said the bid was too low.', 'Kepler', 'organization'],
    ['A fans\' group, Irmandade Verde, said it had not been consulted.', 'Irmandade Verde', 'organization'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });
});

describe('descriptions kept out of names, and names given their opening word', () => {
  const cases: Array<[string, string, EntityType]> = [
    // a belief adjective before a lower-case noun describes the body named before it
    ['The Hezbollah Islamic movement, which opposes the deal, condemned the meeting.', 'Hezbollah', 'organization'],
    // a nationality word after an adverb of degree describes the party
    ['Mahendra Singh, leader of the mainly Indo-Fijian Labour Unity Party, welcomed the report.', 'Labour Unity Party', 'organization'],
    // the word opening the sentence belongs to a country-named body described in apposition
    ['Cycling Ghana, the national federation, had cleared the rider.', 'Cycling Ghana', 'organization'],
    // a kind of organisation in apposition
    ['Frei Asyl, a German advocacy organisation, warned of the risks.', 'Frei Asyl', 'organization'],
    // a kind after "of" is what a person belongs to
    ['Tom Riley, a leader of the union, said the strike would go on.', 'Tom Riley', 'person'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });

  it('"Indo-Fijian" is a nationality word of Fiji', () => {
    const found = mentions('Indo-Fijian farmers protested on Monday.').filter((m) => m.text === 'Indo-Fijian');
    expect(found.map((m) => [m.metonymy, m.gazetteerId])).toEqual([['demonym', 'country:FJ']]);
  });

  it('a name of a person\'s shape the tagger read as miscellaneous, right after a title, is the person', () => {
    const found = mentionsOver('Daewoo Shipbuilding chief executive Park Doo-sun said orders rose.', [['Daewoo Shipbuilding', 'ORG'], ['Park Doo-sun', 'MISC']]);
    expect(found.filter((m) => m.text === 'Park Doo-sun').map((m) => [m.type, m.title])).toEqual([['person', 'chief executive']]);
  });
});

describe('places by their setting', () => {
  it('a name listed after a plural noun for places is the place, whatever the tagger read', () => {
    const found = mentions('Israel agreed to hand over five West Bank towns, including Jericho and Tulkarm, to Palestinian police.');
    expect(found.filter((m) => m.text === 'Jericho').map((m) => m.type)).toEqual(['city']);
  });

  it('the place of a wire dateline the tagger left out', () => {
    const found = mentions('Court resumes war crimes trial\n\nTHE HAGUE - Judges said on Tuesday the trial of Radovan Karadzic would resume.');
    expect(found.filter((m) => m.text === 'THE HAGUE').map((m) => [m.type, m.gazetteerId])).toEqual([['city', 'city:2747373']]);
  });
});

describe('a country\'s name that is also another country\'s division', () => {
  const cases: Array<[string, string]> = [
    // [sentence, gazetteer id of "Georgia"]
    ['Hyundai is ramping up output at its plant in Georgia to avoid new U.S. tariffs on imported cars.', 'region:US-GA'],
    // the country: its possessive, its nationality word or its capital in the article
    ['Georgia\'s president met U.S. officials in Washington on Monday.', 'country:GE'],
    ['Georgian troops and U.S. advisers trained near the border of Georgia.', 'country:GE'],
    ['The U.S. envoy arrived in Georgia on Monday for talks in Tbilisi.', 'country:GE'],
  ];
  it.each(cases)('%s', (text, id) => {
    expect(mentions(text).filter((m) => m.text === 'Georgia').map((m) => m.gazetteerId)).toEqual([id]);
  });
});

describe('more readings of a name from its neighbours', () => {
  it('a tagger person with its acronym in brackets, its initials among the letters, is a body; a byline\'s agency is not', () => {
    const body = mentionsOver('The hostages were held by Katiba Ansar al-Sunna (KAS), a group active across the Sahel.', [['Katiba Ansar al-Sunna', 'PER'], ['KAS', 'ORG']]);
    expect(body.filter((m) => m.text === 'Katiba Ansar al-Sunna').map((m) => m.type)).toEqual(['organization']);
    const byline = mentionsOver('Reporter John Smith (AP) filed the story.', [['John Smith', 'PER'], ['AP', 'ORG']]);
    expect(byline.filter((m) => m.text === 'John Smith').map((m) => m.type)).toEqual(['person']);
  });

  it('the number of a station is part of its name', () => {
    expect(typesOf('The minister told BBC Radio 5 on Monday that the plan would go ahead.', 'BBC Radio 5')).toEqual(['organization']);
  });

  it('a town\'s name and a compass word the tagger read as a body is a part of the town', () => {
    const found = mentionsOver('Mr Hale, who has represented Leeds Central since 2001, resigned.', [['Hale', 'PER'], ['Leeds Central', 'ORG']]);
    expect(found.filter((m) => m.text === 'Leeds Central').map((m) => m.type)).toEqual(['location']);
  });
});

describe('a country next to a division of its name elsewhere', () => {
  it('"neighbouring Niger" in a story about Nigeria stays the country (only U.S. states are named bare)', () => {
    const text = 'Gunmen killed 12 people in Nigeria\'s Zamfara state, police said. In neighbouring Niger, the junta expelled the French ambassador.';
    expect(mentions(text).filter((m) => m.text === 'Niger').map((m) => m.gazetteerId)).toEqual(['country:NE']);
  });
});

describe('shops and newspapers', () => {
  it('a newspaper\'s last word is no surname', () => {
    expect(typesOf('The story was first reported by Rhein Zeitung on Monday.', 'Rhein Zeitung')).toEqual(['organization']);
  });

  it('a name after "chain" the tagger left out is an organisation', () => {
    const found = mentionsOver('Mr Green already owns the department store chain Bhs and two other retailers.', [['Green', 'PER']]);
    expect(found.filter((m) => m.text === 'Bhs').map((m) => m.type)).toEqual(['organization']);
  });
});

describe('an ordinal opening a place\'s name', () => {
  it('"the Second Mischief Shoal" is one place, though the tagger took only the rest as a person', () => {
    const found = mentionsOver('Chinese vessels blocked a supply boat near the Second Mischief Shoal on Tuesday.', [['Mischief Shoal', 'PER']]);
    expect(found.filter((m) => m.type !== 'country').map((m) => [m.text, m.type])).toEqual([['Second Mischief Shoal', 'location']]);
  });

  it('a sentence-opening ordinal is no part of the name', () => {
    const found = mentionsOver('Second, Mischief Shoal is disputed.', [['Mischief Shoal', 'LOC']]);
    expect(found.map((m) => m.text)).toEqual(['Mischief Shoal']);
  });
});

describe('utilities, unions and names repeated untagged', () => {
  const cases: Array<[string, string, EntityType]> = [
    ['Severn Dee Water and Anglian Water said they had agreed deals.', 'Anglian Water', 'organization'],
    ['Workers at Wessex Water voted to strike, the GMB union said.', 'GMB', 'organization'],
    ['Workers at Wessex Water voted to strike, the GMB union said.', 'Wessex Water', 'organization'],
    // a nationality or place word glued to "-backed" before "group" is no union's or group's name
    ['Hours later the Iran-backed group fired rockets at the border.', 'Iran', 'country'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });

  it('a name the tagger found in the body is that name in the headline too, where the tagger cut it', () => {
    const text = 'Unions reject Wessex Water pay offer\n\nWorkers at Wessex Water voted to strike on Tuesday after rejecting a pay offer.';
    const found = mentionsOver(text, [['Water', 'PER'], ['Wessex Water', 'LOC']]);
    expect(found.map((m) => [m.text, m.type])).toEqual([['Wessex Water', 'organization'], ['Wessex Water', 'organization']]);
  });
});

describe('a name the tagger cut at a joining word', () => {
  it('two person spans across a patronymic are one person', () => {
    const found = mentionsOver('The deal follows talks with Emir Sheikh Nasser bin Khalid Al Sabah last year.', [['Nasser', 'PER'], ['Khalid Al Sabah', 'PER']]);
    expect(found.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Nasser bin Khalid Al Sabah']);
  });

  it('an organisation span and a Romance "of" go on with the name after it', () => {
    const found = mentionsOver('The campaign group Instituto do Mar criticised the deal.', [['Instituto', 'ORG'], ['Mar', 'PER']]);
    expect(found.map((m) => [m.text, m.type])).toEqual([['Instituto do Mar', 'organization']]);
  });
});

describe('"state" after a name', () => {
  const cases: Array<[string, string, EntityType]> = [
    // an adjective of the noun after it: the city stays the city
    ['The reporter was arrested while covering a protest in Yangon, state television said.', 'Yangon', 'city'],
    // the division's noun
    ['Troops were deployed in Kano state after the riots.', 'Kano', 'region'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });
});

describe('parties by their plural name, postal companies', () => {
  it('"the Conservatives" the tagger read as a body is the party', () => {
    const found = mentionsOver('The Conservatives accused the chancellor of raiding savings.', [['Conservatives', 'ORG']]);
    expect(found.map((m) => [m.text, m.type])).toEqual([['Conservatives', 'organization']]);
  });

  it('a company ending in "Mail" the tagger read as a person', () => {
    const found = mentionsOver('Firms such as Royal Mail still faced large deficits.', [['Royal Mail', 'PER']]);
    expect(found.map((m) => [m.text, m.type])).toEqual([['Royal Mail', 'organization']]);
  });
});

describe('a day of the week', () => {
  it('is no one\'s name, even with a title in apposition after it', () => {
    const found = mentionsOver('Rebels captured the town of Uvira on Saturday, a spokesman for the alliance said.', [['Uvira', 'LOC'], ['Saturday', 'PER']]);
    expect(found.map((m) => m.text)).toEqual(['Uvira']);
  });
});

describe('churches, parties and a last name left out', () => {
  const cases: Array<[string, string, EntityType]> = [
    ['The Anglican Church welcomed the agreement on Friday.', 'Anglican Church', 'organization'],
    ['Senator Ana Lucia Ferraz of the Democratic Renewal party criticised it.', 'Democratic Renewal', 'organization'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    const found = mentionsOver(text, name === 'Anglican Church' ? [['Anglican Church', 'LOC']] : [['Ana Lucia', 'PER'], ['Democratic Renewal', 'MISC']]);
    expect(found.filter((m) => m.text === name).map((m) => m.type)).toEqual([type]);
  });

  it('a person\'s last name the tagger left out joins the name; a name the article uses as something else does not', () => {
    const found = mentionsOver('Senator Ana Lucia Ferraz of the Democratic Renewal party criticised it.', [['Ana Lucia', 'PER'], ['Democratic Renewal', 'MISC']]);
    expect(found.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Ana Lucia Ferraz']);
    const place = mentionsOver('They met Ana Lucia Paris on Monday.', [['Ana Lucia', 'PER']]);
    expect(place.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Ana Lucia']);
  });
});

describe('a prose sentence full of titled names is not a Title Case headline', () => {
  // the article writes "president" in lower case elsewhere; the titled sentence has a lower-case verb and a full stop
  const cases: Array<[string, string, EntityType]> = [
    ['The president spoke first. Chilean President Ana Morales welcomed Peruvian President Luis Ortega in Santiago.', 'Ana Morales', 'person'],
    ['The president spoke first. Chilean President Ana Morales welcomed Peruvian President Luis Ortega in Santiago.', 'Luis Ortega', 'person'],
  ];
  it.each(cases)('%s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });
});
