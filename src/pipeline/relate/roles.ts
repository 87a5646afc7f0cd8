// Role relations: a person holds a title in a body ("foreign minister of"
// Ukraine). Three shapes cover most news prose:
//   premodifier  "Ukrainian Foreign Minister Dmytro Kuleba", "North Korea's ambassador Sin Hong-chol"
//   apposition   "Denis Pushilin, the head of the Donetsk separatists," / "X, the separatists' Moscow envoy,"
//   apposition   "the country's foreign minister, Choe Sun Hui" / "North Korea's ambassador, Sin Hong-chol"
import type { Unit } from './units.ts';
import type { Arg, Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { clamp } from './found.ts';
import { singularTitle } from './plural-titles.ts';
import { PERSON_NOUNS } from '../recognize/words.ts';
import { isPortfolioWord } from '../gazetteer/data/fields.ts';
import { clauseSubjectBody, keepTypes, namedBefore, namedBodyFor, possessorAt, previousTopicBody, readPhrase, readPhraseLeft, resolvePronoun, verbSubject, VIA_PENALTY } from './phrases.ts';
import { BODY_TYPES, isAdverb, isAux, isContent, isLightVerb, isBreaker, isComma, isConj, isEntity, isModal, isOrganizationDescriptor, isPluralPronoun, isSingularPronoun, isPossessive, isPunct, isRelative, ORGANIZATION_TYPES, PERSON_TYPES, PLACE_TYPES } from './classes.ts';
import { BODY_NOUNS, ENVOY_HEADS, HEADS, NATIONAL, OF_WORDS, ORGANISATION_OFFICES, TENSE, titleEndingAt, titleHead, titleWord, type Title } from './title-phrase.ts';
import { knownHolderCountry, knownServedCountry } from './known-holders.ts';
import { knownHeadOrganisation, knownHeadOrganisations, mostNamedHead } from './known-heads.ts';
import { contextBody, groupMemberCountry, statedOfficeCountry } from './implied-body.ts';
import { verbGroupModality } from './events.ts';
import { PLAYER_POSITION_WORDS } from './data/titles.ts';
import { groupingOfList } from './collectives.ts';

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
  // ("Lebanon's President Joseph Aoun has named X as prime minister-designate": the country's possessive likewise)
  if (q < p - 1 && isPossessive(u[q]?.lower ?? '')) q--;
  const country = u[q];
  if (q === p - 1 || !isEntity(country) || country.type !== 'country') return undefined;
  return { ids: [country.entity], via: 'modifier', from: [] };
}

/** Honorifics and styles before a name: "Sir", "Dame", "Lord", "Dr", "Sheikh" ("Prime Minister Sheikh Hasina"). */
const STYLE_WORDS = /^(?:sir|dame|lord|lady|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sheikh|shaikh)$/;
/** Military and police ranks written before a name ("Colonel", "Gen."), which may follow an office ("spokesman Colonel X"). */
const RANK_WORDS = /^(?:colonel|col\.|lieutenant|lt\.|major|maj\.|general|gen\.|brigadier|captain|capt\.|admiral|adm\.|commander|sergeant|sgt\.|marshal|lieutenant-colonel|lieutenant-general|major-general)$/;
/**
 * The words of a rank of several words or abbreviated without a period, as British and South Asian news writes them
 * ("Field Marshal", "Lt Col", "Capt", "Brig Gen", "Air Chief Marshal", "Senior General"): a rank word, and the words
 * that open a rank only before one ("Field", "Air", "Rear", "Vice", "Chief", "Senior").
 */
const RANK_PARTS = /^(?:lt|col|gen|maj|capt|brig|brig\.|cpl|cmdr|sgt|adm|corporal|brigadier-general|lieutenant-commander)$/;
const RANK_LEADS = /^(?:field|air|rear|vice|chief|senior|staff|warrant|lance|first)$/;
const isRankWord = (x: Unit | undefined) => !!x && !x.entity && /^\p{Lu}/u.test(x.text) && (RANK_WORDS.test(x.lower) || RANK_PARTS.test(x.lower));

/** Where the capitalised rank written right before unit k starts ("Field Marshal Asim Munir", "Lt Col X"); k when there is none. */
function rankStart(u: readonly Unit[], k: number): number {
  let p = k;
  while (p > 0 && k - p < 3 && isRankWord(u[p - 1])) p--;
  if (p < k && p > 0 && k - p < 3 && !u[p - 1]!.entity && /^\p{Lu}/u.test(u[p - 1]!.text) && RANK_LEADS.test(u[p - 1]!.lower)) p--;
  return p;
}

/** Offices held for a person rather than a body: the person is what the role is "of". */
const PERSONAL_STAFF = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'lawyer', 'attorney']);

/**
 * "Nordbank's board named Anna Weber to succeed Klaus Richter as chief executive": the body that appoints the successor
 * gives the office the one succeeded held; the appointing verb governs "<successor> to succeed".
 */
function successionBody(ctx: Ctx, verb: number, succeeded: Unit): Arg | undefined {
  const u = ctx.units;
  if (!/^(?:succeed|replace)$/.test(u[verb]!.lower) || u[verb - 1]?.lower !== 'to') return undefined;
  const successor = u[verb - 2];
  if (!isEntity(successor) || successor.type !== 'person') return undefined;
  let v = verb - 3;
  while (v >= 0 && titleWord(u[v])) v--;
  return APPOINTED.has(u[v]?.lower ?? '') ? appointingBody(ctx, v, successor) : undefined;
}

/** The organisation or country that is the subject of an appointing verb, not the appointee. */
function appointingBody(ctx: Ctx, verb: number, appointee: Unit): Arg | undefined {
  const body = keepTypes(ctx, verbSubject(ctx, verb), BODY_TYPES);
  return body && !body.ids.includes(appointee.entity!) ? body : undefined;
}

