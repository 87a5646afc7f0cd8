// A body's long name the tagger cut at a second "of": "the Association of Relatives [of the Detained
// and Disappeared]", "the Committee for the Protection [of the Rights of Journalists]". The words
// after "of" or "of the" are capitalised in mid-sentence, tagged as nothing, and name no place,
// body or nationality of their own: they go on with the name.
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { lookupOrganization, lookupPlace, titleInfo } from '../gazetteer/index.ts';
import { ORGANIZATION_HEAD_WORDS } from '../gazetteer/data/organizations.ts';

/** Lower-case words that may join the capitalised words of the tail ("Detained and Disappeared"). */
const TAIL_JOINERS = new Set(['and', 'of', 'for', 'the', '&']);

export function withCutTails(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const owner = new Int32Array(doc.seg.tokens.length).fill(-1);
  candidates.forEach((c, k) => owner.fill(k, c.start, c.end));
  const dropped = new Set<number>();
  let changed = false;
  const out = candidates.map((c): Candidate | Candidate[] => {
    if (c.label !== 'ORG' || c.end - c.start < 2) return c;
    const end = tailEnd(doc, c, owner, candidates);
    if (end <= c.end) return c;
    changed = true;
    for (let i = c.end; i < end; i++) if (owner[i]! >= 0) dropped.add(owner[i]!);
    const reason = `${c.reason}, its name goes on after "${doc.seg.tokens[c.end]!.text}"`;
    // "the Treasury's Office of Foreign Assets Control": a body's possessive opening the name is its owner, the body
    // that has the office
    const poss = c.start + 1;
    if (/^['’]s$/.test(doc.seg.tokens[poss]!.text) && poss + 1 < c.end && bodyWord(doc.seg.tokens[c.start]!.text)) {
      return [{ start: c.start, end: poss, label: 'ORG', reason: `${reason}; the body owning it` }, { start: poss + 1, end, label: 'ORG', reason }];
    }
    return { ...c, end, reason };
  });
  return changed ? out.filter((_, k) => !dropped.has(k)).flat() : candidates;
}

/** One word that names a body by itself: a listed organisation or a body's head word ("Treasury", "Pentagon"). */
function bodyWord(word: string): boolean {
  return !!lookupOrganization(word) || ORGANIZATION_HEAD_WORDS.has(word.toLowerCase());
}

/**
 * One past the last token of the tail after the candidate, or the candidate's end when there is none. A one-word tagger
 * span inside the tail ("Detained" read as a body of its own) joins it; a longer one or one reaching past it stops it.
 */
function tailEnd(doc: DocFacts, c: Candidate, owner: Int32Array, candidates: Candidate[]): number {
  const toks = doc.seg.tokens;
  const sentence = toks[c.start]!.sentence;
  if (doc.lower[c.end] !== 'of') return c.end;
  let i = c.end + 1;
  if (doc.lower[i] === 'the') i++;
  const from = i;
  let last = -1;
  for (; i < toks.length && toks[i]!.sentence === sentence && i < from + 8; i++) {
    if (doc.nameToken[i] && !doc.initial.has(i) && /^\p{Lu}\p{Ll}/u.test(toks[i]!.text)) last = i;
    else if (!TAIL_JOINERS.has(doc.lower[i]!)) break;
  }
  if (last < from) return c.end;
  for (let k = from; k <= last; k++) {
    const o = owner[k]!;
    // (a place the tagger saw there must be no place the gazetteer knows: "of the Missing and Murdered")
    if (o < 0) continue;
    const inner = candidates[o]!;
    // ("Office of Foreign [Assets Control]": a span that opens after a capitalised word of the tail no span holds and
    // closes it is a piece of the name, whatever the tagger called it; a person's name after "of" opens with it, or
    // with a title: "the Party of Unity and Progress of President X")
    if (inner.start > from && doc.nameToken[inner.start - 1] && owner[inner.start - 1]! < 0 && inner.end === last + 1 && inner.label !== 'LOC'
      && !titleInfo(toks[inner.start - 1]!.text)) continue;
    // (one word only: "Queens College of the [City University of New York]" names two bodies)
    if (inner.end > last + 1 || inner.end - inner.start > 1 || inner.label === 'PER' || (inner.label === 'LOC' && lookupPlace(spanString(doc, inner.start, inner.end)).length)) return c.end;
  }
  const tail = spanString(doc, from, last + 1);
  if (lookupPlace(tail).length || lookupOrganization(tail) || demonymOf(toks[from]!.text)) return c.end;
  return last + 1;
}
