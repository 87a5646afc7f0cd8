// Event triggers that state a tie, not an event, for some pairs of actors: "Egypt joined the BRICS group"
// (membership of an organisation), "Sander Vos, who advises the consumer group BEUC" (a person advising a
// body is its adviser). Both event readers (the token rules and the grammar) ask here before emitting.
import type { EventTrigger } from './data/event-triggers.ts';
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { clamp } from './found.ts';

export interface TieReading {
  confidence: number;
  sentences: number[];
  /** The reader's rule name ("event-active", "grammar-passive"...), before the trigger's id. */
  rule: string;
  negated: boolean;
  hypothetical: boolean;
}

/**
 * Emits the tie `e` states between `s` and `o`, if it states one; true when the pair is read as a tie (or, for a
 * membership trigger, as nothing), so the caller emits no event for it.
 */
export function emitTie(ctx: Ctx, e: EventTrigger, s: string, o: string, r: TieReading, emit: Emit): boolean {
  const type = (id: string) => ctx.entities.get(id)?.type;
  if (e.memberTie) {
    // membership of an organisation, else nothing ("joined the talks")
    if (type(o) === 'organization' && !r.negated && !r.hypothetical) {
      emit({ source: s, target: o, kind: 'affiliation', predicate: e.memberTie, cameo: null, confidence: clamp(r.confidence), sentences: r.sentences, rule: `${r.rule}:${e.id}-member` });
    }
    return true;
  }
  if (e.personTie && type(s) === 'person' && type(o) === 'organization') {
    emit({ source: s, target: o, kind: 'affiliation', predicate: e.personTie, cameo: null, confidence: clamp(r.confidence), sentences: r.sentences, rule: `${r.rule}:${e.id}-tie` });
    return true;
  }
  return false;
}
