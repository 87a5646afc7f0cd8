// Reading a name from the words around it: a capital acting for its state
// ("Pyongyang announced"), a region rather than the city of the same name ("the
// breakaway regions of Donetsk and Luhansk"), and the title that goes with a person
// ("Foreign Minister X", "X, the head of ...", "the ambassador, X").
import type { Token } from '../../types.ts';
import { capitalOf, lookupPlace, mayEndTitle, titleInfo } from '../gazetteer/index.ts';
import { DIVISION_NOUNS, REGION_TYPE_WORDS } from '../gazetteer/data/region-affixes.ts';
import type { DocFacts } from './document.ts';
import { isCapitalised } from './document.ts';
import {
  ACTOR_VERB_HINT, APPOSITION_ORGANIZATION_KINDS, ARMED_GROUP_MODIFIERS, ARMED_GROUP_NOUNS, GOODS_BEFORE_MAKER, isGoodsMakerWord, MAKER_NOUNS, CORPORATE_POSSESSIONS, FUNCTION_WORDS, CITY_CONTEXT_WORDS, LOCATIVE_PREPOSITIONS, MOVEMENT_WORDS, ORGANIZATION_CUE_AFTER, ORGANIZATION_CUE_BEFORE, ORGANIZATION_CUE_OF, OFFICE_MODIFIERS,
} from './words.ts';

/** Tokens of the sentence holding token i: [first, end). */
export function sentenceBounds(doc: DocFacts, i: number): [number, number] {
  const s = doc.seg.sentences[doc.seg.tokens[i]!.sentence]!;
  return [s.tokenStart, s.tokenEnd];
}

const low = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** Nouns after a capital that make it stand for the government ("the Moscow envoy", "Beijing officials"). */
const STATE_NOUNS = new Set([
  'envoy', 'envoys', 'government', 'regime', 'officials', 'authorities', 'leadership', 'ambassador', 'diplomats',
  'delegation', 'forces', 'troops', 'administration', 'leaders', 'negotiators', 'policy', 'backing', 'support',
]);

export interface CapitalReading {
  asState: boolean;
  reason: string;
}

/** Walking back over "X, Y and": is a member a city the gazetteer knows that is not a country's capital? */
export function listHasPlainCity(toks: readonly Token[], sep: number, first: number): boolean {
  let k = sep - 1;
  for (let members = 0; members < 8 && k >= first; members++) {
    let b = k;
    while (b - 1 >= first && isCapitalised(toks[b - 1]!.text) && k - b < 3) b--;
    if (!isCapitalised(toks[k]!.text)) return false;
    const name = toks.slice(b, k + 1).map((t) => t.text).join(' ');
    const entries = lookupPlace(name);
    const capital = entries.some((e) => e.type === 'country' || (e.type === 'city' && capitalOf(e.country ?? '')?.id === e.id));
    if (entries[0]?.type === 'city' && !capital) return true;
    if (toks[b - 1]?.text !== ',') return false;
    k = b - 2;
  }
  return false;
}

/**
 * "Petrol stations in Lyon, Marseille and much of Brittany": the name at `start` follows a comma or "and" in a list
 * that opens after a preposition of place and holds a plain city; it is a place like the others (a list of teams,
 * "beat Lyon, Marseille and Nice", has no preposition of place before it).
 */
export function inPlaceListAfterPreposition(doc: DocFacts, start: number): boolean {
  const toks = doc.seg.tokens;
  const [first] = sentenceBounds(doc, start);
  const p = start > first ? doc.lower[start - 1]! : '';
  if ((p !== ',' && p !== 'and') || !listHasPlainCity(toks, start - 1, first)) return false;
  let k = start - 1;
  while (k >= first && (doc.lower[k] === ',' || doc.lower[k] === 'and' || isCapitalised(toks[k]!.text))) k--;
  return k >= first && LOCATIVE_PREPOSITIONS.has(doc.lower[k]!);
}

/** From token `from`: up to two lower-case words, then a noun for what only a city has ("mayor", "streets"). */
function cityOwnedAfter(doc: DocFacts, from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 3); k++) {
    const w = doc.lower[k]!;
    if (CITY_OWNED_NOUNS.has(w)) return true;
    if (!/^[a-z-]+$/.test(w) || doc.nameToken[k]) return false;
  }
  return false;
}

