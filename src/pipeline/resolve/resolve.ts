// Stage 4, resolve: mentions -> one entity per real thing in the article. Each join
// of a surface form to an entity keeps its reason (provenance is data):
//   1. gazetteer id      same id = same thing (alternate spellings, acronyms, capital acting for its state)
//   2. same name         identical names (case and diacritics aside) of the same kind
//   3. name parts        "Kuleba" -> "Dmytro Kuleba", "Choe" -> "Choe Sun Hui"
//   4. acronyms          "NDTV" -> "New Delhi Television" when the article spells it out
//   5. close spellings   conservative edit distance for unlinked names ("Zelensky" / "Zelenskyy")
//   6. stated aliases    "X, also known as Y", "X, known as the Y", "X (ACRONYM)" (aliases.ts)
// Initials ("B. Yeltsin") join the full name they abbreviate before single words are placed,
// and a company named with and without its legal form ("Microsoft Corp", "Microsoft") is one.
// Nationality words (metonymy 'demonym') make no entity: they resolve to their
// country's id so relations can use them, but they are not mentions of the country,
// except as a person's nationality ("Soviet historian Roy Medvedev", nationality.ts):
// there the country carries the word's span, though never as its name or an alias.
import type { Entity, EntityType, MergeReason, Mention, Resolved, ResolvedMention, Segmented } from '../../types.ts';
import { entryById, isAcronym, organizationById, lookupDemonym, lookupOrganization, lookupPlace, nameKey, slugify } from '../gazetteer/index.ts';
import { isPlacedUnit, namesMembersOf } from './organization-units.ts';
import { baseName, closeSpelling, initials, nameWords, organizationCore, blendOf, spellsOutInParts, surnameWithoutArticle } from './names.ts';
import { firstAndLast, isFullName, personShortForm } from './short-forms.ts';
import { statedAliases } from './aliases.ts';
import { honorificName } from './honorifics.ts';
import { nationalitiesOfPeople } from './nationality.ts';
import { SHARED_SHORT_NAMES } from '../gazetteer/data/places.ts';
import { HYPOCORISMS } from './hypocorisms.ts';
import { genericBody } from './qualify.ts';
import { stateOfStyle } from './state-styles.ts';
import { leadingCountry, nameWithoutCountry, withoutLeadingCountry } from './country-prefix.ts';
import { longerPlaceName } from './place-short-forms.ts';
import { companyByUse } from './company-evidence.ts';
import { CLUB_LEADS, CORPORATE_SUFFIXES, INDUSTRY_HEADS, ORGANIZATION_HEAD_WORDS, ORGANIZATION_LEAD_WORDS } from '../gazetteer/data/organizations.ts';
import { BUSINESS_LEADS } from '../gazetteer/data/business-words.ts';

interface Group {
  type: EntityType;
  gazetteerId?: string;
  /** Id override for organisations qualified by their country ("Ukraine's Foreign Ministry"). */
  qualifiedId?: string;
  mentions: Mention[];
  /** Why each surface form other than the name joined, by surface text. */
  merges: Map<string, MergeReason>;
}

const ID_PREFIX: Record<EntityType, string> = {
  person: 'person', organization: 'org', country: 'country', region: 'region', city: 'city', location: 'location',
  group: 'group', event: 'event', other: 'other',
};

export function resolve(seg: Segmented, mentions: Mention[]): Resolved {
  // (a nationality word is a mention of its country only as a person's nationality: nationality.ts)
  const nationalities = nationalitiesOfPeople(seg, [...mentions].sort((a, b) => a.start - b.start));
  const named = mentions.filter((m) => m.metonymy !== 'demonym' || nationalities.has(m));
  const groups: Group[] = [];
  const groupOf = new Map<Mention, Group>();
  const join = (g: Group, m: Mention, reason?: MergeReason) => {
    g.mentions.push(m);
    groupOf.set(m, g);
    if (reason && !g.merges.has(m.text)) g.merges.set(m.text, reason);
  };
  const open = (m: Mention, extra: Partial<Group> = {}): Group => {
    // one object shape for every group (fields absent stay undefined)
    const g: Group = {
      type: extra.type ?? m.type, gazetteerId: extra.gazetteerId, qualifiedId: extra.qualifiedId, mentions: [], merges: new Map(),
    };
    groups.push(g);
    join(g, m);
    return g;
  };

  // 1. gazetteer ids
  const byGaz = new Map<string, Group>();
  for (const m of named) {
    if (!m.gazetteerId) continue;
    const g = byGaz.get(m.gazetteerId);
    if (g) join(g, m);
    else byGaz.set(m.gazetteerId, open(m, { gazetteerId: m.gazetteerId, type: entryById(m.gazetteerId)?.type ?? m.type }));
  }

  // 2. same name, same kind (multi-word names and organisations first, single words after)
  const byName = new Map<string, Group>();
  const core = (m: Mention) => baseName(m.text, m.type === 'person' || m.type === 'other');
  const kindKey = (m: Mention) => (m.type === 'organization' ? `organization|${organizationCore(m.text)}` : `${m.type === 'other' ? 'person' : m.type}|${nameKey(core(m))}`);
  const unlinked = named.filter((m) => !m.gazetteerId);
  const multi = unlinked.filter((m) => nameWords(core(m)).length > 1);
  const singles = unlinked.filter((m) => nameWords(core(m)).length <= 1);
  for (const m of multi) {
    const generic = m.type === 'organization' ? genericBody(seg, m) : undefined;
    const key = generic ? `organization|${nameKey(generic.body)}|${generic.country.country}` : kindKey(m);
    const g = byName.get(key);
    const reason: MergeReason = { alias: m.text, rule: 'same-body', detail: `${generic?.body} of ${generic?.country.name}` };
    if (g) join(g, m, generic ? reason : undefined);
    else byName.set(key, open(m, generic ? { qualifiedId: `org:${generic.country.country!.toLowerCase()}-${slugify(generic.body)}` } : {}));
  }

  // initials ("B. Yeltsin") and the last words of a longer name ("Suu Kyi" of "Aung San Suu Kyi") join the one
  // full name they shorten, before single words look for owners
  joinInitials(groups, groupOf);
  joinMiddleNames(groups, groupOf);
  // (where the body starts: a headline names people by short forms before the body names them in full)
  const body = seg.sentences.find((x) => !x.heading && !x.boilerplate);
  joinNameTails(groups, groupOf, FATHER_SPOKEN_OF.test(seg.article.text), body?.start ?? 0);

  // 3. single words: a part of a person's full name, else an existing group of that name, else their own
  // (joining single words never changes a full name, so the list of people is made once)
  const people = groups.filter((g) => g.type === 'person' && g.mentions.length && g.mentions.some((x) => nameWords(x.text).length > 1))
    .map((group) => { const full = baseName(fullestName(group), true); return { group, full, words: nameWords(full) }; });
  const peopleIndex = indexPeople(people);
  for (const m of singles) {
    // a lone word the tagger called an organisation but that is part of a person's full name ("Lula")
    const orgByMistake = m.type === 'organization' && !isAcronym(m.text) && !ORGANIZATION_HEAD_WORDS.has(m.text.toLowerCase());
    if (m.type === 'person' || m.type === 'other' || orgByMistake) {
      const hit = namePartOwner(peopleIndex, m);
      if (hit) { join(hit.group, m, hit.reason); hit.group.type = 'person'; continue; }
    }
    const g = byName.get(kindKey(m));
    if (g) join(g, m, m.type === 'organization' && nameKey(m.text) !== organizationCore(m.text) ? corporateReason(m.text, fullestName(g)) : undefined);
    else byName.set(kindKey(m), open(m));
  }

  // "Brekke Holm ... Brekke shares rose": a name read as a person's whose short form the article uses as a company's
  for (const g of groups) {
    if (g.type !== 'person' || g.mentions.length < 2 || g.gazetteerId) continue;
    if (companyByUse(g.mentions)) g.type = 'organization';
  }

  // a company named once in full and then by its first word ("Deutsche Telekom" ... "Telekom" is not; "Daimler-Benz AG" ... "Daimler")
  joinOrganizationShortForms(groups, groupOf);
  joinPlaceQualifiedNames(groups, groupOf);
  // "U.S. Steel" ... "United States Steel Corp": one company, its country's name written two ways
  joinCountrySpellings(groups, groupOf);

  // 4. acronyms of names the article spells out, 5. close spellings of unlinked names
  mergeGroups(groups, groupOf);

  // a generic body named without its country joins the one qualified body of that name
  for (const g of groups.filter((x) => x.type === 'organization' && !x.qualifiedId && !x.gazetteerId && x.mentions.length)) {
    const qualified = groups.filter((x) => x.qualifiedId && x.mentions.length && nameKey(x.mentions[0]!.text) === nameKey(g.mentions[0]!.text));
    if (qualified.length === 1) absorb(qualified[0]!, g, groupOf, { rule: 'same-name', detail: 'the body named without its country is the one named with it' });
  }

  // "Ghana" typed an organisation once (a headline, a cut name) beside the country Ghana: one node, the country
  for (const g of groups.filter((x) => x.type === 'organization' && !x.gazetteerId && x.mentions.length)) {
    const name = fullestName(g);
    if (lookupOrganization(name) || !lookupPlace(name).some((e) => e.type === 'country')) continue;
    const country = groups.filter((x) => x.type === 'country' && x.mentions.length && x.gazetteerId && lookupPlace(name).some((e) => e.id === x.gazetteerId));
    if (country.length === 1) absorb(country[0]!, g, groupOf, { rule: 'same-name', detail: `"${name}" is the country the article names, not an organisation of that name` });
  }

  // one name, two kinds ("Acas" an organisation and a place, "Halcrow Tigris" a person and a company): one node
  joinSameNameAcrossKinds(seg, groups, groupOf);
  // "Congo" in a headline above "Democratic Republic of Congo": the country the article names in full
  joinSharedShortNames(groups, groupOf);
  joinStateStyles(groups, groupOf);
  // "Shetland" after "the Shetland Islands": the place named without the word for its kind
  joinPlaceShortForms(groups, groupOf);

  // 6. aliases the article states ("X, also known as Y")
  joinStatedAliases(seg, named, groups, groupOf);

  return finish(groups.filter((g) => g.mentions.length), mentions, groupOf, seg.article.text);
}

