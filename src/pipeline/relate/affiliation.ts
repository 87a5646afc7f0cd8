// Affiliation relations: an organisation or person belongs to a country or body
// without a role title. Kept conservative:
//   "Ukraine's Foreign Ministry" / "the Russian Defence Ministry" (an organisation entity after a country)
//   an organisation whose own name starts with a demonym ("Russian Orthodox Church")
//   "Russian oligarch Roman Abramovich" (demonym + a non-title noun + person)
//   "Brazilian oil company Petrobras", "Petrobras, the Brazilian oil company," (demonym or country
//   + a noun naming a kind of organisation, before the name or in apposition after it)
import type { Arg, Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import type { Emit } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import { PLAYER_POSITION_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './data/titles.ts';
import { clauseSubjectBody, keepTypes, possessorAt, previousTopicBody, readPhrase } from './phrases.ts';
import { isBreaker, isComma, isContent, isEntity, isOrganizationAnaphor, isOrganizationDescriptor, isPossessive, isPrep, isPunct, isRelative, isReportingVerb, ORGANIZATION_TYPES } from './classes.ts';

/** Words that end a name's describing words before it: a preposition, an article, a conjunction. */
const FUNCTION_WORDS = /^(?:to|of|in|for|with|on|at|from|by|into|and|or|but|the|a|an)$/;
/** A past participle that may go on a description in apposition ("an Australian writer held in China"). */
const PAST_PARTICIPLE = /^(?:[a-z]+ed|held|born|based|known|kept|built|sent|found|brought|caught|seen|taken|given|chosen|elected|jailed)$/;

/** Nouns for a part of a company ('its Google unit', 'whose Booking.com subsidiary'). */
const UNIT_NOUNS = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'arm', 'division', 'affiliate', 'offshoot', 'branch']);
// (a player's position is a title of a club, and after a nationality word still a noun of the person: "Brazilian winger X")
const TITLE_WORDS = new Set([...TITLE_HEADS.map((h) => h.word).filter((w) => !PLAYER_POSITION_WORDS.has(w)), ...TITLE_MODIFIERS.words]);
/** Bodies an organisation or person may belong to. Cities and regions are left out: a name after
 * "Mumbai's" is more often a place the recogniser mistyped than a municipal body. */
const COUNTRYLIKE = new Set(['country', 'organization']);
/** Words saying a company owns the one named with it ("Heathrow's parent company"). */
const PARENT_WORDS = new Set(['parent', 'holding', 'owning']);
/** A stake held in a company ("its 25% stake in X"). */
const STAKES = new Set(['stake', 'stakes', 'holding', 'holdings', 'shareholding']);
/** Holders of a stake in a company ("SQM's second-largest shareholder", "its other shareholders include"). */
const SHAREHOLDER_NOUNS = new Set(['shareholder', 'shareholders', 'stakeholder', 'stakeholders', 'investor', 'investors', 'owner', 'owners', 'co-owner', 'co-owners']);
/** Places a person can come from or live in. */
const HOME_TYPES = new Set(['country', 'region', 'city']);
/** Nouns for where someone lives ("his Florida home", "Sohn's New Jersey house"). */
const DWELLINGS = new Set(['home', 'house', 'residence', 'apartment', 'flat', 'farm', 'ranch', 'estate', 'mansion', 'villa']);
/** Nouns for someone who belongs to a body named before them ("a City Council member", "an ETA militant"). */
const MEMBER_NOUNS = new Set(['member', 'official', 'officials', 'staffer', 'employee', 'worker', 'supporter', 'volunteer', 'activist', 'militant', 'fighter', 'lawmaker', 'legislator', 'councillor', 'councilor', 'delegate', 'veteran', 'insider', 'loyalist']);
/** Names of bodies a person leads or belongs to rather than owns ("Party", "Union", "Movement", "Alliance", "Front"). */
const MOVEMENT_HEADS = /\b(?:Party|Union|Movement|Alliance|Front|Congress|League|Coalition|Federation|Bloc)$/;
/** Verbs of a "where" clause that make the place a person's home ("where X was born", "where X grew up"). */
const HOME_VERBS = new Set(['born', 'raised', 'grew', 'lives', 'lived', 'live', 'resides', 'resided', 'settled']);
/** A noun for a person's occupation by its ending: economist, analyst, researcher, professor, historian, consultant. */
const JOB_NOUN = /^[a-z]{3,}(?:ist|er|or|ian|ant|ent)$/;
/**
 * Title words for a profession practised in a town rather than an office of it: "a West Palm Beach, Fla., lawyer",
 * "the New York attorney" lives and works there ("City Attorney", capitalised, is the town's office: roles read it).
 */
const PRACTICES = new Set(['lawyer', 'attorney']);
/** Possessive pronouns a home is stated with ("his home in", "their hometown of"). */
const HOME_OWNERS = new Set(['his', 'her', 'their']);
/** The kinds of place a "home ..." is: "his home state of Ohio", "her home town". */
const HOME_KINDS = new Set(['state', 'town', 'city', 'country', 'province', 'county', 'region', 'island', 'village']);

/**
 * Can the entity at unit k be a member here? Organisations always may (their own name can carry the
 * demonym); a person only after a lower-case word ("Russian oligarch X").
 */

export function affiliationCue(units: readonly Unit[], k: number): boolean {
  const x = units[k]!;
  if (x.type === 'organization' || x.type === 'group') return true;
  if (x.metonymy === 'demonym') return describesOrganization(units, k) >= 0;
  if (x.type !== 'person') return false;
  // "X of Y", "X, 50, of Y", "X is a native of Y" / "X was a member of Y"
  if (units[k + 1]?.lower === 'of' || units[k + 1]?.lower === 'at' || units[k + 1]?.text === ',' || units[k + 1]?.lower === 'is' || units[k + 1]?.lower === 'was') return true;
  const c = units[k - 1]?.text.charCodeAt(0) ?? 0;
  return c >= 97 && c <= 122;
}

