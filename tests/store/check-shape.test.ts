// The shape check of a stored analysis: a whole analysis passes, and each kind of
// damage is named with where it is (the check has a fast path per entity, mention,
// relation and evidence span; the words come from the generic one).
import { describe, expect, it } from 'vitest';
import { analysisProblem } from '../../src/store/check-shape.ts';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

function analysis(): Record<string, any> {
  return {
    document: { id: 'doc1', source: 'a.txt', title: null, chars: 40, date: '2022-07-14' },
    entities: [
      { id: 'country:FR', name: 'France', type: 'country', aliases: ['French'], mentions: [span(0, 'France')], gazetteerId: 'country:FR' },
      { id: 'country:ML', name: 'Mali', type: 'country', aliases: [], mentions: [span(17, 'Mali')], merges: [{ alias: 'Malian', rule: 'demonym' }] },
    ],
    relations: [
      { source: 'country:FR', target: 'country:ML', kind: 'event', predicate: 'condemned', cameo: '111', confidence: 0.8, evidence: [span(0, 'France condemned Mali.')], basis: 'stated', by: 'rule:svo' },
    ],
  };
}

describe('analysisProblem', () => {
  it('passes an analysis as the store writes it', () => {
    expect(analysisProblem(analysis(), 'doc1')).toBeNull();
  });

  it.each<[string, (a: Record<string, any>) => void, string]>([
    ['an entity without a name', (a) => { delete a.entities[1].name; }, 'entities[1].name is missing, expected a string'],
    ['aliases that are no list', (a) => { a.entities[0].aliases = 'French'; }, 'entities[0].aliases is a string "French", expected an array'],
    ['a gazetteer id that is a number', (a) => { a.entities[0].gazetteerId = 7; }, 'entities[0].gazetteerId is a number 7, expected a string'],
    ['a mention without an end', (a) => { delete a.entities[0].mentions[0].end; }, 'entities[0].mentions[0].end is missing, expected a number'],
    ['a mention that is null', (a) => { a.entities[1].mentions[0] = null; }, 'entities[1].mentions[0] is null, expected an object'],
    ['a confidence that is not finite', (a) => { a.relations[0].confidence = null; }, 'relations[0].confidence is null, expected a number'],
    ['a date that is a number', (a) => { a.relations[0].date = 2022; }, 'relations[0].date is a number 2022, expected a string'],
    ['evidence text that is missing', (a) => { delete a.relations[0].evidence[0].text; }, 'relations[0].evidence[0].text is missing, expected a string'],
    ['evidence that is a string', (a) => { a.relations[0].evidence[0] = 'France condemned Mali.'; }, 'relations[0].evidence[0] is a string "France condemned Mali.", expected an object'],
    ['a relation to no entity of the article', (a) => { a.relations[0].target = 'country:DE'; }, 'relations[0] joins "country:FR" and "country:DE", and one of them is no entity of the article'],
  ])('names %s', (_, damage, message) => {
    const a = analysis();
    damage(a);
    expect(analysisProblem(a, 'doc1')).toBe(message);
  });
});
