// Event relations: an actor does something (CAMEO-coded) to another actor.
// A trigger from the lexicon (data/event-triggers.ts) is found, then its
// arguments are read off the clause: active ("Syria recognized X"), passive
// ("X was recognized by Syria"), nominal ("Russia's annexation of Crimea",
// "talks with X"), infinitives ("Pyongyang's decision to recognize X", "asked X
// to recognize Y"), coordination and anaphora. Negation and modality travel
// with the relation instead of being asserted as fact.
import { THREATENING, threatFound, threatOf } from './threats.ts';
import type { Unit } from './units.ts';
import type { Arg, Ctx } from './phrases.ts';
import { doerOfAct, isActNoun, otherOrganization } from './acts.ts';
import { emitTie } from './ties.ts';
import { isFearedEvent } from './feared.ts';
import type { Emit, Found } from './found.ts';
import type { EventTrigger } from './data/event-triggers.ts';
import { EVENT_TRIGGERS } from './data/event-triggers.ts';
import { clamp } from './found.ts';
import { appointedSuccessor } from './grammar/appointee.ts';
import { clauseSubjectBefore, keepTypes, looksVerbal, possessorAt, readPhrase, readPhraseLeft, resolvePronoun, verbSubject, VIA_PENALTY, withCoordinatedPersons } from './phrases.ts';
import {
  ACTOR_TYPES, ORGANIZATION_TYPES, isActorNoun, isAdverb, isAspectualVerb, isAux, isBe, isBreaker, isComma, isConj, isContent, isDet, isEntity, isHypMarker,
  isHostingParticiple, isLightParticiple, isLightVerb, isReversalVerb, isVerbalTargetNoun, isModal, isNeg, isNegVerb, isPossessive, isPrep, isPunct, isRelative, PERSON_TYPES, PLACE_TYPES,
  isConcessivePrep, isObjectionNoun, isTradeNoun, isRequestVerb, isMovableThingNoun,
} from './classes.ts';

interface Match {
  entry: EventTrigger;
  nominal: boolean;
  /** Where the complement phrase starts, for objects named inside it. */
  complementFrom?: number;
  /** Where the object search starts (after the trigger or its complement). */
  objectFrom: number;
}

const BY_FORM = new Map<string, EventTrigger[]>();
for (const e of EVENT_TRIGGERS) {
  for (const f of [...(e.verbs ?? []), ...(e.nouns ?? [])]) {
    const list = BY_FORM.get(f) ?? [];
    if (!list.includes(e)) list.push(e);
    BY_FORM.set(f, list);
  }
}
/** The days of the week, as a phrase of time names them ("on Tuesday"). */
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// Entries that need a complement ("cut ties") are tried before plain ones sharing a verb.
for (const list of BY_FORM.values()) list.sort((a, b) => Number(!!b.complement) - Number(!!a.complement));

const OBJECT_TYPES = ACTOR_TYPES;
const PLACE_OBJECT_TYPES = new Set([...ACTOR_TYPES, ...PLACE_TYPES]);
const STATE_OBJECT_TYPES = new Set(['country', 'organization', 'group']);

/** Is the trigger word at i used as a noun ("the attack on") rather than a verb ("attacked")? */
function nounUse(ctx: Ctx, i: number, e: EventTrigger): boolean {
  const w = ctx.units[i]!.lower;
  const asVerb = e.verbs?.includes(w) ?? false;
  const asNoun = e.nouns?.includes(w) ?? false;
  if (!asVerb) return true;
  if (!asNoun) return false;
  const prev = ctx.units[i - 1];
  const next = ctx.units[i + 1];
  // "Sanctions imposed by the EU ...": a participle clause after the word makes it a noun.
  const nextIsNounPrep = !!next && ((e.nounPreps ?? []).includes(next.lower) || !!reducedClause(ctx, i + 1, e));
  if (!prev) return nextIsNounPrep;
  if (isEntity(prev)) return nextIsNounPrep;
  // "acted alone in killing Kennedy": a gerund with its object right after it is a verb.
  if (/ing$/.test(w) && isEntity(next) && isPrep(prev.lower)) return false;
  if (isPossessive(prev.lower) || isDet(prev.lower) || (isPrep(prev.lower) && prev.lower !== 'to')) return true;
  if (isAux(prev.lower) || isModal(prev.lower) || isNeg(prev.lower) || prev.lower === 'to' || isAdverb(prev) || isRelative(prev.lower) || isComma(prev)) return false;
  if (isContent(prev) && !isActorNoun(prev.lower)) return true;
  return false;
}

/** How the word at i triggers `entry` here (as a noun, or as a verb with its complement), if it does. */
function matchEntry(ctx: Ctx, i: number, entry: EventTrigger): Match | undefined {
  const nominal = nounUse(ctx, i, entry);
  // ("bowing to demands from X", "its demands of Y": an -s form after "to", a preposition or a determiner is a plural
  // noun, never the verb)
  if (!nominal && /[^s]s$/.test(ctx.units[i]!.lower) && NOUN_BEFORE.test(ctx.units[i - 1]?.lower ?? '')) return undefined;
  // ("struck down the contract": a particle right after that another entry of the verb reads makes another verb)
  if (!nominal && !entry.complement && (BY_FORM.get(ctx.units[i]!.lower) ?? []).some((o) => o !== entry && !!o.complement?.includes(ctx.units[i + 1]?.lower ?? '') && /^(?:down|up|off|out|over|in|on)$/.test(ctx.units[i + 1]!.lower))) return undefined;
  if (nominal || !entry.complement) return { entry, nominal, objectFrom: i + 1 };
  // "severed diplomatic ties", "signed an agreement"
  for (let c = i + 1; c <= i + 4 && c < ctx.units.length; c++) {
    const x = ctx.units[c]!;
    if (entry.complement.includes(x.lower)) return { entry, nominal, objectFrom: c + 1, complementFrom: i + 1 };
    const inside = entry.objectInComplement && (isEntity(x) || isPossessive(x.lower));
    // ("fired dozens of rockets", "a barrage of missiles": a quantity and "of" before the complement)
    const quantity = x.lower === 'of' && c > i + 1 && !ctx.units[c - 1]!.entity;
    if (!inside && !quantity && (isEntity(x) || !(isDet(x.lower) || isContent(x) || x.lower === 'its' || x.lower === 'their'))) break;
  }
  return undefined;
}

