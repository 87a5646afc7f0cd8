// Event relations read from the dependency parse. A trigger of the lexicon (a
// verb or a nominalisation) links the actors in its grammatical positions, however
// far apart the words are:
//   subject        nsubj; the passive agent (obl:agent, "by"); the controller of an
//                  infinitive ("decided to recognise": the deciding subject; "urged X to
//                  withdraw": X); the shared subject of coordinated verbs (conj); the
//                  antecedent of a relative clause ("the company, which bought X")
//   object         obj; nsubj:pass; obl/nmod with the entry's case word ("ties with",
//                  "sanctions on", "talks between"); the antecedent of an object relative
//                  ("Kosovo, which Serbia does not recognise"); a that-clause's subject
//   noun subject   nmod:poss ("Russia's annexation"), a name modifier ("US ban", "Russian
//                  demand"), the subject of a light verb ("held talks", "imposed sanctions")
// Noun phrases (coordination, possessors, "the country", demonyms) are read by the same
// phrase reader as the token rules (phrases.ts), over the span the parse gives each
// argument. Modality comes from the tree: modal auxiliaries, "not"/"never"/"no", "if",
// and verbs of planning, asking or refusing that govern the trigger.
import type { Emit, Found } from '../found.ts';
import type { Arg, Ctx } from '../phrases.ts';
import type { EventTrigger } from '../data/event-triggers.ts';
import { TITLE_HEAD_WORDS } from '../data/titles.ts';
import { GENDER_BY_HONORIFIC } from '../data/honorifics.ts';
import { doerOfAct, isActNoun, latestRestriction, otherOrganization } from '../acts.ts';
import { emitTie } from '../ties.ts';
import { eventPairs, HELD_POWERS, isAssaultNoun, journeyAhead, PLANNING_NOUNS } from '../events.ts';
import { EVENT_TRIGGERS } from '../data/event-triggers.ts';
import { NOMINALISATIONS } from '../data/nominalisations.ts';
import { clamp } from '../found.ts';
import { keepTypes, namedBefore, possessorAt, readPhrase, resolvePronoun, VIA_PENALTY, withCoordinatedPersonBefore, withCoordinatedPersons } from '../phrases.ts';
import {
  ACTOR_TYPES, ORGANIZATION_TYPES, isActorNoun, isComma, isAgendaNoun, isOrganizationDescriptor, isReportingVerb, isDirectiveNoun, isVerbalTargetNoun, isConcessivePrep, isListSubjectNoun, isListSubjectParticiple, isListVerb, isContent, isPossessive, isHypMarker, isHypVerb, isLightVerb, isAbandoningVerb, isModal, isNegVerb, isRulingOutVerb, isAppointingVerb, isNewsAgency, isObjectionNoun, isRequestVerb, isRestrictingVerb, isTariffNoun, isTradeNoun, isMovableThingNoun, PERSON_TYPES, PLACE_TYPES,
} from '../classes.ts';
import { Tree } from './tree.ts';
import { appointedSuccessor } from './appointee.ts';
import { isFearedEvent } from '../feared.ts';
import { namedAgents } from '../named-agents.ts';
import { agentNounOf } from '../agents.ts';
import { THREATENING, threatFound, threatOf } from '../threats.ts';

const VERB_FORMS = new Map<string, EventTrigger[]>();
const NOUN_FORMS = new Map<string, EventTrigger[]>();
for (const e of EVENT_TRIGGERS) {
  for (const f of e.verbs ?? []) VERB_FORMS.set(f, [...(VERB_FORMS.get(f) ?? []), e]);
  for (const f of e.nouns ?? []) NOUN_FORMS.set(f, [...(NOUN_FORMS.get(f) ?? []), e]);
}
/** Nouns of the acts of complement entries ("expulsion" for "expel diplomats"): read with the complement after "of". */
const COMPLEMENT_NOUN_FORMS = new Map<string, EventTrigger[]>();
for (const nom of NOMINALISATIONS) {
  for (const e of EVENT_TRIGGERS) {
    if (!e.complement || !e.lemmas.includes(nom.lemma)) continue;
    for (const f of nom.nouns) COMPLEMENT_NOUN_FORMS.set(f, [...(COMPLEMENT_NOUN_FORMS.get(f) ?? []), e]);
  }
}
// Entries that need a complement ("cut ties") are tried before plain ones sharing a verb.
for (const list of VERB_FORMS.values()) list.sort((a, b) => Number(!!b.complement) - Number(!!a.complement));

/** Does the sentence hold a word the grammar reader could start from? */
export const isGrammarTrigger = (w: string) => VERB_FORMS.has(w) || NOUN_FORMS.has(w) || COMPLEMENT_NOUN_FORMS.has(w);

const BASE = { verb: 0.82, passive: 0.78, noun: 0.72 };
/** "U.S. Secretary of State Antony Blinken congratulated": the parse may make the title the subject, the name its dependent. */
/** Titles of whoever leads a state ("the Palestinian leader" after "Palestinian President Yasser Arafat"). */
const LEADING_TITLES = new Set(['president', 'leader', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'chairman']);
/** Common nouns that name a place by its kind, its name following "of". */
/** A state's agents, who act for the state of the place they are in ("police in Jakarta"). */
const STATE_AGENT_NOUNS = new Set(['police', 'authorities', 'troops', 'soldiers', 'prosecutors', 'investigators', 'policemen', 'gendarmes', 'coastguard', 'customs']);
const PLACE_NOUNS = new Set(['region', 'city', 'town', 'village', 'province', 'territory', 'enclave', 'port', 'district', 'island', 'state', 'county', 'capital', 'area', 'oblast', 'governorate', 'prefecture', 'municipality', 'settlement', 'peninsula']);
const PLACE_OBJECT = new Set([...ACTOR_TYPES, ...PLACE_TYPES]);
const STATE_OBJECT = new Set(['country', 'organization', 'group']);
/** Words that negate the clause they hang on (the speech reader reads them too). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const RELATIVES = new Set(['which', 'who', 'whom', 'that']);
/** Word w is a relative pronoun ("which", "who") standing for the noun its clause modifies. */
const isRelativePronoun = (tree: Tree, w: number) => tree.upos(w) === 'PRON' && RELATIVES.has(tree.lower[w]!);
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** Object forms of the personal pronouns for a person, and the relations in which they are an object (not "her" as a possessive). */
const OBJECT_PERSONAL = new Set(['him', 'her']);
const OBJECT_RELS = new Set(['obj', 'iobj']);
/** Relations whose subtree is another clause or an aside, not part of the argument's noun phrase. */
const CLAUSAL = new Set(['acl', 'acl:relcl', 'appos', 'punct', 'advcl', 'parataxis', 'dep', 'ccomp', 'xcomp', 'csubj', 'discourse', 'vocative', 'reparandum']);

interface Modality { negated: boolean; hypothetical: boolean }
/** One modality for an event that several clauses bear on: negated or hypothetical when any of them is. */
const combined = (...ms: Modality[]): Modality => ({ negated: ms.some((m) => m.negated), hypothetical: ms.some((m) => m.hypothetical) });

export function extractGrammarEvents(ctx: Ctx, tree: Tree, emit: Emit, attributionAt: (unit: number) => string | undefined): void {
  for (let i = 0; i < tree.size; i++) {
    const w = tree.lower[i]!;
    const upos = tree.upos(i);
    if (upos === 'VERB' && isListVerb(w)) readTargetList(ctx, tree, i, emit);
    if (upos === 'VERB' || (upos === 'ADJ' && tree.rel(i).startsWith('acl'))) {
      for (const e of VERB_FORMS.get(w) ?? []) if (readVerb(ctx, tree, i, e, emit, attributionAt)) break;
    } else if (upos === 'ADJ' && tree.rel(i) === 'amod' && w.includes('-')) {
      // ("the U.S.-brokered deal between A and B", "the Qatar-hosted talks between A and B": a go-between's or a host's
      // participle written as one word with its name)
      for (const e of VERB_FORMS.get(w.slice(w.lastIndexOf('-') + 1)) ?? []) if (e.objectPreps?.includes('between') && readVerb(ctx, tree, i, e, emit, attributionAt)) break;
    }
    // (or a noun the tagger took for a verb where only a noun stands: "held talks" with "talks" as the object)
    const mistagged = upos === 'VERB' && MISTAGGED_NOUN_RELS.has(tree.rel(i)) && !VERB_FORMS.has(w);
    if (upos === 'NOUN' || upos === 'PROPN' || mistagged) {
      if (GATHERINGS.has(w)) readVenue(ctx, tree, i, emit);
      let read = false;
      for (const e of NOUN_FORMS.get(w) ?? []) if ((read = readNoun(ctx, tree, i, e, emit, attributionAt))) break;
      if (!read) for (const e of COMPLEMENT_NOUN_FORMS.get(w) ?? []) if (readComplementNoun(ctx, tree, i, e, emit, attributionAt)) break;
    }
  }
}

/** Relations only a noun takes: a word tagged a verb in one of them is a noun the tagger got wrong. */
const MISTAGGED_NOUN_RELS = new Set(['obj', 'iobj', 'nsubj', 'nsubj:pass', 'obl', 'nmod']);

/** Nouns of a gathering whose place a participant is at: "at the summit in X", "at hearings in The Hague". */
export const GATHERINGS: ReadonlySet<string> = new Set(['summit', 'summits', 'hearing', 'hearings', 'talks', 'meeting', 'meetings', 'conference', 'negotiations']);
const ATTENDING = new Set(['attend', 'attends', 'attended', 'attending', 'address', 'addresses', 'addressed', 'addressing']);
/** How a clause places its subject at a gathering: "at the summit", "on the sidelines of the summit", "during talks". */
const AT_GATHERING = new Set(['at', 'on', 'during']);

/**
 * "X announced the pact on the sidelines of the Pacific forum summit in Y", "X defended the army at hearings in Y": a
 * person who acts at a gathering held in a place met there (CAMEO 044, meeting at a third location). The gathering
 * hangs on the clause's verb, directly or through "sidelines of" or the verb's object; its place is "in" a place.
 */
function readVenue(ctx: Ctx, tree: Tree, i: number, emit: Emit): void {
  // ("attended the summit in Y": the gathering as the object of attending)
  const attended = tree.rel(i) === 'obj' && ATTENDING.has(tree.lower[tree.head(i)] ?? '');
  // up from the gathering to the verb: its own case word, or that of "sidelines" it hangs on
  let n = i;
  let placed = AT_GATHERING.has(tree.caseOf(n) ?? '') || attended;
  if (!placed && tree.lower[tree.head(n)] === 'sidelines' && tree.caseOf(n) === 'of') {
    n = tree.head(n);
    placed = AT_GATHERING.has(tree.caseOf(n) ?? '');
  }
  if (!placed) return;
  // the place "in" which it is held: on the gathering, or where the parse hung it (on "sidelines", on the verb of
  // attending)
  const inPlace = (x: number, rel: string) => tree.children(x, rel).find((c) => c > i && tree.caseOf(c) === 'in' && tree.entityUnit(c) >= 0);
  const place = inPlace(i, 'nmod') ?? (n !== i ? inPlace(n, 'nmod') : undefined) ?? (attended ? inPlace(tree.head(i), 'obl') : undefined);
  const unit = place === undefined ? undefined : ctx.units[tree.entityUnit(place)];
  if (!unit?.entity || unit.partial || !PLACE_TYPES.has(unit.type!)) return;
  let v = tree.head(n);
  if (v >= 0 && tree.upos(v) !== 'VERB' && tree.rel(v) === 'obj') v = tree.head(v);
  if (v < 0 || tree.upos(v) !== 'VERB') return;
  const people = keepTypes(ctx, subjectOf(ctx, tree, v).arg, PERSON_TYPES);
  if (!people) return;
  const { negated, hypothetical } = modalityOf(tree, v);
  if (negated) return;
  for (const p of people.ids) {
    emit({
      source: p, target: unit.entity, kind: 'event', predicate: 'met in', cameo: '044', confidence: clamp(0.6 - VIA_PENALTY[people.via]),
      sentences: [ctx.s, ...people.from], ...(hypothetical ? { hypothetical: true } : {}), rule: 'grammar-venue', trigger: tree.words[i]!.start,
    });
  }
}

/**
 * Names after verb `i` that the parse made caseless obliques: its objects ("agreed to acquire Oslo-based Fjord
 * Marine", "The measures also cover Mehr News Agency, ...").
 */
function namesAsObliques(tree: Tree, i: number): number[] {
  return tree.children(i, 'obl').filter((c) => c > i && !tree.caseOf(c) && tree.entityUnit(c) >= 0 && tree.upos(c) === 'PROPN');
}

/** A share of a company: "a stake in X" is read as X where a purchase or sale needs an organisation. */
const STAKE_NOUNS = new Set(['stake', 'stakes', 'holding', 'holdings', 'shareholding']);


/**
 * "Canada imposed sanctions on eight Iranian officials ... Those targeted include Hossein Nejat and Mehdi Karimpour.
 * The measures also cover Tasnim News Agency": the names a follow-up list gives are targets of the latest sanction
 * (or ban, or arrest) reported within three sentences, by the one who imposed it.
 */
function readTargetList(ctx: Ctx, tree: Tree, i: number, emit: Emit): void {
  const subj = tree.exactly(i, 'nsubj')[0];
  if (subj === undefined) return;
  const sw = tree.lower[subj]!;
  // (the participle right after "those", whatever the parse made of it)
  const refers = sw === 'those' ? isListSubjectParticiple(tree.lower[subj + 1] ?? '')
    : isListSubjectNoun(sw) && tree.children(subj, 'det').some((d) => /^(?:the|these|those)$/.test(tree.lower[d]!));
  if (!refers) return;
  const act = latestRestriction(ctx);
  const objs = [...tree.exactly(i, 'obj'), ...namesAsObliques(tree, i)];
  if (!act || !objs.length) return;
  const targets = keepTypes(ctx, conjoinedArgs(ctx, tree, objs), ACTOR_TYPES);
  if (!targets) return;
  // (the act's own sentences: a list after a list cites the sentence that named the one who imposed it)
  const sentences = [...new Set([ctx.s, ...act.sentences])];
  for (const t of targets.ids) {
    if (t === act.source) continue;
    emit({
      source: act.source, target: t, kind: 'event', predicate: act.predicate, cameo: act.cameo, confidence: 0.6,
      sentences, rule: 'grammar-target-list', trigger: tree.words[i]!.start,
    });
  }
}

// ------------------------------------------------------------------ arguments

/** The entities a nominal word stands for: its phrase read over the span the parse gives it. */
/**
 * The entity unit word a heads; or, for an honorific the parse made the head of the name after it ("Its president,
 * Sir David Naish,": "Sir" appos, the name flat under it), the name's.
 */
function nameUnitOf(tree: Tree, a: number): number {
  const k = tree.entityUnit(a);
  if (k >= 0 || !(tree.lower[a]! in GENDER_BY_HONORIFIC || tree.lower[a] === 'dr' || tree.lower[a] === 'dr.')) return k;
  for (const c of tree.children(a, 'flat')) if (tree.entityUnit(c) >= 0) return tree.entityUnit(c);
  return -1;
}

/**
 * `stray`: w is a conjunct the parse hung away from the phrase it ends ("[sanctions on officials] and the drone maker
 * X"), read from after its own "and".
 */