function corporateReason(alias: string, name: string): MergeReason {
  return { alias, rule: 'corporate-name', detail: `"${alias}" and "${name}" differ only in a legal form (Inc, Corp, AG, ...)` };
}

/** "B. Yeltsin" -> "Boris Yeltsin": a person group named only with initials joins the one full name they fit. */
function joinInitials(groups: Group[], groupOf: Map<Mention, Group>) {
  const people = groups.filter((g) => g.type === 'person' && g.mentions.length);
  if (people.length < 2) return;
  const names = new Map(people.map((g) => [g, baseName(fullestName(g), true)]));
  const full = people.filter((g) => isFullName(names.get(g)!));
  for (const g of people) {
    const name = names.get(g)!;
    if (isFullName(name) || nameWords(name).length < 2) continue;
    const fits = full.filter((f) => f !== g && f.mentions.length && personShortForm(name, names.get(f)!)?.rule === 'initials');
    if (fits.length !== 1) continue;
    absorb(fits[0]!, g, groupOf, { rule: 'initials', detail: personShortForm(name, names.get(fits[0]!)!)!.detail });
  }
}

/** "Donald Trump" -> "Donald J. Trump": a full name joins the one fuller name with the same first and last names. */
function joinMiddleNames(groups: Group[], groupOf: Map<Mention, Group>) {
  const people = groups.filter((g) => g.type === 'person' && g.mentions.length).map((g) => ({ g, name: baseName(fullestName(g), true) }))
    .map((x) => ({ ...x, ends: firstAndLast(x.name) })).filter((x) => x.ends);
  const fuller = people.filter((x) => x.ends!.middle);
  if (!fuller.length) return;
  for (const p of people) {
    if (p.ends!.middle || !p.g.mentions.length) continue;
    const fits = fuller.filter((f) => f.g.mentions.length && f.ends!.key === p.ends!.key);
    if (fits.length !== 1) continue;
    absorb(fits[0]!.g, p.g, groupOf, { rule: 'middle-name', detail: `"${p.name}" is "${fits[0]!.name}" without the middle name` });
  }
}

/** Where the group's first mention in the body (from `from`) starts. */
function firstStart(g: Group, from: number): number {
  let min = Infinity;
  for (const m of g.mentions) if (m.start >= from && m.start < min) min = m.start;
  return min;
}

/** A father or a son spoken of ("his father", "His son, General X"; a capitalised "Son" alone may be a surname). */
const FATHER_SPOKEN_OF = /\b(?:[Ff]ather|son|(?:His|Her|Whose) son)\b/;

/**
 * "Suu Kyi" -> "Aung San Suu Kyi": a name of two words or more that ends exactly one longer
 * person's name in the article is that person (the tagger may have called it an organisation).
 */
function joinNameTails(groups: Group[], groupOf: Map<Mention, Group>, fatherSpokenOf: boolean, bodyStart: number) {
  const people = groups.filter((g) => g.type === 'person' && g.mentions.length)
    .map((g) => ({ g, words: nameWords(baseName(fullestName(g), true)) }))
    .filter((x) => x.words.length >= 3);
  if (!people.length) return;
  for (const g of groups) {
    if (!g.mentions.length || g.gazetteerId || g.qualifiedId || (g.type !== 'person' && g.type !== 'other' && g.type !== 'organization')) continue;
    // a group named only in single words has no tail of two (checked before its name is worked out)
    if (!g.mentions.some((m) => m.text.includes(' '))) continue;
    const name = baseName(fullestName(g), true);
    const words = nameWords(name);
    if (words.length < 2 || isAcronym(name)) continue;
    if (g.type === 'organization' && (ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]!) || words.some((w) => ORGANIZATION_LEAD_WORDS.has(w)))) continue;
    const owners = people.filter((p) => p.g !== g && p.g.mentions.length && p.words.length > words.length
      && words.every((w, k) => p.words[p.words.length - words.length + k] === w));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    // "President Idriss Deby was killed ... His son, General Mahamat Idriss Deby": a name of two words or more that ends a
    // longer name and comes before it, in an article that speaks of a father or a son, is the father's own name (a son
    // named with his father's full name inside his own), not a short form of the son's (which follows the full name)
    if (fatherSpokenOf && g.type === 'person' && firstStart(g, bodyStart) < firstStart(owner.g, bodyStart)) continue;
    absorb(owner.g, g, groupOf, { rule: 'surname', detail: `"${name}" ends the name "${baseName(fullestName(owner.g), true)}"` });
  }
}

/**
 * A one-word organisation name that is the first word of exactly one longer organisation name
 * in the article ("Daimler" after "Daimler-Benz AG", "Lufthansa" after "Lufthansa AG"), when the
 * word is not itself a place, a nationality or an organisation head word ("Bank").
 */
/** What follows a body's name cut short: " on ...", " for ...", " of ..." (nameKey forms). */
const CUT_BEFORE = /^ (?:on|for|of) \S/;

