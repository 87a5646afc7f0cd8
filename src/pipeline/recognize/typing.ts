// Giving a candidate span its entity type: gazetteers first (country, region,
// city, location, organisation, demonym), then the tagger's label, then the shape
// of the name. Place readings are settled from context (capital acting for its
// state, region versus the city of the same name).
import type { EntityType, GazetteerEntry, Mention, NerLabel } from '../../types.ts';
import {
  capitalOf, countryByCode, isAcronym, isCapitalAlternate, isFormerSeat, lookupDemonym, lookupOrganization, lookupPlace, mayEndTitle, nameKey, titleInfo,
} from '../gazetteer/index.ts';
import { CORPORATE_SUFFIXES, INDUSTRY_HEADS, ORGANIZATION_HEAD_WORDS, ORGANIZATION_LEAD_WORDS, SEAT_OF_GOVERNMENT_IDS, CLUB_LEADS, MOVEMENT_NAME_IDS } from '../gazetteer/data/organizations.ts';
import { US_STATE_ABBREVIATIONS } from '../gazetteer/data/us-states.ts';
import { INTEGRAL_TERRITORIES } from '../gazetteer/data/places.ts';
import { BUSINESS_HEADS, BUSINESS_LEADS } from '../gazetteer/data/business-words.ts';
import { medicineName, productNameAround } from './product-names.ts';
import { honourApposition } from './honour-names.ts';
import { faithAdjective } from './movements.ts';
import { isQuoted } from './work-titles.ts';
import { datelinePrefix, WIRE_DATELINE } from '../segment-dateline.ts';
import type { DocFacts } from './document.ts';
import { isCapitalised, withoutArabicArticle } from './document.ts';
import { appositionTitle, capitalReading, divisionNounAfter, regionOfficeAfter, inPlaceListAfterPreposition, listHasPlainCity, organizationCue, regionOrCity, sentenceBounds, titleBefore, townOwnedAfter } from './context.ts';
import {
  APPOSITION_ORGANIZATION_KINDS, FUNCTION_WORDS, COMMON_ABBREVIATIONS, COMMODITY_NOUNS, DISEASE_WORDS, GOODS_BEFORE_MAKER, isGoodsMakerWord, MAKER_NOUNS, CALENDAR_WORDS, ETHNIC_PREFIXES, PARTY_ADJECTIVES, PARTY_OFFICES, CITY_CONTEXT_WORDS, DIRECTION_WORDS, HONORIFICS, LOCATION_HEAD_WORDS, NON_PERSON_WORDS, PLACE_OVER_ORGANIZATION_HEADS, EVENT_HEAD_WORDS, LOCATIVE_PREPOSITIONS, NOT_NAMES, PERSON_NOUNS, SOURCE_VERBS, STANCE_PREFIXES,
} from './words.ts';

/** Particles inside a person's name ("Lula da Silva", "Ursula von der Leyen"). */
const PARTICLES = /^(de|da|das|do|dos|del|della|di|du|des|van|von|der|den|ter|bin|ibn|al|el|la|le)$/;

// Unicode-property patterns live in constants: a bundler may turn a literal into `new RegExp` at every call.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;

/** A span proposed by the tagger or by the capitalisation rules, before typing. */
export interface Candidate {
  /** Token indices [start, end). */
  start: number;
  end: number;
  label?: NerLabel;
  reason: string;
  /** What the rules already know the span to be. */
  known?: 'place' | 'organization' | 'demonym';
}

/** A typed mention plus what the document-level pass needs to revise it. */
export interface TypedMention extends Mention {
  /** Set when the name is both a region and a city and context did not decide. */
  regionOrCity?: { region: GazetteerEntry; city: GazetteerEntry; decided: 'region' | 'city' | undefined };
  /** Index of the first token and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}


/** Titles a portfolio word comes before ("Labour Minister", "Home Secretary"). */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner']);



/** What a person has that a place has not ("X's home", "X's lawyer"). */
const PERSONAL_POSSESSIONS = new Set(['home', 'house', 'apartment', 'residence', 'farm', 'ranch', 'lawyer', 'attorney', 'wife', 'husband', 'family', 'widow', 'children', 'parents']);

/** Participles that open a sentence before a preposition ("Born in Athens, ..."), never names there. */
const OPENING_PARTICIPLES = new Set(['born', 'based', 'founded', 'located', 'raised', 'educated', 'trained', 'elected', 'appointed', 'headquartered', 'named', 'known', 'married', 'buried']);

/** Head words of institutions no person's name ends on (unlike "Service", "Power" or "Post", which are surnames too). */
const INSTITUTION_HEADS = new Set(['corps', 'magazine', 'museum', 'hospital', 'school', 'library', 'university', 'college', 'institute', 'ministry', 'committee', 'commission', 'council', 'association', 'foundation', 'federation', 'agency', 'airlines', 'airways', 'academy', 'seminary', 'observatory', 'newspaper']);

/** Roles in a team or a club: a town's name before one names the club ("Surrey captain", "Norwich manager"). */
const TEAM_ROLES = new Set(['captain', 'manager', 'coach', 'skipper', 'chairman', 'owner', 'boss', 'striker', 'goalkeeper', 'pitcher', 'quarterback', 'midfielder', 'defender', 'forward', 'player', 'players', 'president', 'trainer', 'batsman', 'bowler', 'opener', 'keeper']);

/** Nouns for people that close a description in apposition (", a council member,", ", a family friend,"). */
/** Words for natural features named "<word> of <name>" ("Sea of Azov", "Gulf of Aden", "Strait of Hormuz"). */
const FEATURE_OF_WORDS = new Set(['sea', 'gulf', 'strait', 'straits', 'bay', 'lake', 'isle', 'cape', 'mount', 'mouth']);

/** Nouns for a kind of business a place's name may qualify ("the Bremen company"); not "group", "union", "club"... */
const SEAT_BEFORE_KINDS = new Set(['company', 'firm', 'bank', 'lender', 'insurer', 'carrier', 'airline', 'conglomerate', 'retailer',
  'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'refiner', 'utility', 'brewer', 'shipbuilder', 'shipyard', 'newspaper',
  'steelmaker', 'planemaker', 'toymaker', 'miner', 'publisher', 'broadcaster', 'supplier', 'developer', 'operator']);

/** Nouns for a settlement, before a town's name ("the town of X", "the port city X"). */
const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'port', 'hamlet', 'township', 'settlement',
  'towns', 'villages', 'cities', 'ports', 'hamlets', 'townships', 'settlements', 'resorts']);

/**
 * "the town of [X]", "the border town [X]", "the towns of Shire, Axum and [Adwa]", "the regional capital, [Mekelle],": the
 * settlement noun right before the name, or before "of" and the name, or before the list the name ends; or "capital"
 * after "the" (and up to two describing words) with the name in apposition.
 */
export function settlementNounBefore(doc: DocFacts, start: number): string | undefined {
  const toks = doc.seg.tokens;
  const sentence = toks[start]!.sentence;
  let first = start;
  // ("in Banja Luka, the main city of Republika Srpska, Mr Dodik called ...": names joined by commas alone are a list
  // only when the list goes on after the name, or closes with "and"/"or" before it)
  let end = start;
  while (doc.nameToken[end] && toks[end]!.sentence === sentence) end++;
  const listGoesOn = /^(?:,|and|or)$/.test(doc.lower[end] ?? '');
  let closed = false;
  for (let hops = 0; hops < 6; hops++) {
    const joiner = doc.lower[first - 1];
    if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') break;
    if (joiner !== ',') closed = true;
    else if (!closed && !listGoesOn) break;
    let k = first - 2;
    if (k < 0 || !doc.nameToken[k] || toks[k]!.sentence !== sentence) break;
    while (k > 0 && doc.nameToken[k - 1] && toks[k - 1]!.sentence === sentence) k--;
    first = k;
  }
  for (const s of first === start ? [start] : [first, start]) {
    // ("resorts such as X and Y", "towns including X": a plural noun before "such as" or "including" and the list)
    const w1 = doc.lower[s - 1];
    const k = w1 === 'of' ? s - 2 : w1 === 'as' && doc.lower[s - 2] === 'such' ? s - 3 : w1 === 'including' ? (doc.lower[s - 2] === ',' ? s - 3 : s - 2) : s - 1;
    const w = doc.lower[k];
    if (w && SETTLEMENT_NOUNS.has(w) && !doc.nameToken[k] && toks[k]!.sentence === sentence) return w;
  }
  // "the regional capital, Mekelle," / "the Tigrayan capital, Mekelle." (not "raised capital, Goldman said")
  if (doc.lower[start - 1] === ',' && doc.lower[start - 2] === 'capital' && toks[start - 2]!.sentence === sentence) {
    const the = [start - 3, start - 4].find((k) => doc.lower[k] === 'the');
    const between = the === undefined ? [] : doc.lower.slice(the + 1, start - 2);
    if (the !== undefined && between.every((w) => /^[a-z][a-z-]*$/.test(w))) return 'capital';
  }
  return undefined;
}

/** Nouns for a person's tie to another person, before a name in apposition ("his counterpart, X"). */
const PERSONAL_TIE_NOUNS = new Set(['counterpart', 'predecessor', 'successor', 'wife', 'husband', 'widow', 'widower', 'spouse', 'son', 'daughter', 'brother', 'sister', 'father', 'mother']);
const APPOSITION_PERSON_NOUNS = new Set(['member', 'friend', 'spokesman', 'spokeswoman', 'resident', 'native', 'graduate', 'employee', 'official', 'aide', 'adviser', 'advisor', 'colleague', 'neighbor', 'neighbour', 'founder', 'president', 'director', 'candidate', 'partner']);

/** "X and Y, which ...": the name is one of a pair of one-word names joined by "and" or "or", the pair followed by ", which". */
function pairBeforeWhich(doc: DocFacts, c: Candidate): boolean {
  const toks = doc.seg.tokens;
  const which = (k: number) => toks[k]?.text === ',' && doc.lower[k + 1] === 'which';
  const joins = (k: number) => /^(?:and|or)$/.test(doc.lower[k] ?? '');
  const oneName = (k: number) => !!doc.nameToken[k] && !doc.nameToken[k - 1] && !doc.nameToken[k + 1] && isCapitalised(toks[k]?.text ?? '');
  return (joins(c.end) && oneName(c.end + 1) && which(c.end + 2)) || (joins(c.start - 1) && oneName(c.start - 2) && which(c.end));
}

/** Words that open a clause or a noun phrase of its own, so what follows them is no description of the name before. */
const CLAUSE_WORDS = /^(?:the|a|an|has|have|had|is|was|were|are|be|been|will|would|can|could|may|might|should|must|did|does|do|said|says)$/;

/**
 * What the words after a name say of a person: ", who", a person's title in apposition (", the head of ...",
 * ", former first deputy director"), or a nationality noun (", a Serb,"); undefined when none.
 */
export function personInApposition(doc: DocFacts, end: number): string | undefined {
  const toks = doc.seg.tokens;
  if (toks[end]?.text !== ',' || toks[end + 1]?.sentence !== toks[end]!.sentence) return undefined;
  const next = doc.lower[end + 1]!;
  if (next === 'who') return '", who"';
  const t = appositionTitle(doc, end, end);
  if (t && /apposition after/.test(t.reason)) return `a title in apposition (${t.title})`;
  // ", former first deputy general director of ...": lower-case words ending on a title
  const words: string[] = [];
  for (let i = end + 1; i < Math.min(toks.length, end + 8) && toks[i]!.sentence === toks[end]!.sentence; i++) {
    if (/^(?:of|for|at|in|to|from|with|who|which|and|,|\.|;|:)$/.test(doc.lower[i]!)) break;
    words.push(toks[i]!.text);
  }
  // (not a clause: "Acme, has sacked the former head of ..." says what the name did to the titled person)
  if (words.length && words.every((w) => /^\p{Ll}+$/u.test(w)) && mayEndTitle(words[words.length - 1]!)) {
    for (let k = 0; k < words.length; k++) {
      if (k > 0 && CLAUSE_WORDS.test(words[k - 1]!)) break;
      if (titleInfo(words.slice(k).join(' '))) return `a title in apposition (${words.slice(k).join(' ')})`;
    }
  }
  // ", a Serb," / ", an American,": a nationality noun said of the name, closed by a comma or the sentence end
  if (/^(?:a|an)$/.test(next) && (demonymOf(toks[end + 2]?.text ?? '') || PEOPLE_MEMBER_NOUNS.has(toks[end + 2]?.text ?? '')) && /^[,.;]$/.test(toks[end + 3]?.text ?? '.')) return `"a ${toks[end + 2]!.text}" in apposition`;
  // ", a family friend", ", a City Council member": a noun that only names people closing a description
  if (/^(?:a|an|the)$/.test(next)) {
    for (let i = end + 2; i < Math.min(toks.length, end + 7) && toks[i]!.sentence === toks[end]!.sentence; i++) {
      const w = doc.lower[i]!;
      if (/^(?:of|for|at|in|with|who|which|and|or|,|\.|;|:)$/.test(w)) break;
      // ("Acme, a member of the index": a body may be a member or a partner of something)
      const closes = PERSON_NOUNS.has(w) ? /^(?:,|\.|;|of|at|for|in|who|and)$/ : /^(?:,|\.|;|who|and)$/;
      if ((PERSON_NOUNS.has(w) || APPOSITION_PERSON_NOUNS.has(w)) && closes.test(doc.lower[i + 1] ?? '.')) return `"${toks[end + 1]!.text} ... ${toks[i]!.text}" in apposition`;
    }
  }
  return undefined;
}

/**
 * The name at `c` is one of a list ("A, B and C", "A, B or C") whose other members, two or more, are all tagger
 * people and nothing else: members are joined by a comma, "and", "or" or ", and".
 */