export function argOf(ctx: Ctx, tree: Tree, w: number, stray = false): Arg | undefined {
  if (w < 0) return undefined;
  const word = tree.lower[w]!;
  if (tree.upos(w) === 'PRON') {
    const k = tree.unit(w);
    // ("accused Canada of protectionism and urged it to correct its mistake": an object "it" of a verb coordinated after
    // one whose object is a state or body is that object)
    if (k >= 0 && word === 'it' && OBJECT_RELS.has(tree.rel(w))) {
      const named = objectOfFellowVerb(ctx, tree, tree.head(w));
      if (named) return { ids: [named], via: 'pronoun', from: [] };
    }
    if (k >= 0 && PERSONAL.has(word)) return resolvePronoun(ctx, k);
    // "Modi congratulated him": an object pronoun is a person other than its own clause's subject.
    if (k >= 0 && OBJECT_PERSONAL.has(word) && OBJECT_RELS.has(tree.rel(w))) return resolvePronoun(ctx, k, true);
    // ("held talks with A and B and urged them to": a plural object read as the phrase reader reads "them")
    if (k >= 0 && word === 'them' && OBJECT_RELS.has(tree.rel(w))) return readPhrase(ctx, k, k + 1).arg;
    return undefined;
  }
  // "killed Kennedy assassin Lee Oswald": a name right before the noun for a doer and another name is the noun's
  // modifier (the victim); the phrase means the second name, wherever the parse hung either
  {
    const k = tree.entityUnit(w), u = ctx.units;
    const x = k >= 0 ? u[k] : undefined, doer = u[k + 2];
    if (x?.type === 'person' && agentNounOf(u[k + 1]) && doer?.entity && !doer.partial && doer.type === 'person' && doer.entity !== x.entity) {
      return { ids: [doer.entity], via: 'direct', from: [] };
    }
  }
  // "his Turkish counterpart, Hakan Fidan": the name in apposition is who is meant.
  // Without the comma the parse may hang the name on the noun as a bare nmod ("her Norwegian counterpart Terje Aasland").
  // ("the fund's former property valuer, Coastline Valuations,": so is a name in apposition to any description, a common
  // noun with a determiner or a possessor that names no place)
  const description = tree.upos(w) === 'NOUN' && tree.entityUnit(w) < 0 && !PLACE_NOUNS.has(word) && tree.children(w, 'det', 'nmod:poss').length > 0;
  for (const a of [...tree.children(w, 'appos'), ...tree.children(w, 'nmod').filter((c) => c > w && !tree.caseOf(c))]) {
    const k = nameUnitOf(tree, a);
    if (description && k >= 0 && tree.rel(a) === 'appos' && !ctx.units[k]!.partial && ACTOR_TYPES.has(ctx.units[k]!.type!) && !isOrganizationDescriptor(word) && !isActorNoun(word) && !TITLE_HEAD_WORDS.has(word)) {
      // ("the militant groups Hamas and Islamic Jihad": with the names coordinated with it)
      const ids = new Set([ctx.units[k]!.entity!]);
      for (const c of tree.children(a, 'conj')) {
        const j = tree.entityUnit(c);
        if (j >= 0 && !ctx.units[j]!.partial && ACTOR_TYPES.has(ctx.units[j]!.type!)) ids.add(ctx.units[j]!.entity!);
      }
      return { ids: [...ids], via: 'direct', from: [] };
    }
    // "Swiss insurer Alpina Group agreed to buy ...": a kind of organisation with the body's name in apposition
    // (the noun itself no part of a name: "Tasnim News Agency ..., Arvand Surveillance Systems")
    if (k >= 0 && !ctx.units[k]!.partial && ORGANIZATION_TYPES.has(ctx.units[k]!.type!) && isOrganizationDescriptor(word)
      && tree.entityUnit(w) < 0 && tree.rel(a) === 'appos') {
      return { ids: [ctx.units[k]!.entity!], via: 'direct', from: [] };
    }
    // (not a name itself: "the New Forces, X," is the body, the person hung on it by a parse error)
    if (k >= 0 && ctx.units[k]!.type === 'person' && (isActorNoun(word) || TITLE_HEAD_WORDS.has(word)) && tree.entityUnit(w) < 0) {
      // ("his counterpart X and Israeli President Y": names coordinated with the name in apposition are meant too)
      const ids = new Set([ctx.units[k]!.entity!]);
      // ("thanked Qatar's emir, Sheikh Tamim, as well as Oman, Switzerland and South Korea": states and bodies in the
      // list too, however the parse chained its conjuncts; not a nationality word, which describes the next title)
      const list = tree.children(a, 'conj');
      for (let q = 0; q < list.length; q++) {
        const c = list[q]!;
        const j = tree.entityUnit(c);
        const x = j >= 0 ? ctx.units[j]! : undefined;
        if (!x || j === k || x.partial || x.metonymy === 'demonym' || !ACTOR_TYPES.has(x.type!)) continue;
        if (x.type !== 'person') list.push(...tree.children(c, 'conj', 'appos'));
        ids.add(x.entity!);
      }
      return { ids: [...ids], via: 'direct', from: [] };
    }
  }
  // "supports the Polisario Front independence movement", "Uribe's Democratic Center party": a kind of organisation
  // after the body's name, which the parse makes its compound, is that body
  if (isOrganizationDescriptor(word) && tree.entityUnit(w) < 0) {
    for (const c of tree.children(w, 'compound')) {
      const k = c < w ? tree.entityUnit(c) : -1;
      const x = k >= 0 ? ctx.units[k]! : undefined;
      if (x?.entity && !x.partial && ORGANIZATION_TYPES.has(x.type!)) return { ids: [x.entity], via: 'direct', from: [] };
    }
  }
  // "Police in Jakarta arrested X", "authorities in Kharkiv said": a state's agents in a place act for the state the
  // place is in (as "Indonesian police" do)
  if (STATE_AGENT_NOUNS.has(word) && tree.entityUnit(w) < 0 && ctx.countryOf) {
    for (const c of tree.children(w, 'nmod')) {
      if (c < w || tree.caseOf(c) !== 'in') continue;
      const k = tree.entityUnit(c);
      const x = k >= 0 ? ctx.units[k]! : undefined;
      const country = x?.entity && !x.partial && PLACE_TYPES.has(x.type!) ? ctx.countryOf(x.entity, true) : undefined;
      if (country) return { ids: [country], via: 'modifier', from: [] };
    }
  }
  // "arrested the chairman of Sinar Group, Budi Santoso,": the parse hangs the name on the body after the title (as
  // appos, or as a conjunct in a list with no "and"); the name is who is meant
  if (TITLE_HEAD_WORDS.has(word) && tree.entityUnit(w) < 0) {
    for (const b of tree.children(w, 'nmod')) {
      if (b < w || !/^(?:of|for|at|with)$/.test(tree.caseOf(b) ?? '') || tree.entityUnit(b) < 0) continue;
      for (const a of tree.children(b, 'appos', 'conj')) {
        if (!tree.isAside(a)) continue;
        const k = tree.entityUnit(a);
        if (k >= 0 && ctx.units[k]!.type === 'person' && !ctx.units[k]!.partial) return { ids: [ctx.units[k]!.entity!], via: 'direct', from: [] };
      }
    }
  }
  // "to German building materials group Rheintal Zement AG": a kind of organisation right before the body's name
  // is that body, wherever the parse hung the name
  if (isOrganizationDescriptor(word) && tree.entityUnit(w) < 0) {
    const k = tree.unit(w), next = k >= 0 ? ctx.units[k + 1] : undefined;
    if (next?.entity && !next.partial && ORGANIZATION_TYPES.has(next.type!)) return { ids: [next.entity], via: 'direct', from: [] };
  }
  // ("Chechen separatist military leader Aslan Maskhadov": so does a title right before a person's name, the name's
  // description in EWT's reading, wherever the parse hung the name)
  if (TITLE_HEAD_WORDS.has(word) && tree.entityUnit(w) < 0) {
    const k = tree.unit(w), next = k >= 0 ? ctx.units[k + 1] : undefined;
    if (next?.entity && !next.partial && next.type === 'person') return { ids: [next.entity], via: 'direct', from: [] };
  }
  // "the breakaway region of Nagorno-Karabakh", "the port city of Hodeidah": a place noun whose "of" names the place.
  if (PLACE_NOUNS.has(word)) {
    for (const c of tree.children(w, 'nmod')) {
      const k = tree.entityUnit(c);
      const x = k >= 0 ? ctx.units[k]! : undefined;
      if (c > w && tree.caseOf(c) === 'of' && x?.entity && !x.partial && PLACE_TYPES.has(x.type!)) return { ids: [x.entity], via: 'direct', from: [] };
    }
  }
  // "refused to meet the Palestinian leader": a title of a country named by its nationality word stands for the one
  // person the article has already given that office of that country (Arafat), not for the country
  if (TITLE_HEAD_WORDS.has(word) && tree.children(w, 'det').some((d) => tree.lower[d] === 'the')) {
    for (const m of tree.children(w, 'amod', 'compound', 'nmod:poss')) {
      const k = m < w ? tree.entityUnit(m) : -1;
      const x = k >= 0 ? ctx.units[k]! : undefined;
      if (!x?.entity || ctx.entities.get(x.entity)?.type !== 'country') continue;
      // ("the leader" is whoever heads it: a president, a prime minister, a king)
      const fits = (predicate: string) => { const p = predicate.split(/\s+/); return p.includes(word) || (word === 'leader' && (p.some((x) => LEADING_TITLES.has(x)) || p[0] === 'prime') && !p.includes('former')); };
      const holders = new Set((ctx.earlier ?? []).filter((f) => f.kind === 'role' && f.target === x.entity && fits(f.predicate)).map((f) => f.source));
      if (holders.size === 1) {
        const holder = [...holders][0]!;
        return { ids: [holder], via: 'anaphor', from: namedBefore(ctx, holder) };
      }
    }
  }
  // "defied an order from President Wasmosy", "rejected a demand by Beijing": a directive stands for who issued it
  // (read off the words: the parse often hangs "by X" on the verb as its agent)
  if (isDirectiveNoun(word)) {
    const k = tree.unit(w);
    // ("an offer of help from Malaysia": what is offered may come between)
    const j = ctx.units[k + 1]?.lower === 'of' && isContent(ctx.units[k + 2]) ? k + 3 : k + 1;
    if (k >= 0 && /^(?:from|by)$/.test(ctx.units[j]?.lower ?? '')) {
      const issuer = keepTypes(ctx, readPhrase(ctx, j + 1, ctx.units.length).arg, ACTOR_TYPES);
      if (issuer) return { ...issuer, via: 'modifier' };
    }
  }
  // "its purchase of a 70% stake in Portuguese football club Vitoria SC": a stake stands for the company it is in
  if (STAKE_NOUNS.has(word)) {
    const k = tree.unit(w);
    let at = k + 1;
    while (at < ctx.units.length && at < k + 3 && ctx.units[at]!.lower !== 'in') at++;
    if (k >= 0 && ctx.units[at]?.lower === 'in') {
      const r = readPhrase(ctx, at + 1, ctx.units.length).arg;
      if (r && r.ids.every((id) => ctx.entities.get(id)?.type === 'organization' || ctx.entities.get(id)?.type === 'group')) return r;
    }
  }
  // "supported European Union efforts", "backed Lebed's peace plan": an actor's plan or effort stands for the actor
  if (isAgendaNoun(word)) {
    for (const m of tree.children(w, 'nmod:poss', 'compound')) {
      const k = m < w ? tree.entityUnit(m) : -1;
      const x = k >= 0 ? ctx.units[k]! : undefined;
      if (x?.entity && !x.partial && ACTOR_TYPES.has(x.type!)) return { ids: [x.entity], via: 'modifier', from: [] };
    }
  }
  // "blocked Microsoft's takeover of Activision", "condemned the strikes by Israel": an act named by an event noun in
  // another act's argument stands for whoever does it
  {
    const doer = eventNounDoer(ctx, tree, w);
    if (doer) return doer;
  }
  // "Representatives from Armenia and Azerbaijan held talks": people from states or bodies act for them
  if (isActorNoun(word) && /s$/.test(word)) {
    const ids: string[] = [];
    for (const c of tree.children(w, 'nmod')) {
      if (c < w || tree.caseOf(c) !== 'from') continue;
      for (const x of [c, ...tree.children(c, 'conj')]) {
        const k = tree.entityUnit(x);
        const ux = k >= 0 ? ctx.units[k]! : undefined;
        if (ux?.entity && !ux.partial && (ux.type === 'country' || ux.type === 'organization' || ux.type === 'group') && !ids.includes(ux.entity)) ids.push(ux.entity);
      }
    }
    if (ids.length) return { ids, via: 'modifier', from: [] };
  }
  // The same apposition where the parse hung the name elsewhere: "<noun>, <Person>," with the name closed off.
  if (isActorNoun(word) && tree.entityUnit(w) < 0) {
    const k = tree.unit(w), u = ctx.units;
    const p = k >= 0 && u[k + 1]?.text === ',' ? u[k + 2] : undefined;
    const closes = !u[k + 3] || u[k + 3]!.text === ',' || /^[.;:!?)]$/.test(u[k + 3]!.text);
    if (p && p.entity && !p.partial && p.type === 'person' && closes) return { ids: [p.entity], via: 'direct', from: [] };
  }
  // The phrase's words: the subtree, less other clauses and the word's own case marker, which belongs
  // to the clause ("with Russia" -> "Russia", "Russia 's" -> "Russia").
  // (a name the parse made an apposition right after its noun, with no comma between, is the noun's own name and no
  // aside: "Chilean miner Cobre Andino agreed")
  const ownName = (c: number, x: number) => tree.rel(c) === 'appos' && tree.unit(x) >= 0 && tree.entityUnit(c) === tree.unit(x) + 1;
  // ("urged the government and the Rapid Support Forces": a common noun's conjuncts are read apart, so a definite
  // description among names still finds its antecedent)
  const conjuncts = new Set(tree.entityUnit(w) < 0 && tree.upos(w) === 'NOUN' ? tree.children(w, 'conj') : []);
  // ("Toledo, 77, had surrendered": an age set off by commas after a name is no part of what the name means)
  const age = tree.children(w).find((c) => c > w && tree.upos(c) === 'NUM' && /^\d{1,3}$/.test(tree.lower[c]!) && tree.lower[c - 1] === ',' && tree.entityUnit(w) >= 0);
  let lo = w;
  let hi = w;
  const stack = [w];
  while (stack.length) {
    const x = stack.pop()!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    for (const c of tree.children(x)) if ((!CLAUSAL.has(tree.rel(c)) || ownName(c, x)) && !(x === w && (tree.rel(c) === 'case' || c === age || (stray && tree.rel(c) === 'cc' && c < w))) && !conjuncts.has(c)) stack.push(c);
  }
  if (age !== undefined && hi > age - 2 && tree.children(w).every((c) => c < age || c > hi || tree.upos(c) === 'PUNCT' || c === age)) hi = age - 2;
  if (conjuncts.size) {
    const own = spanArg(ctx, tree, w, lo, hi);
    const rest = argsOf(ctx, tree, [...conjuncts]);
    if (!own || !rest) return own ?? rest;
    return { ...own, ids: [...new Set([...own.ids, ...rest.ids])], from: [...new Set([...own.from, ...rest.from])] };
  }
  // ("Kamikawa and Japan's Defence Minister Minoru Kihara held talks": the parse may make a possessor the conjunct, its
  // marker its case; the conjunct is what the possessor owns)
  const possessorConjunct = tree.rel(w) === 'conj' && tree.children(w, 'case').some((c) => c > hi && isPossessive(tree.lower[c]!));
  return spanArg(ctx, tree, w, lo, hi, possessorConjunct);
}

/** Relations of a word that is its clause's subject: an event noun there is what happened, not whom it is about. */
const SUBJECT_RELS = new Set(['nsubj', 'csubj']);

