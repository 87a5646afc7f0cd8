// Constructions seen failing on the fresh articles 18-21 (written and annotated before the tool ran on them),
// each tested here on other sentences of the same shape: which organisation a sentence-opening "Its" means, the
// body of a member's title, "the <City>-based <kind>" when two organisations are in play, "received X approval",
// "the region of X" as an object, a mutual accord, an adviser, and lists of cities.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';
import { typedLines } from './typed-lines.ts';

const typed = (a: ArticleAnalysis) => typedLines(a);

const typeOf = (a: ArticleAnalysis, name: string) => a.entities.find((e) => e.name === name)?.type;

describe('a sentence-opening "Its" and "Their"', () => {
  it('continues the previous sentence\'s organisation, not one inside a prepositional phrase', async () => {
    const [a] = await analyzeTexts(['Tesco, which is based in Welwyn Garden City, said it would challenge the decision at the European Court of Justice in Luxembourg. Its chairman, Peter Hale, called the ruling unfair.']);
    expect(typed(a!)).toContain('Peter Hale -chairman of-> Tesco');
    expect(typed(a!).filter((r) => r.startsWith('Peter Hale -chairman of-> European Court'))).toEqual([]);
  });

  it('reaches an object named last when the subject is a possessor ("the army accused the RSF ... Its leader")', async () => {
    const [a] = await analyzeTexts(["Chad's army accused the Union of Resistance Forces of the attack, a charge the rebel group denied. Its leader, Timan Erdimi, spoke from Doha."]);
    expect(typed(a!)).toContain('Timan Erdimi -leader of-> Union of Resistance Forces');
  });
});

describe('the body of a title that names none', () => {
  it('"Judge X of the Court": the court after the name', async () => {
    const [a] = await analyzeTexts(['The case was heard by Judge Anna Berg of the Supreme Court in Stockholm.']);
    expect(typed(a!)).toContain('Anna Berg -judge of-> Supreme Court');
  });

  it('"Trade Commissioner X" in a story about the Commission', async () => {
    const [a] = await analyzeTexts(['The European Commission opened an inquiry into Chinese electric cars on Wednesday. Trade Commissioner Valdis Dombrovskis said the subsidies distorted the market.']);
    expect(typed(a!)).toContain('Valdis Dombrovskis -trade commissioner of-> European Commission');
  });

  it('no body when the article names two commissions', async () => {
    const [a] = await analyzeTexts(['The European Commission and the Federal Trade Commission both opened inquiries. Commissioner Jane Holt said the review would take a year.']);
    expect(typed(a!).filter((r) => r.startsWith('Jane Holt'))).toEqual([]);
  });
});

describe('"the <City>-based <kind>" with two organisations in play', () => {
  it('prefers the organisation the article places in the city\'s country', async () => {
    const [a] = await analyzeTexts(["France's Renault agreed to buy a stake in Spanish carmaker Seat Motors. The deal lets Renault raise its holding later. Spain's industry ministry, which owns part of the Barcelona-based company, will keep a board seat."]);
    expect(typed(a!)).toContain('Seat Motors -based in-> Barcelona');
    expect(typed(a!)).not.toContain('Renault -based in-> Barcelona');
  });
});

describe('events', () => {
  it('"received X approval" is no hosting; "received X" still is', async () => {
    const [a] = await analyzeTexts(["Norway's Equinor received European Union approval on Monday to buy the field."]);
    expect(typed(a!).filter((r) => r.includes('hosted'))).toEqual([]);
    const [b] = await analyzeTexts(['Brazilian President Luiz Inacio Lula da Silva received Emmanuel Macron in Brasilia on Tuesday.']);
    expect(typed(b!)).toContain('Luiz Inacio Lula da Silva -043 hosted-> Emmanuel Macron');
  });

  it('"retook the region of X": a prefixed irregular verb and a place named after "region of"', async () => {
    const [a] = await analyzeTexts(['Ethiopia retook the northern town of Shire from Eritrea in 2021.']);
    expect(typed(a!)).toContain('Ethiopia -192 captured-> Shire');
  });

  it('"A and B have agreed on": a mutual accord', async () => {
    const [a] = await analyzeTexts(['Serbia and Kosovo have agreed on a plan to normalise relations, the European Union said.']);
    expect(typed(a!).some((r) => /^(Serbia -050 agreed with-> Kosovo|Kosovo -050 agreed with-> Serbia)$/.test(r))).toBe(true);
  });

  it('a person who advises a body is its adviser, not an event; a bank advising a company stays an event', async () => {
    const [a] = await analyzeTexts(['The economist Lara Stein, who advises the consumer group BEUC, said the fine was too small. Lazard Ltd advised Vodafone Group on the sale.']);
    expect(typed(a!)).toContain('Lara Stein -adviser to-> BEUC');
    expect(typed(a!)).toContain('Lazard Ltd -null advised-> Vodafone Group');
  });
});

