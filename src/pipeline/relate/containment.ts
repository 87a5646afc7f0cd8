// Location relations the gazetteer knows but the text does not state: when an
// article names both Odesa and Ukraine, Odesa is located in Ukraine. They are
// world knowledge (basis "knowledge") and cite no sentence: no sentence of the
// article says it. Confidence is higher when one sentence names both places
// (the article puts them together).
import type { Entity } from '../../types.ts';
import type { Unit } from './units.ts';
import type { Emit, Found } from './found.ts';
import { clamp } from './found.ts';
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
      const both = a.some((s) => b.includes(s));
      emit({ source: inner.id, target: outer.id, kind: 'location', predicate: 'located in', cameo: null, confidence: both ? 0.75 : 0.65, sentences: [], basis: 'knowledge', rule: 'location-gazetteer' });
    }
  }
}

/**
 * "Donetsk and Luhansk are located in the Donbas coal area of eastern Ukraine": two stated location
 * relations whose sentence also names the outer place of the second make a third, Donetsk located in
 * Ukraine. Only chains a single sentence spells out are taken, so the evidence names both ends.
 */
export function extractChains(found: readonly Found[], named: Array<Unit[] | undefined>, emit: Emit): void {
  const outward = new Map<string, Found[]>();
  let any = false;
  for (const f of found) {
    if (f.kind !== 'location' || f.basis === 'knowledge' || f.negated || f.hypothetical) continue;
    const list = outward.get(f.source);
    if (list) list.push(f); else outward.set(f.source, [f]);
    any = true;
  }
  if (!any) return;
  const names = (s: number, id: string) => !!named[s]?.some((x) => x.entity === id && !x.partial);
  const direct = new Set(found.filter((f) => f.kind === 'location').map((f) => `${f.source}|${f.target}`));
  const made = new Set<string>();
  for (const [inner, links] of outward) {
    for (const first of links) {
      // (where a person was, by any reader of presence, is no containment: "Arafat in Nablus" puts him in no wider region by itself)
      if (first.predicate === 'in') continue;
      for (const second of outward.get(first.target) ?? []) {
        const outer = second.target;
        const key = `${inner}|${outer}`;
        if (outer === inner || direct.has(key) || made.has(key)) continue;
        const s = [...first.sentences, ...second.sentences].find((x) => names(x, inner) && names(x, outer));
        if (s === undefined) continue;
        made.add(key);
        emit({
          source: inner, target: outer, kind: 'location', predicate: 'located in', cameo: null,
          confidence: clamp(Math.min(first.confidence, second.confidence) - 0.05), sentences: [s], rule: 'location-chain',
        });
      }
    }
  }
}

/**
 * What a model finding says of where its source is: "located in", "based in". (Not "lives in": CoNLL04, which the model
 * learned from, names a person's "Town , State" as one place, so the model's town stands for both; on CoNLL04 train and
 * dev the chain gave 5 right and 20 wrong for people.)
 */
const WHERE_PREDICATES = new Set(['located in', 'based in']);

/**
 * "The three reactors, all at the Savannah River Plant, in Aiken, S.C.": the model reads the plant as located in Aiken,
 * a rule reads Aiken as located in South Carolina, so the plant is located in South Carolina too (and an organisation
 * based in Aiken is based in South Carolina). The same chain as extractChains, its first link a finding of the learned
 * classifier (`isModel`), its second any stated location, in one sentence that names both ends; the finding keeps the
 * first link's kind and predicate.
 */
export function extendModelChains(found: readonly Found[], named: Array<Unit[] | undefined>, isModel: (f: Found) => boolean, emit: Emit): void {
  const outward = new Map<string, Found[]>();
  for (const f of found) {
    if (f.kind !== 'location' || f.predicate !== 'located in' || f.basis === 'knowledge' || f.negated || f.hypothetical) continue;
    const list = outward.get(f.source);
    if (list) list.push(f); else outward.set(f.source, [f]);
  }
  if (!outward.size) return;
  const names = (s: number, id: string) => !!named[s]?.some((x) => x.entity === id && !x.partial);
  const direct = new Set(found.filter((f) => f.kind === 'location' || f.kind === 'affiliation' || f.kind === 'role').map((f) => `${f.source}|${f.target}`));
  for (const first of found) {
    if (!isModel(first) || !WHERE_PREDICATES.has(first.predicate) || first.negated || first.hypothetical) continue;
    for (const second of outward.get(first.target) ?? []) {
      const outer = second.target, key = `${first.source}|${outer}`;
      if (outer === first.source || direct.has(key)) continue;
      const s = first.sentences.find((x) => second.sentences.includes(x) && names(x, first.source) && names(x, outer));
      if (s === undefined) continue;
      direct.add(key);
      emit({
        source: first.source, target: outer, kind: first.kind, predicate: first.predicate, cameo: null,
        confidence: clamp(Math.min(first.confidence, second.confidence) - 0.05), sentences: [s], rule: 'location-chain-model',
      });
    }
  }
}
