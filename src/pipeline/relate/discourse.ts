// What the article has said so far, for reading anaphors: "the country" is the
// last country named, "their independence" / "the self-proclaimed republics" the
// last coordinated set of places ("Donetsk and Luhansk"), "the separatists" the
// last entity seen as "<Name> separatists". These are general rules of news
// prose, built in one pass over all sentences and queried by position.
import type { Entity } from '../../types.ts';
import type { SentenceUnits, Unit } from './units.ts';
import { datelinePrefix } from '../segment-dateline.ts';
import { ORGANIZATION_KINDS } from './data/words.ts';
import { ACTOR_TYPES, isAux, isModal, isReportingVerb, isTriggerVerb, isSoleHolderTitle, isNewsAgency, isActorNoun, isNonStateActorNoun, isComma, isConj, isDet, isEntity, isNeighbourWord, isPossessive, isPrep, isOrganizationAnaphor, isOrganizationDescriptor, PLACE_TYPES } from './classes.ts';

/** A position in the article: sentence number and unit number within it. */
export interface Position {
  s: number;
  i: number;
}

interface Noted<T> extends Position {
  value: T;
}

/** How far back (in sentences) each kind of anaphor may reach. */
export const REACH = {
  country: { sentences: 3, reason: '"the country" names a country mentioned in the last few sentences' },
  placeSet: { sentences: 8, reason: 'a plural place anaphor ("the territories") refers to a set named within the last paragraphs' },
  nounHead: { sentences: 12, reason: '"the separatists" refers to "<Name> separatists" seen before; the noun must match, so it may reach far' },
  pair: { sentences: 4, reason: '"the two countries" names a pair coordinated in the last few sentences' },
  organization: { sentences: 4, reason: '"the company", "the alliance" name an organisation mentioned in the last few sentences' },
  namePart: { sentences: 4, reason: '"the North" refers to a recently named "North Korea"' },
  description: { sentences: 8, reason: '"the lender" refers to a body the article described as a lender ("Westmere, Australia\'s sixth-largest lender"); the noun must match, so it may reach past the last few sentences' },
} as const;

export interface Discourse {
  lastCountry(at: Position): Noted<string> | undefined;
  lastOrganization(at: Position, accept?: (id: string) => boolean): Noted<string> | undefined;
  /** Of the organisations named within reach before `at`, the one the article names most (ties: the latest). */
  salientOrganization(at: Position, accept?: (id: string) => boolean): Noted<string> | undefined;
  lastPlaceSet(at: Position): Noted<string[]> | undefined;
  /** "the two countries", "both sides": the last two coordinated actors. */
  lastPair(at: Position): Noted<string[]> | undefined;
  /**
   * "urged both countries" with no pair coordinated within reach: the two countries the article has named most
   * before `at`, when they clearly lead (each named at least twice, the second more often than the third), noted
   * at the latest sentence that names both (undefined when none does).
   */
  leadingCountries(at: Position): Noted<string[]> | undefined;
  lastNounHead(noun: string, at: Position): Noted<string> | undefined;
  /**
   * "the lender", "the brewer": the one organisation the article described with this noun within reach, in apposition
   * ("Westmere, Australia's sixth-largest lender,") or before its name ("the Dutch brewer Van Hoorn"); undefined when
   * none, or when two bodies were described so (no antecedent is clear).
   */
  describedAs(noun: string, at: Position): Noted<string> | undefined;
  /** "the North" -> the last entity whose name contains the word "North". */
  lastNamePart(word: string, at: Position): Noted<string> | undefined;
  /**
   * "Britain's competition regulator on Thursday cleared ... The Competition and Markets Authority had warned": the
   * body a description opening a sentence as its subject (head noun at `at`) names, when the article names it only
   * in the next sentence (see describedAhead); noted where the name is.
   */
  namedAhead(at: Position): Noted<string> | undefined;
  /** Every description resolved forward (see namedAhead), with the country that owns it ("Britain's"), if any. */
  descriptionsAhead(): readonly DescribedAhead[];
  /**
   * The salient country or organisation for a definite description ("the country", "the government", "the company"):
   * of those named in the latest sentence (up to `at`) that names any within reach, the ones leading it as its subject
   * (the first actor, not inside a prepositional phrase, and whatever is coordinated with it), else all of them; of
   * several, the one the article has named most. Agreement comes first: of those, the ones whose names mark the kind
   * the description names (`marks`: "Halden Steel Group" for "the company"). Undefined when none, or when two are equally salient ("Siemens and
   * Alstom both bid ... The company said": no antecedent is clear).
   */
  topical(kind: 'country' | 'organization', at: Position, accept?: (id: string) => boolean, marks?: (id: string) => boolean): Noted<string> | undefined;
}

