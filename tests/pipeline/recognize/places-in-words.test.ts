// Places written inside a hyphenated word ("the Geneva-based WHO") are mentions of
// the place, covering its letters only, and say where the organisation (or the
// person an apposition describes) is based; a city's name followed by its state or
// country is the city even where the tagger reads a team ("Cleveland, Ohio"); a noun that only
// names people ("the journalist Kola Ade") makes the name after it a person; a numbered
// formation ("the 6th Fleet") is one organisation.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

const named = (a: ArticleAnalysis, name: string) => a.entities.find((e) => e.name === name);

function relationsOf(a: ArticleAnalysis): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.kind !== 'cooccurrence').map((r) => `${name(r.source)} -${r.kind}:${r.predicate}-> ${name(r.target)}`);
}

describe('a place inside a hyphenated word', () => {
  const cases: Array<[text: string, place: string, type: string, relation: string]> = [
    ['The Geneva-based World Health Organization issued a warning on Monday.', 'Geneva', 'city', 'World Health Organization -location:based in-> Geneva'],
    ['Shares of the Paris-based group Lumiere Media fell 4% on Tuesday.', 'Paris', 'city', 'Lumiere Media -location:based in-> Paris'],
    ['Analysts said the New York-based lender Halvard Capital would cut jobs.', 'New York', 'city', 'Halvard Capital -location:based in-> New York'],
    ['Tom Reed, the Denver-based developer, bought the hotel last year.', 'Denver', 'city', 'Tom Reed -affiliation:based in-> Denver'],
    ['Greenway Holdings, an Ohio-based developer, won the contract.', 'Ohio', 'region', 'Greenway Holdings -location:based in-> Ohio'],
  ];
  it.each(cases)('%s', async (text, place, type, relation) => {
    const [a] = await analyzeTexts([text]);
    const e = named(a!, place);
    expect(e, JSON.stringify(a!.entities.map((x) => x.name))).toBeDefined();
    expect(e!.type).toBe(type);
    // the mention is the place's letters, not the whole word
    for (const m of e!.mentions) expect(text.slice(m.start, m.end)).toBe(place);
    expect(relationsOf(a!)).toContain(relation);
  });

  it('a capitalised word the gazetteer does not know is no place ("Cloud-based")', async () => {
    const [a] = await analyzeTexts(['Cloud-based software from Veltrix Systems is used by 400 banks.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Cloud');
  });

  it('a sentence-initial "The" is no part of the place', async () => {
    const [a] = await analyzeTexts(['The Lisbon-based bank Banco Atlantico reported higher profits.']);
    expect(named(a!, 'Lisbon')?.mentions.map((m) => m.text)).toEqual(['Lisbon']);
    expect(relationsOf(a!)).toContain('Banco Atlantico -location:based in-> Lisbon');
  });
});

describe('a city followed by the state or country that holds it', () => {
  it('is the city even where the tagger reads a sports team', async () => {
    const [a] = await analyzeTexts(['Peter Novak of Cleveland, Ohio, won the regional chess title on Sunday.']);
    expect(named(a!, 'Cleveland')?.type).toBe('city');
    expect(relationsOf(a!)).toContain('Cleveland -location:located in-> Ohio');
  });

  it('a team named without an address stays an organisation', async () => {
    const [a] = await analyzeTexts(['Cleveland beat Detroit 5-3 on Sunday to take the series lead.']);
    expect(named(a!, 'Cleveland')?.type).toBe('organization');
  });
});

describe('a noun that only names people, before a name', () => {
  it('makes the name a person where the tagger reads an organisation', async () => {
    const [a] = await analyzeTexts(['Nigerian police detained the journalist Kola Ade in Abuja.']);
    expect(named(a!, 'Kola Ade')?.type).toBe('person');
    expect(relationsOf(a!)).toContain('Nigeria -event:arrested-> Kola Ade');
  });

  it('not a noun a company is called too ("activist investor Elliott Management")', async () => {
    const [a] = await analyzeTexts(['Activist investor Elliott Management bought a stake in the utility.']);
    expect(named(a!, 'Elliott Management')?.type).toBe('organization');
  });
});

describe('places the tagger leaves out', () => {
  it('an AP state abbreviation after a town and a comma ("Grants, N.M.")', async () => {
    const [a] = await analyzeTexts(['The boy disappeared near his hometown of Grants, N.M. His family searched for weeks.']);
    const state = a!.entities.find((e) => e.mentions.some((m) => m.text === 'N.M.'));
    expect(state?.name).toBe('New Mexico');
    expect(state?.type).toBe('region');
  });

  it('"in the Mediterranean": the sea, not an adjective', async () => {
    const [a] = await analyzeTexts(['The carrier, on duty with the fleet in the Mediterranean, left port early.']);
    expect(a!.entities.find((e) => e.mentions.some((m) => m.text === 'Mediterranean'))?.type).toBe('location');
  });
});

describe('people the shape of a name used to turn into places or organisations', () => {
  it('"Andrew Hall": a place head that is a common surname keeps the tagger\'s person', async () => {
    const [a] = await analyzeTexts(['One of the lawyers, Andrew Hall of Miami, confirmed the settlement on Tuesday.']);
    expect(named(a!, 'Andrew Hall')?.type).toBe('person');
  });

  it('"the Royal Albert Hall" is still a place', async () => {
    const [a] = await analyzeTexts(['Fans gathered at the Royal Albert Hall on Friday.']);
    expect(named(a!, 'Royal Albert Hall')?.type).toBe('location');
  });

  it('a sentence-opening "Former" is cut from the name it is glued to ("Former Philippine first lady ...")', async () => {
    const [a] = await analyzeTexts(['Former Philippine first lady Imelda Marcos topped the list.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Former Philippine');
    expect(relationsOf(a!)).toContain('Imelda Marcos -role:former first lady of-> Philippines');
  });
});

describe('numbered military formations', () => {
  const cases: Array<[string, string]> = [
    ['Treiki disclosed the tests after the U.S. 6th Fleet informed Libyan controllers.', '6th Fleet'],
    ['Troops of the 82nd Airborne Division landed near the airport.', '82nd Airborne Division'],
    ['A battalion of the 12th Brigade in Botoa left for the border.', '12th Brigade'],
  ];
  it.each(cases)('%s', async (text, unit) => {
    const [a] = await analyzeTexts([text]);
    expect(named(a!, unit)?.type, JSON.stringify(a!.entities.map((e) => `${e.name}:${e.type}`))).toBe('organization');
  });

  it('an ordinal before a place that is no formation stays out ("finished 3rd in Paris")', async () => {
    const [a] = await analyzeTexts(['She finished 3rd in Paris last year.']);
    expect(named(a!, 'Paris')?.type).toBe('city');
  });
});

describe('a town\'s name used for a person whose killing, killer or family is spoken of', () => {
  it('"assassin of Lincoln" is the person', async () => {
    const [a] = await analyzeTexts(['This is the farm where John Wilkes Booth, assassin of Lincoln, was cornered.']);
    expect(named(a!, 'Lincoln')?.type).toBe('person');
    expect(relationsOf(a!).some((r) => r.startsWith('John Wilkes Booth -event:') && r.endsWith('-> Lincoln'))).toBe(true);
  });
  it('not a capital ("the son of Paris" stays the city)', async () => {
    const [a] = await analyzeTexts(['The son of Paris returned home.']);
    expect(named(a!, 'Paris')?.type).toBe('city');
  });
});

describe('the body named before a person\'s title', () => {
  it('"Catalent chief executive Alessandro Maselli", Catalent named elsewhere in the article', async () => {
    const [a] = await analyzeTexts(['Novo Holdings agreed to buy Catalent for $16.5 billion. Catalent chief executive Alessandro Maselli said the deal would close in 2024.']);
    expect(named(a!, 'Catalent')?.type).toBe('organization');
    expect(relationsOf(a!)).toContain('Alessandro Maselli -role:chief executive of-> Catalent');
  });
  it('an acronym before the title ("NRC Chairman Lando Zech")', async () => {
    const [a] = await analyzeTexts(['NRC Chairman Lando Zech said the reactor was safe.']);
    expect(named(a!, 'NRC')?.type).toBe('organization');
  });
  it('capitalised words that belong to the title are no body ("Press Secretary", "District Judge")', async () => {
    const [a] = await analyzeTexts(['Press Secretary Dana Lowe spoke first. District Judge Mark Wolf then adjourned the hearing.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Press');
    expect(a!.entities.map((e) => e.name)).not.toContain('District');
  });
});

describe('clubs and cities news names in English', () => {
  it('"Real Betis" is a club, "Arsenal manager Mikel Arteta" names the club before the title', async () => {
    const [a] = await analyzeTexts(['Arsenal have signed Lucas Moreira from Real Betis. Arsenal manager Mikel Arteta said the player would add pace.']);
    expect(named(a!, 'Real Betis')?.type).toBe('organization');
    expect(named(a!, 'Arsenal')?.type).toBe('organization');
    expect(relationsOf(a!)).toContain('Mikel Arteta -role:manager of-> Arsenal');
  });
  it.each([['Seville', 'Sevilla'], ['Cologne', 'Köln'], ['The Hague', 'The Hague'], ['Gothenburg', 'Göteborg']])('"%s" is the city (%s)', async (english) => {
    const [a] = await analyzeTexts([`The talks took place in ${english} on Monday.`]);
    expect(a!.entities.find((e) => e.mentions.some((m) => m.text === english))?.type).toBe('city');
  });
});

describe('names around a title', () => {
  it('"WHO Director-General Tedros Adhanom Ghebreyesus": the acronym owns the title, the given name the tagger left out joins the name', async () => {
    const [a] = await analyzeTexts(['WHO Director-General Tedros Adhanom Ghebreyesus said the agency had sent medical supplies.']);
    expect(named(a!, 'Tedros Adhanom Ghebreyesus')?.type).toBe('person');
    expect(named(a!, 'WHO')?.type).toBe('organization');
    expect(relationsOf(a!)).toContain('Tedros Adhanom Ghebreyesus -role:director-general of-> WHO');
  });
  it('"Congo\'s Therese Kayikwamba Wagner": the given name the tagger left after a possessive joins the name', async () => {
    const [a] = await analyzeTexts(["Angola's president hosted Congo's Therese Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe on Tuesday."]);
    expect(named(a!, 'Therese Kayikwamba Wagner')?.type).toBe('person');
  });
  it('"the head of the agency, Tedros ...": a kind of organisation ending an "of" phrase does not make the name after it one', async () => {
    const [a] = await analyzeTexts(['The head of the agency, Tedros Adhanom Ghebreyesus, said it had sent supplies.']);
    expect(named(a!, 'Tedros Adhanom Ghebreyesus')?.type).toBe('person');
  });
});

describe('names the tagger left out or ran together', () => {
  it('"Equinor, the Norwegian state-controlled energy company,": a name described as a kind of organisation', async () => {
    const [a] = await analyzeTexts(['Equinor, the Norwegian state-controlled energy company, said it planned to build a pipeline.']);
    expect(named(a!, 'Equinor')?.type).toBe('organization');
    expect(relationsOf(a!).some((r) => r.startsWith('Equinor -') && r.endsWith('-> Norway'))).toBe(true);
  });
  it('"Pistorius, the interior minister of Lower Saxony,": a name with a title in apposition is a person', async () => {
    const [a] = await analyzeTexts(['Pistorius, the interior minister of Lower Saxony, spoke on Monday.']);
    expect(named(a!, 'Pistorius')?.type).toBe('person');
  });
  it('"Scholz\'s Social Democrats": a span across a possessive is cut into the owner and the party', async () => {
    const [a] = await analyzeTexts(["Pistorius is a member of Scholz's Social Democrats."]);
    expect(named(a!, 'Social Democrats')?.type).toBe('organization');
    expect(a!.entities.map((e) => e.name)).not.toContain("Scholz's Social Democrats");
  });
});