/** Heads' titles that a field may qualify after the body's name ("the U.N. human rights chief", "the EU aid commissioner"). */
const FIELD_HEADS = new Set(['chief', 'head', 'commissioner', 'envoy', 'czar', 'tsar', 'coordinator']);
/** Fields of an office not in the gazetteer's portfolio words ("human rights", "refugee", "foreign policy"). */
const FIELD_WORDS = new Set(['rights', 'refugee', 'refugees', 'aid', 'relief', 'humanitarian', 'policy', 'nuclear', 'atomic', 'development', 'peacekeeping', 'affairs', 'competition', 'antitrust']);

/** Words that qualify a title's tenure, not its office ("its new chief executive"). */
const INTERIM = new Set(['new', 'current', 'interim', 'permanent', 'longtime', 'long-time', 'veteran', 'newly-appointed', 'then']);
/**
 * Words describing the holder's politics or standing between a possessor and a title ("Chile's leftist President X",
 * "Hungary's nationalist prime minister", "the party's embattled leader"): the possessor still owns the office.
 */
const HOLDER_DESCRIPTORS = new Set(['leftist', 'left-wing', 'rightist', 'right-wing', 'far-right', 'far-left', 'conservative', 'liberal',
  'populist', 'nationalist', 'socialist', 'communist', 'centrist', 'centre-right', 'center-right', 'centre-left', 'center-left',
  'hardline', 'hard-line', 'reformist', 'moderate', 'embattled', 'outgoing', 'incoming', 'long-serving', 'powerful', 'influential',
  'ailing', 'popular', 'unpopular', 'military', 'elected', 'newly', 'democratically']);

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
  // ("Republican Senator JD Vance of Ohio", "Gov. X of Texas": a legislator's or governor's state)
  const state = type === 'region' && LEGISLATOR_HEADS.has(titleHead(title)) && u[k + 2]?.entity === ids[0];
  if (type !== 'organization' && !national && !state) return undefined;
  return phrase.arg;
}