function personListed(doc: DocFacts, c: Candidate, ctx: TypingContext): boolean {
  const spans = ctx.personSpans;
  if (!spans) return false;
  const toks = doc.seg.tokens;
  const joiner = (k: number) => toks[k]?.text === ',' || /^(?:and|or)$/.test(doc.lower[k] ?? '');
  let people = 0, conjunction = false;
  // rightwards: ", P", "and P", ", and P"
  for (let k = c.end; joiner(k);) {
    let at = k + 1;
    if (toks[k]!.text === ',' && /^(?:and|or)$/.test(doc.lower[at] ?? '')) at++;
    const end = spans.get(at);
    if (end === undefined) break;
    if (/^(?:and|or)$/.test(doc.lower[at - 1]!)) conjunction = true;
    people++;
    k = end;
    if (conjunction) break;
  }
  // leftwards: "P, X", "P and X"
  for (let k = c.start - 1; joiner(k) && !(conjunction && /^(?:and|or)$/.test(doc.lower[k]!));) {
    let at = k;
    if (/^(?:and|or)$/.test(doc.lower[k]!)) conjunction = true;
    if (/^(?:and|or)$/.test(doc.lower[k]!) && toks[k - 1]?.text === ',') at = k - 1;
    const start = spans.get(-at);
    if (start === undefined) break;
    people++;
    k = start - 1;
  }
  return people >= 2 && conjunction;
}

/**
 * Nouns for a member of a people, a faith or a party that the gazetteer keeps no nationality word for ("Serb": "Bosnian
 * Serb leaders" are no officials of Serbia): ", a Serb," is said of a person.
 */
const PEOPLE_MEMBER_NOUNS = new Set(['Serb', 'Croat', 'Bosniak', 'Kurd', 'Pashtun', 'Tamil', 'Sikh', 'Hindu', 'Muslim', 'Jew', 'Christian',
  'Catholic', 'Protestant', 'Buddhist', 'Sunni', 'Shiite', 'Democrat', 'Republican', 'Socialist', 'Communist', 'Tory', 'Briton', 'Scot',
  'Turk', 'Arab', 'Berber', 'Uighur', 'Uyghur', 'Tibetan', 'Hutu', 'Tutsi', 'Maori']);

/** "is a lawyer", "was a retired army pilot": the person noun a copula right after `end` says the name is, if any. */
function predicatePersonNoun(doc: DocFacts, end: number): string | undefined {
  const toks = doc.seg.tokens;
  if (!/^(?:is|was)$/.test(doc.lower[end] ?? '') || !/^(?:a|an)$/.test(doc.lower[end + 1] ?? '')) return undefined;
  for (let i = end + 2; i < Math.min(toks.length, end + 6) && toks[i]!.sentence === toks[end]!.sentence; i++) {
    const w = doc.lower[i]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(toks[i]!.text)) return undefined;
    // (the noun heads the phrase: "a lawyer and", "a lawyer.", not "a lawyer's office" nor "a lawyer group")
    if (PERSON_NOUNS.has(w)) return /^(?:,|\.|;|and|who|in|at|for|from|with)$/.test(doc.lower[i + 1] ?? '.') ? toks[i]!.text : undefined;
  }
  return undefined;
}

/** Nouns whose "of X" or "X's" is a person: a killing, its doer, or a relative. */
const PERSONAL_NOUNS = new Set(['assassin', 'assassination', 'murder', 'slaying', 'murderer', 'killer', 'killing', 'widow', 'widower', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'biographer', 'funeral', 'death', 'birthplace', 'memoirs', 'grave']);

/** Words before "to" and a person: "aide to X", "married to X". */
const TIED_TO_NOUNS = new Set(['aide', 'aides', 'married', 'engaged']);

/** Verbs whose object is a person: one is killed, shot or kidnapped, a place is not. */
const KILLING_VERBS = new Set(['kill', 'kills', 'killed', 'killing', 'assassinate', 'assassinates', 'assassinated', 'assassinating',
  'murder', 'murders', 'murdered', 'murdering', 'shot', 'shoot', 'shooting', 'stabbed', 'stabbing', 'strangled', 'poisoned',
  'kidnap', 'kidnapped', 'kidnapping', 'abduct', 'abducted', 'abducting', 'execute', 'executed', 'executing', 'wounded']);

/** "the assassin of X", "the murder of X", "X's assassination", "X's widow", "Higgins' sister", "by killing X". */
export function personContext(doc: DocFacts, c: Candidate): boolean {
  const toks = doc.seg.tokens;
  const before = toks[c.start - 1]?.text.toLowerCase(), before2 = toks[c.start - 2]?.text.toLowerCase() ?? '';
  // (not a name qualifying the noun of the person after it: "the murder of DEA agent X", "the killing of Hamas
  // commander X")
  const qualifier = /^\p{Ll}+$/u.test(toks[c.end]?.text ?? '') && !FUNCTION_WORDS.has(toks[c.end]!.text) && /^\p{Lu}/u.test(toks[c.end + 1]?.text ?? '');
  if (before === 'of' && PERSONAL_NOUNS.has(before2) && !qualifier) return true;
  // "a legislative aide to X", "married to X": a tie only a person has to someone
  if (before === 'to' && TIED_TO_NOUNS.has(before2)) return true;
  const after = toks[c.end]?.text, after2 = toks[c.end + 1]?.text.toLowerCase() ?? '';
  // ("Higgins' sister": a name ending in "s" takes the apostrophe alone)
  const possessive = !!after && (/^['’]s$/.test(after) || (/^['’]$/.test(after) && /s$/.test(toks[c.end - 1]!.text)));
  if (possessive && PERSONAL_NOUNS.has(after2)) return true;
  // "by killing Lincoln", "Booth shot Lincoln": the object of a verb of killing or abduction (not a possessor: "killed
  // Kabul's governor"; not a name qualifying a noun: "killed Kabul residents"; nor "shot down")
  const nextWord = doc.lower[c.end] ?? '';
  // (nor a date: "was killed April 26")
  return !!before && KILLING_VERBS.has(before) && !possessive && !/^['’]/.test(after ?? '') && nextWord !== 'down'
    && !CALENDAR_WORDS.has(doc.lower[c.start]!) && !/^\d/.test(after ?? '')
    && (!/^\p{Ll}/u.test(after ?? '') || FUNCTION_WORDS.has(nextWord) || /^(?:outside|near|inside|last|dead)$/.test(nextWord));
}

/** Titles of nobility named with their seat ("Duchess of Kent"): the whole name is one person. */
const NOBLE_TITLES = new Set(['duke', 'duchess', 'earl', 'countess', 'count', 'marquess', 'marchioness', 'baron', 'baroness', 'viscount', 'viscountess', 'prince', 'princess', 'lord', 'lady']);

/** Place head words that are common English surnames too ("Andrew Hall", "Ruth Park", "Tom Field"). */
const SURNAME_HEADS = new Set(['hall', 'park', 'street', 'field', 'castle', 'temple', 'lake', 'camp', 'plant', 'bay', 'tower', 'bridge', 'port', 'base', 'station', 'coast', 'mount', 'border', 'harbour', 'harbor', 'heights', 'hills', 'forest', 'valley', 'plain']);

/** Cities smaller than this need evidence (a preposition, the tagger) before a bare name is read as one. */
const WEAK_CITY_POPULATION = 100_000;

export function spanText(doc: DocFacts, start: number, end: number): { text: string; from: number; to: number } {
  const toks = doc.seg.tokens;
  const from = toks[start]!.start;
  const to = toks[end - 1]!.end;
  return { text: doc.seg.article.text.slice(from, to), from, to };
}

/** The article text of tokens [start, end). */
export function spanString(doc: DocFacts, start: number, end: number): string {
  return doc.seg.article.text.slice(doc.seg.tokens[start]!.start, doc.seg.tokens[end - 1]!.end);
}

/** "Russian", "North Korean", "pro-Russian", "Russian-backed", "Ukrainians" -> the country. */
export function demonymOf(text: string): GazetteerEntry | undefined {
  let hit = demonyms.get(text);
  if (hit === undefined) {
    hit = readDemonym(text) ?? null;
    if (demonyms.size >= 50_000) demonyms.clear();
    demonyms.set(text, hit);
  }
  return hit ?? undefined;
}

/** Answers of demonymOf by exact input (every capitalised run asks). */
const demonyms = new Map<string, GazetteerEntry | null>();

function readDemonym(text: string): GazetteerEntry | undefined {
  const direct = lookupDemonym(text);
  if (direct) return direct;
  const parts = text.split(/[-‐]/);
  if (parts.length < 2) return undefined;
  if (STANCE_PREFIXES.has(parts[0]!.toLowerCase())) return lookupDemonym(parts.slice(1).join('-'));
  // "Indo-Fijian", "Afro-Brazilian": a combining form and a nationality word name people of that country
  if (parts.length === 2 && ETHNIC_PREFIXES.has(parts[0]!.toLowerCase())) return lookupDemonym(parts[1]!);
  // "Russian-backed", "Russian-speaking": the first part is the nationality
  if (STARTS_UPPER.test(parts[0]!) && STARTS_LOWER.test(parts[parts.length - 1]!)) return lookupDemonym(parts.slice(0, -1).join('-'));
  return undefined;
}

function base(doc: DocFacts, c: Candidate, type: EntityType, reason: string, extra: Partial<Mention> = {}): TypedMention {
  const { text, from, to } = spanText(doc, c.start, c.end);
  return {
    start: from, end: to, text, type, sentence: doc.seg.tokens[c.start]!.sentence, reason, ...extra,
    tokenStart: c.start, tokenEnd: c.end,
  };
}

/** Place entries a bare name may be, dropping small towns the context gives no support to. */
function plausiblePlaces(doc: DocFacts, c: Candidate, text: string): GazetteerEntry[] {
  const all = lookupPlace(text);
  if (c.label === 'LOC') return all;
  const prev = doc.seg.tokens[c.start - 1]?.text.toLowerCase() ?? '';
  const next = doc.seg.tokens[c.end]?.text.toLowerCase() ?? '';
  const supported = LOCATIVE_PREPOSITIONS.has(prev) || CITY_CONTEXT_WORDS.has(next);
  return all.filter((e) => e.type !== 'city' || supported || (e.population ?? 0) >= WEAK_CITY_POPULATION || capitalOf(e.country ?? '')?.id === e.id);
}

/** Read a place name in context; returns the mention (maybe a capital acting for its state). */
export function typePlace(doc: DocFacts, c: Candidate, given: GazetteerEntry[], reason: string): TypedMention {
  const entries = stateOfAnotherCountry(doc, given);
  const top = entries[0]!;
  const region = entries.find((e) => e.type === 'region');
  const city = entries.find((e) => e.type === 'city');
  let chosen = top;
  let why = `${reason}: ${top.type} ${top.id}`;
  let ambiguity: TypedMention['regionOrCity'];
  const isCapital = (e: GazetteerEntry | undefined) => !!e && e.type === 'city' && (capitalOf(e.country ?? '')?.id === e.id || isFormerSeat(e) || isCapitalAlternate(e));
  // (not a country's own name that its capital and a division share: "arrived from Panama, where", "Djibouti")
  if (region && city && isCapital(city) && top.type !== 'country') {
    // a national capital that is also a division ("Moscow", "Kyiv") is the capital unless named as the division
    chosen = divisionNounAfter(doc, c.end) || regionOfficeAfter(doc, c.end) ? region : city;
    why = `${reason}: ${chosen.type} ${chosen.id}`;
  } else if (region && top.type === 'country' && /^(?:governor|chief minister|first minister|lieutenant.governor)$/.test(regionOfficeAfter(doc, c.end) ?? '')) {
    // "Georgia Governor Brian Kemp": a state has no governor; its namesake division does ("premier" names a state's
    // prime minister too)
    chosen = region;
    why = `${reason}: ${region.type} ${region.id} ("${regionOfficeAfter(doc, c.end)}" after the name)`;
  } else if (region && city && (top === region || top === city)) {
    const ctx = regionOrCity(doc, c.start, c.end);
    // without context a city of a million people is the likelier reading ("New York"), else the gazetteer's order
    // "Frankfurt, Munich, Zurich and Vienna": listed with cities, it is the city
    const p = doc.seg.tokens[c.start - 1]?.text.toLowerCase() ?? '';
    const listed = (p === ',' || p === 'and') && listHasPlainCity(doc.seg.tokens, c.start - 1, sentenceBounds(doc, c.start)[0]);
    const fallback = (city.population ?? 0) >= 1_000_000 || listed ? city : top;
    chosen = ctx.level === 'region' ? region : ctx.level === 'city' ? city : fallback;
    why = ctx.level ? `${reason}: ${chosen.type} ${chosen.id} (${ctx.reason})` : `${reason}: ${chosen.type} ${chosen.id} (default reading)`;
    ambiguity = { region, city, decided: ctx.level };
  }
  if (isCapital(chosen) && chosen.country) {
    const reading = capitalReading(doc, c.start, c.end);
    if (reading.asState || c.label === 'ORG') {
      // ("Hong Kong's CK Hutchison": the capital of a territory that is part of another state acts for the territory,
      // that state's region, not for a country)
      const territory = INTEGRAL_TERRITORIES.find((t) => t.code === chosen.country);
      if (territory) {
        return base(doc, c, 'region', `${reason}: ${chosen.name} acting for its territory, a region of another state (${reading.asState ? reading.reason : 'tagged as an organisation'})`, { gazetteerId: territory.region });
      }
      const country = countryByCode(chosen.country)!;
      return base(doc, c, 'country', `${reason}: capital ${chosen.name} acting for ${country.name} (${reading.asState ? reading.reason : 'tagged as an organisation'})`, {
        gazetteerId: country.id, metonymy: 'capital-as-state',
      });
    }
  }
  return { ...base(doc, c, chosen.type, why, { gazetteerId: chosen.id }), ...(ambiguity ? { regionOrCity: ambiguity } : {}) };
}

/**
 * "its plant in Georgia" in a story about U.S. tariffs: a name that is a country and also a U.S. state is the state
 * when the article names the United States (its name or nationality word) and says nothing of the country (neither
 * its nationality word, its capital nor its possessive). Only U.S. states: news names them bare, while other
 * countries' divisions that share a country's name are written with their kind ("Niger State"). The entries, the
 * state first then.
 */
