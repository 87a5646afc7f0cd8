// Reading noun phrases and clause arguments off a unit list: who is the subject
// left of a verb, what is the object right of it, what does "the country's" or
// "their independence" or "it" refer to. Every relation pattern (roles,
// locations, events) reads its arguments through these few functions.
import type { Entity } from '../../types.ts';
import type { Discourse, Position } from './discourse.ts';
import { isDescriptionNoun, kindNameWords, openingDescriptionOfBody } from './discourse.ts';
import type { ArticleContext } from './context.ts';
import { TITLE_HEADS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './data/titles.ts';
import { COUNTRY_REGIONS } from './data/country-regions.ts';
import { countryFormCodes } from './data/country-forms.ts';
import { isPortfolioWord } from '../gazetteer/data/fields.ts';
import { GENDER_BY_HONORIFIC } from './data/honorifics.ts';
import { HONORIFICS } from '../recognize/words.ts';
import { KIN_NOUNS } from './kin.ts';
import type { SentenceUnits, Unit } from './units.ts';
import type { Found } from './found.ts';
import { agentNounOf } from './agents.ts';
import { latestMutualPair } from './acts.ts';
import { countryOfCapital } from '../gazetteer/index.ts';
import {
  ACTOR_TYPES, isActNoun, isAspectualVerb, isActorNoun, isAdverb, isAux, isBreaker, isCapitalised, isComma, isConj, isContent,
  isControlNoun, isCountryAnaphor, isStateAnaphor, isTriggerNoun, isDet, isEntity, isPunct, isHypControlNoun, isHypVerb, isModal, isNeg, isNegControlNoun,
  isIndependentBodyHead, isNegVerb, isNeighbourWord, isNonStateActorNoun, isPairAnaphor, isStatehoodNoun, isOrganizationAnaphor, fitsOrganizationNoun, marksOrganizationNoun, isSoleHolderTitle, isOrganizationDescriptor, isPlaceNoun, isPluralPlaceAnaphor, isPluralPossessive, isPluralPronoun, isPossessive,
  countryCode, isPrep, isRelative, isReportingVerb, isRequestVerb, isSingularPronoun, isTransparentNoun, isTriggerVerb, PLACE_TYPES,
} from './classes.ts';

export interface Ctx {
  sentences: SentenceUnits[];
  /** Index of the current sentence. */
  s: number;
  units: Unit[];
  discourse: Discourse;
  entities: Map<string, Entity>;
  /** Subjects found so far in this sentence, left to right (for participle clauses). */
  subjects: Array<{ i: number; arg: Arg }>;
  /** The entity a bare name or demonym written inside a word refers to ("Iran" in "Iran-backed"). */
  nameToEntity: (word: string) => string | undefined;
  /** The article's country (dateline or most named), for roles that name none. */
  context?: ArticleContext;
  /** The entity for a place the gazetteer knows by this name (the article's own, else one without mentions). */
  knownPlace?: (name: string) => string | undefined;
  /** What the article's earlier sentences were read for so far (events an act noun may refer back to). */
  earlier?: readonly Found[];
  /**
   * The country (this article's entity) a place entity lies in, from the gazetteer; a country is its own.
   * `orImplicit`: the country as an implicit entity when the article does not name it.
   */
  countryOf?: (id: string, orImplicit?: boolean) => string | undefined;
}

export type Via = 'direct' | 'possessor' | 'modifier' | 'anaphor' | 'pronoun' | 'control' | 'relative' | 'fallback';

export interface Arg {
  ids: string[];
  via: Via;
  /** Other sentences the argument was resolved from (anaphora): extra evidence. */
  from: number[];
  negated?: boolean;
  hypothetical?: boolean;
  /** Resolved through what the story's context, not a sentence, says ("his health secretary" of a president read in the dateline's country). */
  context?: boolean;
}

/** How much an indirect reading lowers confidence. */
export const VIA_PENALTY: Record<Via, number> = {
  direct: 0, possessor: 0.03, modifier: 0.05, relative: 0.05, control: 0.05, anaphor: 0.12, pronoun: 0.1, fallback: 0.2,
};

const arg = (ids: string[], via: Via, from: number[] = []): Arg => ({ ids: [...new Set(ids)], via, from });
const typeOf = (ctx: Ctx, id: string) => ctx.entities.get(id)?.type;

/** "House Speaker Kevin McCarthy", "Apple chief executive Tim Cook": a title after a name continues the phrase. */
const TITLE_WORDS = new Set([...TITLE_HEADS.map((h) => h.word), ...TITLE_MODIFIERS.words]);
const isTitleWord = (x: Unit) => TITLE_WORDS.has(x.lower);

/** Linking words of a portfolio written after a minister's title ("of State for Energy Affairs", "for External Affairs"). */
const PORTFOLIO_LINKS = new Set(['of', 'for', 'and', 'state']);

/**
 * Is unit k the "of" or "for" of a portfolio after a title, the person's name right after it ("India's Minister
 * of State for External Affairs V. Muraleedharan visited")? The phrase goes on to the name.
 */
function portfolioBeforePerson(u: readonly Unit[], k: number, limit: number): boolean {
  if (!(u[k]!.lower === 'of' || u[k]!.lower === 'for') || !u[k - 1] || u[k - 1]!.entity || !isTitleWord(u[k - 1]!)) return false;
  for (let m = k + 1; m < limit && m - k <= 6; m++) {
    const x = u[m]!;
    if (isEntity(x)) return x.type === 'person' && m > k + 1;
    if (!(isPortfolioWord(x.lower) || PORTFOLIO_LINKS.has(x.lower)) || !(/^\p{Lu}/u.test(x.text) || x.lower === 'of' || x.lower === 'for' || x.lower === 'and')) return false;
  }
  return false;
}

const isListedNoun = (w: string) =>
  isActorNoun(w) || isPlaceNoun(w) || isActNoun(w) || isTransparentNoun(w) || isOrganizationAnaphor(w) || isCountryAnaphor(w) || !!countryFormCodes(w) || isPluralPlaceAnaphor(w) || isPairAnaphor(w);

/** A word that reads as a verb after a name: "-s", "-ed" or "-ing" and not one of the listed nouns. */
export function looksVerbal(x: Unit): boolean {
  return /(?:[^s]s|ed|ing)$/.test(x.lower) || isReportingVerb(x.lower) || isTriggerVerb(x.lower);
}

/** A word that opens a clause's predicate after its subject: a verb, an auxiliary or a modal ("The lender will pay"). */
export function opensPredicate(x: Unit): boolean {
  return looksVerbal(x) || isAux(x.lower) || isModal(x.lower);
}

/**
 * Does the name at unit n modify the content word x after it ("the Ukraine crisis", "Donetsk rebels")
 * rather than end its phrase ("Kosovo came", "Russia recognized")? A listed noun always continues;
 * another word only after a determiner and when it does not read as a verb.
 */
function nameModifies(units: Unit[], n: number, x: Unit): boolean {
  if (isActorNoun(x.lower) || isPlaceNoun(x.lower) || isActNoun(x.lower) || isTransparentNoun(x.lower)) return !isTriggerVerb(x.lower) || isDet(units[n - 1]?.lower ?? '');
  const before = units[n - 1];
  return !!before && (isDet(before.lower) || isPossessive(before.lower)) && !looksVerbal(x);
}

/**
 * May the named entity stand for the actor noun `head` of its phrase? Not when the noun names a
 * non-state group and the entity is a country ("Syrian rebels" are not Syria), and not when an
 * unrecognised capitalised name sits between them ("Yemen's Houthi rebels" are the Houthis).
 */
function standsFor(ctx: Ctx, id: string, head: Unit, np: Unit[]): boolean {
  const t = ctx.entities.get(id)?.type;
  if (isNonStateActorNoun(head.lower) && t === 'country') return false;
  const from = np.findIndex((x) => x.entity === id);
  const to = np.indexOf(head);
  return !np.slice(from + 1, to).some((x) => !x.entity && isContent(x) && isCapitalised(x));
}

/** After unit k (a conjunction or comma), does the coordination of names go on? */
/** Do units k..k+2 read "as well as"? */
function asWellAs(units: readonly Unit[], k: number): boolean {
  return units[k]?.lower === 'as' && units[k + 1]?.lower === 'well' && units[k + 2]?.lower === 'as';
}

/**
 * "A and his brother B", "A and her husband, B": after "and" at unit k, a person's possessive, a word for a relative
 * and that relative's name; the unit of the name, or -1.
 */
function kinConjunct(units: readonly Unit[], k: number): number {
  if (units[k]?.lower !== 'and' || !/^(?:his|her)$/.test(units[k + 1]?.lower ?? '') || !KIN_NOUNS.has(units[k + 2]?.lower ?? '')) return -1;
  const m = isComma(units[k + 3]) ? k + 4 : k + 3;
  const x = units[m];
  return x?.entity && !x.partial && x.type === 'person' && isEntity(units[k - 1]) && units[k - 1]!.type === 'person' ? m : -1;
}

function continuesCoordination(units: Unit[], k: number): boolean {
  // (", as well as Oman": a comma before the three words that join names)
  if (isComma(units[k]) && asWellAs(units, k + 1)) return continuesCoordination(units, k + 3);
  let m = k + 1;
  while (m < units.length && (isDet(units[m]!.lower) || isNeighbourWord(units[m]!.lower))) m++;
  const next = units[m];
  if (!isEntity(next)) return false;
  // ("the purchase of Pioneer and Chevron's agreement to buy Hess": a possessor of a thing opens a new phrase;
  // "Congo's X and Rwanda's Y", "Kenya's foreign minister, Y" go on)
  const owned = units[m + 2];
  if (isPossessive(units[m + 1]?.lower ?? '') && owned && !owned.entity && !isTitleWord(owned) && !HONORIFICS.has(owned.lower)) return false;
  if (isComma(units[k])) {
    // "A, B and C": a comma only coordinates inside a list that goes on.
    // ("US President A, Japanese Prime Minister B and ...": a member named with its nationality word and title is
    // read from its name)
    if (next.metonymy === 'demonym') {
      let q = m + 1;
      while (q < units.length && q < m + 5 && !units[q]!.entity && (isTitleWord(units[q]!) || HONORIFICS.has(units[q]!.lower))) q++;
      if (q > m + 1 && units[q]?.entity && units[q]!.type === 'person') m = q;
    }
    const after = units[m + 1];
    return !!after && (isComma(after) || isConj(after.lower));
  }
  return true;
}

/**
 * The article's one organisation whose name ends in `noun` and holds every modifier word ("the Russian committee"
 * -> "Russian Olympic Committee"), or, with `at` "first", opens with it ("Socialist" -> "Socialist Party"); undefined
 * when none or several fit.
 */
export function namedBodyFor(ctx: Ctx, noun: string, modifiers: string[], at: 'first' | 'last' = 'last', groups = false): string | undefined {
  let found: string | undefined;
  // (an anaphor refers back: a body first named after this sentence is not what it means)
  const upTo = ctx.sentences[ctx.s]?.sentence.end ?? Infinity;
  for (const [id, e] of ctx.entities) {
    if (!(e.type === 'organization' || (groups && e.type === 'group')) || !e.mentions.some((m) => m.start < upTo)) continue;
    const words = e.name.toLowerCase().split(/\s+/);
    if (words.length < 2 || words[at === 'first' ? 0 : words.length - 1] !== noun || !modifiers.every((m) => words.includes(m))) continue;
    if (found) return undefined;
    found = id;
  }
  return found;
}

/**
 * "had appealed to the court" after "The Court of Arbitration for Sport banned ...": the one organisation the article
 * has named before unit k whose name holds a word of the noun's kind ("court", "tribunal": discourse.ts,
 * kindNameWords), wherever the word stands in the name; undefined when the noun has no such words, or when none or
 * two bodies so named came before (a court of one case and a court of appeal). Bodies of other kinds named in between
 * ("The anti-doping agency and the skating union had appealed to the court") are no antecedent of it.
 */
function bodyOfKindNamedSoFar(ctx: Ctx, noun: string, k: number): string | undefined {
  const kindWords = kindNameWords(noun);
  if (!kindWords.length) return undefined;
  const found = new Set<string>();
  for (let s = 0; s <= ctx.s; s++) {
    const units = s === ctx.s ? ctx.units.slice(0, k) : ctx.sentences[s]!.units;
    for (const x of units) {
      if (!isEntity(x) || x.type !== 'organization' || x.partial || x.metonymy === 'demonym' || found.has(x.entity)) continue;
      const name = ctx.entities.get(x.entity)?.name ?? x.text;
      if (name.toLowerCase().split(/[^\p{L}]+/u).some((w) => kindWords.includes(w))) found.add(x.entity);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The latest sentence before the current one that names the entity: the evidence an anaphor rests on. */
export function namedBefore(ctx: Ctx, id: string): number[] {
  for (let s = ctx.s - 1; s >= 0; s--) if (ctx.sentences[s]!.units.some((x) => x.entity === id)) return [s];
  return [];
}

/** The referent of a possessor ending at unit k (the unit before "'s"). */
export function possessorAt(ctx: Ctx, k: number): Arg | undefined {
  const u = ctx.units[k];
  if (!u) return undefined;
  if (isEntity(u)) return arg([u.entity], 'possessor');
  return definiteAnaphor(ctx, k);
}

/** Nouns a region's description of a country ends in ("the Gulf state", "the Himalayan kingdom"). */
const REGION_HEADS = new Set(['country', 'nation', 'state', 'kingdom', 'emirate', 'republic']);
/** Words of size or wealth that may stand in such a description beside the region ("the tiny Gulf state"). */
const REGION_FILLERS = new Set(['tiny', 'small', 'wealthy', 'oil-rich', 'gas-rich', 'energy-rich', 'impoverished', 'poor', 'landlocked', 'neighbouring', 'neighboring', 'fellow']);
const REGIONS = new Map(COUNTRY_REGIONS.map((r) => [r.words, new Set(r.codes)]));

/**
 * "the Gulf state", "the tiny Central Asian nation": a country the article does not name here, described by its
 * region (data/country-regions.ts); the one country of that region the article has named before, else, of several,
 * the latest salient one of them. Undefined for any other phrase.
 */
function regionDescription(ctx: Ctx, np: readonly Unit[]): Arg | undefined {
  const head = np[np.length - 1]!;
  if (np.length < 3 || np[0]!.lower !== 'the' || head.entity || !REGION_HEADS.has(head.lower)) return undefined;
  const words = np.slice(1, -1).flatMap((x) => x.text.toLowerCase().split(/\s+/)).filter((w) => !REGION_FILLERS.has(w));
  const codes = REGIONS.get(words.join(' '));
  if (!codes) return undefined;
  const at = { s: ctx.s, i: np[0]!.i };
  const inRegion = (id: string) => {
    const code = countryCode(ctx.entities.get(id));
    return !!code && codes.has(code);
  };
  const named = [...ctx.entities.keys()].filter((id) => inRegion(id) && (namedBefore(ctx, id).length > 0 || ctx.units.slice(0, at.i).some((x) => x.entity === id)));
  if (named.length === 1) {
    const here = ctx.units.slice(0, at.i).some((x) => x.entity === named[0]);
    return arg([named[0]!], 'anaphor', here ? [] : namedBefore(ctx, named[0]!));
  }
  const t = named.length ? ctx.discourse.topical('country', at, inRegion) : undefined;
  return t && arg([t.value], 'anaphor', t.s === ctx.s ? [] : [t.s]);
}

/**
 * Words before "government" that say which stage or form of a state's own government it is, not a lower level
 * ("the interim government led by X", "the military government"); "regional", "state", "local" name another body.
 */
const STATE_GOVERNMENT_WORDS = new Set(['interim', 'caretaker', 'transitional', 'new', 'current', 'outgoing', 'incoming', 'military', 'civilian', 'federal', 'central', 'national', 'ruling', 'elected', 'unelected']);

/** The first country the lead (the first sentence that is no heading) names, not as a demonym: the story's own. */
function leadCountry(ctx: Ctx): string | undefined {
  const lead = ctx.sentences.find((su) => !su.sentence.heading);
  return lead?.units.find((x) => isEntity(x) && x.type === 'country' && x.metonymy !== 'demonym' && !x.partial)?.entity;
}

/** "the country", "the separatists", "the North" ending at unit k. */
function definiteAnaphor(ctx: Ctx, k: number): Arg | undefined {
  const u = ctx.units[k]!;
  if (TITLE_HEAD_WORDS.has(u.lower) && !u.entity) {
    const holder = titleHolder(ctx, k);
    if (holder !== undefined) return holder ?? undefined;
  }
  // ("the Iran-backed group": one hyphenated word may stand between)
  // ("the Seoul-based group": the place in the word is a partial mention)
  const hyphened = (x: Unit | undefined) => !!x && /\w-\w/.test(x.text) && (!x.entity || !!x.partial);
  // ("the mobile phone giant": up to two lower-case modifiers, for the organisation nouns)
  const modifier = (x: Unit | undefined) => !!x && !x.entity && isContent(x) && /^[a-z]/.test(x.text) && !/(?:ed|ing)$/.test(x.lower) && (isOrganizationAnaphor(u.lower) || isDescriptionNoun(u.lower));
  let p = k - 1;
  if (hyphened(ctx.units[p])) p--;
  else if (isStateAnaphor(u.lower) && STATE_GOVERNMENT_WORDS.has(ctx.units[p]?.lower ?? '') && !ctx.units[p]!.entity) p--;
  else while (p >= k - 2 && modifier(ctx.units[p])) p--;
  const the = ctx.units[p];
  if (!the || the.lower !== 'the') return undefined;
  const at = { s: ctx.s, i: k };
  // "thanked the sultanate", "to visit the self-ruled island": the salient country of those the noun fits
  const forms = countryFormCodes(u.lower);
  if (forms) {
    const c = ctx.discourse.topical('country', at, (id) => forms.has(countryCode(ctx.entities.get(id)) ?? ''));
    return c && arg([c.value], 'anaphor', c.s === ctx.s ? [] : [c.s]);
  }
  if (isCountryAnaphor(u.lower)) {
    const c = ctx.discourse.topical('country', at);
    return c && arg([c.value], 'anaphor', c.s === ctx.s ? [] : [c.s]);
  }
  if (isOrganizationAnaphor(u.lower)) {
    // "the union" when the article names one organisation ending in "Union"
    const named = namedBodyFor(ctx, u.lower, []) ?? bodyOfKindNamedSoFar(ctx, u.lower, k);
    if (named) return arg([named], 'anaphor', namedBefore(ctx, named));
    // ("Japanese survivors' group Nihon Hidankyo wins ... The committee said ... Ishiba congratulated the group": the
    // one body the headline described with the noun itself, the story's own, over the latest organisation; not one
    // the body text described, "Italian club Bologna ... the club's co-owner" after "the Premier League club said")
    const described = describedBody(ctx, u.lower, at);
    if (described && described.from.length === 1 && ctx.sentences[described.from[0]!]?.sentence.heading) return described;
    // ("accused the company" after the union was named: the latest organisation whose name fits the noun)
    const nameOf = (id: string) => ctx.entities.get(id)?.name ?? '';
    const o = ctx.discourse.topical('organization', at, (id) => fitsOrganizationNoun(u.lower, nameOf(id)), (id) => marksOrganizationNoun(u.lower, nameOf(id)));
    // (two bodies equally salient: the one the article described with the noun, "Harlow, the country's largest lender")
    return o ? arg([o.value], 'anaphor', o.s === ctx.s ? [] : [o.s]) : described;
  }
  // "the lender", "the producer": a body the article described with the noun
  if (isDescriptionNoun(u.lower)) {
    const described = describedBody(ctx, u.lower, at);
    if (described) return described;
  }
  // "the opposition's deputy leader" in an article that names one body ending in the noun ("United Tajik Opposition")
  if (/^[a-z]+$/.test(u.text) && !u.entity) {
    const named = namedBodyFor(ctx, u.lower, [], 'last', true);
    if (named) return arg([named], 'anaphor', namedBefore(ctx, named));
  }
  if (isActorNoun(u.lower) || isSoleHolderTitle(u.lower)) {
    const h = ctx.discourse.lastNounHead(u.lower, at);
    if (h) return arg([h.value], 'anaphor', h.s === ctx.s ? [] : [h.s]);
    // "the government" never written with its country's name: the salient country
    if (!isStateAnaphor(u.lower)) return undefined;
    const home = ctx.context?.country;
    const cited = home ? namedBefore(ctx, home) : [];
    // ("The interim government led by X": a government told by its stage or form is the story's own state's; a
    // foreign one is written with its country, "India's new government")
    if (p < k - 1) {
      const own = home ?? leadCountry(ctx);
      const from = own ? namedBefore(ctx, own) : [];
      if (own && from.length) return arg([own], 'anaphor', from);
    }
    const c = ctx.discourse.topical('country', at);
    if (c) return arg([c.value], 'anaphor', c.s === ctx.s ? [] : [c.s]);
    // (none named in the last sentences: the article's own country, cited where the article last names it)
    return home && cited.length ? arg([home], 'anaphor', cited) : undefined;
  }
  if (isCapitalised(u) && !u.entity && k > 0) {
    const n = ctx.discourse.lastNamePart(u.text, at);
    return n && arg([n.value], 'anaphor', n.s === ctx.s ? [] : [n.s]);
  }
  return undefined;
}

/** Nouns for the executive a head of government leads ("Ruto's government", "Biden's administration"). */
const GOVERNMENT_HEADS = new Set(['government', 'administration', 'cabinet']);
/** Titles of whoever leads a state's government. */
const LEADING_OFFICES = /^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader)(?: of)?$/;

/**
 * The one country the article has given the person an office of before this sentence, among the roles `accept`
 * keeps (not negated or hypothetical ones); undefined when none or several. ledState and implied-body.ts
 * statedOfficeCountry read it with their own filters.
 */
export function soleOfficeCountry(ctx: Ctx, person: string, accept: (role: Found) => boolean): string | undefined {
  const countries = new Set<string>();
  for (const f of ctx.earlier ?? []) {
    if (f.kind === 'role' && f.source === person && !f.negated && !f.hypothetical && ctx.entities.get(f.target)?.type === 'country' && accept(f)) countries.add(f.target);
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * The one country the person holds a leading office of, as read so far in the article ("Kenyan President William
 * Ruto"): not a former or hypothetical one; undefined when none or several.
 */
const ledState = (ctx: Ctx, person: string): string | undefined => soleOfficeCountry(ctx, person, (f) => LEADING_OFFICES.test(f.predicate));

/** Words before a title that say when, not which office ("the new president"). */
const TIME_OF_OFFICE = new Set(['new', 'current', 'incumbent', 'sitting']);

/**
 * "the prime minister", "the new president" (the title's head at unit k): the one person the article has so far given
 * that office (a role stated before, whatever country); undefined when none, null when two hold it ("president" of a
 * country and of a company).
 */
function titleHolder(ctx: Ctx, k: number): Arg | null | undefined {
  const words: string[] = [ctx.units[k]!.lower];
  let p = k - 1;
  for (; p >= 0 && p >= k - 3; p--) {
    const x = ctx.units[p]!;
    if (x.entity || !/^[a-z][a-z-]*$/.test(x.text) || x.lower === 'the') break;
    if (!TIME_OF_OFFICE.has(x.lower)) words.unshift(x.lower);
  }
  if (ctx.units[p]?.lower !== 'the') return undefined;
  const title = words.join(' ');
  const holders = new Set<string>();
  for (const f of ctx.earlier ?? []) {
    if (f.kind !== 'role' || f.negated || f.hypothetical || ctx.entities.get(f.source)?.type !== 'person') continue;
    if (f.predicate.replace(/ of$/, '') === title) holders.add(f.source);
  }
  // (null: two hold it, so nothing else may guess)
  if (holders.size > 1) return null;
  if (!holders.size) return undefined;
  const holder = [...holders][0]!;
  // (named before the title: an anaphor refers back)
  const cited = namedBefore(ctx, holder);
  const here = ctx.units.slice(0, k).some((x) => x.entity === holder);
  return cited.length || here ? arg([holder], 'anaphor', here ? [] : cited) : undefined;
}

/**
 * "the lender" after "Westmere, Australia's sixth-largest lender": the one body the article described with the noun,
 * unless a body whose own name marks the noun's kind ("Harbour Bank" for "the lender") was named since (two would fit).
 */
function describedBody(ctx: Ctx, noun: string, at: Position): Arg | undefined {
  const d = ctx.discourse.describedAs(noun, at);
  if (!d) return undefined;
  const nameOf = (id: string) => ctx.entities.get(id)?.name ?? '';
  const rival = ctx.discourse.lastOrganization(at, (id) => id !== d.value && (marksOrganizationNoun(noun, nameOf(id)) || nameOf(id).toLowerCase().split(/\s+/).includes(noun)));
  if (rival && (rival.s > d.s || (rival.s === d.s && rival.i > d.i))) return undefined;
  return arg([d.value], 'anaphor', d.s === ctx.s ? [] : [d.s]);
}

function pluralSet(ctx: Ctx, k: number): Arg | undefined {
  const set = ctx.discourse.lastPlaceSet({ s: ctx.s, i: k });
  return set && arg(set.value, 'anaphor', set.s === ctx.s ? [] : [set.s]);
}

export interface Phrase {
  arg?: Arg;
  /** One past the last unit of the phrase. */
  end: number;
  /** The units of the phrase (for checks such as "mentions independence"). */
  units: Unit[];
}

export interface PhraseOptions {
  /** "Ukraine's Foreign Ministry" stands for Ukraine (events: the state acts through its organs). Roles turn this off. */
  organAsState?: boolean;
}

/**
 * Read the noun phrase starting at unit j and say what it refers to.
 * `limit` bounds the phrase (exclusive).
 */
export function readPhrase(ctx: Ctx, j: number, limit = ctx.units.length, opts: PhraseOptions = {}): Phrase {
  const organAsState = opts.organAsState ?? true;
  const u = ctx.units;
  const start = j;
  const first = u[j];
  if (!first || j >= limit) return { end: j, units: [] };
  if (first.lower === 'them') {
    // ("held talks with A and B and urged them to": the actors coordinated earlier in the sentence)
    const pair = ctx.discourse.lastPair({ s: ctx.s, i: j });
    if (pair && pair.s === ctx.s) return { arg: arg(pair.value, 'pronoun'), end: j + 1, units: [first] };
    const a = pluralSet(ctx, j);
    return { arg: a, end: j + 1, units: [first] };
  }
  // "the second-largest U.S. Roman Catholic archdiocese": after a determiner, a name is a modifier until the head noun.
  const startsWithDet = isDet(first.lower) || isPossessive(first.lower);
  let k = j;
  while (k < limit) {
    const x = u[k]!;
    if (isEntity(x) || isPossessive(x.lower) || isDet(x.lower) || x.lower === 'its' || isPluralPossessive(x.lower) || isNeighbourWord(x.lower)) { k++; continue; }
    if (isConj(x.lower) || isComma(x)) {
      // ("handed over A and his brother B": a relative of the name before, named, is another conjunct)
      const kin = kinConjunct(u, k);
      if (kin > 0 && kin < limit) { k = kin; continue; }
      if (continuesCoordination(u, k) && k + 1 < limit) { k++; continue; }
      break;
    }
    // ("thanked Qatar as well as Oman and Switzerland": the three words join names as "and" does)
    if (asWellAs(u, k) && k + 3 < limit && continuesCoordination(u, k + 2)) { k += 3; continue; }
    if (k > start && portfolioBeforePerson(u, k, limit)) { k++; continue; }
    if (isAdverb(x) || !isContent(x)) break;
    // After a name, a verb-like word ("Kaliningrad appears", "Russia recognized") ends the phrase;
    // a noun ("the Ukraine crisis", "Donetsk rebels") continues it.
    const prevUnit = u[k - 1];
    // "Kennedy assassin Lee Oswald": the victim modifies the noun for the doer, and the doer is the phrase's head
    if (k > start && isEntity(prevUnit) && prevUnit.type === 'person' && agentNounOf(x) && isEntity(u[k + 1]) && u[k + 1]!.type === 'person') { k++; continue; }
    if (k > start && isEntity(prevUnit) && prevUnit.metonymy !== 'demonym' && !nameModifies(u, k - 1, x) && !isTitleWord(x) && !(startsWithDet && !looksVerbal(x))) break;
    // After a head noun, a verb-like word starts the predicate: "the region failed", "the ministry said".
    // (Plural "-s" nouns are common in compounds, "government forces", so only -ed/-ing and known verbs count here.)
    if (k > start && prevUnit && !prevUnit.entity && isListedNoun(prevUnit.lower) && !isListedNoun(x.lower) &&
      (/(?:ed|ing)$/.test(x.lower) || isReportingVerb(x.lower) || isTriggerVerb(x.lower))) break;
    if (k > start && isReportingVerb(x.lower)) break;
    // ("purchase of Russian oil angered Washington": a past verb after a noun, with its object right after, starts the
    // predicate even when the noun is not a listed one)
    if (k > start && prevUnit && !prevUnit.entity && isContent(prevUnit) && /^[a-z]+ed$/.test(x.text) && (isEntity(u[k + 1]) || isDet(u[k + 1]?.lower ?? ''))) break;
    k++;
  }
  const end = k;
  const np = u.slice(start, end);
  if (!np.length) return { end, units: np };
  const head = np[np.length - 1]!;
  const next = u[end];
  // "the Gulf state", "the Central Asian nation": the one country of that region the article has named
  {
    const region = regionDescription(ctx, np);
    if (region) return { arg: region, end, units: np };
  }
  // "Britain's competition regulator on Thursday cleared ..." in a lead whose next sentence names the body
  if (!head.entity) {
    const ahead = ctx.discourse.namedAhead({ s: ctx.s, i: head.i });
    if (ahead) return { arg: arg([ahead.value], 'anaphor', [ahead.s]), end, units: np };
  }

  // A possessor: "Pyongyang's decision", "the country's foreign minister", "Turkey's president".
  let possessor: Arg | undefined;
  let possessorAtUnit = -1;
  for (let p = start; p < end - 1; p++) {
    if (isPossessive(u[p + 1]!.lower) && !isPossessive(u[p]!.lower)) { possessor = possessorAt(ctx, p); possessorAtUnit = p; if (possessor || isEntity(u[p])) break; }
  }
  // "Russia's Belgorod region": the named place, not its owner.
  const namedPlace = np.filter((x) => isEntity(x) && PLACE_TYPES.has(x.type!) && x.metonymy !== 'demonym' && !isPossessive(u[x.i + 1]?.lower ?? ''));
  if (possessor && !isEntity(head) && isPlaceNoun(head.lower) && namedPlace.length) {
    return { arg: arg(namedPlace.map((x) => x.entity!), 'modifier'), end, units: np };
  }
  // "the union's District 751": a named part the recogniser did not take belongs to its possessor
  const owned = possessorAtUnit >= 0 ? u.slice(possessorAtUnit + 2, end) : [];
  if (possessor && !isEntity(head) && owned.length > 0 && owned.length <= 3 && /^\p{Lu}/u.test(owned[0]!.text) && owned.every((x) => !x.entity && /^[\p{Lu}\d]/u.test(x.text))) {
    return { arg: possessor, end, units: np };
  }
  // ("after Ruto's government signed an agreement with Haiti": a head of government's government is the state they lead)
  if (possessor && !isEntity(head) && GOVERNMENT_HEADS.has(head.lower) && possessor.ids.length === 1 && ctx.entities.get(possessor.ids[0]!)?.type === 'person') {
    const state = ledState(ctx, possessor.ids[0]!);
    // (cited where the article names the state, as an anaphor is)
    const here = ctx.units.some((x) => x.entity === state);
    const cited = state && !here ? namedBefore(ctx, state) : [];
    if (state && (here || cited.length)) return { arg: arg([state], 'anaphor', cited), end, units: np };
  }
  if (possessor && !isEntity(head) && (isActorNoun(head.lower) || isActNoun(head.lower) || isTransparentNoun(head.lower))) {
    const ids = possessor.ids.filter((id) => standsFor(ctx, id, head, np));
    if (ids.length) return { arg: { ...possessor, ids }, end, units: np };
    // "Yemen's Houthi rebels": not Yemen; the named group between, if any, below.
  }
  // "Ukraine's Foreign Ministry" (an organisation named after its function): the state acts through it.
  // ("Kenya's High Court ordered": a named court or regulator acts as itself)
  if (organAsState && possessor && isEntity(head) && head.type === 'organization' && isActorNoun(head.lower.split(/\s+/).pop()!) && !isIndependentBodyHead(head.lower.split(/\s+/).pop()!)) {
    return { arg: possessor, end, units: np };
  }
  if (isEntity(head)) {
    // Every name in a coordination: "Donetsk and Luhansk", "France, Germany and Italy".
    const ids: string[] = [];
    for (let p = start; p < end; p++) {
      const x = u[p]!;
      if (!isEntity(x)) continue;
      const after = u[p + 1];
      if (p === end - 1 || isConj(after!.lower) || isComma(after) || asWellAs(u, p + 1)) ids.push(x.entity);
    }
    return { arg: arg(ids, 'direct'), end, units: np };
  }
  // Name modifiers of an actor or place noun: "Ukrainian and Russian officials", "the Donetsk separatists", "the Donbas area".
  // (after a possessor only: "Danish drugmaker Novo Nordisk's controlling shareholder" is not Danish)
  const modifiers = np.filter((x) => isEntity(x) && !isPossessive(u[x.i + 1]?.lower ?? '') && x.i > possessorAtUnit) as Array<Unit & { entity: string }>;
  // "the Russian committee" after "the Russian Olympic Committee": the one body named with this head and modifier
  if (modifiers.length && !possessor && modifiers.every((m) => m.metonymy === 'demonym')) {
    const words = modifiers.map((m) => m.lower);
    // ("the Dutch watchdog" after "the Dutch Data Protection Authority": a name ending in a word of the noun's kind)
    const byKind = [...new Set(kindNameWords(head.lower).map((w) => namedBodyFor(ctx, w, words)).filter((id) => id !== undefined))];
    const body = namedBodyFor(ctx, head.lower, words) ?? (byKind.length === 1 ? byKind[0] : undefined);
    if (body) return { arg: arg([body], 'anaphor', namedBefore(ctx, body)), end, units: np };
  }
  // "the BRICS group", "the Wagner group": an organisation's name before a kind of organisation is that organisation
  // (not a place's name the recogniser took for a company: "the Eindhoven company" is one from Eindhoven)
  if (modifiers.length === 1 && !possessor && (modifiers[0]!.type === 'organization' || modifiers[0]!.type === 'group') && (isOrganizationAnaphor(head.lower) || isOrganizationDescriptor(head.lower)) && !ctx.knownPlace?.(modifiers[0]!.text)) {
    return { arg: arg([modifiers[0]!.entity], 'direct'), end, units: np };
  }
  if (modifiers.length && isActorNoun(head.lower)) {
    // The name nearest the noun owns it: "Yemen's Houthi rebels" are the Houthis.
    if (possessor) modifiers.splice(0, modifiers.length, ...modifiers.slice(-1));
    const ids = modifiers.map((m) => m.entity).filter((id) => standsFor(ctx, id, head, np));
    return { arg: ids.length ? arg(ids, 'modifier') : undefined, end, units: np };
  }
  if (modifiers.length && isPlaceNoun(head.lower)) {
    const places = modifiers.filter((m) => PLACE_TYPES.has(m.type!) && m.metonymy !== 'demonym');
    if (places.length) return { arg: arg(places.map((m) => m.entity), 'modifier'), end, units: np };
  }
  // "the independence of X", "the Ukrainian peninsula of Crimea", "the government of Ukraine"
  // ("Rebels of the Kurdistan Workers Party ambushed ...", "Leaders of Germany and France met": people of a body act for it)
  const peopleOf = np.length <= 2 && isActorNoun(head.lower) && /s$/.test(head.lower);
  // (not before a gerund: "accused the government of misleading Parliament" names the charge, not the government's country)
  const gerund = !u[end + 1]?.entity && /ing$/.test(u[end + 1]?.lower ?? '');
  if (!possessor && !gerund && (isTransparentNoun(head.lower) || isPlaceNoun(head.lower) || peopleOf) && next?.lower === 'of' && end + 1 < limit) {
    const inner = readPhrase(ctx, end + 1, limit, opts);
    // ("accused the government of corruption": an "of" naming no one leaves the government to be read as an anaphor)
    if (inner.arg || !isStateAnaphor(head.lower) || np.length < 2) return { arg: inner.arg, end: inner.end, units: [...np, next, ...inner.units] };
  }
  // "the Iran-backed group": a backer named inside a word does not make the group its own; the group is the one
  // named last (not the backer)
  if (modifiers.length && modifiers.every((m) => m.partial) && isOrganizationAnaphor(head.lower) && np[0]!.lower === 'the') {
    const o = ctx.discourse.lastOrganization({ s: ctx.s, i: end - 1 });
    if (o && !modifiers.some((m) => m.entity === o.value)) return { arg: arg([o.value], 'anaphor', o.s === ctx.s ? [] : [o.s]), end, units: np };
  }
  if (modifiers.length) return { end, units: np };
  // No name inside: anaphors.
  if (np.length >= 2) {
    const def = definiteAnaphor(ctx, end - 1);
    if (def && (isCountryAnaphor(head.lower) || !!countryFormCodes(head.lower) || isOrganizationAnaphor(head.lower) || isActorNoun(head.lower) || isSoleHolderTitle(head.lower) || isDescriptionNoun(head.lower) || TITLE_HEAD_WORDS.has(head.lower))) return { arg: def, end, units: np };
  }
  // "its forces", "their troops": a state's or a body's own actors stand for it (the nearest country or organisation)
  if (np.length >= 2 && (first.lower === 'its' || first.lower === 'their') && isActorNoun(head.lower)) {
    const at = { s: ctx.s, i: start };
    const c = ctx.discourse.lastCountry(at);
    const o = ctx.discourse.lastOrganization(at);
    const n = !c ? o : !o ? c : c.s > o.s || (c.s === o.s && c.i > o.i) ? c : o;
    if (n) return { arg: arg([n.value], 'anaphor', n.s === ctx.s ? [] : [n.s]), end, units: np };
  }
  // "the two countries", "both sides": the last coordinated pair of actors.
  if (isPairAnaphor(head.lower) && np.some((x) => x.lower === 'two' || x.lower === 'both')) {
    const pair = ctx.discourse.lastPair({ s: ctx.s, i: start });
    const wanted = head.lower === 'countries' || head.lower === 'nations' || head.lower === 'governments' ? 'country' : undefined;
    // ("X clashed with Y ... mediated between the two sides": sides are the parties of the latest fighting or talks)
    const mutual = latestMutualPair(ctx);
    const sides = mutual && (!wanted || mutual.ids.every((id) => ctx.entities.get(id)?.type === wanted)) ? mutual : undefined;
    if (sides && (head.lower === 'sides' || head.lower === 'parties')) return { arg: arg(sides.ids, 'anaphor', sides.s === ctx.s ? [] : [sides.s]), end, units: np };
    if (pair && (!wanted || pair.value.every((id) => ctx.entities.get(id)?.type === wanted))) {
      return { arg: arg(pair.value, 'anaphor', pair.s === ctx.s ? [] : [pair.s]), end, units: np };
    }
    // ("U.N. chief urged both countries to ...", no pair coordinated lately: the two the article is about)
    const leading = !pair && wanted ? ctx.discourse.leadingCountries({ s: ctx.s, i: start }) : undefined;
    if (leading) return { arg: arg(leading.value, 'anaphor', leading.s === ctx.s ? [] : [leading.s]), end, units: np };
    return { end, units: np };
  }
  // "ordered the unions to": bodies of the noun's kind coordinated lately ("the NLC and the TUC")
  const singular = head.lower.replace(/s$/, '');
  if (first.lower === 'the' && np.length === 2 && singular !== head.lower && isOrganizationAnaphor(singular)) {
    const pair = ctx.discourse.lastPair({ s: ctx.s, i: start });
    const nameOf = (id: string) => ctx.entities.get(id)?.name ?? '';
    const bodies = pair && pair.value.every((id) => { const t = ctx.entities.get(id)?.type; return (t === 'organization' || t === 'group') && fitsOrganizationNoun(singular, nameOf(id)); });
    return { arg: bodies ? arg(pair!.value, 'anaphor', pair!.s === ctx.s ? [] : [pair!.s]) : undefined, end, units: np };
  }
  if (isPluralPlaceAnaphor(head.lower) || (isPluralPossessive(first.lower) && np.length === 2 && isStatehoodNoun(head.lower))) {
    return { arg: pluralSet(ctx, start), end, units: np };
  }
  return { end, units: np };
}

/** The first unit of the noun phrase that ends at unit j (reading leftwards). */
export function phraseStartLeft(units: Unit[], j: number): number {
  let k = j;
  while (k - 1 >= 0) {
    const x = units[k - 1]!;
    if (isEntity(x) || isPossessive(x.lower) || isDet(x.lower) || x.lower === 'its' || isNeighbourWord(x.lower)) { k--; continue; }
    if ((isConj(x.lower) || isComma(x)) && isEntity(units[k - 2]) && isConj(x.lower)) { k--; continue; }
    if (x.lower === 'of' && k - 2 >= 0 && !units[k - 2]!.entity && (isTransparentNoun(units[k - 2]!.lower) || isActorNoun(units[k - 2]!.lower))) { k--; continue; }
    if (isContent(x) && !isAdverb(x)) { k--; continue; }
    break;
  }
  // Content words far left of the head are another clause's verb or object: keep at most a short phrase.
  while (k < j && !isEntity(units[k]) && !isDet(units[k]!.lower) && !(units[k]!.lower === 'of') && j - k > 5) k++;
  return k;
}

/** The phrase ending at unit j, read as a noun phrase. */
export function readPhraseLeft(ctx: Ctx, j: number): Phrase & { start: number } {
  const start = phraseStartLeft(ctx.units, j);
  // The phrase must end exactly at j; a verb-like word cannot begin it ("asked Iran" -> "Iran").
  for (let st = start; st <= j; st++) {
    const x = ctx.units[st]!;
    if (st < j && isContent(x) && !x.entity && !isNeighbourWord(x.lower) && looksVerbal(x)) continue;
    const p = readPhrase(ctx, st, j + 1);
    if (p.end === j + 1) return { ...p, start: st };
  }
  return { end: j + 1, units: [], start: j };
}

/** Is the entity at unit k in subject position: not inside a prepositional phrase, not a mere modifier? */
function subjectLike(ctx: Ctx, k: number): boolean {
  const u = ctx.units;
  const x = u[k];
  if (!isEntity(x) || !ACTOR_TYPES.has(x.type!)) return false;
  // What precedes the phrase must start a clause: nothing, a comma, a subordinator, "and", a quote.
  let p = k - 1;
  // "the", a demonym, and before a person the words of their title ("Chinese Commerce Minister Wang Wentao urged").
  // ("Ms Rice will go on to Rome": an honorific too)
  while (p >= 0 && (isDet(u[p]!.lower) || (isEntity(u[p]) && u[p]!.metonymy === 'demonym') || (x.type === 'person' && !u[p]!.entity && (isTitleWord(u[p]!) || HONORIFICS.has(u[p]!.lower))))) p--;
  // ("Secretary of State Mike Pompeo said": a capitalised title with its portfolio after "of" or "for")
  if (x.type === 'person') {
    for (let q = p; q >= 0 && k - q <= 7 && !u[q]!.entity && (/^\p{Lu}/u.test(u[q]!.text) || /^(?:of|for|and)$/.test(u[q]!.lower)); q--) {
      if (isTitleWord(u[q]!) && /^\p{Lu}/u.test(u[q]!.text) && q < p) {
        p = q - 1;
        while (p >= 0 && (isDet(u[p]!.lower) || (isEntity(u[p]) && u[p]!.metonymy === 'demonym'))) p--;
        break;
      }
    }
  }
  // ("U.S. Secretary of State Marco Rubio said", "UK Prime Minister X said": a country's name before the person's
  // capitalised title is the title's modifier)
  if (x.type === 'person' && p >= 0 && isEntity(u[p]) && u[p]!.type === 'country' && p + 1 < k && isTitleWord(u[p + 1]!) && /^\p{Lu}/u.test(u[p + 1]!.text)) {
    p--;
    while (p >= 0 && isDet(u[p]!.lower)) p--;
  }
  // "South Korea's Samsung Electronics said": a named possessor before the name opens the phrase
  if (p >= 1 && isPossessive(u[p]!.lower) && isEntity(u[p - 1])) {
    p -= 2;
    while (p >= 0 && isDet(u[p]!.lower)) p--;
  }
  const before = u[p];
  // ("which is based in Aigle, Switzerland, said": a country or region after a city and a comma is its address)
  if (before && isComma(before) && isAddressAfter(u, k)) return false;
  // "Police said Ray acted": a reporting verb opens the reported clause.
  if (before && !(isComma(before) || isBreaker(before.lower) || isConj(before.lower) || (isPunct(before) && !isPossessive(before.lower)) || before.lower === 'by' || (!before.entity && isReportingVerb(before.lower)))) return false;
  const next = u[k + 1];
  if (next && isPossessive(next.lower)) {
    // "Japan's foreign ministry said": modifiers may sit before the actor noun.
    let m = k + 2;
    while (m < k + 4 && isContent(u[m]) && !isActorNoun(u[m]!.lower) && !isControlNoun(u[m]!.lower)) m++;
    const noun = u[m];
    return !!noun && (isActorNoun(noun.lower) || isControlNoun(noun.lower));
  }
  if (next && isContent(next) && !isAdverb(next) && !next.entity && !isActorNoun(next.lower)) {
    // "the Ukraine crisis" (modifier) vs "Russia recognized" (verb); a nationality word before a noun is its
    // modifier ("Danish drugmaker Novo Nordisk's shareholder agreed" is not Denmark agreeing)
    return looksVerbal(next) || (!isDet(u[k - 1]?.lower ?? '') && x.metonymy !== 'demonym');
  }
  return true;
}

/** The nearest subject-like actor left of unit j within the sentence (for "X has become one of the countries to recognize Y"). */
export function clauseSubjectBefore(ctx: Ctx, j: number): Arg | undefined {
  for (let k = j - 1; k >= 0; k--) {
    if (subjectLike(ctx, k)) {
      const x = ctx.units[k]!;
      const noun = ctx.units[k + 1];
      if (noun && isPossessive(noun.lower)) return arg([x.entity!], 'possessor');
      // A coordinated subject "France and Germany"
      const ph = readPhraseLeft(ctx, k);
      return ph.arg && ph.arg.ids.includes(x.entity!) ? { ...ph.arg, via: 'fallback' } : arg([x.entity!], 'fallback');
    }
  }
  return undefined;
}

/**
 * People coordinated after the last person of `arg` named after unit `from`, where the parse lost the coordination:
 * "to meet Prime Minister Benjamin Netanyahu and opposition leader Shimon Peres" (a title or a description of up to
 * four words between "and" and the name; a verb there ends the list: "met X and said Y").
 */
export function withCoordinatedPersons(ctx: Ctx, from: number, a: Arg, closesOnCommaAnd = false): Arg {
  const u = ctx.units;
  let last = -1;
  for (let k = from + 1; k < u.length; k++) if (u[k]!.entity && !u[k]!.partial && a.ids.includes(u[k]!.entity!)) last = k;
  if (last < 0 || u[last]!.type !== 'person') return a;
  const ids = [...a.ids];
  let k = last;
  for (let guard = 0; guard < 8; guard++) {
    let m = k + 1;
    if (!(u[m]?.lower === 'and' || isComma(u[m]))) break;
    // (a clause set off by commas ends at ", and" after its first name: "Ruby, who killed Oswald, and the Bakkers")
    if (closesOnCommaAnd && guard === 0 && isComma(u[m]) && u[m + 1]?.lower === 'and') break;
    m++;
    if (u[m]?.lower === 'and') m++;
    const start = m;
    while (m < u.length && m - start < 4 && !u[m]!.entity && (isTitleWord(u[m]!) || (isContent(u[m]) && /^[a-z]/.test(u[m]!.text) && !looksVerbal(u[m]!)))) m++;
    while (m < u.length && m - start < 5 && isEntity(u[m]) && u[m]!.metonymy === 'demonym') m++;
    // (titles ending in "of staff", "of state")
    while (m < u.length && m - start < 7 && !u[m]!.entity && (isTitleWord(u[m]!) || (u[m]!.lower === 'of' && /^(?:staff|state)$/.test(u[m + 1]?.lower ?? '')) || /^(?:staff|state)$/.test(u[m]!.lower))) m++;
    const x = u[m];
    if (!x || !isEntity(x) || x.partial || x.type !== 'person') break;
    if (!ids.includes(x.entity!)) ids.push(x.entity!);
    k = m;
  }
  return ids.length === a.ids.length ? a : { ...a, ids };
}

/**
 * The person coordinated before the first person of `a` ("Alexander Lebed and Chechen rebel chief of staff Aslan
 * Maskhadov signed": the parse gave the verb only the second as subject), over the second one's titles.
 */
export function withCoordinatedPersonBefore(ctx: Ctx, a: Arg): Arg {
  const u = ctx.units;
  const first = u.findIndex((x) => !!x.entity && !x.partial && a.ids.includes(x.entity));
  if (first < 2 || u[first]!.type !== 'person') return a;
  let m = first - 1;
  // (a capitalised word the recogniser left out may describe too: "Chechen")
  while (m > 0 && first - m <= 7 && !u[m]!.entity && (isTitleWord(u[m]!) || u[m]!.lower === 'of' || /^(?:staff|state)$/.test(u[m]!.lower)
    || (isContent(u[m]) && !looksVerbal(u[m]!)) || /^\p{Lu}\p{Ll}+$/u.test(u[m]!.text))) m--;
  // (a nationality or a place word describing the second: "Chechen rebel chief")
  while (m > 0 && isEntity(u[m]) && (u[m]!.metonymy === 'demonym' || u[m]!.type === 'region' || u[m]!.type === 'country')) m--;
  if (u[m]?.lower !== 'and') return a;
  const x = u[m - 1];
  if (!isEntity(x) || x.partial || x.type !== 'person' || a.ids.includes(x.entity)) return a;
  return { ...a, ids: [x.entity, ...a.ids] };
}

/**
 * What "it", "they", "he" at unit j refers to. `object`: "him" / "her" as an object, which never refers to
 * its own clause's subject, so the nearest person before it in the sentence (that subject) is passed over.
 */
const genders = new WeakMap<SentenceUnits[], Map<string, 'male' | 'female'>>();

/** The people an article calls "Mr", "Ms", "Sir" or "Dame": what "he" and "she" can refer to. */
function honorificGender(ctx: Ctx): Map<string, 'male' | 'female'> {
  let map = genders.get(ctx.sentences);
  if (map) return map;
  map = new Map();
  for (const su of ctx.sentences) {
    su.units.forEach((x, k) => {
      const g = k > 0 && x.entity && x.type === 'person' ? GENDER_BY_HONORIFIC[su.units[k - 1]!.lower] : undefined;
      if (g && !map!.has(x.entity!)) map!.set(x.entity!, g);
    });
  }
  genders.set(ctx.sentences, map);
  return map;
}

export function resolvePronoun(ctx: Ctx, j: number, object = false, except?: readonly string[]): Arg | undefined {
  const w = ctx.units[j]!.lower;
  const plural = isPluralPronoun(w);
  // (`except`: a person's possessive read as the owner of an act done to it, "the justices rejected her appeal": any
  // person but the clause's subjects, of the gender of its form)
  const owner = !!except && (w === 'his' || w === 'her');
  const person = w === 'he' || w === 'she' || object || owner;
  let skip = object;
  const gender = w === 'he' || (owner && w === 'his') ? 'male' : w === 'she' || (owner && w === 'her') ? 'female' : undefined;
  const fits = (units: Unit[], k: number, c: Ctx) => {
    const x = units[k]!;
    if (except?.includes(x.entity ?? '')) return undefined;
    if (!subjectLike(c, k)) return undefined;
    if (person !== (x.type === 'person')) return undefined;
    // ("Ms Rice ... she", never "Mr Sharon"): a person the article calls Mr or Ms is not the other pronoun's
    if (gender && x.type === 'person') {
      const known = honorificGender(ctx).get(x.entity!);
      if (known && known !== gender) return undefined;
    }
    const next = units[k + 1];
    // "the Russian committee ... said it": the body so described, not the country of its adjective
    if (x.metonymy === 'demonym' && next && !next.entity) {
      const body = namedBodyFor(c, next.lower, [x.lower]);
      if (body) return arg([body], 'pronoun', namedBefore(ctx, body));
    }
    const group = !!next && isActorNoun(next.lower) && /s$/.test(next.lower);
    if (plural) {
      if (group) return arg([x.entity!], 'pronoun');
      const ph = readPhrase(c, k);
      if (ph.arg && ph.arg.ids.length > 1) return { ...ph.arg, via: 'pronoun' as const };
      return undefined;
    }
    if (group) return undefined;
    return arg([x.entity!], 'pronoun');
  };
  // "The company said it would ...": a pronoun after a sentence-opening definite description ("the company", "the
  // government", "the country") means what the description means, and nothing when that is unclear
  if (!person && !plural && !object) {
    const head = openingDescription(ctx, j);
    if (head >= 0) return definiteAnaphor(ctx, head);
    // ("Italy's data protection authority said it had fined X", the body named in the next sentence: it, not the country)
    const lead = openingDescriptionOfBody(ctx.sentences[ctx.s]!);
    const ahead = lead && lead.head < j ? ctx.discourse.namedAhead({ s: ctx.s, i: lead.head }) : undefined;
    if (ahead) return arg([ahead.value], 'pronoun', [ahead.s]);
  }
  let ownSubject: string | undefined;
  for (let k = j - 1; k >= 0; k--) {
    const a = fits(ctx.units, k, ctx);
    // (the clause's own subject only when it leads: no person before it and no "and" ("sanctions on A and B, accusing him"))
    if (a && skip) { skip = false; if (!isConj(ctx.units[k - 1]?.lower ?? '') && !ctx.units.slice(0, k).some((x) => isEntity(x) && x.type === 'person')) ownSubject = a.ids[0]; continue; }
    if (a) return a;
  }
  if (object && ownSubject !== undefined && !(ctx.units[j - 2]?.lower === 'to' && !ctx.units[j - 1]!.entity)) {
    // ("Aoun named Salam prime minister and asked him to form a government": the one person the sentence names besides
    // the clause's own subject, when no other person is a subject before it; not after an infinitive, as above)
    const other = soleNonSubjectPerson(ctx, ctx.units, j, gender, ctx, ownSubject);
    if (other) return arg([other], 'pronoun');
  }
  if (skip) {
    // ("The United States imposed sanctions on X, accusing him of ...": no person as a subject before it, the one
    // person the sentence names, when there is exactly one; not after an infinitive, "Binance named X to succeed
    // him", "asked X to meet him", where that person is the one who would act)
    const infinitive = ctx.units[j - 2]?.lower === 'to' && !ctx.units[j - 1]!.entity;
    const other = infinitive ? undefined : soleNonSubjectPerson(ctx, ctx.units, j, gender);
    return other ? arg([other], 'pronoun') : undefined;
  }
  if (person && !object) {
    const owner = frontedPossessor(ctx, j, gender) ?? soleObjectBefore(ctx, j, gender);
    if (owner) return arg([owner], 'pronoun');
  }
  // The previous sentences: their first subject-like actor (the topic).
  // "they" reaches back one sentence only: plural groups change quickly in news prose.
  for (let s = ctx.s - 1; s >= 0 && s >= ctx.s - (plural ? 1 : 2); s--) {
    const su = ctx.sentences[s]!;
    if (su.sentence.boilerplate || su.sentence.heading) continue;
    const c: Ctx = { ...ctx, s, units: su.units, subjects: [] };
    // ("The company, based in Leeds, has been the subject of bid talk. Last month it confirmed ...": a sentence whose
    // subject is a definite description hands "it" what the description means, and nothing when that is unclear)
    if (!person && !plural) {
      const head = openingDescription(c, su.units.length);
      if (head >= 0) {
        const d = definiteAnaphor(c, head);
        return d && d.ids.length === 1 ? { ...d, via: 'pronoun', from: [s, ...d.from.filter((x) => x !== s)] } : undefined;
      }
    }
    for (let k = 0; k < su.units.length; k++) {
      const a = fits(su.units, k, c);
      // ("Siemens and Alstom both bid ... It said": a singular pronoun after a coordinated subject has no one antecedent)
      if (a && !plural && (readPhrase(c, k).arg?.ids.length ?? 0) > 1) return undefined;
      if (a) return { ...a, from: [s] };
    }
    // ("Prosecutors accuse Mr Romanowski of fraud. He denies wrongdoing": a sentence right before with no person as
    // its subject hands "he" the one person it names)
    if (person && !plural && !object && s === ctx.s - 1) {
      const sole = soleNonSubjectPerson(ctx, su.units, su.units.length, gender, c);
      if (sole) return arg([sole], 'pronoun', [s]);
    }
  }
  return undefined;
}

/**
 * The one person named in `units` before unit `end`, outside subject position (an object, a possessor, inside a
 * prepositional phrase) and of the pronoun's gender, `except` left out (the clause's own subject); undefined when none,
 * several, or any other person is a subject there.
 */
function soleNonSubjectPerson(ctx: Ctx, units: Unit[], end: number, gender: 'male' | 'female' | undefined, c: Ctx = ctx, except?: string): string | undefined {
  const found = new Set<string>();
  for (let k = 0; k < end; k++) {
    const x = units[k]!;
    if (!isEntity(x) || x.type !== 'person' || x.entity === except) continue;
    // (a person as a subject: another may be meant)
    if (subjectLike(c, k)) return undefined;
    const known = gender && honorificGender(ctx).get(x.entity);
    if (known && known !== gender) continue;
    found.add(x.entity);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Words that open a clause of time or cause after the main clause ("took X to hospital after he was shot"). */
const CLAUSE_OPENERS = new Set(['after', 'when', 'before', 'because', 'until', 'while', 'since', 'once', 'as']);

/**
 * "Police took Oswald to hospital after he was shot": the subject pronoun of a clause of time or cause that follows
 * a clause with no person as its subject means the one person that clause names (as its object).
 */
function soleObjectBefore(ctx: Ctx, j: number, gender: 'male' | 'female' | undefined): string | undefined {
  const u = ctx.units;
  if (!CLAUSE_OPENERS.has(u[j - 1]?.lower ?? '')) return undefined;
  const persons = new Set<string>();
  // (the clause before it: back to a comma, a conjunction or a relative word; "..., and the ambulance that took Oswald
  // to hospital after he was shot")
  for (let k = j - 2; k >= 0 && !isComma(u[k]) && !/^(?:and|but|or|that|which|who|;)$/.test(u[k]!.lower); k--) {
    const x = u[k]!;
    if (!x.entity || x.partial) continue;
    // (another actor named before: the pronoun may be theirs)
    if (x.type !== 'person') return undefined;
    const known = gender && honorificGender(ctx).get(x.entity);
    if (known && known !== gender) return undefined;
    persons.add(x.entity);
  }
  return persons.size === 1 ? [...persons][0] : undefined;
}

/**
 * A person pronoun with no subject before it in its sentence may mean a person named there as a possessor: of the
 * phrase fronted before the main clause ("During Mr Chavez's visit to China, he held talks with X"), or of an event
 * noun, whose possessor is its agent ("Mr Chavez's visit to China, where he held talks with X"); only when there is
 * one such person.
 */
function frontedPossessor(ctx: Ctx, j: number, gender: 'male' | 'female' | undefined): string | undefined {
  const u = ctx.units;
  const fronted = isPrep(u[0]?.lower ?? '') && isComma(u[j - 1]) && !u.slice(1, j - 1).some(isComma);
  const owners = new Set<string>();
  for (let k = 0; k < j - 1; k++) {
    const x = u[k]!;
    if (!x.entity || x.type !== 'person' || !isPossessive(u[k + 1]?.lower ?? '')) continue;
    // (the possessed noun: up to two modifiers after the "'s", "Mr Chavez's six-day visit")
    const event = [k + 2, k + 3, k + 4].some((m) => m < j && isTriggerNoun(u[m]!.lower) && u.slice(k + 2, m).every((y) => isContent(y)));
    if (!fronted && !event) continue;
    const known = gender && honorificGender(ctx).get(x.entity);
    if (known && known !== gender) continue;
    owners.add(x.entity);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * The head of a definite description of a country, a government or an organisation that opens the sentence before
 * unit j as its subject ("The company said it", "The government, which ..., said it"), or -1.
 */
function openingDescription(ctx: Ctx, j: number): number {
  const u = ctx.units;
  if (u[0]?.lower !== 'the') return -1;
  for (let k = 1; k < Math.min(j, 4); k++) {
    const x = u[k]!;
    if (x.entity || !isContent(x)) return -1;
    if (isCountryAnaphor(x.lower) || isStateAnaphor(x.lower) || isOrganizationAnaphor(x.lower)) {
      const next = u[k + 1];
      // (the description must be the whole subject: not "the company's chief", "the government of X")
      if (!next || isPossessive(next.lower) || isPrep(next.lower) || next.entity) return -1;
      return k;
    }
  }
  return -1;
}

/**
 * The antecedent of a sentence-opening "Its"/"Their" among organisations and countries: the previous sentence's
 * last one that is not inside a prepositional phrase ("Apple, which is headquartered in Cupertino, said it would
 * appeal at the General Court. Its chief executive ..." -> Apple; "the army accused the RSF of killing them. Its
 * leader ..." -> the RSF).
 */
const SUBORDINATORS = /^(?:because|although|though|while|whereas|since|unless|if|after|before|when)$/;

/** "based in Aigle, Switzerland": a country or region right after a place and a comma is that place's address. */
function isAddressAfter(u: readonly Unit[], k: number): boolean {
  const x = u[k], place = u[k - 2];
  return !!x && (x.type === 'country' || x.type === 'region') && isComma(u[k - 1]) && isEntity(place) && !place.partial
    && (place.type === 'city' || place.type === 'location' || place.type === 'region') && place.entity !== x.entity;
}

export function previousTopicBody(ctx: Ctx): Arg | undefined {
  const s = ctx.s - 1;
  const su = ctx.sentences[s];
  if (!su || su.sentence.boilerplate || su.sentence.heading) return undefined;
  const u = su.units;
  // ("Verhoeven, which is based in Utrecht, said it would retain the Harland & Reid name. Its chief executive":
  // the sentence's opening subject, when it is an organisation or country followed by a comma or a verb)
  const opener = u[0]?.lower === 'the' ? 1 : 0;
  const first = u[opener];
  // ("Banco Azul agreed to buy Norte Bank. Its chief executive": the sentence's subject, not the body it acted on)
  const next = u[opener + 1];
  if (isEntity(first) && !first.partial && first.metonymy !== 'demonym' && (first.type === 'organization' || first.type === 'group')
    && (isComma(next) || (next && !next.entity && looksVerbal(next)))) {
    return arg([first.entity], 'anaphor', [s]);
  }
  // ("Banco Azul agreed to buy Norte Bank. The Spanish lender will pay $2 billion. Its chief executive": a description of
  // an organisation opening the sentence as its subject is the organisation it describes, not the demonym's country)
  if (opener === 1) {
    let k = 1;
    while (isEntity(u[k]) && u[k]!.metonymy === 'demonym') k++;
    const verb = u[k + 1];
    if (u[k] && !u[k]!.entity && isOrganizationAnaphor(u[k]!.lower) && verb && !verb.entity && opensPredicate(verb)) {
      const topic = ctx.discourse.topical('organization', { s, i: 0 });
      return topic && arg([topic.value], 'anaphor', [topic.s]);
    }
  }
  for (let k = u.length - 1; k >= 0; k--) {
    const x = u[k]!;
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym' || !(x.type === 'organization' || x.type === 'country' || x.type === 'group')) continue;
    let p = k - 1;
    while (p >= 0 && (isDet(u[p]!.lower) || (isContent(u[p]) && !u[p]!.entity && /^[a-z]/.test(u[p]!.text) && !looksVerbal(u[p]!) && isPrep(u[p - 1]?.lower ?? '')))) p--;
    if (p >= 0 && isPrep(u[p]!.lower)) continue;
    if (isAddressAfter(u, k)) continue;
    // a possessor is its noun's modifier: "Sudan's army" stands for the army, read as the country only when nothing else is left
    if (isPossessive(u[k + 1]?.lower ?? '')) continue;
    // ("Arianespace said ... because the older Ariane 4 remained in service. Its chairman": not inside a clause of reason,
    // time or concession)
    if (u.slice(0, k).some((y) => !y.entity && SUBORDINATORS.test(y.lower))) continue;
    return arg([x.entity], 'anaphor', [s]);
  }
  return undefined;
}

/**
 * "The British Museum has agreed to lend the bronzes to a museum in Nigeria, under a deal announced by its director":
 * "its" inside a sentence is the sentence's subject when that opens it as an organisation or country (not a name
 * met later in a prepositional phrase).
 */
export function clauseSubjectBody(ctx: Ctx, before: number): Arg | undefined {
  for (let k = 0; k < before && k < 4; k++) {
    const x = ctx.units[k]!;
    if (!isEntity(x)) continue;
    if (x.partial || x.metonymy === 'demonym' || !(x.type === 'organization' || x.type === 'country' || x.type === 'group')) return undefined;
    if (isPossessive(ctx.units[k + 1]?.lower ?? '')) return undefined;
    return subjectLike(ctx, k) ? arg([x.entity], 'anaphor') : undefined;
  }
  return undefined;
}

/** The subject of the infinitive "to" at unit j: "X's decision to", "asked X to", "X plans to", "X was the first to". */
export function infinitiveSubject(ctx: Ctx, j: number): Arg | undefined {
  const u = ctx.units;
  let p = j - 1;
  while (p >= 0 && isAdverb(u[p])) p--;
  const x = u[p];
  if (!x) return undefined;
  // "It (also) plans to buy": after a pronoun or an adverb the word is the verb ("plans"), not the noun ("its plans")
  const prev = u[p - 1];
  const verbUse = !!prev && !prev.entity && (isSingularPronoun(prev.lower) || prev.lower === 'they' || isAdverb(prev));
  if (!x.entity && isControlNoun(x.lower) && !(verbUse && (isHypVerb(x.lower) || isNegVerb(x.lower)))) {
    const mark = { negated: isNegControlNoun(x.lower) || undefined, hypothetical: isHypControlNoun(x.lower) || undefined };
    if (u[p - 1] && isPossessive(u[p - 1]!.lower)) {
      const a = possessorAt(ctx, p - 2);
      return a && { ...a, via: a.via === 'anaphor' ? 'anaphor' : 'control', ...mark };
    }
    const a = clauseSubjectBefore(ctx, p);
    return a && { ...a, ...mark };
  }
  // "asked North Korea to", "called on Russia to", "urged the two sides to"
  if (isEntity(x) || isContent(x)) {
    const ph = readPhraseLeft(ctx, p);
    const before = u[ph.start - 1];
    // "missiles that could be used by Iran to strike Israel", "hired by X to": the agent of a passive acts.
    const participle = u[ph.start - 2];
    if (before?.lower === 'by' && ph.arg && participle && !participle.entity && /(?:ed|en|wn|ght|ung|ade|id|ne)$/.test(participle.lower)) {
      let hypothetical = false;
      for (let k = ph.start - 3; k >= 0 && k >= ph.start - 6; k--) {
        const w = u[k]!.lower;
        if (isModal(w)) { hypothetical = true; break; }
        if (!isAux(w) && !isAdverb(u[k]) && !isNeg(w)) break;
      }
      return { ...ph.arg, via: 'control', ...(hypothetical ? { hypothetical: true } : {}) };
    }
    const verb = before && (before.lower === 'on' || before.lower === 'upon') ? u[ph.start - 2] : before;
    // The requestee is the subject; when it is not a name we know ("the international community"), nobody is.
    if (verb && isRequestVerb(verb.lower)) return ph.arg && { ...ph.arg, via: 'control', hypothetical: true };
  }
  if (!x.entity && isHypVerb(x.lower)) {
    const a = verbSubject(ctx, p);
    return a && { ...a, hypothetical: true };
  }
  if (!x.entity && isNegVerb(x.lower)) {
    const a = verbSubject(ctx, p);
    return a && { ...a, negated: true };
  }
  const a = clauseSubjectBefore(ctx, p + 1);
  if (!a) return undefined;
  // "will travel to Dhaka on Thursday to meet X": the purpose of a plan is itself only planned.
  let hypothetical = false;
  for (let k = j - 1; k >= 0; k--) {
    const w = u[k]!;
    if (w.entity) continue;
    if (isBreaker(w.lower) || (isPunct(w) && !isComma(w))) break;
    if (isModal(w.lower) || isHypVerb(w.lower)) { hypothetical = true; break; }
  }
  return { ...a, via: 'fallback', ...(hypothetical ? { hypothetical: true } : {}) };
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_LEADS = new Set(['on', 'last', 'this', 'in', 'early', 'late', 'next']);
/** A day, month or period ("Monday", "week"), and what leads a time phrase ("on Monday", "last week"). */
const isTimeWord = (w: string) => TIME_WORDS.has(w);
const isTimeLead = (w: string) => TIME_LEADS.has(w);

/** The subject of the verb at unit i, reading leftwards. */
export function verbSubject(ctx: Ctx, i: number): Arg | undefined {
  const u = ctx.units;
  let j = i - 1;
  const gerund = /ing$/.test(u[i]!.lower);
  for (;;) {
    while (j >= 0 && ((gerund && !u[j]!.entity && isAspectualVerb(u[j]!.lower)) || isAdverb(u[j]) || isAux(u[j]!.lower) || isModal(u[j]!.lower) || isNeg(u[j]!.lower) || u[j]!.lower === 'longer' || (u[j]!.lower === 'no' && u[j + 1]?.lower === 'longer'))) j--;
    // "Peru's Congress on Monday elected X", "the EU last week imposed": a time phrase between subject and verb.
    if (j >= 1 && !u[j]!.entity && isTimeWord(u[j]!.lower) && isTimeLead(u[j - 1]!.lower)) { j -= 2; continue; }
    // "The International Association of Athletics Federations (IAAF) has banned": a short name in brackets
    if (j >= 3 && u[j]!.text === ')' && u[j - 2]?.text === '(' && isEntity(u[j - 3])) { j -= 3; continue; }
    break;
  }
  const x = u[j];
  if (!x) return undefined;
  if (x.lower === 'to') return infinitiveSubject(ctx, j);
  // "Oswald acted alone in killing Kennedy", "after meeting Xi": the clause's subject does the gerund.
  if (gerund && !x.entity && isPrep(x.lower) && j === i - 1) {
    const a = clauseSubjectBefore(ctx, j);
    return a && { ...a, via: 'control' };
  }
  if (!x.entity && isRelative(x.lower)) {
    let k = j - 1;
    if (isComma(u[k])) k--;
    // "Girard, 61, who led ...": an age between the name and the relative pronoun
    if (/^\d{1,3}$/.test(u[k]?.text ?? '') && isComma(u[k - 1])) k -= 2;
    if (k < 0) return undefined;
    const ph = readPhraseLeft(ctx, k);
    // ("an exchange between A and Rwanda's B, who accused X": a "who" clause set off after a coordination of people is
    // the last one's, as the parse hangs it, unless its verb is plural: "A and B, who have met twice"; not "which" after
    // states or bodies: "Egypt and Qatar, which mediated between the two sides")
    const last = u[k]!;
    if (ph.arg && ph.arg.ids.length >= 2 && x.lower === 'who' && isComma(u[j - 1]) && last.entity && last.type === 'person' && ph.arg.ids.includes(last.entity) && !pluralForm(u, j, i)) {
      return { ...ph.arg, ids: [last.entity], via: 'relative' };
    }
    return ph.arg && { ...ph.arg, via: 'relative' };
  }
  if (!x.entity && (isSingularPronoun(x.lower) || x.lower === 'they')) return resolvePronoun(ctx, j);
  if (isComma(x) && !/ing$/.test(u[i]!.lower)) {
    // An apposition between subject and verb: "Pushilin, the head of ..., accepted" / "Turkey's minister, Hakan Fidan, met".
    let c = j - 1;
    // ("Fernandez, who led Argentina from 2007 to 2015 and served as vice president until 2023, heads": a relative clause
    // may be long and coordinate its verbs)
    while (c >= 0 && j - c < 24 && !isComma(u[c])) c--;
    const relativeClause = isComma(u[c]) && isRelative(u[c + 1]?.lower ?? '') && !u[c + 1]!.entity;
    if (isComma(u[c]) && j - c >= 14 && !relativeClause) return undefined;
    if (!isComma(u[c])) {
      // ("Cristina Fernandez, 72, heads the party": the age is left out of the units, its second comma stays right after
      // the name; the offsets keep the gap)
      const p = u[j - 1];
      return isEntity(p) && p.type === 'person' && x.start - p.end > 2 ? { ids: [p.entity], via: 'direct', from: [] } : undefined;
    }
    // Only an apposition or a relative clause ("X, who attended, held talks") may sit between the commas.
    // ("Wasmosy, a civil engineer who took office in 1993, accused": a relative clause inside the apposition too)
    // (a relative clause runs to the comma whatever its words: "who served as vice president until 2023,")
    if (!relativeClause && u.slice(c + 2, j).some((y) => !y.entity && isBreaker(y.lower) && !isRelative(y.lower))) return undefined;
    if (c + 2 === j && isEntity(u[c + 1])) return { ids: [u[c + 1]!.entity!], via: 'direct', from: [] };
    if (isEntity(u[c - 1]) || (isContent(u[c - 1]) && !isAdverb(u[c - 1]))) return readPhraseLeft(ctx, c - 1).arg;
    return undefined;
  }
  if (!x.entity && (x.lower === 'and' || x.lower === 'but')) {
    // Coordinated verbs share the subject: "The company sued Samsung and criticized Google".
    const prior = ctx.subjects.filter((s) => s.i < i);
    if (prior.length) return { ...prior[prior.length - 1]!.arg };
    let c = j - 1;
    while (c >= 0 && !isComma(u[c]) && !(isBreaker(u[c]!.lower) && !u[c]!.entity)) c--;
    // ("He denies wrongdoing and accuses X": a pronoun opening the first clause is the subject of both, when its own
    // verb is of the same tense and no reported clause stands between: not "He said the government would ... and seek")
    const first = u[c + 1];
    const tense = (w: string) => (/ed$/.test(w) ? 'past' : /s$/.test(w) ? 'present' : undefined);
    const own = u[c + 2];
    if (first && !first.entity && (isSingularPronoun(first.lower) || first.lower === 'they') && own && c + 2 < j && !own.entity
      && !isReportingVerb(own.lower) && tense(own.lower) && tense(own.lower) === tense(u[i]!.lower)
      && !u.slice(c + 3, j).some((y) => y.entity || isModal(y.lower) || isReportingVerb(y.lower) || isRelative(y.lower) || y.lower === 'that')) return resolvePronoun(ctx, c + 1);
    const ph = readPhrase(ctx, c + 1, j);
    return ph.arg && (isEntity(u[c + 1]) || isDet(u[c + 1]!.lower)) ? ph.arg : undefined;
  }
  if (isComma(x) && /ing$/.test(u[i]!.lower)) {
    // A participle clause ", condemning X" shares the subject of the main clause.
    const prior = ctx.subjects.filter((s) => s.i < i);
    if (prior.length) return { ...prior[prior.length - 1]!.arg };
    return clauseSubjectBefore(ctx, j);
  }
  if (isEntity(x) || (isContent(x) && !isAdverb(x))) {
    const ph = readPhraseLeft(ctx, j);
    // "Leaders in Chechnya criticised X": the name inside a prepositional phrase only stands in
    // for an actor noun before it ("officials in Kyiv"); "prices in Germany rose" has no actor.
    const before = u[ph.start - 1];
    if (ph.arg && before && !before.entity && isPrep(before.lower) && !isBreaker(before.lower)) {
      const noun = u[ph.start - 2];
      if (!noun || noun.entity || !isActorNoun(noun.lower) || ph.arg.ids.some((id) => !standsFor(ctx, id, noun, [u[ph.start]!, noun]))) return undefined;
      // ("A court in Lyon sentenced X", "Police in Lyon arrested X": a city other than a capital is where they sit,
      // not who acts; "officials in Kyiv" speak for the state)
      if (ph.arg.ids.every((id) => ctx.entities.get(id)?.type === 'city' && !countryOfCapital(ctx.entities.get(id)!.name))) return undefined;
      return { ...ph.arg, via: 'modifier' };
    }
    // ("the United States and four Latin American countries asked": a named actor coordinated before a plural noun
    // phrase that names none)
    if (!ph.arg && before?.lower === 'and' && isEntity(u[ph.start - 2]) && ACTOR_TYPES.has(u[ph.start - 2]!.type!) && /s$/.test(u[j]!.lower)) {
      const first = readPhraseLeft(ctx, ph.start - 2);
      if (first.arg) return first.arg;
    }
    return ph.arg;
  }
  return undefined;
}

/**
 * Whether the verb group from unit `from` to the verb at `verb` is plural: its auxiliary "have", "are", "were", "do",
 * or a bare present ("lend"). A past form or a modal cannot tell, and counts as not plural.
 */
function pluralForm(u: readonly Unit[], from: number, verb: number): boolean {
  for (let k = from + 1; k < verb; k++) if (/^(?:have|are|were|do|'re|'ve)$/.test(u[k]!.lower)) return true;
  if (u.slice(from + 1, verb).some((x) => isAux(x.lower) || isModal(x.lower))) return false;
  const w = u[verb]!.lower;
  return /^[a-z]+$/.test(w) && !/(?:s|ed)$/.test(w) && !IRREGULAR_PAST_FORMS.has(w);
}
const IRREGULAR_PAST_FORMS = new Set(['gave', 'lent', 'sent', 'sold', 'met', 'took', 'made', 'held', 'paid', 'brought', 'bought', 'fought', 'left', 'led', 'won', 'struck', 'told', 'put', 'cut', 'set', 'hit', 'let', 'shut', 'quit', 'spent', 'kept', 'began', 'became', 'came', 'ran', 'saw', 'spoke', 'wrote', 'broke', 'chose', 'drove', 'rose', 'stood', 'withdrew', 'drew', 'threw', 'knew', 'grew', 'flew', 'froze', 'sought', 'taught', 'caught', 'thought', 'found', 'built', 'lost', 'shot', 'swore', 'upheld', 'overthrew', 'beat', 'bid', 'read', 'spread']);

/** Entities an argument names, restricted to types a role allows. */
export function keepTypes(ctx: Ctx, a: Arg | undefined, allowed: ReadonlySet<string>): Arg | undefined {
  if (!a) return undefined;
  const ids = a.ids.filter((id) => allowed.has(typeOf(ctx, id) ?? ''));
  return ids.length ? { ...a, ids } : undefined;
}
