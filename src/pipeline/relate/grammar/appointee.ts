// The successor of a participle of succession hung on an appointment: "proposed X as the bloc's next foreign policy
// chief, succeeding Y", "named X chief executive, replacing Y". The one appointed succeeds, not the appointer, however
// the parse hung the participle (it often makes it the clause's own verb, sharing the appointer as subject). Read from
// the units, as the phrase is short and fixed: the comma, the participle, and before them, in the same clause, an
// appointing verb with a person after it.
import type { Arg, Ctx } from '../phrases.ts';
import { isAppointingVerb, isBreaker, isHypVerb } from '../classes.ts';

/** Participles of succession ("succeeding Y", "replacing Y"): their subject is whoever the clause puts in the office. */
const SUCCESSION_PARTICIPLES = new Set(['succeeding', 'replacing']);

/**
 * Verbs that put someone forward for an office, besides the appointing verbs: a proposal awaits its confirmation
 * ("proposed X as foreign policy chief, succeeding Y"), so the succession is still to come.
 */
const PROPOSING = new Set(['propose', 'proposes', 'proposed', 'proposing']);

/** How far back the appointing verb may stand from the participle ("proposed <title> <name> as <title>, succeeding"). */
const REACH = 20;

/**
 * The person an appointment in the same clause puts in office, when unit `k` is a participle of succession right
 * after a comma ("..., succeeding Y"): the first person named after the nearest appointing verb before it, and
 * whether the succession is only proposed (a nomination or a proposal).
 */
export function appointedSuccessor(ctx: Ctx, k: number): { arg: Arg; hypothetical: boolean } | undefined {
  const u = ctx.units;
  if (k < 2 || !SUCCESSION_PARTICIPLES.has(u[k]!.lower) || u[k - 1]!.lower !== ',') return undefined;
  for (let v = k - 2; v >= 0 && k - v <= REACH; v--) {
    const w = u[v]!;
    if (w.entity) continue;
    if (isBreaker(w.lower) || /^[.;:!?]$/.test(w.text)) return undefined;
    const proposing = PROPOSING.has(w.lower);
    if (!proposing && !isAppointingVerb(w.lower)) continue;
    for (let p = v + 1; p < k - 1; p++) {
      const x = u[p]!;
      if (x.entity && x.type === 'person' && !x.partial) {
        return { arg: { ids: [x.entity], via: 'direct', from: [] }, hypothetical: proposing || isHypVerb(w.lower) };
      }
    }
    return undefined;
  }
  return undefined;
}

/** Verbs of hiring: "hires X to replace Y" puts X in the office, as an appointing verb does. */
const HIRING = new Set(['hire', 'hires', 'hired', 'hiring', 'recruit', 'recruits', 'recruited', 'recruiting']);

/**
 * The person named right before unit `to` (an infinitive's "to") whom an appointing or hiring verb before him puts
 * in office: "Starbucks hires Chipotle's Brian Niccol to replace Narasimhan", "Boeing names X to succeed Y". He, not
 * the verb's subject, does what the infinitive says.
 */
export function appointedBeforeInfinitive(ctx: Ctx, to: number): Arg | undefined {
  const u = ctx.units;
  const person = u[to - 1];
  if (!person?.entity || person.type !== 'person' || person.partial) return undefined;
  for (let v = to - 2; v >= 0 && to - v <= 8; v--) {
    const w = u[v]!;
    if (w.entity) continue;
    if (isBreaker(w.lower) || /^[.;:!?,]$/.test(w.text)) return undefined;
    if (isAppointingVerb(w.lower) || HIRING.has(w.lower)) return { ids: [person.entity], via: 'direct', from: [] };
  }
  return undefined;
}
