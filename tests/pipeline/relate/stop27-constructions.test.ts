// Constructions seen failing on the honest first readings of fresh articles 62-85, each tested on other sentences
// of the same shape (written for these tests), in both voices where there are two.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { readTypedLines } from './typed-lines.ts';

const read = readTypedLines;

describe('stopping aid, supplies or talks reduces relations', () => {
  it.each([
    ['Japan has suspended economic aid to Myanmar after the coup.', 'Japan -162 cut aid to-> Myanmar'],
    ['Sweden halted arms deliveries to Turkey on Friday.', 'Sweden -162 cut aid to-> Turkey'],
    ['Canada froze funding for Haiti in March.', 'Canada -162 cut aid to-> Haiti'],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    expect(got).toContain(expected);
    // the aid noun under a verb that stops it is no aid given
    expect(got.filter((r) => / -07\d /.test(r))).toEqual([]);
  });

  it('a bare name before a verb is not the possessor of the noun after it ("Norway suspended talks with Iran")', async () => {
    const got = await read('Norway suspended talks with Iran on Tuesday.');
    expect(got).toContain('Norway -164 halted talks with-> Iran');
    expect(got.filter((r) => r.includes('-046 '))).toEqual([]);
  });

  it('the auxiliary of a verb that does not stop the noun still lets the noun be read ("has signed agreements with")', async () => {
    expect(await read('Portugal has signed similar agreements with Morocco and Chile.')).toContain('Portugal -057 signed agreement with-> Chile');
  });
});

describe('"the company", "the union": the latest organisation whose name fits the noun', () => {
  it.each([
    ['Workers at Halden Steel Group will strike next week. The Steel and Engineering Workers Union said 80% of members had voted for action. '
      + 'Its general secretary, Ana Ruiz, accused the company of breaking its promises.', 'Ana Ruiz -112 accused-> Halden Steel Group'],
    ['Talks between Voss Motors and the General Transport Union broke down on Friday. The union blamed the company for the failure.',
      'General Transport Union -112 blamed-> Voss Motors'],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    expect(got).toContain(expected);
    expect(got.filter((r) => /Union$/.test(r) && r.includes('-112 '))).toEqual([]);
  });

});

describe('a bare national title and the country it speaks for', () => {
  it('after a sentence whose subject is a country, the title is that country\'s (basis "context")', async () => {
    const [a] = await analyzeTexts(['Chile has recalled its ambassador from Peru over the fishing dispute. The foreign minister, Ana Costa, said the move was necessary.']);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    const roles = a!.relations.filter((r) => r.kind === 'role' && name(r.source) === 'Ana Costa').map((r) => `${name(r.target)} ${r.basis}`);
    expect(roles).toEqual(['Chile context']);
  });

  it('never the country of the person\'s own counterpart ("his Somali counterpart")', async () => {
    const got = await read('Somalia has been hit by a wave of kidnappings. Gunmen in Somalia seized an aid worker on Sunday. '
      + 'Somalia\'s police are searching for her. The foreign minister, Paolo Ferri, said no ransom would be paid. '
      + 'He spoke to his Somali counterpart, Ahmed Warsame, by telephone.');
    expect(got.filter((r) => r.startsWith('Paolo Ferri -foreign minister of'))).toEqual([]);
  });
});

