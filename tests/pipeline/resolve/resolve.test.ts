// Resolution on short articles from other news: one entity per real thing, the
// fullest name, and a reason for every alias joined.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import { resolve } from '../../../src/pipeline/resolve/index.ts';
import type { Resolved } from '../../../src/types.ts';
import { closeSpelling, withinEdits } from '../../../src/pipeline/resolve/names.ts';

function resolveText(text: string): Resolved {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return resolve(seg, recognize(seg, []));
}
const byName = (r: Resolved, name: string) => r.entities.find((e) => e.name === name);

describe('joins', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // [article, entity name, alias, rule, entity id]
    ['President Joe Biden spoke on Monday. Biden said the deal was close.', 'Joe Biden', 'Biden', 'surname', 'person:joe-biden'],
    ['Chinese leader Xi Jinping met Kim Jong Un in Beijing. Kim thanked his host.', 'Kim Jong Un', 'Kim', 'family-name', 'person:kim-jong-un'],
    ['Volodymyr Zelensky addressed parliament. Later, Zelenskyy said aid was needed.', 'Volodymyr Zelensky', 'Zelenskyy', 'fuzzy', 'person:volodymyr-zelensky'],
    ['The International Monetary Fund approved the loan. The IMF said reforms must follow.', 'International Monetary Fund', 'IMF', 'acronym', 'org:imf'],
    ['The Kenya Wildlife Service said poaching fell. KWS rangers patrol the park.', 'Kenya Wildlife Service', 'KWS', 'acronym', 'org:kenya-wildlife-service'],
    ['Artillery hit Kharkiv overnight. Kharkov was shelled again on Friday.', 'Kharkiv', 'Kharkov', 'gazetteer-alternate-name', 'city:706483'],
    ['Iran said it would respond. Tehran accused Israel of sabotage.', 'Iran', 'Tehran', 'capital-as-state', 'country:IR'],
    ['Brazilian President Luiz Inacio Lula da Silva spoke first. Lula, 78, urged calm.', 'Luiz Inacio Lula da Silva', 'Lula', 'name-part', 'person:luiz-inacio-lula-da-silva'],
    ['The United Nations Relief and Works Agency (UNRWA) said aid was waiting. UNRWA asked for access.', 'United Nations Relief and Works Agency', 'UNRWA', 'acronym', 'org:united-nations-relief-and-works-agency'],
  ];
  it.each(cases)('%s', (text, name, alias, rule, id) => {
    const r = resolveText(text);
    const e = byName(r, name);
    expect(e, JSON.stringify(r.entities.map((x) => x.name))).toBeDefined();
    expect(e!.id).toBe(id);
    expect(e!.aliases).toContain(alias);
    expect(e!.merges?.find((m) => m.alias === alias)?.rule).toBe(rule);
    for (const m of e!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('headlines', () => {
  it('keeps from a Title Case title only the names the body confirms', () => {
    const r = resolveText("Brazil's Lula Meets Argentine President Milei in Buenos Aires\nPresident Luiz Inacio Lula da Silva met President Javier Milei on Monday. Milei welcomed Lula.");
    // (Argentina: "Argentine President Milei" gives the president's nationality)
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Argentina', 'Brazil', 'Buenos Aires', 'Javier Milei', 'Luiz Inacio Lula da Silva']);
  });
  it('a name after "at the" is a place, not a person', () => {
    const r = resolveText('The leaders met at the Casa Rosada on Monday.');
    expect(r.entities.map((e) => [e.name, e.type])).toEqual([['Casa Rosada', 'location']]);
  });
});

describe('tagger slips repaired by the article', () => {
  it('a lone word tagged ORG that is part of a person named in full joins the person', () => {
    const text = 'Julius Nyerere arrived in Rome. Nyerere met the mediators.';
    const seg = segment({ id: 't', title: null, source: 'test', text });
    // Julius(0) Nyerere(1) arrived(2) in(3) Rome(4) .(5) Nyerere(6) ...
    const r = resolve(seg, recognize(seg, [{ start: 0, end: 2, label: 'PER' }, { start: 4, end: 5, label: 'LOC' }, { start: 6, end: 7, label: 'ORG' }]));
    const person = byName(r, 'Julius Nyerere')!;
    expect(person.mentions.map((m) => m.text)).toEqual(['Julius Nyerere', 'Nyerere']);
    expect(r.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('"the North" joins the country named in full', () => {
    const r = resolveText("North Korea's state media reported the North's decision on Thursday.");
    const nk = byName(r, 'North Korea')!;
    expect(nk.aliases).toEqual(['North']);
    expect(nk.merges?.[0]?.rule).toBe('short-reference');
  });
});

describe('things kept apart', () => {
  it('two people sharing a surname are not merged, and a bare surname goes to the one the article named first (its principal)', () => {
    const r = resolveText('Hillary Clinton met Bill Clinton in New York. Clinton later spoke to reporters.');
    const people = r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(byName(r, 'Hillary Clinton')!.aliases).toContain('Clinton');
    expect(byName(r, 'Bill Clinton')!.aliases).not.toContain('Clinton');
  });

  it('a relative named in full after the principal does not take the principal\'s bare surname', () => {
    const r = resolveText('Former President Rodrigo Valdivieso was detained on Tuesday. His daughter, Senator Maria Valdivieso, condemned the arrest. Prosecutors accuse Valdivieso of fraud.');
    const people = r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Maria Valdivieso', 'Rodrigo Valdivieso']);
    expect(byName(r, 'Rodrigo Valdivieso')!.aliases).toContain('Valdivieso');
    expect(byName(r, 'Maria Valdivieso')!.aliases).not.toContain('Valdivieso');
  });

  it('the foreign ministries of two countries stay two organisations', () => {
    const r = resolveText("Ukraine's Foreign Ministry protested. Russia's Foreign Ministry rejected the protest.");
    const ids = r.entities.filter((e) => e.name === 'Foreign Ministry').map((e) => e.id).sort();
    expect(ids).toEqual(['org:ru-foreign-ministry', 'org:ua-foreign-ministry']);
  });

  it('different places with similar names are not fuzzy-merged', () => {
    const r = resolveText('Talks were held in Austria. Australia sent an observer.');
    expect(r.entities.map((e) => e.id).sort()).toEqual(['country:AT', 'country:AU']);
  });

  it('nationality words resolve to their country id but are no entity mentions', () => {
    const r = resolveText('Ukrainian officials met their Polish counterparts in Warsaw.');
    expect(r.entities.map((e) => e.name)).toEqual(['Warsaw']);
    expect(r.mentions.filter((m) => m.metonymy === 'demonym').map((m) => m.entity)).toEqual(['country:UA', 'country:PL']);
  });
});

describe('spans with a title inside (as some taggers give them)', () => {
  it('"President Vladimir Putin" and "Vladimir Putin" are one person named without the title', () => {
    const text = 'President Vladimir Putin spoke. Vladimir Putin later left. Putin smiled.';
    const seg = segment({ id: 't', title: null, source: 'test', text });
    // President(0) Vladimir(1) Putin(2) spoke(3) .(4) Vladimir(5) Putin(6) later(7) left(8) .(9) Putin(10)
    const r = resolve(seg, recognize(seg, [{ start: 0, end: 3, label: 'PER' }, { start: 5, end: 7, label: 'PER' }, { start: 10, end: 11, label: 'PER' }]));
    expect(r.entities.map((e) => e.name)).toEqual(['Vladimir Putin']);
    expect(r.entities[0]!.mentions.map((m) => m.text)).toEqual(['President Vladimir Putin', 'Vladimir Putin', 'Putin']);
  });
});

describe('names without their title', () => {
  it('a person only ever named with a title in the span is named without it', () => {
    const text = 'Chancellor Olaf Scholz arrived.';
    const seg = segment({ id: 't', title: null, source: 'test', text });
    const r = resolve(seg, recognize(seg, [{ start: 0, end: 3, label: 'PER' }]));
    expect(r.entities.map((e) => [e.id, e.name, e.aliases])).toEqual([['person:olaf-scholz', 'Olaf Scholz', ['Chancellor Olaf Scholz']]]);
    expect(r.entities[0]!.merges?.[0]?.rule).toBe('title-or-article');
  });
});

describe('withinEdits: edit distance at most k', () => {
  // [a, b, k, within]
  const cases: Array<[string, string, number, boolean]> = [
    ['zelensky', 'zelenskyy', 1, true],
    ['makeyeva', 'makeeva', 1, true],
    ['kitten', 'sitting', 3, true],
    ['kitten', 'sitting', 2, false],
    ['abcdef', 'abcxyz', 2, false],
    ['abcdef', 'abcdef', 0, true],
    ['short', 'shorter', 1, false], // the lengths alone differ by two
    ['shevchenko', 'shewczenko', 2, true],
  ];
  it.each(cases)('%s / %s within %d: %s', (a, b, k, within) => {
    expect(withinEdits(a, b, k)).toBe(within);
    expect(withinEdits(b, a, k)).toBe(within);
  });

  it.each([
    ['Zelensky', 'Zelenskyy', true],
    ['Makeyeva', 'Makeeva', true],
    ['Ivanov', 'Petrov', false],  // another first letter
    ['Lavrov', 'Lavrova', true],
    ['Kim', 'Kom', false],        // too short for a spelling variant
  ])('closeSpelling(%s, %s) = %s', (a, b, close) => {
    expect(closeSpelling(a, b)).toBe(close);
  });
});
