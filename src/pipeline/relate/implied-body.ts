// The body of a title that names none: "President Emmanuel Macron" in a story datelined PARIS, "Chief Executive X
// said the company ..." in a story about one company, "Judge X" in a story about one court. Read from the sentence
// first (a scene it opens in, the country a speaker talks of, the capital a visitor meets the holder in), then the
// sentence before, then the article's context (context.ts); never where the sentence names a rival country.
import type { Unit } from './units.ts';
import type { Arg, Ctx } from './phrases.ts';
import type { ArticleContext } from './context.ts';
import { CHANCELLOR_STATES, MONARCHIES, NO_PRIME_MINISTER } from './data/titles.ts';
import { countryOfCapital } from '../gazetteer/index.ts';
import { namesModifiedNoun } from './context.ts';
import { namedBodyFor, opensPredicate, soleOfficeCountry } from './phrases.ts';
import { countryCode, marksOrganizationNoun, isActorNoun, isAdverb, isAux, isComma, isConj, isEntity, isModal, isOrganizationDescriptor, isPossessive, isPunct, isRelative, isReportingVerb, PLACE_TYPES } from './classes.ts';
import { BODY_NOUNS, ENVOY_HEADS, NATIONAL, ORGANISATION_OFFICES, TENSE, titleEndingAt, titleHead, titleWord, type Title } from './title-phrase.ts';