/** A description opening a sentence, resolved to the body the next sentence names (see describedAhead). */
export interface DescribedAhead {
  /** Where the description's head noun is. */
  at: Position;
  noun: string;
  /** The body, and where the next sentence names it. */
  body: Noted<string>;
  /** The country written as the description's possessor ("Britain's competition regulator"), with its unit. */
  owner?: Noted<string>;
}

const before = (a: Position, b: Position) => a.s < b.s || (a.s === b.s && a.i < b.i);

function latest<T>(list: Noted<T>[], at: Position, reach: number, ok: (n: Noted<T>) => boolean = () => true): Noted<T> | undefined {
  // The list is in text order: binary-search the last entry before `at`, then walk back.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!, at)) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const n = list[k]!;
    if (at.s - n.s > reach) return undefined;
    if (ok(n)) return n;
  }
  return undefined;
}

const isSubnationalPlace = (u: Unit) => PLACE_TYPES.has(u.type!) && u.type !== 'country';
const isActor = (u: Unit) => ACTOR_TYPES.has(u.type!);

/** Places coordinated from unit i on: "Donetsk and Luhansk", "A, B and C", "Donetsk and its neighboring Lugansk". */
export function coordinatedPlaces(units: Unit[], i: number): { ids: string[]; end: number } {
  return coordinated(units, i, isSubnationalPlace);
}

/** Entities of one kind coordinated from unit i on. */
function coordinated(units: Unit[], i: number, fits: (u: Unit) => boolean): { ids: string[]; end: number } {
  const first = units[i];
  if (!isEntity(first) || !fits(first)) return { ids: [], end: i };
  const ids = [first.entity];
  let k = i + 1;
  let end = i;
  while (k < units.length && (isConj(units[k]!.lower) || isComma(units[k]))) {
    // "Volker Türk, the UN human rights chief": a comma before a determiner opens an apposition, not a list.
    if (isComma(units[k]) && isDet(units[k + 1]?.lower ?? '')) break;
    let m = k + 1;
    while (m < units.length && (isNeighbourWord(units[m]!.lower) || isDet(units[m]!.lower))) m++;
    // ("Sergei Shoigu and the chief of its general staff, Valery Gerasimov": a person conjunct told by a description
    // with the name in apposition)
    if (isConj(units[k]!.lower) && first.type === 'person') m = describedPersonAt(units, k + 1) ?? m;
    const next = units[m];
    if (!isEntity(next) || !fits(next)) break;
    // ("Anglo American, South Africa's biggest mining house": a possessor after a comma opens an apposition too)
    if (isComma(units[k]) && isPossessive(units[m + 1]?.lower ?? '')) break;
    if (!ids.includes(next.entity)) ids.push(next.entity);
    end = m;
    k = m + 1;
  }
  return { ids, end };
}

/** Lower-case words of a description before a name in apposition ("the chief of its general staff"). */
const DESCRIPTION_FILLER = /^(?:[a-z][a-z-]*|'s)$/;

/**
 * "the chief of its general staff, Valery Gerasimov" from unit k: the unit of the person named in apposition after a
 * short description of lower-case words opening with a determiner or a possessive pronoun, or undefined.
 */
function describedPersonAt(units: readonly Unit[], k: number): number | undefined {
  const open = units[k];
  if (!open || !(isDet(open.lower) || /^(?:its|his|her|their)$/.test(open.lower))) return undefined;
  let m = k + 1;
  for (; m < units.length && m <= k + 7; m++) {
    const x = units[m]!;
    if (isComma(x)) break;
    if (x.entity || !DESCRIPTION_FILLER.test(x.text) || isConj(x.lower)) return undefined;
  }
  if (m === k + 1 || !isComma(units[m])) return undefined;
  const name = units[m + 1];
  if (!isEntity(name) || name.type !== 'person') return undefined;
  // (the apposition ends there: "..., Valery Gerasimov, accusing", "..., Valery Gerasimov.")
  const after = units[m + 2];
  return !after || isComma(after) || /^[.;:)]$/.test(after.text) ? m + 1 : undefined;
}