/** Offices of a region's people in a legislature, or of its government: "of <region>" after the name is their region. */
const LEGISLATOR_HEADS = new Set(['senator', 'representative', 'congressman', 'congresswoman', 'governor']);

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
  while (t - 1 >= 0 && (INTERIM.has(u[t - 1]!.lower) || (HOLDER_DESCRIPTORS.has(u[t - 1]!.lower) && isPossessive(u[t - 2]?.lower ?? '')))) t--;
  // ("The United Nations human rights chief, X", "the EU's foreign policy chief": the field the office covers, written
  // in lower case between the body and a head's title, is passed over)
  if (FIELD_HEADS.has(u[t]?.lower ?? '')) {
    let f = t;
    while (f - 1 >= 0 && t - f < 3 && !u[f - 1]!.entity && /^[a-z]/.test(u[f - 1]!.text) && (FIELD_WORDS.has(u[f - 1]!.lower) || isPortfolioWord(u[f - 1]!.lower))) f--;
    if (f < t && (isEntity(u[f - 1]) || isPossessive(u[f - 1]?.lower ?? ''))) t = f;
  }
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
    // (opening the sentence, or in apposition to the name opening it: "Ana Ruiz, its chief executive, said")
    const opening = t - 1 === 0 || (t - 1 === 2 && isComma(u[1]) && isEntity(u[0]) && u[0]!.type === 'person');
    // ("Turkey named X as its ambassador, while Egypt nominated Y as its envoy": the subject of the clause the title is
    // in, opened by "while" or "but" after a comma, before the sentence's first subject)
    const topic = opening ? previousTopicBody(ctx) : nearerClauseSubject(ctx, t - 1) ?? clauseSubjectBody(ctx, t - 1);
    if (topic) return topic;
    // ("Eisai, which is based in Tokyo, said it was disappointed. Its chief executive, X,": the sentence before opens
    // with a name the recogniser did not take, a relative "which" after it; the body last named is no stand-in for it)
    // (an empty reading: nor is the story's context)
    if (opening && unnamedSubjectBefore(ctx)) return { ids: [], via: 'anaphor', from: [] };
    const at = { s: ctx.s, i: t - 1 };
    const c = ctx.discourse.lastCountry(at);
    const o = ctx.discourse.lastOrganization(at);
    const n = !c ? o : !o ? c : c.s > o.s || (c.s === o.s && c.i > o.i) ? c : o;
    return n && { ids: [n.value], via: 'anaphor', from: n.s === ctx.s ? [] : [n.s] };
  }
  // ("His vice-president, Dina Boluarte," after "President Pedro Castillo"; "his ambassador to Saudi Arabia, X": a
  // national office or an envoy of a person's is of the country the article gave the person an office of)
  if (b && !b.entity && (b.lower === 'his' || b.lower === 'her') && nationalTitleAt(u, t)) {
    const country = pronounHolderCountry(ctx, t - 1);
    if (country) return country;
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

/**
 * Does the sentence before open with a capitalised name that is no body's, then ", which" (a name the recogniser did
 * not take, or took for a place: "Kyowa, which is based in Osaka,")?
 */
function unnamedSubjectBefore(ctx: Ctx): boolean {
  const before = ctx.sentences[ctx.s - 1];
  if (!before || before.sentence.heading) return false;
  const [a, b, c] = before.units;
  const body = !!a?.entity && (a.type === 'organization' || a.type === 'group' || a.type === 'country');
  return !!a && !body && /^\p{Lu}/u.test(a.text) && isComma(b) && c?.lower === 'which';
}

/**
 * The body opening the clause that unit `before` is in, when a comma and "while", "whereas" or "but" open it and the
 * body is its subject, a verb right after it ("..., while Egypt nominated Y as its envoy").
 */
function nearerClauseSubject(ctx: Ctx, before: number): Arg | undefined {
  const u = ctx.units;
  for (let c = before - 1; c >= 2; c--) {
    if (!/^(?:while|whereas|but)$/.test(u[c]!.lower) || !isComma(u[c - 1])) continue;
    const k = u[c + 1]?.lower === 'the' ? c + 2 : c + 1;
    const x = u[k], verb = u[k + 1];
    if (!isEntity(x) || x.partial || x.metonymy || !(x.type === 'organization' || x.type === 'country' || x.type === 'group')) return undefined;
    if (!verb || verb.entity || !(/(?:ed|s)$/.test(verb.lower) || isAux(verb.lower) || isModal(verb.lower))) return undefined;
    return { ids: [x.entity!], via: 'anaphor', from: [] };
  }
  return undefined;
}

/** Does the title starting at unit t end in a national office or an envoy's ("vice-president", "ambassador")? */
function nationalTitleAt(u: readonly Unit[], t: number): boolean {
  for (let h = t; h < u.length && h < t + 4 && titleWord(u[h]); h++) {
    const head = u[h]!.lower.replace(/^vice-/, '');
    if (NATIONAL.has(head) || ENVOY_HEADS.has(head)) return true;
  }
  return false;
}

/**
 * The country of the person a possessive "his"/"her" at unit k refers to: the nearest person named before it (in
 * this sentence or the three before) whom the article gave a national office, when of exactly one country.
 */
function pronounHolderCountry(ctx: Ctx, k: number): Arg | undefined {
  for (let s = ctx.s, n = 0; s >= 0 && n < 4; s--, n++) {
    const units = ctx.sentences[s]?.units ?? [];
    for (let i = (s === ctx.s ? k : units.length) - 1; i >= 0; i--) {
      const x = units[i]!;
      if (!isEntity(x) || x.partial || x.type !== 'person') continue;
      const held = (ctx.earlier ?? []).filter((f) => f.kind === 'role' && f.source === x.entity && !f.negated && !f.hypothetical
        && ctx.entities.get(f.target)?.type === 'country');
      const countries = new Set(held.map((f) => f.target));
      // (a person without one is passed over: "nominated X, his ambassador to Saudi Arabia," is not X's own envoy)
      if (!countries.size) continue;
      // (cited where the office was stated, a sentence that names the country)
      // (an office read from the story's context, or from what is known of the holder, cites no sentence naming the
      // country: the role read through it is context too)
      const context = held.some((f) => f.basis === 'context' || f.basis === 'knowledge');
      return countries.size === 1 ? { ids: [...countries], via: 'anaphor', from: [...new Set(held.flatMap((f) => f.sentences))].filter((n) => n !== ctx.s), ...(context ? { context: true } : {}) } : undefined;
    }
  }
  return undefined;
}

/**
 * Seats of a state's presidency that news names for the state itself ("the Kremlin said"). Not the White House: a
 * "White House spokesman" or "press secretary" is the presidency's voice, kept apart from the state's departments
 * (measured on the fresh news, 01-349: the White House's two such offices were the White House's alone, the Kremlin's
 * spokesman six times of eight the state's too).
 */
const SEAT_COUNTRIES: Readonly<Record<string, string>> = { 'org:kremlin': 'country:RU' };

/** The article's entity of the country whose seat of power entity `id` is, if the article names that country. */
function seatCountry(ctx: Ctx, id: string): string | undefined {
  const code = SEAT_COUNTRIES[ctx.entities.get(id)?.gazetteerId ?? ''];
  if (!code) return undefined;
  for (const e of ctx.entities.values()) if (e.type === 'country' && e.gazetteerId === code) return e.id;
  return undefined;
}

/** "X, who heads the OSCE mission", "Y leads the party": verbs that state a role. */
const ROLE_VERBS = new Map<string, string>(Object.entries({
  heads: 'head', headed: 'head', head: 'head', heading: 'head', leads: 'leader', led: 'leader', lead: 'leader', leading: 'leader',
  chairs: 'chair', chaired: 'chair', runs: 'head', ran: 'head', run: 'head', founded: 'founder', founds: 'founder',
  // "Eyadema, who had ruled Togo for 38 years", "who governed Texas"
  rules: 'ruler', ruled: 'ruler', governs: 'governor', governed: 'governor',
}));
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
  // ("Russia's Sergei Lavrov": a country's possessive right before the name, possessive-holders.ts)
  const owner = units[k - 2];
  if (before && isPossessive(before.lower) && owner?.type === 'country') return true;
  return units[k + 1]?.text === ',' || originThenComma(units, k) || COPULA_AFTER.has(units[k + 1]?.lower ?? '') || COPULA_BEFORE.has(before?.lower ?? '');
}

/** "X was chairman of Y", "X has been chairman of Y", "X would be the next president of Mexico": a verb after the name
 * that may open a title the name is the subject of (grammar/roles.ts reads it from the parse). */
const COPULA_AFTER = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may']);
/** "The chairman of Y is X": the copula before the name whose title is the subject. */
const COPULA_BEFORE = new Set(['is', 'was']);

/**
 * People listed after "led by", each with "in" and a country after them ("Colonel A in Mali and Captain B in Burkina
 * Faso"), from unit k: the pairs, none unless every listed person has one.
 */
