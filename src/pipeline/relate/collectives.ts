// A body described as a grouping of others: "GroenLinks-PvdA, the joint list of the Greens and the Labour Party",
// "the Congo River Alliance, a coalition of rebel groups that includes M23". The bodies listed after "of" (or after
// "that includes") belong to the named grouping (affiliation `member of`), and a leader named after the list ("...
// and the Labour Party led by X") leads the grouping, not its last member (`collectiveNameAt`, read by roles.ts).
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import type { Unit } from './units.ts';
import { isComma, isEntity } from './classes.ts';

/** Nouns for a grouping of parties, movements, states or companies. */
export const COLLECTIVE_NOUNS: { words: ReadonlySet<string>; reason: string } = {
  reason: '"a coalition of A and B", "the joint list of A and B", "an umbrella of militias that includes C": a body made of the bodies it lists',
  words: new Set(['coalition', 'alliance', 'bloc', 'umbrella', 'list', 'grouping', 'federation', 'confederation', 'consortium']),
};
export const isCollectiveNoun = (w: string | undefined) => !!w && COLLECTIVE_NOUNS.words.has(w);

/** What a grouping can be named as: a body (a name the recogniser typed as a person is still one after "a coalition of"). */
const NAMED_TYPES = new Set(['organization', 'group', 'person']);
/** What a grouping is made of. */
const MEMBER_TYPES = new Set(['organization', 'group', 'country']);
/** "that includes", "which included", "including", "comprising": the members given after a general noun ("of rebel groups"). */
const INCLUDING = /^(?:includes?|included|including|comprises|comprising)$/;

/** The bodies listed from `i` on ("the Greens and the Labour Party", "Mali, Niger and Burkina Faso"), and where the list ends. */
function listAt(u: readonly Unit[], i: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let k = i;
  for (; k < u.length; k++) {
    const x = u[k]!;
    if (isEntity(x) && !x.partial && MEMBER_TYPES.has(x.type ?? 'other')) { ids.push(x.entity); continue; }
    if (x.lower === 'the' && isEntity(u[k + 1])) continue;
    const joins = (x.lower === 'and' || isComma(x)) && ids.length > 0;
    if (joins && (isEntity(u[k + 1]) || (u[k + 1]?.lower === 'the' && isEntity(u[k + 2])))) continue;
    break;
  }
  return { ids, end: k };
}

/**
 * The name a grouping noun at `noun` stands in apposition to: "<Name>, the joint list of", "<Name>, a coalition of"
 * (up to three modifiers between the determiner and the noun: "a loose two-party coalition").
 */
export function collectiveNameAt(u: readonly Unit[], noun: number): Unit & { entity: string } | undefined {
  if (!isCollectiveNoun(u[noun]?.lower)) return undefined;
  let k = noun - 1;
  while (k > noun - 4 && k >= 0 && !u[k]!.entity && /^[a-z][a-z-]*$/.test(u[k]!.text) && !/^(?:a|an|the)$/.test(u[k]!.lower)) k--;
  if (!/^(?:a|an|the)$/.test(u[k]?.lower ?? '') || !isComma(u[k - 1])) return undefined;
  const name = u[k - 2];
  return isEntity(name) && !name.partial && NAMED_TYPES.has(name.type ?? 'other') ? name : undefined;
}

export function extractCollectiveMembers(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 3; k < u.length; k++) {
    if (!isCollectiveNoun(u[k]!.lower) || u[k + 1]?.lower !== 'of') continue;
    const name = collectiveNameAt(u, k);
    if (!name) continue;
    let members = listAt(u, k + 2);
    // ("a coalition of rebel groups that includes M23": the members named after a general noun)
    if (!members.ids.length) {
      for (let j = k + 2; j < u.length && j <= k + 7 && !isComma(u[j]) && !u[j]!.entity; j++) {
        const at = INCLUDING.test(u[j]!.lower) ? j + 1 : /^(?:that|which)$/.test(u[j]!.lower) && INCLUDING.test(u[j + 1]?.lower ?? '') ? j + 2 : -1;
        if (at > 0) { members = listAt(u, at); break; }
      }
    }
    for (const id of members.ids) {
      if (id === name.entity) continue;
      emit({ source: id, target: name.entity, kind: 'affiliation', predicate: 'member of', cameo: null, confidence: 0.75, sentences: [ctx.s], rule: 'membership-collective' });
    }
  }
}

/**
 * The grouping whose "of" list starts at `start` ("..., the joint list of [the Greens and the Labour Party] led by
 * X"): null when the list hangs on a grouping noun with no name before it ("a coalition of A and B led by X" leads
 * neither A nor B), undefined when it does not hang on a grouping noun at all.
 */
export function groupingOfList(u: readonly Unit[], start: number): (Unit & { entity: string }) | null | undefined {
  let k = start - 1;
  if (u[k]?.lower === 'the') k--;
  if (u[k]?.lower !== 'of' || !isCollectiveNoun(u[k - 1]?.lower)) return undefined;
  return collectiveNameAt(u, k - 1) ?? null;
}