describe('names read with the whole document', () => {
  it('a name the document tags an organisation twice stays one organisation after a person noun', async () => {
    const [a] = await analyzeTexts(['Air France-KLM reported a loss. Rivals Air France-KLM and IAG had opposed the takeover. Air France-KLM is based in Paris.']);
    expect(a!.entities.filter((e) => e.name === 'Air France-KLM').map((e) => e.type)).toEqual(['organization']);
  });

  it('a capital listed with other cities is a city, and so is a city that is also a region', async () => {
    const [a] = await analyzeTexts(['The airline flies to Frankfurt, Munich, Zurich and Vienna.']);
    expect(typeOf(a!, 'Vienna')).toBe('city');
    expect(typeOf(a!, 'Zurich')).toBe('city');
    const [b] = await analyzeTexts(['Talks between Moscow and Kyiv stalled on Friday.']);
    expect(typeOf(b!, 'Russia')).toBe('country');
  });
});

// From the fresh batch 22-25 (first read before any of this): other sentences of the same shapes.
describe('bodies and envoys', () => {
  it('"the Irish committee, headed by X" is the committee the article named, not Ireland', async () => {
    const [a] = await analyzeTexts(['The Irish Rugby Football Committee met on Monday. The Irish committee, headed by Sean Daly, said it would appeal to the Court of Arbitration for Sport.']);
    expect(typed(a!)).toContain('Sean Daly -head of-> Irish Rugby Football Committee');
    expect(typed(a!).filter((r) => r.includes('-> Ireland') && r.startsWith('Sean Daly'))).toEqual([]);
    expect(typed(a!).some((r) => r.startsWith('Irish Rugby Football Committee -020') && r.endsWith('Court of Arbitration for Sport'))).toBe(true);
  });

  it('"Paris\'s ambassador in Dakar, X": the post between title and name is not the body', async () => {
    const [a] = await analyzeTexts(["France's ambassador in Dakar, Christine Fages, said the talks were useful."]);
    expect(typed(a!)).toContain('Christine Fages -ambassador of-> France');
  });

  it('"X, a Hong Kong-based fund run by former UBS banker Y": the fund\'s seat and its head', async () => {
    const [a] = await analyzeTexts(['Orchid Partners, a Hong Kong-based investment firm run by former UBS banker Lily Chan, bought the stake.']);
    expect(typed(a!)).toContain('Orchid Partners -based in-> Hong Kong');
    expect(typed(a!)).toContain('Lily Chan -head of-> Orchid Partners');
  });

  it('"Solicitor General X" in a story datelined in the country', async () => {
    const [a] = await analyzeTexts(['OTTAWA (Reuters) - Canada charged two men on Monday. Attorney General Sean Fraser said the case was strong.']);
    expect(typed(a!)).toContain('Sean Fraser -attorney general of-> Canada');
  });
});

describe('events from the fresh batch 22-25', () => {
  it('"agreed to sell the newspaper to X": the buyer acquires the organisation sold', async () => {
    const [a] = await analyzeTexts(['The owners of The Evening Standard have agreed to sell the newspaper to Lebedev Holdings.']);
    expect(typed(a!)).toContain('Lebedev Holdings -061 acquired-> Evening Standard');
  });

  it('"the IOC suspended X": suspension of a member', async () => {
    const [a] = await analyzeTexts(['FIFA suspended the Football Federation of Gabon on Friday.']);
    expect(typed(a!).some((r) => r.startsWith('FIFA -160 suspended->'))).toBe(true);
  });

  it('vessels stand for their state, and firing water cannon at a boat is force', async () => {
    const [a] = await analyzeTexts(['Vietnam protested after Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat.']);
    expect(typed(a!)).toContain('China -190 fired missiles at-> Vietnam');
  });

  it('"Ukraine\'s sports minister, X": a portfolio word before the title', async () => {
    const [a] = await analyzeTexts(["Kenya's sports minister, Kipchumba Murkomen, welcomed the decision."]);
    expect(typed(a!)).toContain('Kipchumba Murkomen -sports minister of-> Kenya');
  });
});

describe('an act named by a noun refers back to its doer', () => {
  it('"condemned the attack": the attacker of the sentence before', async () => {
    const [a] = await analyzeTexts(['Russian drones attacked Kharkiv on Sunday. Germany condemned the attack.']);
    expect(typed(a!)).toContain('Germany -111 condemned-> Russia');
  });

  it('"welcomed the suspension": whoever suspended', async () => {
    const [a] = await analyzeTexts(['FIFA suspended the Football Federation of Gabon on Friday. Gabon\'s sports minister, Paul Ndong, welcomed the suspension.']);
    expect(typed(a!)).toContain('Paul Ndong -051 praised-> FIFA');
  });

  it('no doer when the act is not one read before, or is only planned', async () => {
    const [a] = await analyzeTexts(['Russia may attack Odesa, officials said. Germany condemned the attack.']);
    expect(typed(a!).filter((r) => r.startsWith('Germany -111'))).toEqual([]);
  });
});