/**
 * The doer of the act an event noun of the lexicon names, where the noun is the object of another act: "blocked
 * Microsoft's takeover of Activision" (Microsoft), "rejected a Russian demand for Kyiv to withdraw" (Russia),
 * "Iran's criticism of the strikes by Israel" (Israel), "was blocked" for "Microsoft's takeover of Activision was
 * blocked" (the passive's patient). The doer is the noun's "by" agent; or its possessor or name modifier, only where
 * the noun's own object follows it ("X's N of Y": a possessor alone may be the patient, "Navalny's arrest", "Russia's
 * suspension"). Mutual events (a possessor is one party of two) and acts with no CAMEO class are left out, and so is
 * a subject: "the EU's sanctions on Russia hit Gazprom" is no act of the EU on Gazprom.
 */
function eventNounDoer(ctx: Ctx, tree: Tree, w: number): Arg | undefined {
  if (tree.upos(w) !== 'NOUN' || tree.entityUnit(w) >= 0 || SUBJECT_RELS.has(tree.rel(w))) return undefined;
  const word = tree.lower[w]!;
  const entries = [...(NOUN_FORMS.get(word) ?? []), ...(COMPLEMENT_NOUN_FORMS.get(word) ?? [])].filter((e) => !e.symmetric && e.cameo !== null);
  if (!entries.length) return undefined;
  const actor = (x: number | undefined) => (x === undefined ? undefined : keepTypes(ctx, argOf(ctx, tree, x), ACTOR_TYPES));
  // ("the purchase of Activision by Microsoft": the parse may hang the agent on the noun's object)
  const objects = withCase(tree, w, ['of'], ['nmod']);
  // (or on the verb it is the object of, right after it: "condemned X's arrest by Russia")
  const h = tree.head(w);
  const verbAgent = tree.rel(w) === 'obj' && h >= 0 ? tree.children(h, 'obl:agent').find((a) => a > w && nominalSpan(tree, w)[1] + 1 === nominalSpan(tree, a)[0]) : undefined;
  const by = withCase(tree, w, ['by'], ['nmod', 'nmod:agent'])[0] ?? objects.flatMap((o) => withCase(tree, o, ['by'], ['nmod']))[0] ?? verbAgent;
  const agent = actor(by);
  if (agent) return { ...agent, via: 'modifier' };
  const ownObject = entries.some((e) => withCase(tree, w, [...(e.nounPreps ?? []), ...(e.complement ? ['of'] : [])], ['nmod']).length > 0);
  if (!ownObject) return undefined;
  const possessor = actor(tree.children(w, 'nmod:poss')[0]);
  if (possessor) return { ...possessor, via: 'possessor' };
  for (const m of tree.children(w, 'amod', 'compound', 'nmod:npmod')) {
    const named = tree.entityUnit(m) >= 0 && m < w && !isNamedParticiple(tree, m) ? actor(m) : undefined;
    if (named) return { ...named, via: 'modifier' };
  }
  return undefined;
}

/**
 * The state or body that is the object of the verb `v` is coordinated with ("fined Google and ordered it"), when it is
 * not the verbs' subject.
 */
function objectOfFellowVerb(ctx: Ctx, tree: Tree, v: number): string | undefined {
  if (v < 0 || tree.rel(v) !== 'conj') return undefined;
  const first = tree.head(v);
  const obj = tree.exactly(first, 'obj').find((o) => o < v);
  const k = obj === undefined ? -1 : tree.entityUnit(obj);
  const x = k >= 0 ? ctx.units[k]! : undefined;
  if (!x?.entity || x.partial || x.metonymy === 'demonym' || !IT_TYPES.has(x.type!)) return undefined;
  return (subjectOf(ctx, tree, first).arg?.ids ?? []).includes(x.entity) ? undefined : x.entity;
}
const IT_TYPES = new Set(['country', 'organization', 'group']);

/** The argument the words lo..hi of w's phrase name, read off the units. */
function spanArg(ctx: Ctx, tree: Tree, w: number, lo: number, hiIn: number, possessor = false): Arg | undefined {
  let hi = hiIn;
  // ("imposed sanctions on eight Iranian officials": the parse may make the number the phrase's head and hang the
  // noun it counts beside it, caseless; the phrase goes on through that noun)
  if (tree.upos(w) === 'NUM' && tree.head(w) >= 0) {
    const counted = tree.children(tree.head(w)).find((c) => c > hi && !tree.caseOf(c) && /^(?:NOUN|PROPN)$/.test(tree.upos(c)) && /^(?:obl|obj|nmod)$/.test(tree.rel(c)));
    const [start, end] = counted === undefined ? [-1, -1] : nominalSpan(tree, counted);
    if (start === hi + 1) hi = end;
  }
  let from = tree.unit(lo);
  const to = tree.unit(hi);
  if (from < 0 || to < 0) return undefined;
  // A possessor or nationality written right before the phrase belongs to it even where the parse
  // attached it elsewhere ("Ukraine 's Foreign Ministry", "Russian officials").
  const u = ctx.units;
  for (let guard = 0; guard < 3 && from > 0; guard++) {
    const before = u[from - 1]!;
    if (isPossessive(before.lower) && from >= 2 && (u[from - 2]!.entity || isContent(u[from - 2]))) from -= 2;
    else if (before.entity && !before.partial && before.metonymy === 'demonym') from -= 1;
    else break;
  }
  // ("hosted Congo's X and Rwanda's Y": a possessive marker right after a conjunct that ends the phrase, hung by the
  // parse elsewhere, makes the conjunct a possessor; the phrase goes on to what it owns)
  const owns = possessor || (to !== tree.unit(w) && isPossessive(u[to + 1]?.lower ?? ''));
  return readPhrase(ctx, from, owns ? u.length : to + 1).arg;
}

/** First and last word of the nominal phrase `w` heads: its subtree less clauses and punctuation. */
function nominalSpan(tree: Tree, w: number): [number, number] {
  let lo = w, hi = w;
  const stack = [w];
  while (stack.length) {
    const x = stack.pop()!;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    for (const c of tree.children(x)) if (!CLAUSAL.has(tree.rel(c))) stack.push(c);
  }
  return [lo, hi];
}

/** The last word of w's own phrase (its subtree less other clauses). */
function phraseEnd(tree: Tree, w: number): number {
  let hi = w;
  const stack = [w];
  while (stack.length) {
    const x = stack.pop()!;
    if (x > hi) hi = x;
    for (const c of tree.children(x)) if (!CLAUSAL.has(tree.rel(c))) stack.push(c);
  }
  return hi;
}

/** The actors of these words and of the words coordinated with each ("from Argentina and Chile", "between A and B"). */
export function conjoinedArgs(ctx: Ctx, tree: Tree, words: readonly number[]): Arg | undefined {
  return argsOf(ctx, tree, words.flatMap((w) => [w, ...tree.children(w, 'conj'), ...strayConjunctNames(tree, w)]));
}

/**
 * "both Mr Aoun and Mr Salam": the parse may hang the second conjunct's name on the first name as a word of it (flat)
 * and leave its honorific alone as the conjunct; a name of another entity hung so, after a conjunct, is one too.
 */
function strayConjunctNames(tree: Tree, w: number): number[] {
  const conj = tree.children(w, 'conj');
  if (!conj.length) return [];
  const k = tree.entityUnit(w);
  return tree.children(w, 'flat').filter((c) => c > conj[0]! && tree.entityUnit(c) >= 0 && tree.entityUnit(c) !== k);
}

/** All arguments over a list of words (coordinated subjects the parse split across conj). */
function argsOf(ctx: Ctx, tree: Tree, words: number[]): Arg | undefined {
  let out: Arg | undefined;
  for (const w of words) {
    const a = argOf(ctx, tree, w);
    if (!a) continue;
    out = out ? { ...out, ids: [...new Set([...out.ids, ...a.ids])], from: [...new Set([...out.from, ...a.from])] } : a;
  }
  return out;
}

/** Nominal dependents of `i` whose case word is one of `cases` ("with", "on", "between"). */
/**
 * "expelled diplomats from Argentina and Chile", "the envoys of seven states": whose the complement's people are (the
 * parse may hang "from X" on the verb). A place the subject sends them from is itself and is dropped later.
 */
function originOf(ctx: Ctx, tree: Tree, w: number, verb: number): Arg | undefined {
  const at = [...withCase(tree, w, ['from', 'of'], ['nmod']), ...withCase(tree, verb, ['from'], ['obl'])].filter((c) => c > w);
  return at.length ? conjoinedArgs(ctx, tree, at) : undefined;
}

export function withCase(tree: Tree, i: number, cases: readonly string[], rels = ['obl', 'nmod']): number[] {
  return tree.children(i, ...rels).filter((c) => cases.includes(tree.caseOf(c) ?? ''));
}

/** Verbs whose subject, not their object, does what their infinitive says ("promised Kenya to deliver"). */
const SUBJECT_CONTROL = /^(?:promis|pledg|vow|swor|swear|threaten)/;

/** Verbs whose "of/for V-ing" clause says what their object did ("accused X of", "praised X for", "arrested X for"). */
const OBJECT_CONTROL = /^(?:accus|charg|blam|suspect|criticis|criticiz|condemn|prais|thank|convict|fined$|fines$|fine$|arrest|detain|sued$|sue$|sues$|suing$|punish|fault|denounc|rebuk|reprimand|commend)/;

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * "said the vote was fair and rejected the Socialist Party's demand": the parse may make the object of a verb
 * coordinated with another its only subject, after it; such a verb (no object, no auxiliary or expletive, not one
 * of saying) shares its fellow's subject, and the word is its object.
 */
function postVerbalSubject(tree: Tree, v: number): number | undefined {
  if (tree.rel(v) !== 'conj' || tree.upos(v) !== 'VERB' || isReportingVerb(tree.lower[v]!)) return undefined;
  const subjects = tree.exactly(v, 'nsubj');
  if (subjects.length !== 1 || subjects[0]! < v) return undefined;
  if (tree.children(v, 'obj', 'aux', 'cop', 'expl').length) return undefined;
  return subjects[0];
}

/**
 * Is verb v's form plural (its auxiliary "have", "are", "were", "do", or a bare present "lend")? False where it is
 * singular or cannot tell (a past form, a modal).
 */
function pluralVerb(tree: Tree, v: number): boolean {
  const aux = tree.children(v, 'aux', 'cop').filter((c) => c < v)[0];
  if (aux !== undefined) return /^(?:have|are|were|do|'re|'ve)$/.test(tree.lower[aux]!);
  const w = tree.lower[v]!;
  return tree.upos(v) === 'VERB' && !/(?:s|ed)$/.test(w) && !IRREGULAR_PAST.has(w);
}
const IRREGULAR_PAST = new Set(['gave', 'lent', 'sent', 'sold', 'met', 'took', 'made', 'held', 'paid', 'brought', 'bought', 'fought', 'left', 'led', 'won', 'struck', 'told', 'put', 'cut', 'set', 'hit', 'let', 'shut', 'quit', 'spent', 'kept', 'began', 'became', 'came', 'ran', 'saw', 'spoke', 'wrote', 'broke', 'chose', 'drove', 'rose', 'stood', 'understood', 'withdrew', 'drew', 'threw', 'knew', 'grew', 'flew', 'seized', 'froze', 'forbade', 'overtook', 'undertook', 'sought', 'taught', 'caught', 'thought', 'found', 'bound', 'built', 'lost', 'sank', 'shot', 'slew', 'swore', 'tore', 'wore', 'bore', 'forgave', 'withheld', 'upheld', 'overthrew', 'beat', 'bid', 'read', 'spread']);

/**
 * The receiver of a giving verb named without "to": the indirect object ("lent Egypt $3 billion"), the first of two
 * objects (the parse may call both obj), or an object followed by "with" what is given ("supply Nepal with fuel").
 */
function recipientOf(tree: Tree, i: number): number | undefined {
  const iobj = tree.exactly(i, 'iobj')[0];
  if (iobj !== undefined) return iobj;
  const objs = tree.exactly(i, 'obj').filter((o) => o > i);
  if (objs.length >= 2) return objs[0];
  if (objs.length === 1 && withCase(tree, i, ['with'], ['obl']).some((c) => c > objs[0]!)) return objs[0];
  // ("promised Pakistan $4.2 billion": a name right after the verb and before an amount given, which the parse may hang
  // on the amount, or hang the amount on)
  const amount = objs[0];
  const isAmount = (x: number) => tree.upos(x) === 'NUM' || tree.children(x).some((c) => tree.upos(c) === 'NUM');
  if (amount !== undefined && amount > i + 1 && tree.upos(i + 1) === 'PROPN' && tree.entityUnit(i + 1) >= 0 && isAmount(amount)) return i + 1;
  if (amount !== undefined && tree.upos(amount) === 'PROPN' && tree.entityUnit(amount) >= 0 && tree.children(amount).some((c) => c > amount && isAmount(c))) return amount;
  return undefined;
}

/**
 * "Qatar's prime minister and foreign minister, Sheikh X, accused Y": the name set off by commas right after a title
 * the parse made a subject, where the parse hung the name on a comma instead of on the title (no apposition for
 * argOf to read), is who the subject is; not the title's possessor.
 */
function strandedName(ctx: Ctx, tree: Tree, s: number): Arg | undefined {
  const word = tree.lower[s]!;
  if (tree.upos(s) !== 'NOUN' || tree.entityUnit(s) >= 0 || !(TITLE_HEAD_WORDS.has(word) || isActorNoun(word))) return undefined;
  let c = s + 1;
  for (; c < tree.size && tree.lower[c] !== ','; c++) if (!tree.ancestors(c).includes(s)) return undefined;
  if (c >= tree.size) return undefined;
  // (an honorific before the name, "Sheikh", may be a word of its own hung on it)
  let w = c + 1;
  while (w < c + 3 && w < tree.size && tree.entityUnit(w) < 0 && tree.ancestors(w).includes(w + 1)) w++;
  const u = w < tree.size ? tree.entityUnit(w) : -1;
  const x = u >= 0 ? ctx.units[u] : undefined;
  if (!x?.entity || x.partial || x.type !== 'person') return undefined;
  let end = w;
  while (end + 1 < tree.size && tree.unit(end + 1) === u) end++;
  const h = tree.head(w);
  if (tree.lower[end + 1] !== ',' || h < 0 || tree.upos(h) !== 'PUNCT') return undefined;
  return { ids: [x.entity], via: 'direct', from: [] };
}

/** The actor named right before ", who" / ", which" at relative pronoun word r, if any. */
function nameBeforeComma(ctx: Ctx, tree: Tree, r: number): Arg | undefined {
  const k = tree.unit(r);
  const named = k >= 2 && ctx.units[k - 1]!.lower === ',' ? ctx.units[k - 2]! : undefined;
  return named?.entity && !named.partial && ACTOR_TYPES.has(named.type!) ? { ids: [named.entity], via: 'direct', from: [] } : undefined;
}

