// The sample article, end to end through segment -> (tagger) -> recognize -> resolve:
// every expected entity exactly once with the right type, few extras, and the joins
// (surname, alternate spelling, capital acting for its state) made with a reason.
// Run both without the tagger (rules only) and with the shipped tagger.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/read.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import { resolve } from '../../../src/pipeline/resolve/index.ts';
import type { Entity, EntityType } from '../../../src/types.ts';
import { SAMPLE } from '../../helpers/cli.ts';

const article = readArticle(readFileSync(SAMPLE), SAMPLE);

const EXPECTED: Array<[string, EntityType]> = [
  ['Dmytro Kuleba', 'person'], ['Choe Sun Hui', 'person'], ['Denis Pushilin', 'person'], ['Olga Makeyeva', 'person'],
  ['Sin Hong-chol', 'person'], ['Vladimir Putin', 'person'],
  ['Ukraine', 'country'], ['North Korea', 'country'], ['Russia', 'country'], ['United States', 'country'], ['Syria', 'country'],
  ['Turkey', 'country'], ['Iran', 'country'], ['Lithuania', 'country'],
  ['Donetsk', 'region'], ['Luhansk', 'region'], ['Donbas', 'region'], ['Crimea', 'region'], ['Kaliningrad', 'region'],
  ['Black Sea', 'location'], ['Odesa', 'city'], ['EU', 'organization'],
];

/** Real names the article also mentions that are not on the expected list (not junk). */
const ALSO_REAL = new Set(['Kyiv', 'Moscow', 'Foreign Ministry', 'Independent', 'NDTV', 'Telegram', 'Danube', 'BBC', 'West']);
const JUNK = ['Will Be', 'President', 'Read Also', 'Photo', 'Getty Images', 'Foreign Minister', 'Thursday', 'Wednesday', 'Sri Lanka', 'Related Article'];

const named = (entities: Entity[], name: string) => entities.filter((e) => e.name === name || e.aliases.includes(name));

for (const mode of ['rules only', 'with tagger'] as const) {
  describe(`sample article, ${mode}`, () => {
    const seg = segment(article);
    const tagged = mode === 'with tagger' ? loadTagger().tag(seg) : [];
    const { entities, mentions } = resolve(seg, recognize(seg, tagged));

    it.each(EXPECTED)('%s is one %s entity', (name, type) => {
      const found = named(entities, name);
      expect(found.map((e) => e.type)).toEqual([type]);
    });

    it('has at most 3 entities beyond the expected and known-real ones, and no junk', () => {
      const expectedNames = new Set(EXPECTED.map(([n]) => n));
      const extra = entities.filter((e) => !expectedNames.has(e.name) && !ALSO_REAL.has(e.name)).map((e) => e.name);
      expect(extra.length, `extra: ${extra.join(', ')}`).toBeLessThanOrEqual(3);
      for (const j of JUNK) expect(named(entities, j)).toEqual([]);
    });

    it('joins the surname-only mentions to the full names', () => {
      const kuleba = named(entities, 'Dmytro Kuleba')[0]!;
      expect(kuleba.mentions.map((m) => m.text)).toContain('Kuleba');
      expect(kuleba.merges).toContainEqual(expect.objectContaining({ alias: 'Kuleba', rule: 'surname' }));
      const putin = named(entities, 'Vladimir Putin')[0]!;
      expect(putin.mentions.length).toBeGreaterThanOrEqual(2);
    });

    it('joins Lugansk to Luhansk through the gazetteer', () => {
      const luhansk = named(entities, 'Luhansk')[0]!;
      expect(luhansk.aliases).toContain('Lugansk');
      expect(luhansk.id).toBe(named(entities, 'Lugansk')[0]!.id);
      expect(luhansk.merges?.find((m) => m.alias === 'Lugansk')?.rule).toBe('gazetteer-alternate-name');
    });

    it('reads Pyongyang and Kyiv acting as their states into the country entities', () => {
      const nk = named(entities, 'North Korea')[0]!;
      const ua = named(entities, 'Ukraine')[0]!;
      expect(nk.aliases).toContain('Pyongyang');
      expect(ua.aliases).toContain('Kyiv');
      expect(nk.merges).toContainEqual(expect.objectContaining({ alias: 'Pyongyang', rule: 'capital-as-state' }));
      // "After Pyongyang announced ..., Kyiv severed ties"
      const kyivActing = mentions.find((m) => m.text === 'Kyiv' && article.text.slice(m.end, m.end + 8) === ' severed');
      expect(kyivActing?.entity).toBe('country:UA');
      // "an embassy in Moscow" stays the city
      const inMoscow = mentions.find((m) => m.text === 'Moscow' && article.text.slice(m.start - 3, m.start) === 'in ');
      expect(inMoscow?.type).toBe('city');
    });

    it('uses gazetteer ids and keeps titles on people', () => {
      expect(named(entities, 'Ukraine')[0]!.id).toBe('country:UA');
      expect(named(entities, 'Kaliningrad')[0]!.id).toBe('region:RU-KGD');
      expect(named(entities, 'EU')[0]!.id).toBe('org:european-union');
      const choe = mentions.find((m) => m.text === 'Choe Sun Hui');
      expect(choe?.title).toBe('foreign minister');
      const sin = mentions.find((m) => m.text === 'Sin Hong-chol');
      expect(sin?.title).toBe('ambassador');
    });

    it('every mention is an exact slice of the article text', () => {
      for (const e of entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    });

    it('marks nationality words as demonyms, mentions of the country only as a person\'s nationality', () => {
      const ukrainian = mentions.filter((m) => m.text === 'Ukrainian');
      expect(ukrainian.length).toBeGreaterThan(0);
      for (const m of ukrainian) expect(m.metonymy).toBe('demonym');
      // "Ukrainian Foreign Minister Dmytro Kuleba" is; "Ukrainian authorities" is not
      const ofUkraine = named(entities, 'Ukraine')[0]!.mentions.filter((m) => m.text === 'Ukrainian');
      expect(ofUkraine.map((m) => article.text.slice(m.start, m.start + 37))).toEqual(['Ukrainian Foreign Minister Dmytro Kul']);
      expect(named(entities, 'Ukrainian')).toEqual([]);
    });
  });
}
