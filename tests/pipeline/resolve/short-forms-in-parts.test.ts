// One node per thing: a short form keeping some words of a body's name and writing the others as
// initials ("<Country> FA"), or taking the initials of each hyphened part ("ABC-D"), or blending the first
// letters of its words ("Pemex"); a one-word short form in brackets; a name "known by his nom de guerre";
// a surname written exactly is that person's before it is a spelling variant of another's. The tagger's reading is given
// as spans, so the tables test resolution and not the model; every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, type Spans } from '../../helpers/spans.ts';
import type { Entity } from '../../../src/types.ts';

const named = (es: Entity[]) => es.map((e) => `${e.name} [${e.aliases.join('; ')}]`);

describe('a short form keeping some words and writing the others as initials is the body', () => {
  const cases: Array<[string, Spans, string, string]> = [
    ['The Kenya Rugby Union sacked its coach on Monday. A Kenya RU official said the search for a successor had begun.',
      [['Kenya Rugby Union', 'ORG'], ['Kenya RU', 'ORG']], 'Kenya Rugby Union', 'Kenya RU'],
    ['Delegates of the Awami Workers Party-Haqiqi (AWP-H) walked out. The AWP-H said it would boycott the vote.',
      [['Awami Workers Party-Haqiqi', 'ORG'], ['AWP-H', 'ORG'], ['AWP-H', 'ORG', 1]], 'Awami Workers Party-Haqiqi', 'AWP-H'],
    ['The Zambia National Farmers Union wants higher maize prices. Zambia NFU members marched in Lusaka.',
      [['Zambia National Farmers Union', 'ORG'], ['Zambia NFU', 'ORG'], ['Lusaka', 'LOC']], 'Zambia National Farmers Union', 'Zambia NFU'],
  ];
  it.each(cases)('%s', (text, spans, name, alias) => {
    const es = entities(text, spans);
    const e = es.find((x) => x.name === name);
    expect(e, JSON.stringify(named(es))).toBeDefined();
    expect(e!.aliases).toContain(alias);
    expect(es.filter((x) => x.name === alias)).toHaveLength(0);
  });
  it('(guard) the same letters of another country\'s body stay apart', () => {
    const es = entities('The Uganda Rugby Union and the Kenya RU will meet in Kampala.',
      [['Uganda Rugby Union', 'ORG'], ['Kenya RU', 'ORG'], ['Kampala', 'LOC']]);
    expect(es.map((e) => e.name)).toEqual(expect.arrayContaining(['Uganda Rugby Union', 'Kenya RU']));
  });
});

describe('a surname written exactly is that person\'s before it is a close spelling of another\'s', () => {
  const cases: Array<[string, Spans, string, string]> = [
    ['Darya Petrova, the niece of the late governor Oleg Petrov, was questioned on Monday. Petrova denied the charges.',
      [['Darya Petrova', 'PER'], ['Oleg Petrov', 'PER'], ['Petrova', 'PER', 1]], 'Darya Petrova', 'Oleg Petrov'],
    ['Jana Novakova sued the clinic. Her uncle, the surgeon Pavel Novakov, testified for the clinic. Novakova lost the case.',
      [['Jana Novakova', 'PER'], ['Pavel Novakov', 'PER'], ['Novakova', 'PER', 1]], 'Jana Novakova', 'Pavel Novakov'],
  ];
  it.each(cases)('%s', (text, spans, owner, other) => {
    const es = entities(text, spans);
    const surname = spans[2]![0];
    expect(es.find((e) => e.name === owner)?.mentions.map((m) => m.text), JSON.stringify(named(es))).toContain(surname);
    expect(es.find((e) => e.name === other)?.mentions.map((m) => m.text)).not.toContain(surname);
  });
});

describe('a one-word short form blending the first letters of each word of a body\'s name is the body', () => {
  const cases: Array<[string, Spans, string, string]> = [
    ['Petroleos Venezolanos raised output in May. Shares of suppliers to Petroven rose.',
      [['Petroleos Venezolanos', 'ORG'], ['Petroven', 'ORG']], 'Petroleos Venezolanos', 'Petroven'],
    ['Tiendas de Colombia opened ten stores. Ticol, as the chain is known, plans more.',
      [['Tiendas de Colombia', 'ORG'], ['Ticol', 'ORG']], 'Tiendas de Colombia', 'Ticol'],
  ];
  it.each(cases)('%s', (text, spans, name, alias) => {
    const es = entities(text, spans);
    expect(es.find((x) => x.name === name)?.aliases, JSON.stringify(named(es))).toContain(alias);
  });
  it('a company\'s legal form gives no letters to a blend', () => {
    const es = entities('Marvest SpA bought the plant. Rival Marsp said it would bid too.', [['Marvest SpA', 'ORG'], ['Marsp', 'ORG']]);
    expect(es.find((x) => x.name === 'Marvest SpA')?.aliases ?? []).not.toContain('Marsp');
  });
  it('(guard) a word that only opens the name stays apart', () => {
    const es = entities('Tiendas de Colombia opened ten stores. Tiendas Peru did not.', [['Tiendas de Colombia', 'ORG'], ['Tiendas Peru', 'ORG']]);
    expect(es.find((x) => x.name === 'Tiendas de Colombia')?.aliases ?? []).not.toContain('Tiendas Peru');
  });
});

describe('another name the article gives, in brackets or "known by his nom de guerre"', () => {
  const cases: Array<[string, Spans, string, string]> = [
    // a short form in its own language, in brackets: one word, not in capitals
    ['The National Telecommunications Regulatory Institute (Intelreg) fined the operator. Intelreg said it would appeal.',
      [['National Telecommunications Regulatory Institute', 'ORG'], ['Intelreg', 'ORG'], ['Intelreg', 'ORG', 1]], 'National Telecommunications Regulatory Institute', 'Intelreg'],
    ['The rebel commander Jorge Alvarado, better known by his nom de guerre Pacho, signed the accord.',
      [['Jorge Alvarado', 'PER'], ['Pacho', 'LOC']], 'Jorge Alvarado', 'Pacho'],
    ['Maria Lopes, known by the nickname Tatu, won the race.', [['Maria Lopes', 'PER'], ['Tatu', 'PER']], 'Maria Lopes', 'Tatu'],
  ];
  it.each(cases)('%s', (text, spans, name, alias) => {
    const es = entities(text, spans);
    expect(es.find((x) => x.name === name)?.aliases, JSON.stringify(named(es))).toContain(alias);
    expect(es.filter((x) => x.name === alias)).toHaveLength(0);
  });
});
