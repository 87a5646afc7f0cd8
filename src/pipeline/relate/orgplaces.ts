// Organisations in places ("based in", kind location): what the text states about
// where an organisation sits, in the shapes news uses.
//   "the Geneva-based WHO", "the Houston-based company" (the last organisation), "X, a Dayton-based developer,"
//   "Spotify, based in Stockholm,", "the bank, headquartered in Jeddah," "X is based in Y"
//   "Nomura Securities in Tokyo", "the Mariinsky Theatre of St Petersburg"
//   "G42, an artificial intelligence firm in Abu Dhabi,"
//   "Chicago's Field Museum" (a city or region as possessor)
//   "Serum Institute of India", "Indian Oil Corporation" (the place in the organisation's own name)
import type { EntityType } from '../../types.ts';
import { ORGANIZATION_HEAD_WORDS } from '../gazetteer/data/organizations.ts';
import type { Ctx } from './phrases.ts';
import { possessorAt, readPhrase } from './phrases.ts';
import { kindNameWords } from './discourse.ts';
import type { Unit } from './units.ts';
import type { Emit } from './found.ts';
import { clamp } from './found.ts';
import { endsNounPhrase } from './affiliation.ts';
import { isComma, isContent, isDet, isEntity, isIndependentBodyHead, isOrganizationAnaphor, isOrganizationDescriptor, isPlaceNoun, isPossessive, isPrep, isPunct, isRelative, isReportingVerb, ORGANIZATION_TYPES } from './classes.ts';
import { stateAfter } from './affiliation.ts';

/** "in <place>" after an organisation names its seat for towns and regions; for a country it is as often where it trades. */
const SEAT_AFTER_IN = new Set<EntityType>(['city', 'region']);
const SEATS = new Set<EntityType>(['city', 'region', 'country']);
const BASED = /^(.+)-(?:based|headquartered|registered)$/i;
const SITED = new Set(['based', 'headquartered', 'located', 'registered', 'incorporated']);
/** Nouns for an organisation's seat: "<org> headquarters in <place>". */
const HEADQUARTERS = new Set(['headquarters', 'hq', 'head office', 'seat']);
/** Verbs of moving a body's seat ("moved its headquarters to"). */
const MOVED = new Set(['moved', 'moves', 'moving', 'relocated', 'relocates', 'shifted', 'shifts', 'transferred', 'transfers']);
/** Sites an organisation runs somewhere other than its seat ("Hyundai's plant in Georgia"). */
const FACILITIES = new Set(['factory', 'factories', 'plant', 'plants', 'facility', 'facilities', 'refinery', 'refineries', 'mine', 'mines', 'warehouse', 'warehouses', 'site', 'sites']);
/** Nouns for a body's seat or its work in a place: "<org>'s European headquarters", "<org>'s office in". */
const WORK_NOUNS = new Set(['office', 'offices', 'branch', 'branches', 'operations', 'operation', 'work']);
/** Verbs of giving up a site or business ("sold its operations in", "closed its office in"). */
const GIVES_UP = /^(?:s[oe]ll(?:s|ing)?|sold|clos(?:e|es|ed|ing)|shut(?:s|ting)?|exit(?:s|ed|ing)?|divest(?:s|ed|ing)?|quit(?:s|ting)?|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|left|leave|leaves|leaving)$/;
/** Words for a body owned by a state ("India's state-run NTPC"). */
const OWNED = /^(?:state|government|publicly|privately)-(?:run|owned|controlled|backed)$/;

/**
 * The place an organisation's own name carries: its last words after "of" ("Bank of Japan"), else its
 * first one or two words ("Tokyo Electron", "Indian Oil Corporation"), when they name a country, region
 * or town on their own (a demonym stands for its country).
 */
export function placeInName(name: string, nameToEntity: (word: string) => string | undefined, type: (id: string | undefined) => EntityType | undefined): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const isSeat = (id: string | undefined) => !!id && SEATS.has(type(id) ?? 'other');
  const of = words.lastIndexOf('of');
  if (of > 0 && of < words.length - 1) {
    // "American University of Beirut": the place after "of" is the seat; the leading adjective is not.
    const id = words.length - of - 1 <= 3 ? nameToEntity(words.slice(of + 1).join(' ')) : undefined;
    if (isSeat(id)) return id;
    // ("U.S. House of Representatives": no place after "of", the leading words may still name one)
  }
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const lead = words.slice(0, n).join(' ');
    if (!/^[A-Z]/.test(lead)) continue;
    const id = nameToEntity(lead);
    if (isSeat(id)) return id;
  }
  // ("Teamsters Canada Rail Conference", "Athletics Kenya", "Three UK": a country's name inside the name, not after
  // "of" or "for", is the body's country; only a country: "Rio Tinto" or "Glencore Xstrata Zug" need no town)
  for (let k = 1; k < words.length; k++) {
    if (!/^\p{Lu}/u.test(words[k]!) || /^(?:of|for|to|and|&)$/i.test(words[k - 1]!)) continue;
    for (const n of [2, 1]) {
      if (k + n > words.length) continue;
      const id = nameToEntity(words.slice(k, k + n).join(' '));
      if (id && type(id) === 'country') return id;
    }
  }
  return undefined;
}

/**
 * Nouns that name a kind of business only after a seat ("the Seattle-based coffee chain", "a Tokyo-based
 * convenience-store chain"): alone they are no body ("the supply chain"), so they are not description nouns.
 */
const SEATED_KINDS = new Set(['chain']);

/** Heads of names of bodies whose "of <place>" is their seat. */
const INSTITUTION_HEADS = new Set([...ORGANIZATION_HEAD_WORDS, 'museum', 'theatre', 'theater', 'gallery', 'hospital', 'academy', 'library', 'orchestra', 'opera', 'ballet', 'zoo', 'school', 'observatory', 'conservatory', 'cathedral', 'stock']);
for (const notSeat of ['party', 'front', 'movement', 'army', 'forces', 'brigade', 'battalion', 'regiment', 'alliance', 'coalition']) INSTITUTION_HEADS.delete(notSeat);

