// Name resolution: every way a user may write a name finds the entity, and an
// unknown name fails with "did you mean" suggestions.
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from './fixture-graph.ts';
import { AmbiguousEntityError, findEntities, normalizeName, resolveEntity, suggestNames, UnknownEntityError } from '../../src/query/index.ts';
import { InputError } from '../../src/errors.ts';

const graph = fixtureGraph();

describe('normalizeName', () => {
  it.each([
    ['Vučić', 'vucic'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ["Spain's", 'spain'],
    ['Spain’s', 'spain'],
    ['the United States', 'united states'],
    ['  NATO  ', 'nato'],
    ['Hong-chol', 'hong chol'],
    ['Łódź', 'lodz'],
  ])('%s -> %s', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('resolveEntity', () => {
  it.each([
    ['Turkey', 'country:TR', 'label-or-alias'],
    ['turkey', 'country:TR', 'label-or-alias'],
    ['Türkiye', 'country:TR', 'label-or-alias'],
    ['Turkiye', 'country:TR', 'label-or-alias'],
    ["Turkey's", 'country:TR', 'label-or-alias'],
    ['Aleksandar Vucic', 'person:vucic', 'label-or-alias'],
    ['VUCIC', 'person:vucic', 'label-or-alias'],
    ['Erdogan', 'person:erdogan', 'label-or-alias'],
    ['Fidan', 'person:fidan', 'surname'],
    ["Fidan's", 'person:fidan', 'surname'],
    ['North Atlantic Treaty Organization', 'org:nato', 'label-or-alias'],
    ['country:XK', 'country:XK', 'id'],
    ['NATO', 'org:nato', 'label-or-alias'],
    ['Hakan', 'person:fidan', 'first-name'],
    ['Recep', 'person:erdogan', 'first-name'],
  ])('%s -> %s (%s)', (name, id, match) => {
    const hit = resolveEntity(graph, name);
    expect(hit.id).toBe(id);
    expect(hit.match).toBe(match);
  });

  it.each([
    ['Kosova', 'Kosovo'],
    ['Serbai', 'Serbia'],
    ['Erdgan', 'Recep Tayyip Erdoğan'],
    ['Hakan Fidn', 'Hakan Fidan'],
  ])('unknown "%s" suggests %s in a one-line InputError', (name, suggestion) => {
    let error: unknown;
    try { resolveEntity(graph, name); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect(error).toBeInstanceOf(InputError);
    const e = error as UnknownEntityError;
    expect(e.suggestions[0]).toBe(suggestion);
    expect(e.message).toContain(`did you mean "${suggestion}"`);
    expect(e.message).not.toContain('\n');
  });

  it('reads capitals as the initials of a longer name ("US", "U.S.", "the EU"), never lower case', () => {
    const g = fixtureGraph();
    g.addNode('country:US', { label: 'United States', type: 'country', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('org:eu', { label: 'European Union', type: 'organization', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('org:boe', { label: 'Bank of England', type: 'organization', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    expect(resolveEntity(g, 'US')).toMatchObject({ id: 'country:US', match: 'acronym' });
    expect(resolveEntity(g, 'U.S.')).toMatchObject({ id: 'country:US', match: 'acronym' });
    expect(resolveEntity(g, 'the EU').id).toBe('org:eu');
    expect(resolveEntity(g, 'BE').id).toBe('org:boe');
    expect(() => resolveEntity(g, 'us')).toThrow(UnknownEntityError);
    // People are not called by their initials in the news (and JMA could be anyone).
    expect(() => resolveEntity(g, 'JMA')).toThrow(UnknownEntityError);
  });

  it('gives no suggestion for a name unlike any entity', () => {
    expect(suggestNames(graph, 'Zimbabwe')).toEqual([]);
    expect(() => resolveEntity(graph, 'Zimbabwe')).toThrow(/^query: no entity named "Zimbabwe", nor one with a similar name$/);
  });

  it('does not take a first name shared by two people as either of them', () => {
    const g = fixtureGraph();
    g.addNode('person:hakan-2', { label: 'Hakan Şükür', type: 'person', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    expect(() => resolveEntity(g, 'Hakan')).toThrow(UnknownEntityError);
  });

  it('finds a person by any part of the name, with or without accents, or by initials ("Lula", "Inacio Lula", "L. da Silva")', () => {
    const g = fixtureGraph();
    g.addNode('person:lula', { label: 'Luiz Inácio Lula da Silva', type: 'person', aliases: ['Lula'], mentions: 3, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('person:haddad', { label: 'Fernando Haddad', type: 'person', aliases: [], mentions: 1, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('org:pt', { label: 'Workers Party of Brazil', type: 'organization', aliases: [], mentions: 1, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    for (const [name, match] of [
      ['Lula', 'label-or-alias'], ['Inacio Lula', 'partial'], ['Inácio', 'partial'], ['Lula da Silva', 'partial'], ['Luiz Lula', 'partial'],
      ['L. da Silva', 'partial'], ['L. I. Lula', 'partial'], ['Silva', 'surname'], ['Luiz', 'first-name'],
    ] as const) expect(resolveEntity(g, name), name).toMatchObject({ id: 'person:lula', match });
    expect(resolveEntity(g, 'F. Haddad')).toMatchObject({ id: 'person:haddad', match: 'partial' });
    expect(resolveEntity(g, 'Workers Party')).toMatchObject({ id: 'org:pt', match: 'partial' });
    // Words out of order, an initial that fits no word, minor words alone: not a name.
    for (const name of ['Silva Lula', 'X. Lula', 'da', 'of the']) expect(() => resolveEntity(g, name), name).toThrow(UnknownEntityError);
  });

  it('asks which one when a partial name fits several entities equally', () => {
    const g = fixtureGraph();
    g.addNode('country:KP', { label: 'North Korea', type: 'country', aliases: [], mentions: 5, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('country:KR', { label: 'South Korea', type: 'country', aliases: [], mentions: 2, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    let error: unknown;
    try { resolveEntity(g, 'Korea'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(AmbiguousEntityError);
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as AmbiguousEntityError).suggestions).toEqual(['North Korea', 'South Korea']);
    expect((error as Error).message).toBe('query: "Korea" could be "North Korea" or "South Korea"; did you mean one of them?');
    expect(resolveEntity(g, 'South Korea').id).toBe('country:KR');
    // Two people who share a first name: both are offered.
    g.addNode('person:hakan-2', { label: 'Hakan Şükür', type: 'person', aliases: [], mentions: 1, documents: [], x: 0, y: 0, size: 1, color: '#000' });
    expect(() => resolveEntity(g, 'Hakan')).toThrow(/"Hakan" could be "Hakan Fidan" or "Hakan Şükür"/);
  });

  it('resolves what `kg entities` ranks first: an exact or partial name is the top search hit', () => {
    const g = fixtureGraph();
    g.addNode('person:lula', { label: 'Luiz Inácio Lula da Silva', type: 'person', aliases: [], mentions: 3, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    for (const name of ['Lula', 'lula da silva', 'Inacio', 'Vucic', 'Turkiye', 'Fidan', 'Serbia']) {
      expect(findEntities(g, name)[0]!.id, name).toBe(resolveEntity(g, name).id);
    }
  });

  it('prefers the more mentioned entity when a surname is shared, and reports the other', () => {
    const g = fixtureGraph();
    g.addNode('person:other-fidan', { label: 'Ayşe Fidan', type: 'person', aliases: [], mentions: 9, documents: ['d1'], x: 0, y: 0, size: 3, color: '#e15759' });
    const hit = resolveEntity(g, 'Fidan');
    expect(hit.id).toBe('person:other-fidan');
    expect(hit.alternatives).toEqual(['person:fidan']);
  });
});

describe('findEntities', () => {
  it('ranks an exact match over a prefix and a word match, and filters by type', () => {
    const all = findEntities(graph, 'tur').filter((m) => m.score > 0);
    expect(all.map((m) => m.id)).toEqual(['country:TR']);
    const people = findEntities(graph, undefined, { type: 'person' });
    expect(people.map((m) => m.id)).toEqual(['person:albares', 'person:vucic', 'person:erdogan', 'person:fidan']);
    expect(findEntities(graph, 'serbia')[0]).toMatchObject({ id: 'country:RS', score: 1 });
  });

  it('lists every entity, most mentioned first, without a query', () => {
    const all = findEntities(graph, undefined);
    expect(all).toHaveLength(graph.order);
    expect(all[0]!.id).toBe('country:TR');
  });
});
