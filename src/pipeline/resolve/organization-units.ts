// Two things the first word of a body's name may stand for, besides the body itself:
// - "Nestora Philippines", "Valmont India": a company's name and a country (or a region) after it is the
//   company's unit there; the company's name alone is the parent, not the unit, when the article names
//   the parent in full as well ("Grupo Nestora ... Nestora Philippines ... Nestora said").
// - "the Sandinistas" of "the Sandinista National Liberation Front", "the Conservatives" of "the
//   Conservative Party": the plural of a political body's first word names its members, so the body.
import { lookupPlace, nameKey } from '../gazetteer/index.ts';

/** Last words of a political body's name whose first word, made plural, names its members. */
const MEMBER_BODY_HEADS = new Set(['party', 'front', 'movement', 'alliance', 'league', 'congress', 'coalition']);

/** "Valdivia Philippines": two or more words, those after the first a country or a region the gazetteer knows. */
export function isPlacedUnit(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  return lookupPlace(words.slice(1).join(' ')).some((e) => e.type === 'country' || e.type === 'region');
}

/** Does the plural word name the members of the body `longName` ("Sandinistas" of "Sandinista National Liberation Front")? */
export function namesMembersOf(word: string, longName: string): boolean {
  const key = nameKey(word);
  const words = nameKey(longName).split(' ');
  if (!key.endsWith('s') || words.length < 2 || !MEMBER_BODY_HEADS.has(words[words.length - 1]!)) return false;
  return words[0] === key.slice(0, -1);
}
