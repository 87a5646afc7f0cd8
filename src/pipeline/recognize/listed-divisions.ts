// "throughout Brazoria, Fort Bend, Galveston and southern Harris Counties", "in Dallas, Tarrant and Collin counties":
// names listed before a plural noun for administrative divisions are each one of them, places, whatever the tagger
// read (a one-word county is often read as a person or a company).
import type { DocFacts } from './document.ts';
import type { TypedMention } from './typing.ts';

/** Plural nouns for divisions that end such a list. */
const DIVISIONS = new Set(['counties', 'parishes', 'provinces', 'districts', 'prefectures', 'townships', 'cantons', 'oblasts', 'governorates']);
/** Words that may qualify the last name of the list ("and southern Harris Counties"). */
const QUALIFIERS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'rural', 'neighboring', 'neighbouring', 'nearby']);
const PLACES = new Set(['country', 'region', 'city', 'location']);

export function retypeDivisionsListedTogether(doc: DocFacts, typed: TypedMention[]): void {
  const sorted = typed.filter((m) => m.metonymy !== 'demonym').sort((a, b) => a.tokenStart - b.tokenStart);
  for (let k = 0; k < sorted.length; k++) {
    const last = sorted[k]!;
    const own = DIVISIONS.has(doc.lower[last.tokenEnd - 1]!) && last.tokenEnd - last.tokenStart > 1;
    if (!own && !DIVISIONS.has(doc.lower[last.tokenEnd] ?? '')) continue;
    const word = own ? doc.lower[last.tokenEnd - 1]! : doc.lower[last.tokenEnd]!;
    const list = [last];
    for (let j = k - 1; j >= 0; j--) {
      const m = sorted[j]!, next = list[list.length - 1]!;
      if (m.sentence !== next.sentence || !joined(doc, m.tokenEnd, next.tokenStart)) break;
      list.push(m);
    }
    // a list of two or more, or one name with the plural noun after it ("Collin counties" is no list of one)
    if (list.length < 2) continue;
    for (const m of list) {
      if (PLACES.has(m.type)) continue;
      Object.assign(m, { type: 'location' as const, reason: `${m.reason} retyped: listed before "${word}"` });
    }
  }
}

/** ",", "and", "or", ", and" between two names of the list, and a qualifier before the second. */
function joined(doc: DocFacts, from: number, to: number): boolean {
  let end = to;
  while (end > from && QUALIFIERS.has(doc.lower[end - 1]!)) end--;
  const between = doc.lower.slice(from, end).join(' ');
  return between === ',' || between === 'and' || between === 'or' || between === ', and' || between === ', or';
}