/**
 * Towns or regions coordinated in a prepositional phrase ("the count in Matagalpa and Jinotega") say where, and are
 * no two sides a later "both sides" could mean.
 */
function placesOfAPhrase(units: Unit[], i: number, end: number): boolean {
  let p = i - 1;
  while (p >= 0 && isDet(units[p]!.lower)) p--;
  if (p < 0 || !isPrep(units[p]!.lower)) return false;
  for (let k = i; k <= end; k++) if (isEntity(units[k]) && !isSubnationalPlace(units[k]!)) return false;
  return true;
}

/** As buildDiscourse, but built on the first question: most sentences never ask one. */
export function lazyDiscourse(sentences: SentenceUnits[], entities: Map<string, Entity>, usable: (s: SentenceUnits) => boolean): Discourse {
  let built: Discourse | undefined;
  const get = () => (built ??= buildDiscourse(sentences, entities, usable));
  return {
    lastCountry: (at) => get().lastCountry(at),
    lastOrganization: (at, accept) => get().lastOrganization(at, accept),
    salientOrganization: (at, accept) => get().salientOrganization(at, accept),
    lastPlaceSet: (at) => get().lastPlaceSet(at),
    lastPair: (at) => get().lastPair(at),
    leadingCountries: (at) => get().leadingCountries(at),
    lastNounHead: (noun, at) => get().lastNounHead(noun, at),
    lastNamePart: (word, at) => get().lastNamePart(word, at),
    describedAs: (noun, at) => get().describedAs(noun, at),
    namedAhead: (at) => get().namedAhead(at),
    descriptionsAhead: () => get().descriptionsAhead(),
    topical: (kind, at, accept, marks) => get().topical(kind, at, accept, marks),
  };
}

/** The units that lead a sentence as its subject: the first actor not inside a prepositional phrase, and its conjuncts. */
function leadingUnits(units: Unit[]): Set<number> {
  const lead = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u) || !isActor(u)) continue;
    let p = i - 1;
    while (p >= 0 && (isDet(units[p]!.lower) || isNeighbourWord(units[p]!.lower))) p--;
    if (p >= 0 && isPrep(units[p]!.lower)) continue;
    // ("Mexico's economy minister": a possessor leads with its noun)
    lead.add(i);
    const { end } = coordinated(units, i, isActor);
    for (let k = i + 1; k <= end; k++) if (isEntity(units[k])) lead.add(k);
    break;
  }
  return lead;
}

/** A noun that can describe an organisation ("lender", "union", "brewer"). */
export const isDescriptionNoun = (w: string) => isOrganizationDescriptor(w) || isOrganizationAnaphor(w);
/** A lower-case word of a description ("sixth-largest", "state-owned", "copper"). */
const isDescriptionWord = (u: Unit | undefined) => !!u && !u.entity && /^[a-z][a-z-]*$/.test(u.text);
/** Words that end a description's noun phrase ("the state-owned firm that runs", "lender by assets"). */
const ENDS_DESCRIPTION = /^(?:,|\.|;|:|\)|that|which|who|whose|of|in|by|with|for|to|and|based|at|on|from)$/;

/**
 * The head noun of a description in apposition after the name at unit i ("Westmere, Australia's sixth-largest lender
 * by assets," -> "lender"; "Rusal, the world's third-largest aluminium producer," -> "producer"), or undefined. The
 * description opens with a determiner or a possessor and holds lower-case words only up to its end.
 */
export function appositionNoun(units: readonly Unit[], i: number): string | undefined {
  if (!isComma(units[i + 1])) return undefined;
  let k = i + 2;
  const x = units[k];
  if (!x) return undefined;
  if (/^(?:the|a|an)$/.test(x.lower)) {
    k++;
    // "the world's", "the country's": a possessor inside the description
    if (isDescriptionWord(units[k]) && isPossessive(units[k + 1]?.lower ?? '')) k += 2;
  } else if (isEntity(x) && isPossessive(units[k + 1]?.lower ?? '')) k += 2;
  else return undefined;
  let noun: string | undefined;
  for (let n = 0; n < 5 && isDescriptionWord(units[k]) && !ENDS_DESCRIPTION.test(units[k]!.lower); n++, k++) noun = units[k]!.lower;
  if (!noun || !units[k] || !ENDS_DESCRIPTION.test(units[k]!.lower)) return undefined;
  return isDescriptionNoun(noun) ? noun : undefined;
}