/** First words of a newspaper's name that its short name drops ("the Telegraph" of "The Daily Telegraph"). */
const PERIODICAL_WORDS = new Set(['daily', 'sunday', 'evening', 'morning', 'weekly']);

/** Are these words (a nameKey form) only industry and legal-form words ("energy ltd", "motor co")? */
function tailOfCompany(words: string): boolean {
  return words === '' || words.split(' ').every((w) => INDUSTRY_HEADS.has(w) || Object.prototype.hasOwnProperty.call(CORPORATE_SUFFIXES, w.replace(/\.$/, '')));
}

/** An acronym opening a company's name of two words ("NTT" of "NTT Docomo", "SK" of "SK Hynix"). */
const LEAD_ACRONYM = /^\p{Lu}{2,5}$/u;

function joinOrganizationShortForms(groups: Group[], groupOf: Map<Mention, Group>) {
  // (listed companies too: "Hyundai said" after "Hyundai Motor")
  const orgs = groups.filter((g) => g.type === 'organization' && g.mentions.length);
  const long = orgs.map((g) => ({ g, name: fullestName(g) })).filter((x) => organizationCore(x.name).includes(' ') && !isAcronym(x.name))
    .map((x) => ({ ...x, first: nameKey(x.name).split(' ')[0]! }));
  if (!long.length) return;
  const companyTail = (name: string) => tailOfCompany(nameKey(name).split(' ').slice(1).join(' '));
  for (const g of groups) {
    // "Nissan" (a company the gazetteer lists) beside "Nissan Motor Co" (which it does not): the longer name, the word
    // and only industry or legal-form words, is that company and joins it, keeping its gazetteer id
    if (g.gazetteerId && g.type === 'organization' && g.mentions.length && !g.mentions.some((m) => m.text.includes(' '))) {
      const word = nameKey(fullestName(g));
      const fuller = long.filter((x) => x.g !== g && x.g.mentions.length && !x.g.gazetteerId && !x.g.qualifiedId && x.first === word && companyTail(x.name));
      if (fuller.length === 1) absorb(g, fuller[0]!.g, groupOf, { rule: 'organisation-short-form', detail: `"${fuller[0]!.name}" is the listed company "${fullestName(g)}" with its industry or legal form` });
      continue;
    }
    // a lone word typed as a person is one only when no full name in the article contains it (namePartOwner found none)
    if (!g.mentions.length || g.gazetteerId || g.qualifiedId || (g.type !== 'organization' && g.type !== 'other' && g.type !== 'person')) continue;
    // "the International Coordinating Group" after "the International Coordinating Group on Vaccine Provision": a body's
    // name of two words or more that opens exactly one longer body's name, cut before its "on", "for" or "of"
    if (g.type === 'organization' && !g.gazetteerId && g.mentions.length && g.mentions.every((m) => m.text.includes(' '))) {
      const key = nameKey(fullestName(g));
      // (not "of <place>": "the Serum Institute" of "the Serum Institute of India" is the body without its place, below)
      const cut = long.filter((x) => x.g !== g && x.g.mentions.length && CUT_BEFORE.test(nameKey(x.name).slice(key.length)) && nameKey(x.name).startsWith(key)
        && !lookupPlace(nameKey(x.name).slice(key.length).replace(/^ of /, '')).length);
      if (cut.length === 1 && ORGANIZATION_HEAD_WORDS.has(key.split(' ').pop()!)) {
        absorb(cut[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${fullestName(g)}" is "${cut[0]!.name}" cut before its "${nameKey(cut[0]!.name).slice(key.length + 1).split(' ')[0]}"` });
        continue;
      }
    }
    // "Prairie Crest" after "Calgary-based Prairie Crest Energy Ltd": a company's name of two words or more that opens
    // exactly one longer company's name followed only by industry or legal-form words
    if (g.type === 'organization' && g.mentions.every((m) => m.text.includes(' '))) {
      const key = nameKey(fullestName(g));
      const fuller = long.filter((x) => x.g !== g && x.g.mentions.length && !x.g.gazetteerId && !x.g.qualifiedId
        && nameKey(x.name).startsWith(`${key} `) && tailOfCompany(nameKey(x.name).slice(key.length + 1)));
      if (fuller.length === 1 && !ORGANIZATION_HEAD_WORDS.has(key.split(' ').pop()!) && !lookupPlace(key).length) {
        absorb(fuller[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${fullestName(g)}" is "${fuller[0]!.name}" without its industry or legal form` });
        continue;
      }
    }
    if (g.mentions.some((m) => m.text.includes(' '))) continue;
    const name = fullestName(g);
    const words = nameWords(name);
    // "MBK" beside "MBK Partners": an acronym that opens exactly one longer name followed only by industry or legal-form words
    if (isAcronym(name) && g.type === 'organization' && words.length === 1) {
      const fuller = long.filter((x) => x.g !== g && x.g.mentions.length && x.first === words[0] && companyTail(x.name));
      if (fuller.length === 1) absorb(fuller[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is "${fuller[0]!.name}" without its industry or legal form` });
      continue;
    }
    // a place's name is a team's or a company's only when the tagger read it as an organisation ("Baltimore" of "Baltimore Orioles")
    const placeName = lookupPlace(name).length > 0 && (g.type !== 'organization' || lookupPlace(name).some((e) => e.type === 'country'));
    if (words.length !== 1 || isAcronym(name) || placeName || lookupDemonym(name)) continue;
    // "The Telegraph" of "The Daily Telegraph": a newspaper named without its day word
    const paper = long.filter((x) => x.g !== g && x.g.mentions.length && PERIODICAL_WORDS.has(x.first) && nameKey(x.name).split(' ').length === 2 && nameKey(x.name).endsWith(` ${words[0]}`));
    if (paper.length === 1) {
      absorb(paper[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is "${paper[0]!.name}" without its day word` });
      paper[0]!.g.type = 'organization';
      continue;
    }
    // "United" of "Manchester United", "Tribune" of "Chicago Tribune": a name made of a place and one word goes by the word
    const placed = long.filter((x) => {
      if (x.g === g || !x.g.mentions.length) return false;
      const w = x.name.split(/\s+/);
      return w.length >= 2 && nameKey(w[w.length - 1]!) === words[0] && lookupPlace(w.slice(0, -1).join(' ')).length > 0;
    });
    if (placed.length === 1) {
      absorb(placed[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is "${placed[0]!.name}" without its place` });
      placed[0]!.g.type = 'organization';
      continue;
    }
    // "Ventura" of "Assicurazioni Ventura": a company's name made of a word for its kind of business and one word;
    // "Betis" of "Real Betis": a club's name made of a club's first word and one word; "Docomo" of "NTT Docomo": an
    // acronym and one word (the word alone read as a person's name by the tagger is the body all the same: no full
    // name of the article has it)
    const traded = long.filter((x) => x.g !== g && x.g.mentions.length && nameKey(x.name) === `${x.first} ${words[0]}`
      && (BUSINESS_LEADS.has(x.first) || CLUB_LEADS.has(x.first) || LEAD_ACRONYM.test(x.name.split(/\s+/)[0]!)));
    if (traded.length === 1) {
      const lead = traded[0]!.first;
      const what = CLUB_LEADS.has(lead) ? 'the word for its kind of club' : BUSINESS_LEADS.has(lead) ? 'the word for its business' : 'its acronym';
      absorb(traded[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is "${traded[0]!.name}" without ${what}` });
      traded[0]!.g.type = 'organization';
      continue;
    }
    // ("the Guards" after "Iran's Revolutionary Guards": a head word's plural too)
    if (ORGANIZATION_HEAD_WORDS.has(words[0]!) || ORGANIZATION_HEAD_WORDS.has(words[0]!.replace(/s$/, ''))) {
      // "Union leader Park Sang-hoon" after "the Korean Metal Workers' Union": the head word alone stands for the one
      // organisation of the article whose name ends in it
      let headed = long.filter((x) => x.g !== g && x.g.mentions.length && nameKey(x.name).endsWith(` ${words[0]}`));
      // ("the European Commission ... the Commission said ... Ireland's Data Protection Commission": of several, the one
      // the article named before it first used the head word alone)
      if (headed.length > 1) {
        const first = Math.min(...g.mentions.map((x) => x.start));
        headed = headed.filter((x) => x.g.mentions.some((y) => y.start < first));
      }
      if (headed.length === 1 && g.type === 'organization') {
        absorb(headed[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is the head word of "${headed[0]!.name}", named in full in the article` });
      }
      continue;
    }
    // the first word, hyphenated parts apart ("Daimler" of "Daimler-Benz")
    // ("the Conservatives" of "the Conservative Party": a party by its members' plural)
    // ("Bre-X" of "Bre-X Minerals Ltd": a hyphened word's key holds two words)
    let owners = long.filter((x) => x.g !== g && x.g.mentions.length && (x.first === words[0] || nameKey(x.name).startsWith(`${words[0]} `) || namesMembersOf(name, x.name)));
    // "Nissan" beside "Nissan Motor Co" and "Nissan Workers' Union": the company is the name the word opens with only
    // industry and legal-form words after it; the union is another body named after it
    if (owners.length > 1) owners = owners.filter((x) => companyTail(x.name));
    if (owners.length === 1 && isPlacedUnit(owners[0]!.name) && g.type === 'organization') {
      // "Valdivia" beside "Embotelladora Valdivia" and "Valdivia Philippines": the parent, named in full with the word last
      const parents = long.filter((x) => x.g !== g && x.g.mentions.length && !isPlacedUnit(x.name) && nameKey(x.name).endsWith(` ${words[0]}`));
      if (parents.length === 1) {
        absorb(parents[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is the last word of "${parents[0]!.name}"; "${owners[0]!.name}" is its unit in a place` });
        continue;
      }
    }
    if (owners.length !== 1) continue;
    absorb(owners[0]!.g, g, groupOf, { rule: 'organisation-short-form', detail: `"${name}" is the first word of "${owners[0]!.name}", named in full in the article` });
    owners[0]!.g.type = 'organization';
  }
}

/**
 * An organisation named once with the place it belongs to and once without: "the Serum Institute" after
 * "the Serum Institute of India", "the National Museum" after "the National Museum of Kenya". The short name
 * has two or more words and is the long one without its final "of <place>"; only one long name may match.
 */
function joinPlaceQualifiedNames(groups: Group[], groupOf: Map<Mention, Group>) {
  const qualified: Array<{ g: Group; short: string; name: string }> = [];
  for (const g of groups) {
    if (g.type !== 'organization' || !g.mentions.length) continue;
    const name = fullestName(g);
    const m = PLACE_QUALIFIED.exec(name);
    if (m && lookupPlace(m[2]!).length) qualified.push({ g, short: nameKey(m[1]!), name });
  }
  if (!qualified.length) return;
  for (const g of groups) {
    if (g.type !== 'organization' || !g.mentions.length || g.gazetteerId || g.qualifiedId) continue;
    const key = nameKey(fullestName(g));
    if (!key.includes(' ')) continue;
    const owners = qualified.filter((x) => x.g !== g && x.g.mentions.length && x.short === key);
    if (owners.length !== 1) continue;
    absorb(owners[0]!.g, g, groupOf, { rule: 'organisation-without-place', detail: `"${fullestName(g)}" is "${owners[0]!.name}" without the place it names` });
  }
}

/**
 * Companies whose names differ only in how the country opening them is written ("U.S. Steel", "United States
 * Steel Corp"; "UK Power Networks", "United Kingdom Power Networks") and in a legal form: one entity.
 */
function joinCountrySpellings(groups: Group[], groupOf: Map<Mention, Group>) {
  const byKey = new Map<string, Array<{ g: Group; name: string }>>();
  for (const g of groups) {
    if (g.type !== 'organization' || !g.mentions.length || g.gazetteerId || g.qualifiedId) continue;
    const name = fullestName(g);
    const key = countrySpelledKey(name);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), { g, name }]);
  }
  for (const named of byKey.values()) {
    if (named.length < 2) continue;
    const keep = named.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    for (const { g, name } of named) {
      if (g !== keep.g) absorb(keep.g, g, groupOf, { rule: 'corporate-name', detail: `"${name}" and "${keep.name}" differ only in how the country is written and in a legal form` });
    }
  }
}

/** A name opening with a country's name or abbreviation: the country's id and the rest of the name without a legal form. */
function countrySpelledKey(name: string): string | undefined {
  const lead = leadingCountry(name.split(/\s+/));
  return lead && `${lead.country.id}|${organizationCore(lead.rest.join(' '))}`;
}

/** "<name> of <place>" (a leading "the" of the place dropped). */
const PLACE_QUALIFIED = /^(.+?\s.+?|\S+\s\S+)\s+of\s+(?:the\s+)?(\p{Lu}[^,]*)$/u;

/** Kinds a name may be given by mistake for one another. */
const CROSS_KINDS = new Set<EntityType>(['person', 'organization', 'location', 'other', 'city', 'region']);

/** A reading that rests on the tagger's label alone (with or without a gazetteer entry of its name). */
const BARE_TAGGER_READING = /^tagger (?:PER|ORG|LOC|MISC)(?:, not in the gazetteer| \+ gazetteer: (?:city|region) [^ ]+)?$/;

/** Words before a name that place something in it ("in Arcadia"; not "at": "worked at Arcadia" is a company too). */
const IN_PLACE = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'into', 'throughout']);

