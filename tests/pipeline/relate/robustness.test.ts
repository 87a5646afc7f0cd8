// Seeded random word soup with random mentions: relate must never throw, never
// relate an entity to itself or to an unknown id, and keep evidence exact.
import { describe, expect, it } from 'vitest';
import { relate, tableKnowledge } from '../../../src/pipeline/relate/index.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import type { Entity, EntityType, ResolvedMention } from '../../../src/types.ts';

const WORDS = `the a of in , . 's ' and or but who which that recognized recognize recognition attack attacked by was
  were not would to asked their them it they its country separatists republics territories minister foreign President
  head envoy the Russian located includes including according per said reported " ( ) - talks with between met held
  sanctions on`.split(/\s+/);
const NAMES: Array<[string, EntityType]> = [
  ['Russia', 'country'], ['Ukraine', 'country'], ['Kyiv', 'city'], ['Donetsk', 'region'], ['Luhansk', 'region'],
  ['Putin', 'person'], ['EU', 'organization'], ['Odesa', 'city'],
];

describe('relate on random input', () => {
  it('never throws and keeps every invariant (500 seeded sentences)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const knowledge = tableKnowledge({ Russian: { id: 'country:RU', name: 'Russia' } });
    let relations = 0;
    for (let t = 0; t < 500; t++) {
      const parts: string[] = [];
      const len = 3 + Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) parts.push(rnd() < 0.25 ? NAMES[Math.floor(rnd() * NAMES.length)]![0] : WORDS[Math.floor(rnd() * WORDS.length)]!);
      const text = parts.join(' ').replace(/ ([,.])/g, '$1') + (rnd() < 0.5 ? '.' : '\nRead Also: x');
      const seg = segment({ id: 'r', title: null, source: 'r', text });
      const mentions: ResolvedMention[] = [];
      const entities = new Map<string, Entity>();
      for (const tok of seg.tokens) {
        const hit = NAMES.find(([n]) => n === tok.text);
        if (!hit || rnd() < 0.1) continue;
        const id = hit[0].toLowerCase();
        mentions.push({ start: tok.start, end: tok.end, text: tok.text, type: hit[1], sentence: tok.sentence, reason: 'test', entity: id });
        if (!entities.has(id)) entities.set(id, { id, name: hit[0], type: hit[1], aliases: [], mentions: [] });
      }
      // a mention whose entity the resolver did not return
      if (rnd() < 0.1 && seg.tokens.length > 2) {
        const tok = seg.tokens[1]!;
        mentions.push({ start: tok.start, end: tok.end, text: tok.text, type: 'person', sentence: tok.sentence, reason: 'test', entity: 'ghost' });
      }
      const rs = relate(seg, { entities: [...entities.values()], mentions }, { knowledge });
      relations += rs.length;
      for (const r of rs) {
        expect(r.source).not.toBe(r.target);
        // An end is a resolved entity, or a country the text names only by its adjective ("Russian").
        const known = (id: string) => entities.has(id) || id === 'country:RU';
        expect(known(r.source) && known(r.target)).toBe(true);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(seg.sentences.find((s) => s.start === r.evidence[0]!.start)?.boilerplate).toBe(false);
      }
    }
    expect(relations).toBeGreaterThan(500);
  });
});