function stateOfAnotherCountry(doc: DocFacts, entries: GazetteerEntry[]): GazetteerEntry[] {
  const country = entries[0]?.type === 'country' ? entries[0] : undefined;
  const division = country ? entries.find((e) => e.type === 'region' && e.country === 'US' && e.country !== country.country) : undefined;
  if (!country || !division) return entries;
  const named = countriesNamed(doc);
  const capital = capitalOf(country.country ?? '');
  const other = `country:${division.country}`;
  if (!(named.byName.has(other) || named.byDemonym.has(other)) || named.byDemonym.has(country.id) || (capital && doc.lower.includes(capital.name.toLowerCase()))) return entries;
  // ("Georgia's president": a name the article gives a possessive is kept as the state it most often is)
  const key = country.name.toLowerCase();
  for (let i = 0; i + 1 < doc.lower.length; i++) if (doc.lower[i] === key && /^['’]s?$/.test(doc.lower[i + 1]!)) return entries;
  return [division, ...entries.filter((e) => e !== division)];
}

/** Ids of the countries an article names by name or nationality word (one or two words), computed once per article. */
function countriesNamed(doc: DocFacts): { byName: Set<string>; byDemonym: Set<string> } {
  let named = namedCountries.get(doc);
  if (named) return named;
  named = { byName: new Set(), byDemonym: new Set() };
  const toks = doc.seg.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!doc.nameToken[i]) continue;
    const dem = demonymOf(toks[i]!.text);
    if (dem) named.byDemonym.add(dem.id);
    for (const n of [1, 2]) {
      if (i + n > toks.length || (n === 2 && (!doc.nameToken[i + 1] || toks[i + 1]!.sentence !== toks[i]!.sentence))) continue;
      const place = lookupPlace(spanString(doc, i, i + n))[0];
      if (place?.type === 'country') named.byName.add(place.id);
    }
  }
  namedCountries.set(doc, named);
  return named;
}
const namedCountries = new WeakMap<DocFacts, { byName: Set<string>; byDemonym: Set<string> }>();

export interface TypingContext {
  /** Tagger votes per name key over the document: how often the same name was tagged LOC/ORG/PER. */
  votes: Map<string, Record<NerLabel, number>>;
  /** Name keys of single words that occur inside multi-word person names in the document. */
  personParts: Set<string>;
  /** "north" -> North Korea when the article names a country or region that starts with the direction. */
  directionNames: Map<string, GazetteerEntry>;
  /** Name keys the tagger read as a person right after a person's title ("German Defence Minister Volker Ruehe"). */
  titledPersons: Set<string>;
  /** Last words of the multi-word person names the tagger found ("montenegro" of "Luis Montenegro"). */
  personSurnames: Set<string>;
  /** One-word names the article writes before "party" ("the far-right Chega party"). */
  partyNames: Set<string>;
  /** Token indices where a tagger person span starts, and one past where one ends. */
  personStarts?: Set<number>;
  personEnds?: Set<number>;
  /** Tagger person spans: start -> end, and -end -> start. */
  personSpans?: Map<number, number>;
  /** One-word names of armed movements ("Taleban fighters ... arming the Taleban,"), see movements.ts. */
  armedGroups: Set<string>;
  /** Name keys of the quoted titles of works the article names ("the film "Hotel Rwanda""), see work-titles.ts. */
  workTitles?: Set<string>;
}

/** A sentence of running text (not a results table row): it has a few lower-case words. */
function isProse(doc: DocFacts, tokenIndex: number): boolean {
  const s = doc.seg.sentences[doc.seg.tokens[tokenIndex]!.sentence]!;
  let lower = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (LOWER_WORD.test(doc.seg.tokens[i]!.text)) lower++;
  return lower >= 3;
}

/** "(JNIM)" right after the name, whose letters hold the name's initials in order. */
function bracketedAcronymFits(doc: DocFacts, c: Candidate, words: string[]): boolean {
  const toks = doc.seg.tokens;
  const acronym = toks[c.end + 1]?.text ?? '';
  if (toks[c.end]?.text !== '(' || toks[c.end + 2]?.text !== ')' || !/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = words.flatMap((w) => w.split('-')).filter((w) => STARTS_UPPER.test(w)).map((w) => w[0]!);
  let k = 0;
  for (const ch of acronym) if (ch === initials[k]) k++;
  return initials.length >= 2 && k === initials.length;
}

/** Plural nouns for places, after which a list names places ("towns, including X", "cities such as X and Y"). */
const PLACE_PLURALS = new Set(['towns', 'cities', 'villages', 'countries', 'regions', 'provinces', 'states', 'capitals', 'ports', 'islands', 'districts', 'areas', 'settlements']);

/** The plural place noun a name is listed after (", including", "such as", "X and" after it), else undefined. */
function placeListedBefore(doc: DocFacts, start: number): string | undefined {
  const [first] = sentenceBounds(doc, start);
  const w = (k: number) => (k >= first ? doc.lower[k]! : '');
  let k = w(start - 1) === 'including' ? start - 2 : w(start - 1) === 'as' && w(start - 2) === 'such' ? start - 3 : -1;
  if (k < first && (w(start - 1) === 'and' || w(start - 1) === ',')) {
    // the second of a pair or list: back over the names and commas to the noun
    k = start - 2;
    while (k >= first && k > start - 10 && (doc.nameToken[k] || w(k) === ',')) k--;
    if (w(k) === 'including') k--;
  }
  if (k >= first && w(k) === ',') k--;
  return k >= first && PLACE_PLURALS.has(w(k)) ? doc.seg.tokens[k]!.text : undefined;
}

/** Nouns naming a kind of place, whose "of" names the place ("the village of Kfar Kila"). */
const PLACE_OF_NOUNS = new Set(['village', 'town', 'city', 'district', 'province', 'region', 'county', 'port', 'island', 'municipality', 'governorate', 'oblast', 'settlement', 'enclave', 'suburb', 'neighbourhood', 'neighborhood', 'township', 'hamlet']);

/** Head words that make a MISC-tagged name a body (the tagger calls "Olympic Committee" MISC for its adjective). */
const MISC_BODY_HEADS = new Set(['government', 'committee', 'council', 'association', 'federation', 'confederation', 'church', 'commission', 'agency', 'union', 'party', 'foundation', 'institute', 'court', 'ministry', 'bank', 'university', 'assembly', 'parliament', 'authority',
  // ("the Carter Center", "the Islamic Society": a person's or a faith's name before a body's head word)
  'center', 'centre', 'society', 'fund', 'trust',
  // ("the Enforcement Directorate", "the General Directorate of ...": a state's directorate)
  'directorate']);

/** Lead words of a body's name that may stand inside a MISC name before "of", "for" or "on" ("National League for ..."). */
const MISC_INNER_LEADS = new Set([...MISC_BODY_HEADS, 'league', 'organisation', 'organization', 'office', 'board', 'bureau', 'movement', 'front', 'alliance', 'coalition', 'academy']);

/** ", which is (or was) based in" or "headquartered in" right after token `end`. */
function basedAfter(doc: DocFacts, end: number): boolean {
  if (doc.seg.tokens[end]?.text !== ',' || doc.lower[end + 1] !== 'which') return false;
  const k = /^(?:is|was)$/.test(doc.lower[end + 2] ?? '') ? end + 3 : end + 2;
  return /^(?:based|headquartered)$/.test(doc.lower[k] ?? '') && doc.lower[k + 1] === 'in';
}

/** "of" (and "the") and a country the gazetteer knows after token `end`, closed by punctuation. */
function countryOfAfter(doc: DocFacts, end: number): boolean {
  if (doc.lower[end] !== 'of') return false;
  const toks = doc.seg.tokens;
  const from = doc.lower[end + 1] === 'the' ? end + 2 : end + 1;
  let k = from;
  while (k < from + 3 && doc.nameToken[k] && toks[k]!.sentence === toks[end]!.sentence) k++;
  if (k === from || !/^[,.;:)]$/.test(toks[k]?.text ?? '.')) return false;
  return lookupPlace(spanString(doc, from, k)).some((e) => e.type === 'country');
}

/** A day of the week written in full (not "Sun": a newspaper). */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** A capitalised word and an acronym joined by a hyphen ("Zanu-PF", "Fidesz-KDNP"). */
const PARTY_ACRONYM_WORD = /^\p{Lu}\p{Ll}+-\p{Lu}{2,5}$/u;

/** Words naming a Christian denomination or another faith's body before "Church". */
const DENOMINATIONS = new Set(['catholic', 'orthodox', 'anglican', 'protestant', 'methodist', 'lutheran', 'presbyterian', 'evangelical', 'coptic', 'baptist', 'pentecostal', 'reformed', 'apostolic', 'episcopal', 'unification', 'mormon']);

/** Last words of a body's name that no place's name ends on ("High Court", "Electoral Commission"; not "Bank": "West Bank"). */
const BODY_NOT_PLACE_HEADS = new Set(['court', 'tribunal', 'ministry', 'commission', 'council', 'committee', 'agency', 'authority', 'parliament', 'party', 'police', 'museum',
  'trust', 'trusts', 'foundation', 'fund', 'institute', 'association', 'federation', 'corporation', 'company', 'group', 'university', 'college']);

/** Adjectives of a branch of government that open a body's name ("Legislative Yuan", "Executive Council"). */
const GOVERNMENT_BRANCH_WORDS = new Set(['legislative', 'executive', 'judicial', 'parliamentary', 'constitutional']);

/** Last words of a football club's name after its town ("Luton Town", "Leeds United", "Bolton Wanderers"). */
const CLUB_HEADS = new Set(['town', 'united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers', 'county', 'city']);

/** Lower-case nouns for a natural feature or a place, after a name: "the Uyuni salt flat", "the Atacama desert". */
const FEATURE_NOUNS = new Set(['flat', 'flats', 'desert', 'plateau', 'river', 'lake', 'valley', 'basin', 'delta', 'peninsula', 'glacier', 'volcano', 'mountains', 'lagoon', 'wetlands', 'marshes', 'rainforest', 'steppe', 'savanna', 'gorge', 'canyon', 'archipelago', 'atoll', 'oasis']);
/** Adjectives and nouns that may stand between the name and its feature noun ("salt flat", "coastal plain"). */
const FEATURE_MODIFIERS = new Set(['salt', 'coastal', 'high', 'great', 'upper', 'lower', 'river', 'mountain', 'volcanic', 'tropical', 'dry', 'arid']);

/** Lower-case nouns of an administrative division that only a place's name stands before ("the Essequibo region"). */
const DIVISION_AFTER_NAME = new Set(['region', 'province', 'oblast', 'krai', 'okrug', 'prefecture', 'governorate', 'voivodeship', 'canton', 'district']);

/** Is token `end` a lower-case division noun in the same sentence ("region", "province"), or "and", a second name and
 * the noun's plural ("the Auvergne-Rhone-Alpes and Provence-Alpes-Cote d'Azur regions")? */
function divisionNounBehind(doc: DocFacts, end: number): boolean {
  const next = doc.seg.tokens[end];
  if (!next || next.sentence !== doc.seg.tokens[end - 1]!.sentence) return false;
  if (DIVISION_AFTER_NAME.has(next.text)) return true;
  if (next.text !== 'and' || !doc.nameToken[end + 1]) return false;
  let k = end + 1;
  while (k < end + 6 && doc.nameToken[k] && doc.seg.tokens[k]!.sentence === next.sentence) k++;
  const noun = doc.seg.tokens[k]?.text ?? '';
  return noun.endsWith('s') && DIVISION_AFTER_NAME.has(noun.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''))) && doc.seg.tokens[k]!.sentence === next.sentence;
}

/** The feature noun right after token `end` (one modifier allowed), else undefined. */
function featureNounAfter(doc: DocFacts, end: number): string | undefined {
  const toks = doc.seg.tokens;
  const w0 = toks[end]?.text ?? '', w1 = toks[end + 1]?.text ?? '';
  if (FEATURE_NOUNS.has(w0) && toks[end]!.sentence === toks[end - 1]!.sentence) return w0;
  if (FEATURE_MODIFIERS.has(w0) && FEATURE_NOUNS.has(w1) && toks[end + 1]!.sentence === toks[end - 1]!.sentence) return `${w0} ${w1}`;
  return undefined;
}

/** The candidate as an organisation, for a reason found outside its own words (the same name typed so elsewhere). */
export function asOrganization(doc: DocFacts, c: Candidate, reason: string): TypedMention {
  return base(doc, c, 'organization', reason);
}

/** A brand's name opening with one or two lower-case letters before a capital ("eTraveli", "elPeriodico", "iPhone"). */
export const BRAND_SHAPE = /^\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}/u;

/** Compass adjectives between "in" and a country ("in eastern Germany"). */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west']);

/** The town `text` the gazetteer knows when "in", maybe a compass adjective, and the town's own country or region follow token `end`. */
function townPlacedInItsCountry(doc: DocFacts, end: number, text: string): GazetteerEntry | undefined {
  if (doc.lower[end] !== 'in') return undefined;
  const toks = doc.seg.tokens;
  let k = end + 1;
  if (COMPASS_ADJECTIVES.has(toks[k]?.text ?? '')) k++;
  let e = k;
  while (e < toks.length && e < k + 4 && doc.nameToken[e] && toks[e]!.sentence === toks[end]!.sentence) e++;
  if (e === k) return undefined;
  const where = lookupPlace(spanString(doc, k, e)).filter((p) => p.type === 'country' || p.type === 'region');
  if (!where.length) return undefined;
  return lookupPlace(text).find((t) => t.type === 'city' && where.some((p) => p.type === 'country' ? p.country === t.country : t.within === p.id));
}

/** Verbs of a business after ", which" ("X, which runs Frankfurt airport", "X, which makes the shot"). */
const BUSINESS_VERBS = new Set(['runs', 'operates', 'owns', 'makes', 'produces', 'manufactures', 'sells', 'employs', 'manages', 'builds', 'supplies', 'mines']);