export function extractOrgPlaces(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const type = (id: string | undefined) => (id ? ctx.entities.get(id)?.type : undefined);
  const report = (org: string, place: string, confidence: number, rule: string, from: number[] = []) => {
    if (org === place || !ORGANIZATION_TYPES.has(type(org) ?? 'other') || !SEATS.has(type(place) ?? 'other')) return;
    emit({ source: org, target: place, kind: 'location', predicate: 'based in', cameo: null, confidence: clamp(confidence), sentences: [ctx.s, ...from], rule });
  };
  /** The place a "<Name>-based" word names: a partial mention, else the name as the article knows it. */
  const basedPlace = (x: Unit): string | undefined => {
    const m = BASED.exec(x.text);
    if (!m) return undefined;
    if (x.partial && x.entity) return x.entity;
    return ctx.nameToEntity(m[1]!);
  };
  /** An organisation described by a nationality word belongs to that country. */
  const nationality = (org: string, country: string, rule: string) => {
    if (org === country || !ORGANIZATION_TYPES.has(type(org) ?? 'other') || type(country) !== 'country') return;
    emit({ source: org, target: country, kind: 'affiliation', predicate: 'affiliated with', cameo: null, confidence: 0.7, sentences: [ctx.s], rule });
  };
  extractOwnSites(ctx, emit);
  for (let k = 0; k < u.length; k++) {
    const x = u[k]!;
    // "..., the British oil major said": a description with a nationality and a kind of organisation, no name
    // after it, stands for the organisation the story is about; it says that organisation's country
    // (not after a preposition: "the former head of the Spanish football federation" is another body)
    // (nor an apposition to the name right before it: "Shares in Pernod Ricard, the French spirits group, fell")
    // ("to Kosmos Energy, the British oil major said": a description before a reporting verb is the clause's reporter)
    let d = k + 1;
    while (d < k + 4 && isContent(u[d]) && !u[d]!.entity && !isReportingVerb(u[d]!.lower)) d++;
    const apposition = isComma(u[k - 2]) && isEntity(u[k - 3]) && ORGANIZATION_TYPES.has(u[k - 3]!.type!) && !isReportingVerb(u[d]?.lower ?? '');
    // (nor a description opening the sentence: "The Japanese steelmaker agreed" is the previous sentence's
    // organisation, read by affiliation.ts)
    // ("the U.S. space agency said": a country's short form used as a modifier reads as its demonym)
    if (isEntity(x) && (x.metonymy === 'demonym' || countryAbbreviation(x)) && u[k - 1]?.lower === 'the' && k > 1 && !isPossessive(u[k + 1]?.lower ?? '') && !isPrep(u[k - 2]?.lower ?? '') && !apposition) {
      let m = k + 1;
      while (m < k + 3 && isContent(u[m]) && !u[m]!.entity && /^[a-z]/.test(u[m]!.text) && !isOrganizationDescriptor(u[m]!.lower) && !isOrganizationAnaphor(u[m]!.lower) && u[m]!.lower !== 'major') m++;
      const kind = u[m];
      const after = u[m + 1];
      if (kind && !kind.entity && (isOrganizationDescriptor(kind.lower) || isOrganizationAnaphor(kind.lower) || kind.lower === 'major') && !isEntity(after) && !isPossessive(after?.lower ?? '')) {
        const homes = organizationCountries(ctx);
        const fits = (id: string) => !homes.get(id) || homes.get(id)!.has(x.entity);
        // the sentence's own subject first ("Shell has agreed to sell ..., the British oil major said")
        const first = u.findIndex((y) => !!y.entity && !y.partial);
        const opener = first >= 0 && first <= 1 && ORGANIZATION_TYPES.has(u[first]!.type!) && fits(u[first]!.entity!) ? { s: ctx.s, i: first, value: u[first]!.entity! } : undefined;
        const o = opener ?? ctx.discourse.salientOrganization({ s: ctx.s, i: k }, fits);
        if (o && o.value !== x.entity) emit({ source: o.value, target: x.entity, kind: 'affiliation', predicate: 'affiliated with', cameo: null, confidence: 0.6, sentences: [ctx.s, ...(o.s === ctx.s ? [] : [o.s])], rule: 'org-descriptor-anaphor' });
      }
    }
    // "..., the London club announced", "X, who founded the Eindhoven company in 2009,": a town written before a kind of
    // organisation is its seat; the organisation is the clause's reporter (the sentence's opening name, else the story's),
    // or the one organisation the sentence named before the description
    if (isEntity(x) && !x.partial && x.metonymy === undefined && SEAT_AFTER_IN.has(x.type!) && u[k - 1]?.lower === 'the' && k > 1) {
      const kind = u[k + 1];
      const after = u[k + 2];
      if (kind && !kind.entity && (isOrganizationDescriptor(kind.lower) || isOrganizationAnaphor(kind.lower)) && !isEntity(after) && !isPossessive(after?.lower ?? '') && !isPrep(u[k - 2]?.lower ?? '')) {
        const seatCountry = ctx.countryOf?.(x.entity);
        const homes = organizationCountries(ctx);
        const fits = (id: string) => !homes.get(id) || (!!seatCountry && homes.get(id)!.has(seatCountry));
        const before = u.slice(0, k).filter((y) => isEntity(y) && !y.partial && ORGANIZATION_TYPES.has(y.type!));
        const first = u.findIndex((y) => !!y.entity && !y.partial);
        let o: string | undefined;
        if (isReportingVerb(after?.lower ?? '')) {
          // (not another organisation the sentence names: "signed X from Real Betis, the London club announced")
          o = first >= 0 && first <= 1 && ORGANIZATION_TYPES.has(u[first]!.type!) ? u[first]!.entity! : before.length ? undefined : ctx.discourse.salientOrganization({ s: ctx.s, i: k }, fits)?.value;
        } else if (new Set(before.map((y) => y.entity)).size === 1) o = before[0]!.entity!;
        if (o && fits(o)) report(o, x.entity, 0.65, 'org-town-descriptor');
      }
    }
    // "the Geneva-based WHO", "the Houston-based company"
    if (x.text.includes('-') && (!x.entity || x.partial)) {
      let place = basedPlace(x);
      if (place) {
        let m = k + 1;
        while (m < k + 4 && isContent(u[m]) && !isOrganizationDescriptor(u[m]!.lower) && !isOrganizationAnaphor(u[m]!.lower) && !SEATED_KINDS.has(u[m]!.lower)) m++;
        const next = u[m];
        // "a New York-based firm": the place's first words are units of their own before the hyphenated one
        let lead = k;
        while (lead > 0 && x.entity && u[lead - 1]!.entity === x.entity) lead--;
        // ("the Santa Clara, California-based company": a city written before its state or country is the seat, and
        // lies in the place the hyphenated word names)
        const city = isComma(u[lead - 1]) && isEntity(u[lead - 2]) && !u[lead - 2]!.partial && u[lead - 2]!.type === 'city' && u[lead - 2]!.entity !== place ? u[lead - 2]!.entity! : undefined;
        if (city) {
          lead -= 2;
          emit({ source: city, target: place, kind: 'location', predicate: 'located in', cameo: null, confidence: 0.85, sentences: [ctx.s], rule: 'location-based-address' });
          place = city;
        }
        const appositionOf = isDet(u[lead - 1]?.lower ?? '') && isComma(u[lead - 2]) ? u[lead - 3] : undefined;
        const described = next && !next.entity && (isOrganizationDescriptor(next.lower) || isOrganizationAnaphor(next.lower) || SEATED_KINDS.has(next.lower));
        if (isEntity(next)) report(next.entity, place, 0.85, 'org-based-prefix');
        // "the Paris-based media group Lumiere Media": the kind of organisation, then its name
        else if (described && isEntity(u[m + 1]) && ORGANIZATION_TYPES.has(u[m + 1]!.type!)) report(u[m + 1]!.entity!, place, 0.85, 'org-based-prefix');
        // "Greenway Holdings, a Dayton-based developer,": the apposition describes the name before it.
        else if (isEntity(appositionOf) && ORGANIZATION_TYPES.has(appositionOf.type!) && next && !next.entity && (described || (m > k + 1 && (isComma(next) || isPunct(next))))) report(appositionOf.entity, place, 0.8, 'org-based-apposition');
        // "Tom Reed, the Denver-based developer,": a person the apposition describes works from the place
        else if (isEntity(appositionOf) && appositionOf.type === 'person' && next && !next.entity) {
          if (appositionOf.entity !== place && SEATS.has(type(place) ?? 'other')) {
            emit({ source: appositionOf.entity, target: place, kind: 'affiliation', predicate: 'based in', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'person-based-apposition' });
          }
        } else if (described && isDet(u[lead - 1]?.lower ?? '') && u[lead - 1]!.lower === 'the') {
          // "the company" is the one the story is about: of those named lately, the one named most
          // Not an organisation the article places in another country ("Germany's Lufthansa" is not "the
          // Rome-based airline"); one it places in the seat's own country is preferred.
          const seatCountry = ctx.countryOf?.(place);
          const homes = seatCountry ? organizationCountries(ctx) : undefined;
          // (nor one this article has seated in another city: "the Seattle-based coffee chain" is not the later "the
          // Newport Beach, California-based burrito chain")
          const seatedElsewhere = (id: string) => type(place) === 'city' && (ctx.earlier ?? []).some((f) => f.source === id && f.kind === 'location' && f.predicate === 'based in' && f.target !== place && type(f.target) === 'city');
          const fits = (id: string) => (!homes?.get(id) || homes.get(id)!.has(seatCountry!)) && !seatedElsewhere(id);
          const at = { s: ctx.s, i: k };
          // ("the Amsterdam-based agency": a body whose own name ends on the noun, "the European Medicines Agency", first)
          // ("the Luxembourg-based court" after "The Court of Justice of the EU": a name holding a word of the noun's
          // kind anywhere, discourse.ts kindNameWords)
          const kind = kindNameWords(next.lower);
          const ofKind = (id: string) => nameEndsOn(ctx.entities.get(id)?.name, next.lower) || nameHoldsAny(ctx.entities.get(id)?.name, kind);
          // ("Starbucks on Tuesday named X ..., the Seattle-based coffee chain said": a reporter closing the sentence is
          // the body opening it)
          const first = u.findIndex((y) => !!y.entity && !y.partial);
          const opener = isReportingVerb(u[m + 1]?.lower ?? '') && first >= 0 && first <= 1 && ORGANIZATION_TYPES.has(u[first]!.type!) && fits(u[first]!.entity!) && (!isIndependentBodyHead(next.lower) || ofKind(u[first]!.entity!)) ? { s: ctx.s, i: first, value: u[first]!.entity! } : undefined;
          const byNoun = opener ?? ctx.discourse.salientOrganization(at, (id) => ofKind(id) && fits(id));
          // (a court or a regulator is not the story's party: no other body stands for it)
          const o = byNoun ?? (isIndependentBodyHead(next.lower) ? undefined : (seatCountry && ctx.discourse.salientOrganization(at, (id) => !!homes?.get(id)?.has(seatCountry) && !seatedElsewhere(id))) ?? ctx.discourse.salientOrganization(at, (id) => !seatedElsewhere(id)));
          if (o && fits(o.value)) report(o.value, place, 0.7, 'org-based-anaphor', o.s === ctx.s ? [] : [o.s]);
        }
      }
    }
    // "outside the party's headquarters in Santo Domingo", "The company, based in Burton upon Trent,": a description of
    // a body named before, read as any "the company" is (phrases.ts)
    // ("at the confederation's headquarters in Cairo": a noun of the one body whose name holds it)
    if (!x.entity && !isOrganizationAnaphor(x.lower) && u[k - 1]?.lower === 'the' && /^[a-z]+$/.test(x.text) && isPossessive(u[k + 1]?.lower ?? '') && HEADQUARTERS.has(u[k + 2]?.lower ?? '') && u[k + 3]?.lower === 'in') {
      const p = u[namedPlaceAt(u, k + 4)];
      const body = isEntity(p) && p.metonymy === undefined && !p.partial ? describedBody(ctx, k) : undefined;
      if (body) report(body.id, p!.entity!, 0.7, 'org-seat-anaphor', body.from);
      continue;
    }
    if (!x.entity && isOrganizationAnaphor(x.lower) && u[k - 1]?.lower === 'the') {
      let at = -1;
      let town = false;
      if (isPossessive(u[k + 1]?.lower ?? '') && HEADQUARTERS.has(u[k + 2]?.lower ?? '') && u[k + 3]?.lower === 'in') at = k + 4;
      else if (isComma(u[k + 1]) && SITED.has(u[k + 2]?.lower ?? '') && u[k + 3]?.lower === 'in') at = k + 4;
      // ("The company, which is headquartered in Menlo Park,": the same with a relative clause)
      else if (isComma(u[k + 1]) && isRelative(u[k + 2]?.lower ?? '') && /^(?:is|was|are|were)$/.test(u[k + 3]?.lower ?? '') && SITED.has(u[k + 4]?.lower ?? '') && u[k + 5]?.lower === 'in') at = k + 6;
      // ("Judges at the court in The Hague said": a town or region right after the description is the body's seat, as
      // after its name, "Nomura Securities in Tokyo"; not an act's place, "the court in Brno ruled on Monday" is the
      // same reading, "the company in 2019" no place at all)
      else if (u[k + 1]?.lower === 'in' && isEntity(u[k + 2]) && SEAT_AFTER_IN.has(u[k + 2]!.type!) && endsNounPhrase(u[k + 3]) && !isPossessive(u[k + 3]?.lower ?? '')) { at = k + 2; town = true; }
      const p = at >= 0 ? u[namedPlaceAt(u, at)] : undefined;
      const body = isEntity(p) && p.metonymy === undefined && !p.partial ? possessorAt(ctx, k) : undefined;
      // (after a bare description, only a body whose name holds its noun: "the court" may be read as the story's party)
      const holds = (id: string) => (ctx.entities.get(id)?.name ?? '').toLowerCase().split(/\s+/).includes(x.lower);
      if (body && body.ids.length === 1 && (!town || holds(body.ids[0]!))) report(body.ids[0]!, p!.entity!, town ? 0.65 : 0.7, 'org-seat-anaphor', body.from);
      continue;
    }
    // "sites including the Wolfsburg headquarters", "the Wolfsburg headquarters of Volkswagen": a city naming a body's
    // headquarters is its seat; the body is the one after "of", else the one the story is about
    if (isEntity(x) && !x.partial && x.type === 'city' && u[k - 1]?.lower === 'the' && HEADQUARTERS.has(u[k + 1]?.lower ?? '')) {
      const of = u[k + 2]?.lower === 'of' ? readPhrase(ctx, k + 3, u.length, { organAsState: false }).arg : undefined;
      const o = of ? undefined : ctx.discourse.topical('organization', { s: ctx.s, i: k }) ?? ctx.discourse.salientOrganization({ s: ctx.s, i: k });
      const body = of?.ids.length === 1 ? { id: of.ids[0]!, from: of.from } : o ? { id: o.value, from: o.s === ctx.s ? [] : [o.s] } : undefined;
      if (body && ORGANIZATION_TYPES.has(type(body.id) ?? 'other')) report(body.id, x.entity!, 0.7, 'org-seat-anaphor', body.from);
      continue;
    }
    // "Ferrovial, which moved its headquarters from Madrid to the Netherlands", "Shell moved its head office to London":
    // the seat is where it went; the body is the clause's subject, named right before (or before ", which")
    if (!x.entity && MOVED.has(x.lower) && /^(?:its|their)$/.test(u[k + 1]?.lower ?? '') && HEADQUARTERS.has(u[k + 2]?.lower ?? '')) {
      let t = k + 3;
      if (u[t]?.lower === 'from') { t++; if (u[t]?.lower === 'the') t++; if (isEntity(u[t])) t++; }
      const p = u[t]?.lower === 'to' ? u[namedPlaceAt(u, t + 1)] : undefined;
      let s = k - 1;
      if (u[s]?.lower === 'which' || u[s]?.lower === 'that') s--;
      if (isComma(u[s])) s--;
      const body = u[s];
      if (isEntity(p) && !p.partial && p.metonymy === undefined && SEATS.has(p.type!) && isEntity(body) && !body.partial && ORGANIZATION_TYPES.has(body.type!)) {
        report(body.entity!, p.entity!, 0.75, 'org-seat-moved');
      }
      continue;
    }
    // "sold in the United States, where the Food and Drug Administration approved it": a state's agency named in a
    // clause about the country is that country's (only a body whose name ends on a state body's noun and holds no word
    // of a body above states: "in Ukraine, where the IMF ..." is not the IMF's seat)
    if (isEntity(x) && !x.partial && x.metonymy === undefined && type(x.entity) === 'country' && isComma(u[k + 1]) && u[k + 2]?.lower === 'where') {
      const o = u[k + 3]?.lower === 'the' ? u[k + 4] : u[k + 3];
      if (isEntity(o) && !o.partial && ORGANIZATION_TYPES.has(o.type!) && isStateAgencyName(ctx.entities.get(o.entity!)?.name ?? '')) report(o.entity!, x.entity!, 0.7, 'org-state-agency-where');
    }
    // "told a news briefing in Sejong, where the commission is based": the body a description means sits in the place
    if (isEntity(x) && !x.partial && x.metonymy === undefined && SEATS.has(x.type!) && isComma(u[k + 1]) && u[k + 2]?.lower === 'where' && u[k + 3]?.lower === 'the') {
      const noun = u[k + 4];
      const v = /^(?:is|was|are|were|has|have)$/.test(u[k + 5]?.lower ?? '') ? k + 6 : k + 5;
      if (noun && !noun.entity && SITED.has(u[v]?.lower ?? '') && endsNounPhrase(u[v + 1])) {
        const body = describedBody(ctx, k + 4);
        if (body) report(body.id, x.entity!, 0.7, 'org-seat-where', body.from);
      }
    }
    // "Qatar, which has hosted the group's political office since 2012", "Kenya hosts the agency's regional headquarters":
    // a place that hosts a body's office or seat is where the body sits
    if (isEntity(x) && !x.partial && x.metonymy === undefined && SEATS.has(x.type!)) {
      const hosted = hostedBody(ctx, k);
      if (hosted) report(hosted.id, x.entity, 0.7, 'org-hosted-office', hosted.from);
    }
    if (!isEntity(x) || !ORGANIZATION_TYPES.has(x.type!)) continue;
    // "Italy's privacy watchdog fines X ... The watchdog, known as the Garante, found": a name given to a description the
    // article opened with a country's possessive is that country's body
    {
      const t = u[k - 1]?.lower === 'the' ? 1 : 0;
      const noun = u[k - 4 - t];
      if (u[k - 1 - t]?.lower === 'as' && u[k - 2 - t]?.lower === 'known' && isComma(u[k - 3 - t]) && noun && !noun.entity && /^[a-z]+$/.test(noun.text) && u[k - 5 - t]?.lower === 'the') {
        const owner = possessorOfDescription(ctx, noun.lower);
        if (owner) report(x.entity, owner.country, 0.65, 'org-known-as-description', [owner.s]);
      }
    }
    // "the Santiago consultancy Plusmining", "the Tokyo broker Nomura": a place, a kind of organisation, the name
    // ("a Tehran company, Arvand Surveillance Systems": or the name in apposition after a comma)
    {
      const c = isComma(u[k - 1]) ? 1 : 0;
      const kind = u[k - 1 - c], place = u[k - 2 - c];
      if (kind && !kind.entity && isOrganizationDescriptor(kind.lower) && isEntity(place) && place.metonymy === undefined && isDet(u[k - 3 - c]?.lower ?? '')) {
        report(x.entity, place.entity, 0.75, 'org-place-descriptor');
      } else if (c === 0 && kind && PARTNER_NOUNS.has(kind.lower) && isEntity(place) && !place.partial && countryAbbreviation(place) && /^(?:its|their|the|a)$/.test(u[k - 3]?.lower ?? '')) {
        // "its U.S. partner Biogen", "a U.S. rival, X": a body another one deals with, named with its country
        report(x.entity, place.entity!, 0.7, 'org-place-descriptor');
      } else if (kind && !kind.entity && isOrganizationDescriptor(kind.lower) && isEntity(place) && place.metonymy === 'demonym' && c === 1 && isDet(u[k - 3 - c]?.lower ?? '')) {
        nationality(x.entity, place.entity, 'org-nationality-descriptor');
      }
    }
    // "Uber's European headquarters are in Amsterdam", "Google's office in Zurich", "X operates in Kenya": where a body
    // has its seat or works (a site other than the seat: "operates in")
    {
      const at = operatesAt(u, k);
      if (at) {
        const p = u[at.place]!;
        if (at.seat) report(x.entity, p.entity!, 0.75, 'org-headquarters-in');
        else if (SEATS.has(type(p.entity) ?? 'other') && x.entity !== p.entity) emit({ source: x.entity, target: p.entity!, kind: 'location', predicate: 'operates in', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'org-operates-in' });
      }
    }
    // "India's state-run NTPC": a body a country runs sits there (a body right after the possessive, "Spain's
    // Telefonica", is read by affiliation.ts)
    if (OWNED.test(u[k - 1]?.text ?? '') && isPossessive(u[k - 2]?.lower ?? '')) {
      const c = u[k - 3];
      if (isEntity(c) && !c.partial && c.metonymy === undefined && type(c.entity) === 'country' && !isPossessive(u[k + 1]?.lower ?? '')) report(x.entity, c.entity!, 0.7, 'org-possessive-country');
    }
    // "the U.N. mission, known as MONUSCO, in South Kivu province": the mission's place after its name's apposition
    if (u[k - 1]?.lower === 'as' && u[k - 2]?.lower === 'known' && isComma(u[k + 1]) && u[k + 2]?.lower === 'in') {
      const p = u[namedPlaceAt(u, k + 3)];
      const end = u[namedPlaceAt(u, k + 3) + 1];
      if (isEntity(p) && !p.partial && p.metonymy === undefined && SEATS.has(type(p.entity) ?? 'other') && p.entity !== x.entity && (!end || isPunct(end) || isPlaceNoun(end.lower) || isPrep(end.lower))) {
        emit({ source: x.entity, target: p.entity!, kind: 'location', predicate: 'operates in', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'org-known-as-in' });
      }
    }
    // "Elk Valley Resources operates four mines in British Columbia", "X has built an industrial park at Morowali": sites a
    // body runs in a place
    {
      const at = sitesAt(u, k);
      const p = at >= 0 ? u[at]! : undefined;
      if (p && SEATS.has(type(p.entity) ?? 'other') && p.entity !== x.entity) emit({ source: x.entity, target: p.entity!, kind: 'location', predicate: 'has facilities in', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'org-facility-in' });
    }
    // "Frelimo has governed Mozambique since 1975", "Georgian Dream, which has ruled Georgia": a party or group that
    // governs a country sits in it
    {
      let i = k + 1;
      if (isComma(u[i]) && isRelative(u[i + 1]?.lower ?? '')) i += 2;
      if (/^(?:has|have|had)$/.test(u[i]?.lower ?? '')) i++;
      const p = GOVERNS.has(u[i]?.lower ?? '') ? u[namedPlaceAt(u, i + 1)] : undefined;
      if (isEntity(p) && !p.partial && p.metonymy === undefined && type(p.entity) === 'country' && endsNounPhrase(u[namedPlaceAt(u, i + 1) + 1])) report(x.entity, p.entity!, 0.7, 'org-governs');
    }
    // "the Knesset, Israel's parliament,", "Ofwat, Britain's water regulator": a state's body in apposition
    if (isComma(u[k + 1]) && isEntity(u[k + 2]) && !u[k + 2]!.partial && u[k + 2]!.metonymy === undefined && type(u[k + 2]!.entity) === 'country' && isPossessive(u[k + 3]?.lower ?? '')) {
      let n = k + 4;
      while (n < k + 6 && isContent(u[n]) && !isOrganizationDescriptor(u[n]!.lower) && !STATE_BODIES.has(u[n]!.lower)) n++;
      const noun = u[n];
      if (noun && !noun.entity && (isOrganizationDescriptor(noun.lower) || STATE_BODIES.has(noun.lower)) && endsNounPhrase(u[n + 1])) report(x.entity, u[k + 2]!.entity!, 0.75, 'org-apposition-possessor');
    }
    // "Serum Institute of India", "Indian Oil Corporation", "US State Department": the name says where the body belongs.
    if (!x.partial) {
      const place = placeInName(x.text, ctx.nameToEntity, type);
      // A leading place word only when the article names the place itself ("Indian Oil Corporation" is no claim
      // about India the text makes); a place after "of" is stated by the name ("the Bolshoi Theatre of Moscow").
      // (not things named after a place, "the Benin Bronzes", which the article also calls "the bronzes")
      if (place && ctx.entities.get(place)!.mentions.length && !namesThings(ctx, x.text)) report(x.entity, place, 0.7, 'org-place-in-name');
      else {
        // only a body's name ("University of Michigan", "Bolshoi Theatre of Moscow"), not "Treaty of Baden" or "Party of God"
        const of = / of (?:the )?(\p{Lu}[^,()]*)$/u.exec(x.text);
        const head = of ? x.text.slice(0, of.index).split(/\s+/).pop()!.toLowerCase() : '';
        const seat = of && INSTITUTION_HEADS.has(head) && of[1]!.split(/\s+/).length <= 3 ? ctx.nameToEntity(of[1]!) ?? ctx.knownPlace?.(of[1]!) : undefined;
        if (seat && SEATS.has(type(seat) ?? 'other')) report(x.entity, seat, 0.7, 'org-place-of-name');
      }
    }
    // The recogniser took "Geneva-based" into the name ("Geneva-based World Health Organization").
    const lead = BASED.exec(x.text.split(/\s+/)[0]!);
    if (lead) {
      const place = ctx.nameToEntity(lead[1]!);
      if (place) report(x.entity, place, 0.85, 'org-based-prefix');
    }
    const next = u[k + 1];
    // "Spotify, based in Stockholm," / "X, which is headquartered in Y" / "X is based in Y"
    let j = k + 1;
    if (isComma(u[j])) j++;
    if (u[j] && isRelative(u[j]!.lower)) j++;
    if (u[j] && /^(?:is|are|was|were)$/.test(u[j]!.lower)) j++;
    // ("The Cobalt Institute, an industry body based in London": a description of the kind of body may come first)
    if (j === k + 2 && /^(?:a|an|the)$/.test(u[j]?.lower ?? '')) {
      let n = j + 1;
      while (n < j + 4 && isContent(u[n]) && !u[n]!.entity && !isOrganizationDescriptor(u[n]!.lower) && !isOrganizationAnaphor(u[n]!.lower)) n++;
      if (u[n] && !u[n]!.entity && (isOrganizationDescriptor(u[n]!.lower) || isOrganizationAnaphor(u[n]!.lower)) && SITED.has(u[n + 1]?.lower ?? '')) j = n + 1;
    }
    if (u[j] && SITED.has(u[j]!.lower) && u[j + 1]?.lower === 'in') {
      const p = u[namedPlaceAt(u, j + 2)];
      if (isEntity(p)) { report(x.entity, p.entity, 0.85, 'org-based-in'); continue; }
    }
    // "Hyundai Motor's factories in Ulsan", "Tata's plant in Sanand": a site the organisation runs in the place
    if (isPossessive(u[k + 1]?.lower ?? '') && FACILITIES.has(u[k + 2]?.lower ?? '') && u[k + 3]?.lower === 'in') {
      const p = u[k + 4];
      if (isEntity(p) && p.metonymy === undefined && !p.partial && ORGANIZATION_TYPES.has(x.type!) && SEATS.has(type(p.entity) ?? 'other') && x.entity !== p.entity) {
        emit({ source: x.entity, target: p.entity, kind: 'location', predicate: 'has facilities in', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'org-facility-in' });
      }
    }
    // "NRC headquarters in nearby Rockville, Md.", "Acme's headquarters in Lyon": the seat, and the state after its town
    {
      let h = k + 1;
      if (isPossessive(u[h]?.lower ?? '')) h++;
      if (u[h] && HEADQUARTERS.has(u[h]!.lower) && u[h + 1]?.lower === 'in') {
        let at = h + 2;
        if (isContent(u[at]) && !u[at]!.entity && /^[a-z]+$/.test(u[at]!.text)) at++;
        const p = u[at];
        if (isEntity(p) && p.metonymy === undefined) {
          report(x.entity, p.entity, 0.8, 'org-headquarters-in');
          const state = stateAfter(u, at);
          if (state) report(x.entity, state.entity!, 0.8, 'org-headquarters-in');
          continue;
        }
      }
    }
    // "Biogen, of Cambridge, Massachusetts, said", "Westinghouse of the United States, whose designs": a body's seat (a
    // town, with its state or country after it, or a country) in an "of" phrase right after its name, closing it
    {
      const c = isComma(u[k + 1]) ? 1 : 0;
      // (not a word the recogniser cut from a longer name, "the Oba of Benin", "the Kingdom of Benin")
      // (a name in a list of names each placed so is whole: "Allkem of Australia and Livent of the United States")
      const listed = /^(?:and|,)$/.test(u[k - 1]?.lower ?? '') || u[namedPlaceAt(u, k + 2 + c) + 1]?.lower === 'and';
      if (u[k + 1 + c]?.lower === 'of' && !x.partial && !(c === 0 && !listed && fragmentBeforeOf(ctx, x.entity))) {
        const at = namedPlaceAt(u, k + 2 + c);
        const p = u[at];
        const state = p && p.type !== 'country' ? stateAfter(u, at) : undefined;
        const end = u[state ? at + 3 : at + 1];
        const closes = c ? !end || isComma(end) || (isPunct(end) && !isPossessive(end.lower)) : endsNounPhrase(end) && !isPossessive(end?.lower ?? '');
        // (the town is the seat; the state after it is the town's, located-in, not the body's)
        if (isEntity(p) && !p.partial && p.metonymy === undefined && SEATS.has(p.type!) && closes) {
          report(x.entity, p.entity!, 0.75, 'org-of-place-apposition');
          continue;
        }
      }
    }
    // "Nomura Securities in Tokyo", "the Mariinsky Theatre of St Petersburg": the phrase ends with the place.
    // ("the Court of Arbitration for Sport (CAS) in Lausanne": the name's bracketed short form may come between)
    const b = u[k + 1]?.text === '(' && u[k + 3]?.text === ')' ? 3 : 0;
    const prep = u[k + 1 + b], place = u[k + 2 + b];
    // ("the High Court in London last month": a phrase of time may close it)
    const ends = endsNounPhrase(u[k + 3 + b]) || (TIME_OPENERS.test(u[k + 3 + b]?.lower ?? '') && TIME_NOUNS.test(u[k + 4 + b]?.lower ?? ''));
    if (prep && (prep.lower === 'in' || (prep.lower === 'of' && !b)) && isEntity(place) && place.metonymy === undefined && ends && SEAT_AFTER_IN.has(place.type!)) {
      report(x.entity, place.entity, prep.lower === 'of' ? 0.75 : 0.7, prep.lower === 'of' ? 'org-of-place' : 'org-in-place');
      continue;
    }
    // "G42, an artificial intelligence firm in Abu Dhabi,"
    if (isComma(next)) {
      let m = k + 2;
      if (u[m] && /^(?:the|a|an)$/.test(u[m]!.lower)) m++;
      // "Lumora Therapeutics, a Belgian developer of ...", "Crestwater, an American investment fund,": a nationality or
      // a place opening the description of a kind of organisation
      if (m === k + 3 && isEntity(u[m]) && !u[m]!.partial && (u[m]!.metonymy === 'demonym' || SEAT_AFTER_IN.has(u[m]!.type!))) {
        let d = m + 1;
        while (d < m + 4 && isContent(u[d]) && !u[d]!.entity && /^[a-z]/.test(u[d]!.text) && !isOrganizationDescriptor(u[d]!.lower)) d++;
        // (the description may go on: "an American investment fund led by ...")
        const closes = !u[d + 1] || isPunct(u[d + 1]) || /^(?:of|that|which|with|for|in|based|and|led|run|owned|controlled|backed|founded)$/.test(u[d + 1]!.lower);
        if (u[d] && !u[d]!.entity && isOrganizationDescriptor(u[d]!.lower) && closes) {
          if (u[m]!.metonymy === 'demonym') nationality(x.entity, u[m]!.entity!, 'org-apposition-nationality');
          else report(x.entity, u[m]!.entity!, 0.75, 'org-apposition-place');
        }
      }
      let words = 0;
      while (words < 4 && isContent(u[m]) && !isOrganizationDescriptor(u[m]!.lower)) { m++; words++; }
      if (u[m] && isOrganizationDescriptor(u[m]!.lower) && (u[m + 1]?.lower === 'in' || u[m + 1]?.lower === 'based') ) {
        const at = u[m + 1]!.lower === 'based' && u[m + 2]?.lower === 'in' ? m + 3 : m + 2;
        const p = u[at];
        if (isEntity(p) && p.metonymy === undefined) report(x.entity, p.entity, 0.75, 'org-apposition-in');
      }
    }
    // "Chicago's Field Museum": a town or region owning an organisation is its seat.
    if (isPossessive(u[k - 1]?.lower ?? '') && isEntity(u[k - 2]) && SEAT_AFTER_IN.has(u[k - 2]!.type!) && u[k - 2]!.metonymy === undefined) {
      report(x.entity, u[k - 2]!.entity!, 0.7, 'org-possessive-place');
    }
  }
}

