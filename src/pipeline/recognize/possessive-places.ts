// "Beirut's Martyrs' Square", "St Peter's Square", "St Paul's Cathedral": a name and a possessive before a
// capitalised word for a street, a square or a building is part of that place's name. The tagger reads the
// name alone (often as a body: "Martyrs"); the span is widened over the possessive and the head word and
// read as a place. An owner the gazetteer places ("Beirut's ...") owns what follows and is left alone.
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { spanString } from './typing.ts';
import { lookupPlace } from '../gazetteer/index.ts';

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
