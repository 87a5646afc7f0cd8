// The country of a bare national title from what is known of its holder: "President Nicolas Maduro" in a story that
// names Venezuela, Chile and Peru is Venezuela's president. World knowledge (data/office-holders.ts) only chooses among
// the countries the article itself names; the title is stated, the country is read from context (basis "context").
import { OFFICE_HOLDERS, type Office } from './data/office-holders.ts';
import type { Entity } from '../../types.ts';
import type { Title } from './title-phrase.ts';

/** A name compared without case, accents or punctuation ("Nicolás Maduro" = "Nicolas Maduro"). */
export function holderKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’]/g, '').replace(/[\s-]+/g, ' ').trim();
}

let index: Map<string, Array<{ office: Office; country: string }>> | undefined;

function holders(): Map<string, Array<{ office: Office; country: string }>> {
  if (index) return index;
  index = new Map();
  for (const h of OFFICE_HOLDERS) {
    for (const n of [h.name, ...(h.aliases ?? [])]) {
      const key = holderKey(n);
      const list = index.get(key) ?? [];
      if (!list.some((x) => x.office === h.office && x.country === h.country)) list.push({ office: h.office, country: h.country });
      index.set(key, list);
    }
  }
  return index;
}

/** The office a title names, in the data's terms ("foreign secretary" and "secretary of state" are foreign ministers). */
export function officeOfTitle(words: readonly string[]): Office | undefined {
  const t = words.filter((w) => w !== 'former' && w !== 'then' && w !== 'acting' && w !== 'interim' && w !== 'outgoing' && w !== 'incoming').join(' ');
  if (/\bvice[- ]president$/.test(t)) return 'vice president';
  if (/(?:^|\s)president$/.test(t)) return 'president';
  if (/\b(?:prime minister|premier)$/.test(t)) return 'prime minister';
  if (/\bcrown prince$/.test(t)) return 'crown prince';
  if (/\bsupreme leader$/.test(t)) return 'supreme leader';
  if (/^(?:king|queen|emir|sultan|monarch)$/.test(t)) return 'monarch';
  if (/\bchancellor of the exchequer$/.test(t)) return 'finance minister';
  if (/^chancellor$/.test(t)) return 'chancellor';
  if (/^(?:foreign (?:minister|secretary)|secretary of state|minister of foreign affairs|external affairs minister)$/.test(t)) return 'foreign minister';
  if (/^(?:defen[cs]e (?:minister|secretary)|secretary of defen[cs]e|minister of defen[cs]e)$/.test(t)) return 'defence minister';
  if (/^(?:finance minister|treasury secretary|secretary of the treasury|minister of finance)$/.test(t)) return 'finance minister';
  if (/^(?:interior minister|minister of (?:the )?interior|home secretary)$/.test(t)) return 'interior minister';
  return undefined;
}

/**
 * The entity of the one country the article names whose `title` the person (an entity) is known to hold or to have
 * held; undefined when the title is no national office of the data, the person is unknown, or no country, or more than
 * one, of those the person is known to have held it in is named in the article.
 */
export function knownHolderCountry(entities: ReadonlyMap<string, Entity>, person: Entity, title: Title): string | undefined {
  const office = officeOfTitle(title.words);
  if (!office) return undefined;
  const countries = new Set<string>();
  for (const n of [person.name, ...person.aliases]) {
    for (const h of holders().get(holderKey(n)) ?? []) if (h.office === office) countries.add(h.country);
  }
  // (of several: "King Charles" reigns in Canada and Australia too; the one the article names)
  const named = new Set<string>();
  for (const [id, e] of entities) {
    const code = e.type === 'country' && e.mentions.length ? e.gazetteerId?.replace(/^country:/, '') : undefined;
    if (code && countries.has(code)) named.add(id);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
