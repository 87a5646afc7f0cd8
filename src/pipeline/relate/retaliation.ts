// Threats of retaliation: "Russia vowed retaliation against Lithuania", and the
// form news prose prefers, where the target is the actor of a fronted clause:
//   "When Lithuania began implementing EU restrictions, Russia promised retaliation."
// Retaliation answers an act, so its target is whoever did the act; the fronted
// clause names that act only when it opens the sentence and the threat's subject
// starts the main clause right after its comma. Anything looser (a relative
// clause, "since", a clause without a named actor) gives nothing: a missed
// threat costs less than a wrong one.
import type { Arg, Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { clamp } from './found.ts';
import { keepTypes, readPhrase, readPhraseLeft, VIA_PENALTY } from './phrases.ts';
import { verbGroupModality } from './events.ts';
import {
  ACTOR_TYPES, isAdverb, isAux, isBe, isComma, isContent, isDet, isEntity, isFrontedSubordinator, isModal, isNeg,
  isPossessive, isPrep, isReportingVerb, isRetaliationNoun, isThreatVerb,
} from './classes.ts';
import { RETALIATION_NOUNS } from './data/words.ts';

const PREDICATE = 'threatened';
const CAMEO = '130';
const BASE = 0.7;
/** The target read from the fronted clause is inferred, not stated. */
const FRONTED_PENALTY = 0.1;
const TARGET_PREPS = new Set(['against', 'on', 'toward', 'towards']);

/** Words a retaliation threat cannot do without. */
export const RETALIATION_WORDS: readonly string[] = [...RETALIATION_NOUNS.words, 'retaliate'];

/** The threat verb governing the retaliation word at unit k ("vowed swift retaliation", "warned of reprisals", "promised to retaliate"). */
function threatVerbBefore(ctx: Ctx, k: number): number | undefined {
  const u = ctx.units;
  const w = u[k]!.lower;
  let v: number;
  if (w === 'retaliate') {
    if (u[k - 1]?.lower !== 'to') return undefined;
    v = k - 2;
  } else {
    v = k - 1;
    // "a swift and harsh retaliation" is too much; one determiner and up to two adjectives.
    let steps = 0;
    while (v >= 0 && steps < 3 && !u[v]!.entity && (isDet(u[v]!.lower) || (isContent(u[v]) && !isThreatVerb(u[v]!.lower)))) { v--; steps++; }
    if (u[v]?.lower === 'of') {
      v--;
      if (!u[v] || !u[v]!.lower.startsWith('warn')) return undefined;
    } else if (u[v]?.lower.startsWith('warn')) return undefined; // "warned retaliation" is not English; "warned X" warns X
  }
  const verb = u[v];
  return verb && !verb.entity && isThreatVerb(verb.lower) ? v : undefined;
}

/** The actor of the fronted clause "When X did Y," / "After X's move,", if the sentence opens with one ending at comma c. */
function frontedActor(ctx: Ctx, c: number): Arg | undefined {
  const u = ctx.units;
  if (!u[0] || u[0].entity || !isFrontedSubordinator(u[0].lower)) return undefined;
  const ph = readPhrase(ctx, 1, c);
  if (!ph.arg || ph.arg.via === 'anaphor' || ph.arg.via === 'pronoun') return undefined;
  // "When Lithuania began ...": the name is followed by its verb. "After Lithuania's move,": a whole phrase.
  const next = u[ph.end];
  if (ph.end < c && (!next || next.entity || isPrep(next.lower) || isPossessive(next.lower) || !(isContent(next) || isAux(next.lower) || isModal(next.lower) || isAdverb(next)))) return undefined;
  // "As Lithuania's minister said, ..." reports; "When Lithuania was hit by ..." makes it the target of the act.
  if (next && ph.end < c && (isReportingVerb(next.lower) || isBe(next.lower))) return undefined;
  return keepTypes(ctx, ph.arg, ACTOR_TYPES);
}

export function extractRetaliation(ctx: Ctx, emit: Emit, attributionAt: (i: number) => string | undefined): void {
  const u = ctx.units;
  for (let k = 0; k < u.length; k++) {
    const x = u[k]!;
    if (x.entity || !(isRetaliationNoun(x.lower) || x.lower === 'retaliate')) continue;
    const v = threatVerbBefore(ctx, k);
    if (v === undefined) continue;
    // The threat's subject, right before the verb group.
    let j = v - 1;
    while (j >= 0 && (isAdverb(u[j]) || isAux(u[j]!.lower) || isModal(u[j]!.lower) || isNeg(u[j]!.lower))) j--;
    if (j < 0 || !(isEntity(u[j]) || isContent(u[j]))) continue;
    const sp = readPhraseLeft(ctx, j);
    const subject = keepTypes(ctx, sp.arg, ACTOR_TYPES);
    if (!subject) continue;
    // A stated target: "retaliation against Lithuania".
    let target: Arg | undefined;
    let penalty = 0;
    let rule = 'event-retaliation';
    if (TARGET_PREPS.has(u[k + 1]?.lower ?? '')) {
      target = keepTypes(ctx, readPhrase(ctx, k + 2).arg, ACTOR_TYPES);
      if (!target) continue;
      penalty = VIA_PENALTY[target.via];
    } else {
      // An inferred target: the subject must open the main clause right after the fronted clause.
      const c = sp.start - 1;
      if (!isComma(u[c])) continue;
      if (u.slice(1, c).some((y) => isComma(y))) continue;
      target = frontedActor(ctx, c);
      if (!target) continue;
      penalty = FRONTED_PENALTY + VIA_PENALTY[target.via];
      rule = 'event-retaliation-fronted';
    }
    const modality = verbGroupModality(ctx, v);
    let confidence = BASE - VIA_PENALTY[subject.via] - penalty;
    if (modality.negated) confidence *= 0.5;
    if (modality.hypothetical) confidence *= 0.6;
    const attribution = attributionAt(v);
    const sentences = [ctx.s, ...subject.from, ...target.from].filter((s, n, all) => all.indexOf(s) === n);
    for (const s of subject.ids) {
      for (const o of target.ids) {
        if (s === o || subject.ids.includes(o)) continue;
        emit({
          source: s, target: o, kind: 'event', predicate: PREDICATE, cameo: CAMEO, confidence: clamp(confidence), sentences,
          ...(modality.negated ? { negated: true } : {}),
          ...(modality.hypothetical ? { hypothetical: true } : {}),
          ...(attribution ? { attribution } : {}),
          rule,
        });
      }
    }
  }
}
