// Location relations the gazetteer knows but the text does not state: when an
// article names both Odesa and Ukraine, Odesa is located in Ukraine. Evidence is
// the first sentence naming both, or else the first sentence naming each.
import type { Entity } from '../../types.ts';
import type { Unit } from './units.ts';
import type { Emit } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import { isEntity, PLACE_TYPES } from './classes.ts';

/** `named[s]`: the units of sentence s that carry an entity, or undefined when the sentence is not usable. */
export function extractContainment(
  named: Array<Unit[] | undefined>,
  entities: Map<string, Entity>,
  knowledge: Knowledge,
  emit: Emit,
): void {
  const seenIn = new Map<string, number[]>();
  for (let s = 0; s < named.length; s++) {
    const units = named[s];
    if (!units) continue;
    for (const x of units) {
      if (!isEntity(x)) continue;
      const list = seenIn.get(x.entity);
      if (!list) seenIn.set(x.entity, [s]);
      else if (!list.includes(s)) list.push(s);
    }
  }
  const places = [...seenIn.keys()]
    .map((id) => entities.get(id))
    .filter((e): e is Entity => !!e && !!e.gazetteerId && PLACE_TYPES.has(e.type));
  const byGazetteer = new Map(places.map((e) => [e.gazetteerId!, e]));
  for (const inner of places) {
    if (inner.type === 'country') continue;
    for (const outerId of knowledge.containers(inner.gazetteerId!)) {
      const outer = byGazetteer.get(outerId);
      if (!outer || outer.id === inner.id) continue;
      const a = seenIn.get(inner.id)!;
      const b = seenIn.get(outer.id)!;
      const both = a.find((s) => b.includes(s));
      const sentences = both !== undefined ? [both] : [a[0]!, b[0]!].sort((x, y) => x - y);
      emit({ source: inner.id, target: outer.id, kind: 'location', predicate: 'located in', cameo: null, confidence: both !== undefined ? 0.75 : 0.65, sentences, rule: 'location-gazetteer' });
    }
  }
}