/** Whether the verb at i is in a that-clause of a verb of asking ("demanded that Kyiv withdraw"). */
function requestedInThatClause(u: readonly Unit[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 8; k--) {
    const w = u[k]!;
    if (w.lower === 'that') return !u[k - 1]!.entity && isRequestVerb(u[k - 1]!.lower);
    if (isBreaker(w.lower) || (isPunct(w) && !isPossessive(w.lower))) return false;
  }
  return false;
}

/** Nouns of an armed assault, whose owner is the attacker ("fighting Russia's invasion"). */
export const isAssaultNoun = (w: string): boolean => /^(?:invasion|aggression|offensive|assault|attack|attacks|occupation|incursion)$/.test(w);

/** Words after which an -s form is a plural noun: "to demands", "the demands", "its demands". */
const NOUN_BEFORE = /^(?:to|of|from|with|for|by|under|against|the|its|their|his|her|our|these|those|such|new|repeated|fresh)$/;

/** Words whose "to" + verb names an aim, not a fact ("a candidate to join", "its bid to buy", "hopes to sign"). */
const AIM_BEFORE_TO = /^(?:candidate|candidates|candidacy|bid|bids|application|applications|ambition|ambitions|aspiration|aspirations|hope|hopes|hoped|hoping|seek|seeks|sought|seeking|aim|aims|aimed|aiming|attempt|attempts|attempted|effort|efforts|intend|intends|intended|wish|wishes|wished|eager|keen|poised|plan|plans|planned|planning|want|wants|wanted)$/;

/** Past forms of the journey verbs (lexicon `ahead`) that do not end in -ed. */
const JOURNEY_PAST = new Set(['went', 'gone', 'left', 'flew', 'flown']);

/**
 * A journey verb in the present tense tells of a trip to come ("goes on to Costa Rica", "leaves on Friday for X",
 * "is heading to Tokyo"); `aux` is the auxiliary or "to" right before it, if any. A past, a perfect or an infinitive
 * is not read here (an infinitive takes its mood from its governor).
 */
export function journeyAhead(verb: string, aux: string | undefined): boolean {
  if (aux !== undefined) return /^(?:is|are|am|'s|'re)$/.test(aux) && /ing$/.test(verb);
  return !/(?:ed|ing)$/.test(verb) && !JOURNEY_PAST.has(verb);
}

/** Modality of the verb group right before unit i: "did not recognize", "would recognize", "if X recognizes". */
export function verbGroupModality(ctx: Ctx, i: number): { negated: boolean; hypothetical: boolean } {
  const u = ctx.units;
  let negated = false;
  let hypothetical = false;
  let j = i - 1;
  const gerund = /ing$/.test(u[i]!.lower);
  while (j >= 0 && ((gerund && !u[j]!.entity && isAspectualVerb(u[j]!.lower)) || isAdverb(u[j]) || isAux(u[j]!.lower) || isModal(u[j]!.lower) || isNeg(u[j]!.lower) || u[j]!.lower === 'longer' || u[j]!.lower === 'no')) {
    const w = u[j]!.lower;
    if (isNeg(w) || (w === 'no' && u[j + 1]?.lower === 'longer') || w === 'never') negated = true;
    if (isModal(w)) hypothetical = true;
    j--;
  }
  // "were to meet", "is to visit": a form of "be" with "to" states an arrangement, not a fact
  if (u[i - 1]?.lower === 'to' && /^(?:is|are|was|were|am)$/.test(u[i - 2]?.lower ?? '')) hypothetical = true;
  // "a candidate to join", "its bid to buy", "hopes to sign": an aim, not a fact
  if (u[i - 1]?.lower === 'to' && AIM_BEFORE_TO.test(u[i - 2]?.lower ?? '')) hypothetical = true;
  // A conditional clause: scan back to the clause start.
  for (let k = i - 1; k >= 0; k--) {
    const w = u[k]!.lower;
    if (u[k]!.entity) continue;
    if (w === 'if' || w === 'unless' || w === 'whether') { hypothetical = true; break; }
    if (isBreaker(w) || (isPunct(u[k]) && !isComma(u[k]))) break;
  }
  return { negated, hypothetical };
}

/** Nouns that name a power one may hold without using it ("holds a veto"). */
export const HELD_POWERS: ReadonlySet<string> = new Set(['veto', 'vetoes']);

/** The actor of a noun trigger: "Russia's annexation", "an EU dispute", "held talks", "In support of X, Y ...". */
/** Participles of leading an act, whose subject does it ("had led criticism of X", "had spearheaded the campaign"). */
const LEADING_PARTICIPLES = new Set(['led', 'spearheaded', 'headed']);

