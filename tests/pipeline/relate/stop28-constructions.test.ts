// Constructions seen failing on sentences written as new probes of unseen news (stop 28), each tested on other
// sentences of the same shape, written for these tests.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const read = readTypedLines;

describe('"it" after a name with a named possessor is that name ("South Korea\'s Samsung Electronics said it would")', () => {
  it.each([
    ['Norway joined the talks in May. Japan\'s Daikin Industries said it would invest $2 billion in Poland.', 'Daikin Industries -061 invested in (hyp)-> Poland'],
    ['Chile signed the accord in June. Brazil\'s Vale said it would buy Anglo Minerals.', 'Vale -061 acquired (hyp)-> Anglo Minerals'],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    expect(got).toContain(expected);
    // never the previous sentence's subject
    expect(got.filter((r) => /^(Norway|Chile) -061/.test(r))).toEqual([]);
  });
});

describe('"ending months of negotiations" concludes the talks, it does not halt them', () => {
  it.each([
    'Spain signed a fisheries deal with Morocco on Monday, ending two years of negotiations with Rabat.',
    'Peru signed a trade pact with Canada on Friday, ending negotiations with Ottawa that began in 2011.',
  ])('%s', async (text) => {
    expect((await read(text)).filter((r) => r.includes('-164 '))).toEqual([]);
  });
  it('halting stays halting (a guard) ("suspended talks with")', async () => {
    expect(await read('Spain suspended talks with Morocco on Monday.')).toContain('Spain -164 halted talks with-> Morocco');
  });
});

