// Constructions seen failing on this stop's honest first readings (Reuters 1996 development documents and the fresh
// articles 46-61), each tested on other sentences of the same shape, in both voices where there are two.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';
import { readTypedLines, typedLines } from './typed-lines.ts';

const read = readTypedLines;
const typed = (a: ArticleAnalysis) => typedLines(a, { hypothetical: true });

describe('meetings and talks', () => {
  it.each([
    ['Lars Olsen planned to meet his Danish counterpart Mette Holm and Danish President Karl Berg.', ['Lars Olsen -040 met (hyp)-> Mette Holm', 'Lars Olsen -040 met (hyp)-> Karl Berg']],
    ['Anna Weber was expected to meet Prime Minister Jonas Lind and opposition leader Per Dahl for talks.', ['Anna Weber -040 met (hyp)-> Jonas Lind', 'Anna Weber -040 met (hyp)-> Per Dahl']],
    ['Jean Morel and Ahmed Haddad started a new round of peace talks on Monday.', ['Jean Morel -046 held talks with-> Ahmed Haddad']],
    ['Jean Morel later discussed with Ahmed Haddad a draft ceasefire.', ['Jean Morel -040 held discussions with-> Ahmed Haddad']],
    ['Jean Morel said he had a telephone conversation with Ahmed Haddad on Thursday.', ['Jean Morel -040 held discussions with-> Ahmed Haddad']],
    ['Karl Berg said on Monday after a meeting with Per Dahl that the plan needed work.', ['Karl Berg -040 met-> Per Dahl']],
    ['Representatives from Serbia and Kosovo held talks in Brussels on Tuesday.', ['Serbia -046 held talks with-> Kosovo']],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it('a meeting still to come in a time phrase is no meeting ("before talks with")', async () => {
    const got = await read('Karl Berg spoke to reporters before talks with Per Dahl.');
    expect(got.filter((r) => r.startsWith('Karl Berg -04'))).toEqual([]);
  });
});

describe('diplomatic acts', () => {
  it.each([
    ['Hungary revived diplomatic ties at ambassadorial level with Libya in May.', 'Hungary -050 established ties with-> Libya'],
    ['Yasser Hamdan, who made an interim peace deal with Jordan in 1994, says talks will resume.', 'Yasser Hamdan -057 signed agreement with-> Jordan'],
    ['Austria supported European Union efforts to persuade Turkey to reopen the border.', 'Austria -051 supported-> European Union'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('a subjectless -ing clause shares its governor\'s mood ("will meet X before visiting Y")', async () => {
    const got = await read('Marek Nowak will meet Serbian President Slobodan Milosevic in Belgrade, before visiting Montenegro.');
    expect(got).toContain('Marek Nowak -042 visited (hyp)-> Montenegro');
    expect(got).not.toContain('Marek Nowak -042 visited-> Montenegro');
  });
});

describe('sanctions and their follow-up lists', () => {
  it('"Those targeted include" and "The measures also cover" name targets of the sanction read before', async () => {
    const got = await read('Australia imposed sanctions on Friday on six Russian officials accused of abuses, the foreign minister said. '
      + 'Those targeted include Igor Petrov, a prison governor, and Oleg Sokolov. The measures also cover Northline Logistics, a Moscow company.');
    expect(got).toContain('Australia -163 sanctioned-> Russia');
    expect(got).toContain('Australia -163 sanctioned-> Igor Petrov');
    expect(got).toContain('Australia -163 sanctioned-> Oleg Sokolov');
    expect(got).toContain('Australia -163 sanctioned-> Northline Logistics');
  });

  it('a list with no sanction before it names no targets', async () => {
    const got = await read('Those invited include Igor Petrov and Oleg Sokolov. The guests also include Northline Logistics.');
    expect(got.filter((r) => r.includes('sanctioned'))).toEqual([]);
  });
});

describe('roles', () => {
  it.each([
    ['President Ana Silva on Friday removed Paulo Reis as governor of the Bank of Mozambique.', 'Paulo Reis -governor of-> Bank of Mozambique'],
    ['The opposition Liberal Front, whose leader Tomas Varga called the vote unfair, will appeal.', 'Tomas Varga -leader of-> Liberal Front'],
    ["Security Council members asked him to call in Israel 's charge d'affaires , David Peleg .", "David Peleg -charge d'affaires of-> Israel"],
    ['The source said Georgian presidential adviser Levan Kipiani met reporters.', 'Levan Kipiani -presidential adviser of-> Georgia'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('the country named nearest before a national title blocks the article\'s country', async () => {
    const got = await read('CAIRO - Egypt condemned Israel\'s settlement policy and said Prime Minister Benjamin Netanyahu was preparing for war.');
    expect(got).not.toContain('Benjamin Netanyahu -prime minister of-> Egypt');
  });

  it('a nationality word describing officials does not block it', async () => {
    const got = await read('OTTAWA - Canada imposed sanctions on eight Iranian officials, Foreign Minister Melanie Joly said.');
    expect(got).toContain('Melanie Joly -foreign minister of-> Canada');
  });
});

describe('organisations and places', () => {
  it.each([
    ['The measures also cover a Minsk company, Belvar Systems, that supplied cameras.', 'Belvar Systems -based in-> Minsk'],
    ['Halvorsen Capital, an American investment fund led by Ruth Cole, bought the stake.', 'Halvorsen Capital -affiliated with-> United States'],
    ['The contract went to an Italian firm, Orbis Vettori.', 'Orbis Vettori -affiliated with-> Italy'],
    ["Workers at Tata Motors' factories in Pune walked out on Monday.", 'Tata Motors -has facilities in-> Pune'],
    ['Halvorsen Capital has completed its purchase of a 60% stake in Danish football club Randers FC.', 'Halvorsen Capital -061 acquired-> Randers FC'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('the learned classifier puts no state inside a region ("Palestinians in the West Bank")', async () => {
    const got = await read('Palestinians in the West Bank and Gaza observed a strike on Thursday.');
    expect(got.filter((r) => r.includes('located in'))).toEqual([]);
  });
});

describe('names', () => {
  it('"Union" and "the union" stand for the article\'s one organisation ending in Union', async () => {
    const [a] = await analyzeTexts(['The Korean Metal Workers\' Union called a strike at Hyundai Motor. Union leader Park Sang-hoon said talks had failed. Chief executive Jose Munoz urged the union to return to the table.']);
    const got = typed(a!);
    expect(got).toContain("Park Sang-hoon -leader of-> Korean Metal Workers' Union");
    expect(a!.entities.map((e) => e.name)).not.toContain('Union');
  });

  it('a name the article gives a person\'s title stays a person where the tagger reads an organisation', async () => {
    const [a] = await analyzeTexts(['German Defence Minister Volker Ruehe will visit Israel next week. Volker Ruehe planned to meet Ezer Weizman.']);
    expect(a!.entities.filter((e) => e.name === 'Volker Ruehe').map((e) => e.type)).toEqual(['person']);
  });

  it('"Bosnia" and "Bosnian" are Bosnia and Herzegovina; "Azeri" is Azerbaijan', async () => {
    const [a] = await analyzeTexts(['Bosnian President Alija Izetbegovic met Azeri officials in Sarajevo. Bosnia wants closer ties.']);
    const ids = a!.entities.filter((e) => e.type === 'country').map((e) => e.gazetteerId).sort();
    expect(ids).toEqual(['country:AZ', 'country:BA']);
    expect(typed(a!).filter((r) => r.startsWith('Alija Izetbegovic -president of->'))).toHaveLength(1);
  });
});

describe('second batch: the fresh articles 46-61', () => {
  it.each([
    ['Chile is in talks with Peru\'s Andes Mining and with a Spanish firm, Solera Energia, about the lithium project.', ['Chile -046 held talks with-> Andes Mining', 'Chile -046 held talks with-> Solera Energia']],
    ['Norvik Labs was founded in 2011 by Ingrid Holm, a former chemist.', ['Ingrid Holm -founder of-> Norvik Labs']],
    ['The far-right Vox party gained seats. Vox, founded by Ivan Moreno in 2013, came third.', ['Ivan Moreno -founder of-> Vox']],
    ['Vilnius lodged a protest with Minsk after the incident. The Liberal leader, Ona Kairiene, said the Liberal Movement would back the government.', ['Ona Kairiene -leader of-> Liberal Movement']],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it('a surname the tagger reads as a country stays the person ("Montenegro, whose government")', async () => {
    const [a] = await analyzeTexts(['Prime Minister Luis Montenegro won the vote. Montenegro, whose minority government collapsed in March, said he would govern.']);
    expect(a!.entities.filter((e) => e.type === 'country').map((e) => e.name)).not.toContain('Montenegro');
  });

  it('a name after "charity" is an organisation even when the tagger reads a person', async () => {
    const [a] = await analyzeTexts(['Anna Ricci, who worked for the Turin-based charity Mani Unite, was released on Friday.']);
    expect(a!.entities.find((e) => e.name === 'Mani Unite')?.type).toBe('organization');
  });

  it('"It plans to buy X from Y": the pronoun subject of a planning verb', async () => {
    expect(await read('Bulgaria raised its defence budget. It plans to buy fighter jets from Sweden.')).toContain('Bulgaria -061 bought from (hyp)-> Sweden');
  });

  it('a lower-case description the tagger took for a name is no entity', async () => {
    const [a] = await analyzeTexts(['The officials work for the French interior ministry.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('interior ministry');
  });
});

describe('third batch: Reuters 1996 development documents', () => {
  it.each([
    ['Turkey, a NATO member, objected to the plan.', 'Turkey -member of-> NATO'],
    ['Hungary is also a founding member of the European Union.', 'Hungary -member of-> European Union'],
    ['Kazakhstan was an OSCE member and it was not the organisation\'s policy to challenge members.', 'Kazakhstan -member of-> OSCE'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('a former member is no member', async () => {
    expect((await read('Greece, a former member of the Warsaw Pact, objected.')).filter((r) => r.includes('member of'))).toEqual([]);
  });

  it('Bonn stood for the German state in 1996 copy', async () => {
    const got = await read('BONN 1996-08-30\nForeign Ministry spokesman Martin Erdmann told reporters Bonn supported European Union efforts to persuade Israel.');
    expect(got).toContain('Germany -051 supported-> European Union');
  });

  it('"security chief X" in a Moscow-datelined story is an office of Russia', async () => {
    const got = await read('MOSCOW 1996-08-30\nPrime Minister Viktor Chernomyrdin said security chief Oleg Lobov had a plan.');
    expect(got).toContain('Oleg Lobov -security chief of-> Russia');
  });

  it('a country named by a short form is also found by the gazetteer\'s name', async () => {
    const [a] = await analyzeTexts(['Bosnia will hold elections in September.']);
    expect(a!.entities.find((e) => e.gazetteerId === 'country:BA')?.aliases).toContain('Bosnia and Herzegovina');
  });
});

describe('fourth batch: the fresh articles 62-73 (BBC 2004-05 and Reuters 1996 styles)', () => {
  it.each([
    ['Uganda and Rwanda were to meet in Arusha next week.', 'Uganda -040 met (hyp)-> Rwanda'],
    ['Netanyahu shook hands with Arafat at the Erez crossing.', 'Netanyahu -040 shook hands with-> Arafat'],
    ['Gerhard Schroeder sided with Jacques Chirac over the rebate.', 'Gerhard Schroeder -051 sided with-> Jacques Chirac'],
    ['A Hamas spokesman in Gaza, Sami Abu Zuhri, rejected the plan.', 'Sami Abu Zuhri -spokesman of-> Hamas'],
    ['Tendai Moyo, a local MDC organiser, was arrested.', 'Tendai Moyo -organiser of-> MDC'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('a Westminster story without the word "Britain" has Britain as its country; a noun-modifying name does not count', async () => {
    const got = await read('Blair defends record\n\nTony Blair has defended his handling of the Iraq war. Mr Blair told MPs he had acted in good faith. '
      + 'Chancellor Gordon Brown backed the prime minister. The Iraq inquiry will report in May. Tory MPs were not convinced.');
    expect(got.some((r) => /^Gordon Brown -chancellor of-> (?:United Kingdom|Britain)$/.test(r))).toBe(true);
    expect(got.filter((r) => r.endsWith('-> Iraq') && r.includes('chancellor'))).toEqual([]);
  });

  it('a story filed from Luxembourg about Britain reads an unqualified prime minister as Britain\'s', async () => {
    const got = await read('LUXEMBOURG 1996-08-30\nEU farm ministers refused to lift the ban on British beef. Britain said the ban was unjust and Britain would fight it. '
      + 'Prime Minister John Major said Britain would block EU business.');
    expect(got.some((r) => /^John Major -prime minister of-> (?:United Kingdom|Britain)$/.test(r))).toBe(true);
  });

  it('peoples own no titles ("Hutu President X")', async () => {
    const [a] = await analyzeTexts(['The army ousted Hutu President Sylvestre Ntibantunganya on Thursday.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Hutu');
  });

  it('a body\'s name goes on after "for the" ("National Council for the Defence of Democracy")', async () => {
    const [a] = await analyzeTexts(['Leonard Nyangoma, leader of the National Council for the Defence of Democracy, spoke from exile.']);
    expect(a!.entities.map((e) => e.name)).toContain('National Council for the Defence of Democracy');
  });
});

describe('a title of a country standing for its holder', () => {
  it('"the Palestinian leader" after "Palestinian President Yasser Arafat" is Arafat', async () => {
    const got = await read('Palestinian President Yasser Arafat arrived in Gaza. Netanyahu has refused to meet the Palestinian leader since taking office.');
    expect(got.some((r) => r.startsWith('Netanyahu -040 met') && r.endsWith('-> Yasser Arafat'))).toBe(true);
    expect(got.filter((r) => r.startsWith('Netanyahu -040 met') && r.endsWith('-> Palestine'))).toEqual([]);
  });
});

describe('offices left and offices run', () => {
  it.each([
    ['Radovan Karadzic stepped down as president of the Serb Democratic Party in July.', 'Radovan Karadzic -president of-> Serb Democratic Party'],
    ['Ruth Kelly resigned as chair of the Labour Party on Monday.', 'Ruth Kelly -chair of-> Labour Party'],
    ['Robert Frowick, heading the OSCE mission, said the vote would go ahead.', 'Robert Frowick -head of-> OSCE'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a party named by its adjective', () => {
  it.each([
    ['Conservative leader Michael Howard said the prime minister had lost the trust of the country.', 'Michael Howard -leader of-> Conservative'],
    ['The Conservative leader, Michael Howard, said the affair had damaged public trust.', 'Michael Howard -leader of-> Conservative'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('the adjective before anything but a party office names no party', async () => {
    const [a] = await analyzeTexts(['Conservative estimates put the cost at 2 billion pounds.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Conservative');
  });
});

describe('last batch: purposes and descriptions', () => {
  it.each([
    ['Polish Foreign Minister Radoslaw Sikorski will travel to Kyiv on Monday for talks with his Ukrainian counterpart, Andrii Sybiha.', 'Radoslaw Sikorski -046 held talks with (hyp)-> Andrii Sybiha'],
    ['Robert Frowick, the U.S. diplomat heading the OSCE mission in Bosnia, said the vote would go ahead.', 'Robert Frowick -head of-> OSCE'],
    ['The Tesco board, led by chairman John Allan, rejected the bid.', 'John Allan -leader of-> Tesco'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a mutual event whose parse lost one of two titled subjects', () => {
  it('"Russian security chief A and Chechen rebel chief of staff B signed an agreement"', async () => {
    const got = await read('Russian security chief Alexander Lebed and Chechen rebel chief of staff Aslan Maskhadov signed an agreement early on Saturday.');
    expect(got).toContain('Alexander Lebed -057 signed agreement with-> Aslan Maskhadov');
  });
});

describe('one node per country', () => {
  it('a country\'s name typed an organisation once joins the country the article names', async () => {
    const [a] = await analyzeTexts(['Athletics Kenya, the national federation, had cleared the runner. The ruling is a blow to Kenya\'s hopes.']);
    expect(a!.entities.filter((e) => e.name === 'Kenya').map((e) => e.type)).toEqual(['country']);
  });
});
