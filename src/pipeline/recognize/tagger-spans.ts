// Candidate spans from the statistical tagger. Its boundaries are kept as given,
// with five exceptions that are plain errors rather than boundary choices: spans in
// boilerplate lines (photo credits, cross-links) are dropped, a sentence-initial
// function word glued to a name ("After Pyongyang") is cut off, so is a month glued
// to a dateline's place before the day ("Moscow March 3 (TASS)"), and in Title Case
// headlines, where every word is capitalised, only names the gazetteers or the
// article body confirm are kept; a numbered military formation ("the 6th Fleet")
// takes its number in and is an organisation.
import type { TaggedSpan } from '../../types.ts';
import { lookupOrganization, lookupPlace, mayEndTitle, nameKey, titleInfo } from '../gazetteer/index.ts';
import { INDUSTRY_HEADS, ORGANIZATION_HEAD_WORDS } from '../gazetteer/data/organizations.ts';
import { BUSINESS_HEADS } from '../gazetteer/data/business-words.ts';
import { isPortfolioWord } from '../gazetteer/data/fields.ts';
import type { DocFacts } from './document.ts';
import { isCapitalised } from './document.ts';
import { knownAt } from './rule-spans.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { CALENDAR_WORDS, GLUED_LEADING_WORDS } from './words.ts';
import { joinCutNames } from './name-joins.ts';
import { withCountryOwnedNames } from './country-owned-names.ts';
import { namesSpelledByShortForms } from './spelled-names.ts';
import { withCutTails } from './name-tails.ts';
import { withPossessivePlaceNames, withPossessiveTownNames } from './possessive-places.ts';
import { withNumberedNames } from './numbered-names.ts';
import { withPartnersFirmNames } from './firm-names.ts';
import { officeBeforeName } from './office-names.ts';

/** Words closing a title after "of" ("Secretary of State", "Chief of Staff") that the tagger may glue to the name after. */
const TITLE_TAIL_WORDS = new Set(['state', 'staff', 'defence', 'defense', 'justice', 'finance', 'commerce', 'treasury', 'homeland']);

/** Plural nouns for a people or a class whose possessive is part of a body's name ("People's", "Workers'", "Women's"). */
const COLLECTIVE_OWNERS = new Set(['people', 'peoples', 'workers', 'women', 'children', 'farmers', 'veterans', 'students', 'miners', 'teachers', 'nurses', 'doctors', 'journalists', 'employers']);

/** A day of the month after a month name. */
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?$/;

/** Kinds of body a name is followed by in lower case ("the Civil Contract party", "the Fatah movement"). */
const LOWER_KIND_HEADS = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc', 'group', 'militia', 'faction', 'front']);