describe('from the fresh batch 26-29', () => {
  it('"paid billions of dollars to X and Y": a payment to each; "paid tribute to X" is praise', async () => {
    const [a] = await analyzeTexts(['The court found that Visa Inc broke the law by paying millions of dollars to Walmart and Costco.']);
    expect(typed(a!)).toContain('Visa Inc -061 paid-> Walmart');
    expect(typed(a!)).toContain('Visa Inc -061 paid-> Costco');
  });

  it('"X, which sued the company": the organisation the story is about, not the clause\'s own subject', async () => {
    const [a] = await analyzeTexts(['A judge ruled that Meta Platforms broke the law. The Federal Trade Commission, which sued the company in 2020, welcomed the ruling.']);
    expect(typed(a!)).toContain('Federal Trade Commission -115 sued-> Meta Platforms');
  });

  it('"agreed to sell its Nigerian subsidiary to X": the buyer even where the parse hangs it on the thing sold', async () => {
    const [a] = await analyzeTexts(['Equinor has agreed to sell its Nigerian onshore subsidiary to Chappal Energies for $1.2 billion.']);
    expect(typed(a!).some((r) => r.startsWith('Equinor -061 sold to-> Chappal Energies'))).toBe(true);
  });

  it('"..., the British oil major said": the description gives the subject organisation its country', async () => {
    const [a] = await analyzeTexts(['BP has agreed to sell its stake in the field to Kosmos Energy, the British oil major said on Tuesday.']);
    expect(typed(a!)).toContain('BP -affiliated with-> United Kingdom');
  });
});

describe('from the fresh batch 30-33', () => {
  it('an organisation\'s acronym in its own language, in brackets, is its alias', async () => {
    const [a] = await analyzeTexts(["Imamoglu is a member of the Republican People's Party (CHP). CHP leader Ozgur Ozel urged calm."]);
    expect(typed(a!)).toContain("Ozgur Ozel -leader of-> Republican People's Party");
  });

  it('"president of the union\'s District 751": a named part belongs to its possessor, and no context stands in', async () => {
    const [a] = await analyzeTexts(['SEATTLE (AP) - The International Association of Machinists said members rejected the offer. Jon Holden, president of the union\'s District 751, said workers wanted pensions.']);
    expect(typed(a!)).toContain('Jon Holden -president of-> International Association of Machinists');
    expect(typed(a!).filter((r) => r.startsWith('Jon Holden -president of-> United States'))).toEqual([]);
  });

  it('"Egypt joined the BRICS group": membership; "joined the talks" is nothing', async () => {
    const [a] = await analyzeTexts(['Indonesia joined the BRICS group of emerging economies in January. Brazil joined the talks with Indonesia.']);
    expect(typed(a!)).toContain('Indonesia -member of-> BRICS');
    expect(typed(a!).filter((r) => r.includes('joined'))).toEqual([]);
  });

  it('"signed a deal with Russian exporters": the exporters stand for their country', async () => {
    const [a] = await analyzeTexts(["Algeria's state grain buyer OAIC signed a deal with Russian exporters on Friday."]);
    expect(typed(a!)).toContain('OAIC -057 signed agreement with-> Russia');
  });
});

describe('from the fresh batch 34-37', () => {
  it('"Japanese carmakers Honda and Nissan": the description gives both names their country', async () => {
    const [a] = await analyzeTexts(['South Korean chipmakers Samsung Electronics and SK Hynix reported record profits.']);
    expect(typed(a!)).toContain('Samsung Electronics -affiliated with-> South Korea');
    expect(typed(a!)).toContain('SK Hynix -affiliated with-> South Korea');
  });

  it('"merger talks": the merger is a plan', async () => {
    const [a] = await analyzeTexts(['Commerzbank and UniCredit said on Monday they had started merger talks.']);
    const merged = a!.relations.filter((r) => r.kind === 'event' && r.predicate === 'merged with');
    expect(merged.length).toBeGreaterThan(0);
    expect(merged.every((r) => r.hypothetical)).toBe(true);
  });

  it('"Myanmar\'s military ruler, Senior General Min Aung Hlaing": a rank between the comma and the name', async () => {
    const [a] = await analyzeTexts(["Sudan's army chief, General Abdel Fattah al-Burhan, rejected the plan."]);
    expect(typed(a!)).toContain('Abdel Fattah al-Burhan -army chief of-> Sudan');
  });
});