function leadersIn(ctx: Ctx, k: number): Array<[string, string]> {
  const u = ctx.units;
  const out: Array<[string, string]> = [];
  while (k < u.length) {
    while (k < u.length && !u[k]!.entity && titleWord(u[k])) k++;
    const person = u[k], place = u[k + 2];
    if (!isEntity(person) || person.type !== 'person' || u[k + 1]?.lower !== 'in') break;
    if (!isEntity(place) || place.metonymy || ctx.entities.get(place.entity!)?.type !== 'country') return [];
    out.push([person.entity!, place.entity!]);
    k += 3;
    if (isComma(u[k]) && u[k + 1]?.lower === 'and') k += 2;
    else if (isComma(u[k]) || u[k]?.lower === 'and') k++;
    else break;
  }
  return out;
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
// ("named X to succeed Manfred Knof as chief executive", "replacing Y as foreign minister": the one succeeded held it)
const REMOVED_AS = new Set(['removed', 'dismissed', 'sacked', 'fired', 'ousted', 'replaced', 'succeeded', 'suspended',
  'succeed', 'succeeds', 'succeeding', 'replace', 'replaces', 'replacing']);
/** Prepositions opening a phrase after a verb of office whose title is someone else's ("served under President X"). */
const OTHERS_PREPOSITION = /^(?:by|under|with|alongside|for|from|in|at|on|after|before|since|until|during|against|beside|behind|among)$/;
const APPOINTED = new Set(['appointed', 'named', 'nominated', 'elected', 're-elected', 'reelected', 'picked', 'tapped', 'chose', 'chosen', 'designated', 'installed', 'sworn', 'made', ...SUBJECT_HOLDS, ...KEPT_AS]);

/** Words that state a role: a sentence without one (or a person's name) gives no role. */
export const ROLE_VERB_WORDS: readonly string[] = [...ROLE_VERBS.keys(), ...CONTROL_PASSIVES, ...APPOINTED, ...REMOVED_AS, ...SUBJECT_LEFT, ...SUBJECT_KEEPS, 'also', 'chairmanship', 'presidency', 'chair', 'leadership'];

/**
 * The body of the one office the article has so far given a person (not a former one): "Boeing Chief Executive Dave
 * Calhoun will step down" leaves Boeing.
 */
function heldOffice(ctx: Ctx, person: string): Arg | undefined {
  const bodies = new Set<string>();
  for (const f of ctx.earlier ?? []) {
    if (f.kind === 'role' && f.source === person && !f.negated && !f.hypothetical && !/^former /.test(f.predicate)) bodies.add(f.target);
  }
  return bodies.size === 1 ? { ids: [...bodies], via: 'fallback', from: [] } : undefined;
}

/**
 * "X resigned as chief executive of Y", "X will step down", "X quit Y": the person leaves the organisation, an event CAMEO
 * has no class for (no code), with the modality of the verb group ("will step down" is a plan).
 */
function emitDeparture(ctx: Ctx, emit: Emit, person: Unit & { entity: string }, verb: number, body: Arg, personFrom: number[]): void {
  const target = body.ids[0]!;
  // (a company, a party, a federation: one leaves an office in a state, not the state, "resigned" says nothing more)
  if (target === person.entity || !ORGANIZATION_TYPES.has(ctx.entities.get(target)?.type ?? 'other')) return;
  const { negated, hypothetical } = verbGroupModality(ctx, verb);
  const w = ctx.units[verb]!.lower;
  emit({
    source: person.entity, target, kind: 'event', predicate: /^quit/.test(w) ? 'quit' : /^step/.test(w) ? 'stepped down from' : 'resigned from',
    cameo: null, confidence: clamp(0.75 - VIA_PENALTY[body.via]), sentences: [...new Set([ctx.s, ...body.from, ...personFrom])], rule: 'role-departure',
    ...(negated ? { negated } : {}), ...(hypothetical ? { hypothetical } : {}),
  });
}

/**
 * `named`: the sentence's units that carry an entity, when the caller has them (only persons can hold a
 * titled role); `roleVerbs`: false when the caller knows the sentence has no role verb.
 */
export function extractRoles(ctx: Ctx, emit: Emit, named: readonly Unit[] = ctx.units, roleVerbs = true): void {
  // (work left until every office of the sentence is read)
  const later: Array<() => void> = [];
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
      let by = keepTypes(ctx, readPhrase(ctx, k2 + 2).arg, PERSON_TYPES);
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
      // ("X, the joint list of A and B led by Y": the grouping is led, not its last member; collectives.ts)
      const grouping = left ? groupingOfList(u, left.start) : undefined;
      if (grouping !== undefined) led = grouping ? { ids: [grouping.entity], via: 'direct', from: [] } : undefined;
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
      // ("The three juntas, led by Colonel A in Mali and Captain B in Burkina Faso,": each leader with the country
      // written after them)
      // (only where what is led is states: "the three countries", "the juntas", not "The party, led by A in Spain")
      const ledStates = end >= 0 && (/^(?:countries|nations|states|juntas|regimes|governments)$/.test(u[end]!.lower)
        || (!!led && led.ids.every((id) => ctx.entities.get(id)?.type === 'country')));
      if (!control && role === 'leader' && ledStates) {
        const placed = leadersIn(ctx, k2 + 2);
        for (const [person, country] of placed) {
          emit({ source: person, target: country, kind: 'role', predicate: 'leader of', cameo: null, confidence: 0.75, sentences: [ctx.s], rule: 'role-led-by-in' });
        }
        if (placed.length) continue;
      }
      // ("its negotiating team, led by X,": a unit of a body, led by the person, makes them a member of the body)
      if (!control && by && by.ids.length === 1 && !led && left && !left.arg) {
        const owner = possessedUnit(ctx, left.start, end + 1);
        if (owner) emitUnitMember(ctx, emit, by.ids[0]!, owner, [...by.from]);
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
    // ("Malaysia currently chairs the Association of Southeast Asian Nations": a state holds a bloc's rotating chair)
    let holder = keepTypes(ctx, verbSubject(ctx, k), role === 'chair' ? CHAIR_HOLDER_TYPES : PERSON_TYPES);
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
    const stateHolder = !!holder && holder.ids.every((id) => ctx.entities.get(id)?.type === 'country');
    const body = keepTypes(ctx, readPhrase(ctx, k + 1, u.length, { organAsState: false }).arg, described || stateHolder ? ORGANIZATION_TYPES : BODY_TYPES);
    // ("X, who heads the agency's space operations directorate": the head of a unit of a body is a member of the body)
    if (!control && holder?.ids.length === 1 && !body) {
      let end = k + 1;
      while (end < u.length && end < k + 9 && !isComma(u[end]) && !isPunct(u[end]) && !isBreaker(u[end]!.lower)) end++;
      const owner = possessedUnit(ctx, k + 1, end);
      if (owner) emitUnitMember(ctx, emit, holder.ids[0]!, owner, holder.from);
    }
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
      kept = keepTypes(ctx, body, PERSON_TYPES);
      if (kept?.ids.includes(person.entity)) kept = undefined;
    }
    let context = false;
    let known = false;
    // ("Pacific Minister X", "Middle East envoy X": a sea, a continent or a region of the world before a national title
    // is the portfolio, no body; the office is read as a bare one)
    const portfolioPlace = !!body && body.via === 'modifier' && body.ids.every((id) => ctx.entities.get(id)?.type === 'location')
      && (NATIONAL.has(titleHead(title)) || ENVOY_HEADS.has(titleHead(title)));
    if (!kept && (!body || portfolioPlace) && !written) {
      // ("which handed President Nicolas Maduro a third term" in a sentence naming three other countries: the one the
      // article names that the holder is known to serve)
      const holder = ctx.entities.get(person.entity);
      // ("Secretary-General Antonio Guterres", "Chief Executive Mary Barra said": the one organisation the article
      // names that the holder is known to head, before any organisation or country of the story's context)
      const knownBody = holder && (knownHolderCountry(ctx.entities, holder, title) ?? knownHeadOrganisation(ctx.entities, holder, title));
      // ("two Israeli cabinet ministers, A and B ... B, the finance minister, said": the country of the office the
      // article gave the person before, not the dateline's)
      const chosen = knownBody || (NATIONAL.has(titleHead(title)) ? statedOfficeCountry(ctx, person.entity) ?? groupMemberCountry(ctx, title.start) : undefined);
      kept = chosen ? { ids: [chosen], via: 'fallback', from: [] } : contextBody(ctx, title, rule);
      // ("the army chief, General X" in a story from another capital: a country the context offers gives way to the
      // one named country the person is known to serve)
      const served = !chosen && kept?.ids.length === 1 && ctx.entities.get(kept.ids[0]!)?.type === 'country' && holder ? knownServedCountry(ctx.entities, holder) : undefined;
      if (served) kept = { ids: [served], via: 'fallback', from: [] };
      context = !!kept;
      known = !!(knownBody || served);
    } else if (kept?.via === 'anaphor' && kept.ids.length === 1) {
      // ("Ghosn also leads Renault ... naming Thierry Bollore, its chief executive": a possessive pronoun read as the
      // body named last yields to the one organisation the article names that the holder is known to head, when that
      // reading is none of the holder's)
      const heads = knownHeadOrganisations(ctx.entities, ctx.entities.get(person.entity)!, title);
      const org = mostNamedHead(heads);
      if (org && !heads.some((e) => e.id === kept!.ids[0])) {
        kept = { ids: [org], via: 'fallback', from: [] };
        context = known = true;
      }
    }
    if (!kept) return undefined;
    // ("Brazilian winger X", "the Dutch striker X": a country before a player's position is the player's nationality,
    // no club; the nationality reader ties them)
    if (PLAYER_POSITION_WORDS.has(titleHead(title)) && kept.ids.every((id) => ctx.entities.get(id)?.type === 'country')) return undefined;
    if (kept.context) context = true;
    const words = title.words;
    // ("Kremlin spokesman Dmitry Peskov", "a White House spokesman": the seat of a state's presidency speaks for the
    // state, when the article names it)
    const seats = kept.ids.map((id) => seatCountry(ctx, id)).filter((id): id is string => !!id && !kept!.ids.includes(id));
    for (const id of [...kept.ids, ...seats]) {
      if (id === person.entity) continue;
      // (the state behind a seat is read from what the seat is, not from a sentence naming the state: context)
      const seat = seats.includes(id);
      emit({
        source: person.entity, target: id, kind: 'role', predicate: `${words.join(' ')} of`, cameo: null,
        confidence: clamp((context || seat ? 0.6 : 0.9 - VIA_PENALTY[kept.via]) - (title.former ? 0.15 : 0)),
        sentences: [...new Set([ctx.s, ...kept.from, ...personFrom])], rule: seat ? `${rule}-seat` : known ? `${rule}-known-holder` : context ? `${rule}-context` : rule,
        ...(context || seat ? { basis: 'context' as const } : {}),
      });
    }
    return kept;
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
      // ("X will step down": a departure may be planned; its modality goes with the event)
      while (b >= 0 && (isAux(u[b]!.lower) || isAdverb(u[b]) || (left && isModal(u[b]!.lower)))) b--;
      // "Alicia Barcena, who currently serves as ..., was picked as": the subject before a relative clause
      if (b < k - 1 && isComma(u[b])) {
        for (let c = b - 1; c >= 1 && b - c <= 20; c--) {
          if (isComma(u[c]) && isRelative(u[c + 1]?.lower ?? '') && isEntity(u[c - 1]) && u[c - 1]!.type === 'person') { b = c - 1; break; }
          if (isBreaker(u[c]!.lower) && !isRelative(u[c]!.lower)) break;
        }
      }
      // "X, who serves as ambassador": the relative pronoun stands for the person before it
      if (holds && u[b] && isRelative(u[b]!.lower) && isComma(u[b - 1]) && isEntity(u[b - 2]) && u[b - 2]!.type === 'person') b -= 2;
      // ("its chief executive, Simon Segars, had stepped down": the name before the apposition's closing comma)
      if (left && b < k - 1 && isComma(u[b]) && isEntity(u[b - 1]) && u[b - 1]!.type === 'person') b--;
      // ("Christian Stocker of the conservative People's Party was sworn in as": a person qualified by an "of" phrase)
      if (b < k - 1 && isEntity(u[b]) && u[b]!.type !== 'person') {
        let o = b - 1;
        while (o > b - 6 && o > 0 && u[o]!.lower !== 'of' && !u[o]!.entity && !isComma(u[o]) && !isBreaker(u[o]!.lower)) o--;
        if (u[o]?.lower === 'of' && isEntity(u[o - 1]) && u[o - 1]!.type === 'person') b = o - 1;
      }
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
    // "X resigned as chief executive of Y", "X will step down", "X quit Y": a departure from the body of the office
    const departs = left && (!/^step/.test(u[k]!.lower) || /^(?:down|aside)$/.test(u[k + 1]?.lower ?? ''));
    let departed = false;
    const depart = (body: Arg | undefined) => {
      if (!departs || departed || !body || body.ids.length !== 1) return;
      departed = true;
      emitDeparture(ctx, emit, person as Unit & { entity: string }, k, body, personFrom);
    };
    // (a departure whose office the sentence names nowhere after the verb: the one the other readers give the person)
    const departFromHeldOffice = () => { if (departs) later.push(() => depart(heldOffice(ctx, person!.entity!))); };
    if (departs && /^quits?$/.test(u[k]!.lower) && isEntity(u[k + 1]) && BODY_TYPES.has(u[k + 1]!.type!)) depart({ ids: [u[k + 1]!.entity!], via: 'direct', from: [] });
    // ("he resigned from the federation", "stepped down from the board of X")
    if (departs && u[t0]?.lower === 'from') depart(keepTypes(ctx, readPhrase(ctx, t0 + 1, u.length, { organAsState: false }).arg, ORGANIZATION_TYPES));
    // "appointed Harini Amarasuriya, a university lecturer, as prime minister": the apposition is passed over.
    if (isComma(u[t0])) {
      // ("named X, a former foreign minister and her rival for the party's nomination, as ...": up to 24 words)
      let c = t0 + 1;
      while (c < t0 + 24 && c < u.length && !isComma(u[c]) && !/^[.;:!?]$/.test(u[c]!.text)) c++;
      if (isComma(u[c]) && u[c + 1]?.lower === 'as') t0 = c + 1;
    }
    // "was appointed by President X as foreign minister", "who served under former President X": a title in a phrase a
    // preposition opens is another person's; the office, if any, follows "as"
    if (OTHERS_PREPOSITION.test(u[t0]?.lower ?? '')) {
      let a = t0 + 1;
      while (a < u.length && a <= t0 + 8 && u[a]!.lower !== 'as' && !isComma(u[a]) && !isBreaker(u[a]!.lower)) a++;
      if (u[a]?.lower !== 'as') { departFromHeldOffice(); continue; }
      t0 = a;
    }
    if ((KEPT_AS.has(u[k]!.lower) || removed) && u[t0]?.lower !== 'as') { departFromHeldOffice(); continue; }
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
      if (u[h + 1]?.lower === 'of' && !OF_WORDS.has(u[h + 2]?.lower ?? '')) depart(report(person, t, readPhrase(ctx, h + 2, u.length, { organAsState: false }).arg, 'role-appointed', personFrom, true));
      // ("Nordbank appointed Tom Berg as chief executive", "Quantis hired X as CFO": an office in the body that gives it)
      else depart(report(person, t, bodyBefore(ctx, t.start, false) ?? appointerCountry(ctx, k, person) ?? (holds || removed ? successionBody(ctx, k, person) : appointingBody(ctx, k, person)), 'role-appointed', personFrom));
      break;
    }
    // ("X will step down at the end of the year", "X resigned on Monday": the body of the one office the article gave X)
    departFromHeldOffice();
  }
  // "Cambodia, which holds the rotating chair of ASEAN", "Spain took over the presidency of the EU": a state or person
  // holding a body's chair
  for (let k = 0; roleVerbs && k + 3 < u.length; k++) {
    const w = u[k]!.lower;
    const took = /^(?:took|takes|take|taking)$/.test(w) && u[k + 1]?.lower === 'over';
    if (u[k]!.entity || !(CHAIR_VERBS.test(w) || took)) continue;
    let j = k + (took ? 2 : 1);
    if (u[j]?.lower === 'the') j++;
    if (/^(?:rotating|current|annual|revolving)$/.test(u[j]?.lower ?? '')) j++;
    const office = CHAIR_OFFICES[u[j]?.lower ?? ''];
    if (!office || u[j + 1]?.lower !== 'of') continue;
    const body = keepTypes(ctx, readPhrase(ctx, j + 2, u.length, { organAsState: false }).arg, ORGANIZATION_TYPES);
    // (the subject, or the name a relative "which"/"who" after a comma hangs on)
    const rel = isRelative(u[k - 1]?.lower ?? '') && isComma(u[k - 2]) ? u[k - 3] : undefined;
    const holder = rel && isEntity(rel) && !rel.partial ? { ids: [rel.entity!], via: 'direct' as const, from: [] } : verbSubject(ctx, k);
    const held = keepTypes(ctx, holder, new Set(['country', 'person', 'organization']));
    if (!body || !held || held.ids.length !== 1 || body.ids.length !== 1 || held.ids[0] === body.ids[0]) continue;
    const { negated, hypothetical } = verbGroupModality(ctx, k);
    emit({
      source: held.ids[0]!, target: body.ids[0]!, kind: 'role', predicate: `${office} of`, cameo: null,
      confidence: clamp(0.75 - VIA_PENALTY[held.via] - VIA_PENALTY[body.via]), sentences: [...new Set([ctx.s, ...held.from, ...body.from])], rule: 'role-holds-chair',
      ...(negated ? { negated } : {}), ...(hypothetical ? { hypothetical } : {}),
    });
  }
  // "X was replaced as defence minister by Y", "succeeded as chairman by Y": the agent holds the office now
  for (let k = 0; roleVerbs && k + 2 < u.length; k++) {
    if (u[k]!.entity || !/^(?:replaced|succeeded)$/.test(u[k]!.lower) || u[k + 1]!.lower !== 'as') continue;
    for (let h = k + 2; h < u.length && h <= k + 6; h++) {
      const t = titleEndingAt(u, h);
      if (!t || t.start < k + 2 || (titleWord(u[h + 1]) && titleEndingAt(u, h + 1))) continue;
      const agent = u[h + 1]?.lower === 'by' ? u[h + 2] : undefined;
      if (isEntity(agent) && agent.type === 'person' && !agent.partial && !t.former) report(agent as Unit & { entity: string }, t, bodyBefore(ctx, t.start, false), 'role-replaced-by');
      break;
    }
  }
  for (const person of named) {
    const k = person.i;
    if (!isEntity(person) || person.type !== 'person') continue;
    // Premodifier: "Ukrainian Foreign Minister Dmytro Kuleba", "North Korea's ambassador Sin Hong-chol".
    // ("Foreign Minister Sheikh Ahmed", "Home Secretary Sir John Smith": a style between the title and the name)
    // ("government spokesman Colonel Abdoulaye Maiga": so is a military rank after an office of another kind)
    const ranked0 = k > 2 && RANK_WORDS.test(u[k - 1]!.lower) && !u[k - 1]!.entity && /^\p{Lu}/u.test(u[k - 1]!.text) && !RANK_WORDS.test(u[k - 2]!.lower) && !!titleEndingAt(u, k - 2);
    const styled = ranked0 || (k > 1 && STYLE_WORDS.test(u[k - 1]!.lower) && !u[k - 1]!.entity && /^\p{Lu}/u.test(u[k - 1]!.text));
    // ("army chief Field Marshal Asim Munir", "junta leader Lt Col X": a rank of several words after an office)
    const rankAt = rankStart(u, k);
    const multiRank = !styled && rankAt < k - 1 && rankAt > 0 && !!titleEndingAt(u, rankAt - 1) && !isRankWord(u[rankAt - 1]);
    const pre = titleEndingAt(u, multiRank ? rankAt - 1 : styled ? k - 2 : k - 1);
    if (pre) {
      // "former Chechen leader X": a tense word before the body still makes the role a former one.
      const lead = u[pre.start - 2];
      const former = pre.former || (!!lead && TENSE.has(lead.lower));
      const title = former && !pre.former ? { ...pre, words: [lead!.lower, ...pre.words], former } : pre;
      // "The opposition Patriotic Front, whose leader Makebi Zulu called": the body the relative clause hangs on
      const owner = whoseOwner(u, pre.start);
      if (owner) report(person, title, { ids: [owner.entity!], via: 'direct', from: [] }, 'role-whose');
      else {
        // ("Republican Senator JD Vance of Ohio": a legislator's state after the name over the party before the title)
        const region = LEGISLATOR_HEADS.has(titleHead(title)) ? bodyOfAfter(ctx, k, title) : undefined;
        report(person, title, region ?? bodyBefore(ctx, pre.start, false) ?? bodyOfAfter(ctx, k, title), 'role-premodifier');
      }
    }
    // Apposition before: "the country's foreign minister, Choe Sun Hui" / "the head of the IAEA, Rafael Grossi".
    // ("Myanmar's military ruler, Senior General Min Aung Hlaing": a rank may come between the comma and the name)
    // ("The club's co-owner, British billionaire Jim Ratcliffe": a nationality and a person noun likewise)
    // ("Pakistan's army chief, Field Marshal Asim Munir,", "the new leader, Lt Col X,": a rank of several words)
    let ranked = rankStart(u, k);
    // ("said the chairman, Sir Malcolm Eyre,": an honorific likewise)
    while (ranked > 1 && k - ranked < 3 && ((titleWord(u[ranked - 1]) && /^\p{Lu}/u.test(u[ranked - 1]!.text))
      || (PERSON_NOUNS.has(u[ranked - 1]!.lower) && !u[ranked - 1]!.entity) || (u[ranked - 1]!.metonymy === 'demonym' && ranked < k)
      || (STYLE_WORDS.test(u[ranked - 1]!.lower) && !u[ranked - 1]!.entity)
      || (TENSE.has(u[ranked - 1]!.lower) && ranked < k && titleWord(u[ranked])))) ranked--;
    // ("the Caribbean Community, whose chairman, Antigua and Barbuda's Prime Minister Gaston Browne,": the name's own
    // title with its country, between the comma and the name)
    if (ranked < k && isPossessive(u[ranked - 1]?.lower ?? '') && isEntity(u[ranked - 2]) && PLACE_TYPES.has(u[ranked - 2]!.type!) && isComma(u[ranked - 3])) ranked -= 2;
    if (ranked < k && !isComma(u[ranked - 1])) ranked = k;
    // (the rank read, a comma must still come right before it)
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
      let closes = end >= u.length || isComma(u[end]) || isPunct(u[end]) || isRelative(u[end]!.lower);
      // ("X, an Iranian diplomat jailed in Belgium over a plot,": a participle right after the title's head closes the
      // noun phrase; what follows says what befell the person)
      {
        for (let q = k + 4; q < end; q++) {
          // (the title's body named inside the apposition, "an Iranian diplomat": a bare "an Islamist president backed by
          // X" says nothing of whose president)
          const named = u.slice(k + 2, q - 1).some((y) => isEntity(y) && !y.partial);
          if (named && !u[q]!.entity && /^[a-z]+ed$/.test(u[q]!.text) && !u[q - 1]!.entity && HEADS.has(u[q - 1]!.lower) && !OF_WORDS.has(u[q - 1]!.lower)) { end = q; closes = true; break; }
        }
      }
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
          // ("the founder of Georgia's ruling Georgian Dream party": a body named inside a country's possessive phrase,
          // the one organisation the phrase names)
          const inner = prep === 'of' && !phrase.arg ? soleOrganisationIn(ctx, h + 2, end) : undefined;
          if (inner) {
            report(person, t, inner, 'role-apposition-of');
            break;
          }
          // ("Santiago Bausili, the head of the central bank,": an office of a state's own institution, named without
          // its state, is the story's country's, read as context)
          const institution = prep === 'of' && !phrase.arg ? stateInstitutionAt(u, h + 2, end) : undefined;
          if (institution) {
            report(person, { ...t, end: end - 1, words: [...t.words, 'of', ...institution] }, undefined, 'role-apposition-institution');
            break;
          }
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
  // the offices read after the verbs of office (premodifiers, appositions): a departure without its office takes theirs
  for (const f of later) f();
}