/**
 * "the Spanish club", "the German carmaker": a definite description made of a demonym (unit k) and a kind
 * of organisation, standing alone (not before the name it describes). Returns the unit of its noun, or -1.
 */
export function describesOrganization(units: readonly Unit[], k: number): number {
  if (units[k - 1]?.lower !== 'the') return -1;
  let e = k + 1;
  while (e < k + 3 && isContent(units[e]) && /^[a-z]/.test(units[e]!.text) && !isOrganizationKind(units[e]!.lower)) e++;
  const noun = units[e];
  if (!noun || !/^[a-z]/.test(noun.text) || !isOrganizationKind(noun.lower) || units[e + 1]?.entity) return -1;
  // "Petrobras, the Brazilian oil company," is an apposition (read with the name); "..., the French carmaker said" is not.
  if (isComma(units[k - 2]) && units[k - 3]?.entity && !isReportingVerb(units[e + 1]?.lower ?? '')) return -1;
  return e;
}

/** A noun naming a kind of organisation: listed, or a "-maker" ("steelmaker", "chipmaker"). */
const isOrganizationKind = (w: string) => isOrganizationDescriptor(w) || isOrganizationDescriptor(w.replace(/s$/, '')) || (w.length > 7 && /makers?$/.test(w));

/** The unit after a name ends its noun phrase: nothing, punctuation, a function word or a verb ("agreed", "says"). */
export function endsNounPhrase(after: Unit | undefined): boolean {
  return !after || isComma(after) || isPunct(after) || !isContent(after) || /^[a-z].*(?:ed|s)$/.test(after.text) || isReportingVerb(after.lower);
}

