// A tie of loyalty between two people, read from the parse: "X, a close ally of President Y," (apposition), "X is an
// ally of Y" and "X is a member of A and an ally of Y" (the copula's predicate and its conjuncts). No office: kind
// affiliation, from the ally to the one they stand by ("X -ally of-> Y"), as an aide or a lawyer is tied (kin.ts).
import type { Emit } from '../found.ts';
import type { Ctx } from '../phrases.ts';
import { clamp } from '../found.ts';
import { keepTypes, VIA_PENALTY } from '../phrases.ts';
import { argOf } from './events.ts';
import { PERSON_TYPES } from '../classes.ts';
import type { Tree } from './tree.ts';

/** Nouns for a person who stands by another ("a close ally of", "a protege of"), with the predicate they give. */
export const ALLY_NOUNS: Readonly<Record<string, string>> = {
  ally: 'ally of', confidant: 'confidant of', confidante: 'confidant of', protege: 'protege of', 'protégé': 'protege of', loyalist: 'loyalist of',
};

/**
 * The tie of `person` when word `t` of the tree is an ally noun with an "of" person ("ally of President Y"): the
 * noun in apposition to the person or the person's predicate with "be" (`modality` then its modality).
 */
export function readAlly(ctx: Ctx, tree: Tree, person: string, t: number, modality: { negated: boolean; hypothetical: boolean } | undefined, emit: Emit): void {
  if (t < 0 || tree.entityUnit(t) >= 0) return;
  const predicate = ALLY_NOUNS[tree.lower[t]!];
  if (!predicate) return;
  // ("a former ally of Y": a tie that is over says nothing of now)
  if (tree.children(t, 'amod').some((m) => /^(?:former|ex-|one-time|onetime|erstwhile|estranged)$/.test(tree.lower[m]!))) return;
  for (const c of tree.children(t, 'nmod')) {
    if (c < t || tree.caseOf(c) !== 'of') continue;
    const of = keepTypes(ctx, argOf(ctx, tree, c), PERSON_TYPES);
    if (!of || of.ids.length !== 1 || of.ids[0] === person) continue;
    emit({
      source: person, target: of.ids[0]!, kind: 'affiliation', predicate, cameo: null,
      confidence: clamp(0.75 - VIA_PENALTY[of.via] - (modality?.negated || modality?.hypothetical ? 0.2 : 0)),
      sentences: [ctx.s, ...of.from], rule: 'grammar-ally',
      ...(modality?.negated ? { negated: true } : {}), ...(modality?.hypothetical ? { hypothetical: true } : {}),
    });
    return;
  }
}
