// Role relations: a person holds a title in a body ("foreign minister of"
// Ukraine). Three shapes cover most news prose:
//   premodifier  "Ukrainian Foreign Minister Dmytro Kuleba", "North Korea's ambassador Sin Hong-chol"
//   apposition   "Denis Pushilin, the head of the Donetsk separatists," / "X, the separatists' Moscow envoy,"
//   apposition   "the country's foreign minister, Choe Sun Hui" / "North Korea's ambassador, Sin Hong-chol"
import type { Unit } from './units.ts';
import type { Arg, Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { CHANCELLOR_STATES, MONARCHIES, NATIONAL_TITLE_HEADS, NO_PRIME_MINISTER, TITLE_ABBREVIATIONS, TITLE_HEAD_WORDS, TITLE_MODIFIERS, TITLE_OF_WORDS, TITLE_TENSE_WORDS } from './data/titles.ts';
import { clamp } from './found.ts';
import { countryOfCapital } from '../gazetteer/index.ts';
import { isPortfolioWord } from '../gazetteer/data/fields.ts';
import { namesModifiedNoun, type ArticleContext } from './context.ts';
import { singularTitle } from './plural-titles.ts';
import { PERSON_NOUNS } from '../recognize/words.ts';
import { clauseSubjectBody, keepTypes, namedBefore, namedBodyFor, possessorAt, previousTopicBody, readPhrase, readPhraseLeft, resolvePronoun, verbSubject, VIA_PENALTY } from './phrases.ts';
import { BODY_TYPES, isAdverb, isAux, isContent, isLightVerb, isBreaker, isComma, isConj, isEntity, isModal, isOrganizationDescriptor, isPluralPronoun, isSingularPronoun, isPossessive, isPunct, isRelative, isReportingVerb, ORGANIZATION_TYPES, PLACE_TYPES } from './classes.ts';

/** Title heads, and a head about to take office: "President-elect", "Prime Minister-designate". */
const HEADS = { has: (w: string) => TITLE_HEAD_WORDS.has(w) || (/-(?:elect|designate)$/.test(w) && TITLE_HEAD_WORDS.has(w.replace(/-(?:elect|designate)$/, ''))) };
const MODIFIERS = new Set(TITLE_MODIFIERS.words);
const TENSE = new Set(TITLE_TENSE_WORDS.words);
const OF_WORDS = new Set(TITLE_OF_WORDS.words);
const NATIONAL = new Set(NATIONAL_TITLE_HEADS.words);
/** Bodies that have presidents and chairs of their own ("union president", "council chairman"). */
const BODY_NOUNS = new Set(['union', 'unions', 'council', 'board', 'league', 'federation', 'association', 'committee', 'church', 'school', 'college', 'society', 'chamber', 'guild', 'foundation', 'federation', 'assembly', 'senate', 'court', 'tribunal', 'commission', 'faction', 'caucus', 'syndicate']);
/** Offices any organisation has: without a body named, the one organisation the sentence names. */
// (spokespeople only: "X, a chief executive officer," after a regulator's name is as often another company's)
const ORGANISATION_OFFICES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Offices only a company or a similar body has: without a body named, the story's organisation. */
const CORPORATE = new Set(['chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'chief financial officer', 'chief operating officer', 'chairman', 'chairwoman', 'founder', 'co-founder']);
const ABBREVIATED: Record<string, string> = TITLE_ABBREVIATIONS.words;
/** Titles of someone posted to a place on another's behalf: the place after "in"/"to" is the post, not the body. */
const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'consul', 'consul-general', 'representative', 'charge', 'attache', 'correspondent']);
/** Titles of a member of a body whose name has the given head noun ("commissioner" of a Commission). */
const MEMBER_BODIES = new Map<string, string>([
  ['commissioner', 'commission'], ['senator', 'senate'], ['councillor', 'council'], ['councilor', 'council'],
  ['councilman', 'council'], ['councilwoman', 'council'], ['judge', 'court'], ['justice', 'court'],
  ['congressman', 'congress'], ['congresswoman', 'congress'], ['assemblyman', 'assembly'], ['assemblywoman', 'assembly'],
]);

/**
 * The article's country as the body of a national title that names none ("President Emmanuel Macron" in a
 * story datelined PARIS). Not when the sentence names another country: the title may well be that one's.
 */
function contextBody(ctx: Ctx, title: Title, rule: string): Arg | undefined {
  // "commission chairman Han Ki-jeong" in a story about the Korea Fair Trade Commission: the body word before the title
  // names the article's one organisation ending in it
  {
    // (the body word may have been read into the title: "commission chairman")
    const w = ctx.units[title.start - 1];
    const named = (w && !w.entity && /^[a-z]/.test(w.text) ? namedBodyFor(ctx, w.lower, []) : undefined)
      ?? (title.words.length > 1 ? namedBodyFor(ctx, title.words[0]!, []) : undefined);
    if (named) return { ids: [named], via: 'fallback', from: [] };
  }
  const headWord = titleHead(title);
  // "Chief executive Christian Bruch said the company ...": a company office names no company when the story
  // is about one; the organisation named most among those named lately (not one named in this sentence)
  if (CORPORATE.has(title.words.join(' ')) || CORPORATE.has(headWord)) {
    const bodies = ctx.units.filter((x) => x.entity && !x.partial && (x.type === 'organization' || x.type === 'group'));
    // ("Chief Executive Jim Rowan said Volvo Cars had to become leaner": the one company the officer says something of)
    const said = reportedSubject(ctx.units, title);
    if (said !== undefined && ctx.units[said]!.type === 'organization' && bodies.every((x) => x.entity === ctx.units[said]!.entity)) {
      return { ids: [ctx.units[said]!.entity!], via: 'fallback', from: [] };
    }
    if (bodies.length > 0) return undefined;
    // ("Fiat chief executive Sergio Marchionne": a capitalised word before the title is a company's name the
    // recogniser did not take; no other organisation stands in for it)
    const named = ctx.units[title.start - 1];
    if (named && !named.entity && /^\p{Lu}/u.test(named.text) && !titleWord(named) && !WORDS_BEFORE_TITLE.test(named.lower)) return undefined;
    const o = ctx.discourse.salientOrganization({ s: ctx.s, i: title.start });
    return o ? { ids: [o.value], via: 'fallback', from: o.s === ctx.s ? [] : [o.s] } : undefined;
  }
  // "Becton Dickinson declined to comment, said Linda Schmitt, a spokeswoman": an office any organisation has,
  // in a sentence that names exactly one organisation and no country
  if (ORGANISATION_OFFICES.has(headWord) && rule === 'role-apposition-after') {
    const bodies = new Set<string>();
    for (const x of ctx.units) {
      if (!x.entity || x.partial) continue;
      if (x.type === 'country' || x.metonymy) return undefined;
      if (x.type === 'organization' || x.type === 'group') bodies.add(x.entity);
    }
    return bodies.size === 1 ? { ids: [...bodies], via: 'fallback', from: [] } : undefined;
  }
  // "Competition Commissioner Margrethe Vestager" in a story about the European Commission, "Judge X" in one about
  // the National Court: a member's title names its body's head noun; the article's one body so named
  const bodyWord = MEMBER_BODIES.get(headWord);
  if (bodyWord) {
    const named = new Set<string>();
    for (const [id, e] of ctx.entities) {
      if (e.type === 'organization' && e.name.toLowerCase().split(/[\s-]+/).includes(bodyWord)) named.add(id);
    }
    if (named.size === 1) return { ids: [...named], via: 'fallback', from: [] };
  }
  const spoken = spokenFor(ctx, title);
  // (the sentence places the title's holder where two countries compete: no guess)
  if (spoken === null) return undefined;
  const c = openingCapital(ctx) ?? spoken ?? subjectOfSentenceBefore(ctx) ?? ctx.context;
  if (!c || counterpartCountries(ctx).has(c.country)) return undefined;
  // ("ISLAMABAD ... The government of President Rabbani accused Pakistan of arming the Taleban": one who accuses or
  // condemns the country after the title is not its own official)
  for (let k = title.end + 1; k < ctx.units.length; k++) {
    if (ctx.units[k]!.entity === c.country && aimedAt(ctx.units, k)) return undefined;
  }
  // ("TOKYO (Reuters) - ... after President Donald Trump approved the deal": a monarchy has no president)
  const code = ctx.entities.get(c.country)?.gazetteerId?.replace(/^country:/, '');
  if (headWord === 'president' && code && MONARCHY_CODES.has(code)) return undefined;
  // ("BONN ... Prime Minister Benjamin Netanyahu": Germany has no prime minister; only Germany, Austria and Britain
  // have a chancellor)
  if (code && title.words.includes('prime') && headWord === 'minister' && NO_PRIME_MINISTER_CODES.has(code)) return undefined;
  if (code && headWord === 'chancellor' && !CHANCELLOR_CODES.has(code)) return undefined;
  // ("army chief of staff X", "police chief X", "security chief X" in a national story: the head of a state's forces
  // or security service is a national office)
  // (a rank after the office: "army chief of staff General X" reads the title "General" alone)
  const preceding = ctx.units.slice(Math.max(0, title.start - 4), title.start).map((x) => x.lower);
  const forces = [...title.words, ...preceding].some((w) => /^(?:army|military|navy|police|security|intelligence|spy)$/.test(w)) && /^(?:chief|commander|head|general)$/.test(headWord);
  // ("government spokeswoman X said": the state's own spokesperson)
  const governmentOffice = ORGANISATION_OFFICES.has(headWord) && preceding[preceding.length - 1] === 'government';
  if (!NATIONAL.has(headWord) && !forces && !governmentOffice && !/\b(?:attorney|solicitor|surgeon|auditor|prosecutor)[- ]general$/.test(title.words.join(' '))) return undefined;
  // "Union president X", "club president X", "the bank's president X": a noun before the title names the body
  // the office is in, one the recogniser did not take as a name; it is no office of the state
  const before = ctx.units[title.start - 1];
  if (before && !before.entity && (isOrganizationDescriptor(before.lower) || BODY_NOUNS.has(before.lower))) return undefined;
  // A bare "Secretary" is a clerk as often as a minister; "Defense Secretary", "Secretary of State" are offices.
  if (headWord === 'secretary' && title.words.length < 2) return undefined;
  // The whole sentence, not the clause: "Argentina rejected it after President Javier Milei took office"
  // names the president's country in the other clause.
  // ("Barcena, who serves as Mexico's ambassador to Chile, was picked as environment minister": the article's
  // country named first in the sentence keeps the reading)
  // ("An aid worker kidnapped in Niger has been freed, Prime Minister Giorgia Meloni's office said": a country after
  // a locative preposition is where something happened, not the title's)
  // ("his handling of the Iraq war after former foreign secretary Robin Cook": nor does a name modifying a noun)
  const locative = (k: number) => notTitleCountry(ctx, title, k);
  // ("Prime Minister X told parliament that New Delhi was punishing Nepal", KATHMANDU: what the titled person says
  // names other countries; the article's own named in it too leaves the title the article's)
  let reported = ctx.units.length;
  for (let k = title.end + 1; k <= title.end + 2 && k < ctx.units.length; k++) {
    if (isReportingVerb(ctx.units[k]!.lower) && isEntity(ctx.units[k - 1]) && ctx.units[k - 1]!.type === 'person') {
      if (ctx.units.slice(k + 1).some((x) => x.entity === c.country && x.metonymy !== 'demonym')) reported = k;
      break;
    }
  }
  for (let k = 0; k < Math.min(reported, ctx.units.length); k++) {
    const x = ctx.units[k]!;
    if (x.entity === c.country) break;
    // (a nationality word counts even when its country has no entity of its own yet: "Palestinian President X said";
    // after the title it only describes someone else: "Foreign Secretary Jack Straw held talks with his French counterpart")
    const describes = k > title.end && x.metonymy === 'demonym';
    if (x.entity && (ctx.entities.get(x.entity)?.type === 'country' || x.metonymy === 'demonym') && !locative(k) && !describes) return undefined;
  }
  // ("Syria condemned Israel's settlement policy and said Prime Minister Benjamin Netanyahu was preparing for war":
  // the country named nearest before the title, when another, is as likely the title's; one an envoy is sent to is not)
  for (let k = title.start - 1; k >= 0; k--) {
    const x = ctx.units[k]!;
    // (a nationality word only describes: "sanctions on eight Iranian officials, Foreign Minister Melanie Joly said")
    if (!x.entity || x.partial || x.metonymy === 'demonym' || ctx.entities.get(x.entity)?.type !== 'country') continue;
    const sentTo = k >= 2 && /^(?:to|in|at)$/.test(ctx.units[k - 1]!.lower) && ENVOY_HEADS.has(ctx.units[k - 2]!.lower);
    // ("Kenya's foreign minister, Musalia Mudavadi, ... and Chancellor Olaf Scholz": a country owning another title)
    let owned = false;
    if (isPossessive(ctx.units[k + 1]?.lower ?? '')) for (let h = k + 2; h <= k + 4 && h < title.start; h++) if (titleEndingAt(ctx.units, h)) owned = true;
    // (a country a hostile verb is aimed at before the title still blocks: "Egypt condemned Israel's settlement policy
    // and said Prime Minister X" may be Israel's)
    if (sentTo || owned || placeNamed(ctx.units, k)) continue;
    if (x.entity !== c.country) return undefined;
    break;
  }
  return { ids: [c.country], via: 'fallback', from: c.sentence !== undefined && c.sentence !== ctx.s ? [c.sentence] : [] };
}
/**
 * "In Madrid, Public Works Minister X summoned the French ambassador": a sentence that opens in a national capital
 * sets its scene there; a bare national title in it is that state's (in a story datelined Paris too). So does one
 * opening in a country ("In neighbouring Niger, soldiers overthrew President X").
 */
function openingCapital(ctx: Ctx): ArticleContext | undefined {
  const [a] = ctx.units;
  // (a word of where between: "In neighbouring Niger,", "In northern Mali,")
  const at = SCENE_ADJECTIVES.test(ctx.units[1]?.lower ?? '') ? 2 : 1;
  const b = ctx.units[at], c = ctx.units[at + 1];
  if (a?.lower !== 'in' || !isEntity(b) || b.partial || !isComma(c)) return undefined;
  if (b.type === 'country' && b.metonymy !== 'demonym') return { country: b.entity, from: 'sentence-scene' };
  if (b.type !== 'city') return undefined;
  const name = ctx.entities.get(b.entity)?.name;
  if (!name || !countryOfCapital(name)) return undefined;
  const country = ctx.countryOf?.(b.entity);
  return country ? { country, from: 'sentence-scene' } : undefined;
}
const SCENE_ADJECTIVES = /^(?:neighbouring|neighboring|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/;

/**
 * Is the country named at unit k no candidate for the bare title of this sentence? A place after a locative
 * preposition is where something happened ("kidnapped in Niger", "lived in Canada and the United States"); a name
 * modifying a noun says what the noun is about ("the Iraq war"); after the title, a country a hostile verb is aimed at
 * is the other side ("a vote condemning Russia"), and a country owning a thing is that thing's ("the crisis that
 * followed Mexico's devaluation"), unless the thing is an office.
 */
function notTitleCountry(ctx: Ctx, title: Title, k: number): boolean {
  const u = ctx.units;
  if (placeNamed(u, k)) return true;
  // (before the title, a country attacked still competes: "Egypt condemned Israel's policy and said Prime Minister X")
  if (k < title.start) return false;
  return aimedAt(u, k) || (isPossessive(u[k + 1]?.lower ?? '') && !titleWord(u[k + 2]) && !isEntity(u[k + 2]));
}

/** Is the country at unit k named as where something happens, or as what a noun is about ("the Iraq war")? */
function placeNamed(u: readonly Unit[], k: number): boolean {
  if (namesModifiedNoun(u, k)) return true;
  // (back over a coordination of names: "in Canada and the United States")
  let p = k - 1;
  while (p >= 2 && u[p]!.lower === 'the') p--;
  while (p >= 2 && (isConj(u[p]!.lower) || isComma(u[p])) && isEntity(u[p - 1]) && PLACE_TYPES.has(u[p - 1]!.type!)) {
    p -= 2;
    while (p >= 1 && u[p]!.lower === 'the') p--;
  }
  return /^(?:in|from|into|near|across|inside|at)$/.test(u[p]?.lower ?? '');
}

/**
 * The country a titled person speaks for, from the sentence alone, when it names no other that could be the title's:
 *   "President X said Indonesia would defend its sovereignty"  the country the speaker says something of
 *   "Chile rejected the offer after President X took office"   the subject country of a clause the title's is subordinate to
 *   "She flew on to Hanoi, where she met President X"          the country of the capital a visitor meets the title in
 * Not when the article's country is named in the sentence (the existing readings decide then); null when the visitor
 * meets the title's holder where two countries compete ("on to Rome and Paris, where she will meet President X").
 */
function spokenFor(ctx: Ctx, title: Title): ArticleContext | undefined | null {
  const u = ctx.units;
  const home = ctx.context?.country;
  const candidates = new Map<string, number>();
  for (let k = 0; k < u.length; k++) {
    const x = u[k]!;
    if (!isEntity(x) || x.partial || x.type !== 'country') continue;
    if (x.entity === home) return undefined;
    if (x.metonymy === 'demonym') {
      // (a nationality word before the title is another reading's to make)
      if (k < title.start) return undefined;
      continue;
    }
    if (notTitleCountry(ctx, title, k)) continue;
    if (!candidates.has(x.entity)) candidates.set(x.entity, k);
  }
  const host = metIn(ctx, title);
  if (host === null) return null;
  if (host && [...candidates.keys()].every((id) => id === host)) return { country: host, from: 'sentence-scene' };
  if (candidates.size !== 1) return undefined;
  const [[country, k]] = [...candidates];
  // "President X said (that) Indonesia would ...": the reported clause's subject; not against a dateline's country
  // ("MOSCOW - Foreign Minister X said Ukraine must ...": what a state's minister says of another is common)
  if (ctx.context?.from !== 'dateline' && reportedSubject(u, title) === k) return { country, from: 'sentence-speaker' };
  // "Chile later rejected the offer after President X took office": the subject country, a verb that is not a report
  // or an attack, and the title in a clause of time saying its holder took office ("Iran rejected the offer after
  // President X imposed sanctions" tells nothing)
  if (k === (u[0]?.lower === 'the' ? 1 : 0)) {
    let v = k + 1;
    while (v < title.start && (isAdverb(u[v]) || /^(?:later|also|then|now|again|already|still)$/.test(u[v]!.lower))) v++;
    const verb = u[v];
    const timed = TIME_CONJUNCTIONS.test(u[title.start - 1]?.lower ?? '');
    const took = TOOK_OFFICE.test(u.slice(title.end + 2, title.end + 6).map((x) => x.lower).join(' '));
    if (verb && clauseVerb(verb) && !isReportingVerb(verb.lower) && !HOSTILE_VERBS.test(verb.lower) && timed && took) return { country, from: 'sentence-subject' };
  }
  return undefined;
}

/**
 * "She flew on to Hanoi, where she met President X", "during his visit to China, where he held talks with President
 * X": a visitor meets the title's holder in the place a "where" clause hangs on; its country (a capital's, or the
 * country itself) when every capital or country named before the title is that one.
 */
function metIn(ctx: Ctx, title: Title): string | undefined | null {
  const u = ctx.units;
  if (!/^(?:meet|met|meets|meeting|with)$/.test(u[title.start - 1]?.lower ?? '')) return undefined;
  const places = new Set<string>();
  let where = false;
  for (let k = 0; k < title.start; k++) {
    const x = u[k]!;
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym') continue;
    let country: string | undefined;
    if (x.type === 'country') country = x.entity;
    else if (x.type === 'city') {
      const n = ctx.entities.get(x.entity)?.name;
      country = n && countryOfCapital(n) ? ctx.countryOf?.(x.entity, true) : undefined;
    }
    if (!country) continue;
    places.add(country);
    if (isComma(u[k + 1]) && u[k + 2]?.lower === 'where') where = true;
  }
  // (two capitals coordinated: "to Rome and Paris, where": null, no guess)
  if (!where) return undefined;
  return places.size === 1 ? [...places][0] : null;
}
/**
 * "President X said (that) Indonesia would ...", "Minister X said the investment showed that Germany remained ...": the
 * unit of the name that is the subject of the clause the titled person reports, when a name opens it (one clause
 * down through "that" too).
 */
function reportedSubject(u: readonly Unit[], title: Title): number | undefined {
  const name = u[title.end + 1];
  if (!isEntity(name) || name.type !== 'person' || !isReportingVerb(u[title.end + 2]?.lower ?? '')) return undefined;
  let end = title.end + 3;
  while (end < u.length && !isEntity(u[end]) && !isPunct(u[end])) end++;
  if (!isEntity(u[end])) return undefined;
  let p = title.end + 3;
  for (let q = p; q < end; q++) if (u[q]!.lower === 'that') p = q + 1;
  if (u[p]?.lower === 'the') p++;
  return p === end && clauseVerb(u[end + 1]) ? end : undefined;
}
/** Words after a name saying its holder took the office ("took office", "was sworn in", "came to power"). */
const TOOK_OFFICE = /^(?:took office|took power|came to power|was (?:re-?)?elected|was sworn in|won (?:the|a|re-?election)|assumed (?:office|power)|seized power)\b/;
/** Conjunctions opening a clause of time ("after President X took office"). */
const TIME_CONJUNCTIONS = /^(?:after|as|since|when|while|before|until|once)$/;
/** A word that can follow a clause's subject as its verb: an auxiliary, a modal, a past or present verb form. */
function clauseVerb(x: Unit | undefined): boolean {
  if (!x || x.entity) return false;
  return isAux(x.lower) || isModal(x.lower) || /^[a-z]+(?:ed|es)$/.test(x.text) || /^(?:has|had|did|does|was|were|is|are|remained|remains|rejected|said|says|will|would)$/.test(x.lower);
}

/**
 * "India has suspended military aid to Nepal. The foreign secretary, Shyam Saran, said ...": a bare national title
 * right after a sentence whose subject is a country speaks for that country. Not in a story a dateline places: there
 * the dateline's country is the better guess for a bare title.
 */
function subjectOfSentenceBefore(ctx: Ctx): ArticleContext | undefined {
  if (ctx.context?.from === 'dateline') return undefined;
  const before = ctx.sentences[ctx.s - 1];
  if (!before || before.sentence.heading) return undefined;
  const us = before.units;
  const k = us[0]?.lower === 'the' ? 1 : 0;
  const x = us[k];
  if (!x?.entity || x.partial || ctx.entities.get(x.entity)?.type !== 'country') return undefined;
  // ("The Indian government said": a nationality word only with the state's own noun after it)
  if (x.metonymy === 'demonym' && !/^(?:government|authorities|ministry|cabinet)$/.test(us[k + 1]?.lower ?? '')) return undefined;
  if (x.metonymy !== 'demonym' && k === 1) return undefined;
  // ("Sri Lanka's board has said the tour will go ahead": a country owning another body is not the subject)
  // ("Moldova's president has rejected": its state's own office or organ is)
  const owned = us[k + 2]?.lower ?? '';
  if (isPossessive(us[k + 1]?.lower ?? '') && !/^(?:government|authorities|ministry|cabinet|foreign|defence|defense|interior|finance|prime|leader|leadership)$/.test(owned) && !NATIONAL.has(owned)) return undefined;
  return { country: x.entity, from: 'sentence-before', sentence: ctx.s - 1 };
}

/** "He spoke to his Iraqi counterpart": countries of counterparts named in this sentence or the next, not the speaker's own. */
function counterpartCountries(ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const su of [ctx.sentences[ctx.s], ctx.sentences[ctx.s + 1]]) {
    const us = su?.units ?? [];
    for (let k = 0; k + 1 < us.length; k++) {
      if (us[k]!.entity && us[k]!.metonymy === 'demonym' && /^counterparts?$/.test(us[k + 1]!.lower)) out.add(us[k]!.entity!);
    }
  }
  return out;
}

/**
 * "German Chancellor Olaf Scholz appointed Boris Pistorius as defence minister": a national office given by a head of
 * government is in the appointer's own country, written as the nationality or country before the appointer's title.
 */
function appointerCountry(ctx: Ctx, verb: number, appointee: Unit): Arg | undefined {
  const u = ctx.units;
  let p = verb - 1;
  while (p >= 0 && (isAux(u[p]!.lower) || isAdverb(u[p]) || (!u[p]!.entity && /^(?:on|in|at|last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(u[p]!.lower)))) p--;
  const appointer = u[p];
  if (!isEntity(appointer) || appointer.type !== 'person' || appointer.entity === appointee.entity) return undefined;
  let q = p - 1;
  while (q >= 0 && titleWord(u[q])) q--;
  const country = u[q];
  if (q === p - 1 || !isEntity(country) || country.type !== 'country') return undefined;
  return { ids: [country.entity], via: 'modifier', from: [] };
}

const MONARCHY_CODES = new Set(MONARCHIES.codes);
/** Verbs of one actor against another, right before the country they are aimed at. */
const HOSTILE_VERBS = /^(?:accused|accuses|accusing|blamed|blames|blaming|condemned|condemns|condemning|criticised|criticized|criticises|criticizes|criticising|criticizing|attacked|attacks|attacking|threatened|threatens|threatening|warned|warns|sued|sues|suing)$/;
/** Nouns of one actor's act against another, before "of" and the one it is aimed at ("criticism of Nigeria"). */
const HOSTILE_NOUNS = /^(?:criticism|condemnation|condemnations|attack|attacks|invasion|sanctions|boycott|denunciation)$/;
/** Is the name at unit k the one a hostile verb or noun is aimed at ("accused Nigeria", "criticism of Nigeria's")? */
function aimedAt(u: readonly Unit[], k: number): boolean {
  return HOSTILE_VERBS.test(u[k - 1]?.lower ?? '') || (u[k - 1]?.lower === 'of' && HOSTILE_NOUNS.test(u[k - 2]?.lower ?? ''));
}
/** Honorifics and styles before a name: "Sir", "Dame", "Lord", "Dr", "Sheikh" ("Prime Minister Sheikh Hasina"). */
const STYLE_WORDS = /^(?:sir|dame|lord|lady|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sheikh|shaikh)$/;
const NO_PRIME_MINISTER_CODES = new Set(NO_PRIME_MINISTER.codes);
const CHANCELLOR_CODES = new Set(CHANCELLOR_STATES.codes);
/** Words that may open a sentence before a bare title without naming a body ("The", "But", "Former"). */
const WORDS_BEFORE_TITLE = /^(?:the|a|an|but|and|as|when|while|then|now|new|our|his|her|its|their|meanwhile|earlier|later|however|yesterday|today)$/;

/** Offices held for a person rather than a body: the person is what the role is "of". */
const PERSONAL_STAFF = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'lawyer', 'attorney']);

