// One pass over a sentence's units, done once per sentence: which units name an
// entity (for co-occurrence and containment) and which pattern families can
// fire. Every family needs a cue of its own (a trigger word, a role verb, a name
// of the right type); a sentence without the cue cannot give that kind of
// relation, so its patterns are not run. This is what keeps relate cheap on long
// texts where most sentences state no typed relation.
import type { Entity } from '../../types.ts';
import type { SentenceUnits, Unit } from './units.ts';
import { personRoleCue, ROLE_VERB_WORDS } from './roles.ts';
import { affiliationCue } from './affiliation.ts';
import { EVENT_WORDS, isBackedWord } from './events.ts';
import { GATHERINGS } from './grammar/events.ts';
import { RETALIATION_WORDS } from './retaliation.ts';
// Every stated location relation has a city, region or named location of the sentence as its inner place.
import { CONTAINED } from './locations.ts';
import { AGENT_NOUNS } from './data/agent-nouns.ts';
import { LIST_VERBS, OWNED_NOUNS, PARENT_NOUNS } from './data/words.ts';
import { MEMBERSHIP_WORDS } from './membership.ts';
import { ALLY_WORDS, KIN_NOUNS, OWN_PEOPLE_NOUNS } from './kin.ts';
import { isComma, isFindingVerb, isOrganizationAnaphor, isReportingVerb, isWrongdoingWord } from './classes.ts';
import { isPresenceWord } from './grammar/presence.ts';
import { OWN_SITE_WORDS } from './orgplaces.ts';

/** A person is named next to a title word or a comma (titled roles, appositions). */
export const CUE_ROLE = 1;
export const CUE_LOCATION = 2;
export const CUE_EVENT = 4;
export const CUE_AFFILIATION = 8;
/** A role verb ("heads", "leads") is written. */
export const CUE_ROLE_VERB = 16;
/** An organisation and a place are named, or a "<Name>-based" word is written: where an organisation sits. */
export const CUE_ORG_PLACE = 32;
/** A noun for the doer of an event is written ("assassin", "killer"): agents.ts. */
export const CUE_EVENT_AGENT = 64;
/** A person, a place and a verb of presence are written ("X, speaking in Y"): grammar/presence.ts. */
export const CUE_PRESENCE = 128;
/** A reporting verb and a word of wrongdoing are written: an accusation carried by speech (grammar/speech.ts). */
export const CUE_SPEECH = 256;
const BASED_WORD = /-(?:based|headquartered|registered)$/i;

/** Cue bits of a plain (non-entity) word. */
const WORD_CUES = new Map<string, number>();
for (const w of ROLE_VERB_WORDS) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_ROLE_VERB);
for (const w of [...EVENT_WORDS, ...RETALIATION_WORDS, ...LIST_VERBS.words, ...GATHERINGS]) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_EVENT);
// "his home in", "their hometown of", "her native Ohio": a home stated with a pronoun (affiliation.ts)
for (const w of ['home', 'hometown', 'native', 'birthplace']) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_AFFILIATION);
// "Turkey is a member of NATO" (membership.ts)
for (const w of MEMBERSHIP_WORDS) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_AFFILIATION);
// "a unit of Meta", "Toyota's parent company" (ownership.ts)
for (const w of [...OWNED_NOUNS.words, ...PARENT_NOUNS.words]) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_AFFILIATION);
// "his daughter, X", "X, the son of Y" (kin.ts)
for (const w of KIN_NOUNS) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_AFFILIATION);
// ("Sinner's fitness trainer, X", "Maduro ally X": a person's own people and allies, kin.ts)
for (const w of [...OWN_PEOPLE_NOUNS, ...ALLY_WORDS]) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_AFFILIATION);
// "the party's headquarters in X", "The company, based in X": a described body's seat (orgplaces.ts)
for (const w of ['headquarters', 'based', 'headquartered']) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_ORG_PLACE);
// "The company said its plants in Sweden ...": a described body's sites (orgplaces.ts)
for (const w of OWN_SITE_WORDS) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_ORG_PLACE);
for (const a of AGENT_NOUNS) for (const w of [a.word, a.word + 's']) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | CUE_EVENT_AGENT);

export interface SentenceScan {
  /** Units carrying an entity id, partial ones included, in order. */
  entities: Unit[];
  /** CUE_ bits that hold. */
  cues: number;
}

export function scanSentence(su: SentenceUnits, entities: Map<string, Entity>): SentenceScan {
  let cues = 0;
  let org = false;
  let place = false;
  let person = false;
  let located = false;
  let present = false;
  let reported = false;
  let wrong = false;
  let described = false;
  const named: Unit[] = [];
  const units = su.units;
  for (let k = 0; k < units.length; k++) {
    const x = units[k]!;
    if (x.entity) {
      named.push(x);
      if (x.partial) {
        // "Iran-backed": a partial mention can still carry the backer of an event.
        if (isBackedWord(x.text)) cues |= CUE_EVENT;
        else if (BASED_WORD.test(x.text)) cues |= CUE_ORG_PLACE;
        continue;
      }
      const t = entities.get(x.entity)?.type;
      if (t && CONTAINED.has(t)) cues |= CUE_LOCATION;
      if (t === 'person') person = true;
      else if (t && (CONTAINED.has(t) || t === 'country') && x.metonymy !== 'demonym') located = true;
      // A name of several words may carry its place ("Bank of Japan"): orgplaces reads it.
      if (t === 'organization' || t === 'group') { org = true; if (x.text.includes(' ')) cues |= CUE_ORG_PLACE; }
      else if (t && (CONTAINED.has(t) || t === 'country')) place = true;
      if (x.type === 'person' && personRoleCue(units, k)) cues |= CUE_ROLE;
      if (affiliationCue(units, k)) cues |= CUE_AFFILIATION;
      continue;
    }
    if (isPresenceWord(x.lower)) present = true;
    // ("... ," he told reporters in Canberra": a person named by a pronoun, resolved by the presence reader)
    else if (x.lower === 'he' || x.lower === 'she') person = true;
    // "Judges at the court in The Hague": a described body's seat (orgplaces.ts)
    if (units[k + 1]?.lower === 'in' && isOrganizationAnaphor(x.lower)) described = true;
    // ("The watchdog, known as the Garante,": a name given to a described body, orgplaces.ts)
    if (x.lower === 'known' && units[k + 1]?.lower === 'as' && isComma(units[k - 1])) cues |= CUE_ORG_PLACE;
    if (isReportingVerb(x.lower) || isFindingVerb(x.lower)) reported = true;
    else if (isWrongdoingWord(x.lower) || x.lower === 'enough') wrong = true;
    const w = WORD_CUES.get(x.lower);
    if (w !== undefined) cues |= w;
    else if (isBackedWord(x.text)) cues |= CUE_EVENT;
    else if (x.lower.length > 6 && BASED_WORD.test(x.text)) cues |= CUE_ORG_PLACE;
  }
  if ((org || described) && place) cues |= CUE_ORG_PLACE;
  if (person && located && present) cues |= CUE_PRESENCE;
  if (reported && wrong && named.length >= 2) cues |= CUE_SPEECH;
  return { entities: named, cues };
}
