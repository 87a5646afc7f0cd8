// The user's corrections as values (graph/corrections.ts): a merge, a split of
// either form, and undoing each, which restores exactly what was there.
import { describe, expect, it } from 'vitest';
import { mergeChange, splitChange, undoChange, MAX_REASON } from '../../src/graph/corrections.ts';
import { emptyGraph } from '../../src/graph/build.ts';
import type { Corrections } from '../../src/graph/merge.ts';

const AT = '2026-12-04T22:00:00.000Z';
const a = { id: 'person:a', label: 'A' };
const b = { id: 'person:b', label: 'B' };

function graph() {
  const g = emptyGraph();
  const node = (id: string, documents: string[]) => g.addNode(id, { label: id, type: 'person', aliases: [], mentions: documents.length, documents, x: 0, y: 0, size: 1, color: '#000' });
  node('person:a', ['d1']);
  node('person:b', ['d1', 'd2']);
  return g;
}

describe('corrections', () => {
  it('a merge records who and why, replaces an earlier merge of the same entity, and undoes exactly', () => {
    const before: Corrections = { merges: [{ from: 'person:a', into: 'person:c', at: 'earlier' }], splits: [] };
    const { next, change } = mergeChange(before, a, b, { reason: '  same person  ', by: 'viewer' }, AT);
    expect(next.merges).toEqual([{ from: 'person:a', into: 'person:b', at: AT, reason: 'same person', by: 'viewer' }]);
    expect(change.summary).toBe('merged A [person:a] into B [person:b]');
    expect(undoChange(next, change)).toEqual(before);
  });

  it('keeps reasons short and leaves out empty ones', () => {
    expect(mergeChange({ merges: [], splits: [] }, a, b, { reason: 'x'.repeat(900) }, AT).next.merges[0]!.reason).toHaveLength(MAX_REASON);
    expect(mergeChange({ merges: [], splits: [] }, a, b, { reason: ' ' }, AT).next.merges[0]).toEqual({ from: 'person:a', into: 'person:b', at: AT });
  });

  it('refuses to merge an entity with itself', () => {
    expect(() => mergeChange({ merges: [], splits: [] }, a, a, {}, AT)).toThrow(/already one entity/);
  });

  it('a split undoes the user merges into an entity, and its undo puts them back', () => {
    const before: Corrections = { merges: [{ from: 'person:a', into: 'person:b', at: 'x' }, { from: 'person:z', into: 'person:y', at: 'y' }], splits: [] };
    const { next, change } = splitChange(before, graph(), b, {}, AT);
    expect(next.merges).toEqual([{ from: 'person:z', into: 'person:y', at: 'y' }]);
    expect(undoChange(next, change).merges).toEqual(expect.arrayContaining(before.merges));
  });

  it('else keeps each article apart, when there is more than one article', () => {
    const { next, change } = splitChange({ merges: [], splits: [] }, graph(), b, { reason: 'two people' }, AT);
    expect(next.splits).toEqual([{ node: 'person:b', at: AT, reason: 'two people' }]);
    expect(undoChange(next, change)).toEqual({ merges: [], splits: [] });
    expect(() => splitChange({ merges: [], splits: [] }, graph(), a, {}, AT)).toThrow(/comes from one article/);
  });
});