/** The organisation or country that is the subject of an appointing verb, not the appointee. */
function appointingBody(ctx: Ctx, verb: number, appointee: Unit): Arg | undefined {
  const body = keepTypes(ctx, verbSubject(ctx, verb), BODY_TYPES);
  return body && !body.ids.includes(appointee.entity!) ? body : undefined;
}

const titleWord = (u: Unit | undefined) => !!u && !u.entity && (HEADS.has(u.lower) || MODIFIERS.has(u.lower) || TENSE.has(u.lower));

interface Title {
  start: number;
  end: number; // inclusive index of the head
  words: string[];
  former: boolean;
}

/** The word of a title naming the office: before its "of" or "for" phrase ("minister of state for energy"), else the last. */
function titleHead(title: Title): string {
  const at = title.words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  return title.words[at > 0 ? at - 1 : title.words.length - 1]!;
}

/** Heads of offices a portfolio may follow ("Minister for External Affairs", "Secretary of State for Health"). */
const PORTFOLIO_AFTER_HEADS = new Set(['minister', 'secretary', 'commissioner', 'state']);
/** The longest portfolio read after an office, in words ("for Trade, Industry and Energy" is three and a comma: no). */
const MAX_PORTFOLIO_AFTER = 4;

/** The title whose head is at unit h, read leftwards; "Secretary of State" ends at "State". */
function titleEndingAt(units: Unit[], h: number): Title | undefined {
  const last = units[h];
  if (last && !last.entity && OF_WORDS.has(last.lower) && units[h - 1]?.lower === 'of') {
    const t = titleEndingAt(units, h - 2);
    return t && { ...t, end: h, words: [...t.words, 'of', last.lower] };
  }
  // "Minister of State for Energy Affairs", "Minister for External Affairs", "Minister of Foreign Affairs": a
  // minister's portfolio written after the office
  if (last && !last.entity && !HEADS.has(last.lower) && isPortfolioWord(last.lower)) {
    let p = h;
    while (p - 1 >= 0 && h - p + 1 < MAX_PORTFOLIO_AFTER && !units[p - 1]!.entity && (isPortfolioWord(units[p - 1]!.lower) || units[p - 1]!.lower === 'and')) p--;
    const prep = units[p - 1]?.lower;
    const t = (prep === 'for' || prep === 'of') && units[p]!.lower !== 'and' ? titleEndingAt(units, p - 2) : undefined;
    if (t && PORTFOLIO_AFTER_HEADS.has(t.words[t.words.length - 1]!)) {
      return { ...t, end: h, words: [...t.words, prep!, ...units.slice(p, h + 1).map((x) => x.lower)] };
    }
  }
  const head = units[h];
  if (!head || head.entity || !HEADS.has(head.lower)) return undefined;
  let s = h;
  while (s - 1 >= 0 && titleWord(units[s - 1])) s--;
  const words = units.slice(s, h + 1).map((x) => ABBREVIATED[x.lower] ?? x.lower);
  return { start: s, end: h, words, former: words.some((w) => TENSE.has(w)) };
}