function nounSubject(ctx: Ctx, i: number): { arg?: Arg; lightAt?: number } {
  const u = ctx.units;
  let p = i - 1;
  // One adjective may sit between: "Russia's military attack", "the Russian full-scale invasion".
  // (not a verb after a bare name: "Germany suspended talks with Iran" is no German talks)
  if (isContent(u[p]) && !isActorNoun(u[p]!.lower) && (isPossessive(u[p - 1]?.lower ?? '') || (isEntity(u[p - 1]) && !/ed$/.test(u[p]!.lower) && !isReversalVerb(u[p]!.lower)))) p--;
  if (u[p] && isPossessive(u[p]!.lower)) {
    const a = possessorAt(ctx, p - 1);
    if (a) return { arg: a };
  }
  if (isEntity(u[p]) && ACTOR_TYPES.has(u[p]!.type!)) return { arg: { ids: [u[p]!.entity!], via: 'modifier', from: [] } };
  // Light verb: "held talks", "imposed sanctions", "were in talks", "launched an attack"
  let k = i - 1;
  let steps = 0;
  while (k >= 0 && steps < 4 && (isDet(u[k]!.lower) || (isContent(u[k]) && !isLightVerb(u[k]!.lower) && !isAdverb(u[k])) || u[k]!.lower === 'in' || u[k]!.lower === 'new' || u[k]!.lower === 'fresh')) { k--; steps++; }
  // ("India has suspended military aid to Nepal": a verb that stops what the noun names stands between; the
  // "has" before it is its auxiliary, no light verb of the noun)
  const reversed = u.slice(k + 1, i).some((x) => isReversalVerb(x.lower));
  // ("the Minsk Group, which had mediated the conflict with Russia": "had" before a participle is its auxiliary, and
  // the participle, no light verb, the noun's governor; one of leading still makes its subject the noun's actor, "had
  // led criticism of X")
  const auxiliary = /^(?:has|have|had|having)$/.test(u[k]?.lower ?? '') && !!u[k + 1] && !u[k + 1]!.entity && /^[a-z]+(?:ed|en)$/.test(u[k + 1]!.text) && !LEADING_PARTICIPLES.has(u[k + 1]!.lower);
  if (k >= 0 && !u[k]!.entity && !reversed && !auxiliary && (isLightVerb(u[k]!.lower) || isBe(u[k]!.lower))) {
    // ("Moscow, which holds a veto on the council": a power held is no act, and its holder no actor)
    if (HELD_POWERS.has(u[i]!.lower) && /^(?:hold|holds|held|holding)$/.test(u[k]!.lower)) return {};
    const a = verbSubject(ctx, k);
    if (a) return { arg: a, lightAt: k };
  }
  // A fronted phrase: "In support of Russia's war, North Korea ..."
  if (u[0] && isPrep(u[0].lower) && !u[0].entity) {
    let c = i + 1;
    while (c < u.length && !isComma(u[c]) && !(isPunct(u[c]))) c++;
    if (isComma(u[c]) && u.slice(1, i).every((x) => !isBreaker(x.lower))) {
      const ph = readPhrase(ctx, c + 1);
      if (ph.arg) return { arg: { ...ph.arg, via: 'control' } };
    }
  }
  return {};
}

/** A reduced relative clause after a noun trigger: "imposed by the EU on Iran", "hosted by Qatar between X and Y". */
interface Reduced {
  /** The participle is a light verb ("imposed"): the agent is the actor of the noun. */
  light: boolean;
  agent?: Arg;
  /** Where the noun's own preposition ("on", "between") sits, if the clause has one. */
  prepAt?: number;
}

const takesNounPrep = (e: EventTrigger, w: string | undefined) => !!w && ((e.nounPreps ?? []).includes(w) || (!!e.symmetric && w === 'between'));

/**
 * The participle clause starting at unit j, right after the noun trigger: a listed participle, then a
 * "by" agent and the noun's own prepositional phrase, in either order. Undefined when there is neither:
 * "the talks hosted last year" says nothing about who or with whom.
 */
function reducedClause(ctx: Ctx, j: number, e: EventTrigger): Reduced | undefined {
  const u = ctx.units;
  const p = u[j];
  if (!p || p.entity) return undefined;
  const light = isLightParticiple(p.lower);
  if (!light && !isHostingParticiple(p.lower)) return undefined;
  let k = j + 1;
  if (p.lower === 'carried' && u[k]?.lower === 'out') k++;
  let by = false;
  let agent: Arg | undefined;
  let prepAt: number | undefined;
  for (let round = 0; round < 2; round++) {
    const w = u[k]?.lower;
    if (w === 'by' && !by) {
      by = true;
      let ph = readPhrase(ctx, k + 1);
      if (!ph.arg) {
        // "imposed on Iran by the EU took effect": the agent ends with its names, before the main verb.
        let limit = k + 1;
        while (limit < u.length && (isEntity(u[limit]) || isDet(u[limit]!.lower) || isConj(u[limit]!.lower) || isComma(u[limit]))) limit++;
        if (limit > k + 1 && isEntity(u[limit - 1])) ph = readPhrase(ctx, k + 1, limit);
      }
      agent = ph.arg;
      k = ph.end;
    } else if (prepAt === undefined && takesNounPrep(e, w)) {
      prepAt = k;
      k = readPhrase(ctx, k + 1).end;
    } else break;
  }
  if (!by && prepAt === undefined) return undefined;
  return { light, ...(agent ? { agent } : {}), ...(prepAt !== undefined ? { prepAt } : {}) };
}

/**
 * The country goods go to or come from, in the phrase starting at unit j: "chip exports to China",
 * "imports of Ukrainian grain", "Chinese steel". Only read when a trade noun is there.
 */
function tradePartner(ctx: Ctx, j: number): Arg | undefined {
  const u = ctx.units;
  let trade = false;
  let modifier: string | undefined;
  // ("imports of citrus fruit and some fish from Taiwan": past an "and" between goods, only the other end counts)
  let goodsListed = false;
  for (let k = j; k < u.length && k < j + 10; k++) {
    const x = u[k]!;
    if (isEntity(x)) {
      if (x.type !== 'country') return undefined;
      const before = u[k - 1]?.lower;
      // "exports to China", "imports from Russia": the other end of the trade.
      if (trade && (before === 'to' || before === 'from')) return { ids: [x.entity], via: 'modifier', from: [] };
      if (goodsListed) break;
      // "Ukrainian grain", "Russia's oil": the goods' country, if a trade noun follows.
      modifier ??= x.entity;
      continue;
    }
    if (isTradeNoun(x.lower)) { trade = true; if (modifier) return { ids: [modifier], via: 'modifier', from: [] }; continue; }
    if (isConj(x.lower) && x.lower === 'and' && trade && !goodsListed && !!u[k + 1] && !/(?:ed|ing)$/.test(u[k + 1]!.lower) && !isAux(u[k + 1]!.lower) && !isModal(u[k + 1]!.lower)) { goodsListed = true; continue; }
    if (isComma(x) || (isPunct(x) && !isPossessive(x.lower)) || isBreaker(x.lower) || isConj(x.lower)) break;
  }
  // "imports of Ugandan sugar": the trade noun came first, the goods' country after.
  return trade && modifier ? { ids: [modifier], via: 'modifier', from: [] } : undefined;
}

