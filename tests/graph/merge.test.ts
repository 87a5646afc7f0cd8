import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import type { ArticleAnalysis, Entity, Relation } from '../../src/types.ts';

const person = (id: string, name: string, merges: Entity['merges'] = []): Entity => ({ id, name, type: 'person', aliases: [], mentions: [{ start: 0, end: name.length, text: name }], merges });
const place = (id: string, name: string): Entity => ({ id, name, type: 'country', aliases: [], mentions: [{ start: 0, end: name.length, text: name }], gazetteerId: id });
const role = (source: string, predicate: string, target: string): Relation => ({ source, target, kind: 'role', predicate, cameo: null, confidence: 0.9, evidence: [{ start: 0, end: 5, text: 'x' }] });
const doc = (id: string, entities: Entity[], relations: Relation[] = []): ArticleAnalysis => ({ document: { id, title: id, source: `${id}.txt`, chars: 10 }, entities, relations });

describe('merging across articles', () => {
  it('the same full name in two articles is one node, and the reason is recorded', () => {
    const g = buildGraph([
      doc('a1', [person('person:wang-yi', 'Wang Yi', [{ alias: 'Wang', rule: 'surname', detail: 'joins Wang Yi' }]), place('country:CN', 'China')], [role('person:wang-yi', 'foreign minister of', 'country:CN')]),
      doc('a2', [person('person:wang-yi', 'Wang Yi'), place('country:CN', 'China')], [role('person:wang-yi', 'foreign minister of', 'country:CN')]),
    ]);
    expect(g.nodes().filter((n) => g.getNodeAttribute(n, 'type') === 'person')).toEqual(['person:wang-yi']);
    const merges = g.getNodeAttribute('person:wang-yi', 'merges')!;
    expect(merges).toContainEqual(expect.objectContaining({ rule: 'same full name across articles', doc: 'a2' }));
    expect(merges).toContainEqual(expect.objectContaining({ alias: 'Wang', rule: 'surname', doc: 'a1' }));
    expect(g.getNodeAttribute('person:wang-yi', 'documents').sort()).toEqual(['a1', 'a2']);
  });

  it('two people with the same name and conflicting roles stay apart', () => {
    const g = buildGraph([
      doc('a1', [person('person:john-smith', 'John Smith'), place('country:GB', 'United Kingdom')], [role('person:john-smith', 'ambassador of', 'country:GB')]),
      doc('a2', [person('person:john-smith', 'John Smith'), place('country:AU', 'Australia')], [role('person:john-smith', 'ambassador of', 'country:AU')]),
    ]);
    const people = g.nodes().filter((n) => g.getNodeAttribute(n, 'type') === 'person').sort();
    expect(people).toHaveLength(2);
    expect(g.getNodeAttribute(people[1]!, 'merges')).toContainEqual(expect.objectContaining({ rule: 'kept apart: conflicting roles' }));
  });

  it('a surname-only mention in another article joins the single full name', () => {
    const g = buildGraph([
      doc('a1', [person('person:dmytro-kuleba', 'Dmytro Kuleba')]),
      doc('a2', [person('person:kuleba', 'Kuleba')]),
    ]);
    expect(g.order).toBe(1);
    expect(g.getNodeAttribute('person:dmytro-kuleba', 'merges')).toContainEqual(expect.objectContaining({ alias: 'Kuleba', rule: 'surname across articles' }));
  });

  it('user corrections: merge joins two nodes, split keeps articles apart', () => {
    const docs = [doc('a1', [place('country:UA', 'Ukraine'), person('person:kiev', 'Kiev')]), doc('a2', [person('person:kiev', 'Kiev')])];
    const merged = buildGraph(docs, { merges: [{ from: 'person:kiev', into: 'country:UA' }], splits: [] });
    expect(merged.order).toBe(1);
    expect(merged.getNodeAttribute('country:UA', 'merges')).toContainEqual(expect.objectContaining({ rule: 'user', alias: 'person:kiev' }));
    const split = buildGraph(docs, { merges: [], splits: [{ node: 'person:kiev' }] });
    expect(split.nodes().sort()).toEqual(['country:UA', 'person:kiev@a1', 'person:kiev@a2']);
  });
});