/** Words that qualify a title's tenure, not its office ("its new chief executive"). */
const INTERIM = new Set(['new', 'current', 'interim', 'permanent', 'longtime', 'long-time', 'veteran', 'newly-appointed', 'then']);

/** A title followed by its portfolio ("director general for the Americas") and ending right before unit `comma`. */
function portfolioTitle(units: Unit[], comma: number): Title | undefined {
  for (let p = comma - 2; p >= 0 && comma - p <= 6; p--) {
    const w = units[p]!;
    if (w.entity || isComma(w) || isBreaker(w.lower)) return undefined;
    if (w.lower === 'for' || w.lower === 'to') return titleEndingAt(units, p - 1);
  }
  return undefined;
}

/**
 * "met his Turkish counterpart, Hakan Fidan": a counterpart holds the office of the titled person the
 * clause names before it ("Foreign Minister X met his Turkish counterpart" -> foreign minister).
 */
function counterpartTitle(units: Unit[], counterpart: Title): Title {
  for (let h = counterpart.start - 1; h >= 0; h--) {
    const x = units[h]!;
    if (x.entity || !HEADS.has(x.lower) || x.lower === 'counterpart') continue;
    const t = titleEndingAt(units, h);
    if (t) return { ...counterpart, words: t.words.filter((w) => !TENSE.has(w)) };
  }
  return counterpart;
}

