// Word classes of a unit, read from the closed lists in data/words.ts. The relate
// stage has no part-of-speech tagger; a unit is an entity, a function word from
// one of the lists, punctuation, or a content word.
import type { EntityType } from '../../types.ts';
import type { Unit } from './units.ts';
import * as W from './data/words.ts';
import { EVENT_TRIGGERS } from './data/event-triggers.ts';

export const isDet = W.is(W.DETERMINERS);
export const isPrep = W.is(W.PREPOSITIONS);
export const isConj = W.is(W.CONJUNCTIONS);
export const isBreaker = W.is(W.CLAUSE_BREAKERS);
export const isRelative = W.is(W.RELATIVE_PRONOUNS);
const isAuxListed = W.is(W.AUXILIARIES);
const isModalListed = W.is(W.MODALS);
const isNegListed = W.is(W.NEGATIONS);
/** Contracted negatives are single tokens: "didn't" is an auxiliary and a negation, "won't" a modal and a negation. */
const CONTRACTED_AUX = /^(?:didn|doesn|don|hasn|haven|hadn|isn|wasn|weren|aren)['’]t$/;
const CONTRACTED_MODAL = /^(?:won|wouldn|can|couldn|shouldn|mightn|mustn|shan)['’]t$/;
export const isAux = (w: string) => isAuxListed(w) || CONTRACTED_AUX.test(w);
export const isBe = W.is(W.BE_FORMS);
export const isModal = (w: string) => isModalListed(w) || CONTRACTED_MODAL.test(w);
export const isNeg = (w: string) => isNegListed(w) || /n['’]t$/.test(w);
export const isNegVerb = W.is(W.NEGATING_VERBS);
export const isRulingOutVerb = W.is(W.RULING_OUT_VERBS);
export const isAppointingVerb = W.is(W.APPOINTING_VERBS);
export const isHypVerb = W.is(W.HYPOTHETICAL_VERBS);
export const isRequestVerb = W.is(W.REQUEST_VERBS);
export const isHypMarker = W.is(W.HYPOTHETICAL_MARKERS);
export const isControlNoun = W.is(W.CONTROL_NOUNS);
export const isHypControlNoun = W.is(W.HYPOTHETICAL_CONTROL_NOUNS);
export const isNegControlNoun = W.is(W.NEGATING_CONTROL_NOUNS);
export const isSingularPronoun = W.is(W.PRONOUNS_SINGULAR);
export const isPluralPronoun = W.is(W.PRONOUNS_PLURAL);
export const isPluralPossessive = W.is(W.POSSESSIVE_PRONOUNS_PLURAL);
export const isPossessive = W.is(W.POSSESSIVE_MARKERS);
export const isActorNoun = W.is(W.ACTOR_NOUNS);
export const isActNoun = W.is(W.ACT_NOUNS);
export const isNonStateActorNoun = W.is(W.NON_STATE_ACTOR_NOUNS);
export const isIndependentBodyHead = W.is(W.INDEPENDENT_BODY_HEADS);
export const isOrganizationAnaphor = W.is(W.ORGANIZATION_ANAPHORS);
export const isOrganizationDescriptor = W.is(W.ORGANIZATION_DESCRIPTORS);
export const isNewsAgency = W.is(W.NEWS_AGENCIES);
export const isTradeNoun = W.is(W.TRADE_NOUNS);
export const isTariffNoun = W.is(W.TARIFF_NOUNS);
export const isRestrictingVerb = W.is(W.RESTRICTING_VERBS);
export const isObjectionNoun = W.is(W.OBJECTION_NOUNS);
export const isConcessivePrep = W.is(W.CONCESSIVE_PREPOSITIONS);
export const isTransparentNoun = W.is(W.TRANSPARENT_NOUNS);
export const isMovableThingNoun = W.is(W.MOVABLE_THING_NOUNS);
export const isAgendaNoun = W.is(W.AGENDA_NOUNS);
export const isListVerb = W.is(W.LIST_VERBS);
export const isListSubjectNoun = W.is(W.LIST_SUBJECT_NOUNS);
export const isListSubjectParticiple = W.is(W.LIST_SUBJECT_PARTICIPLES);
export const isPlaceNoun = W.is(W.PLACE_NOUNS);
export const isPluralPlaceAnaphor = W.is(W.PLURAL_PLACE_ANAPHORS);
export const isStatehoodNoun = W.is(W.STATEHOOD_NOUNS);
export const isCountryAnaphor = W.is(W.COUNTRY_ANAPHORS);
export const isStateAnaphor = W.is(W.STATE_ANAPHORS);
export const isPairAnaphor = W.is(W.PAIR_ANAPHORS);
export const isDirection = W.is(W.DIRECTION_ADJECTIVES);
export const isNeighbourWord = W.is(W.NEIGHBOUR_WORDS);
export const isReportingVerb = W.is(W.REPORTING_VERBS);
export const isFindingVerb = W.is(W.FINDING_VERBS);
export const isWrongdoingWord = W.is(W.WRONGDOING_WORDS);
export const isLightVerb = W.is(W.LIGHT_VERBS);
export const isAbandoningVerb = W.is(W.ABANDONING_VERBS);
export const isReversalVerb = W.is(W.REVERSAL_VERBS);
export const isSoleHolderTitle = W.is(W.SOLE_HOLDER_TITLES);
export const isDirectiveNoun = W.is(W.DIRECTIVE_NOUNS);
export const isVerbalTargetNoun = W.is(W.VERBAL_TARGET_NOUNS);
export const isLightParticiple = W.is(W.LIGHT_PARTICIPLES);
export const isHostingParticiple = W.is(W.HOSTING_PARTICIPLES);
export const isRetaliationNoun = W.is(W.RETALIATION_NOUNS);
export const isThreatVerb = W.is(W.THREAT_VERBS);
export const isFrontedSubordinator = W.is(W.FRONTED_SUBORDINATORS);
export const isAspectualVerb = W.is(W.ASPECTUAL_VERBS);
export const isAttributionPrep = W.is(W.ATTRIBUTION_PREPOSITIONS);
const isListedAdverb = W.is(W.ADVERBS);
const isLyNoun = W.is(W.LY_NOUNS);

/** Types that can act: subjects of events, holders of roles. */
export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'country', 'region', 'city', 'group']);
/** Types that can contain or be contained. */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['country', 'region', 'city', 'location']);
/** Types a role or affiliation can point to. */
export const BODY_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'country', 'region', 'city', 'group']);
/** People: who holds a title, travels, speaks. */
export const PERSON_TYPES: ReadonlySet<EntityType> = new Set(['person']);

