// "threatened to arrest the union's leaders", "threatened to impose sanctions on Sweden", "threatened to sue
// Northcom": the act is only a possibility (hypothetical), but the threat of it is a fact, CAMEO 13 (threaten).
import { EVENT_TRIGGERS, type EventTrigger } from './data/event-triggers.ts';
import { clamp, type Found } from './found.ts';

const THREATEN = EVENT_TRIGGERS.find((t) => t.id === 'threaten');

/** Forms of "threaten" that govern a "to" infinitive. */
export const THREATENING = /^threat(?:en|ens|ened|ening)$/;

/**
 * The threat trigger for a threatened act `e`: only coercive and hostile acts are threats (sue 11x, reduce
 * relations 16, coerce or arrest 17, assault 18, fight 19, mass violence 20); "threatened to resign" is none.
 */
export function threatOf(e: EventTrigger): EventTrigger | undefined {
  return THREATEN && /^(?:11|1[5-9]|20)/.test(e.cameo ?? '') ? THREATEN : undefined;
}

/**
 * The threat beside the act it threatens, as emitted: the same ends, evidence and attribution, a stated fact
 * with `confidence` (the act's before its hypothetical discount), found by the act's rule ("<shape>:threatened-<id>").
 */
export function threatFound(act: Found, threat: EventTrigger, confidence: number): Found {
  return {
    source: act.source, target: act.target, kind: 'event', predicate: threat.predicate, cameo: threat.cameo, confidence: clamp(confidence),
    sentences: act.sentences, ...(act.attribution ? { attribution: act.attribution } : {}),
    rule: act.rule.replace(':', ':threatened-'), ...(act.trigger !== undefined ? { trigger: act.trigger } : {}),
  };
}