/**
 * "despite French objections", "over Turkish opposition": what is objected to is the main clause, so its
 * subject is the object. The phrase may open the sentence ("Despite X, the EU approved ...") or end it.
 */
function objectionTarget(ctx: Ctx, i: number): Arg | undefined {
  const u = ctx.units;
  let p = i - 1;
  while (p >= 0 && p >= i - 3 && !isConcessivePrep(u[p]!.lower)) p--;
  if (p < 0 || !isConcessivePrep(u[p]!.lower) || u[p]!.entity) return undefined;
  if (p === 0 || (p === 1 && !isContent(u[0]))) {
    let c = i + 1;
    while (c < u.length && !isComma(u[c])) c++;
    const ph = readPhrase(ctx, c + 1);
    return ph.arg && { ...ph.arg, via: 'control' };
  }
  return clauseSubjectBefore(ctx, p);
}

/**
 * "met his Turkish counterpart, Hakan Fidan,": a noun phrase about a person followed by the person's name
 * in apposition names that person.
 */
function appositiveName(ctx: Ctx, np: Unit[], end: number): Arg | undefined {
  const u = ctx.units;
  const head = np[np.length - 1];
  const name = u[end + 1];
  if (!head || head.entity || !isActorNoun(head.lower) || !isComma(u[end]) || !isEntity(name) || name.type !== 'person') return undefined;
  const after = u[end + 2];
  if (after && !isComma(after) && !isPunct(after) && !isBreaker(after.lower)) return undefined;
  return { ids: [name.entity], via: 'direct', from: [] };
}

/** Words of an amount: "up to 80 percent", "$2.5 billion", "about 25%". */
const AMOUNT = /^(?:[\d.,]+%?|up|to|about|around|nearly|almost|over|more|than|some|percent|per|cent|%|\$|€|£|us\$|billion|million|trillion|bn|mln|dollars?|euros?)$/;

function objectOf(ctx: Ctx, m: Match): { arg?: Arg; units: Unit[]; end: number; reduced?: Reduced } {
  const u = ctx.units;
  const e = m.entry;
  let j = m.objectFrom;
  while (isAdverb(u[j])) j++;
  if (m.nominal) {
    // "tariffs of up to 80 percent on Chinese steel", "sanctions worth $2 billion against X": an amount first.
    if (u[j] && (u[j]!.lower === 'of' || u[j]!.lower === 'worth')) {
      let k = j + 1;
      while (k < u.length && k < j + 8 && !u[k]!.entity && AMOUNT.test(u[k]!.lower)) k++;
      if (k > j + 1 && (e.nounPreps ?? []).includes(u[k]?.lower ?? '')) j = k;
    }
    const prep = u[j];
    if (!prep || !(e.nounPreps ?? []).includes(prep.lower) && !(e.symmetric && prep.lower === 'between')) {
      const reduced = reducedClause(ctx, j, e);
      if (!reduced) return { units: [], end: j };
      if (reduced.prepAt === undefined) return { units: [], end: j, reduced };
      const ph = readPhrase(ctx, reduced.prepAt + 1);
      return { arg: ph.arg, units: ph.units, end: ph.end, reduced };
    }
    const ph = readPhrase(ctx, j + 1);
    const arg = ph.arg ?? (e.tradeObject ? tradePartner(ctx, j + 1) : undefined);
    return { arg, units: ph.units, end: ph.end };
  }
  if (e.objectInComplement && m.complementFrom !== undefined) {
    const ph = readPhrase(ctx, m.complementFrom, m.objectFrom);
    return { arg: ph.arg, units: ph.units, end: ph.end };
  }
  // ("signed a contract on Wednesday with X", "issued arrest warrants on Tuesday for X": a day named between the verb's
  // phrase and the entry's preposition)
  if (u[j]?.lower === 'on' && u[j + 1] && !u[j + 1]!.entity && WEEKDAYS.test(u[j + 1]!.lower) && (e.objectPreps ?? []).includes(u[j + 2]?.lower ?? '')) j += 2;
  let first = u[j];
  // "bought 96 helicopters from X", "invest $1.5 billion in X": the thing traded sits before the preposition.
  if (e.prepOnly && e.skipObject && first && !(e.objectPreps ?? []).includes(first.lower)) {
    let k = j;
    // ("its Nigerian onshore subsidiary", "millions of dollars": a nationality word and "of" may be inside)
    while (k < u.length && k < j + 7 && (!u[k]!.entity || u[k]!.metonymy === 'demonym') && (isContent(u[k]) || isDet(u[k]!.lower) || /^[$€£%]$/.test(u[k]!.text) || u[k]!.lower === 'its' || u[k]!.lower === 'their' || u[k]!.lower === 'of' || u[k]!.metonymy === 'demonym')) k++;
    // ("ordered its withdrawal from the WHO" buys nothing from the WHO: the noun of another kind of one-sided act before
    // the preposition takes it itself; a mutual one names the same party, "settled a patent dispute with X")
    const prep = u[k]?.lower ?? '';
    if (k > j && u.slice(j, k).some((x) => !x.entity && (BY_FORM.get(x.lower) ?? []).some((n) => (n.nouns ?? []).includes(x.lower) && !n.symmetric && !!n.cameo && !!e.cameo
      && n.cameo.slice(0, 2) !== e.cameo.slice(0, 2) && (n.nounPreps ?? []).includes(prep)))) return { units: [], end: j };
    if (k > j && (e.objectPreps ?? []).includes(prep)) { j = k; first = u[j]; }
  }
  // "demanded that the RSF allow ...": the subject of the that-clause is who the demand is made of.
  if (e.thatObject && first?.lower === 'that') { j++; first = u[j]; }
  // "restrict exports of chipmaking equipment to China", "banned imports of Ukrainian grain"
  const trade = e.tradeObject && first && !first.entity && !(e.objectPreps ?? []).includes(first.lower) ? tradePartner(ctx, j) : undefined;
  if (trade) return { arg: trade, units: [], end: j };
  // ("pledged to support Ukraine": "to" before a bare word opens an infinitive, no object)
  if (e.toInfinitive && first?.lower === 'to' && u[j + 1] && !u[j + 1]!.entity && /^[a-z]/.test(u[j + 1]!.text) && !isDet(u[j + 1]!.lower) && !isPossessive(u[j + 1]!.lower) && u[j + 1]!.lower !== 'its' && u[j + 1]!.lower !== 'their') return { units: [], end: j };
  if (first && (e.objectPreps ?? []).includes(first.lower)) j++;
  else if (e.prepOnly) return { units: [], end: j };
  else if (first && !first.entity && isPrep(first.lower)) return { units: [], end: j };
  const ph = readPhrase(ctx, j);
  // "received European Union approval": a name modifying a thing is not the actor received
  if (e.nameObject && !first?.entity && !isDet(first?.lower ?? '')) return { units: [], end: j };
  if (e.nameObject) {
    const last = ph.units[ph.units.length - 1];
    const next = u[ph.end];
    const thing = (x: Unit | undefined) => !!x && !x.entity && /^[a-z]/.test(x.text) && isContent(x) && !isAdverb(x) && !/^(?:yesterday|today|tonight|tomorrow|last|this|next)$/.test(x.lower) && !isActorNoun(x.lower) && !isPrep(x.lower) && !looksVerbal(x);
    if (thing(last) || thing(next)) return { units: ph.units, end: ph.end };
  }
  const named = appositiveName(ctx, ph.units, ph.end) ?? ph.arg;
  // "attacked a hospital in Kharkiv", "fired rockets at military bases in northern Israel": a facility's place is hit
  // (force only: "recognized the territories in eastern Ukraine" is no recognition of Ukraine)
  // (not a vessel or cargo, which only passes through the place: "seized a tanker in the Gulf")
  if (!named && e.placeObject && /^(?:18|19|20)/.test(e.cameo ?? '') && ph.units.length && u[ph.end]?.lower === 'in' && !isMovableThingNoun(ph.units[ph.units.length - 1]!.lower)) {
    const where = readPhrase(ctx, ph.end + 1);
    if (where.arg && where.arg.ids.every((id) => PLACE_TYPES.has(ctx.entities.get(id)?.type ?? 'other'))) return { arg: { ...where.arg, via: 'modifier' }, units: ph.units, end: where.end };
  }
  return { arg: named, units: ph.units, end: ph.end };
}