/** Type one candidate; null when it names nothing worth an entity. */
export function typeCandidate(doc: DocFacts, c: Candidate, ctx: TypingContext): TypedMention | null {
  const text = spanString(doc, c.start, c.end);
  const words = doc.seg.tokens.slice(c.start, c.end).map((t) => t.text);
  const single = words.length === 1;
  // "the French interior ministry": a name has a capital or a digit somewhere; all lower case is a description
  if (c.label && !words.some((w) => /^[\p{Lu}\d]/u.test(w) || /[-'’]\p{Lu}/u.test(w) || BRAND_SHAPE.test(w))) return null;
  // "(passage omitted) In his speech", "the world No. 1": a function word with its capital, or "No." before a number,
  // names nothing on its own
  if (single && /^\p{Lu}\p{Ll}*\.?$/u.test(words[0]!) && (FUNCTION_WORDS.has(doc.lower[c.start]!)
    || (doc.lower[c.start] === 'no.' && /^\d/.test(doc.seg.tokens[c.end]?.text ?? '')))) return null;
  // "BELGRADE/PRISTINA (Reuters) -": two places joined by a slash are no body, whether one token or, as the segmenter
  // splits a dateline's glued token at its slash, three the tagger read as one span ("BELGRADE / ZAGREB")
  if (text.includes('/') && text.split('/').every((p) => p.trim().length > 1 && lookupPlace(p.trim()).length)) return null;
  // the quoted title of a film, book or song names no entity
  if (ctx.workTitles?.size && isQuoted(doc, c.start, c.end) && ctx.workTitles.has(nameKey(text))) return null;

  // nationality words are not mentions of the country: kept, marked, for affiliations
  // (a nationality word the tagger called a person or organisation is still one: "Philippine President", "Cape Verdean police")
  const dem = demonymOf(text);
  if (dem && c.label !== 'LOC') {
    return base(doc, c, dem.type === 'region' ? 'region' : 'country', `demonym of ${dem.name}`, { gazetteerId: dem.id, metonymy: 'demonym' });
  }
  // "Taleban fighters ... arming the Taleban,": the armed movement, whatever the tagger read
  if (single && c.label !== 'LOC' && c.label !== 'ORG' && ctx.armedGroups.has(nameKey(text)) && !ctx.personParts.has(nameKey(text))) {
    return base(doc, c, 'organization', `${c.label ? `tagger ${c.label} retyped: ` : ''}an armed movement (before a noun for its fighters, and a noun after "the")`);
  }
  // "Thank God", "Praise Allah": an exclamation of thanks to God names no one
  if (words.length === 2 && /^(?:Thank|Thanks|Praise)$/.test(words[0]!) && /^(?:God|Allah|Heavens?|Goodness)$/.test(words[1]!)) return null;
  // "strict Islamic law": a faith word before the noun it qualifies is no one's name
  if ((c.label === 'PER' || c.label === 'ORG' || c.label === 'MISC') && faithAdjective(doc, c.start, c.end) && !ctx.personParts.has(nameKey(text))) return null;
  // "a Worcester sauce", "the dye Sudan I": a place's name inside a product's name is no mention of the place
  if ((c.label === 'LOC' || !c.label || lookupPlace(text).length) && productNameAround(doc, c.start, c.end)) return null;
  // "Alzheimer's drug Leqembi", "X, a weight-loss drug made by ...": a medicine's brand is no body and no person
  if (c.label !== 'LOC' && !lookupOrganization(text) && !lookupPlace(text).length && medicineName(doc, c.start, c.end)) return null;
  // "the Order of X, the country's highest civilian honour": an honour's name is no body's and no person's
  if (c.label !== 'LOC' && honourApposition(doc, c.start, c.end) && !lookupPlace(text).length && !lookupOrganization(text)) return null;
  // a grouping or body the gazetteer lists is an organisation, whatever the tagger calls it ("BRICS", "Mercosur"),
  // unless the article uses the word as part of a person's name ("Bloomberg" of "Michael Bloomberg"); over a
  // tagger's person only by its acronym or its own name, not a short alternate ("Wagner" may be the composer)
  const listed = lookupOrganization(text);
  // ("Novo Nordisk", "Morgan Stanley": a listed company's whole name of two or more words is the company)
  const overPerson = c.label === 'PER' && !!listed && (single
    ? !ctx.personParts.has(nameKey(text)) && (isAcronym(text) || nameKey(listed.name) === nameKey(text))
    : nameKey(listed.name) === nameKey(text) || sameLettersAs(listed.name, text));
  if (listed && (c.label === 'MISC' || overPerson)) {
    return base(doc, c, 'organization', `organisation gazetteer: ${listed.id} (tagger ${c.label} overruled)`, { gazetteerId: listed.id });
  }
  // "Google DeepMind", "Microsoft Research": a tagger person opening with a listed organisation's own one-word name
  // (not a short alternate: "Wagner") and one or two words more is a unit of that organisation
  if (c.label === 'PER' && !listed && words.length >= 2 && words.length <= 3 && !isAcronym(words[0]!)) {
    const parent = lookupOrganization(words[0]!);
    if (parent && nameKey(parent.name) === nameKey(words[0]!)) {
      return base(doc, c, 'organization', `tagger PER on the listed organisation "${words[0]}" and a name after it: a unit of it`);
    }
  }
  // "Kataib Hezbollah": a tagger person ending in the one-word name of a listed armed or political movement is a group
  // allied with it or split from it (MOVEMENT_NAME_IDS)
  if (c.label === 'PER' && !listed && words.length >= 2 && words.length <= 3) {
    const movement = lookupOrganization(words[words.length - 1]!);
    if (movement && MOVEMENT_NAME_IDS.has(movement.id)) return base(doc, c, 'organization', `tagger PER on a name ending in the movement's name "${words[words.length - 1]}": a group of it`);
  }
  // "captured the towns of Shire, Axum and Adwa", "the regional capital, Mekelle,": a name the sentence calls a
  // settlement is a town, whatever the tagger read (a city the gazetteer knows keeps its entry)
  if (c.label !== 'LOC' && !listed && !lookupPlace(text).some((e) => e.type === 'country' || e.type === 'region')) {
    // ("mayor of Davao City": a mayor's "of" names a town)
    const settlement = settlementNounBefore(doc, c.start) ?? (doc.lower[c.start - 1] === 'of' && /^(?:mayor|mayors|mayoress)$/.test(doc.lower[c.start - 2] ?? '') ? 'town by its mayor' : undefined);
    if (settlement) {
      const city = lookupPlace(text).find((e) => e.type === 'city');
      return city
        ? typePlace(doc, { ...c, label: 'LOC' }, [city], `tagger ${c.label ?? 'span'} named as a ${settlement}`)
        : base(doc, c, 'city', `${c.label ? `tagger ${c.label} retyped: ` : ''}named as a ${settlement}`);
    }
  }
  // "Conservative leader Michael Howard", "The Conservative leader, X", "Republican Senator John McCain": a party named by
  // its adjective before a party office stands for the party (the tagger reads MISC or ORG there)
  if (single && (c.label === 'MISC' || c.label === 'ORG') && PARTY_ADJECTIVES.has(text.toLowerCase()) && PARTY_OFFICES.has(doc.lower[c.end] ?? '')) {
    return base(doc, c, 'organization', `tagger ${c.label} on the party adjective before "${doc.seg.tokens[c.end]!.text}"`);
  }
  // "the Labour MP David Hinchliffe": the tagger's span over the party's adjective and the office is the party alone
  if (words.length === 2 && (c.label === 'MISC' || c.label === 'ORG') && PARTY_ADJECTIVES.has(words[0]!.toLowerCase()) && PARTY_OFFICES.has(words[1]!.toLowerCase())) {
    return base(doc, { ...c, end: c.start + 1 }, 'organization', `tagger ${c.label} over a party adjective and the office "${words[1]}": the party`);
  }
  if (c.label === 'MISC') {
    // "in the Mediterranean", "across the Caribbean": the word the tagger read as an adjective is the sea or region
    const prev = doc.seg.tokens[c.start - 1]?.text.toLowerCase();
    if (single && prev === 'the' && LOCATIVE_PREPOSITIONS.has(doc.seg.tokens[c.start - 2]?.text.toLowerCase() ?? '')) {
      const place = lookupPlace(text).find((e) => e.type === 'location');
      if (place) return base(doc, c, place.type, `tagger MISC on "the ${text}" after "${doc.seg.tokens[c.start - 2]!.text}": ${place.type} ${place.id}`, { gazetteerId: place.id });
    }
    // "the Uyuni salt flat", "the Atacama desert", "the Kaveri river": a name right before a lower-case noun for a
    // natural feature or a division is that place (the tagger reads the name as an adjective)
    const feature = featureNounAfter(doc, c.end);
    if (single && feature && !demonymOf(text)) {
      const place = lookupPlace(text).find((e) => e.type !== 'country');
      return place
        ? typePlace(doc, { ...c, label: 'LOC' }, [place], `tagger MISC before "${feature}"`)
        : base(doc, c, 'location', `tagger MISC retyped: the name of the ${feature} after it`);
    }
    // "the Nagorno-Karabakh region", "the Donbas region": a name no nationality word is, before a lower-case noun of
    // administrative division, is that division (the tagger reads the name as an adjective)
    if (!listed && !isAcronym(text) && !demonymOf(text) && !words.some((w) => demonymOf(w)) && divisionNounBehind(doc, c.end)) {
      const region = lookupPlace(text).find((e) => e.type === 'region');
      return region
        ? typePlace(doc, { ...c, label: 'LOC' }, [region], `tagger MISC before "${doc.seg.tokens[c.end]!.text}"`)
        : base(doc, c, 'region', `tagger MISC retyped: the name of the ${doc.seg.tokens[c.end]!.text} after it`);
    }
    // "Hanwha Aerospace chief executive Son Jae-il": a name of a person's shape right after a person's title is the person
    if (!single && personShaped(words.map(withoutArabicArticle)) && !lookupPlace(text).length && !words.some((w) => demonymOf(w))) {
      if (personShaped(words) && titleBefore(doc, c.start)) return withTitle(doc, c, base(doc, c, 'person', 'tagger MISC retyped: a person\'s title before the name'));
      // "that Faisal al-Mutairi had received money ... Mr Mutairi, a member of": a name of a person's shape whose last
      // word the article uses alone as a person's name, twice or more and never as anything else, is that person
      if (surnameUsedAlone(ctx, words)) return base(doc, c, 'person', 'tagger MISC retyped: its last word is a person\'s name alone elsewhere in the article');
    }
    // "Zanu-PF": a word and an acronym joined by a hyphen is a party's or a body's name, not an adjective
    if (single && PARTY_ACRONYM_WORD.test(text) && !demonymOf(text)) return base(doc, c, 'organization', 'tagger MISC on a word and an acronym joined by a hyphen');
    const head = words[words.length - 1]!.toLowerCase();
    if (words.length > 1 && EVENT_HEAD_WORDS.has(head)) return base(doc, c, 'event', `tagger MISC with event head word "${head}"`);
    // "the International Olympic Committee", "the Russian Orthodox Church": a body's head word ends the name
    // "Greenpeace Africa", "Oxfam America": a listed organisation and a place is its branch there
    if (words.length > 1 && lookupOrganization(words.slice(0, -1).join(' ')) && lookupPlace(words[words.length - 1]!).some((e) => e.type === 'country' || e.type === 'location')) {
      return base(doc, c, 'organization', `tagger MISC on a listed organisation and a place: its branch`);
    }
    // "Baltic Wind Oy", "Lindqvist Bygg AB": a name ending in a company's legal form is the company
    if (words.length > 1 && isCapitalised(words[words.length - 1]!) && Object.prototype.hasOwnProperty.call(CORPORATE_SUFFIXES, head.replace(/\.$/, ''))) {
      return base(doc, c, 'organization', `tagger MISC on a name ending in the legal form "${words[words.length - 1]}"`);
    }
    if (words.length > 1 && MISC_BODY_HEADS.has(head)) return base(doc, c, 'organization', `tagger MISC on a name ending in the body word "${words[words.length - 1]}"`);
    // "the Custer National Forest", "the Dan Sai District": a name ending in a natural feature or a division is the place
    if (words.length > 1 && PLACE_OVER_ORGANIZATION_HEADS.has(head) && !words.some((w) => demonymOf(w))) {
      const place = lookupPlace(text);
      return place.length ? typePlace(doc, { ...c, label: 'LOC' }, place, `tagger MISC on a name ending in "${head}"`) : base(doc, c, 'location', `tagger MISC on a name ending in the place word "${head}"`);
    }
    // "the Foundation on Economic Trends", "the Institute for Policy Studies": a body's word and "of", "for" or "on" open the name
    if (words.length > 2 && MISC_BODY_HEADS.has(words[0]!.toLowerCase()) && /^(?:of|for|on)$/.test(words[1]!)) return base(doc, c, 'organization', `tagger MISC on a name opening with the body word "${words[0]} ${words[1]}"`);
    // "the National League for Democracy", "the Grand Council of Chiefs": a body's lead word inside the name, before
    // "for", "of" or "on" and a capitalised word, makes it the body's name (not "House of ...": a work's title)
    if (words.length > 2 && words.slice(1, -1).some((w, k) => MISC_INNER_LEADS.has(w.toLowerCase()) && /^(?:of|for|on)$/.test(words[k + 2]!) && isCapitalised(words[k + 3] ?? ''))) {
      return base(doc, c, 'organization', 'tagger MISC on a name with a body\'s lead word before "of", "for" or "on"');
    }
    // "Fenwick, which is based in Leeds,": what is based or headquartered somewhere is a body or a business
    if (!lookupPlace(text).length && !words.some((w) => demonymOf(w)) && basedAfter(doc, c.end)) {
      return base(doc, c, 'organization', 'tagger MISC retyped: ", which is based in" after the name');
    }
    // "a dispute with Harland of the United States", "talks with Kessler of Germany": a one-word name the tagger read as
    // an adjective or a brand, followed by "of" and a country closing the phrase, is a company or a body of that country
    if (single && !lookupPlace(text).length && !demonymOf(text) && !isAcronym(text) && countryOfAfter(doc, c.end)) {
      return base(doc, c, 'organization', 'tagger MISC retyped: "of" and a country after the name');
    }
    // "the far-right Chega party", "the ruling Likud party": the word before "party" is the party's name
    // (and the same name elsewhere in the article: "Chega, founded by ...")
    if (single && !lookupPlace(text).length && (doc.lower[c.end] === 'party' || ctx.partyNames.has(nameKey(text)))) return base(doc, c, 'organization', 'tagger MISC on the name before "party"');
    // "a coalition with the Social Democrats", "the Free Democrats": a name ending in a party's plural noun after "the" is
    // the party (not the members of a chamber: "the Senate Democrats"); so after a possessive, the party a leader
    // leads ("Prime Minister X, whose Social Democrats came first", "led by Mr Gross's Social Democrats")
    if (!single && words.length <= 3 && PARTY_DETERMINERS.has(doc.lower[c.start - 1] ?? '') && PARTY_MEMBERS.has(words[words.length - 1]!)
      && !words.slice(0, -1).some((w) => CHAMBER_WORDS.has(w.toLowerCase()))) {
      return base(doc, c, 'organization', `tagger MISC on a party's plural name after "${doc.seg.tokens[c.start - 1]!.text}"`);
    }
    // "the Democratic Center party": a multi-word name before a lower-case "party" is the party
    if (!single && doc.seg.tokens[c.end]?.text === 'party' && !lookupPlace(text).length) return base(doc, c, 'organization', 'tagger MISC on the name before "party"');
    // "the GMB union said", "the Wagner group": a name before a lower-case "union" or "group" is that union or group
    if (single && !/[-‐]\p{Ll}/u.test(text) && !lookupPlace(text).length && /^(?:union|group)$/.test(doc.seg.tokens[c.end]?.text ?? '')) return base(doc, c, 'organization', `tagger MISC on the name before "${doc.seg.tokens[c.end]!.text}"`);
    // "Paris-based investment firm Ardian", "the takeover of eTraveli", "X, a daily which": the words around a name the
    // tagger read as an adjective or a product say it is a company or a body (no place, nationality or event word)
    // ("Seoul-based", "Kremlin-backed": a word joined to a lower-case participle qualifies the name after it)
    const miscCue = !lookupPlace(text).length && !words.some((w) => demonymOf(w) || /[-‐]\p{Ll}+$/u.test(w)) ? organizationCue(doc, c.start, c.end) : undefined;
    if (miscCue && !miscCue.after) return base(doc, c, 'organization', `tagger MISC, organisation by context: ${miscCue.cue}`);
    // "Georgian Dream, the party founded by ...": a name opening with a nationality word, the rest no nationality word,
    // described in apposition as a kind of body is that body
    if (!single && demonymOf(words[0]!) && !words.slice(1).some((w) => demonymOf(w) || /[-‐]\p{Ll}+$/u.test(w)) && !lookupPlace(text).length) {
      const cue = organizationCue(doc, c.start, c.end);
      if (cue?.apposition && !cue.after) return base(doc, c, 'organization', `tagger MISC, a name opening with a nationality word, organisation by context: ${cue.cue}`);
    }
    return null;
  }
  // "the Conservatives accused him", "the Tories": a party's plural name after "the", read by the tagger as a body, is the party
  if (single && c.label === 'ORG' && /^the$/i.test(doc.seg.tokens[c.start - 1]?.text ?? '') && (PARTY_ADJECTIVES.has(text.toLowerCase().replace(/s$/, '')) || text === 'Tories')) {
    return base(doc, c, 'organization', `tagger ORG on the party's plural name after "the"`);
  }
  if (single && (CALENDAR_WORDS.has(text.toLowerCase()) || NOT_NAMES.has(text.toLowerCase())) && c.label !== 'PER') return null;
  // "the leading AI powers", "a TV interview": an abbreviation of a thing alone is no name
  if (single && COMMON_ABBREVIATIONS.has(text)) return null;
  // "Cholera has killed 300 people": a disease is no one's name
  if (single && DISEASE_WORDS.has(doc.lower[c.start]!)) return null;
  // "Petrol stations ran dry": a fuel or raw material opening the sentence is the common noun, unless the article
  // writes it with a capital elsewhere too (a company may be called so: "Petrol", the Slovenian retailer)
  if (single && c.label !== 'PER' && doc.initial.has(c.start) && COMMODITY_NOUNS.has(doc.lower[c.start]!) && !doc.midCapitalised.has(doc.lower[c.start]!)) return null;
  // "Born in Athens, X came ...", "Based in Lyon, the firm ...": a participle opening the sentence before a preposition
  if (single && doc.initial.has(c.start) && OPENING_PARTICIPLES.has(text.toLowerCase()) && /^(?:in|at|on|near|to|by|as|from)$/.test(doc.lower[c.end] ?? '')) return null;
  // "Reading out the verdict, the judge ...": a verb's "-ing" form opening the sentence before its particle is no name
  if (single && doc.initial.has(c.start) && /^\p{Lu}\p{Ll}+ing$/u.test(text) && /^(?:out|up|off|down)$/.test(doc.seg.tokens[c.end]?.text ?? '')) return null;
  // "on Saturday, a spokesman for ... said": a day of the week is no one's name (months are: "April", "June")
  if (single && WEEKDAY.test(text)) return null;
  // "Labour Minister", "Treasury Secretary": a portfolio word before a minister's or secretary's title is part of it
  const nextWord = doc.seg.tokens[c.end]?.text.toLowerCase() ?? '';
  if (single && !listed && /^\p{Lu}\p{Ll}+$/u.test(text) && PORTFOLIO_HEADS.has(nextWord) && titleInfo(`${text} ${nextWord}`)) return null;
  // "the murder of King in Memphis": a title word alone whose killing or family is spoken of is a person's surname
  if (single && c.label === 'PER' && !doc.nameToken[c.end] && titleInfo(text) && personContext(doc, c)) {
    return base(doc, c, 'person', 'a title word alone whose killing, killer or family is spoken of: a surname');
  }
  // title words alone ("President", "Foreign Minister") are never names, whatever the tagger says
  if (mayEndTitle(doc.seg.tokens[c.end - 1]!.text) && titleInfo(text) && !lookupOrganization(text)) return null;
  // "the North" for a country named "North ..." elsewhere in the article; else a reference the gazetteer cannot place
  if (single && DIRECTION_WORDS.has(text.toLowerCase()) && /^the$/i.test(doc.seg.tokens[c.start - 1]?.text ?? '')) {
    const full = ctx.directionNames.get(text.toLowerCase());
    if (full) return base(doc, c, full.type, `short reference to ${full.name} named in the article`, { gazetteerId: full.id });
    if (c.label !== 'LOC') return null;
  }

  // "Duchess of Kent", "Duke of Edinburgh", "Earl of Wessex": a title of nobility with its seat is a person
  // ("Duke of Norfolk's XI", a team, goes on past the seat: not a person)
  if (words.length >= 3 && words.length <= 4 && words[1]!.toLowerCase() === 'of' && NOBLE_TITLES.has(words[0]!.toLowerCase()) && !listed
    && words.slice(2).every((w) => isCapitalised(w)) && !/^['’]s$/.test(doc.seg.tokens[c.end]?.text ?? '')) {
    return base(doc, c, 'person', `${c.label ? `tagger ${c.label} retyped: ` : ''}title of nobility "${words[0]} of ..."`);
  }
  // "Ms. Calico", "Dr. Sohn": an honorific announces a person (the tagger, given a lone surname, often says otherwise)
  if (c.label && c.label !== 'PER' && (HONORIFICS.has((doc.seg.tokens[c.start - 1]?.text ?? '').toLowerCase()) || (!single && HONORIFICS.has(words[0]!.toLowerCase())))
    && words.every((w) => isCapitalised(w) || PARTICLES.test(w))) {
    return withTitle(doc, c, base(doc, c, 'person', 'name after an honorific'));
  }
  // "the journalist Kola Ade", "activist Maria Ruiz": a noun that only names people, right before a name of a
  // person's shape that no gazetteer knows, announces a person (the tagger often reads a company or a place)
  if (c.label !== 'PER' && !listed && PERSON_NOUNS.has((doc.seg.tokens[c.start - 1]?.text ?? '')) && personShaped(words)
    && !ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !endsInTrade(words) && !lookupPlace(text).length) {
    return withTitle(doc, c, base(doc, c, 'person', `${c.label ? `tagger ${c.label} retyped: ` : ''}name after the person noun "${doc.seg.tokens[c.start - 1]!.text}"`));
  }
  // "Marshall is a lawyer", "Epps was a retired pilot": a name of a person's shape no gazetteer knows, said by "is" or
  // "was" to be one of the nouns that only name people, is a person (the tagger often reads a lone surname as a body)
  // (a town may have the name: "Marshall"; not a capital, which may stand for its state)
  if ((c.label === 'ORG' || c.label === 'LOC') && !listed && personShaped(words) && !demonymOf(text)
    && lookupPlace(text).every((e) => e.type === 'city' && capitalOf(e.country ?? '')?.id !== e.id)
    && !ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !endsInTrade(words)) {
    const noun = predicatePersonNoun(doc, c.end);
    if (noun) return withTitle(doc, c, base(doc, c, 'person', `tagger ${c.label} retyped: "${doc.seg.tokens[c.end]!.text} ... ${noun}" said of the name`));
  }
  // "Nepal's new foreign minister, Ramesh Nath Pandey,", "Ambassador Karl Obi": a name of a person's shape of two or
  // more words right after a person's title, or after one and a comma, is the person the tagger read as a body
  // (not a name ending like a body's or a company's, nor one a gazetteer knows; "KHNP's chief executive, Whang Joo-ho,":
  // the tagger may read such a name as a place too)
  if ((c.label === 'ORG' || c.label === 'LOC') && !single && !listed && personShaped(words) && !lookupPlace(text).length
    && !ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !INDUSTRY_HEADS.has(words[words.length - 1]!.toLowerCase())
    && !LOCATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !words.some((w) => demonymOf(w))) {
    const t = titleBefore(doc, c.start) ?? (doc.seg.tokens[c.start - 1]?.text === ',' ? appositionTitle(doc, c.start, c.end) : undefined);
    if (t && !/apposition after/.test(t.reason)) return base(doc, c, 'person', `tagger ${c.label} retyped: a person's title before the name (${t.reason})`, { title: t.title });
    // "his Vietnamese counterpart, Bui Thanh Son,", "her predecessor, X": a noun for a person's tie to another
    const tie = doc.seg.tokens[c.start - 1]?.text === ',' ? doc.seg.tokens[c.start - 2]?.text.toLowerCase() ?? '' : '';
    if (PERSONAL_TIE_NOUNS.has(tie)) return base(doc, c, 'person', `tagger ${c.label} retyped: a name in apposition to "${tie}"`);
    // "Ethiopia's Tesfaye Gebremariam has been elected ... Gebremariam, a former steeplechaser,": the last word alone is
    // a person's name elsewhere in the article, twice or more, and never anything else
    if (surnameUsedAlone(ctx, words)) return base(doc, c, 'person', `tagger ${c.label} retyped: its last word is a person's name alone elsewhere in the article`);
  }
  // "The authority, led by Maria Ruiz Soler, has ...": a name of a person's shape, of two or three words no gazetteer
  // knows and no body's or trade's word closes, after "headed by", "chaired by" or "led by", is the one who leads
  if (c.label === 'ORG' && !single && words.length <= 3 && !listed && personShaped(words) && !lookupPlace(text).length && !words.some((w) => demonymOf(w))
    && /^(?:led|headed|chaired)$/.test(doc.lower[c.start - 2] ?? '') && doc.lower[c.start - 1] === 'by' && /^[,.;]$/.test(doc.seg.tokens[c.end]?.text ?? '')
    && !ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !INDUSTRY_HEADS.has(words[words.length - 1]!.toLowerCase()) && !endsInTrade(words)) {
    return base(doc, c, 'person', `tagger ORG retyped: a name of a person's shape after "${doc.seg.tokens[c.start - 2]!.text} by"`);
  }
  // "Zwickau in eastern Germany": a tagger body over a town the gazetteer knows, placed right after in that town's own
  // country (or region), is the town
  if (c.label === 'ORG' && !listed) {
    const town = townPlacedInItsCountry(doc, c.end, text);
    if (town) return typePlace(doc, { ...c, label: 'LOC' }, [town], `tagger ORG on a town "in" its own country after it`);
  }
  // "a country house in Sussex": a one-word name no gazetteer knows alone, whose parts it knows as divisions named with a
  // compass word ("West Sussex", "East Sussex"), is that region as a whole, after "in" or read as a place
  if (single && !listed && (c.label === 'LOC' || (c.label === 'ORG' && doc.lower[c.start - 1] === 'in')) && !lookupPlace(text).length) {
    const part = compassDivision(text);
    if (part) return base(doc, c, 'region', `${c.label === 'ORG' ? 'tagger ORG retyped: ' : 'tagger LOC, '}the region whose part "${part}" the gazetteer knows`);
  }
  // "known by his alias Otoniel", "her nom de guerre X": a person's own other name, whatever the tagger read
  if (c.label !== 'PER' && personalAliasBefore(doc, c.start) && !listed && !lookupPlace(text).length) {
    return base(doc, c, 'person', `${c.label ? `tagger ${c.label} retyped: ` : ''}a person's alias ("${doc.seg.tokens[c.start - 2]!.text} ${doc.seg.tokens[c.start - 1]!.text}" before the name)`);
  }
  const org = c.label === 'PER' ? undefined : listed;
  // a seat of government ("White House") is a place to the tagger and an organisation to the gazetteer: both are right
  // (a seat of government is the body it houses, except where a person is at or goes to it: "Kishida at the White House",
  // "to visit the White House")
  if (org && !(c.label === 'LOC' && isSeat(org) && seatAsPlace(doc, c.start))) return base(doc, c, 'organization', `organisation gazetteer: ${org.id}`, { gazetteerId: org.id });

  // the words around the name say it is a company, a body or a publication ("investment firm X", "shares of X")
  const cue = organizationCue(doc, c.start, c.end);
  // (a tagger person stays one after "developer" or "investor", which people are called, not after "charity" or "firm")
  // ("the militant groups X": the plural of such a noun as well)
  // ("cement maker X": goods and a maker's noun name a company, where "developer X" may be a person)
  const goodsMaker = MAKER_NOUNS.has(doc.lower[c.start - 1] ?? '') && GOODS_BEFORE_MAKER.has(doc.lower[c.start - 2] ?? '');
  const strongCue = APPOSITION_ORGANIZATION_KINDS.has(doc.lower[c.start - 1] ?? '') || APPOSITION_ORGANIZATION_KINDS.has((doc.lower[c.start - 1] ?? '').replace(/s$/, '')) || goodsMaker
    || isGoodsMakerWord(doc.lower[c.start - 1] ?? '');
  // ("a stake in Kazakh oil producer X", "analysts at Lagos brokerage X": a nationality or a known place's name before a
  // lower-case noun qualifies it, whatever comes before)
  const adjectival = single && !listed && (!!demonymOf(text) || lookupPlace(text).length > 0) && /^\p{Ll}{3,}$/u.test(doc.seg.tokens[c.end]?.text ?? '')
    && !FUNCTION_WORDS.has(doc.lower[c.end]!);
  // ("near the border with Venezuela, the group, known as ...": a description after a country the gazetteer knows and a
  // comma is said of the sentence's subject, not of the country)
  // ("Meeting in Brussels, the council, which ...": nor after a preposition of place, where the name is the place)
  const countryBefore = c.label === 'LOC' && !!cue?.apposition && !cue.workplace && doc.seg.tokens[c.end]?.text === ','
    && (lookupPlace(text).some((e) => e.type === 'country') || (lookupPlace(text).length > 0 && LOCATIVE_PREPOSITIONS.has(doc.lower[c.start - 1] ?? '')));
  if (cue && !adjectival && !countryBefore && !(c.label === 'PER' && !single && !cue.apposition && !cue.workplace && !strongCue) && !(cue.after && lookupPlace(text).length)) {
    return base(doc, c, 'organization', `${c.label ? `tagger ${c.label}, ` : ''}organisation by context: ${cue.cue}`);
  }

  // "Network Rail, which owns the track": a relative "which" after the name is said of a thing, never of a person
  // (not after a person's title: "led by General Secretary To Lam, which has brought down", "the government of Prime
  // Minister X, which took office": the relative belongs to the noun before the titled name)
  // (nor after a noun only people are called: "the party founded by billionaire X, which won")
  if (c.label === 'PER' && doc.seg.tokens[c.end]?.text === ',' && doc.lower[c.end + 1] === 'which' && !lookupPlace(text).length && !titleBefore(doc, c.start)
    && !PERSON_NOUNS.has(doc.lower[c.start - 1] ?? '')) {
    return base(doc, c, 'organization', 'tagger PER retyped: ", which" after the name (a thing, not a person)');
  }
  // "Germany's Fraport, which runs Frankfurt airport": a name no gazetteer knows that runs, owns or makes something is a
  // business, not a place the tagger read
  if (c.label === 'LOC' && !lookupPlace(text).length && doc.seg.tokens[c.end]?.text === ',' && doc.lower[c.end + 1] === 'which' && BUSINESS_VERBS.has(doc.lower[c.end + 2] ?? '')) {
    return base(doc, c, 'organization', `tagger LOC retyped: ", which ${doc.seg.tokens[c.end + 2]!.text}" after the name (a business)`);
  }
  // "Brenco and Maltis, which compete with ...": the same said of a pair of one-word names
  if (single && (c.label === 'PER' || c.label === 'ORG') && !listed && !lookupPlace(text).length && pairBeforeWhich(doc, c)) {
    return base(doc, c, 'organization', `${c.label === 'PER' ? 'tagger PER retyped: ' : 'tagger ORG, '}one of two names joined by "and" with ", which" after them`);
  }

  // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a name with its acronym in brackets, its initials among the acronym's
  // letters in order, is a body's (people have no acronyms)
  if (c.label === 'PER' && !single && bracketedAcronymFits(doc, c, words)) {
    return base(doc, c, 'organization', `tagger PER retyped: its acronym "${doc.seg.tokens[c.end + 1]!.text}" in brackets after the name`);
  }
  // "Norwich South", "Leeds Central": a town's name and a compass word is a part of it (a district, a constituency)
  if (c.label === 'ORG' && words.length === 2 && !listed && /^(?:north|south|east|west|central)$/i.test(words[1]!)
    && lookupPlace(words[0]!).some((e) => e.type === 'city') && !lookupPlace(text).length) {
    return base(doc, c, 'location', `tagger ORG retyped: a town's name and the compass word "${words[1]}"`);
  }

  // "Aiken, S.C.", "Morgan City, La.": an AP state abbreviation after a name and a comma is the state
  // (the gazetteer alone reads "La." as Los Angeles and knows no "S.C.")
  const state = single ? addressedState(doc, c, text) : undefined;
  if (state) return base(doc, c, 'region', `AP abbreviation of ${state.name} after a place's name`, { gazetteerId: state.id });

  // "the assassin of Lincoln", "Kennedy's assassination", "the widow of Marley": a name whose killing, killer or
  // family is spoken of is a person's, even when a town has it too (not a country, not a national capital)
  if (single && c.label !== 'PER' && personContext(doc, c)) {
    const places = lookupPlace(text);
    if (!lookupOrganization(text) && places.every((e) => e.type === 'city' && capitalOf(e.country ?? '')?.id !== e.id)) {
      return withTitle(doc, c, base(doc, c, 'person', `${c.label ? `tagger ${c.label} retyped: ` : ''}a person's killing, killer or family is spoken of`));
    }
  }
  // "Luis Montenegro ... Montenegro, whose minority government collapsed": the surname of a person the article names
  // in full is that person, even where the tagger reads the country (not after "in", "to", "of": "elections in Montenegro")
  if (single && c.label === 'LOC' && ctx.personSurnames.has(nameKey(text)) && !LOCATIVE_PREPOSITIONS.has(doc.lower[c.start - 1] ?? '')
    && !/^(?:of|to|into|from|with|and)$/.test(doc.lower[c.start - 1] ?? '')) {
    return withTitle(doc, c, base(doc, c, 'person', 'tagger LOC on the surname of a person named in full in the article'));
  }
  // "Kaminski, former first deputy director of ...", "Novak, who ...", "Horvat, a Croat,": a name no gazetteer knows,
  // read by the tagger as a place or a body, with a person's title, a "who" or a nationality noun in apposition is a person
  // (not after "the": "for the Cardinals, who won" is a team; nor after a preposition of place: "of Arbil, the centre of ...")
  if ((c.label === 'LOC' || c.label === 'ORG') && !listed && personShaped(words) && !lookupPlace(text).length && !demonymOf(text)
    && !/^(?:the|of|in|at|near|from|outside|into|across|around)$/.test(doc.lower[c.start - 1] ?? '')
    && !ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !LOCATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase())) {
    const said = personInApposition(doc, c.end);
    if (said) {
      // ("Police Major X Y, the commander of ...": a title read into the span stays out of the name)
      let k = words.length - 1;
      while (k > 0 && !(mayEndTitle(words[k - 1]!) && titleInfo(words[k - 1]!))) k--;
      const named = k > 0 ? { ...c, start: c.start + k } : c;
      return withTitle(doc, named, base(doc, named, 'person', `tagger ${c.label} retyped: ${said} after the name`));
    }
  }
  // "Winterset's busiest street", "Rockport's residents": a one-word name the tagger read as a body or a person, no
  // gazetteer's body, whose possessive owns what only a town has, is the town
  if (single && (c.label === 'ORG' || c.label === 'PER') && !listed && !demonymOf(text) && !ctx.personParts.has(nameKey(text)) && townOwnedAfter(doc, c.end)) {
    const known = lookupPlace(text);
    return known.length ? typePlace(doc, { ...c, label: 'LOC' }, known, `tagger ${c.label} retyped: its possessive owns what only a town has`)
      : base(doc, c, 'city', `tagger ${c.label} retyped: its possessive owns what only a town has`);
  }
  // "As Rochester teacher union leader Adam Urbanski put it": a town the tagger read as a body, before lower-case words
  // ending on a person's title and the person's name, is the town the person is from (not a listed body)
  if (c.label === 'ORG' && !listed && lookupPlace(text).some((e) => e.type === 'city' || e.type === 'region')) {
    let k = c.end;
    while (k < c.end + 4 && /^\p{Ll}+$/u.test(doc.seg.tokens[k]?.text ?? '') && !TEAM_ROLES.has(doc.lower[k]!)) k++;
    // ("Surrey captain X", "Norwich manager Y": a town's name before a role in a team is the team)
    if (TEAM_ROLES.has(doc.lower[k] ?? '')) k = c.end;
    if (k > c.end && doc.nameToken[k] && doc.seg.tokens[k]!.sentence === doc.seg.tokens[c.start]!.sentence && (titleBefore(doc, k)?.start ?? -1) >= c.end) {
      return typePlace(doc, { ...c, label: 'LOC' }, lookupPlace(text), 'tagger ORG retyped: a town before a person\'s description and name');
    }
  }
  // "agents arrived at Sohn's New Jersey home": a one-word name no gazetteer knows, read as a place, whose home,
  // family or lawyer is spoken of (a place may come between) is a person's
  if (single && c.label === 'LOC' && !listed && personShaped(words) && !lookupPlace(text).length && /^['’]s$/.test(doc.seg.tokens[c.end]?.text ?? '')) {
    let k = c.end + 1;
    while (k < c.end + 4 && doc.nameToken[k]) k++;
    if (PERSONAL_POSSESSIONS.has(doc.lower[k] ?? '')) return withTitle(doc, c, base(doc, c, 'person', `tagger LOC retyped: "${text}'s ... ${doc.seg.tokens[k]!.text}" is a person's`));
  }
  // "nobles that included Brutus and Cassius": a one-word name no gazetteer knows, joined by "and" or "or" to a
  // one-word person the tagger found, is a person too (the tagger reads it as a body or a place)
  if (single && (c.label === 'ORG' || c.label === 'LOC') && !listed && personShaped(words) && !lookupPlace(text).length && !demonymOf(text)) {
    const before = /^(?:and|or)$/.test(doc.lower[c.start - 1] ?? '') && ctx.personEnds?.has(c.start - 1) && ctx.personStarts?.has(c.start - 2);
    const after = /^(?:and|or)$/.test(doc.lower[c.end] ?? '') && ctx.personStarts?.has(c.end + 1) && ctx.personEnds?.has(c.end + 2);
    if (before || after) return withTitle(doc, c, base(doc, c, 'person', `tagger ${c.label} retyped: joined by "${doc.seg.tokens[before ? c.start - 1 : c.end]!.text}" to a one-word person`));
  }
  // "Walesa said Solidarity wants ...": a one-word name opening a sentence as the one who said it, that no gazetteer
  // knows and the article names nowhere else, is a person (the tagger reads an unknown opening word before "said" as
  // a body; a company that speaks is named in full first: "Faulding Ltd ... Faulding said")
  if (single && c.label === 'ORG' && !listed && personShaped(words) && !lookupPlace(text).length && !demonymOf(text)
    && !ORGANIZATION_HEAD_WORDS.has(text.toLowerCase()) && opensSentence(doc, c.start) && SPEECH_AFTER.has(doc.lower[c.end] ?? '')
    && namedOnce(doc, text)) {
    return base(doc, c, 'person', 'tagger ORG retyped: an unknown one-word name opening a sentence before "said", named nowhere else');
  }
  // "works of Shakespeare, Tennessee Williams and Eugene O'Neill", "statues of Buddy Holly, Richardson and Valens": a name of a
  // person's shape in a list whose other names, two or more, are all people the tagger found is a person too
  if ((c.label === 'ORG' || c.label === 'LOC') && !listed && personShaped(words) && !demonymOf(text)
    && !lookupPlace(text).some((e) => e.type !== 'city' || capitalOf(e.country ?? '')?.id === e.id)
    && !ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase()) && !LOCATION_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase())
    && personListed(doc, c, ctx)) {
    return withTitle(doc, c, base(doc, c, 'person', `tagger ${c.label} retyped: listed with people only`));
  }
  // a word of a person's full name named in the article ("Clinton", "Jordan") is that person, not a town
  const places = !c.label && single && ctx.personParts.has(nameKey(text)) ? [] : plausiblePlaces(doc, c, text);
  // "Howard, the prime minister of Australia, said": a town's name with a person's title in apposition is the person
  if (single && c.label !== 'ORG' && places.length && places.every((e) => e.type === 'city') && !places.some((e) => capitalOf(e.country ?? '')?.id === e.id)) {
    const t = appositionTitle(doc, c.start, c.end);
    if (t) return base(doc, c, 'person', `${c.label ? `tagger ${c.label} retyped: ` : ''}a title in apposition (${t.reason})`, { title: t.title });
  }
  // "five West Bank towns, including Jericho", "cities such as Lyon and Nantes": a name listed after a plural
  // noun for places is the place the gazetteer knows by that name, whatever the tagger read
  if (single && c.label && c.label !== 'LOC' && !listed && placeListedBefore(doc, c.start)) {
    const known = lookupPlace(text);
    if (known.length) return typePlace(doc, { ...c, label: 'LOC' }, known, `tagger ${c.label} retyped: listed after "${placeListedBefore(doc, c.start)}"`);
  }
  // "the Sea of Azov", "the Gulf of Guinea" read as a body: a natural feature's word, "of" and a name is the feature
  if (c.label && c.label !== 'LOC' && words.length >= 3 && FEATURE_OF_WORDS.has(words[0]!.toLowerCase()) && words[1] === 'of') {
    const place = lookupPlace(text);
    return place.length ? typePlace(doc, { ...c, label: 'LOC' }, place, `tagger ${c.label} on "${words[0]} of ..."`) : base(doc, c, 'location', `tagger ${c.label} on "${words[0]} of ...": a natural feature`);
  }
  // "Italy's Ventura", "Chile's Valparaiso Mining": after a country's possessive, a name the gazetteer knows only as
  // towns of other countries names no town of them (a company, a team)
  if (places.length && places.every((e) => e.type === 'city') && /^['’]s$/.test(doc.seg.tokens[c.start - 1]?.text ?? '')) {
    const owner = c.start >= 2 ? lookupPlace(doc.seg.tokens[c.start - 2]!.text).find((e) => e.type === 'country') : undefined;
    if (owner && places.every((e) => e.country !== owner.country)) {
      return base(doc, c, 'organization', `${c.label ? `tagger ${c.label} retyped: ` : ''}after "${owner.name}'s", a name the gazetteer knows only as towns of other countries`);
    }
  }
  // "The Bremen company", "the Lyon lender": a place the gazetteer knows between "the" and a noun for a kind of
  // business is where the business is, not its name ("group" and "union" are left out: "the Orange group")
  if (single && c.label === 'ORG' && !listed && places.length && /^(?:the|a|an)$/i.test(doc.seg.tokens[c.start - 1]?.text ?? '')
    && SEAT_BEFORE_KINDS.has(doc.lower[c.end] ?? '')) {
    return typePlace(doc, { ...c, label: 'LOC' }, places, `tagger ORG retyped: a place before "${doc.seg.tokens[c.end]!.text}"`);
  }
  if (places.length) {
    const votes = ctx.votes.get(nameKey(text)) ?? ctx.votes.get(places[0]!.id);
    const locVotes = votes?.LOC ?? 0;
    if (!c.label || c.label === 'LOC') return typePlace(doc, c, places, c.label ? 'tagger LOC + gazetteer' : 'gazetteer');
    const own = votes?.[c.label] ?? 1;
    const contextSays = regionOrCity(doc, c.start, c.end).level !== undefined;
    // a country's full or official name is the country even when the tagger reads an organisation ("Federal Republic of Yugoslavia")
    if (c.label === 'ORG' && !single && places[0]!.type === 'country') return typePlace(doc, c, places, 'tagger ORG on the name of a country');
    // ("a trade route to Afghanistan and Central Asia": a part of a continent or a sea the gazetteer knows, and no body)
    if (c.label === 'ORG' && !single && !listed && places.every((e) => e.type === 'location')) return typePlace(doc, c, places, 'tagger ORG on the name of a part of the world');
    // teams carry their city's name ("Toronto beat Detroit"): only a clear majority or the context overrides ORG
    const capital = places.find((e) => e.type === 'city' && capitalOf(e.country ?? '')?.id === e.id);
    // ("in Lyon, Marseille and Brittany": listed with places after a preposition of place)
    const placeList = places.some((e) => e.type === 'city') && inPlaceListAfterPreposition(doc, c.start);
    if (c.label === 'ORG' && (contextSays || (locVotes > own && isProse(doc, c.start)) || (capital && isProse(doc, c.start)) || addressAfter(doc, c.end, places) || placeList)) {
      return typePlace(doc, c, places, placeList ? 'tagger ORG retyped: listed with places after a preposition of place' : 'tagger ORG retyped by gazetteer and document votes');
    }
    // ("close to Greenville", "70 miles northeast of Boise", "miles from Lubbock": how far from it, said only of a place)
    if (c.label === 'ORG' && places.some((e) => e.type === 'city' || e.type === 'region') && nearnessBefore(doc, c.start)) {
      return typePlace(doc, c, places, 'tagger ORG retyped: a place after words of distance or nearness');
    }
    if (c.label === 'PER' && single && !ctx.personParts.has(nameKey(text)) && !titleBefore(doc, c.start) && (contextSays || locVotes > own)) {
      return typePlace(doc, c, places, 'tagger PER retyped by gazetteer and document votes');
    }
  }

  const head = words[words.length - 1]!.toLowerCase();
  // "scored against Luton Town", "Leeds United won": a town the gazetteer knows and a club's last word, read as a person,
  // is the club (not a place the gazetteer knows whole: "Kansas City")
  if (c.label === 'PER' && words.length === 2 && CLUB_HEADS.has(head) && lookupPlace(words[0]!).some((e) => e.type === 'city') && !lookupPlace(text).length) {
    return base(doc, c, 'organization', `tagger PER on a town's name and the club word "${words[1]}"`);
  }
  // ("Andrew Hall", "Linda Park" stay people: a head that is also a common surname needs "the" before the name)
  if (c.label === 'PER' && !single && LOCATION_HEAD_WORDS.has(head) && (!SURNAME_HEADS.has(head) || /^the$/i.test(doc.seg.tokens[c.start - 1]?.text ?? ''))) {
    return base(doc, c, 'location', `tagger PER on a name ending in "${head}"`);
  }
  if (c.label === 'ORG' && !single && PLACE_OVER_ORGANIZATION_HEADS.has(head)) return base(doc, c, 'location', `tagger ORG on a name ending in the place word "${head}"`);
  // "Warner Bros", "Computer Systems Inc": a legal form closes a company's name, never a person's
  // "Halvard Energy", "Marathon Oil", "Orion Pharmaceuticals": an industry word closes a company's name, not a person's
  // "the Marine Corps", "Life Magazine", "the Military Museum": an institution's head word closes no person's name
  if (c.label === 'PER' && !single && INSTITUTION_HEADS.has(head)) {
    // "the Captain Paul Watson Foundation": a person's title between "the" and the person the body is named after is a
    // word of the body's name ("the" stands before no titled person)
    const t = c.start - 1, title = doc.seg.tokens[t]?.text ?? '';
    const titled = t > 0 && doc.lower[t - 1] === 'the' && doc.seg.tokens[t - 1]!.sentence === doc.seg.tokens[c.start]!.sentence
      && /^\p{Lu}\p{Ll}+$/u.test(title) && mayEndTitle(title) && !!titleInfo(title);
    return base(doc, titled ? { ...c, start: t } : c, 'organization', `tagger PER on a name ending in the institution word "${words[words.length - 1]}"${titled ? `, with the title "${title}" opening it` : ''}`);
  }
  if (c.label === 'PER' && !single && endsInTrade(words)) return base(doc, c, 'organization', `tagger PER on a name ending in the industry word "${words[words.length - 1]}"`);
  // "Real Betis", "Sporting Lisbon", "Borussia Dortmund": a sports club's name opens with its kind
  if (c.label === 'PER' && !single && CLUB_LEADS.has(words[0]!.toLowerCase())) return base(doc, c, 'organization', `tagger PER on a club's name opening with "${words[0]}"`);
  if (c.label === 'PER' && !single && Object.prototype.hasOwnProperty.call(CORPORATE_SUFFIXES, head.replace(/\.$/, ''))) {
    return base(doc, c, 'organization', `tagger PER on a name ending in the legal form "${words[words.length - 1]}"`);
  }
  // "through Rolling Fork, where Muddy Waters was born": a name followed by ", where" is a place
  if (c.label === 'PER' && doc.seg.tokens[c.end]?.text === ',' && doc.seg.tokens[c.end + 1]?.text.toLowerCase() === 'where') {
    return base(doc, c, 'location', 'tagger PER retyped: a place (", where" after the name)');
  }
  // "the Coipasa salt flat": the tagger's organisation before a natural feature's noun is that feature
  if (single && c.label === 'ORG' && !listed && featureNounAfter(doc, c.end)) {
    const place = lookupPlace(text).find((e) => e.type !== 'country');
    const feature = featureNounAfter(doc, c.end)!;
    return place
      ? typePlace(doc, { ...c, label: 'LOC' }, [place], `tagger ORG before "${feature}"`)
      : base(doc, c, 'location', `tagger ORG retyped: the name of the ${feature} after it`);
  }
  // "Caracas claims the Essequibo region": a name the tagger read as a body or a person before a lower-case noun of
  // administrative division is that division
  if (c.label && c.label !== 'LOC' && !listed && !isAcronym(text) && divisionNounBehind(doc, c.end)) {
    const region = lookupPlace(text).find((e) => e.type === 'region');
    return region
      ? typePlace(doc, { ...c, label: 'LOC' }, [region], `tagger ${c.label} before "${doc.seg.tokens[c.end]!.text}"`)
      : base(doc, c, 'region', `tagger ${c.label} retyped: the name of the ${doc.seg.tokens[c.end]!.text} after it`);
  }
  // "in the village of Kfar Kila", "the port city of Hodeidah": a place noun and "of" before the name
  if (c.label !== 'LOC' && !listed && doc.lower[c.start - 1] === 'of' && PLACE_OF_NOUNS.has(doc.lower[c.start - 2] ?? '')) {
    return base(doc, c, 'location', `${c.label ? `tagger ${c.label} retyped: ` : ''}a place after "${doc.seg.tokens[c.start - 2]!.text} of"`);
  }
  // "LONDON (AP) -": the place opening a wire dateline is a place, whatever the tagger read in the capitals
  if (c.label !== 'LOC' && isDatelinePlace(doc, c)) {
    const known = lookupPlace(text);
    if (known.length) return typePlace(doc, { ...c, label: 'LOC' }, known, `tagger ${c.label ?? 'none'} retyped: the place of a wire dateline`);
    // (a town no gazetteer knows, "(Text) Ulaanbaatar, 29 Apr (XINHUA)": a dated agency line names where the story was filed)
    if (!lookupOrganization(text) && c.end - c.start <= 3 && opensDatedAgencyLine(doc, c)) return base(doc, c, 'city', `tagger ${c.label ?? 'none'} retyped: the place of a wire dateline, a town no gazetteer knows`);
    // ("DEIR AL-BALAH, Gaza Strip (AP) -": a town no gazetteer knows, with the region or country it lies in after it)
    if (!lookupOrganization(text) && c.end - c.start <= 3 && datelineWithKnownQualifier(doc, c)) return base(doc, c, 'city', `tagger ${c.label ?? 'none'} retyped: the place of a wire dateline, a town no gazetteer knows, in the known place after it`);
  }
  // "Rivals Air France-KLM and IAG": a name the document tags ORG more often (twice or more) is one organisation
  // throughout, and the reverse for a person; a title before the name still makes it a person
  const v = ctx.votes.get(nameKey(text));
  // (only names a person's name does not look like: a hyphenated or joined company name, not "De Wilde")
  if (c.label === 'PER' && v && v.ORG >= 2 && v.ORG > v.PER && !titleBefore(doc, c.start) && (!personShaped(words) || text.includes('-'))) {
    return base(doc, c, 'organization', 'tagger PER outvoted by the document\'s ORG readings of the name');
  }
  if (c.label === 'ORG' && v && v.PER >= 2 && v.PER > v.ORG && !listed) return withTitle(doc, c, base(doc, c, 'person', 'tagger ORG outvoted by the document\'s PER readings of the name'));
  // ("without Prabowo's running mate" read as a place, the name read as a person twice or more elsewhere, no gazetteer's place)
  if (c.label === 'LOC' && single && v && v.PER >= 2 && v.PER > v.LOC && !listed && ctx.personParts.has(nameKey(text)) && !lookupPlace(text).length) {
    return withTitle(doc, c, base(doc, c, 'person', 'tagger LOC outvoted by the document\'s PER readings of the name'));
  }
  // "German Defence Minister Volker Ruehe will visit ... Volker Ruehe planned": a name the article gives a person's title
  if (c.label === 'ORG' && !listed && personShaped(words) && ctx.titledPersons.has(nameKey(text))) {
    return withTitle(doc, c, base(doc, c, 'person', 'tagger ORG on a name the article gives a person\'s title'));
  }
  if (c.label === 'PER' && ctx.partyNames.has(nameKey(text)) && (single ? !ctx.personParts.has(nameKey(text)) : !ctx.titledPersons.has(nameKey(text)))) {
    return base(doc, c, 'organization', 'tagger PER on a name the article writes before "party"');
  }
  if (c.label === 'PER') return withTitle(doc, c, base(doc, c, 'person', 'tagger PER'));
  if (c.label === 'ORG') return base(doc, c, 'organization', 'tagger ORG');
  // "Kenya's High Court", "the Supreme Court", "the Constitutional Tribunal": a name ending in a body's head word that
  // never closes a place's name is the body, where the tagger reads the place it sits in
  // ("the Catholic Church", "the Russian Orthodox Church": a denomination's church is the body, "St Mary's Church" a building)
  const denomination = head === 'church' && words.slice(0, -1).some((w) => DENOMINATIONS.has(w.toLowerCase()));
  if (c.label === 'LOC' && !single && (BODY_NOT_PLACE_HEADS.has(words[words.length - 1]!.toLowerCase()) || denomination)) {
    return base(doc, c, 'organization', `tagger LOC on a name ending in the body word "${words[words.length - 1]}"`);
  }
  // "the Legislative Yuan", "the Executive Council": a name no gazetteer places, opened by a branch of government's
  // adjective, is that branch's body
  if (c.label === 'LOC' && !single && GOVERNMENT_BRANCH_WORDS.has(words[0]!.toLowerCase()) && !lookupPlace(text).length) {
    return base(doc, c, 'organization', `tagger LOC on a name opened by the branch of government "${words[0]}"`);
  }
  // "Thames Water", "Kashagan Oil": a name no gazetteer places, ending in an industry's word, is a company
  // ("Construtora Pedra Branca": a name opening with a word for a kind of business, in a language that puts it first)
  if (c.label === 'LOC' && !single && BUSINESS_LEADS.has(words[0]!.toLowerCase())) return base(doc, c, 'organization', `tagger LOC on a name opening with the business word "${words[0]}"`);
  if (c.label === 'LOC' && !single && INDUSTRY_HEADS.has(head)) return base(doc, c, 'organization', `tagger LOC on a name ending in the industry word "${words[words.length - 1]}"`);
  // "Rio Tinto to buy Arcadium Lithium ... Arcadium's board": a name no gazetteer places whose first word the tagger
  // reads alone as an organisation elsewhere in the article, and never as a place or a person, is that organisation's
  // full name
  if (c.label === 'LOC' && !single && !lookupPlace(words[0]!).length && !demonymOf(words[0]!)) {
    const v = ctx.votes.get(nameKey(words[0]!));
    if (v && v.ORG > 0 && !v.LOC && !v.PER) return base(doc, c, 'organization', `tagger LOC on a name whose first word "${words[0]}" the article's tagger reads alone as an organisation`);
  }
  // (named as the country is, like any nationality word: "Uzbek" is a mention of Uzbekistan)
  if (c.label === 'LOC' && dem) return base(doc, c, dem.type === 'region' ? 'region' : 'country', `tagger LOC on the nationality word of ${dem.name}`, { gazetteerId: dem.id, metonymy: 'demonym' });
  // "a Karakalpak lawyer" in an article about Karakalpakstan: a word no gazetteer knows, before a lower-case noun, that
  // with "-stan" ("land of") is a place the gazetteer knows, is that place's nationality word
  if (c.label === 'LOC' && single && !lookupPlace(text).length && /^\p{Ll}+$/u.test(doc.seg.tokens[c.end]?.text ?? '') && !FUNCTION_WORDS.has(doc.lower[c.end]!)) {
    const land = [`${text}stan`, `${text}istan`].map((n) => lookupPlace(n).find((e) => e.type === 'region' || e.type === 'country')).find((e) => e);
    if (land) return base(doc, c, land.type === 'region' ? 'region' : 'country', `tagger LOC on the nationality word of ${land.name} (its name and "-stan")`, { gazetteerId: land.id, metonymy: 'demonym' });
  }
  // "the town of Rutshuru", "the fishing village Kibumba": a place no gazetteer knows, named as a settlement, is a town
  if (c.label === 'LOC') {
    // ("mayor of Davao City": a mayor's "of" names a town)
    const settlement = settlementNounBefore(doc, c.start) ?? (doc.lower[c.start - 1] === 'of' && /^(?:mayor|mayors|mayoress)$/.test(doc.lower[c.start - 2] ?? '') ? 'town by its mayor' : undefined);
    if (settlement) return base(doc, c, 'city', `tagger LOC, not in the gazetteer, after "${settlement}"`);
    // "diver Brian Michaud of Millinocket": a place no gazetteer knows right after a person and "of" is the person's town
    if (doc.lower[c.start - 1] === 'of' && ctx.personEnds?.has(c.start - 1) && words.length <= 2 && !/[-‐]/.test(text)) return base(doc, c, 'city', 'tagger LOC, not in the gazetteer, after a person and "of": the person\'s town');
  }
  // "the government's anti-graft Ombudsman", "the Treasury": one word no gazetteer places that names a body of state
  // alone is that body (BODIES_NAMED_ALONE)
  if (c.label === 'LOC' && single && BODIES_NAMED_ALONE.has(doc.lower[c.start]!)) return base(doc, c, 'organization', `tagger LOC on "${text}", a body of state named alone`);
  if (c.label === 'LOC') return base(doc, c, 'location', 'tagger LOC, not in the gazetteer');
  return typeByShape(doc, c, words);
}

/**
 * Does the article use the last word of these (without an Arabic article: "al-Mutairi" -> "Mutairi") alone as a
 * person's name, twice or more, and never as anything else?
 */
function surnameUsedAlone(ctx: TypingContext, words: string[]): boolean {
  const last = withoutArabicArticle(words[words.length - 1]!);
  const v = ctx.votes.get(nameKey(last));
  return !!v && v.PER >= 2 && !v.ORG && !v.LOC && !v.MISC;
}

/** "Exxon Mobil" for the listed "ExxonMobil": a company's name written in words apart (or hyphened) is its name. */
function sameLettersAs(listedName: string, text: string): boolean {
  return nameKey(listedName).replace(/[\s-]+/g, '') === nameKey(text).replace(/[\s-]+/g, '');
}

/**
 * "Marathon Oil", "Kessock Seafoods", "Harbour Valuations": a name of two or more words ending in a word of trade;
 * or opening with one in a language that puts the kind of business first ("Construtora Ribeiro Lima").
 */
function endsInTrade(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  return words.length > 1 && (INDUSTRY_HEADS.has(last) || BUSINESS_HEADS.has(last) || BUSINESS_LEADS.has(words[0]!.toLowerCase()));
}

/** Verbs right after the one who speaks ("Walesa said"). */
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'testified', 'recalled']);

/** The token opens its sentence. */
const opensSentence = (doc: DocFacts, start: number) => start === 0 || doc.seg.tokens[start - 1]!.sentence !== doc.seg.tokens[start]!.sentence;

/** The word stands once in the whole article (this mention), alone or inside a longer name. */
function namedOnce(doc: DocFacts, text: string): boolean {
  let n = 0;
  for (const t of doc.seg.tokens) if (t.text === text && ++n > 1) return false;
  return true;
}

/** One to four capitalised words with lower-case letters or initials ("Kola Ade", "J. R. Smith"), particles allowed. */
function personShaped(words: string[]): boolean {
  return words.length <= 4 && words.every((w, i) => (isCapitalised(w) && (HAS_LOWER.test(w) || INITIAL.test(w))) || PARTICLES.test(w) || (i > 0 && REGNAL_NUMERAL.test(w)))
    && !PARTICLES.test(words[0]!);
}

/** A numeral of a name a family hands down, inside a person's name ("Ibrahima Sory II Diallo", "John Smith III"). */
const REGNAL_NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;

/** No tagger label and no gazetteer entry: decide from the form of the name and its neighbours. */
function typeByShape(doc: DocFacts, c: Candidate, words: string[]): TypedMention | null {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1]!;
  const capsLine = doc.capsHeadings.has(doc.seg.tokens[c.start]!.sentence) && !doc.titleCaseHeadings.has(doc.seg.tokens[c.start]!.sentence);
  if (capsLine) return null; // a line in capitals: only gazetteer names are trusted there
  if (words.length === 1 && isAcronym(words[0]!) && words[0]!.replace(/\./g, '').length <= 5) {
    return base(doc, c, 'organization', 'unknown acronym');
  }
  if (ORGANIZATION_HEAD_WORDS.has(last) && words.length > 1) return base(doc, c, 'organization', `organisation head word "${words[words.length - 1]}"`);
  if (LOCATION_HEAD_WORDS.has(last) && words.length > 1) return base(doc, c, 'location', `place head word "${words[words.length - 1]}"`);
  if (words.length > 2 && ORGANIZATION_LEAD_WORDS.has(lower[0]!) && lower[1] === 'of') return base(doc, c, 'organization', `"${words[0]} of ..." organisation`);
  if (lower.some((w) => w === 'of' || w === 'the' || w === 'and' || w === 'for')) return null;
  const common = lower.filter((w) => !PARTICLES.test(w) && (doc.lowerWords.has(w) || NOT_NAMES.has(w) || CALENDAR_WORDS.has(w) || NON_PERSON_WORDS.has(w)));
  const particles = lower.filter((w) => PARTICLES.test(w)).length;
  // "at the Casa Rosada", "in the Vaca Muerta field": a name after "the" is no person
  const prev = doc.seg.tokens[c.start - 1]?.text ?? '';
  if (words.length >= 2 && prev === 'the') {
    if (common.length) return null;
    const prev2 = doc.seg.tokens[c.start - 2]?.text.toLowerCase() ?? '';
    return LOCATIVE_PREPOSITIONS.has(prev2) ? base(doc, c, 'location', `name after "${prev2} the"`) : base(doc, c, 'other', 'name after "the"');
  }
  if (words.length >= 2 && words.length - particles <= 4) {
    if (common.length) return null;
    // a person's name is written in mixed case ("Sin Hong-chol"); "W L PCT" is a table header
    if (!words.every((w) => (isCapitalised(w) && (HAS_LOWER.test(w) || INITIAL.test(w))) || PARTICLES.test(w))) return null;
    return withTitle(doc, c, base(doc, c, 'person', 'capitalised name of person shape'));
  }
  if (words.length !== 1 || common.length) return null;
  const titled = titleBefore(doc, c.start);
  if (titled) return base(doc, c, 'person', 'single name after a title', { title: titled.title });
  const next = doc.seg.tokens[c.end]?.text.toLowerCase() ?? '';
  if (SOURCE_VERBS.has(next)) return base(doc, c, 'organization', `news source before "${next}"`);
  return base(doc, c, 'other', 'capitalised word (may join a full name in resolve)');
}