/** The noun right before the name at unit i that describes it ("the Dutch brewer Van Hoorn" -> "brewer"), or undefined. */
function premodifierNoun(units: readonly Unit[], i: number): string | undefined {
  const x = units[i - 1];
  return isDescriptionWord(x) && isOrganizationDescriptor(x!.lower) ? x!.lower : undefined;
}

/** Words in the names of bodies a description noun may stand for ("the regulator": "... Commission", "... Authority"). */
const KIND_NAME_WORDS = new Map<string, string[]>([
  ...['regulator', 'watchdog'].map((n): [string, string[]] => [n, ['authority', 'commission', 'office', 'agency', 'board', 'regulator', 'administration', 'inspectorate', 'commissioner']]),
  // (and the words of a union's name that say whom it organises, words.ts ORGANIZATION_KINDS.union: "Teamsters Canada Rail Conference")
  ['union', ['federation', 'confederation', 'congress', ...ORGANIZATION_KINDS.union.nameWords.words]],
  ...['court', 'tribunal'].map((n): [string, string[]] => [n, ['court', 'tribunal']]),
]);

/** The words of names of bodies "the <noun>" may stand for by kind ("watchdog": "authority", "commission", ...). */
export const kindNameWords = (noun: string): readonly string[] => KIND_NAME_WORDS.get(noun) ?? [];

/** Words of rank or size in a description that say nothing of which body it is ("largest", "main"). */
const RANK_WORDS = /^(?:[a-z]+est|main|top|leading|new|former|national|state-run|state-owned|independent)$/;
/** A word that may open a predicate right after a subject ("cleared", "has", "will", "declared", "on Thursday"). */
const opensClause = (u: Unit | undefined) => !!u && !u.entity && (/^[a-z]+(?:s|ed)$/.test(u.text) || isAux(u.lower) || isModal(u.lower) || isReportingVerb(u.lower) || isTriggerVerb(u.lower) || u.lower === 'on');

/**
 * A description of a body with no name that opens sentence `units` as its subject ("Britain's competition regulator
 * on Thursday cleared", "The country's largest union at X declared"): its head noun's unit, its modifier words and its
 * possessor country's unit, or undefined.
 */
export function openingDescriptionOfBody(su: SentenceUnits): { head: number; words: string[]; owner?: number } | undefined {
  const { units } = su;
  // (after a wire dateline: "LONDON, Dec 5 (Reuters) - Britain's competition regulator ...")
  const prefix = datelinePrefix(su.sentence.text);
  let k = prefix ? units.findIndex((x) => x.start >= su.sentence.start + prefix) : 0;
  if (k < 0) return undefined;
  let owner: number | undefined;
  // (or a bloc's, the article before its name: "The European Union's top court on Thursday ordered X. The Court of
  // Justice of the EU said")
  const bloc = (x: Unit | undefined) => isEntity(x) && x.type === 'organization';
  if (units[k]?.lower === 'the' && bloc(units[k + 1]) && isPossessive(units[k + 2]?.lower ?? '')) { owner = k + 1; k += 3; }
  else if (units[k]?.lower === 'the') k++;
  else if (isEntity(units[k]) && (units[k]!.type === 'country' || bloc(units[k])) && isPossessive(units[k + 1]?.lower ?? '')) { owner = k; k += 2; }
  else return undefined;
  const words: string[] = [];
  for (; k < units.length && words.length < 4 && isDescriptionWord(units[k]) && !ENDS_DESCRIPTION.test(units[k]!.lower); k++) {
    const w = units[k]!.lower;
    // ("Italy's data protection authority said": a word a regulator's name is made of heads a description of one too)
    if (isDescriptionNoun(w) || kindNameWords('regulator').includes(w)) {
      // ("The country's largest union at Samsung Electronics": a named workplace may follow the noun)
      let next = k + 1;
      if (isPrep(units[next]?.lower ?? '') && units[next]!.lower !== 'on' && isEntity(units[next + 1])) next += 2;
      if (opensClause(units[next])) return { head: k, words, owner };
    }
    words.push(w);
  }
  return undefined;
}