/**
 * "Northvolt has struggled to ramp up production at its main plant in Skelleftea", "The company said its plants in
 * Sweden, Poland and Germany would keep running": "its" site, office or headquarters in a place (or a list of places)
 * belongs to the organisation named last before it in the sentence (no person named between), or, in a sentence whose
 * subject is "the company" or a like description, to the body that description means.
 */
function extractOwnSites(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const type = (id: string | undefined) => (id ? ctx.entities.get(id)?.type : undefined);
  for (let k = 1; k + 3 < u.length; k++) {
    if (u[k]!.lower !== 'its') continue;
    let h = k + 1;
    // (one word of kind or region: "its main plant", "its European headquarters")
    if (u[h] && (!u[h]!.entity ? /^[A-Za-z]+$/.test(u[h]!.text) : u[h]!.metonymy === 'demonym') && (FACILITIES.has(u[h + 1]?.lower ?? '') || WORK_NOUNS.has(u[h + 1]?.lower ?? '') || HEADQUARTERS.has(u[h + 1]?.lower ?? ''))) h++;
    const noun = u[h]?.lower ?? '';
    const predicate = FACILITIES.has(noun) ? 'has facilities in' : HEADQUARTERS.has(noun) ? 'based in' : WORK_NOUNS.has(noun) && noun !== 'work' && noun !== 'operation' ? 'operates in' : undefined;
    // (not what it gives up: "sold its operations in Costa Rica")
    if (!predicate || u[h + 1]?.lower !== 'in' || GIVES_UP.test(u[k - 1]?.lower ?? '')) continue;
    // the owner: the organisation named last before "its", no person between
    let owner: { id: string; from: number[] } | undefined;
    for (let b = k - 1; b >= 0; b--) {
      const w = u[b]!;
      if (!isEntity(w) || w.partial || w.metonymy === 'demonym') continue;
      if (ORGANIZATION_TYPES.has(w.type!)) owner = { id: w.entity!, from: [] };
      if (!PLACE_TYPES_FOR_SEAT.has(w.type!)) break;
    }
    // ("The company said its plants ...": the body a description opening the sentence means)
    if (!owner && u[0]?.lower === 'the' && isOrganizationAnaphor(u[1]?.lower ?? '') && k <= 4) {
      const body = possessorAt(ctx, 1);
      if (body?.ids.length === 1) owner = { id: body.ids[0]!, from: body.from };
    }
    // ("Since then the company has set up its European headquarters in Ireland": the description is the subject of the
    // clause that takes "its", only its verb and auxiliaries between)
    if (!owner) {
      let d = k - 1;
      // (a particle may end the verb: "has set up its")
      while (d > k - 5 && d > 0 && !u[d]!.entity && /^[a-z]+$/.test(u[d]!.text) && !isOrganizationAnaphor(u[d]!.lower) && (!isPrep(u[d]!.lower) || /^(?:up|out|off)$/.test(u[d]!.lower)) && !isDet(u[d]!.lower)) d--;
      if (d < k - 1 && u[d - 1]?.lower === 'the' && !u[d]!.entity && isOrganizationAnaphor(u[d]!.lower)) {
        const body = possessorAt(ctx, d);
        if (body?.ids.length === 1) owner = { id: body.ids[0]!, from: body.from };
      }
    }
    if (!owner || !ORGANIZATION_TYPES.has(type(owner.id) ?? 'other')) continue;
    for (const p of placeList(u, h + 2)) {
      const place = u[p]!.entity!;
      if (place === owner.id || !SEATS.has(type(place) ?? 'other')) continue;
      emit({ source: owner.id, target: place, kind: 'location', predicate, cameo: null, confidence: 0.7, sentences: [ctx.s, ...owner.from], rule: 'org-own-site-in' });
    }
  }
}
/** Words that make a sentence worth reading for "its" sites (cues.ts): a body's sites, offices and seat. */
export const OWN_SITE_WORDS = [...FACILITIES, ...WORK_NOUNS, ...HEADQUARTERS];
/** Entity types a walk back to the owner of "its" may pass (places named on the way: "the Swedish battery maker"). */
const PLACE_TYPES_FOR_SEAT = new Set<EntityType>(['city', 'region', 'country', 'location']);

