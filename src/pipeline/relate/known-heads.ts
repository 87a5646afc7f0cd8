// The organisation of a bare organisational title from what is known of its holder: "Secretary-General Antonio
// Guterres" in a story that names the United Nations and the European Union is the UN's; "Chief Executive Mary Barra"
// in one that names General Motors and Ford is GM's. World knowledge (data/organisation-heads.ts) only chooses among
// the organisations the article itself names; the title is stated, the organisation is read from context (basis
// "context"), as known-holders.ts does for national offices.
import { ORGANISATION_HEADS, type OrganisationOffice } from './data/organisation-heads.ts';
import type { Entity } from '../../types.ts';
import type { Title } from './title-phrase.ts';
import { holderKey } from './known-holders.ts';

/**
 * Words of a company's legal form or grouping that news adds or drops ("Apple Inc.", "Volkswagen Group"), with an
 * "and" before them ("Wells Fargo & Co").
 */
const LEGAL_FORMS = /(?:\s(?:and|inc|incorporated|corp|corporation|co|company|plc|ltd|limited|llc|llp|lp|sa|ag|nv|se|spa|ab|as|asa|oyj|gmbh|kgaa|bhd|berhad|tbk|pjsc|jsc|group|holdings?))+$/;

/** An organisation's name compared without case, accents, punctuation, a leading "the" or a trailing legal form. */
export function organisationKey(name: string): string {
  const key = holderKey(name.replace(/&/g, ' and ').replace(/,/g, ' ').replace(/\//g, '')).replace(/^the\s+/, '');
  return key.replace(LEGAL_FORMS, '') || key;
}

interface Headship { offices: readonly OrganisationOffice[]; organisation: number }

let people: Map<string, Headship[]> | undefined;
let organisations: Map<string, Set<number>> | undefined;

/** The two look-ups, built once: a holder's name to what they headed; an organisation's name to the organisation. */
function indexes(): { people: Map<string, Headship[]>; organisations: Map<string, Set<number>> } {
  if (people && organisations) return { people, organisations };
  people = new Map();
  organisations = new Map();
  const numbered = new Map<readonly string[], number>();
  for (const h of ORGANISATION_HEADS) {
    let n = numbered.get(h.organisation);
    if (n === undefined) {
      n = numbered.size;
      numbered.set(h.organisation, n);
      for (const name of h.organisation) {
        const set = organisations.get(organisationKey(name)) ?? new Set<number>();
        organisations.set(organisationKey(name), set.add(n));
      }
    }
    for (const name of [h.name, ...(h.aliases ?? [])]) {
      const list = people.get(holderKey(name)) ?? [];
      list.push({ offices: h.offices, organisation: n });
      people.set(holderKey(name), list);
    }
  }
  return { people, organisations };
}

/** Title words that name the head of any organisation, whatever the office is called there ("WHO chief", "the IMF boss"). */
const ANY_HEAD = /^(?:head|chief|boss|leader)$/;

/**
 * The office a title names, in the data's terms ("CEO" is a chief executive, "chairwoman" a chair), 'any' for a word
 * any head goes by; undefined for a title of no head ("deputy governor", "chief economist", "vice president").
 */
export function organisationOfficeOfTitle(words: readonly string[]): OrganisationOffice | 'any' | undefined {
  const t = words.filter((w) => !/^(?:former|then|acting|interim|outgoing|incoming|ex|late|new|current)$/.test(w)).join(' ').replace(/-(?:elect|designate)$/, '');
  if (/^(?:secretary[- ]general|general secretary)$/.test(t)) return 'secretary-general';
  if (/^director[- ]general$/.test(t)) return 'director-general';
  if (/^managing director$/.test(t)) return 'managing director';
  if (/^(?:group )?(?:chief executive(?: officer)?|chief-executive(?: officer)?|ceo)$/.test(t)) return 'chief executive';
  if (/^(?:executive |non-executive )?(?:chairman|chairwoman|chair|chairperson)$/.test(t)) return 'chair';
  if (/^president$/.test(t)) return 'president';
  if (/^governor$/.test(t)) return 'governor';
  if (/^(?:chief )?prosecutor$/.test(t)) return 'prosecutor';
  if (/^high commissioner$/.test(t)) return 'high commissioner';
  if (/^high representative$/.test(t)) return 'high representative';
  if (/^executive director$/.test(t)) return 'executive director';
  if (/^executive secretary$/.test(t)) return 'executive secretary';
  if (/^administrator$/.test(t)) return 'administrator';
  if (/^commissioner$/.test(t)) return 'commissioner';
  if (/^general manager$/.test(t)) return 'general manager';
  if (/^(?:co-)?founder$/.test(t)) return 'founder';
  if (ANY_HEAD.test(t)) return 'any';
  return undefined;
}

/**
 * The entity of the one organisation the article names that the person (an entity) is known to head or to have
 * headed under this title; undefined when the title names no head's office, the person is no known head, or no
 * organisation of those the person headed under it is named in the article, or several and none named most.
 */
export function knownHeadOrganisation(entities: ReadonlyMap<string, Entity>, person: Entity, title: Title): string | undefined {
  return mostNamedHead(knownHeadOrganisations(entities, person, title));
}

/**
 * Of the organisations a person is known to head that an article names (knownHeadOrganisations), the one meant: the
 * only one, or of several ("chairman John Elkann" in a story about Stellantis that names its brand Fiat, whose parent he
 * chaired before) the one the article is about, named at least twice as often as any other.
 */
export function mostNamedHead(named: readonly Entity[]): string | undefined {
  const [first, second] = [...named].sort((a, b) => b.mentions.length - a.mentions.length);
  return first && (!second || first.mentions.length >= 2 * second.mentions.length) ? first.id : undefined;
}

/** Every organisation the article names that the person is known to head or to have headed under this title, one entity each. */
export function knownHeadOrganisations(entities: ReadonlyMap<string, Entity>, person: Entity, title: Title): Entity[] {
  const office = organisationOfficeOfTitle(title.words);
  if (!office) return [];
  const { people: byName, organisations: byKey } = indexes();
  const headed = new Set<number>();
  for (const n of [person.name, ...person.aliases]) {
    for (const h of byName.get(holderKey(n)) ?? []) if (office === 'any' || h.offices.includes(office)) headed.add(h.organisation);
  }
  if (headed.size === 0) return [];
  // (an organisation the article names under two entities, "the United Nations" and "the UN": the one named most)
  const named = new Map<number, Entity>();
  for (const e of entities.values()) {
    if ((e.type !== 'organization' && e.type !== 'group') || e.mentions.length === 0) continue;
    for (const o of new Set([e.name, ...e.aliases].flatMap((n) => [...(byKey.get(organisationKey(n)) ?? [])]))) {
      const other = named.get(o);
      if (headed.has(o) && (!other || other.mentions.length < e.mentions.length)) named.set(o, e);
    }
  }
  return [...named.values()];
}
