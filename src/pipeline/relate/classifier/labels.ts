// The classifier's label set: NONE, or one of CoNLL04's five relation types read
// in one of two directions over a candidate pair (A first in the text, B second).
// Entity types fix most of it: a person and an organisation can only stand in
// Work_For with the person as head, so the model only decides "related or not"
// there; the direction is learned only where both ends have the same type
// (Located_In between places, Kill between people).

import type { EntityType } from '../../../types.ts';

/** Coarse entity classes, as CoNLL04 annotates them. */
export const PEOP = 0, ORG = 1, LOC = 2;
export type Coarse = typeof PEOP | typeof ORG | typeof LOC;

const PLACE_TYPES = new Set<EntityType>(['country', 'region', 'city', 'location']);
/** The coarse class of an entity type (undefined for the types no relation of the classifier holds). */
export const coarseOf = (t: EntityType): Coarse | undefined => (t === 'person' ? PEOP : t === 'organization' ? ORG : PLACE_TYPES.has(t) ? LOC : undefined);
export const COARSE_NAMES = ['Peop', 'Org', 'Loc'] as const;

export const RELATION_TYPES = ['Work_For', 'Live_In', 'Located_In', 'OrgBased_In', 'Kill'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Head and tail class of each type, in RELATION_TYPES order. */
const SIGNATURE: ReadonlyArray<readonly [Coarse, Coarse]> = [[PEOP, ORG], [PEOP, LOC], [LOC, LOC], [ORG, LOC], [PEOP, PEOP]];

/** Label 0 is NONE; label 1 + 2t is type t with A as head, 2 + 2t type t with B as head. */
export const NONE = 0;
export const N_LABELS = 1 + 2 * RELATION_TYPES.length;

export const labelOf = (type: number, aIsHead: boolean) => 1 + 2 * type + (aIsHead ? 0 : 1);
export const typeOfLabel = (label: number) => (label - 1) >> 1;
export const aIsHeadOf = (label: number) => ((label - 1) & 1) === 0;

/** Readable label name: "NONE", "Work_For>" (A is head) or "Work_For<" (B is head). */
export function labelName(label: number): string {
  return label === NONE ? 'NONE' : RELATION_TYPES[typeOfLabel(label)]! + (aIsHeadOf(label) ? '>' : '<');
}

/** For each (class of A, class of B), the labels allowed besides NONE (a bitmask over labels). */
export const ALLOWED: Int32Array = (() => {
  const out = new Int32Array(9);
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      let mask = 1 << NONE;
      SIGNATURE.forEach(([h, t], type) => {
        if (h === a && t === b) mask |= 1 << labelOf(type, true);
        if (h === b && t === a) mask |= 1 << labelOf(type, false);
      });
      out[a * 3 + b] = mask;
    }
  }
  return out;
})();

/** True when two classes can hold some relation at all (two organisations cannot). */
export const canRelate = (a: Coarse, b: Coarse) => ALLOWED[a * 3 + b] !== 1 << NONE;