/** The places of a list starting at unit i ("Sweden, Poland and Germany"), each named whole; none when the first is not. */
function placeList(u: readonly Unit[], i: number): number[] {
  const out: number[] = [];
  let p = namedPlaceAt(u as Unit[], i);
  while (isEntity(u[p]) && !u[p]!.partial && u[p]!.metonymy === undefined) {
    const next = u[p + 1];
    if (next && (next.lower === "'s" || isPossessive(next.lower) || (next.entity && !isComma(next)))) break;
    out.push(p);
    let n = p + 1;
    if (isComma(u[n])) n++;
    if (u[n]?.lower === 'and') n++;
    if (n === p + 1 || !isEntity(u[n])) break;
    p = n;
  }
  return out;
}

/** A country named by its short form, "U.S.", "UK" (which modifies a noun as a demonym does: "the U.S. space agency"). */
function countryAbbreviation(x: Unit): boolean {
  return x.type === 'country' && x.metonymy === undefined && !x.partial && /^[A-Z](?:\.?[A-Z])+\.?$/.test(x.text);
}

/** Nouns for a body by its tie to another ("its U.S. partner Biogen"), which a country's short form before them places. */
const PARTNER_NOUNS = new Set(['partner', 'partners', 'rival', 'rivals', 'competitor', 'peer', 'unit', 'subsidiary', 'affiliate', 'counterpart', 'ally']);