export function taggerCandidates(doc: DocFacts, tagged: TaggedSpan[]): Candidate[] {
  const toks = doc.seg.tokens;
  const sentenceOf = (i: number) => doc.seg.sentences[toks[i]!.sentence]!;
  const bodyNames = new Set<string>();
  // (the names the tagger read as bodies on their own)
  const orgNames = new Set<string>();
  for (const t of tagged) {
    if (!(t.start >= 0 && t.end <= toks.length && t.start < t.end)) continue;
    const s = sentenceOf(t.start);
    if (s.boilerplate || doc.titleCaseHeadings.has(s.index)) continue;
    const text = spanString(doc, t.start, t.end);
    bodyNames.add(nameKey(text));
    if (t.label === 'ORG') orgNames.add(nameKey(text));
    if (t.label === 'PER') for (const w of text.split(/\s+/)) bodyNames.add(nameKey(w));
  }
  const out: Candidate[] = [];
  for (const t of tagged) {
    // a span outside the token list or across sentences is a tagger bug: skip it rather than fail
    if (!(t.start >= 0 && t.end <= toks.length && t.start < t.end) || toks[t.start]!.sentence !== toks[t.end - 1]!.sentence) continue;
    const s = sentenceOf(t.start);
    if (s.boilerplate) continue;
    // "India's Minister of Ports, Shipping and Waterways, X": a word of a portfolio's list is no name
    if (inPortfolioList(doc, t.start, t.end)) continue;
    // "British Business and Trade Secretary X": the first fields of a portfolio before "and" and a title are no body's
    // name (a nationality word opening them stays, the title's country)
    if (t.label === 'ORG' && opensPortfolioTitle(doc, t.start, t.end)) {
      if (demonymOf(toks[t.start]!.text)) out.push({ start: t.start, end: t.start + 1, label: 'MISC', reason: 'ner, the nationality word before a portfolio\'s fields and a title' });
      continue;
    }
    let start = t.start;
    while (start < t.end - 1 && doc.initial.has(start) && GLUED_LEADING_WORDS.has(toks[start]!.text.toLowerCase())) {
      start++;
      doc.initial.add(start);
    }
    let end = t.end;
    // "Scholz's Social Democrats": a span across a possessive is the owner's name and the owned name
    // (not "Queen's Park" or "Norfolk's XI": an owner that is a title or a place, or a one-word owned name, is the
    // name of a team or a place as a whole)
    const poss = possessiveInside(doc, start, end);
    const owner = poss > start ? spanString(doc, start, poss) : '';
    // (nor "the Tigray People's Liberation Front": people of a place own a body's name, "People's" is inside it)
    if (poss > start && poss < end - 2 && !lookupPlace(owner).length && !mayEndTitle(doc.seg.tokens[poss - 1]!.text)
      && !COLLECTIVE_OWNERS.has(doc.lower[poss - 1]!)) {
      out.push({ start, end: poss, reason: 'ner, cut at a possessive' });
      start = poss + 1;
    }
    // "US Secretary of State Condoleezza Rice": the last word of a title ending in "of State" read into the name
    // ("Britain's Secretary of State for Health Wes Streeting": the portfolio after "for" is the title's too)
    const named = end - start >= 3 && t.label !== 'PER' && TITLE_TAIL_WORDS.has(toks[start]!.text.toLowerCase()) && toks[start - 1]?.text === 'of'
      && mayEndTitle(toks[start - 2]?.text ?? '') ? afterPortfolio(doc, start + 1, end) : end;
    if (named <= end - 2 && toks.slice(named, end).every((x) => /^\p{Lu}[\p{Ll}'’-]/u.test(x.text))) {
      out.push({ start: named, end, label: 'PER', reason: 'ner, a title\'s "of State" cut off a name' });
      continue;
    }
    // "Representative Alexandria Ocasio-Cortez" read as a place or a body: an office before a person's name of two or
    // more words that no gazetteer knows stays out, and the name is the person
    if (t.label !== 'PER' && end - start >= 3 && officeBeforeName(doc, start, end)) {
      out.push({ start: start + 1, end, label: 'PER', reason: `ner ${t.label} over an office and a person's name: the name` });
      continue;
    }
    // "Stellantis CEO Tavares quits": a body's span over its name, a one-word office and a person's name is the body
    // and the person, the office left out (not a portfolio before the office: "Treasury Secretary X" is a title run)
    const office = t.label === 'ORG' && end - start >= 3 ? officeInside(doc, start, end) : -1;
    if (office > 0) {
      out.push({ start, end: office, label: 'ORG', reason: 'ner, a body\'s span over an office and a person: the body' });
      out.push({ start: office + 1, end, label: 'PER', reason: `ner ORG over the office "${toks[office]!.text}" and a person's name: the person` });
      continue;
    }
    // "the Civil Contract party", "the Justice and Development party": a lower-case kind of body after a name is no
    // word of it (its own name would write the word with a capital)
    if (t.label === 'ORG' && end - start >= 2 && LOWER_KIND_HEADS.has(toks[end - 1]!.text) && isCapitalised(toks[end - 2]!.text)) end--;
    // "the Ministry of Defence in London": a ministry's or an embassy's span over "in" and a place the gazetteer knows is
    // the body and where it is
    const seat = t.label === 'ORG' ? placeAfterIn(doc, start, end) : -1;
    if (seat > 0) {
      out.push({ start, end: seat, label: 'ORG', reason: 'ner, a ministry\'s span over "in" and its place: the body' });
      out.push({ start: seat + 1, end, label: 'LOC', reason: 'ner, a ministry\'s span over "in" and its place: the place' });
      continue;
    }
    // "the merger of Allkem of Australia and ...": one name of no body's head word, "of" and a country is a company and
    // its country
    const from = t.label === 'ORG' ? companyOfCountry(doc, start, end) : -1;
    if (from > 0) {
      out.push({ start, end: start + 1, label: 'ORG', reason: 'ner, a one-word name, "of" and a country: the body' });
      out.push({ start: from, end, label: 'LOC', reason: 'ner, a one-word name, "of" and a country: the country' });
      continue;
    }
    // "Harlow Bank and Coastline Capital both bid": two bodies' names, each closed by a body's head word, joined by "and"
    // ("US revokes Intel and Qualcomm licences": two names the tagger read as one body, each of which it found alone
    // elsewhere in the article, are the two)
    const and = t.label === 'ORG' ? Math.max(coordinatedBodies(doc, start, end), pairFoundApart(doc, start, end, orgNames)) : -1;
    if (and > 0) {
      out.push({ start, end: and, label: 'ORG', reason: 'ner, two bodies joined by "and": the first' });
      out.push({ start: and + 1, end, label: 'ORG', reason: 'ner, two bodies joined by "and": the second' });
      continue;
    }
    const c: Candidate = { start, end, label: t.label, reason: end < t.end ? 'ner, the kind of body after the name left out' : 'ner' };
    if (end - start > 1 && CALENDAR_WORDS.has(toks[end - 1]!.text.toLowerCase()) && end < toks.length && DAY_NUMBER.test(toks[end]!.text)) {
      // the label was given to the glued span: the name alone is typed by the gazetteers and its shape
      c.end = --end;
      delete c.label;
    }
    if (!doc.titleCaseHeadings.has(s.index)) { out.push(c); continue; }
    const text = spanString(doc, start, end);
    if (bodyNames.has(nameKey(text)) || lookupOrganization(text) || lookupPlace(text).length || demonymOf(text)) {
      out.push(c);
      continue;
    }
    // a headline span the body does not confirm: keep only the known names inside it
    for (let i = start; i < end; ) {
      const k = knownAt(doc, i, end);
      if (k && (k.kind === 'place' || k.kind === 'organization' || k.kind === 'demonym')) {
        out.push({ start: i, end: k.end, reason: 'known name inside a headline span', known: k.kind });
        i = k.end;
      } else i = k ? k.end : i + 1;
    }
  }
  return withCountryOwnedNames(doc, withPartnersFirmNames(doc, withNumberedNames(doc, militaryUnits(doc, withPossessiveTownNames(doc, withPossessivePlaceNames(doc, namesSpelledByShortForms(doc, withCutTails(doc, joinCutNames(doc, out)))))))));
}

/** Offices and departments whose portfolio follows "of" ("Minister of Ports, Shipping and Waterways"). */
const PORTFOLIO_OWNERS = new Set(['minister', 'ministry', 'secretary', 'department', 'commissioner', 'ministers']);

/**
 * Is the one-word span [start, end) a word of the list of fields after "<Minister|Ministry|Secretary...> of" ("Minister
 * of Ports, Shipping and Waterways")? The list is capitalised words joined by commas and "and", one of its words a
 * portfolio's; a word the gazetteers know as a country, a region or a body is no field ("Ministry of Health, Brazil").
 */
function inPortfolioList(doc: DocFacts, start: number, end: number): boolean {
  if (end - start !== 1 || !isCapitalised(doc.seg.tokens[start]!.text)) return false;
  const sentence = doc.seg.tokens[start]!.sentence;
  let portfolio = isPortfolioWord(doc.lower[start]!);
  let k = start - 1;
  for (; k >= 0 && start - k <= 8 && doc.seg.tokens[k]!.sentence === sentence; k--) {
    const w = doc.lower[k]!;
    if (w === 'of') break;
    if (w === ',' || w === 'and') continue;
    if (!isCapitalised(doc.seg.tokens[k]!.text) || !/^\p{L}+$/u.test(doc.seg.tokens[k]!.text)) return false;
    if (isPortfolioWord(w)) portfolio = true;
  }
  if (doc.lower[k] !== 'of' || !PORTFOLIO_OWNERS.has(doc.lower[k - 1] ?? '') || !portfolio) return false;
  const text = doc.seg.tokens[start]!.text;
  return !lookupOrganization(text) && !lookupPlace(text).some((e) => e.type === 'country' || e.type === 'region');
}

/** Titles a portfolio's fields may come before ("Business and Trade Secretary", "Energy and Climate Minister"). */
const PORTFOLIO_TITLES = new Set(['secretary', 'minister', 'commissioner']);

/**
 * Is the tagger's body [start, end) of two or three capitalised words, opened by a nationality word or a country, the
 * first fields of a portfolio, "and" and more capitalised words closing on a title and a name following ("British
 * Business and Trade Secretary Jonathan X")? Not a name the gazetteer lists or one ending on a body's or an industry's
 * head word ("the British Council and Health Secretary X").
 */
function opensPortfolioTitle(doc: DocFacts, start: number, end: number): boolean {
  const toks = doc.seg.tokens;
  if (end - start < 2 || end - start > 3 || doc.lower[end] !== 'and' || !toks.slice(start, end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  // (the title's country opens them: a nationality word or a country's name)
  if (!demonymOf(toks[start]!.text) && !lookupPlace(toks[start]!.text).some((e) => e.type === 'country')) return false;
  const last = doc.lower[end - 1]!;
  if (ORGANIZATION_HEAD_WORDS.has(last) || INDUSTRY_HEADS.has(last) || lookupOrganization(spanString(doc, start, end))) return false;
  let k = end + 1;
  while (k < end + 4 && toks[k] && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && !PORTFOLIO_TITLES.has(doc.lower[k]!)) k++;
  return k > end + 1 && PORTFOLIO_TITLES.has(doc.lower[k] ?? '') && !!toks[k + 1] && doc.nameToken[k + 1] === 1 && toks[k + 1]!.sentence === toks[start]!.sentence;
}

/** Bodies whose span may run on over the place they are in ("the Ministry of Defence in London"). */
const PLACED_BODY_HEADS = new Set(['ministry', 'department', 'embassy', 'consulate', 'office']);

/** The token of "in" inside a ministry's or an embassy's span [start, end) before a place the gazetteer knows, else -1. */
function placeAfterIn(doc: DocFacts, start: number, end: number): number {
  if (end - start < 3 || !PLACED_BODY_HEADS.has(doc.lower[start]!)) return -1;
  for (let k = start + 1; k < end - 1; k++) {
    if (doc.lower[k] !== 'in') continue;
    const place = spanString(doc, k + 1, end);
    return lookupPlace(place).some((e) => e.type === 'city' || e.type === 'country') ? k : -1;
  }
  return -1;
}

/** Words opening a state's or a body's own name before "of" ("Republic of Korea", "Kingdom of Spain", "Friends of ..."). */
const OF_NAME_LEADS = new Set(['republic', 'kingdom', 'state', 'states', 'commonwealth', 'principality', 'emirate', 'sultanate', 'duchy',
  'federation', 'confederation', 'union', 'government', 'friends', 'people', 'bishop', 'archbishop', 'cardinal', 'patriarch',
  'port', 'city', 'isle', 'islands', 'gulf', 'sea', 'bay', 'coast', 'province', 'governor', 'mayor', 'president', 'king', 'queen',
  'prince', 'princess', 'duke', 'duchess', 'emir', 'sultan', 'crown', 'embassy', 'consulate', 'ambassador', 'voice', 'spirit']);

/**
 * "Allkem of Australia": a tagger body of one capitalised word no body's head word or state's lead, "of" (and "the")
 * and a country the gazetteer knows is the body named with its country; the token where the country starts, else -1.
 */
function companyOfCountry(doc: DocFacts, start: number, end: number): number {
  const toks = doc.seg.tokens;
  const at = doc.lower[start + 2] === 'the' ? start + 3 : start + 2;
  if (end - at < 1 || end - at > 3 || doc.lower[start + 1] !== 'of' || !/^\p{Lu}[\p{L}-]+$/u.test(toks[start]!.text)) return -1;
  const w = doc.lower[start]!;
  // (a common noun the article writes in lower case too names a body's kind: "Airports of Thailand")
  if (isBodyHead(w) || OF_NAME_LEADS.has(w) || doc.lowerWords.has(w) || titleInfo(toks[start]!.text) || lookupPlace(toks[start]!.text).length || lookupOrganization(spanString(doc, start, end))) return -1;
  return lookupPlace(spanString(doc, at, end)).some((e) => e.type === 'country') ? at : -1;
}

/** The token of a one-word office inside [start, end) with a name before it and a person's name after it, else -1. */
function officeInside(doc: DocFacts, start: number, end: number): number {
  const toks = doc.seg.tokens;
  for (let k = start + 1; k < end - 1; k++) {
    const word = toks[k]!.text;
    if (!mayEndTitle(word) || !titleInfo(word) || isPortfolioWord(doc.lower[k - 1]!) || end - k > 4) continue;
    const before = spanString(doc, start, k), name = toks.slice(k + 1, end).map((t) => t.text);
    if (demonymOf(before) || mayEndTitle(toks[k - 1]!.text) || !name.every((w) => PERSON_NAME_WORD.test(w) && !titleInfo(w) && !demonymOf(w))) return -1;
    // (a surname may be a town's name, "Tavares", never a country's or a body's)
    const nameText = name.join(' '), last = doc.lower[end - 1]!;
    if (lookupOrganization(nameText) || lookupPlace(nameText).some((e) => e.type === 'country' || e.type === 'region') || ORGANIZATION_HEAD_WORDS.has(last) || INDUSTRY_HEADS.has(last) || BUSINESS_HEADS.has(last)) return -1;
    return k;
  }
  return -1;
}

/** Abbreviated legal forms that close a company's name ("Co", "Inc", "Ltd", "AG"): no word of a field or a trade. */
const LEGAL_FORM_ENDS = new Set(['co', 'inc', 'corp', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'spa', 'se', 'gmbh', 'bhd', 'oyj', 'asa', 'ab', 'kk', 'pty']);

/** A capitalised word of a person's name. */
const PERSON_NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** A last word that closes a body's name ("Bank", "Capital", "Holdings", "Seafoods"). */
function isBodyHead(w: string): boolean {
  return ORGANIZATION_HEAD_WORDS.has(w) || BUSINESS_HEADS.has(w) || INDUSTRY_HEADS.has(w);
}

/**
 * The index of "and" inside a tagger body [start, end) that joins two bodies' names, else -1: two capitalised words
 * or more on each side, each side closed by a body's head word, the second opened by a word that is no head word
 * nor a field ("Harlow Bank and Coastline Capital"; not "Standard Bank and Trust Company", "Ministry of Trade and
 * Industry", "Oil and Gas Authority").
 */
function coordinatedBodies(doc: DocFacts, start: number, end: number): number {
  let and = -1;
  for (let k = start + 1; k < end - 1; k++) {
    if (doc.lower[k] !== 'and') continue;
    if (and >= 0) return -1;
    and = k;
  }
  if (and - start < 2 || end - and - 1 < 1) return -1;
  const names = (a: number, b: number) => doc.seg.tokens.slice(a, b).every((x) => isCapitalised(x.text));
  if (!names(start, and) || !names(and + 1, end)) return -1;
  // "Taiwan Semiconductor Manufacturing Co and Broadcom": a first name closed by a company's legal form, and a second
  // the organisation gazetteer lists or a body's head word closes, are two companies
  if (LEGAL_FORM_ENDS.has(doc.lower[and - 1]!.replace(/\.$/, '')) && (lookupOrganization(spanString(doc, and + 1, end)) || isBodyHead(doc.lower[end - 1]!))) return and;
  if (end - and - 1 < 2) return -1;
  if (!isBodyHead(doc.lower[and - 1]!) || !isBodyHead(doc.lower[end - 1]!)) return -1;
  if (isBodyHead(doc.lower[and + 1]!) || isPortfolioWord(doc.lower[and + 1]!) || isBodyHead(doc.lower[start]!)) return -1;
  return and;
}

/**
 * The index of the one "and" inside [start, end) when the capitalised names on both sides of it are names the tagger
 * found on their own elsewhere in the article (`names`), else -1 ("Intel and Qualcomm" beside "Intel" and "Qualcomm").
 */
function pairFoundApart(doc: DocFacts, start: number, end: number, names: Set<string>): number {
  let and = -1;
  for (let k = start + 1; k < end - 1; k++) {
    if (doc.lower[k] !== 'and') continue;
    if (and >= 0) return -1;
    and = k;
  }
  if (and < 0 || !doc.seg.tokens.slice(start, end).every((x, i) => start + i === and || isCapitalised(x.text))) return -1;
  // (not a listed body's own name: "Johnson and Johnson"; a side is a body the tagger found alone or one the gazetteer lists)
  if (lookupOrganization(spanString(doc, start, end))) return -1;
  const body = (a: number, b: number) => names.has(nameKey(spanString(doc, a, b))) || !!lookupOrganization(spanString(doc, a, b));
  return body(start, and) && body(and + 1, end) ? and : -1;
}

/** After "for" and the capitalised words of a portfolio from token i ("for Health", "for Trade and Industry"), else i. */
function afterPortfolio(doc: DocFacts, i: number, end: number): number {
  const toks = doc.seg.tokens;
  if (toks[i]?.text !== 'for') return i;
  let k = i + 1;
  while (k < end && (isPortfolioWord(doc.lower[k]!) && isCapitalised(toks[k]!.text) || (doc.lower[k] === 'and' && k > i + 1))) k++;
  return k > i + 1 ? k : i;
}

/** Index of a possessive "'s" token inside [start, end), or -1. */
function possessiveInside(doc: DocFacts, start: number, end: number): number {
  for (let i = start + 1; i < end - 1; i++) if (/^['’]s$/.test(doc.seg.tokens[i]!.text)) return i;
  return -1;
}

/** "6th", "82nd", "21st": an ordinal written in figures. */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
/** Head words of military formations named by number ("the 6th Fleet", "the 82nd Airborne Division"). */
const UNIT_WORDS = new Set(['army', 'armies', 'fleet', 'brigade', 'division', 'corps', 'regiment', 'battalion', 'squadron', 'wing', 'flotilla', 'company', 'guards']);

/**
 * A numbered military formation is one organisation with its number: "the 6th Fleet", "the 21st Brigade", "Russia's
 * 58th Army". The tagger keeps the number out and often reads the head as a place ("Fleet", a town); the span is
 * widened to the ordinal and read as an organisation, and one the tagger missed is added.
 */
function militaryUnits(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const covered = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.start; i < c.end; i++) covered.set(i, c);
  const added: Candidate[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!ORDINAL.test(toks[i]!.text) || toks[i + 1]!.sentence !== toks[i]!.sentence) continue;
    const own = covered.get(i);
    if (own && own.start !== i) continue;
    // the capitalised words after the ordinal, up to a unit word ("82nd Airborne Division")
    let end = i + 1;
    while (end < toks.length && end < i + 5 && doc.nameToken[end] && toks[end]!.sentence === toks[i]!.sentence) end++;
    let last = -1;
    for (let k = i + 1; k < end; k++) if (UNIT_WORDS.has(doc.lower[k]!)) last = k;
    if (last < 0) continue;
    const c = covered.get(i + 1);
    if (own) {
      // the tagger took the number in and called the formation a miscellaneous name
      if (own.label === 'MISC' && own.end > last) { own.label = 'ORG'; own.reason = 'ner MISC on a numbered military formation'; }
    } else if (c && c.start === i + 1) {
      // the tagger's span starts after the ordinal: widen it, and keep what it said past the unit word
      c.start = i;
      c.end = Math.max(c.end, last + 1);
      c.label = 'ORG';
      c.reason = 'ner, widened to a numbered military formation';
    } else if (!c) {
      added.push({ start: i, end: last + 1, label: 'ORG', reason: 'numbered military formation (missed by the tagger)' });
    }
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.start - b.start) : candidates;
}
