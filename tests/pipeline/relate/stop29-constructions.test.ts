// Constructions seen failing on unseen news (stop 29), each tested on other sentences of the same shape,
// written for these tests.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const read = readTypedLines;

describe('a kind of organisation with the body\'s name after it stands for the body ("Swiss insurer X agreed to buy Y")', () => {
  it.each([
    ['Dutch lender Rabo Invest agreed to buy Madrid-based Banco Soria for 2 billion euros in cash, the banks said on Monday.', 'Rabo Invest -061 acquired-> Banco Soria'],
    ['Chilean miner Cobre Andino agreed to buy Lumara Resources in a share deal, the companies said on Monday.', 'Cobre Andino -061 acquired-> Lumara Resources'],
    // the buyer named after a kind of organisation, in a "to" phrase
    ['Poland\'s privatisation ministry agreed to sell a 60 percent stake in the steel company Huta Nowa to French metals group Verallis SA.', 'Verallis SA -061 acquired-> Huta Nowa'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
  it('a name ending in such a noun is no kind before another name (a guard: "Tasnim News Agency ..., and Arvand Systems")', async () => {
    const got = await read('Canada imposed sanctions on Iranian officials on Monday. The measures also cover Mehr News Agency, which the minister called a propaganda outlet, and a Tehran company, Sepand Optics.');
    expect(got).toContain('Canada -163 sanctioned-> Mehr News Agency');
  });
});

describe('"<Place>-based <Name>" is the name, wherever the parse first hung the place', () => {
  it.each([
    ['Investment firm Helios Capital agreed to buy Cairo-based Delta Foods for $90 million, the companies said.', 'Helios Capital -061 acquired-> Delta Foods'],
    ['Brazilian bank Banco Serrano agreed to buy Lisbon-based Atlantica Seguros for 300 million euros, the two banks said.', 'Banco Serrano -061 acquired-> Atlantica Seguros'],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    expect(got).toContain(expected);
    // the place is where the company is, not what was bought
    expect(got.filter((r) => / -061 acquired.*-> (Cairo|Lisbon)$/.test(r))).toEqual([]);
  });
});

describe('roles written around a relative or a post ("X, whose director, Y,", "Britain\'s High Commissioner, Y,")', () => {
  it.each([
    ['The inquiry was led by the Uganda Revenue Authority, whose commissioner, Grace Nankya, said more arrests would follow.', 'Grace Nankya -commissioner of-> Uganda Revenue Authority'],
    ['The strike was called by the Malaysian Trades Union Congress, whose president, Rahim Osman, was arrested in May.', 'Rahim Osman -president of-> Malaysian Trades Union Congress'],
    ['Canada\'s High Commissioner in Accra, Laura Whitby, attended the hearing.', 'Laura Whitby -high commissioner of-> Canada'],
    ['The EU\'s High Representative, Hans Lindqvist, called the vote fair.', 'Hans Lindqvist -high representative of-> EU'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a company described as a firm registered or incorporated in a place is based there', () => {
  it.each([
    ['The contract went to Harbour Data, a little-known firm registered in Guernsey, in 2003.', 'Harbour Data -based in-> Guernsey'],
    ['Ocean Rig Supply, a company incorporated in Cyprus, won the tender.', 'Ocean Rig Supply -based in-> Cyprus'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('delaying or withholding loans or aid to a country reduces aid to it (162)', () => {
  it.each([
    ['The African Development Bank has delayed loans to Zambia because of concerns about debt.', 'African Development Bank -162 cut aid to-> Zambia'],
    ['Sweden withheld aid to Tanzania after the audit.', 'Sweden -162 cut aid to-> Tanzania'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a verb the parse coordinated into a reported clause shares the reporting verb\'s subject', () => {
  it.each([
    ['Mr Dodon said the plan was unacceptable and called on the European Union to join the talks.', 'Dodon -020 called on-> European Union'],
    ['Ms Kagame said the offer was too small and urged the World Bank to raise it.', 'Kagame -020 urged-> World Bank'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('joining talks is no talks between those who join', () => {
  it.each([
    'Mr Dodon called on the European Union and the United States to join the negotiations.',
    'Poland and Hungary will join the negotiations next month.',
  ])('%s', async (text) => {
    expect((await read(text)).filter((r) => / -046 /.test(r))).toEqual([]);
  });
  it('talks joined with someone named stay talks (a guard)', async () => {
    expect(await read('Brazil joined talks with Canada on Monday.')).toContain('Brazil -046 held talks with-> Canada');
  });
});

describe('a threat of a hostile act is a threat, as a fact, beside the act as a possibility', () => {
  it.each([
    ['Turkey threatened to impose sanctions on Sweden.', 'Turkey -130 threatened-> Sweden', 'Turkey -163 sanctioned (hyp)-> Sweden'],
    ['Uganda\'s interior minister, James Okello, threatened to arrest Peter Otieno.', 'James Okello -130 threatened-> Peter Otieno', 'James Okello -173 arrested (hyp)-> Peter Otieno'],
  ])('%s', async (text, threat, act) => {
    const got = (await read(text)).map((r) => r.replace('Türkiye', 'Turkey'));
    expect(got).toContain(threat);
    expect(got).toContain(act);
  });
  it('threatening to do something that is no hostile act is no threat (a guard)', async () => {
    expect((await read('Peru threatened to recognise Kosovo.')).filter((r) => r.includes('-130 '))).toEqual([]);
  });
});

describe('a name right after a verb that the parse made a caseless oblique is the verb\'s object', () => {
  it('"agreed to acquire Oslo-based Fjord Marine"', async () => {
    expect(await read('Korean shipbuilder Daewan Heavy agreed to acquire Oslo-based Fjord Marine for $400 million.')).toContain('Daewan Heavy -061 acquired-> Fjord Marine');
  });
});

describe('rejecting an actor\'s demand is rejecting the actor, however the parse hung the demand', () => {
  it.each([
    ['Prime Minister Edi Kola rejected the Democratic Party\'s demand for a recount.', 'Edi Kola -120 rejected-> Democratic Party'],
    ['President Ivan Petrov rejected the Liberal Party\'s demand for a new vote.', 'Ivan Petrov -120 rejected-> Liberal Party'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('"A spokesperson, X," opening a sentence speaks for the body the sentence before was about', () => {
  it.each([
    ['The World Health Organization said the outbreak was under control. A spokesman, Tarik Jasarevic, said 40 cases had been confirmed.', 'Tarik Jasarevic -spokesman of-> World Health Organization'],
    ['The Kenya Wildlife Service said the herd had moved north. A spokeswoman, Paula Kahumbu, said rangers were following it.', 'Paula Kahumbu -spokeswoman of-> Kenya Wildlife Service'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('doses shipped are aid given; payments suspended are aid cut', () => {
  it.each([
    ['UNICEF said it shipped 2 million doses to Malawi in March.', 'UNICEF -070 provided aid to-> Malawi'],
    ['The World Health Organization delivered 500,000 vaccine doses to Haiti on Monday.', 'World Health Organization -070 provided aid to-> Haiti'],
    ['Norway suspended payments to Zambia after the audit.', 'Norway -162 cut aid to-> Zambia'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('"the <noun>\'s <title>, X," where one body of the article ends in the noun', () => {
  it.each([
    ['The Sudan People\'s Liberation Movement rejected the plan. The movement\'s deputy leader, Yasir Arman, said talks would go on.', 'Yasir Arman -deputy leader of-> Sudan People\'s Liberation Movement'],
    ['The Polisario Front boycotted the vote. The front\'s spokesman, Mohamed Lamine, called it a sham.', 'Mohamed Lamine -spokesman of-> Polisario Front'],
  ])('%s', async (text, expected) => {
    expect(await read(text)).toContain(expected);
  });
});

describe('a name hyphenated after a lower-case particle is split as the parser was trained ("Ali al-Sadiq")', () => {
  it('"X and his counterpart, Ali al-Sadiq, signed the accord" keeps both as the signers (a guard)', async () => {
    const got = await read('Egyptian Foreign Minister Sameh Shoukry and his Sudanese counterpart, Ali al-Sadiq, signed the accord in Cairo after talks on the Nile dam.');
    expect(got).toContain('Sameh Shoukry -057 signed agreement with-> Ali al-Sadiq');
  });
});

describe('"the union" never refers forward to a body first named later', () => {
  it('no invitation to a union named only in a later sentence', async () => {
    const got = await read('Education Minister Laura Pineda invited the union to talks on Thursday. The Federation of Metal Workers\' Union said it backed the strike.');
    expect(got.filter((r) => r.includes('invited'))).toEqual([]);
  });
});