/** Nouns a state agency's name ends on ("Food and Drug Administration", "Federal Communications Commission"). */
const STATE_AGENCY_HEADS = new Set(['administration', 'agency', 'ministry', 'department', 'commission', 'authority', 'bureau', 'office', 'inspectorate', 'directorate', 'service', 'regulator', 'police']);
/** Words of bodies above or between states ("International Energy Agency", "European Medicines Agency"). */
const ABOVE_STATES = /\b(?:international|european|world|united nations|african|arab|asian|islamic|regional|global|inter-american)\b/i;
function isStateAgencyName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && STATE_AGENCY_HEADS.has(words[words.length - 1]!.toLowerCase()) && !ABOVE_STATES.test(name);
}

/**
 * The one country whose possessive opened a description ending on the noun in an earlier sentence ("Italy's privacy
 * watchdog"), no name right after it; undefined when none or more than one.
 */
function possessorOfDescription(ctx: Ctx, noun: string): { country: string; s: number } | undefined {
  let found: { country: string; s: number } | undefined;
  for (let s = 0; s < ctx.s; s++) {
    const u = ctx.sentences[s]!.units;
    for (let i = 0; i + 2 < u.length; i++) {
      const c = u[i]!;
      if (!isEntity(c) || c.partial || c.metonymy !== undefined || ctx.entities.get(c.entity!)?.type !== 'country' || !isPossessive(u[i + 1]?.lower ?? '')) continue;
      let n = i + 2;
      while (n < i + 5 && u[n] && !u[n]!.entity && /^[a-z-]+$/.test(u[n]!.text) && u[n]!.lower !== noun) n++;
      if (u[n]?.lower !== noun || isEntity(u[n + 1])) continue;
      if (found && found.country !== c.entity) return undefined;
      found ??= { country: c.entity!, s };
    }
  }
  return found;
}

