// Rules and model together: a rule's reading of a pair in a sentence stands, the
// model's is dropped; only knowledge-based containment gives way to a stated one.
import { describe, expect, it } from 'vitest';
import { combineWithModel, contradictsStatedHome } from '../../../src/pipeline/relate/combine.ts';
import { tableKnowledge } from '../../../src/pipeline/relate/knowledge.ts';
import type { Entity } from '../../../src/types.ts';
import type { Found } from '../../../src/pipeline/relate/found.ts';

const f = (rule: string, source: string, target: string, kind: Found['kind'], predicate: string, sentence = 0): Found =>
  ({ source, target, kind, predicate, cameo: null, confidence: 0.8, sentences: [sentence], rule, ...(rule === 'location-gazetteer' ? { basis: 'knowledge' as const } : {}) });
const show = (list: Found[]) => list.map((x) => `${x.rule}: ${x.source} -${x.predicate}-> ${x.target} @${x.sentences[0]}`).sort();

describe('combineWithModel', () => {
  it.each([
    ['a rule role beats the model on the same pair',
      [f('role-premodifier', 'smith', 'acme', 'role', 'chief executive of')], [f('model', 'smith', 'acme', 'affiliation', 'works for')],
      ['role-premodifier: smith -chief executive of-> acme @0']],
    ['the pair in either direction counts as the same pair',
      [f('event-active', 'a', 'b', 'event', 'met')], [f('model', 'b', 'a', 'event', 'killed')],
      ['event-active: a -met-> b @0']],
    ['the same pair in another sentence is still the model\'s to read',
      [f('role-premodifier', 'smith', 'acme', 'role', 'chief executive of', 0)], [f('model', 'smith', 'acme', 'affiliation', 'works for', 3)],
      ['model: smith -works for-> acme @3', 'role-premodifier: smith -chief executive of-> acme @0']],
    ['co-occurrence is no reading: the model adds its relation',
      [f('cooccurrence', 'smith', 'acme', 'cooccurrence', 'co-occurs with')], [f('model', 'smith', 'acme', 'affiliation', 'works for')],
      ['cooccurrence: smith -co-occurs with-> acme @0', 'model: smith -works for-> acme @0']],
    ['a stated containment replaces the one known from the gazetteer',
      [f('location-gazetteer', 'aiken', 'sc', 'location', 'located in')], [f('model', 'aiken', 'sc', 'location', 'located in')],
      ['model: aiken -located in-> sc @0']],
    ['but not when the model reads the containment the other way round',
      [f('location-gazetteer', 'aiken', 'sc', 'location', 'located in')], [f('model', 'sc', 'aiken', 'location', 'located in')],
      ['location-gazetteer: aiken -located in-> sc @0']],
  ])('%s', (_, rules, model, expected) => {
    expect(show(combineWithModel(rules as Found[], model as Found[]))).toEqual(expected);
  });

  it('a stated containment the gazetteer confirms keeps the higher confidence of the two', () => {
    const known = { ...f('location-gazetteer', 'aiken', 'sc', 'location', 'located in'), confidence: 0.75 };
    const stated = { ...f('model', 'aiken', 'sc', 'location', 'located in'), confidence: 0.4 };
    expect(combineWithModel([known], [stated]).map((x) => [x.rule, x.confidence])).toEqual([['model', 0.75]]);
  });
});

describe('a model "based in" against the home a rule states elsewhere in the article', () => {
  const entity = (id: string, type: Entity['type'], gazetteerId?: string): [string, Entity] =>
    [id, { id, name: id, type, aliases: [], mentions: [], ...(gazetteerId ? { gazetteerId } : {}) } as Entity];
  const entities = new Map([entity('acme', 'organization'), entity('pune', 'city', 'city:1'), entity('india', 'country', 'country:IN'),
    entity('us', 'country', 'country:US'), entity('maharashtra', 'region', 'region:IN-MH')]);
  const knowledge = tableKnowledge({}, { 'city:1': ['region:IN-MH', 'country:IN'], 'region:IN-MH': ['country:IN'] });
  const elsewhere = (m: Found, rules: readonly Found[]) => contradictsStatedHome(m, rules, entities, knowledge);
  const based = (target: string, sentence: number) => f('model', 'acme', target, 'location', 'based in', sentence);
  it.each([
    ['another country than the stated city\'s is dropped', [f('org-based-in', 'acme', 'pune', 'location', 'based in', 1)], based('us', 4), []],
    ['the country containing the stated city stands', [f('org-based-in', 'acme', 'pune', 'location', 'based in', 1)], based('india', 4), ['model: acme -based in-> india @4']],
    ['a region inside the stated country stands', [f('affiliation-descriptor', 'acme', 'india', 'affiliation', 'affiliated with', 1)], based('maharashtra', 4), ['model: acme -based in-> maharashtra @4']],
    ['no stated home: the model speaks', [], based('us', 4), ['model: acme -based in-> us @4']],
  ])('%s', (_, rules, model, expected) => {
    const out = combineWithModel(rules as Found[], [model], elsewhere).filter((x) => x.rule === 'model');
    expect(show(out)).toEqual(expected);
  });
});

describe('combineWithModel: a killer whose victim a rule states (stop 34)', () => {
  const kill = (rule: string, source: string, target: string, sentence = 0): Found =>
    ({ source, target, kind: 'event', predicate: 'killed', cameo: '186', confidence: 0.8, sentences: [sentence], rule });
  it('the model\'s other victim of that killer in the sentence is dropped', () => {
    const out = combineWithModel([kill('grammar-control:assassinate', 'oswald', 'kennedy')], [kill('model', 'oswald', 'clinton')]);
    expect(show(out)).toEqual(['grammar-control:assassinate: oswald -killed-> kennedy @0']);
  });
  it('(guard) in another sentence the model still reads it', () => {
    const out = combineWithModel([kill('grammar-control:assassinate', 'oswald', 'kennedy', 0)], [kill('model', 'oswald', 'tippit', 1)]);
    expect(show(out)).toContain('model: oswald -killed-> tippit @1');
  });
});
