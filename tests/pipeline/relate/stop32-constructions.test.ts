// Constructions the contiguous-fold parser's trees read wrongly (stop 32), each tested on sentences of the same
// shape written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

const lines = (a: ArticleAnalysis, kind?: string) => a.relations.filter((r) => !kind || r.kind === kind).map((r) =>
  `${a.entities.find((e) => e.id === r.source)?.name} -${r.predicate}${r.hypothetical ? ' (hyp)' : ''}-> ${a.entities.find((e) => e.id === r.target)?.name}`);

describe('a mutual act asked for is not had by those who ask for it', () => {
  it.each([
    'Kenya and Ethiopia, which have hosted talks between the rival factions, called for an immediate truce.',
    'Norway and Switzerland, which have both sent envoys to the region, called for an immediate ceasefire.',
  ])('%s', async (text) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'event').filter((l) => /ceasefire|truce/.test(l))).toEqual([]);
  });
  it('a mutual act in a purpose phrase of another verb is still its subject\'s (a guard)', async () => {
    const [a] = await analyzeTexts(['Kenyan President William Ruto flew to Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed.']);
    expect(lines(a!, 'event').some((l) => /^William Ruto -.*-> Abiy Ahmed$/.test(l))).toBe(true);
  });
});