describe('an act ordered is done by who orders it ("ordered the arrest of X")', () => {
  it.each([
    ['Peru\'s Constitutional Tribunal ordered the arrest of Mario Quispe on Monday.', 'Constitutional Tribunal -173 arrested-> Mario Quispe'],
    ['Kenya\'s High Court ordered the release of Daniel Otieno.', 'High Court -084 released-> Daniel Otieno'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('opposing or backing an actor\'s package, budget or bill is opposing or backing the actor', () => {
  it.each([
    ['Slovakia vetoed the European Union\'s aid package for Moldova.', 'Slovakia -129 vetoed-> European Union'],
    ['Austria blocked the European Commission\'s budget on Tuesday.', 'Austria -129 vetoed-> European Commission'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a thing attacked that an actor owns makes the actor the target ("attacked Ukraine\'s power grid")', () => {
  it.each([
    ['Russia attacked Moldova\'s power grid on Monday.', 'Russia -190 attacked-> Moldova'],
    ['Israel bombed Hamas\'s weapons depots in Gaza.', 'Israel -195 bombed-> Hamas'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('prosecutors, investigators and courts of a country act for it; a court in a city is not the city', () => {
  it.each([
    ['Spanish prosecutors charged former minister Rodrigo Sanz with fraud.', 'Spain -173 arrested-> Rodrigo Sanz'],
    ['Belarusian investigators arrested Ihar Losik in Minsk.', 'Belarus -173 arrested-> Ihar Losik'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
  it.each([
    // (a guard for the court nouns added with the prosecutors)
    'A court in Marseille on Tuesday sentenced former mayor Jean Roux to two years in prison.',
    'Police in Rotterdam arrested Pieter Claes on Monday.',
  ])('%s', async (text) => {
    expect((await read(text)).filter((r) => /^(Marseille|Rotterdam) -/.test(r))).toEqual([]);
  });
});

describe('a person\'s lawyer holds the role of that person', () => {
  it('"X\'s lawyer, Y,"', async () => {
    expect(await read('Omar Haddad was charged on Monday. Haddad\'s lawyer, Lina Farouk, said her client would appeal.'))
      .toContain('Lina Farouk -lawyer of-> Omar Haddad');
  });
});

describe('a description after "of the" names another body ("the former head of the Spanish football federation")', () => {
  it('FIFA is not made Spanish by the federation its official once led', async () => {
    const got = await read('FIFA banned Luis Ortega, the former head of the Spanish football federation, for three years.');
    // (a ban on a person is an administrative sanction, 172, since stop 32)
    expect(got).toContain('FIFA -172 banned-> Luis Ortega');
    expect(got.filter((r) => r.startsWith('FIFA -affiliated with'))).toEqual([]);
  });
});

describe('offices stated by a verb or a title the earlier readings did not know', () => {
  it.each([
    // "who had ruled X for N years"
    ['Omar Bongo, who had ruled Gabon for 41 years, died in Barcelona.', 'Omar Bongo -ruler of-> Gabon'],
    // a hyphenated national title, with the dateline's country (basis context)
    ['Vote\n\nLIMA 1996-05-02\n\nThe case was opened by Attorney-General Blanca Nelida Colan, who said the inquiry would go on.', 'Blanca Nelida Colan -attorney-general of-> Peru'],
    ['Vote\n\nFREETOWN 1996-05-02\n\nMilitary ruler Valentine Strasser said he would hand over power in March.', 'Valentine Strasser -military ruler of-> Sierra Leone'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a country owning another body is no subject a bare title in the next sentence speaks for', () => {
  it('"Norway\'s board has said ... The Foreign Minister, X," is not Norway\'s minister', async () => {
    const got = await read('Zambia named a new coach on Monday, weeks after the federation sacked the old one. Zambia hosts Malawi in June. '
      + 'Norway\'s board has said the tour will go ahead. The Foreign Minister, Harald Moe, has urged the board to cancel it.');
    expect(got.filter((r) => r.startsWith('Harald Moe -foreign minister of'))).not.toContain('Harald Moe -foreign minister of-> Norway');
  });
});

describe('stripping of a status and clearing of charges are acts on the person or state', () => {
  it.each([
    ['Peru\'s Supreme Court has stripped the former president, Alberto Fujimori, of immunity from prosecution.', 'Supreme Court -172 stripped-> Alberto Fujimori'],
    ['Brazil, which stripped Paraguay of its trade status in May, said it was concerned.', 'Brazil -172 stripped-> Paraguay'],
    ['Peru\'s Congress voted on Thursday to clear President Pedro Castillo of charges that he took bribes.', 'Congress -084 cleared-> Pedro Castillo'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
  it('"cleared the way" clears no one (a guard)', async () => {
    expect((await read('The ruling in Lima cleared the way for talks between Peru and Chile.')).filter((r) => r.includes('cleared'))).toEqual([]);
  });
});

describe('a company and its parent', () => {
  it.each([
    ['A Belgian court declared shipbuilder Noordzee Werf NV bankrupt after its Danish parent Kattegat Holding AS refused to lend more.', 'Noordzee Werf NV -part of-> Kattegat Holding AS'],
    ['Vireo Systems, the software arm of Munich-based Halder Werke AG, said sales fell.', 'Vireo Systems -part of-> Halder Werke AG'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a country\'s kind of organisation, then its name in apposition', () => {
  it('"Kenya\'s drug regulator, the Pharmacy and Poisons Board, said"', async () => {
    expect(await read('Kenya\'s drug regulator, the Pharmacy and Poisons Board, said it would inspect the plant.'))
      .toContain('Pharmacy and Poisons Board -affiliated with-> Kenya');
  });
});

describe('a nationality description in apposition belongs to the name before it, not to the story\'s organisation', () => {
  it('"Shares in Moet Vins, the French spirits group, fell"', async () => {
    const got = await read('The European Union raised tariffs on Chinese cars. China urged the European Union to drop the tariffs. Shares in Moet Vins, the French spirits group, fell 2 percent in Paris.');
    expect(got).toContain('Moet Vins -affiliated with-> France');
    expect(got.filter((r) => r.startsWith('European Union -affiliated with'))).toEqual([]);
  });
});

describe('a word of tenure between the possessor and the title ("Nepal\'s new foreign minister, X,")', () => {
  it.each([
    ['Laos\'s new foreign minister, Thongsavanh Phomvihane Keo, is expected to fly to Hanoi to seek a meeting with his Vietnamese counterpart, Bui Thanh Son.',
      'Thongsavanh Phomvihane Keo -foreign minister of-> Laos'],
    // (a guard: a tenure word that is part of the title)
    ['Peru\'s interim president, Jose Jeri, said he would not resign.', 'Jose Jeri -interim president of-> Peru'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('shared offices ("co-leader", "co-chair")', () => {
  it.each([
    ['SPD co-leader Saskia Esken was re-elected on Tuesday.', 'Saskia Esken -co-leader of-> SPD'],
    // (a guard: read as the title's head before, by the "of" apposition)
    ['Maria Lopez, the co-chair of the Andean Development Corporation, opened the meeting.', 'Maria Lopez -co-chair of-> Andean Development Corporation'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a lower-case portfolio after "head of" leaves the possessor as the body', () => {
  it.each([
    ['Halden Bank said profits fell. Also named in the suit are Halden\'s former head of wealth management, Ole Brekke, and the fund\'s former manager, Nina Holt.', 'Ole Brekke -former head of-> Halden Bank'],
    ['Halden Bank said profits fell. Halden\'s head of wealth management, Ole Brekke, resigned.', 'Ole Brekke -head of-> Halden Bank'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('"the fund\'s", "the court\'s": a kind of body named once in the article', () => {
  it('the fund\'s former manager is the manager of the article\'s one fund', async () => {
    expect(await read('Halden Bank sold units in the Nordlys Income Fund. The fund\'s former manager, Nina Holt, declined to comment.'))
      .toContain('Nina Holt -former manager of-> Nordlys Income Fund');
  });
  it('an apposition after a comma and "and" belongs to the next person, not the one before', async () => {
    const got = await read('Halden Bank sold units in the Nordlys Income Fund. Also named are Halden\'s head of wealth management, Ole Brekke, and the fund\'s former manager, Nina Holt.');
    expect(got.filter((r) => r.startsWith('Ole Brekke -') && r.includes('manager'))).toEqual([]);
  });
});

describe('a bare national title is never read against a state without that office', () => {
  it.each([
    ['Talks\n\nBONN 1996-09-10\n\nGerman officials said they would meet Prime Minister Shimon Peres next week.', 'Shimon Peres -prime minister of-> Germany'],
    ['Talks\n\nWASHINGTON 1996-09-10\n\nOfficials said Prime Minister John Major would arrive on Monday.', 'John Major -prime minister of-> United States'],
    ['Talks\n\nPARIS 1996-09-10\n\nOfficials said Chancellor Helmut Kohl would arrive on Monday.', 'Helmut Kohl -chancellor of-> France'],
  ])('%s', async (text, wrong) => {
    expect(await read(text)).not.toContain(wrong);
  });
  it('(a guard) where the office exists the context reading stands', async () => {
    expect(await read('Talks\n\nPARIS 1996-09-10\n\nOfficials said Prime Minister Alain Juppe would arrive on Monday.')).toContain('Alain Juppe -prime minister of-> France');
  });
});

describe('a name with a possessive after "and" starts a new phrase when it owns a thing', () => {
  it('"the purchase of X and Y\'s agreement to buy Z": Y is not bought', async () => {
    const got = await read('The deal follows Glencore\'s purchase of Xstrata Mining and Anglo American\'s agreement to buy De Beers.');
    expect(got).toContain('Glencore -061 acquired-> Xstrata Mining');
    expect(got).not.toContain('Glencore -061 acquired-> Anglo American');
  });
  it('(a guard) "hosted Congo\'s X and Rwanda\'s Y" names both guests', async () => {
    const got = await read('Angolan President Joao Lourenco hosted Congo\'s Therese Wagner and Rwanda\'s Olivier Nduhungirehe in Luanda.');
    expect(got).toContain('Joao Lourenco -043 hosted-> Olivier Nduhungirehe');
  });
});

describe('an organisation\'s seat and owner in an apposition', () => {
  it.each([
    ['The money came from Lantau Pearl Advisory, a Hong Kong-registered consultancy.', 'Lantau Pearl Advisory -based in-> Hong Kong'],
    ['The case was brought by the Economic Crime Unit, a unit of the National Crime Agency, which was set up in 2013.', 'Economic Crime Unit -part of-> National Crime Agency'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('an honorific between the comma and the name, and a department before "director"', () => {
  it.each([
    ['Halden Brewing said profits fell. Its chairman, Sir Roger Platt, is expected to step down.', 'Roger Platt -chairman of-> Halden Brewing'],
    ['Police raided the Liberty Seguros cycling team on Monday. Marc Dupuis, the team\'s sporting director, denied wrongdoing.', 'Marc Dupuis -sporting director of-> Liberty Seguros'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a sentence opening in a national capital speaks for its state\'s bare titles', () => {
  it('"In Madrid, Public Works Minister X" in a story datelined Paris is Spain\'s minister', async () => {
    const got = await read('Blockade\n\nPARIS 1996-11-25\n\nFrench farmers blocked roads. In Lisbon, Agriculture Minister Fernando Gomes summoned the French ambassador and said Portuguese exporters were losing money. Portugal said it would act.');
    expect(got).toContain('Fernando Gomes -agriculture minister of-> Portugal');
    expect(got).not.toContain('Fernando Gomes -agriculture minister of-> France');
  });
});

describe('one who accuses the dateline\'s country is not its official', () => {
  it('"ISLAMABAD ... The government of President X accused Pakistan"', async () => {
    const got = await read('Offensive\n\nISLAMABAD 1996-09-12\n\nRebels took the city of Kunduz on Wednesday. The government of President Abdul Karim Nazari accused Pakistan of arming the rebels.');
    expect(got.filter((r) => r.startsWith('Abdul Karim Nazari -president of-> Pakistan'))).toEqual([]);
  });
  it('(a guard) a president who speaks of his own country keeps it', async () => {
    const got = await read('Talks\n\nISLAMABAD 1996-09-12\n\nPresident Farooq Leghari said Pakistan wanted peace with India.');
    expect(got).toContain('Farooq Leghari -president of-> Pakistan');
  });
});

describe('a country after a city and a comma is the city\'s address, not a subject or a topic', () => {
  it('"the IOC, which is based in Lausanne, Switzerland, said it had asked ... Its president, X,"', async () => {
    const got = await read('Sport\'s governing body, the FIS, which is based in Oberhofen, Switzerland, said it had asked the Austrian authorities for the evidence. Its president, Johan Eliasch, insisted the sport was clean.');
    expect(got).toContain('Johan Eliasch -president of-> FIS');
    expect(got.filter((r) => r.startsWith('Switzerland -') || r.endsWith('-> Switzerland') && r.startsWith('Johan'))).toEqual([]);
  });
});

describe('"Moldova\'s president has rejected" is a country subject for the next sentence\'s bare title', () => {
  it('its state\'s own office after the possessive keeps the reading', async () => {
    const got = await read('Estonia\'s president has rejected a Russian proposal on the border.\n\nPresident Alar Kask told parliament in Tallinn that any deal must begin with a withdrawal.');
    expect(got).toContain('Alar Kask -president of-> Estonia');
  });
});

describe('"Its chief executive" after a sentence that opens with an organisation and a comma is that organisation\'s', () => {
  it('not the company named last in the previous sentence', async () => {
    const got = await read('Danone has made an offer for Kerr & Baird. Danone, which is based in Paris, said it would keep the Kerr & Baird name. Its chief executive, Jan Vos, said the deal was a good one.');
    expect(got).toContain('Jan Vos -chief executive of-> Danone');
    expect(got).not.toContain('Jan Vos -chief executive of-> Kerr & Baird');
  });
});
