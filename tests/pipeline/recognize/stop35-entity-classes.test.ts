// Classes of entity errors on unseen news (issue 14), stop 35: names ending in a numeral, a body's name before an
// office and its holder, two bodies joined by "and", a person after "aide to", the town of a monitored dateline. The
// tagger's reading is given as spans (what it said on sentences of the same shape); every sentence was written for
// this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';
import type { EntityType, Mention } from '../../../src/types.ts';

const named = (ms: Mention[]) => ms.map((m) => `${m.text}:${m.type}`);

describe('a name ending in a numeral keeps it', () => {
  const cases: Array<[string, Spans, string]> = [
    // a hyphened number: the tagger's miscellaneous name, or nothing at all
    ['Investors left the Kolyma-3 venture after the sanctions.', [['Kolyma-3', 'MISC']], 'Kolyma-3:organization'],
    ['Investors from Asia left the Kolyma-3 venture after the sanctions.', [['Asia', 'LOC']], 'Kolyma-3:organization'],
    // a project's head word counted by the number, written once
    ['Buyers from Asia signed for cargoes of Taimyr LNG 1 last year.', [['Asia', 'LOC'], ['Taimyr LNG', 'ORG']], 'Taimyr LNG 1:organization'],
    // a name written with a number more than once
    ['Blasts damaged the Baltic Link 2 and Baltic Link 1 pipelines at night. Baltic Link 2 had never carried gas.',
      [['Baltic Link', 'ORG'], ['Baltic Link', 'ORG', 1], ['Baltic Link', 'ORG', 2]], 'Baltic Link 1:organization'],
  ];
  it.each(cases)('%s (%j)', (text, spans, want) => {
    expect(named(mentions(text, spans))).toContain(want);
  });
  it('"Baltic Link 1" and "Baltic Link 2" stay two entities (a number is no spelling)', () => {
    const text = 'Blasts damaged the Baltic Link 2 and Baltic Link 1 pipelines at night. Baltic Link 2 had never carried gas.';
    const es = entities(text, [['Baltic Link', 'ORG'], ['Baltic Link', 'ORG', 1], ['Baltic Link', 'ORG', 2]]);
    expect(es.map((e) => e.name).sort()).toEqual(['Baltic Link 1', 'Baltic Link 2']);
  });
  // guards: scores and table rows keep their numbers out of the teams' names
  const scores: Array<[string, Spans, string]> = [
    ['Espanyol 2 Valencia 1', [['Espanyol', 'ORG'], ['Valencia', 'ORG']], 'Espanyol'],
    ['Valencia 1 Espanyol 2', [['Valencia', 'ORG'], ['Espanyol', 'ORG']], 'Espanyol'],
    ['Espanyol 3 2 1 0 6 2 7', [['Espanyol', 'ORG']], 'Espanyol'],
    ['Espanyol 2 ( Lopez 12 ) Valencia 1', [['Espanyol', 'ORG'], ['Lopez', 'PER'], ['Valencia', 'ORG']], 'Valencia'],
  ];
  it('guard: a scorecard\'s figures stay out of the names even when a name comes back with figures', () => {
    const text = 'Essex 83 and 174 , Kent 296 .\nEssex 22 points , Kent 4 .\nJ. Smith b Dunmore 22\nA. Jones c Hale b Dunmore 8';
    const ms = mentions(text, [['Essex', 'ORG'], ['Kent', 'ORG'], ['Essex', 'ORG', 1], ['Kent', 'ORG', 1], ['J. Smith', 'PER'], ['Dunmore', 'ORG'], ['A. Jones', 'PER'], ['Hale', 'PER'], ['Dunmore', 'ORG', 1]]);
    expect(ms.filter((m) => /\d/.test(m.text)).map((m) => m.text)).toEqual([]);
  });
  it('guard: "Under-21" is no name of a project', () => {
    const ms = mentions('The Under-21 side of Wales lost to the Under-21 side of France on Sunday.', [['Wales', 'LOC'], ['France', 'LOC']]);
    expect(ms.map((m) => m.text)).not.toContain('Under-21');
  });
  it.each(scores)('guard: %s keeps "%s" without its score', (text, spans, team) => {
    expect(mentions(text, spans).filter((m) => m.text.startsWith(team)).map((m) => m.text)).toEqual([team]);
  });
});

