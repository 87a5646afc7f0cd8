// A state's own institution named without its state ("the National Accountability Bureau", "the Supreme
// Electoral Council", "the State Department"): based in the article's country (its dateline, or the country
// it names most; basis "context"), or in the one state whose name for a body it is (basis "knowledge"). Nothing when the
// article states where the body is, when its name holds a place or belongs to a body above states, or when the sentence
// that first names it names, before it, places of other states and none of the article's ("U.S. President Joe Biden said he would
// consult Congress" in a story filed in Vienna; "In Washington, National Security Council spokesman X said" in one from
// Taipei): the body is then another state's, which the sentence does not settle.
import type { Entity } from '../../types.ts';
import type { Emit, Found } from './found.ts';
import type { ArticleContext } from './context.ts';
import type { Knowledge } from './knowledge.ts';
import type { Unit } from './units.ts';
import { PLACE_TYPES } from './classes.ts';
import { CHAMBER_MEMBERS, FOREIGN_WORDS, INSTITUTION_HEADS, NATIONAL_OPENERS, US_BODIES, WHOLE_NAMES } from './data/national-bodies.ts';

/** Is the name a state body's ("Supreme Electoral Council", "Congress"), with nothing in it naming a place? */
export function isNationalBodyName(name: string, knowledge: Knowledge): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => FOREIGN_WORDS.words.has(w))) return false;
  // (a place or a nationality word in the name says where the body is, or that it is someone else's)
  if (words.some((w) => /^\p{Lu}/u.test(w) && (knowledge.demonym(w) || knowledge.place?.(w)?.type === 'country'))) return false;
  if (lower.length === 1) return WHOLE_NAMES.words.has(lower[0]!);
  // ("the Central Bank": a bank by that name alone is the state's; "Central Bank of X" names its state)
  if (lower.length === 2 && ((lower[0] === 'national' && lower[1] === 'assembly') || (lower[0] === 'central' && lower[1] === 'bank'))) return true;
  // ("the House of Representatives", "the Chamber of Deputies": a chamber of a parliament)
  if (/^(?:house|chamber)$/.test(lower[0]!) && lower[1] === 'of') return lower.length === 3 && CHAMBER_MEMBERS.words.has(lower[2]!);
  if (!NATIONAL_OPENERS.words.has(lower[0]!)) return /^(?:ministry|department)$/.test(lower[0]!) && lower[1] === 'of';
  const cut = lower.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const head = lower[(cut > 0 ? cut : lower.length) - 1]!;
  return INSTITUTION_HEADS.words.has(head);
}

export function extractNationalBodies(
  found: readonly Found[],
  named: ReadonlyArray<readonly Unit[] | undefined>,
  entities: Map<string, Entity>,
  context: ArticleContext | undefined,
  knowledge: Knowledge,
  countryEntity: (gazetteerId: string, name: string) => string | undefined,
  emit: Emit,
  withKnowledge = true,
  countryOf?: (id: string) => string | undefined,
): void {
  const placed = new Set<string>();
  for (const f of found) {
    if ((f.kind === 'location' || f.kind === 'affiliation') && PLACE_TYPES.has(entities.get(f.target)?.type ?? 'other')) placed.add(f.source);
  }
  const first = new Map<string, number>();
  for (let s = 0; s < named.length; s++) for (const x of named[s] ?? []) if (x.entity && !x.partial && !first.has(x.entity)) first.set(x.entity, s);
  for (const e of entities.values()) {
    if (e.type !== 'organization' || placed.has(e.id) || !first.has(e.id)) continue;
    const s = first.get(e.id)!;
    const names = [e.name, ...e.aliases];
    if (withKnowledge && names.some((n) => US_BODIES.names.has(n.toLowerCase().replace(/^the\s+/, '').replace(/^u\.?s\.?\s+/, '')))) {
      const us = countryEntity('country:US', 'United States');
      if (!us) continue;
      // (what the name means, not what the article says: world knowledge, citing no sentence)
      emit({ source: e.id, target: us, kind: 'location', predicate: 'based in', cameo: null, confidence: 0.8, sentences: [], rule: 'org-place-us-body', basis: 'knowledge' });
      continue;
    }
    if (!context || !isNationalBodyName(e.name, knowledge)) continue;
    if (countryOf && namesOnlyOtherStates(named[s] ?? [], e.id, entities, context.country, countryOf)) continue;
    emit({
      source: e.id, target: context.country, kind: 'location', predicate: 'based in', cameo: null, confidence: 0.55,
      sentences: context.sentence !== undefined && context.sentence !== s ? [s, context.sentence] : [s],
      rule: 'org-place-national-body-context', basis: 'context',
    });
  }
}

/**
 * Does the sentence name, before the body, places (countries, or towns and regions of a known country; not a demonym)
 * of states other than the article's, and none of the article's own? (A place after it is often another matter's: "a
 * consultancy registered in Cyprus".)
 */
function namesOnlyOtherStates(units: readonly Unit[], body: string, entities: Map<string, Entity>, country: string, countryOf: (id: string) => string | undefined): boolean {
  let other = false;
  for (const x of units) {
    if (x.entity === body) break;
    if (!x.entity || x.partial || x.metonymy === 'demonym' || !PLACE_TYPES.has(entities.get(x.entity)?.type ?? 'other')) continue;
    const c = countryOf(x.entity);
    if (!c) continue;
    if (c === country) return false;
    other = true;
  }
  return other;
}