/** A phrase of time after a place ("last month", "on Monday", "this week"). */
const TIME_OPENERS = /^(?:last|next|this|on|earlier|in)$/;
const TIME_NOUNS = /^(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/;

/**
 * The body a description's noun at unit k means: as any "the company" is read (phrases.ts), else the one organisation of
 * the article whose name holds the noun ("the confederation": the Confederation of African Football).
 */
function describedBody(ctx: Ctx, k: number): { id: string; from: number[] } | undefined {
  const noun = ctx.units[k]!.lower;
  const holds = (id: string) => (ctx.entities.get(id)?.name ?? '').toLowerCase().split(/\s+/).includes(noun);
  if (isOrganizationAnaphor(noun)) {
    const body = possessorAt(ctx, k);
    if (body?.ids.length === 1 && ORGANIZATION_TYPES.has(ctx.entities.get(body.ids[0]!)?.type ?? 'other')) return { id: body.ids[0]!, from: body.from };
  }
  const named = [...ctx.entities.values()].filter((e) => ORGANIZATION_TYPES.has(e.type) && e.mentions.length && holds(e.id));
  if (named.length !== 1) return undefined;
  // (the evidence cites the latest sentence that names the body, when this one does not)
  const id = named[0]!.id;
  const names = (s: number) => ctx.sentences[s]!.units.some((y) => y.entity === id && !y.partial);
  if (names(ctx.s)) return { id, from: [] };
  for (let s = ctx.s - 1; s >= 0; s--) if (names(s)) return { id, from: [s] };
  return undefined;
}

/** Verbs of a place hosting a body's office ("has hosted the group's political office"). */
const HOSTS = new Set(['hosts', 'hosted', 'host', 'houses', 'housed', 'house']);

/**
 * The body whose office or seat the place at unit k hosts: "<place>(, which) (has) hosted <body>'s (political)
 * office|headquarters|bureau" (the body a name, or a description such as "the group" read as any is).
 */
function hostedBody(ctx: Ctx, k: number): { id: string; from: number[] } | undefined {
  const u = ctx.units;
  let i = k + 1;
  if (isComma(u[i]) && /^(?:which|that)$/.test(u[i + 1]?.lower ?? '')) i += 2;
  if (/^(?:has|have|had|also|long)$/.test(u[i]?.lower ?? '')) i++;
  if (/^(?:long|also|since)$/.test(u[i]?.lower ?? '')) i++;
  if (!HOSTS.has(u[i]?.lower ?? '')) return undefined;
  let o = i + 1;
  if (u[o]?.lower === 'the') o++;
  if (isEntity(u[o]) ? false : !isOrganizationAnaphor(u[o]?.lower ?? '')) return undefined;
  if (!isPossessive(u[o + 1]?.lower ?? '')) return undefined;
  let h = o + 2;
  if (u[h] && !u[h]!.entity && /^[a-z]+$/.test(u[h]!.text) && (WORK_NOUNS.has(u[h + 1]?.lower ?? '') || HEADQUARTERS.has(u[h + 1]?.lower ?? '') || u[h + 1]?.lower === 'bureau')) h++;
  const noun = u[h]?.lower ?? '';
  if (!HEADQUARTERS.has(noun) && noun !== 'office' && noun !== 'offices' && noun !== 'bureau') return undefined;
  const body = possessorAt(ctx, o);
  if (!body || body.ids.length !== 1) return undefined;
  const id = body.ids[0]!;
  return ORGANIZATION_TYPES.has(ctx.entities.get(id)?.type ?? 'other') ? { id, from: body.from } : undefined;
}

/** Is the organisation a one-word name the article gives only right before "of" ("Oba of Benin"): a cut-off part of a longer name? */
function fragmentBeforeOf(ctx: Ctx, id: string): boolean {
  let seen = false;
  for (const su of ctx.sentences) {
    const u = su.units;
    for (let i = 0; i < u.length; i++) {
      if (u[i]!.entity !== id || u[i]!.partial) continue;
      if (/\s/.test(u[i]!.text) || u[i + 1]?.lower !== 'of') return false;
      seen = true;
    }
  }
  return seen;
}

/** Does a name end on a plural noun the article also uses as a common noun ("Benin Bronzes" ... "the bronzes")? */
function namesThings(ctx: Ctx, name: string): boolean {
  const head = name.split(/\s+/).pop()!;
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(head)) return false;
  const lower = head.toLowerCase();
  return ctx.sentences.some((su) => su.units.some((y) => y.text === lower));
}