/** Who may chair a body: a person, or a state holding a bloc's rotating chair. */
const CHAIR_HOLDER_TYPES = new Set([...PERSON_TYPES, 'country']);
/** Verbs of holding a body's chair ("holds the rotating chair of"); "took over" is read apart. */
const CHAIR_VERBS = /^(?:holds|held|hold|holding|assumed|assumes|assume|assuming)$/;
/** A body's chair, as news names it, and the office it gives. */
const CHAIR_OFFICES: Readonly<Record<string, string>> = { chair: 'chair', chairmanship: 'chair', presidency: 'president', leadership: 'leader' };

/** Nouns for a unit of a body, which its head leads as one of the body's people ("its negotiating team"). */
const UNIT_NOUNS = new Set(['team', 'delegation', 'directorate', 'division', 'department', 'unit', 'wing', 'bureau', 'branch', 'office', 'arm', 'section', 'faction', 'caucus']);

/**
 * The body owning the unit written between units lo and hi (exclusive) as "[the] <possessor>'s ... <unit noun>" or
 * "its/their ... <unit noun>" ("the agency's space operations directorate", "its negotiating team"), the phrase ending
 * there; a few lower-case words may qualify the unit.
 */
function possessedUnit(ctx: Ctx, lo: number, hi: number): Arg | undefined {
  const u = ctx.units;
  const head = u[hi - 1];
  if (hi - lo < 2 || !head || head.entity || !UNIT_NOUNS.has(head.lower)) return undefined;
  let p = hi - 2;
  const owning = (w: string) => isPossessive(w) || w === 'its' || w === 'their';
  while (p >= lo && hi - 1 - p <= 4 && !u[p]!.entity && /^[a-z][a-z-]*$/.test(u[p]!.text) && !owning(u[p]!.lower)) p--;
  if (p < lo || !owning(u[p]!.lower)) return undefined;
  let owner: Arg | undefined;
  if (u[p]!.lower === 'its' || u[p]!.lower === 'their') {
    if (p !== lo) return undefined;
    owner = clauseSubjectBody(ctx, p);
  } else {
    // ("the agency's", "Hamas's": the possessor opens the phrase, after "the" at most)
    if (p - 1 < lo || (p - 1 > lo && !(p - 2 === lo && u[lo]!.lower === 'the'))) return undefined;
    owner = possessorAt(ctx, p - 1);
  }
  return keepTypes(ctx, owner, ORGANIZATION_TYPES) ?? keepTypes(ctx, owner, new Set(['country']));
}