/** Words before a name that make it the place, whatever it is called elsewhere ("in Bologna"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into']);

/**
 * The same name typed two ways in one article is one thing the typing disagreed on: the tagger read
 * "Acas" once as an organisation and once as a place, "Network Rail" a person where a cue said a company.
 * The groups are one entity of the kind some mention has evidence for beyond the tagger's label (a cue
 * such as "the charity X", ", a ... company"); when none has or several kinds do, the kind of most
 * mentions, ties going to organisation, then person. A town or region of the gazetteer joins only an
 * organisation with such evidence ("Italian club Bologna"), and only if no mention of it stands after "in",
 * "at"... (the club and its city are both named then). Two gazetteer ids are never joined.
 */
function joinSameNameAcrossKinds(seg: Segmented, groups: Group[], groupOf: Map<Mention, Group>) {
  const byKey = new Map<string, Group[]>();
  for (const g of groups) {
    if (!g.mentions.length || g.qualifiedId || !CROSS_KINDS.has(g.type)) continue;
    if (g.gazetteerId && g.type !== 'city' && g.type !== 'region') continue;
    // ("Fokker NV" and a person "Fokker": a company's name is compared without its legal form)
    const key = g.type === 'organization' ? organizationCore(fullestName(g)) : nameKey(baseName(fullestName(g), g.type === 'person'));
    const list = byKey.get(key);
    if (list) list.push(g);
    else byKey.set(key, [g]);
  }
  const text = seg.article.text;
  const wordBefore = (m: Mention) => /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase() ?? '';
  const evidenced = (g: Group) => g.mentions.some((m) => !BARE_TAGGER_READING.test(m.reason));
  for (const list of byKey.values()) {
    if (list.length < 2 || new Set(list.map((g) => g.type)).size < 2) continue;
    const towns = list.filter((g) => g.gazetteerId);
    let rest = list.filter((g) => !g.gazetteerId);
    if (towns.length > 1 || !rest.length) continue;
    if (towns.length) {
      const town = towns[0]!;
      const sited = town.mentions.some((m) => PLACE_PREPOSITIONS.has(wordBefore(m)) || !BARE_TAGGER_READING.test(m.reason));
      const club = rest.filter((g) => g.type === 'organization' && evidenced(g));
      if (sited || club.length !== 1) continue;
      rest = [...rest, town];
    }
    const withEvidence = rest.filter(evidenced);
    const kinds = new Set(withEvidence.map((g) => g.type));
    const rank = (g: Group) => (g.type === 'organization' ? 2 : g.type === 'person' ? 1 : 0);
    const club = towns.length ? rest.find((g) => g.type === 'organization' && evidenced(g)) : undefined;
    const keep = club ?? (kinds.size === 1
      ? withEvidence.sort((a, b) => b.mentions.length - a.mentions.length)[0]!
      : [...rest].sort((a, b) => b.mentions.length - a.mentions.length || rank(b) - rank(a))[0]!);
    const why = club || kinds.size === 1 ? `typed ${keep.type} by context elsewhere in the article` : `the ${keep.type} reading of most mentions`;
    for (const g of rest) {
      if (g === keep || !g.mentions.length) continue;
      const name = fullestName(g);
      absorb(keep, g, groupOf, { rule: 'same-name', detail: `"${name}" read as ${g.type === 'organization' ? 'an organisation' : `a ${g.type}`} here is the same name, ${why}` });
    }
  }
  // "Arcadia Group ... at Arcadia": a town's or region's name that is exactly one company's name without its legal
  // or corporate word, read as the place by the tagger alone and never with "in" before it, is the company
  const companies = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.type !== 'organization' || !g.mentions.length) continue;
    const name = fullestName(g);
    const core = organizationCore(name);
    if (core === nameKey(name) || core.includes(' ')) continue;
    companies.set(core, [...(companies.get(core) ?? []), g]);
  }
  if (!companies.size) return;
  for (const g of groups) {
    if (!g.mentions.length || !g.gazetteerId || (g.type !== 'city' && g.type !== 'region')) continue;
    const owners = companies.get(nameKey(fullestName(g)));
    if (owners?.length !== 1 || !g.mentions.every((m) => BARE_TAGGER_READING.test(m.reason.replace(/ \(default reading\)$/, '')) && !IN_PLACE.has(wordBefore(m)))) continue;
    absorb(owners[0]!, g, groupOf, { rule: 'corporate-name', detail: `"${fullestName(g)}" is "${fullestName(owners[0]!)}" without its corporate word, not the ${g.type} of that name` });
  }
}