/** The ISO 3166 code of a country entity the gazetteer knows ("country:QA" -> "QA"); undefined for anything else. */
export function countryCode(e: { type: EntityType; gazetteerId?: string } | undefined): string | undefined {
  return e?.type === 'country' && e.gazetteerId?.startsWith('country:') ? e.gazetteerId.slice('country:'.length) : undefined;
}
/** Organisations and armed or political groups: what a company, a party or a body noun can be. */
export const ORGANIZATION_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'group']);

/** A whole (not partial) mention. */
export const isEntity = (u: Unit | undefined): u is Unit & { entity: string } => !!u && !!u.entity && !u.partial;
export const isPunct = (u: Unit | undefined) => !!u && !u.entity && /^[^\p{L}\p{N}]+$/u.test(u.text) && !isPossessive(u.lower);
export const isComma = (u: Unit | undefined) => !!u && u.text === ',';
export const isAdverb = (u: Unit | undefined) =>
  !!u && !u.entity && (isListedAdverb(u.lower) || (/^[a-z]{4,}ly$/.test(u.text) && !isLyNoun(u.lower)));
/** Not a function word, not punctuation, not an entity: a noun, adjective or verb. */
export const isContent = (u: Unit | undefined) =>
  !!u && !isEntity(u) && !isPunct(u) && !isPossessive(u.lower) && !isDet(u.lower) && !isPrep(u.lower) &&
  !isConj(u.lower) && !isBreaker(u.lower) && !isAux(u.lower) && !isModal(u.lower) && !isNeg(u.lower) &&
  !isSingularPronoun(u.lower) && !isPluralPronoun(u.lower) && !isPluralPossessive(u.lower) && u.lower !== 'its' && u.lower !== 'to';
export const isCapitalised = (u: Unit | undefined) => !!u && /^\p{Lu}/u.test(u.text);

const TRIGGER_VERBS = new Set(EVENT_TRIGGERS.flatMap((e) => e.verbs ?? []));
/** Any inflected verb form of the event lexicon. */
export const isTriggerVerb = (w: string) => TRIGGER_VERBS.has(w);
const TRIGGER_NOUNS = new Set(EVENT_TRIGGERS.flatMap((e) => e.nouns ?? []));
/** Any noun form of the event lexicon ("visit", "talks", "invasion"). */
export const isTriggerNoun = (w: string) => TRIGGER_NOUNS.has(w);

const ORGANIZATION_KIND_LIST = Object.entries(W.ORGANIZATION_KINDS).map(([kind, k]) => ({ kind, strict: !!k.strict, nouns: new Set(k.nouns.words), nameWords: new Set(k.nameWords.words) }));

/** The kind of body "the <noun>" names ("company", "union"), if the noun marks one. */
const kindOfNoun = (noun: string) => ORGANIZATION_KIND_LIST.find((k) => k.nouns.has(noun));
/** The lower-case words of a name. */
const nameWordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u);

/** Does the name itself mark the kind of body "the <noun>" names ("Halden Steel Group" for "the company")? */
export function marksOrganizationNoun(noun: string, name: string): boolean {
  const nounKind = kindOfNoun(noun);
  return !!nounKind && nameWordsOf(name).some((w) => nounKind.nameWords.has(w));
}

/**
 * Can "the <noun>" refer back to the organisation so named? Only a name that marks another kind of body is
 * refused ("the company" is not "the Rail, Maritime and Transport union"); nouns and names of no marked kind fit.
 */
export function fitsOrganizationNoun(noun: string, name: string): boolean {
  const nounKind = kindOfNoun(noun);
  if (!nounKind) return true;
  const words = nameWordsOf(name);
  const nameKinds = ORGANIZATION_KIND_LIST.filter((k) => words.some((w) => k.nameWords.has(w))).map((k) => k.kind);
  return nameKinds.includes(nounKind.kind) || (!nameKinds.length && !nounKind.strict);
}
