// Distant supervision from a hand annotation: a candidate pair takes the class of the article's gold statement
// about its two entities (names matched as the news scorer matches them: an entity's name or an alias, case
// aside), "none" when the gold says nothing about the pair, and no label at all (left out of training) when
// only the optional statements (`alsoTrue`) name it.
//
// A class is the gold kind, with the CAMEO root for events, and the direction over the candidate: ">" when
// A (the first in the text) is the statement's source, "<" when B is. Roles, memberships, places and
// affiliations keep their gold kind ("orgplace" and "member" included: they are what annotators wrote).
import type { Candidate, CandidateEnd } from './features.ts';

/** One gold statement: [source, kind, detail, target, flags] (tests/fixtures/news/gold.ts). */
export type GoldStatement = readonly [source: string, kind: string, detail: string, target: string, flags?: string];

export const NONE = 'none';

const named = (e: CandidateEnd, name: string) => { const n = name.toLowerCase(); return e.names.some((x) => x.toLowerCase() === n); };

/** The class of one gold statement read over the candidate, or undefined when it is about another pair. */
export function classOf(c: Candidate, g: GoldStatement): string | undefined {
  const kind = g[1] === 'event' ? `event:${g[2] === '*' ? '*' : g[2].slice(0, 2)}` : g[1];
  if (named(c.a, g[0]) && named(c.b, g[3])) return `${kind}>`;
  if (named(c.b, g[0]) && named(c.a, g[3])) return `${kind}<`;
  return undefined;
}

/** The candidate's label: the first gold class (gold order), "none", or undefined (only optional statements name it). */
export function labelOf(c: Candidate, gold: readonly GoldStatement[], alsoTrue: readonly GoldStatement[]): string | undefined {
  for (const g of gold) { const k = classOf(c, g); if (k) return k; }
  for (const g of alsoTrue) if (classOf(c, g)) return undefined;
  return NONE;
}