/** The subject of a verb: its own, or the one it shares or inherits (conj, xcomp, relative clause). */
export function subjectOf(ctx: Ctx, tree: Tree, v: number, depth = 0): { arg?: Arg; modality: Modality } {
  const none: Modality = { negated: false, hypothetical: false };
  if (depth > 4 || v < 0) return { modality: none };
  // ("proposed X as foreign policy chief, succeeding Y": the one appointed succeeds, however the parse hung the participle)
  const successor = depth === 0 ? appointedSuccessor(ctx, tree.unit(v)) : undefined;
  if (successor) return { arg: successor.arg, modality: { negated: false, hypothetical: successor.hypothetical } };
  const own = postVerbalSubject(tree, v) === undefined ? tree.exactly(v, 'nsubj') : [];
  if (own.length) {
    const s = own[0]!;
    const stranded = strandedName(ctx, tree, s);
    if (stranded) return { arg: stranded, modality: none };
    // "the company, which bought X": the relative pronoun stands for the noun the clause modifies.
    if (isRelativePronoun(tree, s) && tree.rel(v) === 'acl:relcl') {
      // ("The World Bank and the ADB, which lend Mongolia ...": a plural verb after a comma makes the clause one of
      // the whole coordination the parse hung it on the last conjunct of)
      const h = tree.head(v);
      const first = tree.rel(h) === 'conj' ? tree.head(h) : -1;
      if (first >= 0 && pluralVerb(tree, v) && tree.children(v, 'punct').some((c) => c < s && tree.lower[c] === ',')) {
        return { arg: conjoinedArgs(ctx, tree, [first]), modality: none };
      }
      return { arg: argOf(ctx, tree, h), modality: none };
    }
    // ("said Dissanayake, who leads the alliance, defeated X": where the parse made the relative clause the reported
    // clause, "who" stands for the name right before ", who")
    if (isRelativePronoun(tree, s) && tree.rel(v) === 'ccomp') {
      const k = tree.unit(s);
      const named = k >= 2 && ctx.units[k - 1]!.lower === ',' ? ctx.units[k - 2]! : undefined;
      if (named?.entity && !named.partial) return { arg: { ids: [named.entity], via: 'direct', from: [] }, modality: none };
    }
    // ("A and Chechen rebel chief of staff B signed": the parse may hang the second name on the first as a list, or
    // as a flat word of it, though flat joins the words of one name and the word is in another; "Russian peacemaker
    // A and ... leader B started talks": or give the verb a second subject right after the first, one phrase split in
    // two; not one across the verb: "The ministry said Levy and Kinkel would discuss")
    const split = own.filter((x, k) => k === 0 || nominalSpan(tree, own[k - 1]!)[1] + 1 === nominalSpan(tree, x)[0]);
    const words = split.flatMap((x) => {
      const k = tree.entityUnit(x);
      const others = [...tree.children(x, 'list'), ...tree.children(x, 'flat')].filter((c) => tree.entityUnit(c) >= 0 && tree.entityUnit(c) !== k);
      return [x, ...tree.children(x, 'conj'), ...others];
    });
    return { arg: argsOf(ctx, tree, words), modality: none };
  }
  const rel = tree.rel(v);
  const head = tree.head(v);
  // ("Prosecutors searched the offices in A and B, the DNA said, and detained X": a name right before a verb with no
  // subject, after a comma or "and", that the parse hung as a conjunct on a noun before it, is the verb's subject)
  {
    const k = tree.unit(v);
    const u = ctx.units;
    const before = k > 1 ? u[k - 1] : undefined;
    let p = k - 2;
    if (p >= 0 && u[p]!.lower === 'the') p--;
    if (before?.entity && !before.partial && ACTOR_TYPES.has(before.type!) && p >= 0 && (u[p]!.text === ',' || /^(?:and|but)$/.test(u[p]!.lower))) {
      // (the name's head word, just before the verb)
      let w = v - 1;
      while (w >= 0 && tree.entityUnit(w) !== k - 1 && tree.unit(w) === k - 1) w--;
      if (w >= 0 && tree.entityUnit(w) === k - 1 && tree.rel(w) === 'conj' && tree.head(w) < w) return { arg: { ids: [before.entity], via: 'direct', from: [] }, modality: none };
    }
  }
  // ("A and his Syrian counterpart, B, signed the agreement": the parse may make the subject phrase the root and hang
  // the verb on it as parataxis; a nominal root before a verb with no subject of its own is that subject)
  if (rel === 'parataxis' && head >= 0 && head < v && tree.head(head) < 0 && NOMINAL_TAGS.has(tree.upos(head)) && !tree.children(v, 'nsubj', 'expl', 'csubj').length) {
    const k = tree.entityUnit(head);
    const others = [...tree.children(head, 'list'), ...tree.children(head, 'flat')].filter((c) => tree.entityUnit(c) >= 0 && tree.entityUnit(c) !== k);
    return { arg: argsOf(ctx, tree, [head, ...tree.children(head, 'conj'), ...others]), modality: none };
  }
  // (the noun a relative clause modifies is its subject only when the clause has none of its own: "Rome, where she
  // is expected to meet X" is no Rome meeting X)
  if (rel === 'acl:relcl' && !tree.children(v, 'nsubj:pass').some((s) => !isRelativePronoun(tree, s))) {
    return { arg: argOf(ctx, tree, head), modality: none };
  }
  // "..., and Nvidia partnered with Saudi Aramco": a name right after "and" before the verb is its own subject,
  // even where the parse hung it on a noun of the previous clause (and the verb as a conjunct, or as an adverbial
  // clause of the previous verb)
  if (rel === 'conj' || rel === 'advcl') {
    const k = tree.unit(v);
    const before = k > 1 ? ctx.units[k - 1] : undefined;
    if (before?.entity && !before.partial && ACTOR_TYPES.has(before.type!) && /^(?:and|but)$/.test(ctx.units[k - 2]!.lower)) {
      return { arg: { ids: [before.entity], via: 'direct', from: [] }, modality: none };
    }
  }
  if (rel === 'conj') {
    // ("rejected the account, saying the vessel had not used its sonar and urging Australia to ...": a participle the
    // parse coordinated with a finite verb inside a reported clause goes with the participle that reports it)
    if (/ing$/.test(tree.lower[v]!) && !tree.children(v, 'aux').length && !/ing$/.test(tree.lower[head]!)) {
      for (let g = tree.head(head), n = 0; g >= 0 && n < 2; g = tree.head(g), n++) {
        if (tree.upos(g) === 'VERB' && /ing$/.test(tree.lower[g]!) && tree.rel(g) === 'advcl') return subjectOf(ctx, tree, g, depth + 1);
      }
    }
    // ("it had been kept in the dark and asked the federation to ...": an active verb coordinated with a passive one
    // shares its subject, the passive's patient)
    const patient = tree.exactly(head, 'nsubj:pass').find((p) => p < v);
    if (patient !== undefined && tree.upos(v) === 'VERB' && !tree.children(v, 'nsubj', 'aux:pass', 'expl').length) {
      const arg = !isRelativePronoun(tree, patient) ? argOf(ctx, tree, patient) : undefined;
      if (arg) return { arg, modality: none };
    }
    const shared = subjectOf(ctx, tree, head, depth + 1);
    // "Ciobanu said the proposal was unacceptable and called on the EU to ...": a verb the parse coordinated with a
    // reported clause whose subject is no actor is more likely the reporting verb's fellow, sharing its subject
    if (!shared.arg && tree.rel(head) === 'ccomp' && tree.upos(v) === 'VERB' && isReportingVerb(tree.lower[tree.head(head)] ?? '')) {
      const reporter = subjectOf(ctx, tree, tree.head(head), depth + 1);
      if (reporter.arg) return reporter;
    }
    return shared;
  }
  if ((rel === 'xcomp' || rel === 'advcl' || rel === 'ccomp') && head >= 0) {
    const governor = tree.lower[head]!;
    // ("said his government planned to": the parse may make the reported clause's subject the reporting verb's
    // object; a nominal object right before the clause's verb, only the verb's own words between, is its subject)
    if (rel === 'ccomp' && isReportingVerb(governor)) {
      const o = tree.exactly(head, 'obj').find((x) => x < v);
      if (o !== undefined) {
        const end = nominalSpan(tree, o)[1];
        let between = true;
        for (let k = end + 1; k < v && between; k++) between = tree.head(k) === v;
        if (end < v && between) return { arg: argOf(ctx, tree, o), modality: none };
      }
    }
    // ("blocked Sweden's bid to join NATO": the parse may hang the infinitive on the verb; a possessed plan, bid or
    // attempt right before "to" is whose the act is)
    const k = tree.unit(v);
    const u = ctx.units;
    if (k >= 3 && u[k - 1]?.lower === 'to' && PLAN_NOUNS.test(u[k - 2]!.lower) && isPossessive(u[k - 3]!.lower)) {
      const owner = possessorAt(ctx, k - 4);
      // (a bid or a plan is not yet done; "the North's decision to recognize" is)
      if (owner) return { arg: owner, modality: { negated: false, hypothetical: !/^(?:decision|move)$/.test(u[k - 2]!.lower) } };
    }
    // ("Apple was ordered by the court to pay": a passive order's patient is who must act, not its agent)
    const passiveGovernor = tree.children(head, 'nsubj:pass', 'aux:pass').length > 0;
    if (passiveGovernor && (isRequestVerb(governor) || ORDERED.test(governor))) {
      const patient = tree.children(head, 'nsubj:pass')[0] ?? tree.children(head, 'nsubj')[0];
      if (patient !== undefined) return { arg: argOf(ctx, tree, patient), modality: { negated: false, hypothetical: true } };
    }
    // "named Richard Teng to succeed him", "appointed X to replace Y": the person appointed does what the infinitive
    // says (the parse may call the name a predicate, xcomp, and hang the infinitive on the verb as a purpose)
    if ((rel === 'advcl' || rel === 'xcomp') && isAppointingVerb(governor) && tree.children(v, 'mark').some((m) => tree.lower[m] === 'to')) {
      const o = tree.exactly(head, 'obj', 'xcomp').find((x) => x < v && x !== v);
      const appointed = o === undefined ? undefined : keepTypes(ctx, argOf(ctx, tree, o), PERSON_TYPES);
      // (a nomination awaits its confirmation: "nominated X to replace Y" is still to come, HYPOTHETICAL_VERBS)
      if (appointed) return { arg: appointed, modality: { negated: false, hypothetical: isHypVerb(governor) } };
    }
    // "accused Ethiopia of violating ...", "arrested X for smuggling": the gerund is what the object did
    if (rel === 'advcl' && OBJECT_CONTROL.test(governor) && tree.children(v, 'mark').some((m) => tree.lower[m] === 'of' || tree.lower[m] === 'for')) {
      const obj = tree.exactly(head, 'obj')[0];
      if (obj !== undefined) return { arg: argOf(ctx, tree, obj), modality: none };
    }
    // "Ray was convicted of killing X", "Oswald, who was charged with having assassinated X": the passive subject of
    // such a verb did what its gerund says (the passive of "accused Ethiopia of violating ..."); a relative pronoun
    // is the name the clause hangs on, or, where the parse hung the clause elsewhere, the name right before ", who"
    if (rel === 'advcl' && passiveGovernor && OBJECT_CONTROL.test(governor) && tree.children(v, 'mark').some((m) => /^(?:of|for|with)$/.test(tree.lower[m]!))) {
      // (the parse may give the verb two passive subjects, the relative pronoun and a noun before it: the pronoun is it)
      const patients = tree.children(head, 'nsubj:pass');
      const patient = patients.find((p) => isRelativePronoun(tree, p)) ?? patients[0];
      if (patient !== undefined && isRelativePronoun(tree, patient)) {
        if (tree.rel(head) === 'acl:relcl') return { arg: argOf(ctx, tree, tree.head(head)), modality: none };
        const k = tree.unit(patient);
        const named = k >= 2 && ctx.units[k - 1]!.lower === ',' ? ctx.units[k - 2]! : undefined;
        return { arg: named?.entity && !named.partial ? { ids: [named.entity], via: 'direct', from: [] } : undefined, modality: none };
      }
      if (patient !== undefined) return { arg: argOf(ctx, tree, patient), modality: none };
    }
    // "urged Russia to withdraw", "asked X to recognise": the one asked is the actor, and only asked.
    if (isRequestVerb(governor)) {
      const obj = tree.exactly(head, 'obj', 'iobj')[0] ?? withCase(tree, head, ['on', 'upon'])[0];
      if (obj !== undefined) return { arg: argOf(ctx, tree, obj), modality: { negated: false, hypothetical: true } };
    }
    // "missiles that could be used by Iran to strike Israel": the agent of a passive governor acts, in its purpose
    // (an infinitive; not a finite clause the parse hung there: "citizens released by Iran arrived in Doha")
    // ("soldiers led by General X toppled President Y": whoever leads them acts through them, however the parse hung it)
    const purpose = rel === 'xcomp' || tree.children(v, 'mark').some((m) => tree.lower[m] === 'to') || /^(?:led|headed|commanded)$/.test(governor);
    const agent = !purpose ? undefined : tree.children(head, 'obl:agent')[0] ?? (tree.children(head, 'nsubj:pass', 'aux:pass').length ? withCase(tree, head, ['by'], ['obl'])[0] : undefined);
    if (agent !== undefined) return { arg: argOf(ctx, tree, agent), modality: none };
    // "she is expected to meet X", "he was asked to lead Y": the complement of a passive verb is done by its subject
    const patient = rel === 'xcomp' ? tree.children(head, 'nsubj:pass')[0] : undefined;
    if (patient !== undefined && !isRelativePronoun(tree, patient)) {
      return { arg: argOf(ctx, tree, patient), modality: { negated: isNegVerb(governor), hypothetical: isHypVerb(governor) || isRequestVerb(governor) } };
    }
    // "a move that led Fifa to threaten Ghana", "forced Russia to withdraw": a verb with an object before its
    // infinitive gives the infinitive that object as its subject (object control), when the object is an actor
    if (rel === 'xcomp' && !SUBJECT_CONTROL.test(governor)) {
      const o = tree.exactly(head, 'obj', 'iobj').find((x) => x < v);
      const controller = o === undefined ? undefined : keepTypes(ctx, argOf(ctx, tree, o), ACTOR_TYPES);
      // ("ordered Turkey to pay Iraq": an order is not yet done)
      if (controller) return { arg: controller, modality: { negated: isNegVerb(governor), hypothetical: isHypVerb(governor) || ORDERED.test(governor) } };
    }
    const up = subjectOf(ctx, tree, head, depth + 1);
    return { arg: up.arg, modality: { negated: isNegVerb(governor), hypothetical: isHypVerb(governor) || isRequestVerb(governor) } };
  }
  return { modality: none };
}

/**
 * "Egypt has yet to recognise X", "stopped short of accusing X": a clause under "has yet" or under "short" of a form
 * of "stop" reports an event that has not happened.
 */
function notYetDone(tree: Tree, h: number): boolean {
  const g = tree.lower[h]!;
  if (/^(?:has|have|had|is|are|was|were|remain|remains|remained)$/.test(g)) return tree.children(h, 'advmod').some((c) => tree.lower[c] === 'yet');
  return g === 'short' && /^stop(?:s|ped|ping)?$/.test(tree.lower[tree.head(h)] ?? '');
}

