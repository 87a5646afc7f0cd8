// "U.S. Centers for Disease Control and Prevention", "US Food and Drug Administration": news
// writes a country before a body's name to say whose it is; the body's own name leaves it out
// (its acronym, CDC or FDA, has no letter for it). Not every such name: "U.S. Steel", "China
// Development Bank" and "Japan Airlines" are the companies' own names. The country goes when the
// article's acronym for the body spells the rest alone, or the rest is a body's name of three or
// more words built with "of", "for" or "and" ("Centers for Disease Control and Prevention").
import type { GazetteerEntry } from '../../types.ts';
import { lookupPlace } from '../gazetteer/index.ts';
import { initials } from './names.ts';

// In a constant: a bundler may turn a Unicode-property literal into `new RegExp` at every call.
const STARTS_UPPER = /^\p{Lu}/u;
/** Lower-case words inside a body's name. */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/**
 * The name without a country name or abbreviation opening it, when two or more words of a name remain: all
 * capitalised, or (`joined`) with "of", "for", "and" inside ("Food and Drug Administration").
 */
export function withoutLeadingCountry(name: string, joined = false): string | undefined {
  const words = name.split(/\s+/);
  const fits = (rest: string[]) => rest.length >= 2 && STARTS_UPPER.test(rest[0]!) && STARTS_UPPER.test(rest[rest.length - 1]!)
    && rest.every((w) => STARTS_UPPER.test(w) || (joined && NAME_JOINERS.has(w)));
  return leadingCountry(words, fits)?.rest.join(' ');
}

/**
 * The country a name's first one or two words name ("U.S.", "United States"), and the words after it, trying one word
 * first; `fits` says which rests may follow (by default any that is not empty).
 */
export function leadingCountry(words: readonly string[], fits: (rest: string[]) => boolean = (rest) => rest.length > 0): { country: GazetteerEntry; rest: string[] } | undefined {
  for (const n of [1, 2]) {
    const rest = words.slice(n);
    if (!fits(rest)) continue;
    const country = lookupPlace(words.slice(0, n).join(' ')).find((e) => e.type === 'country');
    if (country) return { country, rest };
  }
  return undefined;
}

/**
 * The name a body goes by when the article writes its country before it: the rest of the name, when
 * one of `shortForms` (the acronyms the article uses for it) is the initials of the rest and not of
 * the whole, or, after an abbreviation ("U.S."), the rest has three or more words joined by "of", "for" or "and"; else undefined.
 */
export function nameWithoutCountry(name: string, shortForms: string[]): string | undefined {
  const rest = withoutLeadingCountry(name, true);
  if (!rest) return undefined;
  const restInitials = initials(rest);
  if (shortForms.some((s) => s.replace(/\./g, '') === restInitials && restInitials !== initials(name))) return rest;
  // (only after an abbreviation: "Japan Bank for International Cooperation" is that bank's own name)
  const lead = name.slice(0, name.length - rest.length).trim();
  const words = rest.split(/\s+/);
  if (/^[A-Z.]+$/.test(lead) && words.length >= 3 && words.some((w) => w === 'of' || w === 'for' || w === 'and')) return rest;
  return undefined;
}
