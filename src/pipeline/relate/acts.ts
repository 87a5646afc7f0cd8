// An act named by a noun refers back to an event read before it: "The United States condemned the attack"
// (after "Chinese vessels fired water cannon at a Philippine boat"), "the minister welcomed the suspension".
// The doer of that event is who the reaction is about. Both the grammar reader and the token rules ask here.
import type { Arg, Ctx } from './phrases.ts';
import type { Found } from './found.ts';

/** Nouns naming an act, by the CAMEO roots of the events they can refer back to. */
const ACT_NOUNS = new Map<string, RegExp>([
  ...['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'bombing', 'bombings', 'shelling', 'assault', 'offensive', 'invasion', 'incursion', 'shooting', 'killing', 'killings', 'assassination']
    .map((w): [string, RegExp] => [w, /^(?:18|19|20)/]),
  ...['suspension', 'ban', 'sanctions', 'fine', 'arrest', 'arrests', 'detention', 'expulsion', 'seizure', 'blockade']
    .map((w): [string, RegExp] => [w, /^(?:16|17)/]),
  // "Spain's Banco Iberico agreed to buy ... The minister welcomed the investment": a deal names a company's purchase
  // (not "the move", "the decision": "Japan will restrict exports, aligning with the US ban ... Beijing condemned the
  // decision" means Japan's plan, which the latest act read as fact is not)
  ...['investment', 'purchase', 'acquisition', 'takeover', 'buyout', 'merger']
    .map((w): [string, RegExp] => [w, /^06/]),
]);
/** How many sentences back an act noun may refer. */
const ACT_REACH = 3;

export const isActNoun = (word: string): boolean => ACT_NOUNS.has(word);

/**
 * The doer of the latest event of the act's kind read in this sentence or the few before it (stated as fact,
 * not by the reacting subject itself), or undefined.
 */
export function doerOfAct(ctx: Ctx, noun: string, subjectIds: readonly string[]): Arg | undefined {
  const kinds = ACT_NOUNS.get(noun);
  if (!kinds) return undefined;
  const earlier = ctx.earlier ?? [];
  for (let k = earlier.length - 1; k >= 0; k--) {
    const f = earlier[k]!;
    const s = f.sentences[0]!;
    if (s > ctx.s || s < ctx.s - ACT_REACH) continue;
    if (f.kind !== 'event' || f.negated || f.hypothetical || !kinds.test(f.cameo ?? '') || subjectIds.includes(f.source)) continue;
    return { ids: [f.source], via: 'anaphor', from: s === ctx.s ? [] : [s] };
  }
  return undefined;
}

/**
 * "The Justice Department, which sued the company": "the company" read as the last organisation named is the
 * clause's own subject; the organisation the story is about, other than the subject, is meant (when the
 * anaphor was an organisation at all).
 */
export function otherOrganization(ctx: Ctx, object: Arg, subject: Arg): Arg | undefined {
  if (object.via !== 'anaphor' || object.ids.length !== 1 || ctx.entities.get(object.ids[0]!)?.type !== 'organization') return undefined;
  const o = ctx.discourse.salientOrganization({ s: ctx.s, i: ctx.units.length }, (id) => !subject.ids.includes(id));
  return o ? { ids: [o.value], via: 'anaphor', from: o.s === ctx.s ? [] : [o.s] } : undefined;
}

/**
 * The latest restrictive event (sanctions, bans, arrests: CAMEO 16x/17x) read in this sentence or the few before
 * it as fact: the act a follow-up list refers back to ("Canada imposed sanctions on ... Those targeted include X").
 */
export function latestRestriction(ctx: Ctx): Found | undefined {
  const earlier = ctx.earlier ?? [];
  for (let k = earlier.length - 1; k >= 0; k--) {
    const f = earlier[k]!;
    const s = f.sentences[0]!;
    if (s > ctx.s || s < ctx.s - ACT_REACH) continue;
    if (f.kind === 'event' && !f.negated && !f.hypothetical && /^(?:16|17)/.test(f.cameo ?? '')) return f;
  }
  return undefined;
}

/**
 * "Sudan's army clashed with the RSF ... Egypt, which has mediated between the two sides": the two parties of the
 * latest fighting or talks (CAMEO 19x, 04x) read as fact in this sentence or the few before it, when both are states or
 * bodies, or undefined.
 */
export function latestMutualPair(ctx: Ctx): { ids: string[]; s: number } | undefined {
  const earlier = ctx.earlier ?? [];
  const actor = (id: string) => { const t = ctx.entities.get(id)?.type; return t === 'country' || t === 'organization' || t === 'group'; };
  for (let k = earlier.length - 1; k >= 0; k--) {
    const f = earlier[k]!;
    const s = f.sentences[0]!;
    if (s > ctx.s || s < ctx.s - ACT_REACH) continue;
    if (f.kind === 'event' && !f.negated && !f.hypothetical && /^(?:04|19)/.test(f.cameo ?? '') && actor(f.source) && actor(f.target)) return { ids: [f.source, f.target], s };
  }
  return undefined;
}