/** Negation and modality of a trigger, from its own dependents and the verbs above it. */
export function modalityOf(tree: Tree, i: number): Modality {
  let negated = false;
  let hypothetical = false;
  const mark = (x: number) => {
    for (const c of tree.children(x)) {
      const r = tree.rel(c);
      const w = tree.lower[c]!;
      if ((r === 'aux' || r.startsWith('aux:')) && isModal(w)) hypothetical = true;
      if ((r === 'advmod' || r === 'det' || r === 'neg') && NEGATORS.has(w)) negated = true;
      if (r === 'mark' && CONDITIONALS.has(w)) hypothetical = true;
      if ((r === 'amod' || r === 'advmod') && isHypMarker(w)) hypothetical = true;
    }
  };
  mark(i);
  // "were to meet": "be" + "to" before the verb states an arrangement (the parse makes either word the head)
  if (tree.lower[i - 1] === 'to' && /^(?:is|are|was|were|am)$/.test(tree.lower[i - 2] ?? '')) hypothetical = true;
  // ("halted its bid to join the EU", "plans to buy X": an infinitive of a noun of intent is not done)
  // (the parse may hang the infinitive on the verb instead: the noun is then the word before "to")
  if (tree.lower[i - 1] === 'to' && tree.children(i, 'mark').includes(i - 1) && (INTENT_NOUNS.test(tree.lower[i - 2] ?? '') || (tree.rel(i) === 'acl' && INTENT_NOUNS.test(tree.lower[tree.head(i)] ?? '')))) hypothetical = true;
  // Up through the clauses that govern this one: "would continue to support", "refused to recognise", "if ... recognises".
  let x = i;
  for (let guard = 0; guard < 6; guard++) {
    const r = tree.rel(x);
    const h = tree.head(x);
    if (h < 0) break;
    if (r === 'xcomp' || r === 'ccomp' || r === 'advcl' || r === 'conj' || r === 'csubj') {
      const g = tree.lower[h]!;
      // ("has ruled out taking a stake": "rule out" denies what it governs)
      if (r !== 'conj' && (isNegVerb(g) || notYetDone(tree, h) || (isRulingOutVerb(g) && tree.lower[h + 1] === 'out'))) negated = true;
      if (r !== 'conj' && (isHypVerb(g) || isRequestVerb(g))) hypothetical = true;
      // A conjunct or an adverbial clause has its own mood, unless it is the purpose of its governor ("to strike").
      const purpose = r === 'advcl' && tree.children(x, 'mark').some((m) => tree.lower[m] === 'to');
      // ("will meet Milosevic before visiting Montenegro": a subjectless -ing clause shares its governor's time and mood)
      const participle = r === 'advcl' && /ing$/.test(tree.lower[x]!) && !tree.children(x, 'nsubj', 'aux').length;
      // An adverbial clause ("when he met X") has its own mood; a conjunct shares its first conjunct's.
      if (r === 'advcl' && !purpose && !participle) break;
      if (r === 'conj') { x = h; continue; }
      mark(h);
      x = h;
      continue;
    }
    break;
  }
  return { negated, hypothetical };
}

/**
 * The country goods go to or come from, under the object of a trade restriction:
 * "restrict exports of equipment to China", "a ban on imports of Ugandan sugar".
 */
function tradePartner(ctx: Ctx, tree: Tree, w: number, goods = false): Arg | undefined {
  const stack = [w];
  // (a tariff is on goods whatever they are: "duties on Japanese brandy" needs no word of trade)
  let trade = goods;
  let modifier: Arg | undefined;
  while (stack.length) {
    const x = stack.pop()!;
    if (isTradeNoun(tree.lower[x]!)) trade = true;
    for (const c of tree.children(x)) {
      const k = tree.entityUnit(c);
      const u = k >= 0 ? ctx.units[k]! : undefined;
      const country = u && ctx.entities.get(u.entity!)?.type === 'country' ? u.entity! : undefined;
      if (country) {
        const cs = tree.caseOf(c);
        // ("cars made in China": where goods were made is where they come from)
        if (cs === 'to' || cs === 'from' || (cs === 'in' && MADE_PARTICIPLES.test(tree.lower[x]!))) return { ids: [country], via: 'modifier', from: [] };
        modifier ??= { ids: [country], via: 'modifier', from: [] };
      }
      // ("cars imported from the EU", "vehicles made in China": a participle of making or shipping says where from)
      if (!CLAUSAL.has(tree.rel(c)) || (tree.rel(c) === 'acl' && MADE_PARTICIPLES.test(tree.lower[c]!))) stack.push(c);
    }
  }
  return trade ? modifier : undefined;
}

/**
 * "upheld a prison sentence and a ban from office for X": the first name in the complement's phrase (its conjuncts
 * and their modifiers, no clause) after one of the entry's prepositions, however deep the parse hung it.
 */
function phraseWithCase(ctx: Ctx, tree: Tree, w: number, cases: readonly string[]): number | undefined {
  const stack = [w];
  const found: number[] = [];
  while (stack.length) {
    const x = stack.pop()!;
    for (const c of tree.children(x)) {
      if (CLAUSAL.has(tree.rel(c))) continue;
      if (tree.entityUnit(c) >= 0 && cases.includes(tree.caseOf(c) ?? '')) found.push(c);
      else stack.push(c);
    }
  }
  return found.length ? Math.min(...found) : undefined;
}

/**
 * "took over as secretary general of NATO from X": the named phrase of one of `cases` inside an "as" phrase (an office)
 * hung on one of `heads`, which the parse hangs there rather than on the verb.
 */
function officePhrasePrep(ctx: Ctx, tree: Tree, heads: number[], cases: readonly string[]): number[] {
  const out: number[] = [];
  for (const h of heads) {
    for (const as of withCase(tree, h, ['as'], ['obl'])) {
      const at = phraseWithCase(ctx, tree, as, cases);
      if (at !== undefined) out.push(at);
    }
  }
  return out;
}

/** Participles that say where goods come from: "cars made in China", "steel imported from India". */
const MADE_PARTICIPLES = /^(?:made|produced|manufactured|built|assembled|grown|imported|shipped|sourced|exported)$/;


/**
 * "struck Ukrainian energy facilities", "shelled Russian positions": a thing attacked that a nationality word or a
 * name modifies belongs to that country or actor, the attack's target.
 */
function nameModifierOf(ctx: Ctx, tree: Tree, w: number): Arg | undefined {
  // ("attacked Ukraine's power grid": a possessor too; "bombed Hamas's weapons depots", "struck Ukrainian energy
  // facilities": the parse may hang it on the noun's compound modifier, inside the same noun phrase)
  const compounds = tree.children(w, 'compound').filter((c) => c < w);
  for (const m of [...tree.children(w, 'amod', 'compound', 'nmod:poss'), ...compounds.flatMap((c) => tree.children(c, 'amod', 'nmod:poss'))]) {
    if (tree.entityUnit(m) < 0) continue;
    const a = argOf(ctx, tree, m);
    if (a) return { ...a, via: 'modifier' };
  }
  return undefined;
}

/**
 * "carried out strikes on targets in Syria", "shelled positions in Kharkiv": a thing with no owner named, in a place,
 * stands for the place where the entry takes places.
 */
function placeOfThing(ctx: Ctx, tree: Tree, w: number): Arg | undefined {
  if (tree.upos(w) !== 'NOUN' || tree.entityUnit(w) >= 0 || isActorNoun(tree.lower[w]!) || isMovableThingNoun(tree.lower[w]!)) return undefined;
  const at = withCase(tree, w, ['in'], ['nmod']).find((c) => c > w && tree.entityUnit(c) >= 0);
  const unit = at === undefined ? undefined : ctx.units[tree.entityUnit(at)];
  if (!unit?.entity || unit.partial || !PLACE_TYPES.has(unit.type!)) return undefined;
  return { ids: [unit.entity], via: 'modifier', from: [] };
}

/**
 * "is auditing Boeing's factories", "an inquiry into the bank's accounts": the actor a thing is owned by, named as its
 * possessor (not a nationality word: "investigating Chinese factories" names no owner). Not a thing that is itself a
 * name ("Boeing's Starliner"), nor a person or body the possessor has ("the company's chief executive").
 */
function ownerOf(ctx: Ctx, tree: Tree, w: number): Arg | undefined {
  if (tree.upos(w) !== 'NOUN' || tree.entityUnit(w) >= 0 || isActorNoun(tree.lower[w]!) || TITLE_HEAD_WORDS.has(tree.lower[w]!)) return undefined;
  // ("welcomed the U.S. move", "rejected the Chinese proposal": an act is owned by the name or nationality written on it)
  const act = OWNED_ACT_NOUNS.test(tree.lower[w]!);
  const poss = tree.children(w, 'nmod:poss').find((p) => p < w) ?? (act ? tree.children(w, 'amod', 'compound').find((m) => m < w && tree.entityUnit(m) >= 0) : undefined);
  // ("the justices rejected her appeal", "quashed his conviction": a person's possessive pronoun is that person, the
  // one other than the clause's own subject, as for an object pronoun)
  if (poss !== undefined && PERSON_POSSESSIVES.has(tree.lower[poss]!) && tree.unit(poss) >= 0) {
    const verb = tree.head(w);
    const subjects = verb >= 0 ? subjectOf(ctx, tree, verb).arg?.ids ?? [] : [];
    const person = keepTypes(ctx, resolvePronoun(ctx, tree.unit(poss), false, subjects), PERSON_TYPES)
    return person ? { ...person, via: 'possessor' } : undefined;
  }
  const owner = poss === undefined || tree.entityUnit(poss) < 0 || isNewsAgency(tree.lower[poss]!) ? undefined : keepTypes(ctx, argOf(ctx, tree, poss), ACTOR_TYPES);
  return owner ? { ...owner, via: 'possessor' } : undefined;
}

/** Possessive pronouns of a person ("his appeal", "her conviction"). */
const PERSON_POSSESSIVES = new Set(['his', 'her']);

/** Nouns of an act whose maker a name or a nationality word before them names ("the U.S. move", "the Kenyan offer"). */
const OWNED_ACT_NOUNS = /^(?:move|moves|decision|decisions|offer|offers|proposal|proposals|plan|plans|bid|step|steps|challenge|invitation|request|demand|demands|call|initiative|announcement|stance|policy|measures|gesture)$/;

/** Nouns of an act intended and not yet done ("its bid to join NATO"; not "decision" or "move", which are made). */
const INTENT_NOUNS = /^(?:bid|bids|attempt|attempts|plan|plans|effort|efforts|application|offer|push|drive|campaign|ambition|ambitions)$/;
/** Nouns of an intended act ("Sweden's bid to join NATO"). */
const PLAN_NOUNS = /^(?:bid|bids|attempt|attempts|plan|plans|effort|efforts|application|offer|decision|move|push|drive|campaign)$/;
/** Passive verbs of compelling: their patient does what follows ("was ordered by the court to pay"). */
const ORDERED = /^(?:ordered|forced|required|told|instructed|compelled|obliged|directed)$/;

/** Case words of a phrase of time or circumstance: what they head is no complement of the verb. */
const TIME_CASES = new Set(['after', 'before', 'during', 'since', 'until', 'following', 'amid', 'despite', 'without', 'ahead']);

/** Entries whose passive names the body that acted after "from" ("was suspended from Mercosur", "was spun off from Bayer"). */
const SUSPENDED_FROM = new Set(['suspend', 'expel-member', 'spin-off']);

// ------------------------------------------------------------------ triggers