function emitUnitMember(ctx: Ctx, emit: Emit, person: string, owner: Arg, from: number[]): void {
  for (const id of owner.ids) {
    if (id === person) continue;
    emit({
      source: person, target: id, kind: 'affiliation', predicate: 'member of', cameo: null,
      confidence: clamp(0.7 - VIA_PENALTY[owner.via]), sentences: [...new Set([ctx.s, ...owner.from, ...from])], rule: 'affiliation-unit-head',
    });
  }
}

/**
 * The one organisation named between units lo and hi (exclusive) after a country's possessive ("Georgia's ruling
 * Georgian Dream party"), or undefined: any person named there, or two bodies, and it is no one's.
 */
function soleOrganisationIn(ctx: Ctx, lo: number, hi: number): Arg | undefined {
  const u = ctx.units;
  // ("of the Czech Republic's opposition ANO party": the country's name may take its article)
  if (u[lo]?.lower === 'the') lo++;
  if (!(isEntity(u[lo]) && u[lo]!.type === 'country' && isPossessive(u[lo + 1]?.lower ?? ''))) return undefined;
  const named = u.slice(lo + 2, hi).filter((x) => isEntity(x));
  const org = named[0];
  if (named.length !== 1 || !org || org.partial || !ORGANIZATION_TYPES.has(org.type!)) return undefined;
  return { ids: [org.entity!], via: 'direct', from: [] };
}

/** A state's own institutions, as written after "the" ("the head of the central bank", "the chief of the army"). */
const STATE_INSTITUTIONS = new Set(['central bank', 'army', 'navy', 'air force', 'armed forces', 'military', 'police', 'national police', 'supreme court', 'constitutional court', 'intelligence service', 'election commission', 'electoral commission']);

/** The words of a state institution written as "the ..." between units lo and hi (exclusive), or undefined. */
function stateInstitutionAt(u: readonly Unit[], lo: number, hi: number): string[] | undefined {
  if (u[lo]?.lower !== 'the' || hi - lo < 2) return undefined;
  const words = u.slice(lo + 1, hi);
  if (words.some((x) => x.entity || !/^[a-z]+$/.test(x.text))) return undefined;
  const name = words.map((x) => x.lower);
  return STATE_INSTITUTIONS.has(name.join(' ')) ? name : undefined;
}