/** The US state an AP abbreviation names when it follows "<Name> ," (an address or a dateline), else undefined. */
function addressedState(doc: DocFacts, c: Candidate, text: string): GazetteerEntry | undefined {
  const full = US_STATE_ABBREVIATIONS.states[text];
  if (!full || doc.seg.tokens[c.start - 1]?.text !== ',' || !isCapitalised(doc.seg.tokens[c.start - 2]?.text ?? '')) return undefined;
  return lookupPlace(full).find((e) => e.type === 'region' && e.country === 'US');
}

const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
const DISTANCE_UNITS = /^(?:miles?|kilometres?|kilometers?|km|yards|metres|meters)$/;

/**
 * Words before a name that say how near it something lies: "close to X", "near X", "(miles) north of X", "miles from X".
 * A team or a company is near nothing ("lost to X", "a deal with X"); only a place is.
 */
function nearnessBefore(doc: DocFacts, start: number): boolean {
  const p = doc.lower[start - 1] ?? '', q = doc.lower[start - 2] ?? '';
  const sameSentence = start >= 2 && doc.seg.tokens[start - 2]!.sentence === doc.seg.tokens[start]!.sentence;
  if (p === 'near') return true;
  if (!sameSentence) return false;
  return (p === 'to' && q === 'close') || (p === 'of' && COMPASS.test(q)) || (p === 'from' && DISTANCE_UNITS.test(q));
}

