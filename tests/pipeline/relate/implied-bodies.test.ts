// Roles whose body the sentence does not name, read from the story (basis "context"), and a few
// constructions around them: a company office in a story about one company, a national office in a
// story whose country is named mostly by its nationality word, a relative clause after an age.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

function roles(a: ArticleAnalysis): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.kind === 'role').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}${r.basis === 'context' ? ' [context]' : ''}`);
}

describe('a body taken from the story', () => {
  it('"Chief executive X said the company ..." in a story about one company', async () => {
    const [a] = await analyzeTexts(['Shares in Orvana Minerals rose 9% on Thursday after the government agreed to guarantee its loans. Chief executive Lena Marsh said the support would let the company expand.']);
    expect(roles(a!)).toContain('Lena Marsh -chief executive of-> Orvana Minerals [context]');
  });

  it('no company office taken from the story when the sentence names an organisation', async () => {
    const [a] = await analyzeTexts(['Shares in Orvana Minerals rose 9% on Thursday. Chief executive Lena Marsh joined from Goldman Sachs last year.']);
    expect(roles(a!).filter((r) => r.includes('[context]'))).toEqual([]);
  });

  it('a national office in a story whose country is named by its nationality word and its capital', async () => {
    const [a] = await analyzeTexts(['Berlin backs guarantees for steelmaker\n\nThe German government agreed to guarantee the loans on Thursday. Economy Minister Robert Habeck said the state would not take a stake.']);
    expect(roles(a!)).toContain('Robert Habeck -economy minister of-> Germany [context]');
  });
});

describe('constructions around a person', () => {
  it('"X, 61, who led the town of Y": the relative clause after an age', async () => {
    const [a] = await analyzeTexts(['Paul Girard, 61, who led the town of Vaulx-en-Velin from 2008 to 2020, was convicted on Friday.']);
    expect(roles(a!)).toContain('Paul Girard -leader of-> Vaulx-en-Velin');
  });

  it('"a construction firm, Batir Sud,": the name in apposition to a kind of company is the company', async () => {
    const [a] = await analyzeTexts(['He took bribes from a construction firm, Batir Sud, for ten years.']);
    expect(a!.entities.find((e) => e.name === 'Batir Sud')?.type).toBe('organization');
  });
});

describe('who does the act of an "of/for V-ing" clause', () => {
  const events = (a: ArticleAnalysis) => {
    const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
    return a.relations.filter((r) => r.kind === 'event').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`);
  };
  it('"accused Ethiopia of ... signing a deal with Somaliland": Ethiopia signed, not the accuser', async () => {
    const [a] = await analyzeTexts(['Hassan Sheikh Mohamud has accused Ethiopia of violating Somali sovereignty by signing a port deal with Somaliland.']);
    expect(events(a!)).toContain('Ethiopia -signed agreement with-> Somaliland');
    expect(events(a!)).not.toContain('Hassan Sheikh Mohamud -signed agreement with-> Somaliland');
  });
  it('"al-Shabaab", written with its lower-case article, is a name', async () => {
    const [a] = await analyzeTexts(['The Somali army is fighting al-Shabaab in the south of the country.']);
    expect(a!.entities.find((e) => e.name === 'al-Shabaab')?.type).toBe('organization');
    expect(events(a!)).toContain('Somalia -fought-> al-Shabaab');
  });
});

describe('titles and targets', () => {
  const rels = (a: ArticleAnalysis) => {
    const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
    return a.relations.filter((r) => r.kind !== 'cooccurrence').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`);
  };
  it('"Labour Minister X": the portfolio is part of the title, not an organisation', async () => {
    const [a] = await analyzeTexts(['Chile raises pensions\n\nChile said on Monday that pensions would rise. Labour Minister Jeannette Jara met union leaders in Chile on Tuesday.']);
    expect(a!.entities.map((e) => e.name)).not.toContain('Labour');
    expect(rels(a!)).toContain('Jeannette Jara -labour minister of-> Chile');
  });
  it('"Union president X" is no president of the story\'s country', async () => {
    const [a] = await analyzeTexts(['Chile ports shut\n\nChile said its ports were shut. Chile expects talks. The strike will continue, the union president Pablo Klimpel said.']);
    expect(rels(a!)).not.toContain('Pablo Klimpel -president of-> Chile');
  });
  it('"Russian forces struck Ukrainian energy facilities": the country the target belongs to', async () => {
    const [a] = await analyzeTexts(['Russian forces struck Ukrainian energy facilities overnight.']);
    expect(rels(a!)).toContain('Russia -attacked-> Ukraine');
  });
});

describe('a possessive pronoun before an actor noun', () => {
  it('"Russia said its forces attacked Ukraine": the forces are Russia\'s', async () => {
    const [a] = await analyzeTexts(['Russia said on Sunday that its forces had attacked Ukraine overnight.']);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    expect(a!.relations.filter((r) => r.kind === 'event').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`)).toContain('Russia -attacked-> Ukraine');
  });
});