/**
 * A country group named only by a short name several countries share ("Congo") joins the one of them the article
 * names by another form ("Democratic Republic of Congo"), when exactly one is.
 */
function joinSharedShortNames(groups: Group[], groupOf: Map<Mention, Group>) {
  for (const shared of SHARED_SHORT_NAMES) {
    const key = nameKey(shared.name);
    const short = groups.filter((g) => g.type === 'country' && g.mentions.length && g.gazetteerId && shared.ids.includes(g.gazetteerId)
      && g.mentions.every((m) => nameKey(m.text) === key));
    if (short.length !== 1) continue;
    const others = groups.filter((g) => g !== short[0] && g.type === 'country' && g.mentions.length && g.gazetteerId && shared.ids.includes(g.gazetteerId));
    if (others.length !== 1) continue;
    absorb(others[0]!, short[0]!, groupOf, { rule: 'shared-short-name', detail: `"${shared.name}" is the country the article names in full (${shared.reason})` });
  }
}

/**
 * "Iran ... the Islamic Republic": a place or body no gazetteer links, named only by the style a state's official name
 * opens with, joins the one state of the article with that style (`state-styles.ts`).
 */
function joinStateStyles(groups: Group[], groupOf: Map<Mention, Group>) {
  const countries = new Map<string, Group>();
  for (const g of groups) if (g.type === 'country' && g.gazetteerId && g.mentions.length) countries.set(g.gazetteerId, g);
  if (!countries.size) return;
  const named = new Set(countries.keys());
  for (const g of groups) {
    if (!g.mentions.length || g.gazetteerId || g.type === 'person' || g.type === 'other') continue;
    const texts = new Set(g.mentions.map((m) => nameKey(m.text)));
    if (texts.size !== 1) continue;
    const id = stateOfStyle(g.mentions[0]!.text, named);
    if (!id) continue;
    const state = countries.get(id)!;
    absorb(state, g, groupOf, { rule: 'epithet', detail: `"${g.mentions[0]!.text}" is the style of ${fullestName(state)}'s official name` });
  }
}

/** Kinds of entity that are places. */
const PLACE_KINDS = new Set<EntityType>(['location', 'region', 'city', 'country']);

/** A place group named only by a short name joins the one place group named by it and a word for its kind ("Shetland Islands"). */
function joinPlaceShortForms(groups: Group[], groupOf: Map<Mention, Group>) {
  const places = groups.filter((g) => PLACE_KINDS.has(g.type) && g.mentions.length);
  if (places.length < 2) return;
  const names = places.map((g) => ({ name: fullestName(g), linked: !!g.gazetteerId }));
  places.forEach((g, k) => {
    if (!g.mentions.length || g.type === 'country') return;
    const owner = longerPlaceName(names[k]!, names);
    if (owner < 0 || owner === k || !places[owner]!.mentions.length) return;
    absorb(places[owner]!, g, groupOf, { rule: 'place-short-form', detail: `"${names[k]!.name}" is "${names[owner]!.name}" without the word for its kind` });
  });
}

/** "X, also known as Y": Y's group joins X's, and so does any other group of the alias's name. */
function joinStatedAliases(seg: Segmented, named: Mention[], groups: Group[], groupOf: Map<Mention, Group>) {
  const links = statedAliases(seg, [...named].sort((a, b) => a.start - b.start));
  for (const link of links) {
    const keep = groupOf.get(link.name);
    const drop = groupOf.get(link.alias);
    if (!keep || !drop || keep === drop) continue;
    // two different things the gazetteer knows are not made one by a sentence
    if (keep.gazetteerId && drop.gazetteerId && keep.gazetteerId !== drop.gazetteerId) continue;
    const reason = { rule: link.rule, detail: link.detail };
    const aliasKey = nameKey(baseName(link.alias.text, false));
    absorb(keep, drop, groupOf, reason);
    // later uses of the alias the tagger read as something else ("the Rock" as an organisation)
    for (const g of groups) {
      if (g === keep || !g.mentions.length || g.gazetteerId) continue;
      if (g.mentions.every((m) => nameKey(baseName(m.text, false)) === aliasKey)) absorb(keep, g, groupOf, reason);
    }
  }
}

const PART_NAMES: Record<string, string> = {
  surname: 'surname', 'family-name': 'family name (written first)', 'given-name': 'given name', 'name-part': 'middle name',
  'short-given-name': 'short given name',
};

interface Person { group: Group; full: string; words: readonly string[] }

/**
 * People by the words of their full names, and by the first letter and length of their
 * surname's comparison key (what a close spelling must share): a single word is compared
 * with the people it can belong to, not with every person of the article, so a list of
 * thousands of names is resolved in linear time.
 */
interface PeopleIndex {
  people: Person[];
  byWord: Map<string, number[]>;
  bySurnameKey: Map<string, number[]>;
}

