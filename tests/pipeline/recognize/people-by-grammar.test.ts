// Lone surnames and unfamiliar names the tagger reads as a body or a place, in wire copy of the kind CoNLL04
// holds (TREC-era AP and WSJ sentences), made people by what the sentence says of them: a list of people they
// are named in, a verb of killing or abduction they are the object of, a relative after a bare apostrophe, a
// copula with a noun only people are called, a people's noun in apposition. The tagger's reading is given as
// spans, so each table tests the rule and not the model; every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions } from '../../helpers/spans.ts';
import type { EntityType, Mention, NerLabel } from '../../../src/types.ts';

const typesOf = (ms: Mention[], name: string) => ms.filter((m) => m.text === name).map((m) => m.type);

type Case = [text: string, spans: Array<[string, NerLabel]>, name: string, type: EntityType];

describe('a person by what the sentence says of the name', () => {
  const cases: Case[] = [
    // listed with two or more people and nothing else
    ['The festival staged plays by Marlowe, Arthur Miller and Harold Pinter this summer.', [['Marlowe', 'LOC'], ['Arthur Miller', 'PER'], ['Harold Pinter', 'PER']], 'Marlowe', 'person'],
    ['Portraits of Ada Reyes, Tom Okafor and Brandt hang in the hall.', [['Ada Reyes', 'PER'], ['Tom Okafor', 'PER'], ['Brandt', 'ORG']], 'Brandt', 'person'],
    // the object of a verb of killing or abduction
    ['Investigators believe the gunman waited for hours before shooting Tarrant outside the courthouse.', [['Tarrant', 'ORG']], 'Tarrant', 'person'],
    ['Rebels kidnapped Okonjo on the road to the airport, the army said.', [['Okonjo', 'LOC']], 'Okonjo', 'person'],
    // a relative after a bare apostrophe ("Reyes' sister")
    ['Reyes \' sister told reporters the family had heard nothing.', [['Reyes', 'ORG']], 'Reyes', 'person'],
    // "is a ..." with a noun only people are called
    ['Halvorsen is a retired pilot and lives near the coast.', [['Halvorsen', 'ORG']], 'Halvorsen', 'person'],
    ['Dunmore was a lawyer in private practice before the war.', [['Dunmore', 'ORG']], 'Dunmore', 'person'],
    // a people's noun in apposition
    ['Petrovic , a Croat , was elected speaker on Tuesday.', [['Petrovic', 'ORG']], 'Petrovic', 'person'],
    // a person noun before the name
    ['The score was written by composer Lindqvist in 1952.', [['Lindqvist', 'ORG']], 'Lindqvist', 'person'],
  ];
  it.each(cases)('%s -> %s', (text, spans, name, type) => {
    expect(typesOf(mentions(text, spans), name)).toEqual([type]);
  });
});

describe('guards: look-alikes keep their reading', () => {
  const cases: Case[] = [
    // a capital listed with people may stand for its state; a list with a body in it is no list of people
    ['The talks brought together Oslo, Jan Berg and Kari Holm.', [['Oslo', 'LOC'], ['Jan Berg', 'PER'], ['Kari Holm', 'PER']], 'Oslo', 'city'],
    ['Shares in Brandt, Vestas and Siemens fell.', [['Brandt', 'ORG'], ['Vestas', 'ORG'], ['Siemens', 'ORG']], 'Brandt', 'organization'],
    // a name qualifying the noun after the verb's object is no object
    ['The storm killed Galway farmers and their cattle.', [['Galway', 'LOC']], 'Galway', 'region'],
    ['The blast killed Kandahar police officers at a checkpoint.', [['Kandahar', 'LOC']], 'Kandahar', 'region'],
    // a copula with a noun things are called too
    ['Halvorsen is a maker of pumps based in Bergen.', [['Halvorsen', 'ORG'], ['Bergen', 'LOC']], 'Halvorsen', 'organization'],
    ['Halvorsen is a lawyer group with offices in Bergen.', [['Halvorsen', 'ORG'], ['Bergen', 'LOC']], 'Halvorsen', 'organization'],
  ];
  it.each(cases)('%s -> %s', (text, spans, name, type) => {
    expect(typesOf(mentions(text, spans), name)).toEqual([type]);
  });
});

describe('a town no gazetteer knows after a person and "of"', () => {
  const cases: Case[] = [
    // the tagger left the town out, or read it as a place it cannot type
    ['Rescue diver Tom Okafor of Pellston pulled the two men out of the water.', [['Tom Okafor', 'PER']], 'Pellston', 'city'],
    ['Ada Reyes of Quillcote , a family friend , found the letter.', [['Ada Reyes', 'PER'], ['Quillcote', 'LOC']], 'Quillcote', 'city'],
  ];
  it.each(cases)('%s -> %s', (text, spans, name, type) => {
    expect(typesOf(mentions(text, spans), name)).toEqual([type]);
  });

  it('guard: no town after "of" without a person before it, or before a possessive', () => {
    // (not after "mayor of", which names a town: stop 38)
    expect(typesOf(mentions('The council of Pellston resigned.', [['Pellston', 'LOC']]), 'Pellston')).toEqual(['location']);
    expect(typesOf(mentions('Tom Okafor of Pellston\'s council resigned.', [['Tom Okafor', 'PER']]), 'Pellston')).not.toContain('city');
  });
});

describe('a title word alone whose killing is spoken of is a surname', () => {
  it('"the murder of King in Memphis", left out by the tagger, is a person', () => {
    expect(typesOf(mentions('Ray is serving 99 years for the murder of King in Memphis .', [['Ray', 'PER'], ['Memphis', 'LOC']]), 'King')).toEqual(['person']);
  });
  it('guard: a date after a verb of killing is no one', () => {
    expect(typesOf(mentions('Booth was cornered by soldiers and killed April 26 , 1865 .', [['Booth', 'PER'], ['April', 'LOC']]), 'April')).not.toContain('person');
  });
});

describe('a town by what its possessive owns', () => {
  it('"X\'s busiest street", "X\'s residents": a one-word name the tagger read as a body is the town', () => {
    expect(typesOf(mentions('Crowds watched as Quillcote \'s busiest street was renamed .', [['Quillcote', 'ORG']]), 'Quillcote')).toEqual(['city']);
    expect(typesOf(mentions('Pellston \'s residents voted against the plan .', [['Pellston', 'PER']]), 'Pellston')).toEqual(['city']);
  });
  it('guard: a body\'s possessive before what a body has stays the body', () => {
    expect(typesOf(mentions('Quillcote \'s manager said the team was tired .', [['Quillcote', 'ORG']]), 'Quillcote')).toEqual(['organization']);
  });
});
