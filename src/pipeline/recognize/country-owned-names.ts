// One name for two countries' bodies: "Britain's AI Safety Institute and its American counterpart, the U.S. AI Safety
// Institute". The tagger reads the country before the second as a place of its own, and resolve would then join the two
// bodies by their one name. When the article names the same body with two different countries before it (a possessive,
// a country's name or abbreviation, a nationality word), the country's name or abbreviation written right before the
// body's name is part of that body's name. Only then: "U.S. Treasury" named once with no rival stays the country and
// the body it qualifies.
import type { GazetteerEntry } from '../../types.ts';
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { lookupPlace, nameKey } from '../gazetteer/index.ts';

const countryNamed = (text: string): GazetteerEntry | undefined => lookupPlace(text).find((e) => e.type === 'country');

/** The country written right before candidate `k`: a place span, a nationality word, or a place span and a possessive. */
function ownerBefore(doc: DocFacts, sorted: Candidate[], k: number): { country: GazetteerEntry; adjacent: boolean } | undefined {
  const c = sorted[k]!;
  const prev = sorted[k - 1];
  if (!prev || doc.seg.tokens[prev.start]!.sentence !== doc.seg.tokens[c.start]!.sentence) return undefined;
  const text = spanString(doc, prev.start, prev.end);
  if (prev.end === c.start) {
    const country = prev.label === 'LOC' ? countryNamed(text) : undefined;
    if (country) return { country, adjacent: true };
    const demonym = demonymOf(text);
    return demonym?.type === 'country' ? { country: demonym, adjacent: false } : undefined;
  }
  const possessive = prev.end === c.start - 1 && /^['’]s$/.test(doc.seg.tokens[prev.end]!.text);
  const country = possessive && prev.label === 'LOC' ? countryNamed(text) : undefined;
  return country ? { country, adjacent: false } : undefined;
}

export function withCountryOwnedNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const owners = new Map<string, Array<{ k: number; country: GazetteerEntry; adjacent: boolean }>>();
  sorted.forEach((c, k) => {
    if (c.label !== 'ORG' || c.end - c.start < 2) return;
    const owner = ownerBefore(doc, sorted, k);
    if (!owner) return;
    const key = nameKey(spanString(doc, c.start, c.end));
    owners.set(key, [...(owners.get(key) ?? []), { k, ...owner }]);
  });
  const joined = new Map<number, Candidate>();
  for (const [, list] of owners) {
    if (new Set(list.map((x) => x.country.id)).size < 2) continue;
    for (const x of list) {
      if (!x.adjacent) continue;
      const c = sorted[x.k]!, prev = sorted[x.k - 1]!;
      joined.set(x.k - 1, { start: prev.start, end: c.end, label: 'ORG', reason: `${c.reason}; the body's name with its country "${spanString(doc, prev.start, prev.end)}", named for another country too` });
    }
  }
  if (!joined.size) return candidates;
  const out: Candidate[] = [];
  sorted.forEach((c, k) => {
    if (joined.has(k)) out.push(joined.get(k)!);
    else if (!joined.has(k - 1)) out.push(c);
  });
  return out;
}