export function extractAffiliations(
  ctx: Ctx,
  emit: Emit,
  knowledge: Knowledge,
  countryEntity: (gazetteerId: string, name: string) => string | undefined,
  /** The sentence's units that carry an entity, when the caller has them: only those can be members. */
  named: readonly Unit[] = ctx.units,
): void {
  const u = ctx.units;
  const type = (id: string) => ctx.entities.get(id)?.type;
  // `anyPlace`: the construction itself says the place is a home (an address with an age, "a native of"), so a
  // place the gazetteer does not know (typed `location`: a small town) is one too
  const report = (member: string, body: string, confidence: number, rule: string, from: number[] = [], predicate = 'affiliated with', anyPlace = false) => {
    if (member === body) return;
    const t = type(body) ?? '';
    // A person may belong to a town or region too ("Virginia Towle of Wallingford"): where they live.
    if (!COUNTRYLIKE.has(t) && !(type(member) === 'person' && (HOME_TYPES.has(t) || (anyPlace && t === 'location')))) return;
    emit({ source: member, target: body, kind: 'affiliation', predicate, cameo: null, confidence, sentences: [ctx.s, ...from], rule });
  };
  // "Harrington ... died at his home in Larchmont", "near their hometown of Grants", "in his native Ohio", "in Hale's
  // home state of Ohio": the home of the person named as the possessor (or the nearest person named before the
  // possessive pronoun); "Ohio, Hale's home state," / "with Ohio being Hale's home state": the place named before it
  // Shareholders: "Tianqi Lithium, SQM's second-largest shareholder,", "Heathrow's other shareholders, which include
  // the Qatar Investment Authority and ...": the company is affiliated with whoever holds a stake in it
  for (let k = 1; k < u.length; k++) {
    if (!SHAREHOLDER_NOUNS.has(u[k]!.lower) || u[k]!.entity) continue;
    let p = k - 1;
    while (p > k - 3 && p > 1 && !u[p]!.entity && /^[a-z][a-z-]*$/.test(u[p]!.text) && !isPossessive(u[p]!.lower)) p--;
    const company = isPossessive(u[p]?.lower ?? '') ? u[p - 1] : undefined;
    if (!isEntity(company) || company.partial || !ORGANIZATION_TYPES.has(company.type!)) continue;
    // (in apposition after the holder: "X, SQM's shareholder,")
    const holder = isComma(u[p - 2]) ? u[p - 3] : undefined;
    if (isEntity(holder) && !holder.partial && (isComma(u[k + 1]) || isPunct(u[k + 1]) || !u[k + 1])) report(company.entity!, holder.entity!, 0.7, 'affiliation-shareholder');
    // (a list the shareholders "include")
    let i = k + 1;
    if (isComma(u[i])) i++;
    if (/^(?:which|who|that)$/.test(u[i]?.lower ?? '')) i++;
    if (/^(?:include|includes|included|are|were)$/.test(u[i]?.lower ?? '')) {
      const listed = readPhrase(ctx, i + 1, u.length, { organAsState: false }).arg;
      for (const id of listed?.ids ?? []) report(company.entity!, id, 0.7, 'affiliation-shareholder', listed!.from);
    }
  }
  // A stake held: "its entire 25% stake in Heathrow", "Ferrovial's stake in Heathrow": the company is affiliated with
  // the holder (the possessor, or for "its" the clause's subject body)
  for (let k = 1; k + 2 < u.length; k++) {
    if (!STAKES.has(u[k]!.lower) || u[k]!.entity || u[k + 1]?.lower !== 'in') continue;
    const company = u[k + 2];
    if (!isEntity(company) || company.partial || !ORGANIZATION_TYPES.has(company.type!)) continue;
    let p = k - 1;
    while (p > k - 4 && p > 0 && !isPossessive(u[p]!.lower) && !/^(?:its|their)$/.test(u[p]!.lower) && (/^[a-z][a-z-]*$/.test(u[p]!.text) || /^\d+(?:\.\d+)?%?$/.test(u[p]!.text) || u[p]!.text === '%' || u[p]!.lower === 'percent')) p--;
    const holder = isPossessive(u[p]?.lower ?? '') ? possessorAt(ctx, p - 1) : /^(?:its|their)$/.test(u[p]?.lower ?? '') ? clauseSubjectBody(ctx, p) ?? nearestBody(u, p) : undefined;
    if (holder?.ids.length === 1) report(company.entity!, holder.ids[0]!, 0.7, 'affiliation-stake', holder.from);
  }
  for (let k = 0; k < u.length; k++) {
    let owner: string | undefined;
    let from = k;
    if (HOME_OWNERS.has(u[k]!.lower)) {
      let p = k - 1;
      while (p >= 0 && !(isEntity(u[p]) && u[p]!.type === 'person')) p--;
      if (p < 0) continue;
      owner = u[p]!.entity;
    } else if (isPossessive(u[k]!.lower) && isEntity(u[k - 1]) && u[k - 1]!.type === 'person' && !u[k - 1]!.partial) {
      owner = u[k - 1]!.entity;
      from = k - 1;
    } else continue;
    let n = k + 1;
    let noun = u[n]?.lower;
    // "home state", "home town", "home country"
    if (noun === 'home' && HOME_KINDS.has(u[n + 1]?.lower ?? '')) { n++; noun = 'hometown'; }
    else if (noun === 'birthplace') noun = 'hometown';
    let j = noun === 'home' && u[n + 1]?.lower === 'in' ? n + 2 : noun === 'hometown' ? (u[n + 1]?.lower === 'of' ? n + 2 : n + 1) : noun === 'native' ? n + 1 : -1;
    // "in suburban Larchmont", "in nearby Rockville"
    if (j > 0 && noun === 'home' && isContent(u[j]) && !u[j]!.entity && /^[a-z]+$/.test(u[j]!.text)) j++;
    let home = j > 0 ? u[j] : undefined;
    // the place before: "Ohio, Hale's home state," (an apposition) or "Ohio being / is Hale's home state"
    if (!isEntity(home) && noun === 'hometown' && (isComma(u[from - 1]) || /^(?:being|is|was|remains)$/.test(u[from - 1]?.lower ?? ''))) {
      home = u[from - 2];
      j = -1;
      // ("Beaumont, Texas, Richardson's hometown": the town, and its state after it)
      if (isComma(u[from - 3]) && u[from - 4] && stateAfter(u, from - 4) === home) { home = u[from - 4]; j = from - 4; }
    }
    if (!owner || !isEntity(home) || home.metonymy !== undefined || !(HOME_TYPES.has(home.type!) || home.type === 'location')) continue;
    const rule = from === k ? 'affiliation-home-pronoun' : 'affiliation-home-possessor';
    report(owner, home.entity, 0.65, rule, [], noun === 'native' ? 'native of' : 'lives in', true);
    const state = j > 0 ? stateAfter(u, j) : undefined;
    if (state) report(owner, state.entity!, 0.65, rule, [], noun === 'native' ? 'native of' : 'lives in');
  }
  // "Sohn's New Jersey home", "at his Florida home": the owner of a home named by its place lives there
  for (let k = 1; k + 1 < u.length; k++) {
    const place = u[k]!;
    if (!isEntity(place) || place.metonymy !== undefined || !HOME_TYPES.has(place.type!) || !DWELLINGS.has(u[k + 1]!.lower)) continue;
    const owner = u[k - 1]!;
    let person: string | undefined;
    if (isPossessive(owner.lower) && isEntity(u[k - 2]) && u[k - 2]!.type === 'person') person = u[k - 2]!.entity;
    else if (HOME_OWNERS.has(owner.lower)) {
      let p = k - 2;
      while (p >= 0 && !(isEntity(u[p]) && u[p]!.type === 'person')) p--;
      if (p >= 0) person = u[p]!.entity;
    }
    if (person) report(person, place.entity, 0.65, 'affiliation-home-owner', [], 'lives in');
  }
  for (const x of named) {
    const k = x.i;
    if (!isEntity(x)) continue;
    // "..., the Spanish club announced": a description reporting the sentence's news is its first organisation;
    // "The German carmaker said ..." opening a sentence is the organisation last named before it.
    if (x.metonymy === 'demonym' && describesOrganization(u, k) >= 0) {
      const noun = describesOrganization(u, k);
      const reports = isReportingVerb(u[noun + 1]?.lower ?? '');
      if (reports && isComma(u[k - 2])) {
        const first = u.find((y) => isEntity(y) && !y.partial && y.metonymy === undefined);
        if (first && (first.type === 'organization' || first.type === 'group') && first.i < k) report(first.entity!, x.entity, 0.65, 'affiliation-description-reporter');
      } else if (k === 1) {
        // ("Nippon Steel said it had completed its acquisition of U.S. Steel. The Japanese steelmaker ...": the previous
        // sentence's organisation outside a prepositional phrase, before the one named last)
        const topic = keepTypes(ctx, previousTopicBody(ctx), ORGANIZATION_TYPES);
        const o = topic?.ids.length === 1 ? { value: topic.ids[0]!, s: ctx.s - 1 } : ctx.discourse.lastOrganization({ s: ctx.s, i: k });
        if (o && o.s === ctx.s - 1) report(o.value, x.entity, 0.6, 'affiliation-description-anaphor', [o.s]);
      }
      continue;
    }
    if (x.type === 'organization' || x.type === 'group') {
      const prev = u[k - 1];
      // ("Booking, whose Amsterdam-based Booking.com unit handles ...": a body's unit named in its "whose" clause is a
      // part of it)
      if (UNIT_NOUNS.has(u[k + 1]?.lower ?? '')) {
        let w = k - 1;
        while (w > k - 3 && w > 0 && u[w] && !u[w]!.entity && /^[a-z][a-z-]*$/i.test(u[w]!.text) && u[w]!.lower !== 'whose') w--;
        if (w >= 0 && u[w]?.lower !== 'whose' && u[w]?.partial) w--;
        const parent = u[w]?.lower === 'whose' && isComma(u[w - 1]) ? u[w - 2] : undefined;
        if (isEntity(parent) && !parent.partial && ORGANIZATION_TYPES.has(parent.type!) && parent.entity !== x.entity) report(x.entity, parent.entity!, 0.75, 'affiliation-unit-of');
      }
      if (isEntity(prev) && (prev.type === 'country' || prev.metonymy === 'demonym')) report(x.entity, prev.entity, 0.8, 'affiliation-premodifier');
      else if (prev && isPossessive(prev.lower)) {
        const owner = possessorAt(ctx, k - 2);
        if (owner?.ids.length === 1 && type(owner.ids[0]!) !== 'person') report(x.entity, owner.ids[0]!, 0.8, 'affiliation-possessor', owner.from);
      } else if (prev && !prev.entity && /^[a-z][a-z-]*$/.test(prev.text)) {
        // ("Mongolia's opposition Democratic Union", "Britain's biggest retailer Tesco", "India's state-run NTPC": one or
        // two describing words between a country's possessive and the name)
        let p = k - 1;
        // (describing words, not a preposition: "the country's commitments to Interpol" is no company of the country)
        while (p > k - 3 && p > 0 && !u[p]!.entity && /^[a-z][a-z-]*$/.test(u[p]!.text) && !FUNCTION_WORDS.test(u[p]!.lower) && !isPossessive(u[p]!.lower)) p--;
        const owner = isPossessive(u[p]?.lower ?? '') ? possessorAt(ctx, p - 1) : undefined;
        // (the name is the head: "Bosnia's ruling Moslem nationalist party" has a name only as a modifier; a
        // conjunction after it closes the name's phrase: "India's state-run NTPC and Sri Lanka's ...")
        const next = u[k + 1];
        const head = !next || next.entity || !/^[a-z]/.test(next.text) || /^(?:and|or)$/.test(next.lower) || isOrganizationDescriptor(next.lower) || isOrganizationAnaphor(next.lower) || /^(?:coalition|movement|bloc|front)$/.test(next.lower);
        if (head && owner?.ids.length === 1 && type(owner.ids[0]!) === 'country') report(x.entity, owner.ids[0]!, 0.7, 'affiliation-possessor', owner.from);
      }
      // "India's drug regulator, the Central Drugs Standard Control Organisation,": a country's kind of organisation,
      // then the name in apposition
      if (prev?.lower === 'the' && isComma(u[k - 2]) && isOrganizationDescriptor(u[k - 3]?.lower ?? '') && !u[k - 3]!.entity) {
        let p = k - 3;
        while (p > k - 6 && p > 0 && !u[p]!.entity && /^[a-z]+$/.test(u[p]!.text) && !isPossessive(u[p]!.lower)) p--;
        const owner = isPossessive(u[p]?.lower ?? '') ? possessorAt(ctx, p - 1) : undefined;
        const closes = !u[k + 1] || isComma(u[k + 1]) || /^[.;:)]$/.test(u[k + 1]!.text);
        if (closes && owner?.ids.length === 1 && type(owner.ids[0]!) === 'country') report(x.entity, owner.ids[0]!, 0.7, 'affiliation-possessor', owner.from);
      }
      // "Brian Mulroney's Progressive Conservative Party", "Hernandez Galicia's allegedly corrupt Oil Workers Union":
      // a person's own party, union or movement (a few lower-case words may come between)
      // ("President Robert Mugabe's Zanu-PF", "Musk's SpaceX": any other body of a person is theirs by some tie;
      // "Alija Izetbegovic, whose Party of Democratic Action": the relative possessor likewise)
      {
        const movement = MOVEMENT_HEADS.test(x.text);
        let q = k - 1;
        while (q > k - 4 && q >= 0 && isContent(u[q]) && !u[q]!.entity && /^[a-z-]+$/.test(u[q]!.text)) q--;
        const leader = isPossessive(u[q]?.lower ?? '') ? u[q - 1] : u[q]?.lower === 'whose' ? (isComma(u[q - 1]) ? u[q - 2] : describedBefore(u, q)) : undefined;
        if (isEntity(leader) && leader.type === 'person') {
          report(leader.entity, x.entity, movement ? 0.65 : 0.55, 'affiliation-possessor-person', [], movement ? 'member of' : 'affiliated with');
        }
        // ("President X conceded defeat after his Botswana Democratic Party was routed": a party after "his"/"her" is
        // the party of the person the sentence named last before it)
        if (movement && /^(?:his|her)$/.test(u[k - 1]?.lower ?? '')) {
          let p = k - 2;
          while (p >= 0 && !(isEntity(u[p]) && u[p]!.type === 'person' && !u[p]!.partial)) p--;
          if (p >= 0) report(u[p]!.entity!, x.entity, 0.6, 'affiliation-pronoun-party', [], 'member of');
        }
      }
      // "Brazilian oil company Petrobras": lower-case words ending in a kind of organisation, after a demonym or country.
      // "Germany's Bosch and Infineon": the possessor owns the second of two coordinated names too
      // (not a name placed by "of" after it: "Japan's X and Leonardo of Italy")
      if (prev?.lower === 'and' && isEntity(u[k - 2]) && ORGANIZATION_TYPES.has(u[k - 2]!.type!) && isPossessive(u[k - 3]?.lower ?? '') && !isComma(u[k + 1]) && u[k + 1]?.lower !== 'of') {
        const owner = possessorAt(ctx, k - 4);
        if (owner?.ids.length === 1 && COUNTRYLIKE.has(type(owner.ids[0]!) ?? '')) report(x.entity, owner.ids[0]!, 0.75, 'affiliation-possessor', owner.from);
      }
      // ("Japanese carmakers Honda and Nissan": the second of two names after the description too)
      const firstOfPair = !isEntity(prev) && prev?.lower === 'and' && isEntity(u[k - 2]) && ORGANIZATION_TYPES.has(u[k - 2]!.type!) ? k - 2 : k;
      const described = u[firstOfPair - 1];
      if (firstOfPair < k && described && !isEntity(described) && isOrganizationKind(described.lower)) {
        let b = firstOfPair - 1;
        while (b > firstOfPair - 4 && b >= 0 && isContent(u[b]) && /^[a-z]/.test(u[b]!.text)) b--;
        const c = u[b];
        if (isEntity(c) && (c.type === 'country' || c.metonymy === 'demonym')) {
          report(x.entity, c.entity, 0.75, 'affiliation-descriptor');
          report(u[firstOfPair]!.entity!, c.entity, 0.75, 'affiliation-descriptor');
        }
      }
      if (!isEntity(prev) && prev && isOrganizationKind(prev.lower)) {
        let b = k - 1;
        while (b > k - 4 && b >= 0 && isContent(u[b]) && /^[a-z]/.test(u[b]!.text)) b--;
        const c = u[b];
        if (isEntity(c) && (c.type === 'country' || c.metonymy === 'demonym')) report(x.entity, c.entity, 0.75, 'affiliation-descriptor');
      }
      // "Petrobras, the Brazilian oil company," / "G42, an Emirati AI firm," / "X, the country's largest steelmaker,"
      if (isComma(u[k + 1])) {
        let m = k + 2;
        if (u[m] && /^(?:the|a|an)$/.test(u[m]!.lower)) m++;
        const c = u[m];
        let owner: string | undefined;
        let from: number[] = [];
        if (isEntity(c) && (c.type === 'country' || c.metonymy === 'demonym') && !isPossessive(u[m + 1]?.lower ?? '')) owner = c.entity;
        else if (u[m + 1] && isPossessive(u[m + 1]!.lower)) {
          const p = possessorAt(ctx, m);
          // "the country's largest steelmaker" after another country was named: only trusted when it is the article's own;
          // with no country named yet, "the country" of a datelined story is the dateline's.
          const doubtful = p?.via === 'anaphor' && !!ctx.context && p.ids[0] !== ctx.context.country;
          if (p?.ids.length === 1 && !doubtful) { owner = p.ids[0]; from = p.from; m++; }
          else if (!p && u[m]!.lower === 'country' && ctx.context?.from === 'dateline') {
            owner = ctx.context.country;
            from = ctx.context.sentence !== undefined && ctx.context.sentence !== ctx.s ? [ctx.context.sentence] : [];
            m++;
          }
        }
        if (owner) {
          let e = m + 1;
          while (e < m + 4 && isContent(u[e]) && /^[a-z]/.test(u[e]!.text) && !isOrganizationKind(u[e]!.lower)) e++;
          // "a Dutch maker of power chips,": the kind may go on with "of" and lower-case words
          let after = e + 1;
          if (u[after]?.lower === 'of') {
            after++;
            while (after < e + 6 && isContent(u[after]) && !u[after]!.entity && /^[a-z-]+$/.test(u[after]!.text)) after++;
          }
          const closes = !u[after] || isComma(u[after]) || isPunct(u[after]);
          // ("FGP Topco, Heathrow's parent company,": a parent or owner owns the possessor, not the other way round)
          const parent = u.slice(m + 1, e).some((y) => PARENT_WORDS.has(y.lower));
          if (u[e] && isOrganizationKind(u[e]!.lower) && closes) {
            if (parent) { if (type(owner) !== 'country') report(owner, x.entity, 0.75, 'affiliation-descriptor-apposition', from); }
            else report(x.entity, owner, 0.75, 'affiliation-descriptor-apposition', from);
          }
        }
      }
      // "its state news agency KCNA", "Iran's state broadcaster IRIB": an owner, a kind of organisation, the name
      // ("The country's strategic minerals regulator, ARECOMS,": or the name in apposition after a comma).
      const kindAt = isComma(prev) ? k - 2 : k - 1;
      const kind = u[kindAt];
      if (kind && !kind.entity && isOrganizationKind(kind.lower)) {
        let b = kindAt;
        while (b > k - 5 && b >= 0 && isContent(u[b]) && /^[a-z]/.test(u[b]!.text)) b--;
        const w = u[b];
        if (w && !w.entity && (w.lower === 'its' || w.lower === 'their')) {
          const at = { s: ctx.s, i: b };
          const c = ctx.discourse.lastCountry(at);
          const o = ctx.discourse.lastOrganization(at);
          const n = !c ? o : !o ? c : c.s > o.s || (c.s === o.s && c.i > o.i) ? c : o;
          if (n) report(x.entity, n.value, 0.65, 'affiliation-descriptor-its', n.s === ctx.s ? [] : [n.s]);
        } else if (w && isPossessive(w.lower)) {
          const p = possessorAt(ctx, b - 1);
          if (p?.ids.length === 1 && type(p.ids[0]!) !== 'person') report(x.entity, p.ids[0]!, 0.75, 'affiliation-descriptor-possessor', p.from);
        }
      }
      const firstWord = x.text.split(/\s+/)[0]!;
      const c = knowledge.demonym(firstWord);
      const id = c && countryEntity(c.id, c.name);
      if (id && !seatElsewhere(ctx, x.text, id)) report(x.entity, id, 0.75, 'affiliation-name');
      // "the U.N. Security Council", "the NATO Parliamentary Assembly": a body named with another body's name before
      // its own words is a part of that body
      const parent = parentNamedIn(ctx, x.entity, x.text);
      if (parent) emit({ source: x.entity, target: parent, kind: 'affiliation', predicate: 'part of', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'affiliation-parent-name' });
    }
    if (x.type === 'person') {
      // "Russian oligarch Roman Abramovich": one or two lower-case non-title words between (nouns: not a verb in the
      // past, "Hungary expelled Ana Lopes")
      let b = k - 1;
      let words = 0;
      // ("Indian national Arjun Mehta": "national" and "citizen" state the nationality, though "national" is a title word)
      while (b >= 0 && words < 2 && isContent(u[b]) && /^[a-z]/.test(u[b]!.text) && !/ed$/.test(u[b]!.lower) && (!TITLE_WORDS.has(u[b]!.lower) || /^(?:national|citizen)$/.test(u[b]!.lower))) { b--; words++; }
      const d = u[b];
      if (words > 0 && isEntity(d) && d.metonymy === 'demonym') report(x.entity, d.entity, 0.6, 'affiliation-nationality');
      // "Atlanta businessman Neil Estes", "Chicago lawyer Jane Roe": a town or region before a lower-case noun.
      else if (words > 0 && isEntity(d) && d.metonymy === undefined && HOME_TYPES.has(d.type!) && !isPossessive(u[b + 1]?.lower ?? '')) report(x.entity, d.entity, 0.6, 'affiliation-hometown');
      // "A Netherlands businessman, Jan de Vries,", "a Kenyan runner, Mary Wambui,": the description in apposition
      // before the name (a determiner, the place or nationality word, one or two lower-case non-title nouns, a comma),
      // not inside a prepositional phrase ("his colleague on the District of Columbia circuit, Robert Bork")
      if (isComma(u[k - 1])) {
        let c = k - 2;
        let nouns = 0;
        while (c >= 0 && nouns < 2 && isContent(u[c]) && /^[a-z]/.test(u[c]!.text) && !TITLE_WORDS.has(u[c]!.lower)) { c--; nouns++; }
        const place = u[c];
        const opens = /^(?:a|an|the)$/.test(u[c - 1]?.lower ?? '') && !isPrep(u[c - 2]?.lower ?? '');
        if (nouns > 0 && isEntity(place) && opens && !isPossessive(u[c + 1]?.lower ?? '')) {
          if (place.metonymy === 'demonym') report(x.entity, place.entity, 0.6, 'affiliation-nationality-apposition');
          else if (place.metonymy === undefined && HOME_TYPES.has(place.type!)) report(x.entity, place.entity, 0.6, 'affiliation-hometown-apposition');
        }
      }
      // "Moussa Faki of Chad", "Jane Roe of Goldman Sachs", "Marie Ferraro, 50, of Bethany, Conn.":
      // a name qualified by its country, town or employer (an age may come between).
      let o = k + 1;
      const aged = isComma(u[o]) && /^\d{1,3}$/.test(u[o + 1]?.text ?? '') && isComma(u[o + 2]);
      if (aged) o += 3;
      // "Juan Guajardo, of the Santiago consultancy Plusmining,": "of" after a comma
      else if (isComma(u[o]) && u[o + 1]?.lower === 'of') o += 1;
      // "Ulf Berg, 47, of the European Space Agency": the article before the name
      const the = u[o + 1]?.lower === 'the' ? 1 : 0;
      const of = u[o + 1 + the];
      const after = u[o + 2 + the];
      // "Juan Guajardo, of the Santiago consultancy Plusmining": a place and a kind of organisation before its name
      const named = u[o + 3 + the];
      if (u[o]?.lower === 'of' && isEntity(of) && after && !after.entity && isOrganizationKind(after.lower) && isEntity(named)
        && (named.type === 'organization' || named.type === 'group') && endsNounPhrase(u[o + 4 + the])) {
        report(x.entity, named.entity, 0.65, 'affiliation-of', [], 'works for');
      } else if (u[o]?.lower === 'of' && isEntity(of) && of.metonymy !== 'demonym' && endsNounPhrase(after)) {
        report(x.entity, of.entity, 0.65, 'affiliation-of', [], 'affiliated with', aged);
        // "of Bethany, Conn.": the state the town lies in is home too
        const state = stateAfter(u, o + 1 + the);
        if (state) report(x.entity, state.entity!, 0.65, 'affiliation-of', [], 'affiliated with');
      } else if (u[o]?.lower === 'of' && the) {
        // ("Daniel Chapo of the long-ruling Frelimo party": a body's name after words that describe it, and its kind)
        let q = o + 2;
        while (q < o + 4 && u[q] && !u[q]!.entity && /^[a-z][a-z-]*$/.test(u[q]!.text) && !isOrganizationKind(u[q]!.lower) && !isPrep(u[q]!.lower)) q++;
        const body = u[q];
        const kind = u[q + 1] && !u[q + 1]!.entity && isOrganizationKind(u[q + 1]!.lower) ? 1 : 0;
        if (q > o + 2 && isEntity(body) && !body.partial && (body.type === 'organization' || body.type === 'group') && endsNounPhrase(u[q + 1 + kind])) {
          report(x.entity, body.entity, 0.6, 'affiliation-of', [], 'member of');
        }
      }
      // ("Moussa Faki Mahamat, himself a Chadian, attended": a nationality noun in apposition; "X, a 43-year-old
      // Australian from Melbourne,": an age before it, and the town the person is from after it)
      {
        let q = k + 2;
        if (/^(?:himself|herself)$/.test(u[q]?.lower ?? '')) q++;
        const aged = /^\d{1,3}-year-old$/.test(u[q + 1]?.lower ?? '') ? 1 : 0;
        const d = u[q + 1 + aged];
        const after = u[q + 2 + aged];
        const from = after?.lower === 'from' && isEntity(u[q + 3 + aged]) && HOME_TYPES.has(u[q + 3 + aged]!.type!) && u[q + 3 + aged]!.metonymy === undefined ? u[q + 3 + aged] : undefined;
        if (isComma(u[k + 1]) && /^(?:a|an)$/.test(u[q]?.lower ?? '') && isEntity(d) && d.metonymy === 'demonym' && (!after || isComma(after) || isPunct(after) || from)) {
          report(x.entity, d.entity!, 0.65, 'affiliation-nationality-apposition');
          if (from) report(x.entity, from.entity!, 0.6, 'affiliation-hometown-apposition');
        }
      }
      // "Rob Dent, a Netherlands businessman," / "Dan Bell, a West Palm Beach, Fla., lawyer,": the home town
      // (and its state) as the modifier of a lower-case noun in apposition (not a title: roles read those)
      if (isComma(u[k + 1]) && /^(?:a|an|the)$/.test(u[k + 2]?.lower ?? '')) {
        const home = u[k + 3];
        // "Jan de Vries, a Dutch businessman,": a nationality word in the same place
        const nationality = isEntity(home) && home.metonymy === 'demonym';
        if (isEntity(home) && (home.metonymy === undefined || nationality) && (nationality || HOME_TYPES.has(home.type!)) && !isPossessive(u[k + 4]?.lower ?? '')) {
          const state = stateAfter(u, k + 3);
          let e = state ? k + 6 + (isComma(u[k + 6]) ? 1 : 0) : k + 4;
          let nouns = 0;
          // ("a West Palm Beach, Fla., lawyer": a lawyer of a town practises there; a lawyer is no office of it)
          const practice = (w: string) => PRACTICES.has(w) && home.type !== 'country' && !nationality;
          while (nouns < 2 && isContent(u[e]) && /^[a-z]/.test(u[e]!.text) && (!TITLE_WORDS.has(u[e]!.lower) || practice(u[e]!.lower)) && !(nouns > 0 && (/^[a-z]+ing$/.test(u[e]!.text) || PAST_PARTICIPLE.test(u[e]!.text)))) { e++; nouns++; }
          // the description may go on with a participle or a relative clause ("the New York attorney representing the chain")
          // ("an Australian writer held in China since 2019": or with a past participle)
          const closes = !u[e] || isComma(u[e]) || isPunct(u[e]) || (nouns > 0 && (/^[a-z]+ing$/.test(u[e]!.text) || isRelative(u[e]!.lower) || (!u[e]!.entity && PAST_PARTICIPLE.test(u[e]!.text))));
          if (nouns > 0 && closes && (!TITLE_WORDS.has(u[e - 1]!.lower) || practice(u[e - 1]!.lower))) {
            report(x.entity, home.entity!, 0.6, nationality ? 'affiliation-nationality-apposition' : 'affiliation-hometown-apposition');
            if (state) report(x.entity, state.entity!, 0.6, 'affiliation-hometown-apposition');
          }
        }
      }
      // "said Jane Foster at Barclays", "economist Tom Hardy at Capital Economics expects", "Wang Lei at the Institute
      // of Physics has": a person named as a speaker or subject with the organisation they are at. Not after other
      // verbs or prepositions ("met Jane Foster at Google" says where they met, not where she works).
      {
        const the = u[k + 2]?.lower === 'the' ? 1 : 0;
        const org = u[k + 2 + the];
        const before = u[k - 1];
        // before the name: nothing, punctuation, a reporting verb, or a word for the person's job ("economist", "analyst")
        const job = !!before && !before.entity && (/^[a-z]+$/.test(before.text) || (k === 1 && /^[A-Z][a-z]+$/.test(before.text)))
          && (TITLE_WORDS.has(before.lower) || JOB_NOUN.test(before.lower));
        const speakerSlot = !before || isComma(before) || isPunct(before) || isReportingVerb(before.lower) || job;
        if (u[k + 1]?.lower === 'at' && isEntity(org) && (org.type === 'organization' || org.type === 'group') && speakerSlot && endsNounPhrase(u[k + 3 + the])) {
          report(x.entity, org.entity, 0.65, 'affiliation-at', [], 'works for');
        }
      }
      // "Tupelo, where Elvis Presley grew up", "Rolling Fork, where Muddy Waters was born": the place a relative
      // "where" clause hangs on is the person's home
      if (u[k - 1]?.lower === 'where' && isComma(u[k - 2])) {
        const home = u[k - 3];
        let v = k + 1;
        if (u[v] && /^(?:was|were|is|had|has)$/.test(u[v]!.lower)) v++;
        const verb = u[v]?.lower ?? '';
        if (isEntity(home) && home.metonymy === undefined && (HOME_TYPES.has(home.type!) || home.type === 'location') && HOME_VERBS.has(verb)) {
          report(x.entity, home.entity, 0.65, 'affiliation-home-where', [], verb === 'born' ? 'born in' : 'lives in', true);
        }
      }
      // "Virginia Galle, a City Council member,", "X, an ETA militant": the body named before a member noun in apposition
      if (isComma(u[k + 1]) && /^(?:a|an|the)$/.test(u[k + 2]?.lower ?? '')) {
        const body = u[k + 3], noun = u[k + 4];
        if (isEntity(body) && (body.type === 'organization' || body.type === 'group') && noun && !noun.entity && MEMBER_NOUNS.has(noun.lower)
          && (!u[k + 5] || isComma(u[k + 5]) || isPunct(u[k + 5]) || /^(?:and|who|since|for)$/.test(u[k + 5]!.lower))) {
          report(x.entity, body.entity, 0.7, 'affiliation-member-apposition', [], 'member of');
        }
      }
      // "Salhuana, a member of the Alliance for Progress party", "X is a member of Y"
      for (let m = k + 1; m < u.length && m <= k + 4; m++) {
        if (u[m]!.entity) break;
        if (/^members?$/.test(u[m]!.lower) && u[m + 1]?.lower === 'of') {
          const body = readPhrase(ctx, m + 2, u.length, { organAsState: false }).arg;
          for (const id of body?.ids ?? []) report(x.entity, id, 0.75, 'affiliation-member', body!.from, 'member of');
          break;
        }
      }
      // "Derwinski, a Republican from Chicago,", "a native of Chisholm", "was born in North Bend"
      for (let m = k + 1; m < u.length && m <= k + 8; m++) {
        const w = u[m]!;
        // (a nationality word may come before: "X, a 43-year-old Australian from Melbourne")
        if ((w.entity && w.metonymy !== 'demonym') || isPunct(w) && !isComma(w)) break;
        const home = u[m + 1];
        const ends = !u[m + 2] || isComma(u[m + 2]) || isPunct(u[m + 2]) || isBreaker(u[m + 2]!.lower);
        // a native of, or born in, a place the gazetteer does not know (a small town) is still from there
        const nativeOrBorn = (w.lower === 'of' && /^(?:native|resident|citizen)s?$/.test(u[m - 1]?.lower ?? '')) || (w.lower === 'in' && u[m - 1]?.lower === 'born');
        if (!isEntity(home) || home.metonymy !== undefined || !(HOME_TYPES.has(home.type!) || (nativeOrBorn && home.type === 'location')) || !ends) continue;
        // ("Marco Rubio, a senator from Florida,": a legislator from a place sits for it, an office of the place)
        if (w.lower === 'from' && isComma(u[k + 1]) && LEGISLATORS_FROM.test(u[m - 1]?.lower ?? '') && !u[m - 1]!.entity) {
          emit({ source: x.entity, target: home.entity, kind: 'role', predicate: `${u[m - 1]!.lower} of`, cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'role-legislator-from' });
          break;
        }
        if (w.lower === 'from' && isComma(u[k + 1])) { report(x.entity, home.entity, 0.6, 'affiliation-from'); break; }
        if (nativeOrBorn) {
          report(x.entity, home.entity, 0.7, 'affiliation-home', [], w.lower === 'in' ? 'born in' : 'native of', true);
          const state = stateAfter(u, m + 1);
          if (state) report(x.entity, state.entity!, 0.7, 'affiliation-home', [], w.lower === 'in' ? 'born in' : 'native of');
          break;
        }
      }
    }
  }
}