/** Two description nouns of one kind of body: the same noun, or one a word of the other's kind ("watchdog", "authority"). */
const sameKindNouns = (a: string, b: string) => a === b || kindNameWords(a).includes(b) || kindNameWords(b).includes(a);

/**
 * "The watchdog, known as the Garante, found ...": the unit of the organisation a sentence-opening description of the
 * same kind as `noun` names in apposition ("The <noun>, (known as | called)? (the)? <Name>,"), or undefined.
 */
function restatedName(units: readonly Unit[], noun: string): number | undefined {
  if (units[0]?.lower !== 'the' || !units[1] || !sameKindNouns(noun, units[1].lower) || !isComma(units[2])) return undefined;
  let k = 3;
  if (units[k]?.lower === 'known' && units[k + 1]?.lower === 'as') k += 2;
  else if (units[k]?.lower === 'called') k++;
  if (units[k]?.lower === 'the') k++;
  const x = units[k];
  if (!isEntity(x) || !(x.type === 'organization' || x.type === 'group') || isNewsAgency(x.lower)) return undefined;
  return isComma(units[k + 1]) ? k : undefined;
}

/**
 * "Britain's competition regulator on Thursday cleared X. The Competition and Markets Authority (CMA) had warned":
 * the one body first named leading the next sentence as its subject, when its name agrees with the description
 * (holds its noun, "the union" for "... Union", or one of its telling words, "competition"). Only a lead's way of
 * naming a body after describing it; an anaphor referring back is read elsewhere.
 */
function describedAhead(sentences: SentenceUnits[], s: number, usable: (s: SentenceUnits) => boolean, leads: Map<number, Set<number>>, entities: Map<string, Entity>, namedBefore: (id: string, s: number) => boolean): DescribedAhead | undefined {
  const units = sentences[s]!.units;
  const d = openingDescriptionOfBody(sentences[s]!);
  if (!d) return undefined;
  const nextSu = sentences[s + 1];
  if (!nextSu || !usable(nextSu)) return undefined;
  const noun = units[d.head]!.lower;
  // ("Italy's data protection authority said it had fined X. The watchdog, known as the Garante, found": a description
  // of the same kind again, with the name in apposition, names the body as well as a name leading the sentence would)
  const restated = restatedName(nextSu.units, noun);
  if (restated !== undefined) {
    const body = nextSu.units[restated]!;
    if (namedBefore(body.entity!, s + 1)) return undefined;
    return {
      at: { s, i: d.head },
      noun,
      body: { s: s + 1, i: restated, value: body.entity! },
      owner: d.owner === undefined ? undefined : { s, i: d.owner, value: units[d.owner]!.entity! },
    };
  }
  const lead = leads.get(s + 1) ?? new Set<number>();
  const bodies = [...lead].map((i) => nextSu.units[i]!).filter((x) => isEntity(x) && (x.type === 'organization' || x.type === 'group') && x.metonymy !== 'demonym' && !isNewsAgency(x.lower));
  const ids = new Set(bodies.map((x) => x.entity!));
  if (ids.size !== 1) return undefined;
  const body = bodies[0]!;
  if (namedBefore(body.entity!, s + 1)) return undefined;
  const name = entities.get(body.entity!)?.name ?? body.text;
  const nameWords = name.toLowerCase().split(/[^\p{L}]+/u);
  const telling = d.words.filter((w) => !RANK_WORDS.test(w) && w.length > 3);
  // ("India's antitrust regulator ... The Competition Commission of India": the owner's name inside the body's, with
  // a name word of the noun's kind)
  const owner = d.owner === undefined ? undefined : entities.get(units[d.owner]!.entity!);
  const ownerWords = owner ? [owner.name, ...owner.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 2) : [];
  const ownKind = ownerWords.some((w) => nameWords.includes(w)) && (KIND_NAME_WORDS.get(noun) ?? []).some((w) => nameWords.includes(w));
  if (!nameWords.includes(noun) && !telling.some((w) => nameWords.includes(w)) && !ownKind) return undefined;
  return {
    at: { s, i: d.head },
    noun,
    body: { s: s + 1, i: body.i, value: body.entity! },
    owner: d.owner === undefined ? undefined : { s, i: d.owner, value: units[d.owner]!.entity! },
  };
}