function readVerb(ctx: Ctx, tree: Tree, i: number, e: EventTrigger, emit: Emit, attributionAt: (unit: number) => string | undefined): boolean {
  const passive = tree.children(i, 'nsubj:pass', 'aux:pass').length > 0 || (tree.rel(i) === 'acl' && (e.participles ?? []).includes(tree.lower[i]!));
  // ("what it called hostile remarks by French ministers": the passive of a verb read only with its preposition strands
  // the preposition, "was called on by"; without it the verb is another one)
  // (not "between", whose parties the passive names elsewhere: "a deal brokered by X")
  // (nor a verb read with a complement, whose preposition goes with the complement: "the embassy in Kabul was closed")
  if (passive && e.prepOnly && !e.complement && e.objectPreps?.length && !e.objectPreps.includes('between') && !e.objectPreps.includes(tree.lower[i + 1] ?? '')) return false;
  let complement: number | undefined;
  if (e.complement) {
    // (not a phrase of time: "agreed to suspend enrichment after talks with France" suspends no talks)
    complement = tree.children(i, 'obj', 'obl', 'compound:prt', 'nsubj:pass', 'xcomp').find((c) => e.complement!.includes(tree.lower[c]!) && !TIME_CASES.has(tree.caseOf(c) ?? ''))
      // ("called X's decision \"irresponsible\"": a quoted adjective after the object the parse made a parataxis or a conjunct)
      ?? tree.children(i, 'parataxis', 'conj').find((c) => c > i && tree.upos(c) === 'ADJ' && e.complement!.includes(tree.lower[c]!))
      // ("goes on to Costa Rica": a particle the parse calls an adverb, right after the verb)
      ?? (e.ahead && tree.rel(i + 1) === 'advmod' && tree.head(i + 1) === i && e.complement.includes(tree.lower[i + 1]!) ? i + 1 : undefined)
      // ("brushed aside calls from X": a particle right after the verb the parse hung on the object as its modifier)
      ?? (e.complement.includes(tree.lower[i + 1]!) && (tree.upos(i + 1) === 'ADJ' || tree.upos(i + 1) === 'ADV') && (tree.rel(i + 1) === 'amod' || tree.rel(i + 1) === 'advmod')
        && tree.exactly(i, 'obj').includes(tree.head(i + 1)) ? i + 1 : undefined);
    // ("the agreement, signed in Rome by A and B,": a participle's complement is the noun it describes)
    if (complement === undefined && passive && tree.rel(i) === 'acl' && e.complement.includes(tree.lower[tree.head(i)] ?? '')) complement = tree.head(i);
    if (complement === undefined) return false;
  } else if (tree.children(i, 'compound:prt').some((c) => (VERB_FORMS.get(tree.lower[i]!) ?? []).some((o) => o.complement?.includes(tree.lower[c]!)))) {
    // ("struck down the contract": a particle another entry reads makes another verb; the plain entry does not read it)
    return false;
  }
  let subject: Arg | undefined;
  let modality = modalityOf(tree, i);
  let object: Arg | undefined;
  let shape = 'active';
  if (passive) {
    shape = 'passive';
    // ("a case was brought against Russia by Ukraine": the parse may hang the agent on the phrase before it)
    const agent = tree.children(i, 'obl:agent')[0] ?? withCase(tree, i, ['by'], ['obl'])[0]
      ?? tree.children(i, 'obl', 'obj').flatMap((c) => withCase(tree, c, ['by'], ['nmod']))[0];
    // ("signed by A and B": every conjunct of the agent that is a name acted; a described one, "and Kenya's foreign
    // minister, B", is left to the coordination reader, finish)
    // (not a nationality word the parse made a conjunct: "by A and South Korean President B", "South" hung on A)
    subject = agent === undefined ? undefined : argsOf(ctx, tree, [agent, ...tree.children(agent, 'conj').filter((c) => tree.entityUnit(c) >= 0 && ctx.units[tree.entityUnit(c)]!.metonymy !== 'demonym' && !tree.children(c, 'case').length)]);
    // ("Venezuela was suspended from Mercosur": a body a member is suspended or expelled from, or a unit spun off
    // from, is who did it)
    if (!subject && SUSPENDED_FROM.has(e.id)) {
      const body = keepTypes(ctx, argOf(ctx, tree, withCase(tree, i, ['from'], ['obl'])[0] ?? -1), ORGANIZATION_TYPES);
      if (body) subject = body;
    }
    // (the parse may label the patient plain nsubj beside a passive auxiliary: "Russia was expelled from ...")
    const patient = tree.children(i, 'nsubj:pass')[0] ?? (tree.children(i, 'aux:pass').length ? tree.children(i, 'nsubj')[0] : undefined);
    // "missiles used by Iran", "sanctions imposed by the EU": a participle's patient is the noun it modifies.
    // ("Covestro, which was spun off from Bayer": a relative pronoun as the patient stands for the noun the clause modifies)
    const relativePatient = patient !== undefined && tree.rel(i) === 'acl:relcl' && isRelativePronoun(tree, patient);
    object = relativePatient ? argOf(ctx, tree, tree.head(i)) : patient !== undefined ? argOf(ctx, tree, patient) : tree.rel(i) === 'acl' ? argOf(ctx, tree, tree.head(i)) : undefined;
    // ("helicopters were ordered from Boeing by X": where a thing traded stands before the preposition, the patient is
    // the thing, and the other party is after the preposition; "Apple was ordered by the court to pay" buys nothing)
    if (e.skipObject) {
      const party = withCase(tree, i, e.objectPreps ?? [])[0];
      object = party === undefined ? undefined : argOf(ctx, tree, party);
    }
    if (!object && patient !== undefined && e.placeObject) object = nameModifierOf(ctx, tree, patient);
    if (!object && patient !== undefined && e.ownerObject) object = ownerOf(ctx, tree, patient);
    if (complement !== undefined && e.objectInComplement) object = argOf(ctx, tree, complement);
    // ("ties with Russia were severed by Ukraine", "a case was brought against X by Y"): where the complement is the
    // patient, the object follows the entry's prepositions, on the complement or on the verb, as in the active
    else if (complement !== undefined && e.objectPreps?.length && tree.rel(complement).startsWith('nsubj')) {
      const at = [...withCase(tree, i, e.objectPreps), ...withCase(tree, complement, e.objectPreps)];
      object = at.length ? argsOf(ctx, tree, at) : undefined;
    }
  } else {
    const s = subjectOf(ctx, tree, i);
    subject = s.arg;
    if (s.arg && (tree.rel(i) === 'xcomp' || tree.rel(i) === 'advcl')) shape = 'control';
    // ("ending the PVV's coalition with the VVD": a named possessor of the complement is the party that acts, whatever
    // clause the parse hung the participle on)
    if (e.possessorSubject && complement !== undefined) {
      const owner = keepTypes(ctx, argOf(ctx, tree, tree.children(complement, 'nmod:poss')[0] ?? -1), ACTOR_TYPES);
      if (owner) subject = owner;
    }
    modality = combined(modality, s.modality);
    const preps = e.objectPreps ?? [];
    // ("seized a Greek tanker", "shot down a Russian drone": or the owner a name written on the thing names)
    if (complement !== undefined && e.joinObject) object = joinedBody(ctx, tree, i, complement);
    else if (complement !== undefined && e.objectInComplement) {
      object = argOf(ctx, tree, complement) ?? originOf(ctx, tree, complement, i) ?? nameModifierOf(ctx, tree, complement)
        ?? (preps.length ? argOf(ctx, tree, phraseWithCase(ctx, tree, complement, preps) ?? -1) : undefined);
    }
    else {
      // "ties with X" hangs off the verb or off its complement.
      // ("sell its subsidiary to X": the parse may hang "to X" on the thing sold)
      const thing = e.skipObject ? tree.exactly(i, 'obj')[0] : undefined;
      // ("ordered its withdrawal from the WHO" buys nothing from the WHO: what stands before the preposition is the noun
      // of another kind of one-sided act that takes the preposition itself, wherever the parse hung it; a mutual one
      // names the same party: "settled a patent dispute with X")
      if (thing !== undefined && (NOUN_FORMS.get(tree.lower[thing]!) ?? []).some((n) => !n.symmetric && !!n.cameo && !!e.cameo && n.cameo.slice(0, 2) !== e.cameo.slice(0, 2)
        && (n.nounPreps ?? []).some((p) => preps.includes(p)))) return false;
      // ("pay 13 billion euros in back taxes to Ireland": or on the phrase after the thing saying what it is)
      const things = thing === undefined ? [] : [thing, ...withCase(tree, i, ['in'], ['obl']).filter((c) => c > thing)];
      // ("revived diplomatic ties at ambassadorial level with Yugoslavia": or off a phrase qualifying the complement)
      const complementPhrases = complement !== undefined ? [complement, ...tree.children(complement, 'nmod').filter((c) => c > complement)] : [];
      const viaPrep = [...withCase(tree, i, preps), ...complementPhrases.flatMap((c) => withCase(tree, c, preps)), ...things.flatMap((c) => withCase(tree, c, preps))];
      // ("took over as president of the council from X": the parse may hang the entry's preposition inside the office
      // the verb's "as" phrase names, on the verb or on its particle)
      if (!viaPrep.length && preps.length) viaPrep.push(...officePhrasePrep(ctx, tree, [i, ...(complement !== undefined ? [complement] : [])], preps));
      const receiver = viaPrep.length || !preps.includes('to') ? undefined : recipientOf(tree, i);
      // ("eased sanctions on Syria's banking sector": after the preposition, a thing an actor owns stands for the
      // owner where the entry takes owners)
      if (viaPrep.length) object = argsOf(ctx, tree, viaPrep) ?? (e.ownerObject ? viaPrep.map((c) => ownerOf(ctx, tree, c)).find((a) => a) : undefined);
      else if (receiver !== undefined) object = keepTypes(ctx, argOf(ctx, tree, receiver), ACTOR_TYPES);
      else if (!e.prepOnly) {
        // ("agreed to acquire Oslo-based Fjord Marine": a name after the verb the parse made a caseless oblique is its object)
        // ("rejected the Socialist Party's demand": or a second subject after the verb, the first before it)
        // ("warned Israel that ...", "asked the court to suspend the sale": with no direct object, the one addressed,
        // which the parse may make an indirect object, is the object)
        let obj: number | undefined = tree.exactly(i, 'obj')[0]
          ?? tree.exactly(i, 'iobj')[0]
          ?? namesAsObliques(tree, i)[0]
          ?? (tree.exactly(i, 'nsubj').some((c) => c < i) ? tree.exactly(i, 'nsubj').find((c) => c > i) : postVerbalSubject(tree, i));
        // ("calling it politicised": where the entry says so, a personal pronoun object is the thing named before)
        if (obj !== undefined && e.thingPronoun && tree.upos(obj) === 'PRON' && !RELATIVES.has(tree.lower[obj]!)) return false;
        // "Kosovo, which Serbia does not recognise": a relative pronoun object stands for the antecedent.
        if (obj !== undefined && tree.rel(i) === 'acl:relcl' && RELATIVES.has(tree.lower[obj]!)) {
          object = argOf(ctx, tree, tree.head(i));
          if (object) object = { ...object, via: 'relative' };
          obj = undefined;
        } else if (obj !== undefined && obj !== complement && !(e.nameObject && isThingNoun(ctx, tree, obj))) {
          // ("urged the government and the UTO to respect": the parse may hang the second object on the verb, as a
          // conjunct or a caseless oblique that keeps its "and")
          const o = obj;
          // (its "and" right after the object's phrase: "urged X and Y to show restraint, and the OAS said" is another clause)
          const after = phraseEnd(tree, o) + 1;
          const stray = tree.children(i, 'conj', 'obl').filter((c) => c > o && (tree.rel(c) === 'conj' || !tree.caseOf(c))
            && (tree.upos(c) === 'NOUN' || tree.upos(c) === 'PROPN') && tree.children(c, 'cc').includes(after) && !tree.exactly(c, 'nsubj').length);
          // ("would meet all political forces, including X", "required manufacturers such as Samsung to install": a
          // phrase of "including" or "such as" after the object names members of it, hung on the object or on the verb)
          const members = [...withCase(tree, o, ['including', 'such'], ['nmod']), ...withCase(tree, i, ['including', 'such'], ['obl']).filter((c) => c > o)];
          object = argsOf(ctx, tree, [obj, ...stray, ...members, ...strayConjunctNames(tree, o)]);
        }
        if (!object && obj !== undefined && e.tradeObject) object = tradePartner(ctx, tree, obj);
        if (!object && obj !== undefined && e.placeObject) object = nameModifierOf(ctx, tree, obj) ?? placeOfThing(ctx, tree, obj);
        if (!object && obj !== undefined && e.ownerObject) object = ownerOf(ctx, tree, obj);
        // "demanded that the RSF allow access": the that-clause's subject.
        if (!object && e.thatObject) {
          const clause = tree.exactly(i, 'ccomp')[0];
          const cs = clause === undefined ? undefined : tree.exactly(clause, 'nsubj')[0];
          if (cs !== undefined) object = argOf(ctx, tree, cs);
        }
        // "Kosovo, which Serbia does not recognise": the antecedent of an object relative.
        if (!object && obj === undefined && tree.rel(i) === 'acl:relcl' && tree.exactly(i, 'nsubj').some((s) => !RELATIVES.has(tree.lower[s]!))) {
          object = argOf(ctx, tree, tree.head(i));
          if (object) object = { ...object, via: 'relative' };
        }
      }
    }
  }
  // "China brokered a deal between A and B", "a deal brokered by China", "the Kenyan-brokered deal between A and B",
  // "hosted talks between A and B": a go-between's or a host's act named on what it made or held between the parties
  if (e.objectPreps?.includes('between') && (!subject || !object)) {
    const made = madeBetween(ctx, tree, i);
    // (a participle's own "by" agent is the go-between, whatever subject the clause it hangs on lent it)
    if (made.agent && made.parties) subject = made.agent;
    subject ??= made.agent;
    object ??= made.parties;
  }
  // "Qatar and Egypt have mediated between A and B alongside the United States": an actor the verb names "alongside"
  // did the act with its subject (only beside an object: "Burundi's soldiers fought alongside the Congolese army" is
  // no fight between the two)
  if (subject && object && !passive) {
    // (the parse often hangs the phrase on the noun before it: "sanctions on Iran alongside the EU", "for two years
    // alongside the United States")
    const words = [...withCase(tree, i, ['alongside'], ['obl']), ...tree.children(i, 'obl', 'obj').flatMap((c) => withCase(tree, c, ['alongside'], ['nmod']))];
    const partners = keepTypes(ctx, argsOf(ctx, tree, words), ACTOR_TYPES);
    const ids = partners?.ids.filter((id) => !subject!.ids.includes(id) && !(object?.ids ?? []).includes(id)) ?? [];
    if (ids.length) subject = { ...subject, ids: [...subject.ids, ...ids], from: [...new Set([...subject.from, ...partners!.from])] };
  }
  if (e.objectMentions && !(complement !== undefined ? [complement] : tree.exactly(i, 'obj')).some((o) => subtreeHas(tree, o, e.objectMentions!))) return false;
  // "The United States condemned the attack": the act named refers back to an event read earlier; its doer is the target
  if (!object && e.actObject && subject) {
    const actWord = e.prepOnly ? withCase(tree, i, e.objectPreps ?? [])[0] : tree.exactly(i, 'obj')[0];
    if (actWord !== undefined) object = actDoer(ctx, tree, actWord, subject);
  }
  // "agreed to sell the newspaper to RedBird": the buyer acquires the organisation sold
  if (e.thingAcquired && !passive && object) {
    const thing = tree.exactly(i, 'obj')[0];
    const sold = thing === undefined ? undefined : argOf(ctx, tree, thing);
    const orgs = sold?.ids.filter((id) => ctx.entities.get(id)?.type === 'organization') ?? [];
    if (sold && orgs.length) {
      finish(ctx, tree, i, { ...e, id: `${e.id}-acquired`, predicate: 'acquired', symmetric: false }, object, { ...sold, ids: orgs }, modality, BASE.verb, `grammar-${shape}`, emit, attributionAt);
    }
  }
  // ("attacked Labour's plans": force used on a decision or on words is criticism)
  const objectWord = tree.exactly(i, 'obj')[0];
  // ("Ukraine, which has been fighting Russia's invasion", "resisting the Russian offensive": the owner of the assault
  // fought against attacks the subject, not the other way round)
  if (e.symmetric && e.cameo?.startsWith('19') && !passive && subject && objectWord !== undefined && isAssaultNoun(tree.lower[objectWord]!)) {
    const attacker = keepTypes(ctx, ownerOf(ctx, tree, objectWord) ?? nameModifierOf(ctx, tree, objectWord), ACTOR_TYPES);
    if (!attacker) return false;
    return finish(ctx, tree, i, { ...e, predicate: 'attacked', cameo: '190', symmetric: false }, attacker, subject, modality, BASE.verb, `grammar-${shape}`, emit, attributionAt);
  }
  const verbal = e.cameo?.startsWith('19') && objectWord !== undefined && tree.entityUnit(objectWord) < 0 && isVerbalTargetNoun(tree.lower[objectWord]!);
  return finish(ctx, tree, i, verbal ? { ...e, predicate: 'criticized', cameo: '111' } : e, subject, object, modality, passive ? BASE.passive : BASE.verb, `grammar-${shape}`, emit, attributionAt);
}

/**
 * "the Egyptian-brokered truce", "the Iran-backed group": a name written onto a participle as one word says who did
 * what the participle says (brokered, backed), not who does what the noun says.
 */
const isNamedParticiple = (tree: Tree, m: number) => /-[a-z]+ed$/.test(tree.lower[m]!);

/** Relations of a participle on the noun it modifies ("a deal brokered by X", "the X-brokered deal"). */
const PARTICIPLE_RELS = new Set(['acl', 'amod']);

/**
 * The go-between and the parties of a verb of mediating (or hosting) said of the thing it made (or held): the parties in the thing's
 * "between" phrase ("brokered a deal between A and B", "the Kenyan-brokered deal between A and B"); or, where the
 * thing is a phrase of a clause ("A and B restored ties in a deal brokered by China"), that clause's subject with its
 * "with" partner, two at least. The go-between of a participle is its agent ("by China") or the name written onto it
 * ("Kenyan-brokered").
 */