describe('a name before a body\'s office and the person holding it is the body', () => {
  const cases: Array<[string, Spans, string, EntityType]> = [
    ['Rusich militia chief Oleg Voronin said his men had reached the river.', [['Rusich', 'PER'], ['Oleg Voronin', 'PER']], 'Rusich', 'organization'],
    ['Osasuna president Luis Sabalza said the club would appeal.', [['Osasuna', 'PER'], ['Luis Sabalza', 'PER']], 'Osasuna', 'organization'],
    // guards: an office held for a person; a surname of a person the article names in full
    ['Merkel chief of staff Helge Braun declined to comment.', [['Merkel', 'PER'], ['Helge Braun', 'PER']], 'Merkel', 'person'],
    ['Senator Bob Dole spoke first. Dole campaign manager Scott Reed said little.', [['Bob Dole', 'PER'], ['Dole', 'PER', 1], ['Scott Reed', 'PER']], 'Dole', 'person'],
  ];
  it.each(cases)('%s (%s: %s)', (text, spans, name, type) => {
    expect(mentions(text, spans).filter((m) => m.text === name).map((m) => m.type)).toEqual([type]);
  });
});

describe('a club named by its second word is the club named in full', () => {
  it('"Caldera president X" after "Real Caldera": one club', () => {
    const text = 'The striker left Real Caldera for London on Friday. Caldera president Ignacio Mendez thanked him.';
    const es = entities(text, [['Real Caldera', 'ORG'], ['London', 'LOC'], ['Caldera', 'PER'], ['Ignacio Mendez', 'PER']]);
    expect(es.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases])).toEqual([['Real Caldera', ['Caldera']]]);
  });
});

describe('the word after an acronym of a company\'s name is the company, even read as a person', () => {
  it('"pay Kestrix" after "KDT Kestrix"', () => {
    const text = 'The group is in a dispute with KDT Kestrix over a venture. A court ordered it to pay Kestrix $2 billion.';
    const es = entities(text, [['KDT Kestrix', 'ORG'], ['Kestrix', 'PER', 1]]);
    expect(es.map((e) => [e.name, e.type])).toEqual([['KDT Kestrix', 'organization']]);
  });
  it('guard: a person with a full name keeps the word', () => {
    const text = 'Anna Kestrix runs KDT Kestrix. Kestrix said sales rose.';
    const es = entities(text, [['Anna Kestrix', 'PER'], ['KDT Kestrix', 'ORG'], ['Kestrix', 'PER', 2]]);
    expect(es.find((e) => e.name === 'Anna Kestrix')?.aliases).toContain('Kestrix');
  });
});

describe('two bodies joined by "and" in one tagger span are two', () => {
  it('"Harwick Bank and Seaford Capital" (the tagger\'s one span)', () => {
    const ms = mentions('Harwick Bank and Seaford Capital both bid for the insurer on Monday.', [['Harwick Bank and Seaford Capital', 'ORG']]);
    expect(named(ms)).toEqual(['Harwick Bank:organization', 'Seaford Capital:organization']);
  });
  const guards: Array<[string, string]> = [
    ['The Standard Bank and Trust Company lent the money.', 'Standard Bank and Trust Company'],
    ['The Ministry of Trade and Industry said so.', 'Ministry of Trade and Industry'],
    ['The Oil and Gas Authority said so.', 'Oil and Gas Authority'],
  ];
  it.each(guards)('guard: %s keeps "%s" whole', (text, name) => {
    expect(mentions(text, [[name, 'ORG']]).map((m) => m.text)).toContain(name);
  });
});

describe('CoNLL04 shapes: a person after "aide to", the town of a monitored dateline', () => {
  it('"aide to X" is a person, whatever the tagger read', () => {
    const ms = mentions('Walsh is a former legislative aide to Dunleavy, the records show.', [['Walsh', 'PER'], ['Dunleavy', 'ORG']]);
    expect(ms.filter((m) => m.text === 'Dunleavy').map((m) => m.type)).toEqual(['person']);
  });
  it('"(Text) <town>, <day> <month> (<AGENCY>)": the town no gazetteer knows is a town', () => {
    const ms = mentions('( Text ) Darkhanbulag , 12 May ( XINHUA ) -- Officials opened a new bridge on Friday .', [['Darkhanbulag', 'ORG'], ['XINHUA', 'ORG']]);
    expect(ms.filter((m) => m.text === 'Darkhanbulag').map((m) => m.type)).toEqual(['city']);
  });
});

describe('partners\' surnames joined by commas after "firm of" are one firm', () => {
  it('"the law firm of Hollis, Brandt" read by the tagger as a town and its state', () => {
    const ms = mentions('Dan Ruiz of the law firm of Hollis, Brandt said the bid was fair.', [['Dan Ruiz', 'PER'], ['Hollis', 'LOC']]);
    expect(named(ms)).toContain('Hollis, Brandt:organization');
  });
  it('guard: a town and its state after "firm of" stay places', () => {
    const ms = mentions('She joined a firm of Austin, Texas, last year.', [['Austin', 'LOC'], ['Texas', 'LOC']]);
    expect(ms.map((m) => m.text)).toEqual(['Austin', 'Texas']);
  });
});