/** The body named just before a title starting at unit t: a demonym or name ("Russian", "EU"), or a possessor ("North Korea's"). */
/** "Judge Maria Tardon of the National Court": with no body before the title, an organisation after "of" that
 * ends the name's noun phrase is the office's body (a place there is the person's origin: "Moussa Faki of Chad"). */
function bodyOfAfter(ctx: Ctx, k: number, title: Title): Arg | undefined {
  const u = ctx.units;
  if (u[k + 1]?.lower !== 'of') return undefined;
  const phrase = readPhrase(ctx, k + 2, u.length, { organAsState: false });
  const ids = phrase.arg?.ids ?? [];
  const type = ids.length === 1 ? ctx.entities.get(ids[0]!)?.type : undefined;
  // ("King Abdullah of Jordan": a national office names its country after the name)
  const national = type === 'country' && NATIONAL.has(titleHead(title)) && u[k + 2]?.entity === ids[0];
  if (type !== 'organization' && !national) return undefined;
  return phrase.arg;
}

/** The body a relative clause hangs on when the title at t follows ", whose" ("the X Commission, whose director"). */
function whoseOwner(u: readonly Unit[], t: number): Unit | undefined {
  const owner = u[t - 1]?.lower === 'whose' && isComma(u[t - 2]) ? u[t - 3] : undefined;
  return owner && isEntity(owner) && !owner.partial && (owner.type === 'organization' || owner.type === 'group' || owner.type === 'country') ? owner : undefined;
}

