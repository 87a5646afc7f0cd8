// The country of a bare national title from what is known of its holder: "President Nicolas Maduro" in a story that
// names Venezuela, Chile and Peru is Venezuela's president. World knowledge (data/office-holders.ts) only chooses among
// the countries the article itself names; the title is stated, the country is read from context (basis "context").
import { OFFICE_HOLDERS, type Office } from './data/office-holders.ts';
import type { Entity } from '../../types.ts';
import { NATIONAL, titleHead, type Title } from './title-phrase.ts';
import { countryCode } from './classes.ts';

/** A name compared without case, accents or punctuation ("Nicolás Maduro" = "Nicolas Maduro"). */
export function holderKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’]/g, '').replace(/[\s-]+/g, ' ').trim();
}

interface Held { office: Office; country: string; from: number }

let index: Map<string, Held[]> | undefined;

function holders(): Map<string, Held[]> {
  if (index) return index;
  index = new Map();
  for (const h of OFFICE_HOLDERS) {
    for (const n of [h.name, ...(h.aliases ?? [])]) {
      const key = holderKey(n);
      const list = index.get(key) ?? [];
      const same = list.find((x) => x.office === h.office && x.country === h.country);
      if (!same) list.push({ office: h.office, country: h.country, from: h.from });
      else same.from = Math.max(same.from, h.from);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * The office a title names, in the data's terms ("foreign secretary" and "secretary of state" are foreign ministers).
 * Never the catch-all 'minister': "trade minister" names no listed office, and is read as any office the holder is
 * known to have held (knownServedCountry).
 */
export function officeOfTitle(words: readonly string[]): Office | undefined {
  const t = words.filter((w) => w !== 'former' && w !== 'then' && w !== 'acting' && w !== 'interim' && w !== 'outgoing' && w !== 'incoming').join(' ');
  if (/\b(?:vice|deputy)[- ]president$/.test(t)) return 'vice president';
  if (/(?:^|\s)president$/.test(t)) return 'president';
  // ("Vice Premier He Lifeng", "Deputy Prime Minister Alexander Novak": a cabinet post, no listed office)
  if (/\b(?:vice|deputy)[- ](?:prime minister|premier)$/.test(t)) return undefined;
  if (/\b(?:prime minister|premier)$/.test(t)) return 'prime minister';
  if (/\bcrown prince$/.test(t)) return 'crown prince';
  if (/\bsupreme leader$/.test(t)) return 'supreme leader';
  if (/^(?:king|queen|emir|sultan|monarch)$/.test(t)) return 'monarch';
  if (/\bchancellor of the exchequer$/.test(t)) return 'finance minister';
  if (/^chancellor$/.test(t)) return 'chancellor';
  if (/^(?:foreign (?:minister|secretary)|secretary of state|minister of foreign affairs|external affairs minister)$/.test(t)) return 'foreign minister';
  if (/^(?:defen[cs]e (?:minister|secretary)|secretary of defen[cs]e|minister of defen[cs]e)$/.test(t)) return 'defence minister';
  if (/^(?:finance minister|treasury secretary|secretary of the treasury|minister of finance)$/.test(t)) return 'finance minister';
  if (/^(?:interior minister|minister of (?:the )?interior|home secretary|home (?:affairs )?minister|minister of home affairs)$/.test(t)) return 'interior minister';
  // ("Foreign ministry spokesman Lin Jian", "State Department spokesman Matthew Miller": not a bare "spokesman")
  if (/^(?:foreign (?:ministry|affairs ministry|office)|state department|external affairs ministry) spokes(?:man|woman|person)$/.test(t)) return 'foreign ministry spokesperson';
  if (/^chief cabinet secretary$/.test(t)) return 'chief cabinet secretary';
  return undefined;
}

/**
 * The entity of the one country the article names whose `title` the person (an entity) is known to hold or to have
 * held (for a national title the data does not list, "energy minister", any office the person is known to have held);
 * undefined when the title is no national one, the person is unknown, or no country, or more than one, of those the
 * person is known to have held it in is named in the article.
 */
export function knownHolderCountry(entities: ReadonlyMap<string, Entity>, person: Entity, title: Title): string | undefined {
  const office = officeOfTitle(title.words);
  if (office) return namedCountry(entities, person, (h) => h.office === office);
  // (a national title the data does not list, "energy minister": any office the person is known to have held)
  return NATIONAL.has(titleHead(title)) ? knownServedCountry(entities, person) : undefined;
}

/**
 * The entity of the one country the article names that the person is known to have held any national office of
 * ("the army chief, General Abdel Fattah al-Burhan" in a story from Washington: Sudan's); undefined as above.
 */
export function knownServedCountry(entities: ReadonlyMap<string, Entity>, person: Entity): string | undefined {
  return namedCountry(entities, person, () => true);
}

/** Every office the person (by name or alias) is known to have held, in the data's terms. */
function heldBy(person: Entity): Held[] {
  return [person.name, ...person.aliases].flatMap((n) => holders().get(holderKey(n)) ?? []);
}

function namedCountry(entities: ReadonlyMap<string, Entity>, person: Entity, held: (h: Held) => boolean): string | undefined {
  const countries = new Set(heldBy(person).filter(held).map((h) => h.country));
  // (of several: "King Charles" reigns in Canada and Australia too; the one the article names)
  const named = new Set<string>();
  for (const [id, e] of entities) {
    const code = e.mentions.length ? countryCode(e) : undefined;
    if (code && countries.has(code)) named.add(id);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The office the person is known to have held in the country (ISO code), the latest taken up if several
 * ("Vladimir Putin" in Russia: president, prime minister before); undefined when none is known. The catch-all
 * 'minister' (any other cabinet post) only when nothing more telling is known there: "Britain's Liz Truss" is
 * its prime minister, not one of its ministers because she was once trade secretary.
 */
export function knownOfficeIn(person: Entity, code: string): Office | undefined {
  const there = heldBy(person).filter((h) => h.country === code);
  const named = there.filter((h) => h.office !== 'minister');
  let best: Held | undefined;
  for (const h of named.length ? named : there) if (!best || h.from > best.from) best = h;
  return best?.office;
}
