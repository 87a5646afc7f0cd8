// The news scorer's yardstick: a tie between two people (kin, an aide, an ally) matches a gold 'affiliation'
// row either way round, while a person's tie to an organisation keeps its direction.
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/types.ts';
import { scoreAnalysis } from '../../fixtures/news/score.ts';
import type { Gold } from '../../fixtures/news/gold.ts';

function analysis(entities: Array<[string, string]>, relations: Array<[string, string]>): ArticleAnalysis {
  return {
    entities: entities.map(([id, type]) => ({ id, name: id, type, aliases: [], mentions: [] })),
    relations: relations.map(([source, target]) => ({ source, target, kind: 'affiliation', predicate: 'brother of' })),
  } as unknown as ArticleAnalysis;
}

describe('scoring person-person affiliation rows', () => {
  it('matches a tie between two people written the other way round', () => {
    const gold: Gold[] = [['Ana Ruiz', 'affiliation', '', 'Luis Ruiz']];
    const s = scoreAnalysis(analysis([['Ana Ruiz', 'person'], ['Luis Ruiz', 'person']], [['Luis Ruiz', 'Ana Ruiz']]), gold, []);
    expect(s.found).toBe(1);
    expect(s.wrong).toEqual([]);
  });

  it('keeps the direction of a person\'s tie to an organisation', () => {
    const gold: Gold[] = [['Ana Ruiz', 'affiliation', '', 'Acme Mining']];
    const s = scoreAnalysis(analysis([['Ana Ruiz', 'person'], ['Acme Mining', 'organization']], [['Acme Mining', 'Ana Ruiz']]), gold, []);
    expect(s.found).toBe(0);
    expect(s.wrong).toHaveLength(1);
  });
});
