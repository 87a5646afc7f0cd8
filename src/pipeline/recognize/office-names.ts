// A one-word person's office before a person's name the tagger read as a body or a place:
// "Representative Alexandria Ocasio-Cortez", "Senator JD Vance". The office is no word of the name
// unless it is one of the titles that open names of things too ("General Electric", "King Abdullah
// University").
import { lookupOrganization, lookupPlace, titleInfo } from '../gazetteer/index.ts';
import { INDUSTRY_HEADS, ORGANIZATION_HEAD_WORDS } from '../gazetteer/data/organizations.ts';
import { BUSINESS_HEADS } from '../gazetteer/data/business-words.ts';
import type { DocFacts } from './document.ts';
import { demonymOf, spanString } from './typing.ts';
import { LOCATION_HEAD_WORDS } from './words.ts';

/** Titles that open names of things too ("General Electric", "King Abdullah University", "Saint Lucia", "Prince Edward Island"). */
const NAME_OPENING_TITLES = new Set(['general', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'st.', 'lord', 'lady', 'sheikh', 'emir', 'sultan', 'chief', 'grand', 'royal', 'president', 'imam', 'premier', 'admiral']);
const NAME_WORD_SHAPE = /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
/** Given names written as bare initials ("JD Vance", "JB Pritzker", "KP Sharma Oli"). */
const INITIALS_SHAPE = /^\p{Lu}{2,3}$/u;

/** Tokens [start, end): a one-word person's office, then two or three words of a person's name no gazetteer knows. */
export function officeBeforeName(doc: DocFacts, start: number, end: number): boolean {
  const toks = doc.seg.tokens;
  const first = toks[start]!.text;
  if (NAME_OPENING_TITLES.has(first.toLowerCase()) || !titleInfo(first) || end - start > 4) return false;
  const rest = toks.slice(start + 1, end).map((t) => t.text);
  // (bare initials only before the surname, and never a name the gazetteers know: "Senator JD Vance", not "Minister EU")
  const initials = (w: string, i: number) => i < rest.length - 1 && INITIALS_SHAPE.test(w) && !lookupOrganization(w) && !lookupPlace(w).length;
  if (!rest.every((w, i) => NAME_WORD_SHAPE.test(w) || initials(w, i))) return false;
  const name = rest.join(' ');
  const last = rest[rest.length - 1]!.toLowerCase();
  return !lookupPlace(name).length && !lookupOrganization(name) && !lookupPlace(spanString(doc, start, end)).length
    && !ORGANIZATION_HEAD_WORDS.has(last) && !INDUSTRY_HEADS.has(last) && !BUSINESS_HEADS.has(last) && !LOCATION_HEAD_WORDS.has(last) && !rest.some((w) => demonymOf(w) || titleInfo(w));
}