/**
 * "Cleveland, Ohio", "Lyon, France", "Aiken, S.C.": the name is followed by a comma and the state or country
 * that holds it, an address no team or company name takes. The place entry it confirms, else undefined.
 */
function addressAfter(doc: DocFacts, end: number, places: GazetteerEntry[]): GazetteerEntry | undefined {
  const toks = doc.seg.tokens;
  if (toks[end]?.text !== ',' || toks[end]!.sentence !== toks[end - 1]!.sentence) return undefined;
  for (let n = 1; n <= 2; n++) {
    const last = end + n;
    if (last >= toks.length || toks[last]!.sentence !== toks[end]!.sentence || !isCapitalised(toks[last]!.text)) break;
    const text = spanString(doc, end + 1, last + 1);
    const abbreviated = n === 1 ? US_STATE_ABBREVIATIONS.states[text] : undefined;
    const holders = lookupPlace(abbreviated ?? text).filter((e) => e.type === 'region' || e.type === 'country');
    for (const p of places) {
      if (p.type !== 'city') continue;
      if (holders.some((h) => h.id === p.within || (h.type === 'country' && h.id === p.country) || (h.type === 'country' && h.country === p.country))) return p;
    }
  }
  return undefined;
}

/** "at the White House", "visit the Kremlin", "outside Downing Street": a seat of government named as where someone is or goes. */
function seatAsPlace(doc: DocFacts, start: number): boolean {
  const k = doc.lower[start - 1] === 'the' ? start - 2 : start - 1;
  return /^(?:at|in|to|outside|inside|into|from|visit|visited|visiting|visits|near|toured)$/.test(doc.lower[k] ?? '');
}