/** Legislators who sit for the place they are "from" ("a senator from Florida", "a congresswoman from Texas"). */
const LEGISLATORS_FROM = /^(?:senator|congressman|congresswoman|congressmen|representative|assemblyman|assemblywoman)$/;

/** "<town> , <state or country>" closing there: the larger place named right after the town at `j`. */
export function stateAfter(u: readonly Unit[], j: number): Unit | undefined {
  const t = u[j], st = u[j + 2];
  if (!isEntity(t) || !isComma(u[j + 1]) || !isEntity(st) || st.metonymy !== undefined || (st.type !== 'region' && st.type !== 'country')) return undefined;
  if (t.type === 'country' || (t.type === 'region' && st.type === 'region')) return undefined;
  const next = u[j + 3];
  return !next || isComma(next) || (isPunct(next) && !isPossessive(next.lower)) ? st : undefined;
}

/**
 * "Imran Khan, the former cricket captain whose ...": the name an apposition describes, when a relative word at
 * unit `q` hangs on the apposition's noun (a comma and a determiner open it, at most eight words before).
 */
function describedBefore(u: readonly Unit[], q: number): Unit | undefined {
  let c = q - 1;
  while (c > 1 && q - c <= 8 && !isComma(u[c]) && !u[c]!.entity && !/^[.;:!?()]$/.test(u[c]!.text)) c--;
  return isComma(u[c]) && /^(?:a|an|the)$/.test(u[c + 1]?.lower ?? '') ? u[c - 1] : undefined;
}