describe('"his <nationality> counterpart, <Person>," as an event\'s object', () => {
  it('is the person, even where the parse hangs the name elsewhere', async () => {
    const [a] = await analyzeTexts(["Spain's Foreign Minister Jose Albares spoke with his Moroccan counterpart, Nasser Bourita, on Friday."]);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    const events = a!.relations.filter((r) => r.kind === 'event').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`);
    expect(events).toContain('Jose Albares -spoke with-> Nasser Bourita');
    expect(events).not.toContain('Jose Albares -spoke with-> Morocco');
  });
});

describe('a nationality word before a noun is no subject', () => {
  it('"Danish drugmaker Novo Nordisk\'s controlling shareholder has agreed to buy Catalent" is not Denmark buying', async () => {
    const [a] = await analyzeTexts(["Shares of Catalent rose. Danish drugmaker Novo Nordisk's controlling shareholder has agreed to buy Catalent for $16.5 billion."]);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    const events = a!.relations.filter((r) => r.kind === 'event').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`);
    expect(events).not.toContain('Denmark -acquired-> Catalent');
  });
});

describe('an honorific is no office', () => {
  it('the relation model\'s works-for with "Dr." before the name is not a role "dr of"', async () => {
    const [a] = await analyzeTexts(['The minister was accompanied by his wife, Dr. Amina Rahman, and officials of the Foreign Ministry during the visit.']);
    const model = a!.relations.filter((r) => r.by === 'model');
    expect(model.map((r) => r.predicate)).toContain('works for');
    expect(a!.relations.filter((r) => /^(dr|mr|mrs|ms)\.? of$/.test(r.predicate))).toEqual([]);
  });
});

describe('"his Ethiopian counterpart X"', () => {
  it('gives the office of the titled person before it, never a role named "counterpart of"', async () => {
    const [a] = await analyzeTexts(["Kenya's foreign minister, Musalia Mudavadi, met his Ethiopian counterpart Taye Atske Selassie in Nairobi on Monday."]);
    expect(a!.relations.filter((r) => r.predicate === 'counterpart of')).toEqual([]);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    expect(a!.relations.filter((r) => r.kind === 'role').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`)).toContain('Taye Atske Selassie -foreign minister of-> Ethiopia');
  });
});

describe('members and spokespeople', () => {
  const rels = (a: ArticleAnalysis) => {
    const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
    return a.relations.filter((r) => r.kind !== 'cooccurrence').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}${r.basis === 'context' ? ' [context]' : ''}`);
  };
  it('"Brian Mulroney\'s Progressive Conservative Party": a person\'s own party', async () => {
    const [a] = await analyzeTexts(["Prime Minister Brian Mulroney's Progressive Conservative Party won its second majority."]);
    expect(rels(a!)).toContain('Brian Mulroney -member of-> Progressive Conservative Party');
  });
  it('"Apple declined to comment, said Jane Doe, a spokeswoman": the one organisation the sentence names', async () => {
    const [a] = await analyzeTexts(['Apple declined to comment, said Jane Doe, a spokeswoman.']);
    expect(rels(a!)).toContain('Jane Doe -spokeswoman of-> Apple [context]');
  });
  it('no such body when the sentence names a country too', async () => {
    const [a] = await analyzeTexts(['The talks with France will resume, Acme said, according to Jean Roux, a spokesman.']);
    expect(rels(a!).filter((r) => r.startsWith('Jean Roux'))).toEqual([]);
  });
});

describe('an office given by a head of government', () => {
  it('"German Chancellor Olaf Scholz appointed Boris Pistorius as defence minister" is an office of Germany', async () => {
    const [a] = await analyzeTexts(['German Chancellor Olaf Scholz on Tuesday appointed Boris Pistorius as defence minister, a day after talks on aid to Ukraine.']);
    const name = (id: string) => a!.entities.find((e) => e.id === id)?.name;
    expect(a!.relations.filter((r) => r.kind === 'role').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}`)).toContain('Boris Pistorius -defence minister of-> Germany');
  });
});