/** Offices only a company or a similar body has: without a body named, the story's organisation. */
const CORPORATE = new Set(['chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'chief financial officer', 'chief operating officer', 'chairman', 'chairwoman', 'founder', 'co-founder']);
/** Titles of a member of a body whose name has the given head noun ("commissioner" of a Commission). */
const MEMBER_BODIES = new Map<string, string>([
  ['commissioner', 'commission'], ['senator', 'senate'], ['councillor', 'council'], ['councilor', 'council'],
  ['councilman', 'council'], ['councilwoman', 'council'], ['judge', 'court'], ['justice', 'court'],
  ['congressman', 'congress'], ['congresswoman', 'congress'], ['assemblyman', 'assembly'], ['assemblywoman', 'assembly'],
]);

/** Is country `id` the one the article names most (no other as often)? */
function namedMost(ctx: Ctx, id: string): boolean {
  const count = (x: string) => ctx.entities.get(x)?.mentions.length ?? 0;
  const own = count(id);
  for (const [other, e] of ctx.entities) if (other !== id && e.type === 'country' && count(other) >= own) return false;
  return true;
}

/**
 * The article's country as the body of a national title that names none ("President Emmanuel Macron" in a
 * story datelined PARIS). Not when the sentence names another country: the title may well be that one's.
 */
export function contextBody(ctx: Ctx, title: Title, rule: string): Arg | undefined {
  // "commission chairman Han Ki-jeong" in a story about the Korea Fair Trade Commission: the body word before the title
  // names the article's one organisation ending in it
  {
    // (the body word may have been read into the title: "commission chairman")
    const w = ctx.units[title.start - 1];
    const named = (w && !w.entity && /^[a-z]/.test(w.text) ? namedBodyFor(ctx, w.lower, []) : undefined)
      ?? (title.words.length > 1 ? namedBodyFor(ctx, title.words[0]!, []) : undefined);
    if (named) return { ids: [named], via: 'fallback', from: [] };
  }
  // ("junta leader General X", "Junta spokesman X": an office of the ruling junta is of the one state the article
  // says a junta or its generals rule, and of none when it says that of two or none)
  if ([...title.words, ctx.units[title.start - 1]?.lower].includes('junta')) {
    const ruled = juntaCountry(ctx);
    return ruled ? { ids: [ruled.country], via: 'fallback', from: ruled.s === ctx.s ? [] : [ruled.s] } : undefined;
  }
  const headWord = titleHead(title);
  // ("ordered France's ambassador to leave ... Ambassador Joel Meyer was summoned": a bare envoy's title is that of
  // the one country whose envoy of that kind the article described before)
  if (headWord === 'ambassador' || headWord === 'envoy') {
    const described = describedEnvoyCountry(ctx, headWord, title.start);
    if (described) return described;
  }
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
    // ("The European Commission blocked the deal ... Chief Executive X said": a company's office is no state body's or
    // court's, whose names say what they are)
    const o = ctx.discourse.salientOrganization({ s: ctx.s, i: title.start }, (id) => !marksOrganizationNoun('ministry', ctx.entities.get(id)?.name ?? ''));
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
  // ("Chief Justice X": the head of a state's judiciary, of its highest court when the article names that court, and of
  // the state otherwise; a lower court the article names is no chief justice's)
  const chiefJustice = /^chief justice$/.test(title.words.filter((w) => !TENSE.has(w)).join(' '));
  if (chiefJustice) {
    const highest = [...ctx.entities].filter(([, e]) => e.type === 'organization' && /\b(?:supreme|constitutional)\b/i.test(e.name) && /\bcourt\b/i.test(e.name));
    if (highest.length === 1) return { ids: [highest[0]![0]], via: 'fallback', from: [] };
  }
  // ("Opposition leader X said", "the head of state, X,": offices of a state's politics that name no body of their own)
  const stateLeader = /^(?:opposition leader|head of state|head of government)$/.test(title.words.filter((w) => !TENSE.has(w)).join(' '));
  const bodyWord = chiefJustice ? undefined : MEMBER_BODIES.get(headWord);
  if (bodyWord) {
    const named = new Set<string>();
    for (const [id, e] of ctx.entities) {
      if (e.type === 'organization' && e.name.toLowerCase().split(/[\s-]+/).includes(bodyWord)) named.add(id);
    }
    if (named.size === 1) return { ids: [...named], via: 'fallback', from: [] };
  }
  // ("China's foreign ministry criticised the move. Spokesman X accused ...": a spokesperson opening the sentence
  // speaks for the state whose ministry or government the sentence before opened with as its subject)
  if (ORGANISATION_OFFICES.has(headWord)) {
    const voiced = ministryOpeningBefore(ctx, title);
    if (voiced) return voiced;
  }
  const spoken = spokenFor(ctx, title);
  // (the sentence places the title's holder where two countries compete: no guess)
  if (spoken === null) return undefined;
  // ("Chad declared X persona non grata. Government spokesman Y gave no details" in a story filed from Berlin: a
  // government's voice right after a sentence a country opens speaks for that country, whatever the dateline)
  const governmentVoice = ORGANISATION_OFFICES.has(headWord) && ctx.units[title.start - 1]?.lower === 'government';
  const c = openingCapital(ctx) ?? spoken ?? relativeOfOfficeHolder(ctx, title) ?? subjectOfSentenceBefore(ctx, governmentVoice) ?? ctx.context;
  if (!c || counterpartCountries(ctx).has(c.country)) return undefined;
  // ("The team of opposition leader X said" in a story filed from a third country: an opposition's leader is of the
  // country the story is about, the one it names most)
  if (stateLeader && !namedMost(ctx, c.country)) return undefined;
  // ("ISLAMABAD ... The government of President Rabbani accused Pakistan of arming the Taleban": one who accuses or
  // condemns the country after the title is not its own official)
  for (let k = title.end + 1; k < ctx.units.length; k++) {
    if (ctx.units[k]!.entity === c.country && aimedAt(ctx.units, k)) return undefined;
  }
  // ("TOKYO (Reuters) - ... after President Donald Trump approved the deal": a monarchy has no president)
  const code = countryCode(ctx.entities.get(c.country));
  if (headWord === 'president' && code && MONARCHY_CODES.has(code)) return undefined;
  // ("BONN ... Prime Minister Benjamin Netanyahu": Germany has no prime minister; only Germany, Austria and Britain
  // have a chancellor)
  if (code && title.words.includes('prime') && headWord === 'minister' && NO_PRIME_MINISTER_CODES.has(code)) return undefined;
  if (code && headWord === 'chancellor' && !CHANCELLOR_CODES.has(code)) return undefined;
  // ("army chief of staff X", "police chief X", "security chief X" in a national story: the head of a state's forces
  // or security service is a national office)
  // (a rank after the office: "army chief of staff General X" reads the title "General" alone)
  const preceding = ctx.units.slice(Math.max(0, title.start - 4), title.start).map((x) => x.lower);
  // ("the head of the central bank", "the governor of the central bank": the state's bank is a national office too)
  const forces = [...title.words, ...preceding].some((w) => /^(?:army|military|navy|police|security|intelligence|spy)$/.test(w)) && /^(?:chief|commander|head|general)$/.test(headWord)
    || (/ of central bank$/.test(title.words.join(' ')) && /^(?:head|chief|governor|president|chairman|chairwoman|director)$/.test(headWord))
    // (the voice of its armed forces too; a police spokesman is as often a province's or a city's)
    || ([...title.words, ...preceding].some((w) => /^(?:army|military|navy)$/.test(w)) && /^spokes(?:man|woman|person)$/.test(headWord))
    // ("X, the chief electoral commissioner, said": the head of a state's election body)
    || ([...title.words, ...preceding.slice(-2)].some((w) => /^(?:electoral|election)$/.test(w)) && /^(?:commissioner|chairman|chairwoman|chairperson|chair|chief|head|officer)$/.test(headWord));
  // ("government spokeswoman X said": the state's own spokesperson)
  // ("Foreign ministry spokeswoman X said": the voice of a ministry is the state's too; not a ministry of a region or a
  // party, which a name or a possessor before the title would say)
  const governmentOffice = ORGANISATION_OFFICES.has(headWord) && (preceding[preceding.length - 1] === 'government'
    || [...title.words, ...preceding.slice(-1)].some((w) => STATE_VOICE_WORDS.test(w)))
    // ("the national security adviser, X": the head of a state's security council staff)
    || (/^advis[eo]r$/.test(headWord) && /\bnational security$/.test([...preceding, ...title.words.slice(0, -1)].join(' ')));
  if (!NATIONAL.has(headWord) && !forces && !governmentOffice && !chiefJustice && !stateLeader && !/\b(?:attorney|solicitor|surgeon|auditor|prosecutor)[- ]general$/.test(title.words.join(' '))) return undefined;
  // "Union president X", "club president X", "the bank's president X": a noun before the title names the body
  // the office is in, one the recogniser did not take as a name; it is no office of the state
  const before = ctx.units[title.start - 1];
  if (before && !before.entity && !(governmentOffice && STATE_VOICE_WORDS.test(before.lower)) && (isOrganizationDescriptor(before.lower) || BODY_NOUNS.has(before.lower))) return undefined;
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
  // ('"This is the biggest deal ever struck between Japan and Australia," X told reporters, standing alongside Defence
  // Industry Minister Y': what a quotation before the title names is what its speaker talks of, no rival for the title)
  const quoted = quotedBefore(ctx.units, title.start);
  for (let k = 0; k < Math.min(reported, ctx.units.length); k++) {
    if (quoted.has(k)) continue;
    const x = ctx.units[k]!;
    // ("signed by Prime Minister X in the presence of Qatari Foreign Minister Y", DOHA: an official of the story's
    // country marked as such after the bare title says the bare one is another state's)
    if (x.entity === c.country && k > title.end && x.metonymy === 'demonym' && titleWord(ctx.units[k + 1])) return undefined;
    if (x.entity === c.country) break;
    // (a nationality word counts even when its country has no entity of its own yet: "Palestinian President X said";
    // after the title it only describes someone else: "Foreign Secretary Jack Straw held talks with his French counterpart")
    const describes = k > title.end && x.metonymy === 'demonym';
    // ("The attorney general, X, has been sanctioned by Washington": the agent of a passive after the title acts on its
    // holder from outside)
    const actsOn = k > title.end && ctx.units[k - 1]?.lower === 'by' && /ed$/.test(ctx.units[k - 2]?.lower ?? '');
    // ("when the Chinese ship approached, ..., Defense Minister X said": before the title, a nationality word of a thing
    // or of people who are no state's voice says whose the thing is, not whose the title is)
    const describesThing = k < title.start - 1 && x.metonymy === 'demonym' && !STATE_NOUNS.test(ctx.units[k + 1]?.lower ?? '');
    if (x.entity && (ctx.entities.get(x.entity)?.type === 'country' || x.metonymy === 'demonym') && !locative(k) && !describes && !actsOn && !describesThing) return undefined;
  }
  // ("Syria condemned Israel's settlement policy and said Prime Minister Benjamin Netanyahu was preparing for war":
  // the country named nearest before the title, when another, is as likely the title's; one an envoy is sent to is not)
  for (let k = title.start - 1; k >= 0; k--) {
    if (quoted.has(k)) continue;
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
/** The units inside a quotation closed before unit `end` (its marks included), read from the sentence's quote marks. */
function quotedBefore(u: readonly Unit[], end: number): Set<number> {
  const out = new Set<number>();
  let open = -1;
  for (let k = 0; k < end; k++) {
    const t = u[k]!.text;
    const opening = t === '“' || (t === '"' && open < 0);
    const closing = t === '”' || (t === '"' && open >= 0);
    if (opening && open < 0) open = k;
    else if (closing && open >= 0) {
      for (let q = open; q <= k; q++) out.add(q);
      open = -1;
    }
  }
  return out;
}

/** Nouns for a state's military rulers after the state's name or its possessive ("Myanmar's junta", "the Malian junta"). */
const JUNTA_NOUNS = /^(?:junta|generals|military)$/;

/**
 * The one country the article calls ruled by a junta: "Myanmar's junta", "the Malian junta", "Myanmar's military
 * government", "Myanmar's generals" (a country's "military" only before "government", "rulers" or "regime").
 */
function juntaCountry(ctx: Ctx): { country: string; s: number } | undefined {
  let found: { country: string; s: number } | undefined;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const us = ctx.sentences[s]!.units;
    for (let k = 0; k + 1 < us.length; k++) {
      const x = us[k]!;
      if (!isEntity(x) || x.partial || ctx.entities.get(x.entity!)?.type !== 'country') continue;
      const n = x.metonymy === 'demonym' ? k + 1 : isPossessive(us[k + 1]!.lower) ? k + 2 : -1;
      const noun = n > 0 ? us[n] : undefined;
      if (!noun || noun.entity || !JUNTA_NOUNS.test(noun.lower)) continue;
      if (noun.lower === 'military' && !/^(?:government|rulers|regime|junta)$/.test(us[n + 1]?.lower ?? '')) continue;
      if (found && found.country !== x.entity) return undefined;
      found ??= { country: x.entity!, s };
    }
  }
  return found;
}

/**
 * The country whose ministry or government opens the sentence before as its subject ("China's foreign ministry
 * criticised", "The Chinese foreign ministry said"), when the title opens this sentence with nothing of its own
 * before it ("Spokesman X", "A spokesman, X,").
 */
function ministryOpeningBefore(ctx: Ctx, title: Title): Arg | undefined {
  if (title.start > (/^(?:a|an|the)$/.test(ctx.units[0]?.lower ?? '') ? 1 : 0)) return undefined;
  const before = ctx.sentences[ctx.s - 1];
  if (!before || before.sentence.heading || before.sentence.boilerplate) return undefined;
  const us = before.units;
  let k = us[0]?.lower === 'the' ? 1 : 0;
  const x = us[k];
  if (!isEntity(x) || x.partial || ctx.entities.get(x.entity!)?.type !== 'country') return undefined;
  k += isPossessive(us[k + 1]?.lower ?? '') ? 2 : x.metonymy === 'demonym' ? 1 : us.length;
  // ("foreign ministry", "defence ministry", "the government": a portfolio word or two before the noun)
  let n = k;
  while (n < us.length && n < k + 2 && !us[n]!.entity && /^[a-z]/.test(us[n]!.text) && !/^(?:ministry|government)$/.test(us[n]!.lower)) n++;
  if (!/^(?:ministry|government)$/.test(us[n]?.lower ?? '')) return undefined;
  const verb = us[n + 1];
  if (!verb || verb.entity || !opensPredicate(verb)) return undefined;
  return { ids: [x.entity!], via: 'fallback', from: [ctx.s - 1] };
}
/** Words before a spokesperson's title that make them a state's voice ("foreign ministry spokesman", "junta spokesman"). */
const STATE_VOICE_WORDS = /^(?:ministry|presidency|presidential|cabinet)$/;
/** Nouns a nationality word makes a state's voice or agent ("the Chinese government", "Iranian officials", "Russian forces"). */
const STATE_NOUNS = /^(?:government|governments|officials?|authorities|ministry|ministries|ministers?|president|presidents|leaders?|leadership|delegation|delegations|counterparts?|diplomats?|envoys?|embassy|ambassadors?|side|state|regime|junta|administration|cabinet|foreign|defen[cs]e|prime|interior|finance|army|armies|military|militaries|forces|troops|navy|parliament|lawmakers|legislators|mps|police|spokes(?:man|woman|person)|officers?|commanders?|prosecutors?|courts?|judges?|people|citizens|nationals|king|queen|emir|crown)$/;
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
/**
 * The one country the article (up to unit `before` of this sentence) wrote an envoy of this kind for: "France's
 * ambassador", "the French ambassador", "the ambassador of France"; undefined when none or several.
 */
function describedEnvoyCountry(ctx: Ctx, head: string, before: number): Arg | undefined {
  const found = new Map<string, number>();
  const country = (x: Unit | undefined) => (x?.entity && !x.partial && ctx.entities.get(x.entity)?.type === 'country' ? x.entity : undefined);
  for (let s = 0; s <= ctx.s; s++) {
    const u = ctx.sentences[s]?.units ?? [];
    const end = s === ctx.s ? before : u.length;
    for (let k = 0; k < end; k++) {
      if (u[k]!.lower !== head || u[k]!.entity) continue;
      const owner = (isPossessive(u[k - 1]?.lower ?? '') ? country(u[k - 2]) : undefined)
        ?? (u[k - 1]?.metonymy === 'demonym' ? country(u[k - 1]) : undefined)
        ?? (u[k + 1]?.lower === 'of' ? country(u[k + 2]) : undefined);
      if (owner) found.set(owner, s);
    }
  }
  if (found.size !== 1) return undefined;
  const [[id, s]] = [...found];
  return { ids: [id!], via: 'anaphor', from: s === ctx.s ? [] : [s!] };
}

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
 * "Henry, who took office after the assassination of President X, said ...", "Glas, who served under former President
 * X, was taken to ...": a bare title in a relative clause on a person the article has given a national office is that
 * country's, when the office's country is one.
 */
function relativeOfOfficeHolder(ctx: Ctx, title: Title): ArticleContext | undefined {
  const u = ctx.units;
  for (let p = 0; p + 2 < title.start; p++) {
    const x = u[p]!;
    if (!isEntity(x) || x.type !== 'person' || !isComma(u[p + 1]) || !isRelative(u[p + 2]!.lower)) continue;
    // (the clause must still be open at the title: no comma closes it before)
    if (u.slice(p + 3, title.start).some((y) => isComma(y))) continue;
    const country = statedOfficeCountry(ctx, x.entity!);
    return country ? { country, from: 'subject-office' } : undefined;
  }
  return undefined;
}

/** The one country the article has stated (not guessed) the person holds or held an office of, before this sentence. */
export function statedOfficeCountry(ctx: Ctx, person: string): string | undefined {
  return soleOfficeCountry(ctx, person, (f) => f.basis !== 'context');
}

/**
 * "five Georgian officials, among them Interior Minister X", "Russian diplomats, including Deputy Foreign Minister X":
 * a title that opens a member named out of a group a nationality word marks serves that country. `start` is the
 * title's first unit.
 */
export function groupMemberCountry(ctx: Ctx, start: number): string | undefined {
  const u = ctx.units;
  let p = start - 1;
  if (u[p]?.lower === 'them' && u[p - 1]?.lower === 'among') p -= 2;
  else if (u[p]?.lower === 'including') p -= 1;
  else if (u[p]?.lower === 'as' && u[p - 1]?.lower === 'such') p -= 2;
  else return undefined;
  if (isComma(u[p])) p--;
  const noun = u[p];
  if (!noun || noun.entity || !isActorNoun(noun.lower) || !/s$/.test(noun.lower)) return undefined;
  const demonym = u[p - 1];
  if (!isEntity(demonym) || demonym.partial || demonym.metonymy !== 'demonym' || ctx.entities.get(demonym.entity)?.type !== 'country') return undefined;
  return demonym.entity;
}

/**
 * "India has suspended military aid to Nepal. The foreign secretary, Shyam Saran, said ...": a bare national title
 * right after a sentence whose subject is a country speaks for that country. Not in a story a dateline places: there
 * the dateline's country is the better guess for a bare title.
 */
function subjectOfSentenceBefore(ctx: Ctx, evenWithDateline = false): ArticleContext | undefined {
  if (ctx.context?.from === 'dateline' && !evenWithDateline) return undefined;
  const before = ctx.sentences[ctx.s - 1];
  if (!before || before.sentence.heading) return undefined;
  const us = before.units;
  const k = us[0]?.lower === 'the' ? 1 : 0;
  const x = us[k];
  if (!x?.entity || x.partial || ctx.entities.get(x.entity)?.type !== 'country') return undefined;
  // ("The Indian government said": a nationality word only with the state's own noun after it)
  if (x.metonymy === 'demonym' && !/^(?:government|authorities|ministry|cabinet)$/.test(us[k + 1]?.lower ?? '')) return undefined;
  // (after "the", a country whose name takes it and leads the clause: "The United States, Israel's ally, condemned",
  // "The Netherlands said"; not "the Ukraine war")
  const next = us[k + 1];
  if (x.metonymy !== 'demonym' && k === 1 && !(next && !next.entity && (isComma(next) || opensPredicate(next)))) return undefined;
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

const MONARCHY_CODES = new Set(MONARCHIES.codes);
/** Verbs of one actor against another, right before the country they are aimed at. */
const HOSTILE_VERBS = /^(?:accused|accuses|accusing|blamed|blames|blaming|condemned|condemns|condemning|criticised|criticized|criticises|criticizes|criticising|criticizing|attacked|attacks|attacking|threatened|threatens|threatening|warned|warns|sued|sues|suing)$/;
/** Nouns of one actor's act against another, before "of" and the one it is aimed at ("criticism of Nigeria"). */
const HOSTILE_NOUNS = /^(?:criticism|condemnation|condemnations|attack|attacks|invasion|sanctions|boycott|denunciation)$/;
/** Is the name at unit k the one a hostile verb or noun is aimed at ("accused Nigeria", "criticism of Nigeria's")? */
function aimedAt(u: readonly Unit[], k: number): boolean {
  return HOSTILE_VERBS.test(u[k - 1]?.lower ?? '') || (u[k - 1]?.lower === 'of' && HOSTILE_NOUNS.test(u[k - 2]?.lower ?? ''));
}
const NO_PRIME_MINISTER_CODES = new Set(NO_PRIME_MINISTER.codes);
const CHANCELLOR_CODES = new Set(CHANCELLOR_STATES.codes);
/** Words that may open a sentence before a bare title without naming a body ("The", "But", "Former"). */
const WORDS_BEFORE_TITLE = /^(?:the|a|an|but|and|as|when|while|then|now|new|our|his|her|its|their|meanwhile|earlier|later|however|yesterday|today)$/;