const BASE = { verb: 0.8, passive: 0.75, noun: 0.7 };
/** Nouns after an event noun that make it a plan ("merger talks", "takeover bid"). */
/** The most parties one event reads pairs among (a meeting of more is a list, not bilateral events). */
const MAX_PARTIES = 8;

/**
 * The actor pairs one event relates: every two of a mutual event's parties, else each subject with each object.
 * A mutual event among a long list ("leaders including <120 names> met") is no set of bilateral meetings: past
 * MAX_PARTIES names nothing is read (undefined), so output stays linear in the text.
 */
export function eventPairs(parties: readonly string[] | undefined, subjects: readonly string[], objects: readonly string[]): Array<[string, string]> | undefined {
  if ((parties?.length ?? 0) > MAX_PARTIES || (!parties && subjects.length * objects.length > MAX_PARTIES * MAX_PARTIES)) return undefined;
  const pairs: Array<[string, string]> = [];
  if (parties) for (let a = 0; a < parties.length; a++) for (let b = a + 1; b < parties.length; b++) pairs.push([parties[a]!, parties[b]!]);
  else for (const s of subjects) for (const o of objects) pairs.push([s, o]);
  return pairs;
}
export const PLANNING_NOUNS = /^(?:talks|negotiations|plan|plans|proposal|proposals|bid|bids|offer|offers)$/;

/** "Kosovo, which Serbia does not recognize,": the antecedent of an object relative clause is the object. */
function relativeObject(ctx: Ctx, i: number): Arg | undefined {
  const u = ctx.units;
  let j = i - 1;
  while (j >= 0 && (isAdverb(u[j]) || isAux(u[j]!.lower) || isModal(u[j]!.lower) || isNeg(u[j]!.lower))) j--;
  // the subject phrase: a name, or a short phrase ending in a name
  let k = j;
  while (k >= 0 && j - k < 4 && !(u[k]!.lower === 'which' || u[k]!.lower === 'whom') && !isComma(u[k]) && !isBreaker(u[k]!.lower)) k--;
  if (!u[k] || !(u[k]!.lower === 'which' || u[k]!.lower === 'whom') || !isComma(u[k - 1]) || k === j) return undefined;
  const ante = readPhraseLeft(ctx, k - 2);
  // "aid to Ukraine, which Biden requested": a name inside a prepositional phrase is not the antecedent.
  const before = u[ante.start - 1];
  if (before && !before.entity && isPrep(before.lower) && !isBreaker(before.lower)) return undefined;
  return ante.arg && { ...ante.arg, via: 'relative' };
}