function madeBetween(ctx: Ctx, tree: Tree, i: number): { agent?: Arg; parties?: Arg } {
  const participle = PARTICIPLE_RELS.has(tree.rel(i)) && NOMINAL_TAGS.has(tree.upos(tree.head(i)));
  // ("agreed at talks between A and B, mediated by X and Y": a participle after a comma the parse coordinated with the
  // clause's verb, no subject or auxiliary of its own, tells of the "between" phrase the comma closes)
  if (!participle && tree.rel(i) === 'conj' && /ed$/.test(tree.lower[i]!) && tree.lower[i - 1] === ',' && !tree.children(i, 'nsubj', 'aux', 'expl').length) {
    const by = tree.children(i, 'obl:agent')[0];
    const closed = by === undefined ? undefined : betweenBeforeComma(tree, i - 1);
    // (the go-betweens read as a list of described names: "by the U.N. envoy, X, and the ICRC")
    const k = closed === undefined ? -1 : tree.unit(i + 1);
    const agent = k >= 0 && ctx.units[k]?.lower === 'by' ? namedAgents(ctx, k + 1) : argOf(ctx, tree, by!);
    if (closed !== undefined) return { agent: keepTypes(ctx, agent, ACTOR_TYPES), parties: conjoinedArgs(ctx, tree, [closed]) };
  }
  // ("A and B agreed to a truce ..., in a deal brokered by X": the parse may make the participle the head of its noun,
  // the noun right before it an obl of it, and hang the participle on the clause's verb; the parties are then that
  // verb's subject, two at least)
  if (!participle && /ed$/.test(tree.lower[i]!) && tree.children(i, 'obl:agent').length && !tree.children(i, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length) {
    const noun = tree.exactly(i, 'obl').find((c) => c === i - 1 && tree.upos(c) === 'NOUN' && !TIME_CASES.has(tree.caseOf(c) ?? ''));
    const v = tree.head(i);
    if (noun !== undefined && v >= 0 && tree.upos(v) === 'VERB' && !withCase(tree, noun, ['between'], ['nmod']).length) {
      const by = tree.children(i, 'obl:agent')[0]!;
      const s = keepTypes(ctx, subjectOf(ctx, tree, v).arg, ACTOR_TYPES);
      if (s && s.ids.length >= 2) return { agent: keepTypes(ctx, argOf(ctx, tree, by), ACTOR_TYPES), parties: s };
    }
  }
  // ("a deal between A and B was brokered by X": the passive's patient)
  const thing = participle ? tree.head(i) : tree.exactly(i, 'obj')[0] ?? tree.children(i, 'nsubj:pass')[0];
  if (thing === undefined) return {};
  let agent: Arg | undefined;
  if (participle) {
    const by = tree.children(i, 'obl:agent')[0] ?? withCase(tree, i, ['by'], ['obl'])[0];
    agent = keepTypes(ctx, argOf(ctx, tree, by ?? -1), ACTOR_TYPES);
    // ("Kenyan-brokered": the name written onto the participle, one word with it, which no phrase reads as an actor)
    // (the parse may split the word at its hyphen, or keep it whole)
    const split = tree.children(i).find((c) => c < i && !tree.caseOf(c) && /^(?:PROPN|ADJ)$/.test(tree.upos(c)) && tree.lower[c + 1] === '-' && c + 2 === i);
    const whole = tree.words[i]!.text;
    const written = split !== undefined ? tree.words[split]!.text : whole.includes('-') ? whole.slice(0, whole.lastIndexOf('-')) : undefined;
    const id = !agent && written ? ctx.nameToEntity(written) : undefined;
    const type = id === undefined ? undefined : ctx.entities.get(id)?.type;
    if (id && type && ACTOR_TYPES.has(type)) agent = { ids: [id], via: 'modifier', from: [] };
  }
  const between = withCase(tree, thing, ['between'], ['nmod']);
  const restated = between.length ? undefined : restatedBetween(tree, thing, i);
  if (restated !== undefined) between.push(restated);
  let parties = between.length ? conjoinedArgs(ctx, tree, between) : undefined;
  // ("a deal brokered by China under which A and B agreed to ...": the parties are the subject of a relative clause on
  // the thing made, two of them at least)
  if (!parties && participle) {
    for (const rc of tree.children(thing, 'acl:relcl').filter((c) => c > i)) {
      const own = tree.exactly(rc, 'nsubj').filter((x) => !isRelativePronoun(tree, x));
      const s = own.length ? subjectOf(ctx, tree, rc).arg : undefined;
      const ids = keepTypes(ctx, s, ACTOR_TYPES)?.ids ?? [];
      if (ids.length >= 2) { parties = { ...s!, ids }; break; }
    }
  }
  if (!parties && participle) {
    // up through the phrases the thing is part of ("ties in a deal") to the clause's verb
    // (not a phrase of time: "signed the accord after months of talks hosted by Brazil" names the talks' parties nowhere)
    let x = thing;
    let timed = TIME_CASES.has(tree.caseOf(x) ?? '');
    for (let guard = 0; guard < 3 && /^(?:nmod|obl|obj)$/.test(tree.rel(x)) && tree.upos(tree.head(x)) !== 'VERB'; guard++) {
      x = tree.head(x);
      timed ||= TIME_CASES.has(tree.caseOf(x) ?? '');
    }
    const v = tree.head(x);
    if (!timed && v >= 0 && tree.upos(v) === 'VERB' && /^(?:nmod|obl|obj)$/.test(tree.rel(x))) {
      const partners = [...withCase(tree, v, ['with'], ['obl']), ...tree.exactly(v, 'obj').flatMap((o) => withCase(tree, o, ['with'], ['nmod']))];
      const all = [subjectOf(ctx, tree, v).arg, partners.length ? argsOf(ctx, tree, partners) : undefined].filter((a): a is Arg => !!a);
      const ids = [...new Set(all.flatMap((a) => a.ids))];
      if (ids.length >= 2) parties = { ...all[0]!, ids, from: [...new Set(all.flatMap((a) => a.from))] };
    }
  }
  return { agent, parties };
}

/**
 * The "between" phrase a thing set in apposition restates, the one ending right before the comma that opens it:
 * "the fighting between A and B, a truce brokered by X". Only the phrase the comma closes: a "between" phrase
 * further back names the parties of something else.
 */
function restatedBetween(tree: Tree, thing: number, i: number): number | undefined {
  // (the parse may hang "a truce brokered by X" on the sentence as a clause of its own, a passive with no "be" whose
  // subject is the noun, or leave the noun hanging on the full stop; an indefinite noun, a new name for the thing)
  const h = tree.head(thing);
  const clause = h === i && !tree.children(i, 'aux').length && /^(?:parataxis|conj)$/.test(tree.rel(i));
  const stray = h >= 0 && tree.upos(h) === 'PUNCT';
  const indefinite = tree.children(thing, 'det').some((d) => tree.lower[d] === 'a' || tree.lower[d] === 'an');
  const appositive = tree.rel(thing) === 'appos' || ((clause || stray) && indefinite);
  if (!appositive || tree.upos(thing) !== 'NOUN') return undefined;
  let first = thing;
  for (let more = true; more;) {
    const before = tree.children(first).filter((c) => c < first && tree.rel(c) !== 'punct');
    more = before.length > 0;
    if (more) first = Math.min(...before);
  }
  if (tree.lower[first - 1] !== ',' || first < 2) return undefined;
  return betweenBeforeComma(tree, first - 1);
}

/** The "between" phrase ending right before the comma at word `comma`: up through the conjuncts and name parts that end there. */
function betweenBeforeComma(tree: Tree, comma: number): number | undefined {
  let w = comma - 1;
  for (let guard = 0; guard < 4 && w >= 0; guard++) {
    if (tree.caseOf(w) === 'between') return w;
    if (tree.rel(w) !== 'conj' && tree.rel(w) !== 'flat') return undefined;
    w = tree.head(w);
  }
  return undefined;
}

/** "condemned the attack" read off the parse: a determiner, no "of"/possessor naming the act's own parties. */
function actDoer(ctx: Ctx, tree: Tree, w: number, subject: Arg): Arg | undefined {
  if (!isActNoun(tree.lower[w]!) || tree.children(w).some((c) => tree.rel(c) === 'nmod' || tree.rel(c) === 'nmod:poss')) return undefined;
  if (!tree.children(w, 'det').some((d) => /^(?:the|this|that|these|those)$/.test(tree.lower[d]!))) return undefined;
  return doerOfAct(ctx, tree.lower[w]!, subject.ids);
}

/** "received European Union approval": the object is a thing a name modifies, not the named actor. */
function isThingNoun(ctx: Ctx, tree: Tree, w: number): boolean {
  const k = tree.entityUnit(w);
  if (k >= 0) {
    // the parse may split "European Union approval" into two objects: the name's next word tells
    const next = ctx.units[k + 1];
    return !!next && !next.entity && /^[a-z]/.test(next.text) && isContent(next) && !isActorNoun(next.lower) && tree.upos(w + 1) === 'NOUN';
  }
  if (tree.upos(w) === 'PROPN' || tree.upos(w) === 'PRON') return false;
  // ("fined Google and ordered the company to stop": a word for a kind of organisation stands for the body it describes;
  // not one a name is written on, "ordered the Alphabet unit to stop", whose name is another body's)
  const described = isOrganizationDescriptor(tree.lower[w]!) && !tree.children(w, 'compound', 'nmod:poss').some((c) => tree.entityUnit(c) >= 0);
  return !isActorNoun(tree.lower[w]!) && !described;
}

/**
 * Case words of a phrase placing a clause after, during or within a mutual event ("after a meeting with", "during
 * talks with", "will build it in partnership with X", "is in talks with Y"; not "before"/"ahead of": still to come).
 */
const EVENT_TIME_CASES = new Set(['after', 'during', 'following', 'in', 'for']);
/** Case words of a phrase a journey is made in ("on a visit to", "during a trip to"); "from" only after a verb of returning. */
const JOURNEY_CASES = new Set(['on', 'during']);
const RETURN_VERBS = /^(?:return|returns|returned|returning|back|came|come|comes|coming|arrived|arrives|arriving)$/;

/**
 * The body a step towards joining is named for (lexicon `joinObject`): "halted its bid to join the EU", "would suspend
 * talks on joining the EU", "froze its application for membership of NATO": the object of "join" or the "of"/"to"
 * phrase of "membership"/"accession" under the complement, or in an infinitive the parse hung on the verb itself.
 */
function joinedBody(ctx: Ctx, tree: Tree, v: number, complement: number): Arg | undefined {
  // ("halted the bid by Ukraine to join", "froze Turkey's application": a bid another actor named owns is blocked, not given up)
  const owner = [...tree.children(complement, 'nmod:poss'), ...withCase(tree, complement, ['by', 'from'], ['nmod'])];
  if (owner.some((o) => tree.entityUnit(o) >= 0)) return undefined;
  for (const c of [...tree.children(complement), ...tree.children(v, 'advcl', 'xcomp').filter((x) => x > complement)]) {
    const w = tree.lower[c]!;
    const body = /^join(?:s|ed|ing)?$/.test(w) ? tree.exactly(c, 'obj')[0]
      : /^(?:membership|accession)$/.test(w) ? withCase(tree, c, ['of', 'to', 'in'], ['nmod'])[0] : undefined;
    const arg = body === undefined ? undefined : keepTypes(ctx, argOf(ctx, tree, body), ORGANIZATION_TYPES);
    if (arg) return arg;
  }
  return undefined;
}

/** Nouns measuring out an event noun after "of": "a round of talks", "a series of meetings", "a wave of strikes". */
const EVENT_MEASURE_NOUNS = new Set(['round', 'rounds', 'series', 'session', 'sessions', 'wave', 'waves', 'spate', 'dozens', 'hundreds', 'scores', 'number', 'couple']);

/**
 * Verbs whose subject receives the act their object noun names: "had the backing of X", "won the support of X",
 * "received a visit from X", "faced pressure from X", "faces criticism from X" (X acts on the subject, the light verb's reading
 * turned round).
 */
const RECEIVING_VERBS = new Set(['have', 'has', 'had', 'having', 'win', 'wins', 'won', 'winning', 'receive', 'receives', 'received', 'receiving',
  'get', 'gets', 'got', 'getting', 'secure', 'secures', 'secured', 'securing', 'gain', 'gains', 'gained', 'gaining', 'enjoy', 'enjoys', 'enjoyed', 'enjoying',
  'obtain', 'obtains', 'obtained', 'obtaining', 'face', 'faces', 'faced', 'facing']);

/** "Ethiopia has the support of Kenya", "won Kenya's backing", "received a visit from Rice": the giver acts on the subject. */
function readReceivedNoun(ctx: Ctx, tree: Tree, i: number, e: EventTrigger, emit: Emit, attributionAt: (unit: number) => string | undefined): boolean {
  const h = tree.head(i);
  const giver = tree.children(i, 'nmod:poss')[0] ?? withCase(tree, i, ['of', 'from'], ['nmod'])[0] ?? withCase(tree, h, ['from'], ['obl'])[0];
  if (giver === undefined) return false;
  const actor = argOf(ctx, tree, giver);
  const s = subjectOf(ctx, tree, h);
  const m = modalityOf(tree, h);
  const own = modalityOf(tree, i);
  const modality = combined(own, m, s.modality);
  return finish(ctx, tree, i, e, actor, s.arg, modality, BASE.noun, 'grammar-received', emit, attributionAt);
}

/**
 * "Russia's expulsion of British diplomats", "the US withdrawal of troops from Syria", "the EU's suspension of aid to
 * Niger", "ordered the recall of its ambassador from X": the noun of a complement entry's act with the complement in
 * its "of" phrase; the actor as for any event noun, the object as the verb's frame reads it (in the complement:
 * "British diplomats"; or after the entry's case words, on the noun or on the complement).
 */
function readComplementNoun(ctx: Ctx, tree: Tree, i: number, e: EventTrigger, emit: Emit, attributionAt: (unit: number) => string | undefined): boolean {
  const complement = withCase(tree, i, ['of'], ['nmod']).find((c) => e.complement!.includes(tree.lower[c]!));
  if (complement === undefined) return false;
  let modality = modalityOf(tree, i);
  let subject: Arg | undefined;
  const poss = tree.children(i, 'nmod:poss')[0];
  if (poss !== undefined) subject = argOf(ctx, tree, poss);
  for (const m of subject ? [] : tree.children(i, 'amod', 'compound')) {
    if (tree.entityUnit(m) >= 0 && !isNamedParticiple(tree, m)) { subject = argOf(ctx, tree, m); if (subject) { subject = { ...subject, via: 'modifier' }; break; } }
  }
  if (!subject) {
    // ("the lifting of sanctions on Iran by the UN": the parse may hang the agent on the complement)
    const by = withCase(tree, i, ['by'], ['nmod', 'obl', 'nmod:agent', 'obl:agent'])[0] ?? withCase(tree, complement, ['by'], ['nmod'])[0];
    if (by !== undefined) subject = argOf(ctx, tree, by);
  }
  const h = tree.head(i);
  const light = h >= 0 && tree.rel(i) === 'obj' && isLightVerb(tree.lower[h]!) ? h : -1;
  let shape = 'nominal';
  if (!subject && light >= 0) {
    const s = subjectOf(ctx, tree, light);
    subject = s.arg;
    const m = modalityOf(tree, light);
    modality = combined(modality, m, s.modality);
    shape = 'light-verb';
  }
  let object: Arg | undefined;
  if (e.objectInComplement) object = nameModifierOf(ctx, tree, complement) ?? argOf(ctx, tree, complement);
  else {
    const preps = e.objectPreps ?? [];
    const at = [...withCase(tree, i, preps, ['nmod']), ...withCase(tree, complement, preps, ['nmod']), ...(light >= 0 ? withCase(tree, light, preps, ['obl']) : [])];
    if (at.length) object = argsOf(ctx, tree, at);
  }
  return finish(ctx, tree, i, e, subject, object, modality, BASE.noun, `grammar-${shape}`, emit, attributionAt);
}

/** Light verbs that hand the act to someone ("gave its backing to X"). */
const GIVING_VERBS = /^(?:give|gives|gave|given|giving|offer|offers|offered|offering|lend|lends|lent|lending|extend|extends|extended|extending|pledge|pledges|pledged|pledging)$/;

function readNoun(ctx: Ctx, tree: Tree, i: number, e: EventTrigger, emit: Emit, attributionAt: (unit: number) => string | undefined): boolean {
  // (a mutual event had is had by both: "had talks with X" stays the light verb's)
  if (!e.symmetric && tree.rel(i) === 'obj' && RECEIVING_VERBS.has(tree.lower[tree.head(i)] ?? '')) return readReceivedNoun(ctx, tree, i, e, emit, attributionAt);
  let subject: Arg | undefined;
  let modality = modalityOf(tree, i);
  // "merger talks", "a takeover bid": the event noun modifies a plan for it
  if (tree.rel(i) === 'compound' && PLANNING_NOUNS.test(tree.lower[tree.head(i)] ?? '')) modality = { ...modality, hypothetical: true };
  // ("amid fears of a direct attack on X": a feared act has not happened)
  if (isFearedEvent(ctx.units, tree.unit(i))) modality = { ...modality, hypothetical: true };
  let shape = 'nominal';
  // "Russia's annexation", "the US ban", "a Russian demand", "the recognition of X by Syria"
  const poss = tree.children(i, 'nmod:poss')[0];
  if (poss !== undefined) subject = argOf(ctx, tree, poss);
  if (!subject) {
    for (const m of tree.children(i, 'amod', 'compound', 'nmod:npmod')) {
      if (tree.entityUnit(m) >= 0 && !isNamedParticiple(tree, m)) { subject = argOf(ctx, tree, m); if (subject) { subject = { ...subject, via: 'modifier' }; break; } }
    }
  }
  if (!subject) {
    const by = withCase(tree, i, ['by'], ['nmod', 'obl', 'nmod:agent', 'obl:agent'])[0];
    if (by !== undefined) subject = argOf(ctx, tree, by);
  }
  // "held talks with X", "imposed sanctions on Iran": the light verb's subject acts, its obl may hold the object.
  // ("started a new round of peace talks": the light verb's object is the round, the event noun its "of")
  // ("held dozens of rounds of talks with X": up through two such nouns)
  let round = i;
  for (let up = 0; up < 2 && tree.rel(round) === 'nmod' && tree.caseOf(round) === 'of' && EVENT_MEASURE_NOUNS.has(tree.lower[tree.head(round)] ?? ''); up++) round = tree.head(round);
  const h = tree.head(round);
  // ("put a surtax on Chinese steel", "quadrupled tariffs on Chinese cars", "tightened sanctions on Iran": a verb that puts a restriction on or scales it up imposes it)
  const scaled = h >= 0 && tree.rel(round) === 'obj' && !!e.tradeObject && isRestrictingVerb(tree.lower[h]!);
  const light = h >= 0 && tree.rel(round) === 'obj' && (isLightVerb(tree.lower[h]!) || scaled) ? h : -1;
  // ("Moscow, which holds a veto on the council": a power held is no act)
  if (light >= 0 && round === i && HELD_POWERS.has(tree.lower[i]!) && /^(?:hold|holds|held|holding)$/.test(tree.lower[light]!)) return false;
  if (!subject && light >= 0) {
    const s = subjectOf(ctx, tree, light);
    subject = s.arg;
    const m = modalityOf(tree, light);
    modality = combined(modality, m, s.modality);
    shape = 'light-verb';
  }
  // "Intel abandoned its planned purchase of Tower", "Russia stepped up its attacks on Kharkiv": a possessive pronoun on
  // an event noun its clause's verb takes as object is that clause's subject, when it fits ("its" no person, "his" or
  // "her" one person); a verb of abandoning says the act did not happen. Not a mutual tie ("would review its
  // cooperation with X", "ready to deepen its partnership with X" speak of a tie, no act)
  if (!subject && !e.symmetric && poss !== undefined && tree.rel(i) === 'obj' && tree.upos(tree.head(i)) === 'VERB') {
    const v = tree.head(i);
    const s = subjectOf(ctx, tree, v);
    const people = s.arg?.ids.filter((id) => ctx.entities.get(id)?.type === 'person').length ?? 0;
    const fits = !s.arg ? false : tree.lower[poss] === 'its' ? people === 0 : /^(?:his|her)$/.test(tree.lower[poss]!) ? people === 1 && s.arg.ids.length === 1 : tree.lower[poss] === 'their';
    if (fits) {
      subject = s.arg;
      // ("called off": a particle makes the verb one of abandoning)
      const abandoned = isAbandoningVerb(tree.lower[v]!) || (/^call/.test(tree.lower[v]!) && tree.children(v, 'compound:prt').some((c) => tree.lower[c] === 'off'));
      modality = combined(modality, modalityOf(tree, v), s.modality, { negated: abandoned, hypothetical: false });
      shape = 'own-act';
    }
  }
  // "Brazil was also in talks with Canada's C6 Launch Systems", "Henry was on a trip to Kenya": the subject of a copular
  // event noun (a journey only when the subject is on it)
  const journey = e.id === 'visit';
  if (!subject && (e.symmetric || (journey && tree.caseOf(i) === 'on')) && tree.children(i, 'cop').length) {
    const own = tree.exactly(i, 'nsubj')[0];
    if (own !== undefined) { subject = argOf(ctx, tree, own); shape = 'copular'; }
  }
  // "Chernomyrdin said after a meeting with Lebed", "flew home after talks with X": a mutual event in a time
  // phrase of a clause was had by the clause's subject
  // (not what a verb of asking asks for: "X and Y called for an immediate ceasefire" agreed none between them);
  // "returned from a state visit to China", "said during a visit to India": so was a journey the clause is on, back
  // from or during
  const phraseCase = tree.caseOf(i) ?? '';
  const clausePhrase = h >= 0 && tree.rel(i) === 'obl' && (
    (e.symmetric && EVENT_TIME_CASES.has(phraseCase) && !(phraseCase === 'for' && isRequestVerb(tree.lower[h]!)))
    || (journey && (JOURNEY_CASES.has(phraseCase) || (phraseCase === 'from' && RETURN_VERBS.test(tree.lower[h]!)))));
  // ("pleaded guilty as part of a settlement with X": a mutual event the clause is "part of" is its subject's too)
  if (!subject && e.symmetric && h >= 0 && tree.rel(i) === 'nmod' && tree.caseOf(i) === 'of' && tree.lower[h] === 'part' && tree.caseOf(h) === 'as' && tree.rel(h) === 'obl') {
    const s = subjectOf(ctx, tree, tree.head(h));
    subject = s.arg;
    modality = combined(modality, modalityOf(tree, tree.head(h)), s.modality);
    shape = 'time-phrase';
  }
  if (!subject && clausePhrase) {
    const s = subjectOf(ctx, tree, h);
    subject = s.arg;
    // ("will travel to Kyiv for talks with X": the clause's mood is the talks' mood)
    modality = combined(modality, modalityOf(tree, h), s.modality);
    shape = 'time-phrase';
  }
  let object: Arg | undefined;
  const preps = [...(e.nounPreps ?? []), ...(e.symmetric ? ['between'] : [])];
  const objs = withCase(tree, i, preps, ['nmod']);
  const between = objs.find((o) => tree.caseOf(o) === 'between');
  let parties: string[] | undefined;
  if (between !== undefined) {
    const all = conjoinedArgs(ctx, tree, [between]);
    if (all && all.ids.length >= 2 && !subject) parties = all.ids;
    object = all;
    if (parties) { subject = { ...all!, ids: [parties[0]!] }; object = { ...all!, ids: parties.slice(1) }; }
  } else if (objs.length) {
    // ("imposed sanctions on eight officials and the drone maker X": the parse may hang the name after the object
    // phrase on the event noun as its conjunct, caseless)
    const stray = tree.children(i, 'conj').filter((c) => tree.entityUnit(c) >= 0 && !tree.caseOf(c) && objs.some((o) => o < c));
    object = conjoinedArgs(ctx, tree, objs);
    for (const c of stray) {
      const a = argOf(ctx, tree, c, true);
      if (a) object = object ? { ...object, ids: [...new Set([...object.ids, ...a.ids])], from: [...new Set([...object.from, ...a.from])] } : a;
    }
  }
  const lightObjs = light >= 0 ? withCase(tree, light, preps, ['obl']) : [];
  if (!object && light >= 0) {
    // ("imposed sanctions on Wednesday on eight Iranian officials": the first "on" phrase naming an actor)
    for (const o of lightObjs) {
      object = argOf(ctx, tree, o);
      if (object) break;
    }
  }
  // "gave its backing to X", "offered support to X", "lent its support to X": a giving light verb's "to" is the receiver
  if (!object && light >= 0 && !e.symmetric && GIVING_VERBS.test(tree.lower[light]!)) {
    for (const o of [...withCase(tree, i, ['to'], ['nmod']), ...withCase(tree, light, ['to'], ['obl'])]) {
      object = argOf(ctx, tree, o);
      if (object) break;
    }
  }
  // The verb's frame holds for its noun. "an attack on Pakistan's positions", "a strike on Iran's nuclear sites": a
  // place's owner, where the entry takes places, as "attacked Pakistan's positions" does
  if (!object && e.placeObject && !between) {
    for (const o of [...objs, ...lightObjs]) {
      object = nameModifierOf(ctx, tree, o) ?? placeOfThing(ctx, tree, o);
      if (object) break;
    }
  }
  if (!object && e.ownerObject && !between) {
    for (const o of [...objs, ...lightObjs]) {
      object = ownerOf(ctx, tree, o);
      if (object) break;
    }
  }
  if (!object && e.tradeObject) {
    const on = withCase(tree, i, ['on', 'against'], ['nmod'])[0] ?? (light >= 0 ? withCase(tree, light, ['on', 'against'], ['obl'])[0] : undefined);
    const tariff = isTariffNoun(tree.lower[i]!);
    object = on !== undefined ? tradePartner(ctx, tree, on, tariff) : undefined;
    // ("tariffs on shoes made in Vietnam": the parse may hang the goods' participle on the tariff)
    if (!object && on !== undefined && tariff) object = tree.children(i, 'acl').filter((c) => c > on && MADE_PARTICIPLES.test(tree.lower[c]!)).map((c) => tradePartner(ctx, tree, c, true)).find((a) => a);
  }
  // "despite French objections": what is objected to is the clause the phrase modifies.
  if (!object && isObjectionNoun(tree.lower[i]!) && h >= 0 && isConcessivePrep(tree.caseOf(i) ?? '')) {
    object = subjectOf(ctx, tree, h).arg;
    shape = 'objection';
  }
  // ("called on the EU and the United States to join the negotiations": who joins talks takes part in them with
  // their parties, not with each other; without a "with" nobody else is named)
  if (light >= 0 && !object && e.symmetric && /^join/.test(tree.lower[light]!)) return false;
  return finish(ctx, tree, i, e, subject, object, modality, BASE.noun, `grammar-${shape}`, emit, attributionAt, parties);
}

/**
 * Entities the subject phrase of the verb at i is named by: its head and the possessors and name words before it
 * ("China's National Development and Reform Commission"), not what its prepositional phrases name ("the envoy for
 * Tajikistan urged the government": the government may well be Tajikistan's).
 */
function namedInSubject(ctx: Ctx, tree: Tree, i: number): string[] {
  const ids: string[] = [];
  const stack = tree.children(i, 'nsubj', 'nsubj:pass');
  while (stack.length) {
    const x = stack.pop()!;
    const id = ctx.units[tree.unit(x)]?.entity;
    if (id) ids.push(id);
    stack.push(...tree.children(x, 'nmod:poss', 'compound', 'flat', 'amod'));
  }
  return ids;
}

function subtreeHas(tree: Tree, w: number, words: readonly string[]): boolean {
  const stack = [w];
  while (stack.length) {
    const x = stack.pop()!;
    if (words.includes(tree.lower[x]!)) return true;
    stack.push(...tree.children(x));
  }
  return false;
}

/** A relative clause set off by a comma ("Ruby, who killed Oswald, ..."): its verb, a comma before its relative word. */
function asideRelative(ctx: Ctx, tree: Tree, i: number): boolean {
  if (tree.rel(i) !== 'acl:relcl') return false;
  const rel = tree.children(i).find((c) => c < i && RELATIVES.has(tree.lower[c]!));
  const k = rel === undefined ? -1 : tree.unit(rel);
  return k > 0 && isComma(ctx.units[k - 1]);
}

/**
 * Whether a clause the verb at i controls names an actor outside `ids` as its object or after "with"/"against", on
 * its verb or on that verb's object ("agreed to restore ties with Qatar"; not one named deeper: "to defer the
 * decision on whether Chechnya should be independent").
 */
function actTowardsOther(ctx: Ctx, tree: Tree, i: number, ids: readonly string[]): boolean {
  const other = (k: number) => {
    const u = tree.entityUnit(k);
    const id = u >= 0 ? ctx.units[u]?.entity : undefined;
    return !!id && !ids.includes(id);
  };
  const towards = (h: number) => tree.exactly(h, 'obj').some(other) || withCase(tree, h, ['with', 'against']).some(other);
  return tree.exactly(i, 'xcomp').some((x) => towards(x) || tree.exactly(x, 'obj').some(towards));
}

function finish(
  ctx: Ctx, tree: Tree, i: number, e: EventTrigger, subjectIn: Arg | undefined, objectIn: Arg | undefined, modality: Modality,
  base: number, shape: string, emit: Emit, attributionAt: (unit: number) => string | undefined, parties?: string[],
): boolean {
  let subject = keepTypes(ctx, subjectIn, e.stateSubject ? STATE_OBJECT : ACTOR_TYPES);
  let object = keepTypes(ctx, objectIn, e.personObject ? PERSON_TYPES : e.bodyObject ? ORGANIZATION_TYPES : e.placeObject ? PLACE_OBJECT : e.stateObject ? STATE_OBJECT : ACTOR_TYPES);
  if (!subject) return false;
  if (object && !parties) object = withCoordinatedPersons(ctx, tree.unit(i), object, asideRelative(ctx, tree, i));
  // ("Russian security chief Alexander Lebed and Chechen rebel chief of staff Aslan Maskhadov signed": a mutual event
  // whose parse lost the second subject)
  if (!object && e.symmetric && subject.ids.length === 1) subject = withCoordinatedPersonBefore(ctx, withCoordinatedPersons(ctx, -1, subject));
  // "Egypt and Qatar, which mediated between the two sides": an anaphoric object is never the clause's own subject.
  // ("China's National Development and Reform Commission fined it": nor a name the subject's phrase is named by)
  if (object && (object.via === 'anaphor' || object.via === 'pronoun')) {
    const own = { ...subject, ids: [...new Set([...subject.ids, ...namedInSubject(ctx, tree, i)])] };
    if (object.ids.some((id) => own.ids.includes(id))) object = otherOrganization(ctx, object, own);
  }
  // ("Saudi Arabia, the UAE and Egypt agreed to restore ties with Qatar": subjects agreeing on an act towards another
  // actor are one side of it, not parties to an accord with each other)
  if (!object && e.symmetric && subject.ids.length >= 2 && actTowardsOther(ctx, tree, i, subject.ids)) return true;
  // "Ukrainian and Russian officials met": a mutual event between coordinated subjects.
  if (!object && e.symmetric && subject.ids.length >= 2) {
    parties = subject.ids;
    object = { ...subject, ids: subject.ids.slice(1) };
    subject = { ...subject, ids: [subject.ids[0]!] };
  }
  if (!object) return false;
  const negated = modality.negated || !!subject.negated;
  // ("goes on to Costa Rica", "leaves on Friday for X": a journey told in the present is still to come)
  const aux = tree.children(i, 'aux', 'mark').filter((c) => c < i).pop();
  const ahead = !!e.ahead && tree.upos(i) === 'VERB' && journeyAhead(tree.lower[i]!, aux === undefined ? undefined : tree.lower[aux]);
  const hypothetical = modality.hypothetical || !!subject.hypothetical || ahead;
  let confidence = base - VIA_PENALTY[subject.via] - VIA_PENALTY[object.via];
  if (negated) confidence *= 0.5;
  if (hypothetical) confidence *= 0.6;
  const unit = tree.unit(i);
  const attribution = unit >= 0 ? attributionAt(unit) : undefined;
  const sentences = [ctx.s, ...subject.from, ...object.from].filter((s, k, all) => all.indexOf(s) === k);
  const pairs = eventPairs(parties, subject.ids, object.ids);
  if (!pairs) return false;
  // "threatened to arrest the union's leaders", "threatened to sue Northcom": the threat itself is a fact
  const threat = negated ? undefined : threatenedAct(tree, i, e);
  let emitted = false;
  for (const [s, o] of pairs) {
    if (s === o) continue;
    emitted = true;
    if (emitTie(ctx, e, s, o, { confidence, sentences, rule: shape, negated, hypothetical }, emit)) continue;
    const act: Found = {
      source: s, target: o, kind: 'event', predicate: e.predicate, cameo: e.cameo, confidence: clamp(confidence), sentences,
      ...(negated ? { negated: true } : {}), ...(hypothetical ? { hypothetical: true } : {}), ...(attribution ? { attribution } : {}),
      rule: `${shape}:${e.id}`, trigger: tree.words[i]!.start,
    };
    emit(act);
    if (threat) emit(threatFound(act, threat, base - VIA_PENALTY[subject.via] - VIA_PENALTY[object.via]));
  }
  return emitted;
}

/** The threat of act i when a verb of threatening governs it ("threatened to arrest"), for hostile acts only. */
function threatenedAct(tree: Tree, i: number, e: EventTrigger): EventTrigger | undefined {
  // (a noun's act through its light verb: "threatened to impose sanctions on")
  const v = tree.rel(i) === 'obj' && isLightVerb(tree.lower[tree.head(i)] ?? '') ? tree.head(i) : i;
  if (tree.rel(v) !== 'xcomp' || !THREATENING.test(tree.lower[tree.head(v)] ?? '')) return undefined;
  return threatOf(e);
}