/** Does a body's name end on the noun a description uses for it ("European Medicines Agency", "the agency")? */
/** Does the name hold one of the words, anywhere ("Court of Justice of the EU" holds "court")? */
function nameHoldsAny(name: string | undefined, words: readonly string[]): boolean {
  return !!name && words.length > 0 && name.toLowerCase().split(/[^\p{L}]+/u).some((w) => words.includes(w));
}

function nameEndsOn(name: string | undefined, noun: string): boolean {
  return !!name && name.split(/\s+/).pop()!.toLowerCase() === noun;
}

/** Verbs of a party or group governing a state ("Frelimo has governed Mozambique"). */
const GOVERNS = new Set(['governs', 'governed', 'rules', 'ruled']);
/** Nouns for a state's own bodies, in "X, Israel's parliament". */
const STATE_BODIES = new Set(['parliament', 'legislature', 'senate', 'congress', 'assembly', 'army', 'military', 'police', 'court', 'tribunal', 'ministry', 'commission', 'council', 'authority', 'service']);
/** Verbs of running sites ("operates four mines in", "has built an industrial park at"). */
const RUNS = new Set(['operates', 'operated', 'runs', 'ran', 'owns', 'owned', 'built', 'builds', 'opened', 'opens']);
/** Sites a body runs, for "operates four mines in" (FACILITIES and the like). */
const SITE_NOUNS = new Set([...FACILITIES, 'park', 'parks', 'smelter', 'smelters', 'terminal', 'terminals', 'store', 'stores', 'hotel', 'hotels', 'office', 'offices']);

