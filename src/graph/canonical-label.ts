// The label a node goes by in the graph: the most complete proper name that the corpus
// or the gazetteer gives it, never the most frequent shortening. A place or body the
// gazetteer knows is labelled with the gazetteer's name ("United States", not "America"
// or "U.S."; a region or town by the corpus's spelling unless it only abbreviates it); a person with the fullest name written out ("Boris Yeltsin", not "B. Yeltsin"
// or "Yeltsin"); anything else with its fullest name, not shouted in capitals.
import type { EntityType } from '../types.ts';
import { entryById, isAcronym, organizationById } from '../pipeline/gazetteer/index.ts';
import { isFullName } from '../pipeline/resolve/short-forms.ts';

/** Per name: [written out words, ...] compared in order, higher first. */
function score(name: string, type: EntityType): number[] {
  const words = name.split(/\s+/).filter(Boolean);
  const shouting = name.length > 3 && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && !isAcronym(name.replace(/\s+/g, '')) ? 1 : 0;
  const initials = words.filter((w) => /^(?:\p{Lu}\.)+$/u.test(w)).length;
  if (type === 'person' || type === 'other') return [-shouting, isFullName(name) ? 1 : 0, words.length - initials, -initials];
  if (type === 'organization' || type === 'event') return [-shouting, isAcronym(name.replace(/\s+/g, '')) ? 0 : 1, words.length];
  // places go by the spelling used most
  return [-shouting];
}

export function canonicalLabel(type: EntityType, gazetteerId: string | undefined, names: ReadonlyMap<string, number>): string {
  const entry = gazetteerId ? entryById(gazetteerId) ?? organizationById(gazetteerId) : undefined;
  // countries and listed bodies by their gazetteer name; regions and towns by the spelling the corpus
  // uses (the gazetteer's are often administrative forms, "Donetska oblast"), unless it only abbreviates or shouts them
  if (entry?.name && (entry.type === 'country' || entry.type === 'organization')) return entry.name;
  if (entry?.name && [...names.keys()].every((n) => /\./.test(n) || n === n.toUpperCase())) return entry.name;
  let best: string | undefined;
  let bestScore: number[] = [];
  let bestCount = 0;
  for (const [name, count] of names) {
    if (best === undefined) { best = name; bestScore = score(name, type); bestCount = count; continue; }
    const sc = score(name, type);
    let cmp = 0;
    for (let i = 0; i < sc.length && !cmp; i++) cmp = sc[i]! - bestScore[i]!;
    // then the name more articles use, then the longer, then a fixed order (the result does not depend on article order)
    if (!cmp) cmp = count - bestCount || name.length - best.length || (name < best ? 1 : -1);
    if (cmp > 0) { best = name; bestScore = sc; bestCount = count; }
  }
  return best ?? '';
}