function indexPeople(people: Person[]): PeopleIndex {
  const byWord = new Map<string, number[]>();
  const bySurnameKey = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, k: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  people.forEach((p, k) => {
    for (const w of p.words) add(byWord, w, k);
    // "Bashar al-Assad" is "Assad" alone too
    if (p.words.length > 1) add(byWord, surnameWithoutArticle(p.words[p.words.length - 1]!), k);
    if (p.words.length > 1) {
      const key = nameKey(p.words[p.words.length - 1]!);
      if (key.length >= 6) add(bySurnameKey, `${key[0]}|${key.length}`, k);
    }
  });
  return { people, byWord, bySurnameKey };
}

/** How many people of each surname length a single word is compared with for a close spelling (an article names a few dozen). */
const SURNAME_CANDIDATES = 100;

/** Indices (in order) of the people a single word can name: those with the word in their name, and close spellings of their surname. */
function candidatesFor(index: PeopleIndex, word: string): number[] {
  const out = new Set(index.byWord.get(word) ?? []);
  for (const full of HYPOCORISMS.get(word) ?? []) for (const k of index.byWord.get(full) ?? []) out.add(k);
  const key = nameKey(word);
  if (key.length >= 6) {
    // closeSpelling allows at most 2 edits: surnames 2 letters shorter to 2 longer
    for (let n = key.length - 2; n <= key.length + 2; n++) {
      const list = index.bySurnameKey.get(`${key[0]}|${n}`);
      if (list) for (let k = 0; k < list.length && k < SURNAME_CANDIDATES; k++) out.add(list[k]!);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The person whose full name contains this single word (the nearest preceding one if several). */
function namePartOwner(index: PeopleIndex, m: Mention): { group: Group; reason: MergeReason } | undefined {
  const word = nameWords(baseName(m.text, true))[0]!;
  let found: Array<{ group: Group; reason: MergeReason; last: number }> = [];
  for (const k of candidatesFor(index, word)) {
    const { group: g, full, words } = index.people[k]!;
    let rule: string | undefined;
    let exact = true;
    if (words[words.length - 1] === word || (words.length > 1 && surnameWithoutArticle(words[words.length - 1]!) === word)) rule = 'surname';
    else if (words.length > 2 && words[0] === word) rule = 'family-name';
    else if (words[0] === word) rule = 'given-name';
    else if (words.length > 1 && HYPOCORISMS.get(word)?.includes(words[0]!)) rule = 'short-given-name';
    else if (words.length > 2 && words.slice(1, -1).includes(word)) rule = 'name-part';
    else if (words.length > 1 && closeSpelling(words[words.length - 1]!, word)) { rule = 'surname'; exact = false; }
    if (!rule) continue;
    let last = -1;
    for (const x of g.mentions) if (x.start < m.start && x.start > last) last = x.start;
    found.push({
      group: g,
      last,
      reason: { alias: m.text, rule: exact ? rule : 'fuzzy', detail: `"${m.text}" is the ${PART_NAMES[rule]} of "${full}"${exact ? '' : ' (spelling variant)'}` },
    });
  }
  if (!found.length) return undefined;
  // a word that is someone's own given name ("Bill Carver") is theirs before it is a short form of another's ("William")
  if (found.some((f) => f.reason.rule !== 'short-given-name')) found = found.filter((f) => f.reason.rule !== 'short-given-name');
  // a word written exactly as someone's name ("Karimova") is theirs before it is a spelling variant of another's ("Karimov")
  if (found.some((f) => f.reason.rule !== 'fuzzy')) found = found.filter((f) => f.reason.rule !== 'fuzzy');
  found.sort((a, b) => b.last - a.last);
  const firstOf = (g: Group) => Math.min(...g.mentions.map((x) => x.start));
  // "Alice Guo ... Guo was detained ... a Chinese citizen, Guo Hua Ping, ... Guo denies": a word the article already
  // used alone for one of them stays that person's; a second person of the name is named in full
  const usedAlone = found.filter((f) => f.group.mentions.some((x) => x.start < m.start && nameWords(baseName(x.text, true)).length === 1 && nameWords(baseName(x.text, true))[0] === word));
  if (found.length > 1 && usedAlone.length === 1) {
    const pick = usedAlone[0]!;
    return { group: pick.group, reason: { ...pick.reason, detail: `${pick.reason.detail}; the article used it alone for this person before` } };
  }
  if (found.length > 1 && found[0]!.last >= 0 && found.every((f) => f.reason.rule === 'surname')) {
    // several people of one surname ("Rodrigo Duterte ... his daughter, Sara Duterte ... Duterte said"): the bare
    // surname is the article's principal, the one of them it named first; the others it names in full
    const named = found.filter((f) => f.last >= 0).sort((a, b) => firstOf(a.group) - firstOf(b.group));
    const pick = named[0]!;
    const others = found.filter((f) => f !== pick).map((f) => `"${baseName(fullestName(f.group), true)}"`).join(', ');
    return { group: pick.group, reason: { ...pick.reason, detail: `${pick.reason.detail}; also of ${others}, named after the first` } };
  }
  if (found.length > 1 && found[0]!.last < 0) {
    // several people share the word and none was named before it (a headline): the first named after it
    found.sort((a, b) => firstOf(a.group) - firstOf(b.group));
    const pick = found[0]!;
    const others = found.slice(1).map((f) => `"${baseName(fullestName(f.group), true)}"`).join(', ');
    return { group: pick.group, reason: { ...pick.reason, detail: `${pick.reason.detail}; also of ${others}, the first named after it` } };
  }
  return found[0];
}

/**
 * Close spellings are looked for pairwise: each name is compared with the next this many names
 * only. No article names that many things (a long one names ~100), but a list of thousands of
 * names would otherwise cost millions of comparisons: with the window the work grows linearly.
 */
export const FUZZY_WINDOW = 400;

function mergeGroups(groups: Group[], groupOf: Map<Mention, Group>) {
  // acronyms: an unlinked all-capitals name whose letters are the initials of a longer name of the same kind
  const live = groups.filter((g) => g.mentions.length);
  const nameOf = new Map(live.map((g) => [g, fullestName(g)]));
  const spelled = live.filter((g) => g.type !== 'person' && !isAcronym(nameOf.get(g)!))
    .map((g) => ({ g, name: nameOf.get(g)!, initials: initials(nameOf.get(g)!), bare: initialsWithoutCountry(nameOf.get(g)!) }));
  for (const g of live) {
    if (!g.mentions.length) continue;
    // a group that absorbed another has a new name; the others keep theirs
    const name = nameOf.get(g)!;
    // ("M&S" for "Marks & Spencer", "P&O" for "Peninsular and Oriental": an ampersand between the initials)
    // ("BoE" for "Bank of England", "MoD" for "Ministry of Defence": the "of" written as a small "o")
    const withOf = OF_INITIALS.test(name);
    if (!(isAcronym(name) || AMPERSAND_INITIALS.test(name) || withOf)) continue;
    // an acronym the gazetteer knows ("NASA") takes in an unlinked organisation spelled out with its initials ("the
    // National Aeronautics and Space Administration"): the same body, named both ways
    const linked = !!g.gazetteerId;
    if (linked && g.type !== 'organization') continue;
    const letters = name.replace(/[.&]/g, '');
    // ("ECOWAS" for "Economic Community of West African States": an acronym of four letters or more may write the "of"
    // as a capital too)
    const target = spelled.find((x) => x.g !== g && x.g.mentions.length && (withOf ? initialsWithOf(x.name) === name : x.initials === letters || x.bare === letters
      || (letters.length >= 4 && x.name.includes(' of ') && initialsWithOf(x.name).toUpperCase() === letters))
      && (linked ? x.g.type === 'organization' && !x.g.gazetteerId && !x.g.qualifiedId : x.g.type === g.type || g.type === 'organization' || g.type === 'other'))?.g;
    if (target && linked) {
      absorb(g, target, groupOf, { rule: 'acronym', detail: `${name} = initials of "${spelled.find((x) => x.g === target)!.name}"` });
      nameOf.set(g, fullestName(g));
    } else if (target) {
      absorb(target, g, groupOf, { rule: 'acronym', detail: `${name} = initials of "${spelled.find((x) => x.g === target)!.name}"` });
      nameOf.set(target, fullestName(target));
    }
  }
  let byLead: Map<string, typeof spelled> | undefined;
  const spelledByLead = () => {
    if (byLead) return byLead;
    byLead = new Map();
    for (const x of spelled) {
      const k = nameKey(x.name.slice(0, 2));
      const list = byLead.get(k);
      if (list) list.push(x);
      else byLead.set(k, [x]);
    }
    return byLead;
  };
  // short forms in parts: words kept and the rest as initials ("Ghana FA"), initials of each hyphened part ("PML-N"),
  // or blended ("Pemex")
  for (const g of live) {
    if (!g.mentions.length || g.gazetteerId || (g.type !== 'organization' && g.type !== 'other')) continue;
    const name = nameOf.get(g)!;
    const parts = /[\s-]/.test(name) && /\p{Lu}{2}|-\p{Lu}\b/u.test(name);
    // ("Pemex" for "Petroleos Mexicanos": one word blending the first letters of each word of the name)
    const blend = !parts && !/[\s-]/.test(name);
    if (!parts && !blend) continue;
    // (a blend opens with its name's first two letters: only names opening so are compared)
    const pool = parts ? spelled : spelledByLead().get(nameKey(name.slice(0, 2))) ?? [];
    const targets = pool.filter((x) => x.g !== g && x.g.mentions.length && x.g.type === 'organization' && (parts ? spellsOutInParts(name, x.name) : blendOf(name, x.name)));
    if (targets.length !== 1 || (blend && (lookupOrganization(name) || lookupPlace(name).length))) continue;
    const detail = parts ? `"${name}" keeps words of "${targets[0]!.name}" and writes the others as initials` : `"${name}" blends the first letters of each word of "${targets[0]!.name}"`;
    absorb(targets[0]!.g, g, groupOf, { rule: 'acronym', detail });
    nameOf.set(targets[0]!.g, fullestName(targets[0]!.g));
  }
  // close spellings: both unlinked (a gazetteer id is already the best evidence) or one unlinked
  const list = live.filter((g) => g.mentions.length);
  // per group, by position in the list: its name, the name's first letter and comparison key (kept current on merges)
  const names = list.map((g) => nameOf.get(g)!);
  const leads = names.map((n) => n[0]!.toLowerCase());
  const keys = names.map((n) => nameKey(n));
  const rename = (k: number) => {
    names[k] = fullestName(list[k]!);
    leads[k] = names[k]![0]!.toLowerCase();
    keys[k] = nameKey(names[k]!);
  };
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    for (let j = i + 1; j < list.length && j <= i + FUZZY_WINDOW; j++) {
      const b = list[j]!;
      if (leads[i] !== leads[j] || a.type !== b.type || !a.mentions.length || !b.mentions.length) continue;
      if (a.gazetteerId && b.gazetteerId) continue;
      // identical names were grouped already unless kept apart on purpose (different countries' ministries)
      const ka = keys[i]!;
      const kb = keys[j]!;
      if (ka === kb) continue;
      // closeSpelling needs the same first letter and 6+ letters on both sides (its cheap refusals, checked first)
      if (ka[0] !== kb[0] || Math.min(ka.length, kb.length) < 6) continue;
      const na = names[i]!;
      const nb = names[j]!;
      if (nameWords(na).length !== nameWords(nb).length || !closeSpelling(na, nb)) continue;
      // numbers tell things apart, they are no spelling ("Nord Stream 1" and "Nord Stream 2", "Sakhalin-1" and "Sakhalin-2")
      if (na.replace(/\D+/g, ' ').trim() !== nb.replace(/\D+/g, ' ').trim()) continue;
      const [keep, drop] = b.gazetteerId || b.mentions.length > a.mentions.length ? [b, a] : [a, b];
      const [kKeep, kDrop] = keep === a ? [i, j] : [j, i];
      absorb(keep, drop, groupOf, { rule: 'fuzzy', detail: `"${names[kDrop]}" and "${names[kKeep]}" differ by one or two letters` });
      rename(kKeep);
    }
  }
}

/** Initials joined by an ampersand: "M&S", "P&O", "S&P". */
const AMPERSAND_INITIALS = /^[A-Z]{1,2}&[A-Z]{1,2}$/;
/** Initials with a small "o" for "of" ("BoE", "MoD", "DoJ"). */
const OF_INITIALS = /^[A-Z]{1,2}o[A-Z]{1,2}$/;
/** "Bank of England" -> "BoE": the capitals' initials, "of" as "o", other small words left out. */
function initialsWithOf(name: string): string {
  return name.split(/[\s-]+/).map((w) => (w === 'of' ? 'o' : /^[A-Z]/.test(w) ? w[0]! : '')).join('');
}

function absorb(keep: Group, drop: Group, groupOf: Map<Mention, Group>, reason: Omit<MergeReason, 'alias'>) {
  for (const m of drop.mentions) {
    keep.mentions.push(m);
    groupOf.set(m, keep);
    if (!keep.merges.has(m.text)) keep.merges.set(m.text, drop.merges.get(m.text) ?? { alias: m.text, ...reason });
  }
  for (const [k, v] of drop.merges) if (!keep.merges.has(k)) keep.merges.set(k, v);
  drop.mentions = [];
}

/** Merge rules of names an article gives as other names of a thing: never the name it goes by. */
const ALIAS_RULES = new Set(['also-known-as', 'epithet', 'formerly']);

/** The name an entity goes by: the longest person name; for others the commonest plain surface form. */
function fullestName(g: Group): string {
  // most entities are named once: the same answer as below without its lists and counts
  if (g.mentions.length === 1 && !g.mentions[0]!.metonymy) {
    const only = g.mentions[0]!.text;
    const e = g.gazetteerId ? entryById(g.gazetteerId) : undefined;
    return e && e.type !== 'organization' && (/\./.test(only) || only === only.toUpperCase()) ? e.name : only;
  }
  // a name the article gives as another name of it ("known as the Rock") does not name it
  let plain = g.mentions.filter((m) => !m.metonymy && !ALIAS_RULES.has(g.merges.get(m.text)?.rule ?? ''));
  if (!plain.length) plain = g.mentions.filter((m) => !m.metonymy);
  if (!plain.length) {
    const entry = g.gazetteerId ? entryById(g.gazetteerId) : undefined;
    return entry?.name ?? g.mentions[0]!.text;
  }
  // an abbreviation or a dateline in capitals ("U.S.", "JERUSALEM") yields to the gazetteer's name
  const e = g.gazetteerId ? entryById(g.gazetteerId) : undefined;
  if (e && e.type !== 'organization' && plain.every((m) => /\./.test(m.text) || m.text === m.text.toUpperCase())) return e.name;
  const count = new Map<string, number>();
  for (const m of plain) count.set(m.text, (count.get(m.text) ?? 0) + 1);
  if (count.size === 1) return plain[0]!.text;
  const person = g.type === 'person';
  // a title kept inside a person's span does not make the name fuller ("President Vladimir Putin")
  const words = (s: string) => (isAcronym(s) ? 0 : nameWords(baseName(s, person)).length - (baseName(s, person) !== s ? 0.5 : 0));
  // people and organisations go by their fullest name; places by the spelling the article uses most
  const fullest = person || g.type === 'other' || g.type === 'organization' || g.type === 'event';
  // a form in capitals ("BEIJING" in a dateline) only names the entity when there is no other
  // (a place is no acronym: "ULSAN" of the dateline yields to "Ulsan")
  const shouting = (s: string) => Number(s.length > 3 && s === s.toUpperCase() && (!isAcronym(s.replace(/\s+/g, '')) || s.length > 5 || !fullest));
  // each form's sort keys once, then the same order as comparing them pairwise
  const forms = [...count.entries()].map(([text, n]) => ({ text, n, shout: shouting(text), words: fullest ? words(text) : 0 }));
  forms.sort((a, b) => a.shout - b.shout || b.words - a.words || b.n - a.n || b.text.length - a.text.length);
  return forms[0]!.text;
}

/** "US Food and Drug Administration" -> "FDA": the initials of a name after the country opening it ("" if none). */
function initialsWithoutCountry(name: string): string {
  const rest = withoutLeadingCountry(name, true);
  return rest ? initials(rest) : '';
}

function finish(groups: Group[], all: Mention[], groupOf: Map<Mention, Group>, text: string): Resolved {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const idOf = new Map<Group, string>();
  const entities: Entity[] = [];
  // the organisations' names as written, by the group they are in (a bare name that is another body's is no alias)
  const bodyNamed = new Map<string, Group>();
  for (const g of groups) if (g.type === 'organization') for (const m of g.mentions) bodyNamed.set(nameKey(m.text), g);
  for (const g of groups.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)) {
    g.mentions.sort((a, b) => a.start - b.start);
    let name = g.type === 'person' ? baseName(fullestName(g), true) : fullestName(g);
    // "King Salman": a one-word name goes by the honorific written before it; the id and an alias keep the bare name
    const plainName = name;
    if (g.type === 'person') name = honorificName(name, g.mentions.map((m) => ({ text: m.text, title: m.title, before: text.slice(Math.max(0, m.start - 12), m.start) }))) ?? name;
    // "U.S. Centers for Disease Control and Prevention" goes by its own name; the country stays an alias
    if (g.type === 'organization' && !g.gazetteerId) name = nameWithoutCountry(name, g.mentions.filter((m) => isAcronym(m.text)).map((m) => m.text)) ?? name;
    // a company's id leaves out its legal form, so "Microsoft Corp" and "Microsoft" in two articles meet
    const idName = g.type === 'organization' ? organizationCore(name) : plainName;
    let id = g.gazetteerId ?? g.qualifiedId ?? `${ID_PREFIX[g.type]}:${slugify(idName) || 'unnamed'}`;
    if (used.has(id)) {
      // the first free "<stem>-<n>", n from 2; searching on from the last one given keeps many namesakes linear
      const stem = id.replace(/-\d+$/, '');
      let n = nextSuffix.get(stem) ?? 2;
      while (used.has(`${stem}-${n}`)) n++;
      id = `${stem}-${n}`;
      nextSuffix.set(stem, n + 1);
    }
    used.add(id);
    idOf.set(g, id);
    // (a nationality word is no name of its country)
    const aliases = [...new Set(g.mentions.filter((m) => m.metonymy !== 'demonym').map((m) => m.text))].filter((t) => t !== name);
    if (plainName !== name) {
      if (!aliases.includes(plainName)) aliases.push(plainName);
      g.merges.set(plainName, { alias: plainName, rule: 'title-or-article', detail: `"${name}" is "${plainName}" with the honorific news names the person by` });
    }
    // "UN climate chief": an organisation the gazetteer knows is also found by its full name ("United Nations")
    const known = g.gazetteerId && g.type === 'organization' ? organizationById(g.gazetteerId) : undefined;
    if (known && known.name !== name && !aliases.includes(known.name)) aliases.push(known.name);
    // "Bosnia": a country the article names by a short form is also found by the gazetteer's name ("Bosnia and Herzegovina")
    const place = g.gazetteerId && g.type === 'country' ? entryById(g.gazetteerId) : undefined;
    if (place && place.name !== name && !aliases.includes(place.name)) aliases.push(place.name);
    // "U.S. Federal Reserve": a country's name opening an organisation's is no part of what it is called alone
    // (unless another body of the article goes by that name: "Britain's AI Safety Institute ... the U.S. AI Safety Institute")
    if (g.type === 'organization') {
      const bare = withoutLeadingCountry(name);
      const other = bare ? bodyNamed.get(nameKey(bare)) : undefined;
      if (bare && !aliases.includes(bare) && (!other || other === g)) aliases.push(bare);
    }
    // "South Korea's Kia Motors Corp.": the period of an abbreviated legal form is no part of the name ("Kia Motors Corp")
    const abbreviated = g.type === 'organization' ? / (\p{L}{2,4})\.$/u.exec(name) : null;
    const unstopped = abbreviated && Object.prototype.hasOwnProperty.call(CORPORATE_SUFFIXES, abbreviated[1]!.toLowerCase()) ? name.slice(0, -1) : undefined;
    if (unstopped && !aliases.includes(unstopped)) {
      aliases.push(unstopped);
      g.merges.set(unstopped, { alias: unstopped, rule: 'same-name', detail: `"${unstopped}" is "${name}" without the period of its abbreviated legal form` });
    }
    const merges = aliases.map((alias) => g.merges.get(alias) ?? gazetteerReason(g, alias, name));
    entities.push({
      id, name, type: g.type, aliases,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      ...(g.gazetteerId ? { gazetteerId: g.gazetteerId } : {}),
      ...(merges.length ? { merges } : {}),
    });
  }
  const mentions: ResolvedMention[] = [];
  for (const m of all) {
    const g = groupOf.get(m);
    if (g) mentions.push({ ...m, entity: idOf.get(g)! });
    else if (m.metonymy === 'demonym' && m.gazetteerId) mentions.push({ ...m, entity: m.gazetteerId });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** Why a surface form belongs to a gazetteer-linked entity (or to an entity by name alone). */
function gazetteerReason(g: Group, alias: string, name: string): MergeReason {
  const ms = g.mentions.filter((m) => m.text === alias);
  if (ms.some((m) => m.metonymy === 'capital-as-state')) {
    const country = g.gazetteerId ? entryById(g.gazetteerId) : undefined;
    return { alias, rule: 'capital-as-state', detail: `${alias} is the capital of ${country?.name ?? name} and acts for it here` };
  }
  if (ms.some((m) => m.reason.startsWith('short reference'))) {
    return { alias, rule: 'short-reference', detail: `"the ${alias}" stands for ${name}, named in full in the article` };
  }
  if (nameKey(alias) !== nameKey(name) && nameKey(baseName(alias, g.type === 'person')) === nameKey(name)) {
    return { alias, rule: 'title-or-article', detail: `"${alias}" is "${name}" with a title or "the" in front` };
  }
  if (nameKey(alias) === nameKey(name)) return { alias, rule: 'same-name', detail: `"${alias}" and "${name}" differ only in case or accents` };
  if (g.type === 'organization' && organizationCore(alias) === organizationCore(name)) return corporateReason(alias, name);
  if (!g.gazetteerId) {
    const differsOnlyInCase = nameKey(alias) === nameKey(name);
    return { alias, rule: differsOnlyInCase ? 'same-name' : 'same-kind', detail: differsOnlyInCase ? `"${alias}" and "${name}" differ only in case or accents` : `same ${g.type}` };
  }
  if (isAcronym(alias)) return { alias, rule: 'acronym', detail: `${alias} is listed for ${g.gazetteerId} in the gazetteer` };
  return { alias, rule: 'gazetteer-alternate-name', detail: `"${alias}" and "${name}" are both names of ${g.gazetteerId} in the gazetteer` };
}
