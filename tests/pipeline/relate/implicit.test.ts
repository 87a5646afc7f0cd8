import { describe, expect, it } from 'vitest';
import { implicitEntities } from '../../../src/pipeline/relate/implicit.ts';
import { analyzeArticle, loadStages } from '../../../src/pipeline/analyze.ts';
import type { Entity, Relation } from '../../../src/types.ts';

const places: Record<string, { id: string; name: string; type: 'country' | 'region' }> = {
  'country:DE': { id: 'country:DE', name: 'Germany', type: 'country' },
  'region:US-AZ': { id: 'region:US-AZ', name: 'Arizona', type: 'region' },
};
const person: Entity = { id: 'person:scholz', name: 'Olaf Scholz', type: 'person', aliases: [], mentions: [{ start: 0, end: 11, text: 'Olaf Scholz' }] };
const rel = (source: string, target: string): Relation => ({ source, target, kind: 'role', predicate: 'chancellor of', cameo: null, confidence: 0.8, evidence: [] });

describe('implicit entities: places a relation needs that no mention names', () => {
  it.each([
    ['a country named only by its adjective', [rel('person:scholz', 'country:DE')], ['country:DE Germany country']],
    ['a state named only by an abbreviation', [rel('city:tucson', 'region:US-AZ')], ['region:US-AZ Arizona region']],
    ['an end that is already an entity adds nothing', [rel('person:scholz', 'person:scholz')], []],
    ['an id the gazetteer does not know adds nothing', [rel('person:scholz', 'org:unknown')], []],
    ['each place once', [rel('person:scholz', 'country:DE'), rel('person:scholz', 'country:DE')], ['country:DE Germany country']],
  ])('%s', (_d, relations, expected) => {
    const out = implicitEntities([person], relations, (id) => places[id]);
    expect(out.map((e) => `${e.id} ${e.name} ${e.type}`)).toEqual(expected);
    for (const e of out) expect(e.mentions).toEqual([]);
  });

  it('through the whole pipeline: Germany is a node of "The German chancellor, Olaf Scholz,", with no mention', async () => {
    const stages = await loadStages();
    const text = 'BERLIN (Reuters) - The German chancellor, Olaf Scholz, met Donald Tusk on Monday.';
    const a = analyzeArticle({ id: 'x', title: null, source: 'x.txt', text }, stages);
    const germany = a.entities.find((e) => e.id === 'country:DE');
    expect(germany).toMatchObject({ name: 'Germany', type: 'country', mentions: [] });
    const scholz = a.entities.find((e) => e.name === 'Olaf Scholz')!;
    expect(a.relations.some((r) => r.source === scholz.id && r.target === 'country:DE' && r.kind === 'role')).toBe(true);
  });

  it('through the whole pipeline: a nationality word before the person ("German Chancellor Olaf Scholz") is a mention of the country (resolve)', async () => {
    const stages = await loadStages();
    const text = 'BERLIN (Reuters) - German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk on Monday.';
    const a = analyzeArticle({ id: 'x', title: null, source: 'x.txt', text }, stages);
    const germany = a.entities.find((e) => e.id === 'country:DE')!;
    expect(germany).toMatchObject({ name: 'Germany', type: 'country' });
    expect(germany.mentions.map((m) => m.text)).toEqual(['German']);
    const scholz = a.entities.find((e) => e.name === 'Olaf Scholz')!;
    expect(a.relations.some((r) => r.source === scholz.id && r.target === 'country:DE' && r.kind === 'role')).toBe(true);
  });
});