function bodyBefore(ctx: Ctx, t: number, strict: boolean): Arg | undefined {
  const u = ctx.units;
  // ("Its founder and chairman, X": a title coordinated before this one shares its body)
  while (t >= 2 && u[t - 1]!.lower === 'and' && titleWord(u[t - 2])) {
    t -= 2;
    while (t >= 1 && titleWord(u[t - 1])) t--;
  }
  // "its new chief executive", "the bank's interim chairman", "Nepal's new foreign minister": a word of time before the title.
  while (t - 1 >= 0 && INTERIM.has(u[t - 1]!.lower)) t--;
  // Possessor, possibly with a modifier name between: "the separatists' Moscow envoy".
  for (let p = t - 1; p >= 0 && p >= t - 3; p--) {
    if (isPossessive(u[p]!.lower)) return possessorAt(ctx, p - 1);
    if (!isEntity(u[p])) break; // only names may sit between the possessor and the title
  }
  const b = u[t - 1];
  // "the Kenya Anti-Corruption Commission, whose director, Samuel Wafula, said": the body the relative clause hangs on
  const owner = whoseOwner(u, t);
  if (owner) return { ids: [owner.entity!], via: 'direct', from: [] };
  // "The European Commission said it regretted the decision. A spokesperson, Elena Moretti, said ...": a spokesperson
  // opening a sentence with no body of their own speaks for the body the sentence before was about
  if (b && (b.lower === 'a' || b.lower === 'an') && t - 1 === 0 && ORGANISATION_OFFICES.has(u[t]?.lower ?? '')) {
    const topic = previousTopicBody(ctx);
    if (topic) return topic;
  }
  // "Ali Omar, its interior minister": the organisation or country last named.
  if (b && !b.entity && (b.lower === 'its' || b.lower === 'their')) {
    const topic = t - 1 === 0 ? previousTopicBody(ctx) : clauseSubjectBody(ctx, t - 1);
    if (topic) return topic;
    const at = { s: ctx.s, i: t - 1 };
    const c = ctx.discourse.lastCountry(at);
    const o = ctx.discourse.lastOrganization(at);
    const n = !c ? o : !o ? c : c.s > o.s || (c.s === o.s && c.i > o.i) ? c : o;
    return n && { ids: [n.value], via: 'anaphor', from: n.s === ctx.s ? [] : [n.s] };
  }
  // "The Socialist leader, Pedro Nuno Santos" after "the Socialist Party": a capitalised word before the title that
  // opens exactly one organisation's name in the article
  if (b && !b.entity && /^\p{Lu}\p{Ll}+$/u.test(b.text) && t - 1 > 0) {
    const owner = namedBodyFor(ctx, b.lower, [], 'first');
    if (owner) return { ids: [owner], via: 'modifier', from: namedBefore(ctx, owner) };
  }
  if (!isEntity(b)) return undefined;
  // A city before "envoy" ("the Moscow envoy") names where the envoy is sent, not whom they serve.
  if (strict && !(b.metonymy === 'demonym' || b.type === 'country' || b.type === 'organization' || b.type === 'group')) return undefined;
  return { ids: [b.entity], via: 'modifier', from: [] };
}

/** "X, who heads the OSCE mission", "Y leads the party": verbs that state a role. */
const ROLE_VERBS = new Map<string, string>(Object.entries({
  heads: 'head', headed: 'head', head: 'head', heading: 'head', leads: 'leader', led: 'leader', lead: 'leader', leading: 'leader',
  chairs: 'chair', chaired: 'chair', runs: 'head', ran: 'head', run: 'head', founded: 'founder', founds: 'founder',
  // "Eyadema, who had ruled Togo for 38 years", "who governed Texas"
  rules: 'ruler', ruled: 'ruler', governs: 'governor', governed: 'governor',
}));
const PERSON = new Set(['person']);
/**
 * "The company, controlled by the tycoon X", "Y, a firm owned by X": in the passive only, the person has a stake
 * in the body that is no office (kind affiliation, "controls").
 */
const CONTROL_PASSIVES = new Set(['controlled', 'owned']);
/** "X's son Y", "X's daughter Y": after a kin noun the person meant is the one named next. */
const KIN_NOUNS = /^(?:son|sons|daughter|daughters|wife|husband|brother|sister|nephew|niece|son-in-law|daughter-in-law|father|mother)$/;

/**
 * Can the person named at unit k hold a titled role here? Every pattern below needs a title word right
 * before the name ("Foreign Minister X", "... Secretary of State X") or a comma next to it (appositions).
 */
export function personRoleCue(units: readonly Unit[], k: number): boolean {
  const before = units[k - 1];
  if (before && (before.text === ',' || (!before.entity && (HEADS.has(before.lower) || OF_WORDS.has(before.lower) || STYLE_WORDS.test(before.lower)
    || (isPortfolioWord(before.lower) && /^\p{Lu}/u.test(before.text)) || !!singularTitle(before.lower))))) return true;
  return units[k + 1]?.text === ',' || originThenComma(units, k);
}

/** "Moussa Faki of Chad, the chairperson of ...": the person's origin, then an apposition. */
function originThenComma(u: readonly Unit[], k: number): boolean {
  const place = u[k + 2];
  return u[k + 1]?.lower === 'of' && isEntity(place) && PLACE_TYPES.has(place.type!) && isComma(u[k + 3]);
}

/** Verbs that put a person in an office ("appointed X as defence minister", "X was elected president"). */
/** Verbs whose subject takes or holds the office after them ("became chief executive", "served as ambassador"). */
const SUBJECT_HOLDS = new Set(['became', 'becomes', 'become', 'served', 'serves', 'serving']);
/** "resigned as", "stepped down as": the subject held the office until then (a former role; "as" required). */
const SUBJECT_LEFT = new Set(['resigned', 'resigns', 'resign', 'quit', 'quits', 'stepped', 'steps', 'step']);
/**
 * "X, who remains chairman of the party", "X, who is also foreign minister": the subject holds the office named
 * right after the verb (a title opening the complement, not one further on: "remains loyal to the president").
 */