/** '"We will recognize Kosovo," Israel said.': "we" / "I" in a quoted statement is its speaker. */
function speakerSubject(ctx: Ctx, i: number, attributionAt: (i: number) => string | undefined): Arg | undefined {
  const u = ctx.units;
  let j = i - 1;
  while (j >= 0 && (isAdverb(u[j]) || isAux(u[j]!.lower) || isModal(u[j]!.lower) || isNeg(u[j]!.lower))) j--;
  const w = u[j]?.lower;
  if (w !== 'we' && w !== 'i') return undefined;
  const quoted = u.slice(0, j).some((x) => /^["“]$/.test(x.text));
  const who = attributionAt(i);
  if (!quoted || !who || !ctx.entities.has(who)) return undefined;
  const type = ctx.entities.get(who)!.type;
  if (w === 'i' ? type !== 'person' : !ACTOR_TYPES.has(type)) return undefined;
  return { ids: [who], via: 'pronoun', from: [] };
}

/** "Iran-backed Houthi rebels", "Russian-backed separatists": the name before "-backed" supports the phrase after it. */
const BACKED = /^(.+)-(backed|supported|sponsored|funded|armed)$/i;

/** Every trigger form: with "<Name>-backed" words, the only way into an event. */
export const EVENT_WORDS: readonly string[] = [...BY_FORM.keys()];
export const isBackedWord = (text: string) => text.includes('-') && BACKED.test(text);

function extractBacked(ctx: Ctx, emit: Emit, attributionAt: (i: number) => string | undefined): void {
  const u = ctx.units;
  for (let i = 0; i < u.length; i++) {
    if (!u[i]!.text.includes('-')) continue;
    const m = BACKED.exec(u[i]!.text);
    if (!m || (u[i]!.entity && !u[i]!.partial)) continue;
    const backer = (u[i]!.partial && u[i]!.entity) || ctx.nameToEntity(m[1]!);
    if (!backer || !ACTOR_TYPES.has(ctx.entities.get(backer)?.type ?? 'other')) continue;
    const object = keepTypes(ctx, readPhrase(ctx, i + 1).arg, ACTOR_TYPES);
    if (!object) continue;
    const attribution = attributionAt(i);
    for (const o of object.ids) {
      if (o === backer) continue;
      emit({
        source: backer, target: o, kind: 'event', predicate: 'supported', cameo: '051',
        confidence: clamp(BASE.noun - VIA_PENALTY[object.via]), sentences: [ctx.s, ...object.from],
        ...(attribution ? { attribution } : {}), rule: 'event-backed',
      });
    }
  }
}

export function extractEvents(ctx: Ctx, emit: Emit, attributionAt: (i: number) => string | undefined): void {
  extractBacked(ctx, emit, attributionAt);
  const u = ctx.units;
  for (let i = 0; i < u.length; i++) {
    if (u[i]!.entity) continue;
    const entries = BY_FORM.get(u[i]!.lower);
    if (!entries) continue;
    // A word may trigger several entries ("bought" a company, "bought" tanks from a seller): the first that reads both arguments wins.
    for (const entry of entries) {
      const m = matchEntry(ctx, i, entry);
      if (m && readEvent(ctx, m, i, emit, attributionAt)) break;
    }
  }
}


/** The subject with the person a "he"/"she" coordinated right before it stands for ("he and Maskhadov agreed"). */
function withPronounBefore(ctx: Ctx, verb: number, subject: Arg): Arg {
  const u = ctx.units;
  let k = verb - 1;
  while (k >= 0 && u[k]!.entity !== subject.ids[0]) k--;
  if (k < 0) return subject;
  let p = k - 1;
  while (p >= 0 && !u[p]!.entity && /^[a-z-]+$/.test(u[p]!.text) && !isConj(u[p]!.lower) && !isBreaker(u[p]!.lower) && k - p <= 4) p--;
  if (u[p]?.lower !== 'and' || !/^(?:he|she)$/.test(u[p - 1]?.lower ?? '')) return subject;
  const other = resolvePronoun(ctx, p - 1);
  const id = other?.ids.length === 1 ? other.ids[0]! : undefined;
  return id && id !== subject.ids[0] ? { ...subject, ids: [id, ...subject.ids], from: [...subject.from, ...other!.from] } : subject;
}

/** Whether a form of "join" governs the noun at i ("joined the talks", "to join peace negotiations"). */
function joinedBefore(u: readonly Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (/^join(?:s|ed|ing)?$/.test(u[k]!.lower)) return true;
    if (u[k]!.entity || !/^[a-z-]+$/.test(u[k]!.text)) return false;
  }
  return false;
}

/**
 * Whether the verb at i goes on, past a few words of time ("on Tuesday"), with "to" and a verb whose object, or an
 * actor after "with"/"against" close by, is outside `ids` ("agreed on Tuesday to restore ties with Qatar").
 */
function infinitiveTowardsOther(u: readonly Unit[], i: number, ids: readonly string[]): boolean {
  let k = i + 1;
  while (k < u.length && k - i <= 4 && u[k]!.lower !== 'to' && !u[k]!.entity && /^[\w-]+$/.test(u[k]!.text)) k++;
  if (u[k]?.lower !== 'to' || u[k + 1]?.entity || !/^[a-z]+$/.test(u[k + 1]?.text ?? '')) return false;
  // (the actor is its object or follows "with"/"against" close by: not one named deeper, "to defer the decision on
  // whether Chechnya should be independent")
  for (let j = k + 2; j < u.length && j <= k + 7 && !/^[,;:]$/.test(u[j]!.text); j++) {
    if (u[j]!.entity && !ids.includes(u[j]!.entity!) && (j === k + 2 || /^(?:with|against)$/.test(u[j - 1]!.lower))) return true;
  }
  return false;
}

/** Read the arguments of one trigger and emit its relations; false when it has no subject or object. */
function readEvent(ctx: Ctx, m: Match, i: number, emit: Emit, attributionAt: (i: number) => string | undefined): boolean {
  const u = ctx.units;
  let e = m.entry;
  let subject: Arg | undefined;
  let object: Arg | undefined;
  let objUnits: Unit[] = [];
  let base = BASE.verb;
  // Read only once both arguments are found (most triggers have none).
  let modality: { negated: boolean; hypothetical: boolean } | undefined;
  let rule = 'event-active';
  let parties: string[] | undefined;
  const participle = !m.nominal && (e.participles ?? []).includes(u[i]!.lower);
  let prev = i - 1;
  while (prev >= 0 && isAdverb(u[prev])) prev--;
  const passive = participle && ((u[prev] && isBe(u[prev]!.lower)) || u[i + 1]?.lower === 'by');
  // (a journey has no passive reading: "the committee headed by X" is led, "was flown to X" carried there)
  if (passive && e.ahead) return false;
  if (m.nominal) {
    base = BASE.noun;
    rule = 'event-nominal';
    // The object first: without one (and no mutual or objection reading) the subject search is skipped.
    const o = objectOf(ctx, m);
    if (!o.arg && !o.reduced && !e.symmetric && !isObjectionNoun(u[i]!.lower)) return false;
    // ("called on the EU and the United States to join the negotiations": who joins talks takes part in them with
    // their parties, not with each other)
    if (!o.arg && e.symmetric && joinedBefore(u, i)) return false;
    const s = nounSubject(ctx, i);
    subject = s.arg;
    modality = s.lightAt !== undefined ? verbGroupModality(ctx, s.lightAt) : { negated: false, hypothetical: false };
    if (u[i - 1] && isHypMarker(u[i - 1]!.lower)) modality.hypothetical = true;
    if (isFearedEvent(u, i)) modality.hypothetical = true;
    // "merger talks", "takeover bid": the event is what the talks or the bid are about, not done yet
    if (PLANNING_NOUNS.test(u[i + 1]?.lower ?? '')) modality.hypothetical = true;
    object = o.arg;
    objUnits = o.units;
    const prepAt = o.reduced ? o.reduced.prepAt : m.objectFrom;
    const between = e.symmetric && prepAt !== undefined && u[prepAt]?.lower === 'between' && !!object && object.ids.length >= 2;
    if (o.reduced) {
      rule = 'event-reduced-relative';
      // Only a name or possessor right before the noun still owns it ("EU sanctions imposed on Iran");
      // a word between ("criticised sanctions imposed on Iran") is a verb as often as an adjective.
      if (!isEntity(u[i - 1]) && !isPossessive(u[i - 1]?.lower ?? '')) { subject = undefined; modality = { negated: false, hypothetical: false }; }
      // "sanctions imposed by the EU on Iran"; with "between", the parties are the coordinated names.
      if (!subject && o.reduced.light && !between) subject = o.reduced.agent;
    }
    // "the recognition of Donetsk by Syria"
    if (!subject && u[o.end]?.lower === 'by') subject = readPhrase(ctx, o.end + 1).arg;
    // "sanctions on Iran imposed by the EU"
    if (!subject && !o.reduced && object && !u[o.end]?.entity && isLightParticiple(u[o.end]?.lower ?? '') && u[o.end + 1]?.lower === 'by') {
      subject = readPhrase(ctx, o.end + 2).arg;
      if (subject) rule = 'event-reduced-relative';
    }
    // "talks between Russia and Ukraine"; "a summit between A, B and C" relates every pair of them.
    if (!subject && between) {
      parties = object!.ids;
      subject = { ...object!, ids: [object!.ids[0]!] };
      object = { ...object!, ids: object!.ids.slice(1) };
    }
    // "despite opposition from the Democratic Party": the objector after "from".
    if (!subject && !object && isObjectionNoun(u[i]!.lower) && u[i + 1]?.lower === 'from') subject = readPhrase(ctx, i + 2).arg;
    // "despite French objections": the objection is to the main clause's subject.
    if (!object && subject && isObjectionNoun(u[i]!.lower)) {
      object = objectionTarget(ctx, i);
      if (object) rule = 'event-objection';
    }
  } else if (passive) {
    base = BASE.passive;
    rule = 'event-passive';
    let by = i + 1;
    while (by < u.length && by <= i + 5 && u[by]!.lower !== 'by' && !isBreaker(u[by]!.lower) && !isPunct(u[by])) by++;
    if (u[by]?.lower === 'by') subject = readPhrase(ctx, by + 1).arg;
    // ("Apple was ordered by the court to pay": where a thing traded stands before the preposition, the passive's
    // patient is the thing; only the party after the preposition is the object)
    if (e.skipObject) {
      let p = i + 1;
      while (p < u.length && p <= i + 6 && !(e.objectPreps ?? []).includes(u[p]!.lower) && !isBreaker(u[p]!.lower) && !isPunct(u[p])) p++;
      object = (e.objectPreps ?? []).includes(u[p]?.lower ?? '') ? readPhrase(ctx, p + 1).arg : undefined;
    } else object = verbSubject(ctx, i);
  } else {
    const o = objectOf(ctx, m);
    object = o.arg ?? (o.units.length === 0 ? relativeObject(ctx, i) : undefined);
    objUnits = o.units;
    // "condemned the attack": an act named by a noun refers back to an event read before (its doer, below)
    const act = !object && e.actObject && o.units.length === 2 && /^(?:the|this|that)$/.test(o.units[0]!.lower) && isActNoun(o.units[1]!.lower)
      && !/^(?:of|on|against|by)$/.test(u[o.end]?.lower ?? '') ? o.units[1]!.lower : undefined;
    // No object, no relation (unless a mutual event's coordinated subject gives one): the subject search,
    // the dearest part, is skipped. A coordinated verb after this one finds the subject on its own.
    if (!object && !e.symmetric && !act) return false;
    // ("proposed X as foreign policy chief, succeeding Y": the one appointed succeeds, grammar/appointee.ts)
    const successor = appointedSuccessor(ctx, i);
    if (successor) modality = { negated: false, hypothetical: successor.hypothetical };
    subject = successor?.arg ?? verbSubject(ctx, i) ?? speakerSubject(ctx, i, attributionAt);
    if (act && subject) object = doerOfAct(ctx, act, subject.ids);
  }
  if (subject && !passive) ctx.subjects.push({ i, arg: subject });
  // ("would suspend talks on joining the EU", "the question of joining NATO": a joining named as a topic after a
  // preposition is no one's act)
  if (e.memberTie && !m.nominal && /ing$/.test(u[i]!.lower) && /^(?:on|of|about|towards|toward|for|against|over)$/.test(u[i - 1]?.lower ?? '')) return false;
  if (e.objectMentions && !objUnits.some((x) => e.objectMentions!.includes(x.lower))) return false;
  subject = keepTypes(ctx, subject, e.stateSubject ? STATE_OBJECT_TYPES : ACTOR_TYPES);
  object = keepTypes(ctx, object, e.personObject ? PERSON_TYPES : e.bodyObject ? ORGANIZATION_TYPES : e.placeObject ? PLACE_OBJECT_TYPES : e.stateObject ? STATE_OBJECT_TYPES : OBJECT_TYPES);
  if (!subject) return false;
  // "Egypt and Saudi Arabia, which mediated between the two sides": an anaphoric object is never the
  // clause's own subject (that would be "each other").
  if (object && (object.via === 'anaphor' || object.via === 'pronoun') && object.ids.some((id) => subject!.ids.includes(id))) object = otherOrganization(ctx, object, subject);
  // "Lebed said he and rebel leader Aslan Maskhadov agreed": a pronoun coordinated before the named subject
  if (!object && e.symmetric && subject.ids.length === 1) subject = withPronounBefore(ctx, i, subject);
  // ("Saudi Arabia and Bahrain agreed on Tuesday to restore ties with Qatar": subjects agreeing on an act towards
  // another actor are one side of it, not parties to an accord with each other)
  if (!object && e.symmetric && subject.ids.length >= 2 && infinitiveTowardsOther(u, i, subject.ids)) return false;
  // "Ukrainian and Russian officials met": a mutual event between the coordinated subjects.
  if (!object && e.symmetric && subject.ids.length >= 2) {
    object = { ...subject, ids: subject.ids.slice(1) };
    subject = { ...subject, ids: [subject.ids[0]!] };
  }
  if (!object) return false;
  // ("Ruby, who killed Oswald, and the Bakkers": a relative clause set off by a comma ends at ", and")
  const rel = [i - 1, i - 2].find((j) => /^(?:who|which)$/.test(u[j]?.lower ?? ''));
  if (!parties) object = withCoordinatedPersons(ctx, i, object, rel !== undefined && isComma(u[rel - 1]));
  // ("attacking Israel's decision": force used on a decision or on words is criticism)
  const head = objUnits[objUnits.length - 1];
  if (e.cameo?.startsWith('19') && !m.nominal && head && !head.entity && isVerbalTargetNoun(head.lower)) e = { ...e, predicate: 'criticized', cameo: '111' };
  // ("Ukraine, which has been fighting Russia's invasion": a mutual fight whose object is an assault its owner made
  // is that owner's attack on the subject)
  if (e.symmetric && e.cameo?.startsWith('19') && !m.nominal && head && !head.entity && isAssaultNoun(head.lower) && objUnits.slice(0, -1).some((x) => x.entity)) {
    [subject, object] = [object, subject];
    e = { ...e, predicate: 'attacked', cameo: '190', symmetric: false };
  }
  modality ??= verbGroupModality(ctx, i);
  // ("had demanded that Kyiv withdraw its troops", "urged that Israel halt": an act asked for in a that-clause is not done)
  if (!m.nominal && !modality.hypothetical && requestedInThatClause(u, i)) modality = { ...modality, hypothetical: true };
  // "denied reports of an attack", "denies attacking": a negating verb shortly before, in the same clause.
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = u[k]!;
    // "denied that it had attacked": the report verb right before "that" still governs the clause.
    if (w.lower === 'that' && u[k - 1] && !u[k - 1]!.entity && isNegVerb(u[k - 1]!.lower)) { modality = { ...modality, negated: true }; break; }
    if (isBreaker(w.lower) || (isPunct(w) && !isPossessive(w.lower))) break;
    // ("He denies wrongdoing and accuses X": a finite verb coordinated after the denial is a clause of its own)
    if (k === i - 1 && (w.lower === 'and' || w.lower === 'but') && /^[a-z]+(?:es|ed)$/.test(u[i]!.text)) break;
    if (!w.entity && isNegVerb(w.lower)) modality = { ...modality, negated: true };
  }
  const negated = modality.negated || !!subject.negated;
  // ("goes on to Costa Rica": a journey told in the present is still to come; the auxiliary skips adverbs, "is now heading")
  const auxBefore = [u[i - 1], u[i - 2]].find((x) => x && !isAdverb(x))?.lower;
  const ahead = !!e.ahead && !m.nominal && journeyAhead(u[i]!.lower, auxBefore && (isAux(auxBefore) || isModal(auxBefore) || auxBefore === 'to') ? auxBefore : undefined);
  const hypothetical = modality.hypothetical || !!subject.hypothetical || ahead;
  let confidence = base - VIA_PENALTY[subject.via] - VIA_PENALTY[object.via];
  if (negated) confidence *= 0.5;
  if (hypothetical) confidence *= 0.6;
  const attribution = attributionAt(i);
  const sentences = [ctx.s, ...subject.from, ...object.from].filter((s, k, all) => all.indexOf(s) === k);
  const pairs = eventPairs(parties, subject.ids, object.ids);
  if (!pairs) return false;
  // "threatened to arrest X": the threat itself is a fact
  const threat = !m.nominal && !negated && u[i - 1]?.lower === 'to' && THREATENING.test(u[i - 2]?.lower ?? '') ? threatOf(e) : undefined;
  let emitted = false;
  for (const [s, o] of pairs) {
    if (s === o) continue;
    emitted = true;
    if (emitTie(ctx, e, s, o, { confidence, sentences, rule, negated, hypothetical }, emit)) continue;
    const act: Found = {
      source: s, target: o, kind: 'event', predicate: e.predicate, cameo: e.cameo,
      confidence: clamp(confidence), sentences,
      ...(negated ? { negated: true } : {}),
      ...(hypothetical ? { hypothetical: true } : {}),
      ...(attribution ? { attribution } : {}),
      rule: `${rule}:${e.id}`, trigger: u[i]!.start,
    };
    emit(act);
    if (threat) emit(threatFound(act, threat, base - VIA_PENALTY[subject.via] - VIA_PENALTY[object.via]));
  }
  return emitted;
}