/**
 * "X operates four mines in British Columbia", "X has built a vast industrial park at Morowali": the place of the sites
 * the organisation at unit k runs, said right after its name (at most four words between the verb and the site);
 * -1 when none.
 */
function sitesAt(u: readonly Unit[], k: number): number {
  let i = k + 1;
  // (a description in apposition may come between: "Tsingshan Holding Group, the Chinese steel giant, has built")
  if (isComma(u[i]) && isDet(u[i + 1]?.lower ?? '')) {
    let c = i + 2;
    while (c < i + 8 && u[c] && !isComma(u[c]) && (!u[c]!.entity || u[c]!.metonymy === 'demonym')) c++;
    if (isComma(u[c])) i = c + 1;
  }
  if (/^(?:has|have|had)$/.test(u[i]?.lower ?? '')) i++;
  if (!RUNS.has(u[i]?.lower ?? '')) return -1;
  let n = i + 1;
  while (n < i + 5 && u[n] && !u[n]!.entity && !SITE_NOUNS.has(u[n]!.lower) && (isContent(u[n]) || isDet(u[n]!.lower) || /^\d/.test(u[n]!.text))) n++;
  if (!SITE_NOUNS.has(u[n]?.lower ?? '') || (u[n + 1]?.lower !== 'in' && u[n + 1]?.lower !== 'at')) return -1;
  const p = namedPlaceAt(u as Unit[], n + 2);
  return placeEnds(u, p) ? p : -1;
}


/**
 * Where the organisation at unit k has its seat or works, stated right after its name: "'s (European) headquarters
 * (are) in Y" (its seat), "'s (regional) office in Y", "operates in Y" (where it works; "its operations in Y" is read by
 * extractOwnSites).
 */
function operatesAt(u: readonly Unit[], k: number): { place: number; seat: boolean } | undefined {
  let h = k + 1;
  if (isPossessive(u[h]?.lower ?? '')) {
    h++;
    // (one word for where or what kind: "European", "main", "regional")
    if (u[h] && (!u[h]!.entity || u[h]!.metonymy === 'demonym') && !HEADQUARTERS.has(u[h]!.lower) && !WORK_NOUNS.has(u[h]!.lower) && /^[A-Za-z]+$/.test(u[h]!.text) && (HEADQUARTERS.has(u[h + 1]?.lower ?? '') || WORK_NOUNS.has(u[h + 1]?.lower ?? ''))) h++;
    const seat = HEADQUARTERS.has(u[h]?.lower ?? '');
    if (!seat && !WORK_NOUNS.has(u[h]?.lower ?? '')) return undefined;
    // ("X's work in Y" may be work done anywhere)
    if (!seat && (u[h]!.lower === 'work' || u[h]!.lower === 'operation')) return undefined;
    let i = h + 1;
    if (/^(?:is|are|was|were|remain|remains)$/.test(u[i]?.lower ?? '')) i++;
    if (u[i]?.lower !== 'in') return undefined;
    const p = namedPlaceAt(u as Unit[], i + 1);
    return placeEnds(u, p) ? { place: p, seat } : undefined;
  }
  // "X operates in Y", "X, which operates in Y"
  let i = k + 1;
  if (isComma(u[i]) && isRelative(u[i + 1]?.lower ?? '')) i += 2;
  if (/^(?:operates|operated|operate)$/.test(u[i]?.lower ?? '') && u[i + 1]?.lower === 'in') {
    const p = namedPlaceAt(u as Unit[], i + 2);
    return placeEnds(u, p) ? { place: p, seat: false } : undefined;
  }
  return undefined;
}

/** Is the unit at p a place named whole, ending its phrase ("in Amsterdam.", not "in Amsterdam's port")? */
function placeEnds(u: readonly Unit[], p: number): boolean {
  const x = u[p];
  const next = u[p + 1];
  return isEntity(x) && !x.partial && x.metonymy === undefined && (!next || (!next.entity && next.lower !== "'s" && !isPossessive(next.lower)));
}

/**
 * The countries the article gives its organisations by a possessive or a nationality word right before the name,
 * descriptive nouns allowed between ("Germany's Lufthansa", "Italian carrier ITA Airways").
 */
const countriesByArticle = new WeakMap<readonly unknown[], Map<string, Set<string>>>();
/** A nationality word joined to a word of owning or backing ("Chinese-owned", "Saudi-backed"). */
const OWNED_BY = /-(?:owned|controlled|backed|funded|financed)$/i;

function organizationCountries(ctx: Ctx): Map<string, Set<string>> {
  // once per article: every sentence asking reads the same answer
  const known = countriesByArticle.get(ctx.sentences);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  countriesByArticle.set(ctx.sentences, out);
  for (const su of ctx.sentences) {
    const u = su.units;
    for (let i = 0; i < u.length; i++) {
      const x = u[i]!;
      if (!isEntity(x) || x.partial || !ORGANIZATION_TYPES.has(x.type!)) continue;
      let p = i - 1;
      while (p >= 0 && i - p <= 3 && isContent(u[p]) && !u[p]!.entity && /^[a-z]/.test(u[p]!.text)) p--;
      let c: string | undefined;
      // ("Chinese-owned chipmaker Nexperia": who owns or backs a body says nothing of where it is)
      if (isEntity(u[p]) && u[p]!.metonymy === 'demonym' && !OWNED_BY.test(u[p]!.text)) c = u[p]!.entity;
      else if (u[p] && isPossessive(u[p]!.lower) && isEntity(u[p - 1])) c = u[p - 1]!.entity;
      if (!c || ctx.entities.get(c)?.type !== 'country') continue;
      let set = out.get(x.entity);
      if (!set) out.set(x.entity, (set = new Set()));
      set.add(c);
    }
  }
  return out;
}

/**
 * Where the place's name is in a phrase starting at unit `i`: "the city of Rosario", "the port of Sfax", "the
 * northern town of Kidal" name the place after "of"; any other phrase starts with it.
 */
function namedPlaceAt(u: Unit[], i: number): number {
  if (u[i]?.lower !== 'the') return i;
  // ("based in the United States", "registered in the Netherlands": a name that takes the article)
  // (not "the Nigerian capital, Abuja": a demonym before a place noun)
  if (isEntity(u[i + 1]) && u[i + 1]!.metonymy === undefined) return i + 1;
  let n = i + 1;
  while (n < i + 3 && isContent(u[n]) && !u[n]!.entity && !isPlaceNoun(u[n]!.lower)) n++;
  return isPlaceNoun(u[n]?.lower ?? '') && !u[n]!.entity && u[n + 1]?.lower === 'of' && isEntity(u[n + 2]) ? n + 2 : i;
}