/** What only a town has, never a body: "Winterset's busiest street", "X's mayor", "X's residents". */
const TOWN_ONLY_NOUNS = new Set(['mayor', 'mayoral', 'street', 'streets', 'suburbs', 'suburb', 'residents', 'downtown', 'skyline',
  'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'outskirts', 'townspeople', 'townsfolk']);

/** The name ending before `end` is a town's: "'s", up to two lower-case words, then a noun for what only a town has. */
export function townOwnedAfter(doc: DocFacts, end: number): boolean {
  const n = doc.lower[end];
  if (n !== "'s" && n !== '’s') return false;
  const [, last] = sentenceBounds(doc, end);
  for (let k = end + 1; k < Math.min(last, end + 4); k++) {
    const w = doc.lower[k]!;
    if (TOWN_ONLY_NOUNS.has(w)) return true;
    if (!/^[a-z-]+$/.test(w) || doc.nameToken[k]) return false;
  }
  return false;
}

/** What a city has and a state does not. */
const CITY_OWNED_NOUNS = new Set(['mayor', 'mayoral', 'streets', 'suburbs', 'suburb', 'residents', 'downtown', 'skyline',
  'municipality', 'municipal', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'subway',
  'metro', 'airport', 'airports', 'city', 'outskirts', 'districts']);

/** Words of moving a seat or a business ("moved its headquarters from X to Y"). */
const RELOCATION_WORDS = new Set(['moved', 'move', 'moving', 'moves', 'relocated', 'relocate', 'relocating', 'shifted', 'shift', 'transferred', 'headquarters']);

/** Does the capital at [start, end) act for its state, or is it the city? */
export function capitalReading(doc: DocFacts, start: number, end: number): CapitalReading {
  const toks = doc.seg.tokens;
  const [first, last] = sentenceBounds(doc, start);
  const prev = start > first ? toks[start - 1] : undefined;
  const prev2 = start - 1 > first ? toks[start - 2] : undefined;
  const next = end < last ? toks[end] : undefined;
  const p = low(prev);
  const n = low(next);
  if (LOCATIVE_PREPOSITIONS.has(p)) return { asState: false, reason: `place after "${prev!.text}"` };
  // the sentence calls it the capital: "Yerevan, the capital of Armenia", "Bosnia's capital, Sarajevo"
  if (n === ',' && capitalWithin(toks, end + 1, Math.min(end + 4, last))) return { asState: false, reason: 'named as the capital in apposition' };
  if (p === ',' && low(prev2) === 'capital') return { asState: false, reason: 'named as the capital in apposition' };
  // "said from Havana, where the talks were held": a relative "where" after the name says it is the place
  if (n === ',' && low(toks[end + 1]) === 'where') return { asState: false, reason: '", where" after the name (the place)' };
  // "Mexico City's mayor", "Tokyo's streets": the possessive of what only a city has (up to two words between)
  if ((n === "'s" || n === '’s') && cityOwnedAfter(doc, end + 1, last)) return { asState: false, reason: 'possessive of what a city has' };
  if (n === "'s" || n === '’s') return { asState: true, reason: 'possessive of a capital' };
  if (prev && ACTOR_VERB_HINT.test(p) && !/^(is|was|has|had|have|will|would|could|should|may|might|must|can|did|does)$/.test(p)) {
    return { asState: true, reason: `capital as the object of "${prev.text}"` };
  }
  if (p === 'from') {
    // ("moved its headquarters from Madrid to the Netherlands": a word of moving up to four words before, and "to" after)
    const moved = n === 'to' && [2, 3, 4, 5].some((d) => start - d >= first && RELOCATION_WORDS.has(doc.lower[start - d]!));
    return MOVEMENT_WORDS.has(low(prev2)) || moved ? { asState: false, reason: 'movement from a place' } : { asState: true, reason: 'statement from a capital' };
  }
  // "hubs in Frankfurt, Munich, Zurich and Vienna": in a list with a city that is no capital, a capital is a city too
  if ((p === 'and' || p === ',') && listHasPlainCity(toks, start - 1, first)) return { asState: false, reason: 'capital in a list of cities' };
  if (/^(with|against|between|and|by|than|on|toward|towards)$/.test(p) && !LOCATIVE_PREPOSITIONS.has(p)) {
    return { asState: true, reason: `capital as a party after "${prev!.text}"` };
  }
  if (next && ACTOR_VERB_HINT.test(n)) return { asState: true, reason: `capital as the subject of "${next.text}"` };
  if (next && STATE_NOUNS.has(n)) return { asState: true, reason: `capital modifying "${next.text}"` };
  return { asState: false, reason: 'capital read as the city' };
}

/** "the capital" or "the Armenian capital" among tokens [from, to), before any punctuation. */
function capitalWithin(toks: DocFacts['seg']['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = low(toks[i]);
    if (w === 'capital') return true;
    if (!/^\p{L}/u.test(w)) return false;
  }
  return false;
}

export type PlaceLevel = 'region' | 'city' | undefined;

/** "Kyiv region", "Moscow oblast": a division noun right after the name. */
export function divisionNounAfter(doc: DocFacts, end: number): boolean {
  const next = doc.seg.tokens[end];
  return !!next && next.sentence === doc.seg.tokens[end - 1]!.sentence && DIVISION_NOUNS.has(low(next));
}

/** Offices of a state's or province's government, not a city's or a country's ("Quebec Premier X", "Georgia Governor X"). */
const REGION_OFFICES = new Set(['governor', 'premier', 'lieutenant-governor', 'chief minister', 'first minister', 'lieutenant governor']);

/** "Washington Governor Jay Inslee", "Kerala Chief Minister X": the name is followed by an office only a division has. */
export function regionOfficeAfter(doc: DocFacts, end: number): string | undefined {
  const toks = doc.seg.tokens;
  // ("New York's governor": over the possessive)
  const at = /^['’]s$/.test(toks[end]?.text ?? '') ? end + 1 : end;
  const one = toks[at], two = toks[at + 1];
  if (!one || one.sentence !== toks[end - 1]!.sentence) return undefined;
  const pair = two && two.sentence === one.sentence ? `${low(one)} ${low(two)}` : '';
  if (REGION_OFFICES.has(pair)) return pair;
  // (a governor only before a name or after a possessive: "the Washington governor's race" may be anyone's)
  const named = !!two && two.sentence === one.sentence && (isCapitalised(two.text) || at > end);
  return REGION_OFFICES.has(low(one)) && (low(one) !== 'governor' || named) ? low(one) : undefined;
}

/** Words near the name that decide between a region and the city of the same name. */
export function regionOrCity(doc: DocFacts, start: number, end: number): { level: PlaceLevel; reason: string } {
  const toks = doc.seg.tokens;
  const [first, last] = sentenceBounds(doc, start);
  const office = regionOfficeAfter(doc, end);
  if (office) return { level: 'region', reason: `"${office}" after the name` };
  // after the name: "Donetsk Oblast", "Donetsk separatists", "Kharkiv city"
  for (let i = end; i < Math.min(end + 2, last); i++) {
    const w = low(toks[i]);
    // context words are common nouns: "Port" in "Port Vale" or "County" in "Notts County" are parts of names
    if (i > end && toks[i]!.text !== w) break;
    // ("in Yangon, state television said": "state" before a noun is an adjective, not the division)
    const adjective = w === 'state' && STATE_ADJECTIVE_NOUNS.has(low(toks[i + 1]));
    if (REGION_TYPE_WORDS.has(w) && !adjective) return { level: 'region', reason: `"${toks[i]!.text}" after the name` };
    if (CITY_CONTEXT_WORDS.has(w)) return { level: 'city', reason: `"${toks[i]!.text}" after the name` };
    if (!/^(and|,|or)$/.test(w) && !isCapitalised(toks[i]!.text)) break;
  }
  // "the department of Tarija": a country's first-level department (only with "of": "the health department in X" is no division)
  if (start - 2 >= first && low(toks[start - 1]) === 'of' && /^departments?$/.test(toks[start - 2]!.text)) return { level: 'region', reason: `"${toks[start - 2]!.text} of" before the name` };
  // before the name, within the same phrase: "the breakaway regions of Donetsk and Luhansk", "the city of Kharkiv"
  // ("Colombian rebels free father of Liverpool star": two lower-case words of other kinds between the cue and the name
  // leave the phrase)
  for (let i = start - 1, seen = 0, others = 0; i >= first && seen < 6; i--, seen++) {
    const w = low(toks[i]);
    if (toks[i]!.text !== w) continue;
    if (REGION_TYPE_WORDS.has(w)) return { level: 'region', reason: `"${toks[i]!.text}" before the name` };
    if (CITY_CONTEXT_WORDS.has(w)) return { level: 'city', reason: `"${toks[i]!.text}" before the name` };
    if (/^[.;:!?]$/.test(w) || /^(said|says|is|was|are|were|has|have|had)$/.test(w)) break;
    if (/^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w) && ++others >= 2) break;
  }
  return { level: undefined, reason: '' };
}

/** Nouns "state" qualifies as an adjective ("state television", "state oil company"), not as a division's noun. */
const STATE_ADJECTIVE_NOUNS = new Set(['television', 'tv', 'radio', 'media', 'news', 'broadcaster', 'newspaper', 'agency', 'company', 'firm', 'oil', 'gas', 'energy', 'bank', 'prosecutor', 'prosecutors', 'security', 'funeral', 'visit', 'secretary', 'department', 'councillor', 'run', 'owned']);

/** A title right before the name ("Ukrainian Foreign Minister Dmytro Kuleba", "President Putin"). */
export function titleBefore(doc: DocFacts, start: number): { title: string; reason: string; start: number } | undefined {
  const toks = doc.seg.tokens;
  const [first] = sentenceBounds(doc, start);
  // every run tried ends on the word before the name: no title ends on most words
  if (start - 1 < first || !mayEndTitle(toks[start - 1]!.text)) return undefined;
  let best: { title: string; reason: string; start: number } | undefined;
  for (let a = start - 1; a >= Math.max(first, start - 5); a--) {
    if (/^[.,;:!?"“”()]$/.test(toks[a]!.text)) break;
    const words = toks.slice(a, start).map((t) => t.text).join(' ');
    // the whole run up to the name must read as a title, so the longest such run wins
    const info = titleInfo(words);
    if (info) best = { ...info, start: a };
  }
  // "President Ratu Sir Kamisese Mara", "governor-general Sir Paul Reeves": an honorific says nothing of an office;
  // the title before it does
  if (best && HONORIFIC_TITLES.has(best.title)) {
    const office = titleBefore(doc, best.start);
    if (office && !HONORIFIC_TITLES.has(office.title)) return office;
  }
  return best;
}

/** Normalised titles that are honorifics, not offices. */
const HONORIFIC_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'reverend', 'ratu', 'tun', 'tan sri', 'datuk', 'datin', 'pehin', 'shri']);

/**
 * A title in apposition: "X, the head of the Donetsk separatists" (after) or
 * "the country's foreign minister, X" (before).
 */
export function appositionTitle(doc: DocFacts, start: number, end: number): { title: string; reason: string } | undefined {
  const toks = doc.seg.tokens;
  const [first, last] = sentenceBounds(doc, start);
  if (end < last && toks[end]!.text === ',') {
    // ", the head of ...", ", the separatists' Moscow envoy," : a title ending before "of", "," or the sentence end
    const words: string[] = [];
    for (let i = end + 1; i < Math.min(last, end + 10); i++) {
      const w = toks[i]!.text;
      if (/^(of|for|at|in|to|from|with|who|which|,|\.|;|:)$/i.test(w)) break;
      words.push(w);
    }
    const hit = longestTitleSuffix(words);
    // (", Vietnam's party chief and state president,": a possessor's name and "'s" stand for the determiner)
    const determined = /^(the|a|an|its|his|her|their)$/i.test(words[0] ?? '') || (/^['’]s$/.test(words[1] ?? '') && isCapitalised(words[0] ?? ''));
    if (hit && (determined || words.length === hit.words)) {
      return { title: hit.title, reason: `apposition after the name: ${hit.reason}` };
    }
  }
  if (start - 1 > first && toks[start - 1]!.text === ',') {
    const words: string[] = [];
    for (let i = start - 2; i >= Math.max(first, start - 9); i--) {
      const w = toks[i]!.text;
      if (/^(,|\.|;|:|said|says|that|and)$/i.test(w)) break;
      words.unshift(w);
    }
    const hit = longestTitleSuffix(words);
    if (hit) return { title: hit.title, reason: `apposition before the name: ${hit.reason}` };
  }
  return undefined;
}

/** The longest trailing run of words that is a title ("the separatists ' Moscow envoy" -> envoy). */
function longestTitleSuffix(words: string[]): { title: string; reason: string; words: number } | undefined {
  if (!words.length || !mayEndTitle(words[words.length - 1]!)) return undefined;
  for (let k = 0; k < words.length; k++) {
    const info = titleInfo(words.slice(k).join(' '));
    if (info) return { ...info, words: words.length - k };
  }
  return undefined;
}

/** People named by the firm or body they work at ("analysts at X"): a name after "<noun> at" is that firm or body. */
/** Offices people hold at a firm or a body ("director at X", "a partner at X"), after which "at" names the firm. */
const OFFICES_AT = new Set(['director', 'directors', 'manager', 'managers', 'executive', 'chairman', 'chairwoman', 'partner', 'partners', 'employee', 'employees', 'banker', 'trader', 'engineer', 'engineers']);
/** Offices held in a business, named "of" it ("chief executive of X", "founder of X"). */
const OFFICES_OF = new Set(['executive', 'ceo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder', 'owner', 'shareholder']);
const WORKS_AT = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researchers', 'researcher', 'executives', 'bankers', 'traders']);

/**
 * A name listed after a plural kind of organisation: "the militant groups Hamas and Islamic Jihad" (the second
 * name of the pair), "environmental groups, including Greenpeace Nordic", "charities such as Oxfam".
 */
function listedAfterKinds(doc: DocFacts, start: number, first: number): { cue: string; after: boolean; apposition: boolean } | undefined {
  const w = (k: number) => (k >= first ? doc.lower[k]! : '');
  const plural = (k: number) => ORGANIZATION_CUE_BEFORE.has(w(k)) && w(k).endsWith('s') && !isCapitalised(doc.seg.tokens[k]!.text);
  // ("companies": the singular of a plural in "-ies" ends in "y")
  const kind = (k: number) => ({ cue: `listed after "${doc.seg.tokens[k]!.text}"`, after: false, apposition: APPOSITION_ORGANIZATION_KINDS.has(w(k).replace(/ies$/, 'y').replace(/s$/, '')) });
  // ", including X", " such as X", ", such as X"
  let k = w(start - 1) === 'including' ? start - 2 : w(start - 1) === 'as' && w(start - 2) === 'such' ? start - 3 : -1;
  if (k >= first) {
    if (w(k) === ',') k--;
    return k >= first && plural(k) ? kind(k) : undefined;
  }
  // "<kinds> X and Y": the name before "and" (or a comma) follows the plural kind
  if (w(start - 1) !== 'and' && w(start - 1) !== ',') return undefined;
  k = start - 2;
  while (k >= first && doc.nameToken[k] && k > start - 6) k--;
  if (k >= start - 2 || k < first) return undefined;
  // ("several companies, including X and Y": the pair may follow ", including" or "such as")
  if (w(k) === 'including') k = w(k - 1) === ',' ? k - 2 : k - 1;
  else if (w(k) === 'as' && w(k - 1) === 'such') k = w(k - 2) === ',' ? k - 3 : k - 2;
  return k >= first && plural(k) ? kind(k) : undefined;
}

/** Words that make the description before a name a state-owned body's ("state grain buyer", "state-run broadcaster"). */
const STATE_OWNED = new Set(['state', 'state-owned', 'state-run', 'state-backed', 'government-owned', 'government-run', 'publicly-owned']);
/** Nouns for what a state-owned body does, besides the kinds of organisation ("state grain buyer"). */
const STATE_OWNED_KINDS = new Set(['buyer', 'purchaser', 'monopoly', 'importer', 'exporter', 'producer', 'broadcaster', 'news', 'agency', 'utility']);

/** The token after "<Place>'s" from token i (a place the gazetteer knows as a country or a region, then "'s"), else 0. */
function placePossessiveEnd(doc: DocFacts, i: number, last: number): number {
  let e = i;
  while (e < last && e < i + 3 && doc.nameToken[e]) e++;
  if (e === i || !/^['’]s$/.test(doc.seg.tokens[e]?.text ?? '')) return 0;
  const text = doc.seg.tokens.slice(i, e).map((t) => t.text).join(' ');
  return lookupPlace(text).some((p) => p.type === 'country' || p.type === 'region') ? e + 1 : 0;
}

/**
 * Words around a name that say it is an organisation: a business or body noun right before it
 * ("mobile operator Safaricom", "investment firm Helios"), "shares of" / "a stake in" before it,
 * a "<place>-based" before it ("London-based Vodafone"), or "shares" / "spokesman" right after
 * ("Samsung shares rose"). `after` cues are weaker (a city's stock market: "Tokyo shares"),
 * so the caller asks for them only for names that are not places.
 */
export function organizationCue(doc: DocFacts, start: number, end: number): { cue: string; after: boolean; apposition?: boolean; workplace?: boolean } | undefined {
  const toks = doc.seg.tokens;
  const [first, last] = sentenceBounds(doc, start);
  const p = start > first ? doc.lower[start - 1]! : '';
  const p2 = start - 1 > first ? doc.lower[start - 2]! : '';
  if (p && (ORGANIZATION_CUE_BEFORE.has(p) || isGoodsMakerWord(p)) && !isCapitalised(toks[start - 1]!.text)) return { cue: `"${toks[start - 1]!.text}" before the name`, after: false };
  const listed = listedAfterKinds(doc, start, first);
  if (listed) return listed;
  // "analysts at Jefferies", "economists at the Centre for ...": the firm or body people of a profession work at
  // (a workplace, never a person: it holds for a name of a person's shape too, "an analyst at Maybury Lee Ong")
  if (p === 'at' && WORKS_AT.has(p2)) return { cue: `"${toks[start - 2]!.text} at" before the name`, after: false, workplace: true };
  // "a former marketing director at Whitbread": an office held at a firm (a place the gazetteer knows stays one:
  // "a manager at Heathrow")
  if (p === 'at' && OFFICES_AT.has(p2) && !lookupPlace(toks.slice(start, end).map((t) => t.text).join(' ')).length) {
    return { cue: `"${toks[start - 2]!.text} at" before the name`, after: false, workplace: true };
  }
  // "a former chief executive of Reckitt Benckiser", "the founder of X": an office held in a business is held "of" a firm
  // or a body, never "of" a person (a place the gazetteer knows stays one: "chairman of Kenya's ...")
  if (p === 'of' && OFFICES_OF.has(p2) && !lookupPlace(toks.slice(start, end).map((t) => t.text).join(' ')).length && !(p2 === 'executive' && doc.lower[start - 3] !== 'chief')) {
    return { cue: `"${toks[start - 2]!.text} of" before the name`, after: false, workplace: true };
  }
  // "a construction firm, Batir Sud,": the kind of organisation, a comma, the name in apposition
  // (not "the head of the agency, Tedros ...": there the name stands for the head, the kind ends an "of" phrase)
  const ofBefore = [3, 4, 5].some((d) => start - d >= first && doc.lower[start - d] === 'of');
  if (p === ',' && ORGANIZATION_CUE_BEFORE.has(p2) && !ofBefore && !isCapitalised(toks[start - 2]!.text) && /^(?:a|an|the|[a-z]+|['’]s?)$/.test(start - 2 > first ? doc.lower[start - 3]! : '')) {
    return { cue: `"${toks[start - 2]!.text}," before the name`, after: false, apposition: true };
  }
  // (not a possessor: "a stake in Portugal's TAP" names the company after the country)
  const possessor = end < last && (doc.lower[end] === "'s" || doc.lower[end] === "'");
  // "Egypt's state grain buyer Mostakbal Misr", "state-run broadcaster X": a state-owned body's description before it
  if (STATE_OWNED_KINDS.has(p) || ORGANIZATION_CUE_BEFORE.has(p)) {
    for (let k = start - 2; k >= Math.max(first, start - 4); k--) {
      const w = doc.lower[k]!;
      if (STATE_OWNED.has(w) && toks[k]!.text === w) return { cue: `"${toks[k]!.text} ... ${toks[start - 1]!.text}" before the name`, after: false, apposition: true };
      if (!/^[a-z-]+$/.test(w) || FUNCTION_WORDS.has(w)) break;
    }
  }
  // (not "Shares of Santa Monica, California-based Activision": a place that opens the company's seat phrase)
  const seatPhrase = toks[end]?.text === ',' && /-(?:based|headquartered)$/.test(doc.lower[end + 1] ?? '') && lookupPlace(toks.slice(start, end).map((t) => t.text).join(' ')).length > 0;
  if ((p === 'of' || p === 'in') && ORGANIZATION_CUE_OF.has(p2) && !possessor && !seatPhrase) return { cue: `"${toks[start - 2]!.text} ${toks[start - 1]!.text}" before the name`, after: false };
  if (p.endsWith('-based') && p.length > 6) return { cue: `"${toks[start - 1]!.text}" before the name`, after: false };
  const n = end < last ? doc.lower[end]! : '';
  if (n && ORGANIZATION_CUE_AFTER.has(n)) return { cue: `"${toks[end]!.text}" after the name`, after: true };
  // "Russia's X mercenary group", "the X drug cartel", "the X gang": an armed or criminal group's noun after the name
  // ("group" only after a word for such a group)
  {
    let k = end;
    while (k < last && k < end + 2 && ARMED_GROUP_MODIFIERS.has(doc.lower[k]!) && !isCapitalised(toks[k]!.text)) k++;
    const noun = k < last ? doc.lower[k]! : '';
    if (ARMED_GROUP_NOUNS.has(noun) && !isCapitalised(toks[k]!.text) && (k > end || noun !== 'group')) {
      return { cue: `"${toks.slice(end, k + 1).map((t) => t.text).join(' ')}" after the name`, after: true, apposition: true };
    }
  }
  // "Network Rail's deputy chief executive", "Keltmar's board": an office or part only an organisation has
  if (possessor) {
    let k = end + 1;
    while (k < last && OFFICE_MODIFIERS.has(doc.lower[k]!)) k++;
    // ("X's executive committee": a modifier may open a two-word organ)
    if (k > end + 1 && CORPORATE_POSSESSIONS.has(`${doc.lower[k - 1]} ${doc.lower[k] ?? ''}`)) k--;
    const office = CORPORATE_POSSESSIONS.has(doc.lower[k] ?? '') ? doc.lower[k]! : `${doc.lower[k] ?? ''} ${doc.lower[k + 1] ?? ''}`;
    if (k < last && CORPORATE_POSSESSIONS.has(office) && !(office === 'chief executive' && doc.lower[k + 2] === 'of')) {
      return { cue: `"'s ${office}" after the name`, after: true, apposition: true };
    }
  }
  // "Kobold, a Denver-based investment firm,": the apposition after the name is a kind of organisation ("Cariad, the
  // group's software company", "X, its mining arm": a possessor may stand before the kind)
  // ("the Knesset, Israel's parliament,": a place's possessive may stand for the determiner)
  const owner = n === ',' ? placePossessiveEnd(doc, end + 1, last) : 0;
  if (n === ',' && (/^(?:a|an|the|its|their)$/.test(doc.lower[end + 1] ?? '') || owner)) {
    for (let k = owner || end + 2; k < Math.min((owner || end + 2) + 4, last); k++) {
      const w = doc.lower[k]!;
      if (k === end + 3 && doc.lower[end + 1] === 'the' && (w === "'s" || w === "'")) continue;
      // ("Borealis, an Austrian plastics maker": goods before a maker's noun; "X, the social network he had founded": a
      // relative clause with no "that")
      const kind = APPOSITION_ORGANIZATION_KINDS.has(w) || (MAKER_NOUNS.has(w) && GOODS_BEFORE_MAKER.has(doc.lower[k - 1]!));
      // ("X, the court set up under the peace deal": a participle of founding)
      const founded = (doc.lower[k + 1] === 'set' && doc.lower[k + 2] === 'up') || (/^(?:established|created)$/.test(doc.lower[k + 1] ?? '') && /^(?:by|under|in|after|to|for)$/.test(doc.lower[k + 2] ?? ''));
      if (kind && (k + 1 >= last || founded || /^(?:[,.;)]|that|which|with|in|of|for|based|registered|incorporated|headquartered|located|owned|controlled|listed|founded|he|she|they|it|we|[a-z]+ing|[a-z]+-(?:owned|controlled|backed|run))$/.test(doc.lower[k + 1]!))) {
        return { cue: `", a ... ${toks[k]!.text}" after the name`, after: false, apposition: true };
      }
      // ("X, a leader of the union": a kind after "of" is what the name belongs to, not what it is)
      if (w === 'of' || (!/^[a-z][a-z-]*$/.test(w) && !/-based$|-headquartered$/.test(w) && !isCapitalised(toks[k]!.text))) break;
    }
  }
  return undefined;
}