const SUBJECT_KEEPS = new Set(['remains', 'remained', 'remain']);
/** "is also", "was also": a second office of the subject, named right after. */
const ALSO_AFTER = new Set(['is', 'was']);
// "made": only with a title right after the person ("made X provisional president of Haiti"), like the others
/** Verbs that keep someone in an office: only with "as" after the person ("kept X as finance minister"). */
const KEPT_AS = new Set(['kept', 'keep', 'keeps', 'keeping', 'retained', 'retain', 'retains', 'confirmed', 'reappointed', 're-appointed',
  // "Quantis hired Lena Vogt as chief financial officer": hiring gives an office only when "as" names it
  'hired', 'hires', 'hire', 'recruited', 'recruits', 'recruit', 'promoted', 'promotes', 'promote']);
/** "removed Denny Kalyalya as governor of the Bank of Zambia": the person held the office until then (a former role). */
const REMOVED_AS = new Set(['removed', 'dismissed', 'sacked', 'fired', 'ousted', 'replaced', 'succeeded', 'suspended']);
const APPOINTED = new Set(['appointed', 'named', 'nominated', 'elected', 're-elected', 'reelected', 'picked', 'tapped', 'chose', 'chosen', 'designated', 'installed', 'sworn', 'made', ...SUBJECT_HOLDS, ...KEPT_AS]);

/** Words that state a role: a sentence without one (or a person's name) gives no role. */
export const ROLE_VERB_WORDS: readonly string[] = [...ROLE_VERBS.keys(), ...CONTROL_PASSIVES, ...APPOINTED, ...REMOVED_AS, ...SUBJECT_LEFT, ...SUBJECT_KEEPS, 'also'];

/**
 * `named`: the sentence's units that carry an entity, when the caller has them (only persons can hold a
 * titled role); `roleVerbs`: false when the caller knows the sentence has no role verb.
 */
