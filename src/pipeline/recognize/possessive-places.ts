// "Beirut's Martyrs' Square", "St Peter's Square", "St Paul's Cathedral": a name and a possessive before a
// capitalised word for a street, a square or a building is part of that place's name. The tagger reads the
// name alone (often as a body: "Martyrs"); the span is widened over the possessive and the head word and
// read as a place. An owner the gazetteer places ("Beirut's ...") owns what follows and is left alone.
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { spanString } from './typing.ts';
import { lookupOrganization, lookupPlace } from '../gazetteer/index.ts';

/** Capitalised last words of a street's, a square's or a building's name. */
const URBAN_PLACE_HEADS = new Set(['Square', 'Street', 'Avenue', 'Road', 'Boulevard', 'Bridge', 'Lane', 'Gate', 'Park', 'Cathedral', 'Basilica']);

export function withPossessivePlaceNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  let changed = false;
  const taken = new Set<number>();
  const out = candidates.map((c) => {
    const poss = toks[c.end], head = toks[c.end + 1], after = toks[c.end + 2];
    if (!poss || !head || !/^['’]s?$/.test(poss.text) || !URBAN_PLACE_HEADS.has(head.text)) return c;
    if (poss.sentence !== toks[c.start]!.sentence || head.sentence !== poss.sentence) return c;
    // the plural possessive needs the name's own "s" ("Martyrs'"); the head must close the capitalised run
    if (poss.text.length === 1 && !/s$/.test(toks[c.end - 1]!.text)) return c;
    if (after && after.sentence === head.sentence && /^\p{Lu}/u.test(after.text)) return c;
    if (lookupPlace(spanString(doc, c.start, c.end)).length) return c;
    changed = true;
    taken.add(c.end + 1);
    return { start: c.start, end: c.end + 2, label: 'LOC' as const, reason: `${c.reason}, the name of a ${head.text.toLowerCase()} with its possessive` };
  });
  return changed ? out.filter((c) => !(c.end - c.start === 1 && taken.has(c.start))) : candidates;
}

/**
 * "camps around Cox's Bazar", "a house on Martha's Vineyard": after a preposition of place, one capitalised word, a
 * possessive and one more capitalised word that no gazetteer knows (nor the owner) name one place; the tagger reads
 * two names, often bodies (a name the gazetteer knows whole, anywhere). A known owner owns what follows ("in Google's Android", "in Putin's Russia" stay apart),
 * and so does a person the tagger found ("at Smith's Bakery" is no town).
 */
export function withPossessiveTownNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  const joined = new Map<number, Candidate>();
  for (const c of candidates) {
    const poss = toks[c.end], head = toks[c.end + 1], after = toks[c.end + 2];
    if (c.end - c.start !== 1 || c.label === 'PER' || !poss || !head || !/^['’]s$/.test(poss.text)) continue;
    if (poss.sentence !== toks[c.start]!.sentence || head.sentence !== poss.sentence) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(head.text) || (after && after.sentence === head.sentence && /^\p{Lu}/u.test(after.text))) continue;
    const second = byStart.get(c.end + 1);
    if (second && (second.end !== c.end + 2 || second.label === 'PER')) continue;
    // a place the gazetteer knows by the whole name is one wherever it stands
    const owner = toks[c.start]!.text;
    const known = lookupPlace(spanString(doc, c.start, c.end + 2)).length > 0;
    if (!known && (!TOWN_PREPOSITIONS.has(doc.lower[c.start - 1] ?? '') || doc.lowerWords.has(doc.lower[c.end + 1]!)
      || lookupPlace(owner).length || lookupOrganization(owner) || lookupPlace(head.text).length || lookupOrganization(head.text))) continue;
    joined.set(c.start, { start: c.start, end: c.end + 2, label: 'LOC', reason: `${c.reason}, one place's name across the possessive after "${toks[c.start - 1]!.text}"` });
  }
  if (!joined.size) return candidates;
  const heads = new Set([...joined.values()].map((c) => c.end - 1));
  return candidates.filter((c) => !(c.end - c.start === 1 && heads.has(c.start))).map((c) => joined.get(c.start) ?? c);
}

/** Prepositions after which a name is a place ("around X", "on X"). */
const TOWN_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'outside', 'from', 'to', 'on', 'into', 'across']);
