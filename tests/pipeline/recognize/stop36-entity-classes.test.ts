// Entity errors read from unseen news (issue 14), stop 36: a person's office before a name the tagger read as a body
// ("Senator JD Vance"), a town before a lower-case kind of business ("the Akron steelmaker"), and a company named with
// its country written out and abbreviated ("U.S. Steel", "United States Steel Corp"). The tagger's reading is given
// as spans (what it said on sentences of the same shape); every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';
import type { EntityType } from '../../../src/types.ts';

describe('a one-word office before a name tagged as a body: the name is a person', () => {
  const cases: Array<[string, Spans, string, EntityType]> = [
    ['Senator JD Vance of Ohio wrote to the regulator.', [['JD Vance', 'ORG'], ['Ohio', 'LOC']], 'JD Vance', 'person'],
    ['Governor JB Pritzker signed the bill on Friday.', [['JB Pritzker', 'ORG']], 'JB Pritzker', 'person'],
    ['Representative Hakeem Jeffries criticised the plan.', [['Hakeem Jeffries', 'ORG']], 'Hakeem Jeffries', 'person'],
  ];
  it.each(cases)('%s (%s: %s)', (text, spans, name, type) => {
    expect(mentions(text, spans).filter((m) => m.text === name).map((m) => m.type)).toEqual([type]);
  });
  // guards: titles that open names of things, a name ending like a body's, initials the gazetteer knows
  const guards: Array<[string, Spans, string, EntityType]> = [
    ['General Electric Co said profits rose.', [['Electric Co', 'ORG']], 'General Electric Co', 'organization'],
    ['Senator Holdings Ltd said profits rose.', [['Holdings Ltd', 'ORG']], 'Senator Holdings Ltd', 'organization'],
  ];
  it.each(guards)('guard: %s (%s: %s)', (text, spans, name, type) => {
    expect(mentions(text, spans).filter((m) => m.text === name).map((m) => m.type)).toEqual([type]);
  });
});

describe('a town between "the" and a kind of business is where the business is', () => {
  const cases: Array<[string, Spans]> = [
    ['Rivals said the Pittsburgh steelmaker had never wanted a domestic buyer.', [['Pittsburgh', 'ORG']]],
    ['Analysts expect the Toulouse planemaker to raise output.', [['Toulouse', 'ORG']]],
    ['Shares of the Johannesburg miner fell 4%.', [['Johannesburg', 'ORG']]],
  ];
  it.each(cases)('%s', (text, spans) => {
    const town = spans[0]![0];
    expect(mentions(text, spans).filter((m) => m.text === town).map((m) => m.type)).toEqual(['city']);
  });
});

describe('a company named with its country written out and abbreviated is one entity', () => {
  it('"United States Steel Corp" ... "U.S. Steel"', () => {
    const text = 'Nakamura Steel agreed to buy United States Steel Corp for $14 billion. U.S. Steel shares rose 20%.';
    const es = entities(text, [['Nakamura Steel', 'ORG'], ['United States Steel Corp', 'ORG'], ['U.S. Steel', 'ORG']]);
    const steel = es.filter((e) => /Steel Corp|U\.S\. Steel/.test(e.name));
    expect(steel).toHaveLength(1);
    expect(steel[0]!.aliases).toContain('U.S. Steel');
  });
  it('"UK Power Networks" ... "United Kingdom Power Networks" (held before: the shared-name join)', () => {
    const text = 'United Kingdom Power Networks said the outage was over. UK Power Networks had warned of storms.';
    const es = entities(text, [['United Kingdom Power Networks', 'ORG'], ['UK Power Networks', 'ORG']]);
    expect(es.filter((e) => e.type === 'organization')).toHaveLength(1);
  });
  it('guard: the same rest after two countries is two companies', () => {
    const text = 'Japan Airlines and China Airlines signed a code-share deal.';
    const es = entities(text, [['Japan Airlines', 'ORG'], ['China Airlines', 'ORG']]);
    expect(es.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['China Airlines', 'Japan Airlines']);
  });
});

describe('a Portuguese surname joined by "e" is one name', () => {
  it('"Prime Minister Mario Sousa e Vasconcelos said" with the tagger\'s two spans', () => {
    const ms = mentions('Prime Minister Mario Sousa e Vasconcelos said the plan would work.', [['Mario Sousa', 'PER'], ['Vasconcelos', 'PER']]);
    expect(ms.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Mario Sousa e Vasconcelos']);
  });
  it('guard: "e" between two names of other kinds joins nothing', () => {
    const ms = mentions('Exports to Angola e Brazil rose.', [['Angola', 'LOC'], ['Brazil', 'LOC']]);
    expect(ms.map((m) => m.text)).toEqual(['Angola', 'Brazil']);
  });
});