const SCHOOL_HEADS = new Set(['university', 'college', 'school', 'academy', 'institute', 'hospital', 'seminary', 'conservatory']);

/**
 * The name ends in "of <place>" and that place lies in another country than the nationality word at its start names
 * ("American University of Beirut", "British School of Rome"): the word says a school's or a hospital's character or
 * founders, the place where it stands; it is no body of the first country.
 */
function seatElsewhere(ctx: Ctx, name: string, country: string): boolean {
  const of = / of (?:the )?(\p{Lu}[^,()]*)$/u.exec(name);
  if (!of || of[1]!.split(/\s+/).length > 3) return false;
  // (a school's or a hospital's: "the American Embassy of ..." is the state's own)
  if (!SCHOOL_HEADS.has(name.slice(0, of.index).split(/\s+/).pop()!.toLowerCase())) return false;
  const seat = ctx.nameToEntity(of[1]!) ?? ctx.knownPlace?.(of[1]!);
  const seatCountry = seat ? ctx.countryOf?.(seat, true) : undefined;
  return !!seatCountry && seatCountry !== country;
}

/** "Spanish infrastructure group Ferrovial has agreed to sell its stake": the body named nearest before unit p, not after a preposition. */
function nearestBody(u: readonly Unit[], p: number): Arg | undefined {
  for (let k = p - 1; k >= 0; k--) {
    const x = u[k]!;
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym') continue;
    if (!ORGANIZATION_TYPES.has(x.type!) || isPrep(u[k - 1]?.lower ?? '')) return undefined;
    return { ids: [x.entity], via: 'anaphor', from: [] };
  }
  return undefined;
}

/**
 * The organisation of the article whose name or alias opens `text`, the name of another body, before words of its
 * own that are all capitalised ("U.N." in "U.N. Security Council"); undefined when none or several.
 */
function parentNamedIn(ctx: Ctx, self: string, text: string): string | undefined {
  const words = text.split(/\s+/);
  const found = new Set<string>();
  for (let len = 1; len < words.length; len++) {
    if (!words.slice(len).every((w) => /^\p{Lu}/u.test(w))) continue;
    const prefix = words.slice(0, len).join(' ');
    for (const e of ctx.entities.values()) {
      if (e.id === self || (e.type !== 'organization' && e.type !== 'group')) continue;
      if (e.name === prefix || e.aliases.includes(prefix)) found.add(e.id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