export function buildDiscourse(sentences: SentenceUnits[], entities: Map<string, Entity>, usable: (s: SentenceUnits) => boolean): Discourse {
  const countries: Noted<string>[] = [];
  const organizations: Noted<string>[] = [];
  const sets: Noted<string[]>[] = [];
  const pairs: Noted<string[]>[] = [];
  const heads: Noted<{ noun: string; entity: string }>[] = [];
  const named: Noted<string>[] = [];
  const descriptions: Noted<{ noun: string; entity: string }>[] = [];
  const leads = new Map<number, Set<number>>();
  sentences.forEach((su, s) => {
    if (!usable(su)) return;
    const { units } = su;
    leads.set(s, leadingUnits(units));
    let inSet = -1;
    let inPair = -1;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (!isEntity(u)) continue;
      named.push({ s, i, value: u.entity });
      if (u.type === 'country') countries.push({ s, i, value: u.entity });
      if ((u.type === 'organization' || u.type === 'group') && !isNewsAgency(u.lower)) organizations.push({ s, i, value: u.entity });
      // The longest coordination starting here; members further on are not new sets.
      if (i > inSet) {
        const set = coordinatedPlaces(units, i);
        if (set.ids.length >= 2) { sets.push({ s, i: set.end, value: set.ids }); inSet = set.end; }
      }
      if (i > inPair) {
        // (a pair is of one class: "the French ambassador in Sanaa, Jean-Claude Vaillant," is no pair of sides)
        const pair = coordinated(units, i, (x) => isActor(x) && (x.type === 'person') === (u.type === 'person'));
        if (pair.ids.length === 2 && !placesOfAPhrase(units, i, pair.end)) { pairs.push({ s, i: pair.end, value: pair.ids }); inPair = pair.end; }
      }
      // "Donetsk separatists", "Russia's proxies"
      let k = i + 1;
      if (isPossessive(units[k]?.lower ?? '')) k++;
      const noun = units[k];
      if (noun && !noun.entity && isActorNoun(noun.lower) && !(isNonStateActorNoun(noun.lower) && u.type === 'country')) heads.push({ s, i: k, value: { noun: noun.lower, entity: u.entity } });
      // "King Gyanendra ... called on the king": a person named with an office only one person holds at a time
      const title = units[i - 1];
      if (u.type === 'person' && title && !title.entity && isSoleHolderTitle(title.lower)) heads.push({ s, i, value: { noun: title.lower, entity: u.entity } });
      // "Westmere, Australia's sixth-largest lender,", "the Dutch brewer Van Hoorn": what "the lender", "the brewer" will mean
      if ((u.type === 'organization' || u.type === 'group') && !u.partial && u.metonymy !== 'demonym') {
        for (const noun of [appositionNoun(units, i), premodifierNoun(units, i)]) if (noun) descriptions.push({ s, i, value: { noun, entity: u.entity } });
      }
    }
  });
  // ("Japanese survivors' group Nihon Hidankyo wins prize": a headline's description of a body says what "the group"
  // of the story means, as the lead's would)
  sentences.forEach((su, s) => {
    if (!su.sentence.heading || su.sentence.boilerplate) return;
    su.units.forEach((u, i) => {
      if (!isEntity(u) || !(u.type === 'organization' || u.type === 'group') || u.metonymy === 'demonym') return;
      const noun = premodifierNoun(su.units, i);
      if (noun) descriptions.push({ s, i, value: { noun, entity: u.entity } });
    });
  });
  // Descriptions opening a sentence that the next sentence names (a second pass: the name comes after)
  const firstNamed = new Map<string, number>();
  for (const n of named) if (!firstNamed.has(n.value)) firstNamed.set(n.value, n.s);
  const ahead: DescribedAhead[] = [];
  sentences.forEach((su, s) => {
    if (!usable(su)) return;
    const a = describedAhead(sentences, s, usable, leads, entities, (id, at) => (firstNamed.get(id) ?? Infinity) < at);
    if (!a) return;
    ahead.push(a);
    // (what a later "the regulator" means)
    descriptions.push({ s: a.body.s, i: a.body.i, value: { noun: a.noun, entity: a.body.value } });
  });
  descriptions.sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
  const nameWords = (id: string) => {
    const e = entities.get(id);
    if (!e) return [];
    return [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/[\s-]+/));
  };
  return {
    lastCountry: (at) => latest(countries, at, REACH.country.sentences),
    lastOrganization: (at, accept) => latest(organizations, at, REACH.organization.sentences, accept && ((n) => accept(n.value))),
    salientOrganization: (at, accept) => {
      let best: Noted<string> | undefined;
      let bestCount = -1;
      latest(organizations, at, REACH.organization.sentences, (n) => {
        if (accept && !accept(n.value)) return false;
        const count = entities.get(n.value)?.mentions.length ?? 0;
        if (count > bestCount) { best = n; bestCount = count; }
        return false; // walk the whole reach
      });
      return best;
    },
    lastPlaceSet: (at) => latest(sets, at, REACH.placeSet.sentences),
    lastPair: (at) => latest(pairs, at, REACH.pair.sentences),
    leadingCountries: (at) => {
      const count = new Map<string, number>();
      for (const n of countries) if (before(n, at)) count.set(n.value, (count.get(n.value) ?? 0) + 1);
      const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
      if (ranked.length < 2 || ranked[1]![1] < 2 || (ranked[2] && ranked[2][1] >= ranked[1]![1])) return undefined;
      const pair = [ranked[0]![0], ranked[1]![0]];
      // the latest sentence before `at` naming both: the evidence of the reading
      for (let k = countries.length - 1; k >= 0; k--) {
        const n = countries[k]!;
        if (!before(n, at) || n.value !== pair[0]) continue;
        if (countries.some((m) => m.s === n.s && m.value === pair[1] && before(m, at))) return { s: n.s, i: n.i, value: pair };
      }
      return undefined;
    },
    lastNounHead: (noun, at) => {
      const n = latest(heads, at, REACH.nounHead.sentences, (h) => h.value.noun === noun);
      return n && { s: n.s, i: n.i, value: n.value.entity };
    },
    topical: (kind, at, accept, marks) => {
      const list = kind === 'country' ? countries : organizations;
      const reach = kind === 'country' ? REACH.country.sentences : REACH.organization.sentences;
      // The latest sentence within reach that names a candidate, and its candidates.
      let s = -1;
      const inSentence: Noted<string>[] = [];
      latest(list, at, reach, (n) => {
        if (s >= 0 && n.s !== s) return true;
        if (accept && !accept(n.value)) return false;
        s = n.s;
        inSentence.push(n);
        return false;
      });
      if (!inSentence.length) return undefined;
      const agreeing = marks ? inSentence.filter((n) => marks(n.value)) : [];
      const fitting = agreeing.length ? agreeing : inSentence;
      const lead = leads.get(s);
      const leading = fitting.filter((n) => lead?.has(n.i));
      const pool = leading.length ? leading : fitting;
      const ids = [...new Set(pool.map((n) => n.value))];
      if (ids.length === 1) return pool.find((n) => n.value === ids[0]);
      const count = (id: string) => list.filter((n) => n.value === id && before(n, at)).length;
      const ranked = ids.map((id) => ({ id, c: count(id) })).sort((a, b) => b.c - a.c);
      if (ranked[0]!.c === ranked[1]!.c) return undefined;
      return pool.find((n) => n.value === ranked[0]!.id);
    },
    describedAs: (noun, at) => {
      let found: Noted<string> | undefined;
      let clear = true;
      latest(descriptions, at, REACH.description.sentences, (d) => {
        if (d.value.noun !== noun) return false;
        if (!found) found = { s: d.s, i: d.i, value: d.value.entity };
        else if (found.value !== d.value.entity) clear = false;
        return false; // walk the whole reach: two bodies described alike leave the noun unclear
      });
      return clear ? found : undefined;
    },
    namedAhead: (at) => {
      const a = ahead.find((x) => x.at.s === at.s && x.at.i === at.i);
      return a?.body;
    },
    descriptionsAhead: () => ahead,
    lastNamePart: (word, at) => latest(named, at, REACH.namePart.sentences, (n) => {
      const words = nameWords(n.value);
      return words.length > 1 && words.includes(word.toLowerCase());
    }),
  };
}
