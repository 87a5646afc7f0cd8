// A model finding of where something is, extended by a stated containment of its place in the same sentence
// (containment.ts extendModelChains): "the Savannah River Plant, in Aiken, S.C." — the model reads the plant in Aiken, a
// rule reads Aiken in South Carolina, so the plant is in South Carolina.
import { describe, expect, it } from 'vitest';
import { extendModelChains } from '../../../src/pipeline/relate/containment.ts';
import type { Found } from '../../../src/pipeline/relate/found.ts';
import type { Unit } from '../../../src/pipeline/relate/units.ts';

const f = (source: string, predicate: string, target: string, rule: string, extra: Partial<Found> = {}): Found => ({
  source, target, kind: predicate === 'lives in' ? 'affiliation' : 'location', predicate, cameo: null, confidence: 0.8, sentences: [0], rule, ...extra,
});
/** Sentence 0 names these entities. */
const named = (...ids: string[]): Array<Unit[] | undefined> => [ids.map((entity, i) => ({ i, text: entity, lower: entity, start: i, end: i + 1, entity }))];
const isModel = (x: Found) => x.rule === 'model';
const chained = (found: Found[], units = named('plant', 'aiken', 'sc', 'nrc', 'jane')) => {
  const out: string[] = [];
  extendModelChains(found, units, isModel, (x) => out.push(`${x.source} -${x.predicate}-> ${x.target} (${x.rule} ${x.confidence})`));
  return out;
};

describe('a model finding of where something is reaches the place its place is stated to be in', () => {
  it.each<[string, Found[], string[]]>([
    ['located in', [f('plant', 'located in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-comma', { confidence: 0.7 })],
      ['plant -located in-> sc (location-chain-model 0.65)']],
    ['based in', [f('nrc', 'based in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-comma')],
      ['nrc -based in-> sc (location-chain-model 0.75)']],
    // CoNLL04's "Town , State" is one place for a person: the model's town stands for both
    ['not a person\'s home', [f('jane', 'lives in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-comma')], []],
    ['not from a rule\'s first link (extractChains reads those)', [f('plant', 'located in', 'aiken', 'location-in'), f('aiken', 'located in', 'sc', 'location-comma')], []],
    ['not over world knowledge', [f('plant', 'located in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-gazetteer', { basis: 'knowledge', sentences: [] })], []],
    ['not over a hypothetical link', [f('plant', 'located in', 'aiken', 'model', { hypothetical: true }), f('aiken', 'located in', 'sc', 'location-comma')], []],
    ['not when the pair is already related', [f('plant', 'located in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-comma'), f('plant', 'located in', 'sc', 'model')], []],
    ['not across sentences', [f('plant', 'located in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-comma', { sentences: [1] })], []],
  ])('%s', (_, found, expected) => {
    expect(chained(found)).toEqual(expected);
  });

  it('only where the sentence names both ends', () => {
    expect(chained([f('plant', 'located in', 'aiken', 'model'), f('aiken', 'located in', 'sc', 'location-comma')], named('plant', 'aiken'))).toEqual([]);
  });
});
