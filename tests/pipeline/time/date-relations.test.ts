import { describe, expect, it } from 'vitest';
import { dateRelations } from '../../../src/pipeline/time/index.ts';
import type { Entity, Relation, RelationKind } from '../../../src/types.ts';

// One sentence at offset 100 of an imagined article dated Friday 15 July 2022.
const SENTENCE = 'Smith met Jones on Monday, and the two will meet Brown in March.';
const at = (word: string) => 100 + SENTENCE.indexOf(word);
const entity = (id: string, word: string): Entity => ({ id, name: word, type: 'person', aliases: [], mentions: [{ start: at(word), end: at(word) + word.length, text: word }] });
const ENTITIES = [entity('p:smith', 'Smith'), entity('p:jones', 'Jones'), entity('p:brown', 'Brown'), entity('c:x', 'two')];
const relation = (source: string, target: string, kind: RelationKind = 'event'): Relation => ({
  source, target, kind, predicate: kind === 'event' ? 'met' : 'x of', cameo: kind === 'event' ? '040' : null, confidence: 0.8,
  evidence: [{ start: 100, end: 100 + SENTENCE.length, text: SENTENCE }],
});

describe('dateRelations', () => {
  it('an event takes the time expression nearest its two entities', () => {
    const [a, b] = dateRelations([relation('p:smith', 'p:jones'), relation('c:x', 'p:brown')], ENTITIES, '2022-07-15');
    expect([a!.date, a!.dateFrom, a!.hypothetical]).toEqual(['2022-07-11', 'text', undefined]);
    // "will meet Brown in March": a plan, dated the month the text gives
    expect([b!.date, b!.dateFrom, b!.hypothetical]).toEqual(['2023-03', 'text', true]);
  });

  it('a role holds as of the article, whatever the sentence dates', () => {
    const [r] = dateRelations([relation('p:smith', 'p:jones', 'role')], ENTITIES, '2022-07-15T09:30:00+02:00');
    expect([r!.date, r!.dateFrom]).toEqual(['2022-07-15', 'article']);
  });

  it('without an article date only what the text fixes is dated, and a negated event stays negated, not planned', () => {
    const undated = dateRelations([relation('p:smith', 'p:jones'), relation('p:smith', 'p:jones', 'role')], ENTITIES, undefined);
    expect(undated.map((r) => r.date)).toEqual([undefined, undefined]);
    const negated = { ...relation('c:x', 'p:brown'), negated: true };
    expect(dateRelations([negated], ENTITIES, '2022-07-15')[0]!.hypothetical).toBeUndefined();
  });

  it('a relation without evidence (world knowledge) gets no date', () => {
    const knowledge = { ...relation('p:smith', 'p:jones', 'location'), evidence: [] };
    expect(dateRelations([knowledge], ENTITIES, '2022-07-15')[0]!.date).toBeUndefined();
  });
});