function isSeat(org: GazetteerEntry): boolean {
  return SEAT_OF_GOVERNMENT_IDS.has(org.id);
}

function withTitle(doc: DocFacts, c: Candidate, m: TypedMention): TypedMention {
  const t = titleBefore(doc, c.start) ?? appositionTitle(doc, c.start, c.end);
  return t ? { ...m, title: t.title } : m;
}

/**
 * A line that is a dateline: a place (and its state, or a day: "February 11", "29 Apr"), then a news agency's name in
 * brackets; monitored copy may open it with a bracketed word ("(Text) Ulaanbaatar, 29 Apr (XINHUA)").
 */
const AGENCY_DATELINE = /^(\(\s*\p{Lu}\p{Ll}+\s*\)\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)?(?:\s*,\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?))?)\s*\(\s*\p{Lu}[\p{Lu}-]+\s*\)/u;

/** Does the candidate open a line of a place, a day and an agency in brackets ("(Text) Hefei, 11 Feb (XINHUA) --")? */
function opensDatedAgencyLine(doc: DocFacts, c: Candidate): boolean {
  const tok = doc.seg.tokens[c.start]!;
  const sentence = doc.seg.sentences[tok.sentence]!;
  const line = doc.seg.article.text.slice(sentence.start, sentence.end);
  const m = AGENCY_DATELINE.exec(line);
  const lead = m?.[1]?.length ?? 0;
  return !!m && /\d/.test(m[2]!) && tok.start - sentence.start === lead && doc.seg.tokens[c.end]?.text === ',';
}

