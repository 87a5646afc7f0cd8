// How much a hop costs when searching for the path between two entities. A
// stated relation ("met", "foreign minister of") explains a link; appearing in
// the same sentence only hints at one, so paths prefer stated relations.
import type { EdgeAttributes } from '../../types.ts';

export const HOP_COSTS = {
  typed: { cost: 1, reason: 'a relation the article states explains the link' },
  hypothetical: { cost: 2, reason: 'a modal or conditional statement ("would require") is weaker than a fact' },
  cooccurrence: { cost: 3, reason: 'sharing a sentence hints at a link without saying what it is' },
  negated: { cost: 4, reason: 'a denied statement ("did not recognize") still links the two, but is the weakest link' },
} as const;

export function hopCost(e: EdgeAttributes): number {
  if (e.negated) return HOP_COSTS.negated.cost;
  if (e.kind === 'cooccurrence') return HOP_COSTS.cooccurrence.cost;
  if (e.hypothetical) return HOP_COSTS.hypothetical.cost;
  return HOP_COSTS.typed.cost;
}

/** Display order of relation kinds: stated relations before co-occurrence. */
export const KIND_ORDER: Record<string, number> = { role: 0, event: 1, affiliation: 2, location: 3, cooccurrence: 9 };
