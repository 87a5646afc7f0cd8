// When each relation was stated to hold: for events (and co-occurrences), the time expression of
// the evidence sentence nearest to the two entities ("met on Friday" -> that Friday); roles, places
// and affiliations hold as of the article, so they, and anything the sentence does not date, take
// the article's date (a dateline's own date counts as the article's). A relation
// dated after the article ("will meet next March") is a plan, not a fact: events pointing into the
// future are marked hypothetical, dated with the month or day the text gives.
import type { Entity, Relation, Span } from '../../types.ts';
import { compareIso } from './calendar.ts';
import { findTimeExpressions, type TimeExpression } from './expressions.ts';

/** The article date as a day (an ISO date-time keeps only its date). */
function dayOf(date: string | undefined): string | null {
  if (!date) return null;
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(date);
  return m ? m[0] : null;
}

/**
 * Set `date` (and `dateFrom`) on every relation that has evidence: from its sentence when the
 * sentence says when, else from the article. Relations are changed in place and returned.
 */
export function dateRelations(relations: Relation[], entities: readonly Entity[], articleDate: string | undefined): Relation[] {
  const anchor = dayOf(articleDate);
  const anchorDay = anchor && anchor.length === 10 ? anchor : null;
  const mentionsOf = new Map<string, readonly Span[]>(entities.map((e) => [e.id, e.mentions]));
  const bySentence = new Map<number, TimeExpression[]>();
  for (const r of relations) {
    const sentence = r.evidence[0];
    if (!sentence) continue;
    let found = bySentence.get(sentence.start);
    if (!found) {
      found = findTimeExpressions(sentence.text, anchorDay).filter((t) => t.value !== null);
      bySentence.set(sentence.start, found);
    }
    // A sentence's time expression dates what happens in it; a role or a place holds as of the article.
    const own = r.kind === 'event' ? outsideTrailingRelative(found, sentence, mentionsOf.get(r.source), mentionsOf.get(r.target)) : found;
    const pick = r.kind === 'event' || r.kind === 'cooccurrence' ? nearest(own, sentence, mentionsOf.get(r.source), mentionsOf.get(r.target)) : null;
    if (pick && !(pick.reason === 'an absolute date' && pick.value === anchor)) {
      r.date = pick.value!;
      r.dateFrom = 'text';
      const later = anchor ? compareIso(pick.value!, anchor) > 0 : false;
      if (r.kind === 'event' && (pick.tense === 'future' || later) && !r.negated) r.hypothetical = true;
    } else if (anchor) {
      r.date = anchor;
      r.dateFrom = 'article';
    }
  }
  return relations;
}

/** A relative clause set off by a comma: what it says of its noun, with a time of its own. */
const ASIDE_RELATIVE = /,\s+(?:which|who|whom|whose)\s/gi;

/**
 * The expressions of `found` not inside a relative clause that opens after both ends of an event ("backed Rio's
 * offer, which is expected to close in mid-2025": the backing is done; the closing is the offer's, still ahead).
 */
function outsideTrailingRelative(found: TimeExpression[], sentence: Span & { text: string }, a?: readonly Span[], b?: readonly Span[]): TimeExpression[] {
  if (!found.length) return found;
  const last = (spans?: readonly Span[]) => spans?.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.end - sentence.start);
  const ea = last(a), eb = last(b);
  // (both ends named in the sentence, each first before the clause)
  if (!ea?.length || !eb?.length) return found;
  const after = Math.max(Math.min(...ea), Math.min(...eb));
  for (const m of sentence.text.matchAll(ASIDE_RELATIVE)) {
    if (m.index! < after) continue;
    return found.filter((t) => t.start < m.index!);
  }
  return found;
}

/** The expression closest to the middle of the relation's two mentions in this sentence. */
function nearest(found: TimeExpression[], sentence: Span, a?: readonly Span[], b?: readonly Span[]): TimeExpression | null {
  if (!found.length) return null;
  if (found.length === 1) return found[0]!;
  const inside = (spans?: readonly Span[]) => spans?.find((m) => m.start >= sentence.start && m.end <= sentence.end);
  const ma = inside(a), mb = inside(b);
  const points = [ma, mb].filter((m): m is Span => !!m).map((m) => m.start - sentence.start);
  if (!points.length) return found[0]!;
  const middle = points.reduce((x, y) => x + y, 0) / points.length;
  let best = found[0]!;
  for (const t of found) if (Math.abs(t.start - middle) < Math.abs(best.start - middle)) best = t;
  return best;
}
