// Names that end in a numeral: "Sakhalin-2", "Arctic LNG 2", "Nord Stream 2". The tagger learnt from
// CoNLL-2003, whose numbers after names are scores and table figures ("Bayern Munich 2 Hamburg 1",
// "Lazio 3 2 1 0 5 3 7"), so it leaves the number out or reads the hyphened word as a miscellaneous
// name. Two readings put the number back:
//   - a capitalised word joined by a hyphen to a number of one or two figures ("Sakhalin-2") is the name of
//     a thing, not a place's or a person's: an organisation (a project, a venture), tagged or not;
//   - a number of one or two figures right after a tagger name that is no person, when the number is no score
//     or figure of a table (another number or a name right after it, a number right before the name) and the
//     article writes the name with a number more than once ("Nord Stream 2 ... Nord Stream 1"), or the name
//     ends on a word for a project or a plant that such numbers count ("Arctic LNG 2", "Line 5").
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { CALENDAR_WORDS, DISEASE_WORDS } from './words.ts';

/** A capitalised word of three or more letters, a hyphen and a number of one or two figures ("Sakhalin-2"). */
const HYPHENED_NUMBER = /^\p{Lu}\p{Ll}{2,}-\d{1,2}$/u;
/** A number of one or two figures on its own. */
const SMALL_NUMBER = /^\d{1,2}$/;
/** Last words of names of projects and plants that are counted ("Arctic LNG 2", "Nord Stream 2", "Line 5"). */
const NUMBERED_PROJECT_HEADS = new Set(['lng', 'stream', 'pipeline', 'line', 'project', 'terminal', 'field']);

export function withNumberedNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const startsAt = new Map<number, Candidate>();
  const covered = new Uint8Array(toks.length);
  for (const c of candidates) {
    startsAt.set(c.start, c);
    covered.fill(1, c.start, c.end);
  }
  const added: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i]!.text;
    if (!HYPHENED_NUMBER.test(word) || DISEASE_WORDS.has(word.slice(0, word.indexOf('-')).toLowerCase())) continue;
    const own = startsAt.get(i);
    if (own && own.end === i + 1 && own.label !== 'ORG') {
      own.label = 'ORG';
      own.reason = `${own.reason}; a word joined to a number by a hyphen names a project or a venture`;
    } else if (!covered[i]) {
      added.push({ start: i, end: i + 1, label: 'ORG', reason: 'a capitalised word joined to a number by a hyphen (missed by the tagger)' });
    }
  }
  // names followed by a number that is no score: how often each is written so, then the joins
  const numbered = candidates.filter((c) => numberAfter(doc, c, covered));
  const counts = new Map<string, number>();
  for (const c of numbered) counts.set(nameOf(doc, c), (counts.get(nameOf(doc, c)) ?? 0) + 1);
  for (const c of numbered) {
    if ((counts.get(nameOf(doc, c)) ?? 0) < 2 && !NUMBERED_PROJECT_HEADS.has(doc.lower[c.end - 1]!)) continue;
    c.reason = `${c.reason}, with the number "${toks[c.end]!.text}" that ends the name`;
    c.end++;
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.start - b.start) : candidates;
}

function nameOf(doc: DocFacts, c: Candidate): string {
  return doc.lower.slice(c.start, c.end).join(' ');
}

/** Whether a number of one or two figures follows the tagger's name `c` and reads as part of it, not as a score. */
function numberAfter(doc: DocFacts, c: Candidate, covered: Uint8Array): boolean {
  const toks = doc.seg.tokens;
  const n = toks[c.end];
  if (!c.label || c.label === 'PER' || !n || n.sentence !== toks[c.start]!.sentence || covered[c.end] || !SMALL_NUMBER.test(n.text)) return false;
  const last = doc.lower[c.end - 1]!;
  if (CALENDAR_WORDS.has(last) || /\d/.test(last)) return false;
  // "Roma 1 Lazio 3": a number before the name; "Bayern Munich 2 Hamburg 1", "Lazio 3 2 1 0": a name, a number
  // or a bracket after the number
  const before = toks[c.start - 1];
  if (before && before.sentence === n.sentence && /\d/.test(before.text)) return false;
  const after = toks[c.end + 1];
  if (after && after.sentence === n.sentence && (doc.nameToken[c.end + 1] || /^[\d(\[:/-]/.test(after.text))) return false;
  return true;
}