/** Is the candidate the whole place of a wire dateline whose qualifier is a place the gazetteer knows ("X, Gaza Strip (AP) -")? */
function datelineWithKnownQualifier(doc: DocFacts, c: Candidate): boolean {
  const tok = doc.seg.tokens[c.start]!;
  const sentence = doc.seg.sentences[tok.sentence];
  if (!sentence || sentence.tokenStart !== c.start) return false;
  const m = WIRE_DATELINE.exec(doc.seg.article.text.slice(sentence.start, sentence.end + 40));
  return !!m && !!m[2] && doc.seg.tokens[c.end - 1]!.end - sentence.start === m[1]!.length && lookupPlace(m[2]).length > 0;
}

/** Plural nouns for a party's members that name the party after "the" ("the Social Democrats"). */
const PARTY_MEMBERS = new Set(['Democrats', 'Republicans', 'Socialists', 'Conservatives', 'Liberals', 'Greens', 'Nationalists', 'Communists', 'Unionists']);
/**
 * Bodies of state a capitalised word names alone, with no place or head word ("the Ombudsman removed her", "the
 * Treasury said"): offices held as institutions (ombudsman), a government's departments and chambers.
 */
const BODIES_NAMED_ALONE = new Set(['ombudsman', 'ombudsperson', 'treasury', 'parliament', 'senate', 'congress', 'judiciary', 'cabinet', 'inspectorate', 'secretariat']);
/** Words before a party's plural name that make it the party: "the", a possessive ("whose", "his", "Gross's"). */
const PARTY_DETERMINERS = new Set(['the', 'whose', 'his', 'her', 'their', "'s", '’s']);
/** Chambers whose members a party's plural noun may name ("the Senate Democrats", "House Republicans"). */
const CHAMBER_WORDS = new Set(['senate', 'house', 'congressional', 'assembly', 'parliamentary', 'state', 'city', 'council']);

/** "his alias", "her nickname", "his nom de guerre" right before token `start`. */
function personalAliasBefore(doc: DocFacts, start: number): boolean {
  const w = doc.lower[start - 1] ?? '';
  const owner = w === 'guerre' && doc.lower[start - 2] === 'de' && doc.lower[start - 3] === 'nom' ? doc.lower[start - 4] : /^(?:alias|nickname)$/.test(w) ? doc.lower[start - 2] : '';
  return owner === 'his' || owner === 'her';
}

/** "West Sussex" for "Sussex": a division the gazetteer knows, named with a compass word and the name, else undefined. */
function compassDivision(name: string): string | undefined {
  for (const compass of ['West', 'East', 'North', 'South']) {
    const part = `${compass} ${name}`;
    if (lookupPlace(part).some((e) => e.type === 'region')) return part;
  }
  return undefined;
}

/** Does the candidate open a wire dateline ("LONDON (AP) -", "TUCSON, Ariz. (AP) -")? */
function isDatelinePlace(doc: DocFacts, c: Candidate): boolean {
  const tok = doc.seg.tokens[c.start]!;
  const sentence = doc.seg.sentences[tok.sentence];
  if (!sentence) return false;
  // "NEW ORLEANS (AP)", "DES MOINES, Iowa (AP)", "Hefei, February 11 (XINHUA) --": a line opening with the place, its
  // state or the day, then the agency in brackets (the story may start on the next line, or not be there at all)
  const line = doc.seg.article.text.slice(sentence.start, sentence.end);
  const from = tok.start - sentence.start, to = doc.seg.tokens[c.end - 1]!.end - sentence.start;
  const m = AGENCY_DATELINE.exec(line);
  const lead = m?.[1]?.length ?? 0;
  if (m && from >= lead && to <= lead + m[2]!.length && (from === lead || /^[^,]+,\s*$/.test(line.slice(lead, from)))) return true;
  if (!sentence.heading || sentence.tokenStart !== c.start) return false;
  const text = spanString(doc, c.start, c.end);
  // the dateline is a sentence of its own; its pattern needs the story's first words after it
  return text === text.toUpperCase() && datelinePrefix(doc.seg.article.text.slice(sentence.start, sentence.end + 40)) > 0;
}