describe('what the learned classifier may not say', () => {
  it('no city inside another city from a list of hubs', async () => {
    const [a] = await analyzeTexts(['Lufthansa chief executive Carsten Spohr said the group would add Rome as its fifth hub after Frankfurt, Munich, Zurich and Vienna.']);
    const cities = new Set(a!.entities.filter((e) => e.type === 'city').map((e) => e.id));
    expect(a!.relations.filter((r) => r.kind === 'location' && cities.has(r.source) && cities.has(r.target))).toEqual([]);
  });
});

describe('from the fresh batch 38-41', () => {
  it('"UN climate chief X": the organisation is also found by its full name', async () => {
    const [a] = await analyzeTexts(['UN climate chief Simon Stiell called the deal an insurance policy.']);
    expect(a!.entities.find((e) => e.id === 'org:united-nations')?.aliases).toContain('United Nations');
  });

  it('"United manager X" after "Manchester United"; "the Tribune" after "the Chicago Tribune"', async () => {
    const [a] = await analyzeTexts(['Manchester United have signed Joshua Zirkzee. United manager Erik ten Hag said he was pleased.']);
    expect(typed(a!)).toContain('Erik ten Hag -manager of-> Manchester United');
  });

  it('"The U.S. Federal Reserve" is also the Federal Reserve', async () => {
    const [a] = await analyzeTexts(['The U.S. Federal Reserve, led by Jerome Powell, is expected to lower rates.']);
    expect(a!.entities.find((e) => e.name === 'U.S. Federal Reserve')?.aliases).toContain('Federal Reserve');
  });

  it('"The club\'s co-owner, British billionaire Jim Ratcliffe": a nationality and a person noun between comma and name', async () => {
    const [a] = await analyzeTexts(["Everton Football Club lost again. The club's co-owner, American businessman Dan Friedkin, promised changes."]);
    expect(typed(a!)).toContain('Dan Friedkin -co-owner of-> Everton Football Club');
  });

  it('"accepted offers of help from Spain and Britain": aid from each', async () => {
    const [a] = await analyzeTexts(['Libya accepted offers of help from Egypt and Turkey after the floods.']);
    expect(typed(a!)).toContain('Libya -070 accepted aid from-> Egypt');
    expect(typed(a!)).toContain('Libya -070 accepted aid from-> Turkey');
  });

  it('"India\'s delegate, X": a delegate represents the country', async () => {
    const [a] = await analyzeTexts(["India's delegate, Chandni Raina, rejected the agreement."]);
    expect(typed(a!)).toContain('Chandni Raina -delegate of-> India');
  });
});

describe('a possessor belongs to the name right after it (learned relations)', () => {
  it('"Taiwan\'s Foxconn had approached Nissan": Nissan is not based in Taiwan', async () => {
    const [a] = await analyzeTexts(["Taiwan's Foxconn had approached Nissan earlier this month about buying a stake, people familiar with the matter said."]);
    expect(typed(a!).filter((r) => r.startsWith('Nissan') && r.endsWith('-> Taiwan'))).toEqual([]);
  });
});

describe('a title the parse makes the subject', () => {
  it('"U.S. Secretary of State Antony Blinken congratulated India": the name under the title acts', async () => {
    const [a] = await analyzeTexts(["U.K. Foreign Secretary David Lammy congratulated Ghana on completing a peaceful election."]);
    expect(typed(a!)).toContain('David Lammy -051 praised-> Ghana');
  });

});

describe('attacks on a place\'s facilities, by a group named by its backer', () => {
  it('"the Iran-backed group fired dozens of rockets at military bases in northern Israel"', async () => {
    const [a] = await analyzeTexts(['Hezbollah said it was ready. Hours later the Iran-backed group fired dozens of rockets at military bases in northern Israel.']);
    expect(typed(a!)).toContain('Hezbollah -190 fired missiles at-> Israel');
  });
  it('"attacked a hospital in Kharkiv": the place hit', async () => {
    const [a] = await analyzeTexts(['Russian drones attacked a hospital in Kharkiv on Sunday.']);
    expect(typed(a!)).toContain('Russia -190 attacked-> Kharkiv');
  });
});

describe('from the last fresh batch (42-45)', () => {
  it('"its director" inside a sentence is the sentence subject\'s, not the country named last', async () => {
    const [a] = await analyzeTexts(['The Louvre has agreed to lend three paintings to a museum in Abu Dhabi, under a deal announced on Thursday by its director, Anna Keller.']);
    expect(typed(a!)).toContain('Anna Keller -director of-> Louvre');
  });
  it('"Germany\'s Bosch and Infineon": the possessor owns both', async () => {
    const [a] = await analyzeTexts(["France's Thales and Safran will each hold 10% of the venture."]);
    expect(typed(a!)).toContain('Thales -affiliated with-> France');
    expect(typed(a!)).toContain('Safran -affiliated with-> France');
  });
});