export function extractRoles(ctx: Ctx, emit: Emit, named: readonly Unit[] = ctx.units, roleVerbs = true): void {
  const u = ctx.units;
  for (let k = 0; roleVerbs && k < u.length; k++) {
    const control = !u[k]!.entity && CONTROL_PASSIVES.has(u[k]!.lower) && u[k + 1]?.lower === 'by';
    const role = !u[k]!.entity ? ROLE_VERBS.get(u[k]!.lower) ?? (control ? 'controller' : undefined) : undefined;
    if (!role) continue;
    // "The RSF, led by Mohamed Hamdan Dagalo," / "a group headed by X": the passive names the holder after "by".
    // ("Lumora was founded in 2016 by Katrien De Smet": a year between the verb and "by", an auxiliary before it)
    const dated = /^(?:in|on)$/.test(u[k + 1]?.lower ?? '') && /^\d{4}$/.test(u[k + 2]?.text ?? '') ? 2 : 0;
    if (u[k + 1 + dated]?.lower === 'by' && /(?:ed|led|run)$/.test(u[k]!.lower)) {
      const k2 = k + dated;
      let by = keepTypes(ctx, readPhrase(ctx, k2 + 2).arg, PERSON);
      // ("controlled by President Suharto's son Hutomo": the kin named after the possessor)
      for (let p = k2 + 2; by && p < u.length && p <= k2 + 8 && !isComma(u[p]); p++) {
        if (isPossessive(u[p]!.lower) && KIN_NOUNS.test(u[p + 1]?.lower ?? '') && isEntity(u[p + 2]) && u[p + 2]!.type === 'person') { by = { ids: [u[p + 2]!.entity!], via: 'direct', from: [] }; break; }
      }
      // "run by former Goldman Sachs banker Gerry Cardinale": the person after a description
      if (!by) {
        for (let p = k2 + 2; p < u.length && p <= k2 + 8 && !isComma(u[p]) && !isBreaker(u[p]!.lower); p++) {
          if (isEntity(u[p]) && u[p]!.type === 'person') { by = { ids: [u[p]!.entity!], via: 'direct', from: [] }; break; }
        }
      }
      let end = isComma(u[k - 1]) ? k - 2 : k - 1;
      while (end > 0 && isAux(u[end]!.lower) && !isComma(u[k - 1])) end--;
      const left = end >= 0 ? readPhraseLeft(ctx, end) : undefined;
      let led = left ? keepTypes(ctx, left.arg, BODY_TYPES) : undefined;
      // ("X, a unit of the conglomerate controlled by Y": a description inside an "of" phrase is another body than the
      // one named before it)
      if (led?.via === 'anaphor' && left && u[left.start - 1]?.lower === 'of') led = undefined;
      // "RedBird Capital Partners, a New York-based investment firm run by X": the name the apposition describes
      if (!led && left && !left.arg) {
        let c = left.start - 1;
        // back over the rest of the description: "a", the first words of a "New York-based"
        while (c > 0 && left.start - c <= 3 && !isComma(u[c]) && (/^(?:a|an|the)$/.test(u[c]!.lower) || (!!u[c]!.entity && u[c + 1]?.entity === u[c]!.entity))) c--;
        if (isComma(u[c]) && isEntity(u[c - 1]) && BODY_TYPES.has(u[c - 1]!.type!)) led = { ids: [u[c - 1]!.entity!], via: 'direct', from: [] };
      }
      // "The M&S board, led by chairman Paul Myners": a company's board or management is the company
      if (!led && end >= 1 && /^(?:board|management|leadership)$/.test(u[end]!.lower) && isEntity(u[end - 1]) && BODY_TYPES.has(u[end - 1]!.type!)) {
        led = { ids: [u[end - 1]!.entity!], via: 'modifier', from: [] };
      }
      if (by && led && by.ids.length === 1) {
        for (const id of led.ids) {
          if (id === by.ids[0]) continue;
          emit({
            source: by.ids[0]!, target: id, kind: control ? 'affiliation' : 'role', predicate: control ? 'controls' : `${role} of`, cameo: null,
            confidence: clamp(0.8 - VIA_PENALTY[by.via] - VIA_PENALTY[led.via]), sentences: [ctx.s, ...by.from, ...led.from], rule: control ? 'affiliation-controlled-by' : 'role-verb-passive',
          });
        }
      }
      continue;
    }
    let holder = keepTypes(ctx, verbSubject(ctx, k), PERSON);
    // "Robert Frowick, the U.S. diplomat heading the OSCE mission,": the person an apposition describes
    // ("Lena Varga, an opposition MP who leads the Green Alliance,": the person the relative's noun describes)
    const relative = isRelative(u[k - 1]?.lower ?? '') && !isComma(u[k - 2]);
    let described = false;
    if (!holder && (/ing$/.test(u[k]!.lower) || relative)) {
      let c = relative ? k - 2 : k - 1;
      while (c > 1 && k - c <= 6 && !isComma(u[c]) && !isBreaker(u[c]!.lower)) c--;
      if (isComma(u[c]) && /^(?:a|an|the)$/.test(u[c + 1]?.lower ?? '') && isEntity(u[c - 1]) && u[c - 1]!.type === 'person') holder = { ids: [u[c - 1]!.entity!], via: 'direct', from: [] };
      described = !!holder && relative;
    }
    // (through a described person, a body only: "the Swiss diplomat who heads the OSCE Chechnya mission" heads no Chechnya)
    const body = keepTypes(ctx, readPhrase(ctx, k + 1, u.length, { organAsState: false }).arg, described ? ORGANIZATION_TYPES : BODY_TYPES);
    if (!holder || !body || holder.ids.length !== 1) continue;
    for (const id of body.ids) {
      if (id === holder.ids[0]) continue;
      emit({
        source: holder.ids[0]!, target: id, kind: 'role', predicate: `${role} of`, cameo: null,
        confidence: clamp(0.8 - VIA_PENALTY[holder.via] - VIA_PENALTY[body.via]), sentences: [ctx.s, ...holder.from, ...body.from], rule: 'role-verb',
      });
    }
  }
  // `written`: the sentence writes the body as a phrase ("president of the union's District 751") that named
  // nothing; the article's context is then no stand-in for it
  const report = (person: Unit & { entity: string }, found: Title, body: Arg | undefined, rule: string, personFrom: number[] = [], written = false) => {
    const title = found.words.length === 1 && found.words[0] === 'counterpart' ? counterpartTitle(u, found) : found;
    let kept = keepTypes(ctx, body, BODY_TYPES);
    // "Yeltsin's spokesman Sergei Yastrzhembsky", "Dore Gold, an adviser to Netanyahu": a person's own staff
    if (!kept && PERSONAL_STAFF.has(titleHead(title))) {
      kept = keepTypes(ctx, body, PERSON);
      if (kept?.ids.includes(person.entity)) kept = undefined;
    }
    let context = false;
    if (!kept && !body && !written) {
      kept = contextBody(ctx, title, rule);
      context = !!kept;
    }
    if (!kept) return;
    const words = title.words;
    for (const id of kept.ids) {
      if (id === person.entity) continue;
      emit({
        source: person.entity, target: id, kind: 'role', predicate: `${words.join(' ')} of`, cameo: null,
        confidence: clamp((context ? 0.6 : 0.9 - VIA_PENALTY[kept.via]) - (title.former ? 0.15 : 0)),
        sentences: [...new Set([ctx.s, ...kept.from, ...personFrom])], rule: context ? `${rule}-context` : rule,
        ...(context ? { basis: 'context' as const } : {}),
      });
    }
  };
  // "Scholz appointed Boris Pistorius as defence minister", "X was elected president of Y", "named X its chief executive"
  for (let k = 0; roleVerbs && k < u.length; k++) {
    const left = SUBJECT_LEFT.has(u[k]!.lower);
    const removed = REMOVED_AS.has(u[k]!.lower) || left;
    const also = ALSO_AFTER.has(u[k]!.lower) && u[k + 1]?.lower === 'also';
    // (the office must open the complement: "who remains chairman of X", "who is also foreign minister")
    const adjacent = also || SUBJECT_KEEPS.has(u[k]!.lower);
    if (u[k]!.entity || !(APPOINTED.has(u[k]!.lower) || removed || adjacent)) continue;
    let person: Unit | undefined;
    let personFrom: number[] = [];
    let t0 = also ? k + 2 : k + 1;
    // "he became chief executive", "she served as ambassador": the subject holds the office
    const holds = SUBJECT_HOLDS.has(u[k]!.lower) || left || adjacent;
    // "appointed finance director Georges Elhedery as ...": a present title may come before the name.
    let q = k + 1;
    while (q < k + 5 && titleWord(u[q])) q++;
    if (!holds && isEntity(u[q]) && u[q]!.type === 'person') { person = u[q]; t0 = q + 1; }
    else {
      let b = k - 1;
      while (b >= 0 && (isAux(u[b]!.lower) || isAdverb(u[b]))) b--;
      // "Alicia Barcena, who currently serves as ..., was picked as": the subject before a relative clause
      if (b < k - 1 && isComma(u[b])) {
        for (let c = b - 1; c >= 1 && b - c <= 20; c--) {
          if (isComma(u[c]) && isRelative(u[c + 1]?.lower ?? '') && isEntity(u[c - 1]) && u[c - 1]!.type === 'person') { b = c - 1; break; }
          if (isBreaker(u[c]!.lower) && !isRelative(u[c]!.lower)) break;
        }
      }
      // "X, who serves as ambassador": the relative pronoun stands for the person before it
      if (holds && u[b] && isRelative(u[b]!.lower) && isComma(u[b - 1]) && isEntity(u[b - 2]) && u[b - 2]!.type === 'person') b -= 2;
      if ((holds || b < k - 1) && isEntity(u[b]) && u[b]!.type === 'person') person = u[b];
      // "She was appointed finance minister", "He became chief executive": the pronoun's antecedent
      else if ((holds || b < k - 1) && u[b] && (u[b]!.lower === 'he' || u[b]!.lower === 'she')) {
        const a = resolvePronoun(ctx, b);
        const id = a?.ids.length === 1 ? a.ids[0]! : undefined;
        if (id && ctx.entities.get(id)?.type === 'person') { person = { ...u[b]!, entity: id, type: 'person' }; personFrom = a!.from; }
      }
      if (u[k]!.lower === 'sworn' && u[t0]?.lower === 'in') t0++;
      if (left && u[t0]?.lower === 'down') t0++;
    }
    if (!person || !isEntity(person)) continue;
    // "appointed Harini Amarasuriya, a university lecturer, as prime minister": the apposition is passed over.
    if (isComma(u[t0])) {
      // ("named X, a former foreign minister and her rival for the party's nomination, as ...": up to 24 words)
      let c = t0 + 1;
      while (c < t0 + 24 && c < u.length && !isComma(u[c]) && !/^[.;:!?]$/.test(u[c]!.text)) c++;
      if (isComma(u[c]) && u[c + 1]?.lower === 'as') t0 = c + 1;
    }
    if ((KEPT_AS.has(u[k]!.lower) || removed) && u[t0]?.lower !== 'as') continue;
    if (u[t0]?.lower === 'as') t0++;
    else if (u[t0]?.lower === 'to' && u[t0 + 1]?.lower === 'be') t0 += 2;
    for (let h = t0; h < u.length && h <= t0 + 6; h++) {
      if (isComma(u[h]) || isBreaker(u[h]!.lower)) break;
      const found = titleEndingAt(u, h);
      if (!found || found.start < t0) continue;
      if (adjacent && found.start > t0 + (/^(?:the|a|an)$/.test(u[t0]!.lower) ? 1 : 0)) break;
      const t = removed ? { ...found, former: true } : found;
      // "chief executive", "chief financial officer": the title goes on to its last word.
      if (titleWord(u[h + 1]) && (titleEndingAt(u, h + 1) || (titleWord(u[h + 2]) && titleEndingAt(u, h + 2)))) continue;
      // the title may be followed by its "of" body ("president of the club")
      // (a body written there that names nothing known leaves no body to take from the story)
      if (u[h + 1]?.lower === 'of' && !OF_WORDS.has(u[h + 2]?.lower ?? '')) report(person, t, readPhrase(ctx, h + 2, u.length, { organAsState: false }).arg, 'role-appointed', personFrom, true);
      // ("Nordbank appointed Tom Berg as chief executive", "Quantis hired X as CFO": an office in the body that gives it)
      else report(person, t, bodyBefore(ctx, t.start, false) ?? appointerCountry(ctx, k, person) ?? (holds || removed ? undefined : appointingBody(ctx, k, person)), 'role-appointed', personFrom);
      break;
    }
  }
  for (const person of named) {
    const k = person.i;
    if (!isEntity(person) || person.type !== 'person') continue;
    // Premodifier: "Ukrainian Foreign Minister Dmytro Kuleba", "North Korea's ambassador Sin Hong-chol".
    // ("Foreign Minister Sheikh Ahmed", "Home Secretary Sir John Smith": a style between the title and the name)
    const styled = k > 1 && STYLE_WORDS.test(u[k - 1]!.lower) && !u[k - 1]!.entity && /^\p{Lu}/u.test(u[k - 1]!.text);
    const pre = titleEndingAt(u, styled ? k - 2 : k - 1);
    if (pre) {
      // "former Chechen leader X": a tense word before the body still makes the role a former one.
      const lead = u[pre.start - 2];
      const former = pre.former || (!!lead && TENSE.has(lead.lower));
      const title = former && !pre.former ? { ...pre, words: [lead!.lower, ...pre.words], former } : pre;
      // "The opposition Patriotic Front, whose leader Makebi Zulu called": the body the relative clause hangs on
      const owner = whoseOwner(u, pre.start);
      if (owner) report(person, title, { ids: [owner.entity!], via: 'direct', from: [] }, 'role-whose');
      else report(person, title, bodyBefore(ctx, pre.start, false) ?? bodyOfAfter(ctx, k, title), 'role-premodifier');
    }
    // Apposition before: "the country's foreign minister, Choe Sun Hui" / "the head of the IAEA, Rafael Grossi".
    // ("Myanmar's military ruler, Senior General Min Aung Hlaing": a rank may come between the comma and the name)
    // ("The club's co-owner, British billionaire Jim Ratcliffe": a nationality and a person noun likewise)
    let ranked = k;
    // ("said the chairman, Sir Malcolm Eyre,": an honorific likewise)
    while (ranked > 1 && k - ranked < 3 && ((titleWord(u[ranked - 1]) && /^\p{Lu}/u.test(u[ranked - 1]!.text))
      || (PERSON_NOUNS.has(u[ranked - 1]!.lower) && !u[ranked - 1]!.entity) || (u[ranked - 1]!.metonymy === 'demonym' && ranked < k)
      || (STYLE_WORDS.test(u[ranked - 1]!.lower) && !u[ranked - 1]!.entity)
      || (TENSE.has(u[ranked - 1]!.lower) && ranked < k && titleWord(u[ranked])))) ranked--;
    // ("the Caribbean Community, whose chairman, Antigua and Barbuda's Prime Minister Gaston Browne,": the name's own
    // title with its country, between the comma and the name)
    if (ranked < k && isPossessive(u[ranked - 1]?.lower ?? '') && isEntity(u[ranked - 2]) && PLACE_TYPES.has(u[ranked - 2]!.type!) && isComma(u[ranked - 3])) ranked -= 2;
    if (ranked < k && !isComma(u[ranked - 1])) ranked = k;
    if (isComma(u[ranked - 1])) {
      const k = ranked;
      const t = titleEndingAt(u, k - 2);
      // "Washington's ambassador in Manila, MaryKay Carlson": an envoy's post between title and name
      const posted = !t && isEntity(u[k - 2]) && PLACE_TYPES.has(u[k - 2]!.type!) && /^(?:in|to)$/.test(u[k - 3]?.lower ?? '') ? titleEndingAt(u, k - 4) : undefined;
      const postedBody = posted && bodyBefore(ctx, posted.start, true);
      if (t) report(person, t, bodyBefore(ctx, t.start, true), 'role-apposition-before');
      // (an envoy's post, or any title whose body is named before it: "A Hamas spokesman in Gaza, Sami Abu Zuhri,")
      else if (posted && (ENVOY_HEADS.has(titleHead(posted)) || postedBody)) report(person, posted, postedBody, 'role-apposition-before');
      else if (portfolioTitle(u, k - 1)) {
        // "Italy's director general for the Americas, Luigi Rossi": the "for" phrase is the portfolio.
        const p = portfolioTitle(u, k - 1)!;
        report(person, p, bodyBefore(ctx, p.start, true), 'role-apposition-before');
      } else {
        let of = k - 2;
        while (of >= 0 && k - of < 8 && u[of]!.lower !== 'of' && !isComma(u[of]) && !isBreaker(u[of]!.lower)) of--;
        const head = u[of]?.lower === 'of' ? titleEndingAt(u, of - 1) : undefined;
        if (head) {
          const body = readPhrase(ctx, of + 1, k - 1, { organAsState: false });
          // ("Westmere's former head of wealth management, Graham Pettit,": a lower-case portfolio after "of" names
          // no body; the possessor before the title does)
          const portfolio = !keepTypes(ctx, body.arg, BODY_TYPES) && u.slice(of + 1, k - 1).every((y) => !y.entity && /^[a-z]/.test(y.text));
          if (portfolio) report(person, head, bodyBefore(ctx, head.start, true), 'role-apposition-before-of');
          else if (body.end === k - 1) report(person, head, body.arg, 'role-apposition-before-of');
        }
      }
    }
    // Apposition after: "Denis Pushilin, the head of the Donetsk separatists," / "X, the separatists' Moscow envoy,".
    // "Moussa Faki of Chad, the chairperson of ...": the apposition follows the person's origin.
    const at = originThenComma(u, k) ? k + 2 : k;
    // (not a coordinated next person: "X, and the fund's former manager, Y,")
    if (isComma(u[at + 1]) && !isConj(u[at + 2]?.lower ?? '')) {
      const k = at;
      let end = k + 2;
      let titled = false;
      while (end < u.length && end < k + 14 && !isComma(u[end]) && !(isPunct(u[end]) && !isPossessive(u[end]!.lower)) && !isBreaker(u[end]!.lower)) {
        if (!titled && !u[end]!.entity && (HEADS.has(u[end]!.lower) || OF_WORDS.has(u[end]!.lower))) titled = true;
        end++;
      }
      // No title word between the commas: no role to read ("X, Surrey, ...").
      if (!titled) continue;
      const closes = end >= u.length || isComma(u[end]) || isPunct(u[end]) || isRelative(u[end]!.lower);
      if (!closes) continue;
      // An apposition is a noun phrase, not a clause: ", she was queen of England" is not one.
      if (u.slice(k + 2, end).some((y) => !y.entity && (isAux(y.lower) || isModal(y.lower) || isSingularPronoun(y.lower) || isPluralPronoun(y.lower)))) continue;
      // (nor is a verb phrase after a fronted aside: "Ms Rice, on her first trip since replacing X, held talks with the
      // Israeli prime minister, Y")
      if (!u[k + 2]!.entity && /^[a-z]/.test(u[k + 2]!.text) && isContent(u[k + 2]) && !titleWord(u[k + 2]) && (/ed$/.test(u[k + 2]!.lower) || isLightVerb(u[k + 2]!.lower))) continue;
      for (let h = k + 2; h < end; h++) {
        const t = titleEndingAt(u, h);
        if (!t || t.start < k + 2) continue;
        const prep = u[h + 1]?.lower;
        // ("Dore Gold, an adviser to Benjamin Netanyahu,": staff "to" the one they serve)
        const staffTo = prep === 'to' && PERSONAL_STAFF.has(u[h]!.lower);
        if ((prep === 'of' && !(OF_WORDS.has(u[h + 2]?.lower ?? '') && h + 3 === end)) || prep === 'at' || prep === 'for' || prep === 'with' || staffTo) {
          // "X, an analyst at Nomura Securities in Tokyo,": the body ends with its names.
          const phrase = readPhrase(ctx, h + 2, end, { organAsState: false });
          // ("the chairman of the London organising committee": a place naming an unnamed body is not the body)
          const bodyNoun = (x: Unit) => !x.entity && (BODY_NOUNS.has(x.lower) || isOrganizationDescriptor(x.lower));
          const placeOfBody = !!phrase.arg && phrase.arg.ids.every((id) => PLACE_TYPES.has(ctx.entities.get(id)?.type ?? 'other'))
            && u.slice(phrase.end, end).some(bodyNoun);
          // ("Shigeru Omi, the agency's regional director for the Western Pacific,": a portfolio after "for" that is no
          // body leaves the possessor before the title as the body; "Nick Clegg, the company's president of global
          // affairs,": so does one after "of" that names nothing)
          const portfolio = (prep === 'for' && !keepTypes(ctx, phrase.arg, BODY_TYPES)) || (prep === 'of' && !phrase.arg) ? bodyBefore(ctx, t.start, true) : undefined;
          if (portfolio) report(person, t, portfolio, 'role-apposition-after');
          else report(person, t, placeOfBody ? undefined : phrase.arg, prep === 'of' ? 'role-apposition-of' : 'role-apposition-prep', [], phrase.units.length > 0);
          break;
        }
        // "X, Russia's ambassador to the UN,": the "to" phrase is where the role is exercised.
        if (h === end - 1 || u[h + 1]?.lower === 'to') {
          report(person, t, bodyBefore(ctx, t.start, true), 'role-apposition-after');
          break;
        }
      }
    }
  }
}