describe('"the king", "the president": the person last named with that office', () => {
  it.each([
    ['King Mswati dismissed the cabinet on Monday. Human Rights Watch called on the king to release the detained ministers.', 'Human Rights Watch -020 called on-> King Mswati'],
    ['President Ana Ferraz vetoed the budget on Friday. The Teachers Federation urged the president to reconsider.', 'Teachers Federation -020 urged-> Ana Ferraz'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('an order, a demand or an offer stands for who issued it ("from X", "by X")', () => {
  it.each([
    ['General Tomas Vera defied an order from President Ana Ferraz to resign.', 'Tomas Vera -128 defied-> Ana Ferraz'],
    ['Hungary rejected a demand by the European Commission to change the law.', 'Hungary -120 rejected-> European Commission'],
    ['Serbia rejected a request from Kosovo for talks.', 'Serbia -120 rejected-> Kosovo'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a short name in brackets between the subject and its verb', () => {
  it.each([
    ['The International Skating Union (ISU) has suspended the Dutch skater Anna de Vries for a year.', 'International Skating Union -172 suspended-> Anna de Vries'],
    ['The World Health Organization (WHO) criticised China over the delay.', 'World Health Organization -111 criticized-> China'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('more titles, members expelled, and a verb that is no description of a person', () => {
  it('"Cabinet Secretary" is a national office (read against the dateline\'s country)', async () => {
    expect(await read('NAIROBI (Reuters) - Interior Cabinet Secretary Amina Hassan said the ban would stay.')).toContain('Amina Hassan -interior cabinet secretary of-> Kenya');
  });

  it.each([
    ['The African Union, which expelled Mali after the coup, said it would review the case.', 'African Union -160 expelled-> Mali'],
    ['The Commonwealth expelled Nigeria in 1995.', 'Commonwealth -160 expelled-> Nigeria'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('"Hungary expelled Ana Lopes" gives no hometown to the person', async () => {
    const got = await read('Hungary expelled Ana Lopes on Monday.');
    expect(got.filter((r) => r.startsWith('Ana Lopes'))).toEqual([]);
  });
});

describe('speaking with a named person is a consultation; speaking to reporters or a broadcaster is not', () => {
  it('"He spoke to his Iraqi counterpart, X, by telephone"', async () => {
    const got = await read('The Foreign Secretary, Tom Hale, said the government would not negotiate. He spoke to his Iraqi counterpart, Hoshyar Zebari, by telephone.');
    expect(got).toContain('Tom Hale -040 spoke with-> Hoshyar Zebari');
  });

  it('"talked with X"; nothing for reporters or the BBC', async () => {
    const got = await read('Ana Lopes talked with Emmanuel Macron on Friday. Later Lopes spoke to the BBC. Lopes spoke to reporters in Paris.');
    expect(got.filter((r) => r.includes('spoke with'))).toEqual(['Ana Lopes -040 spoke with-> Emmanuel Macron']);
  });
});

describe('honorifics: "Ms Rice" is a subject, and "she" is never a person the article calls "Mr"', () => {
  it('"Ms X will go on to Rome, where she is expected to meet Y"', async () => {
    const got = await read('A Hamas spokesman in Gaza, Sami Abu Zuhri, said the group had made no promises. '
      + 'Ms Laura Kent will go on to Rome and Paris, where she is expected to meet President Jacques Chirac.');
    expect(got).toContain('Laura Kent -040 met (hyp)-> Jacques Chirac');
    expect(got.filter((r) => r.startsWith('Sami Abu Zuhri -040'))).toEqual([]);
  });

  it('"she" passes over Mr Okoro to Ms Ruiz', async () => {
    const got = await read('Ms Ana Ruiz arrived in Berlin on Thursday. Mr Daniel Okoro said the talks had failed. She will meet Olaf Scholz on Friday.');
    expect(got).toContain('Ana Ruiz -040 met (hyp)-> Olaf Scholz');
    expect(got.filter((r) => r.startsWith('Daniel Okoro -040'))).toEqual([]);
  });
});

describe('a national title before a name and its country after it; no apposition across a verb', () => {
  it.each([
    ['King Abdullah of Jordan has also been invited.', 'King Abdullah -king of-> Jordan'],
    ['Emir Tamim of Qatar will host the talks.', 'Emir Tamim -emir of-> Qatar'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('"X, on her first trip since replacing Y, held talks with the Israeli prime minister, Z": Y holds no office', async () => {
    const got = await read('Ms Laura Kent, on her first trip to the region since replacing Colin Powell, held talks in Jerusalem with the Israeli prime minister, Ariel Sharon.');
    expect(got).toContain('Ariel Sharon -prime minister of-> Israel');
    expect(got.filter((r) => r.startsWith('Colin Powell'))).toEqual([]);
  });
});

describe('an office given by an organisation or a country that is the subject of the appointing verb', () => {
  it.each([
    ['Nordbank appointed Ana Lind as chief executive on Monday.', 'Ana Lind -chief executive of-> Nordbank'],
    ['Nordbank hired Ana Lind as chief financial officer.', 'Ana Lind -chief financial officer of-> Nordbank'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('"hired X" without "as" gives no office', async () => {
    expect((await read('Nordbank hired Ana Lind last year.')).filter((r) => r.includes(' of->'))).toEqual([]);
  });
});

describe('"called for X to", "warned X against"', () => {
  it.each([
    ['Japan called for China to release the detained businessman.', 'Japan -020 called on-> China'],
    ['Poland warned Belarus against further provocations.', 'Poland -130 warned-> Belarus'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('no actor after "called for" or "warned": nothing', async () => {
    const got = await read('The union called for the release of Ana Lind. The minister warned that Russia could attack.');
    expect(got.filter((r) => r.includes('-020 ') || r.includes('-130 '))).toEqual([]);
  });
});

describe('"the mobile phone giant", "an offer of help from X"', () => {
  it('up to two lower-case modifiers before an organisation noun still refer back', async () => {
    expect(await read('Vodafone said profits rose. The mobile phone giant agreed to sell its Japanese unit to SoftBank.')).toContain('Vodafone -061 sold to-> SoftBank');
  });

  it('what is offered may stand between the directive and its issuer', async () => {
    expect(await read('Indonesia\'s government has rejected an offer of help from Malaysia.')).toContain('Indonesia -120 rejected-> Malaysia');
  });
});

describe('a person\'s own staff; troops pulling out; people of a body', () => {
  it.each([
    ['Carl Bildt\'s spokesman, Colum Murphy, said the vote was fair.', 'Colum Murphy -spokesman of-> Carl Bildt'],
    ['Dore Gold, an adviser to Benjamin Netanyahu, said the talks would resume.', 'Dore Gold -adviser of-> Benjamin Netanyahu'],
    ['Russian troops pulled out of Grozny on Friday.', 'Russia -087 withdrew from-> Grozny'],
    ['Rebels of the Kurdistan Workers Party ambushed a Turkish army patrol.', 'Kurdistan Workers Party -190 attacked-> Türkiye'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('an envoy "to" a body is not its staff', async () => {
    const got = await read('Anna Berg, Russia\'s ambassador to the United Nations, spoke.');
    expect(got).toContain('Anna Berg -ambassador of-> Russia');
  });
});

describe('descriptions that refer back, and "President X" in a monarchy\'s dateline', () => {
  it('"The Japanese steelmaker" is the previous sentence\'s organisation outside a prepositional phrase', async () => {
    const [a] = await analyzeTexts(['TOKYO (Reuters) - Nippon Steel said on Monday it had completed its $14.9 billion acquisition of U.S. Steel after the deal was approved.\n\nThe Japanese steelmaker agreed to invest $11 billion in U.S. Steel\'s plants by 2028.']);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    const tied = a!.relations.filter((r) => r.kind === 'affiliation' && name(r.target) === 'Japan').map((r) => name(r.source));
    expect(tied).toEqual(['Nippon Steel']);
  });

  it('no context role of president in a story filed from a monarchy; one in a republic', async () => {
    expect((await read('Clinton to visit London\n\nLONDON 1996-08-22\n\nPresident Bill Clinton will visit the city next month, officials said.')).filter((r) => r.includes('president of'))).toEqual([]);
    expect(await read('Chirac to speak\n\nPARIS 1996-08-22\n\nPresident Jacques Chirac will speak on Monday, officials said.')).toContain('Jacques Chirac -president of-> France');
  });
});

describe('attacking a decision or words is criticism, not force', () => {
  it.each([
    ['Palestinian President Yasser Arafat, attacking Israel\'s decision to expand settlements, called for a strike.', 'Yasser Arafat -111 criticized-> Israel'],
    ['The Conservative leader attacked Labour\'s plans.', 'Conservative -111 criticized-> Labour'],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    expect(got).toContain(expected);
    expect(got.filter((r) => r.includes('-190 '))).toEqual([]);
  });

  it('force on positions is still an attack', async () => {
    expect(await read('Russian forces attacked Ukrainian positions near Bakhmut.')).toContain('Russia -190 attacked-> Ukraine');
  });
});

describe('"the party" refers only to a name that marks a party', () => {
  it('a company named last is not "the party"', async () => {
    const got = await read('Tom Hale is a member of the Liberal Democrats. The Finnish company Nokia opened a factory in Chennai. Mr Hale, the party\'s education spokesman, criticised the plan.');
    expect(got.filter((r) => r.startsWith('Tom Hale') && r.endsWith('-> Nokia'))).toEqual([]);
    expect(got).toContain('Tom Hale -education spokesman of-> Liberal Democrats');
  });
});

describe('companies that belong to others ("part of")', () => {
  it.each([
    ['Kia, the South Korean affiliate of Hyundai Motor, said sales rose.', 'Kia -part of-> Hyundai Motor'],
    ['Meta\'s subsidiary Instagram grew quickly.', 'Instagram -part of-> Meta'],
    // (not "Toyota's parent company, Toyota Industries": the resolver joins a company's first word to its one longer name)
    ['Nokia\'s parent company, Microsoft, reported higher profit.', 'Nokia -part of-> Microsoft'],
    ['Hyundai Motor said profits rose. The Korean Metal Workers Union called a strike. Kia, its affiliate, reached a wage deal with its own union.', 'Kia -part of-> Hyundai Motor'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('phrasal verbs, joint ventures, lawsuits filed by', () => {
  it('"struck down X\'s contract" is no attack', async () => {
    expect((await read('Panama\'s Supreme Court struck down First Quantum\'s mining contract.')).filter((r) => r.includes('-190 '))).toEqual([]);
  });

  it.each([
    ['Sony and Honda formed a joint venture to build electric cars.', 'Sony -061 partnered with-> Honda'],
    ['The lawsuit filed by Halvorsen Energy against Apple went to trial.', 'Halvorsen Energy -115 sued-> Apple'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('suspended or expelled "from" a body; agents of a state', () => {
  it.each([
    ['Venezuela was suspended from Mercosur in 2016.', 'Mercosur -160 suspended-> Venezuela'],
    ['Russia was expelled from the Council of Europe in 2022.', 'Council of Europe -160 expelled-> Russia'],
    ['The killing of journalist Jamal Khashoggi by Saudi agents strained ties.', 'Saudi Arabia -180 killed-> Jamal Khashoggi'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('"X, the largest city in Y"; an unrecognised company before a corporate title; a place naming an unnamed body', () => {
  it.each([
    ['Thousands of Kurds marched in Diyarbakir, the largest city in south-eastern Turkey.', 'Diyarbakir -located in-> Turkey'],
    ['The explosion happened in Kandahar, a city in southern Afghanistan.', 'Kandahar -located in-> Afghanistan'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('"Fiat chief executive X" is not the chief executive of the organisation named before', async () => {
    expect((await read('World Bank officials approved the loan. Fiat chief executive Sergio Marchionne met union leaders in Turin.')).filter((r) => r.startsWith('Sergio Marchionne') && !r.includes(' -in-> '))).toEqual([]);
  });

  it('"the chairman of the London organising committee" holds no office of London', async () => {
    expect((await read('Lord Coe, the chairman of the London organising committee, praised the volunteers.')).filter((r) => r.includes('chairman of'))).toEqual([]);
  });
});

describe('a person\'s own body', () => {
  it('"X, whose Party of Democratic Action ..."', async () => {
    expect(await read('Bosnian President Alija Izetbegovic, whose Party of Democratic Action is expected to win, welcomed the ruling.'))
      .toContain('Alija Izetbegovic -affiliated with-> Party of Democratic Action');
  });

  it('"Elon Musk\'s SpaceX": a body a person owns or leads, by some tie', async () => {
    expect(await read('Elon Musk\'s SpaceX launched the satellite.')).toContain('Elon Musk -affiliated with-> SpaceX');
  });
});

describe('"both sides" is never a name and the country in apposition after it', () => {
  it('"Anglo American, South Africa\'s biggest mining house" is no pair', async () => {
    const got = await read('Anglo American, South Africa\'s biggest mining house, said the stoppage was illegal. Labour Minister Tito Mboweni urged both sides to settle the dispute.');
    expect(got.filter((r) => r.includes('-020 urged-> South Africa'))).toEqual([]);
  });
});

describe('"Its chairman" after a sentence with a clause of reason', () => {
  it('the body is the main clause\'s, not one named after "because"', async () => {
    const got = await read('Arianespace, the Evry-based company that markets European launchers, said its schedule would not be affected because the older Ariane 4 remained in service. Its chairman, Charles Bigot, said customers had been informed.');
    expect(got).toContain('Charles Bigot -chairman of-> Arianespace');
  });
});

describe('an apposition holding a relative clause between subject and verb', () => {
  it('"X, a civil engineer who took office in 1993, accused Y"', async () => {
    expect(await read('Juan Carlos Wasmosy, a civil engineer who took office in 1993, accused Lino Oviedo of plotting a coup.')).toContain('Juan Carlos Wasmosy -112 accused-> Lino Oviedo');
  });
});

describe('demands "from" an actor, phrases of time, and a charge after "of"', () => {
  it('"demanded an apology from the British army"', async () => {
    expect(await read('The Irish government has demanded an apology from the British army.')).toContain('Ireland -100 demanded-> United Kingdom');
  });

  it('"agreed to suspend enrichment after talks with France" halts no talks', async () => {
    const got = await read('Iran has agreed to suspend uranium enrichment after talks with France, Germany and Britain.');
    expect(got.filter((r) => r.includes('-164 '))).toEqual([]);
    expect(got).toContain('Iran -046 held talks with-> France');
  });

  it('"accused the government of misleading Parliament" accuses no Parliament', async () => {
    expect((await read('The Lib Dems accused the government of misleading Parliament.')).filter((r) => r.endsWith('-> Parliament'))).toEqual([]);
  });
});

describe('a past verb after a plain noun ends the noun phrase', () => {
  it('"India\'s purchase of Russian oil angered Washington" buys no Washington', async () => {
    expect((await read('India\'s purchase of Russian oil angered Washington.')).filter((r) => r.endsWith('-> Washington'))).toEqual([]);
  });
});

describe('"he and X" as the subject of a mutual event', () => {
  it.each([
    ['Alexander Lebed said he and rebel military leader Aslan Maskhadov agreed after overnight talks to defer the decision.', 'Alexander Lebed -050 agreed with-> Aslan Maskhadov'],
    ['Alexander Lebed arrived on Friday. Lebed told reporters after he and Aslan Maskhadov signed a package of documents.', 'Alexander Lebed -057 signed agreement with-> Aslan Maskhadov'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('passive orders and possessed bids', () => {
  it('"Apple was ordered by the court to pay ... to Ireland": the court buys nothing and pays nothing', async () => {
    const got = await read('Apple was ordered by the European Court of Justice to pay 13 billion euros in back taxes to Ireland.');
    // (the order to pay a sum is a fine, CAMEO 17, since stop 42's "order-to-pay" entry; a demand, 10, before)
    expect(got.filter((r) => r.startsWith('European Court of Justice') && !r.startsWith('European Court of Justice -172 fined-> Apple'))).toEqual([]);
    expect(got).toContain('Apple -061 paid (hyp)-> Ireland');
  });

  it('"Turkey blocked Sweden\'s bid to join NATO" makes Turkey no member', async () => {
    expect((await read('Turkey blocked Sweden\'s bid to join NATO for months.')).filter((r) => r.startsWith('Turkey -member'))).toEqual([]);
  });
});

describe('bodies described after their names', () => {
  it.each([
    ['Pro Asyl, a German advocacy organisation, criticised the plan.', 'Pro Asyl -affiliated with-> Germany'],
    ['The Cobalt Institute, an industry body based in London, urged the government to publish a timetable.', 'Cobalt Institute -based in-> London'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('nationality nouns and a possessor before an organisation\'s kind', () => {
  it('"Indian national Arjun Mehta"', async () => {
    expect(await read('His business partner, Indian national Arjun Mehta, was arrested in Kuala Lumpur.')).toContain('Arjun Mehta -affiliated with-> India');
  });

  it('"The country\'s strategic minerals regulator, ARECOMS,"', async () => {
    expect(await read('Congo extended its ban on cobalt exports. The country\'s strategic minerals regulator, ARECOMS, said the ban would stay.')).toContain('ARECOMS -affiliated with-> Congo');
  });
});

describe('after the reading of 86-97: portfolios, pairs of one class', () => {
  it('"X, the agency\'s regional director for the Western Pacific," is the agency\'s', async () => {
    expect(await read('The World Health Organization warned of a pandemic. Shigeru Omi, the agency\'s regional director for the Western Pacific, told a meeting that the world was in danger.'))
      .toContain('Shigeru Omi -regional director of-> World Health Organization');
  });

  it('"the French ambassador in Sanaa, Jean-Claude Vaillant," is no pair for "both sides"', async () => {
    const got = await read('Yemen\'s foreign minister summoned the French ambassador in Sanaa, Jean-Claude Vaillant, and asked Paris to press Asmara to withdraw. '
      + 'The Arab League, meeting in Cairo, called on both sides to show restraint.');
    expect(got.filter((r) => r.startsWith('Arab League -020'))).toEqual([]);
  });
});

describe('after the reading of 86-97: coordinated titles, a company\'s board', () => {
  it('"Its founder and chairman, X" is the organisation\'s', async () => {
    expect(await read('Nidec, based in Kyoto, launched the bid in December. Its founder and chairman, Shigenobu Nagamori, has built the company into a giant.'))
      .toContain('Shigenobu Nagamori -chairman of-> Nidec');
  });

  it('"its board had rejected an offer from X" is the company rejecting X', async () => {
    expect(await read('TOKYO (Reuters) - Japanese machine tool maker Makino Milling Machine said on Friday its board had unanimously rejected an unsolicited tender offer from motor maker Nidec.'))
      .toContain('Makino Milling Machine -120 rejected-> Nidec');
  });
});

describe('after the reading of 86-97: claims backed, a possessor with words before a name', () => {
  it.each([
    ['Egypt, which has backed Yemen\'s claim, said it was in contact with Eritrea.', 'Egypt -051 supported-> Yemen'],
    ['Mongolia\'s opposition Democratic Union coalition has won a clear majority.', 'Democratic Union -affiliated with-> Mongolia'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });

  it('a name that only modifies ("Bosnia\'s ruling Moslem nationalist party") is not placed', async () => {
    expect((await read('Bosnia\'s ruling Moslem nationalist party on Friday called on its voters to end a boycott.')).filter((r) => r.includes('-affiliated with-> Bosnia'))).toEqual([]);
  });
});

describe('a possessed decision is done, a possessed bid is not', () => {
  it('"expressing Serbia\'s decision to recognize Kosovo" is a recognition, not a plan', async () => {
    const got = await read('The minister sent a letter to Pristina expressing Serbia\'s decision to recognize Kosovo.');
    expect(got).toContain('Serbia -054 recognized-> Kosovo');
  });
});

describe('a capital asked or pressed acts for its state', () => {
  it('"asked Paris to press Asmara to withdraw"', async () => {
    const got = await read('Yemen\'s foreign minister summoned the French ambassador and asked Paris to press Asmara to withdraw.');
    expect(got).toContain('France -020 urged (hyp)-> Eritrea');
  });
});

describe('a nationality word after "former" names a state that is gone', () => {
  it('"who has led the former Soviet republic" makes no citizen of Russia', async () => {
    expect((await read('President Askar Akayev, who has led the former Soviet republic since 1990, blamed outside forces.')).filter((r) => r.endsWith('-> Russia'))).toEqual([]);
  });
});

describe('a named actor coordinated before an unnamed plural', () => {
  it('"the United States and four Latin American countries asked X"', async () => {
    expect(await read('Producers will lobby Brussels after the United States and four Latin American countries asked the World Trade Organisation to rule against the regime.'))
      .toContain('United States -020 asked-> World Trade Organisation');
  });
});
