// Names that end in a numeral: "Sakhalin-2", "Arctic LNG 2", "Nord Stream 2". The tagger learnt from
// CoNLL-2003, whose numbers after names are scores and table figures ("Bayern Munich 2 Hamburg 1",
// "Lazio 3 2 1 0 5 3 7"), so it leaves the number out or reads the hyphened word as a miscellaneous
// name. Two readings put the number back:
//   - a capitalised word joined by a hyphen to a number of one or two figures ("Sakhalin-2") is the name of
//     a thing, not a place's or a person's: an organisation (a project, a venture), tagged or not;
//   - a number of one or two figures right after a tagger name that is no person, when the number is no score or
//     figure of a table (another number or a name right after it, a number right before the name), one such
//     mention stands in prose (not in a line of results or a scorecard), and the article writes the name with the
//     same number twice ("Nord Stream 2 ... Nord Stream 2"; then "Nord Stream 1" too) or the name ends on a word
//     for a project or a plant that such numbers count ("Arctic LNG 2", "Line 5").
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { CALENDAR_WORDS, DISEASE_WORDS, FUNCTION_WORDS } from './words.ts';
import { lookupOrganization } from '../gazetteer/index.ts';

/** A capitalised word of three or more letters, a hyphen and a number of one or two figures ("Sakhalin-2"). */
const HYPHENED_NUMBER = /^\p{Lu}\p{Ll}{2,}-\d{1,2}$/u;
/** Common words written before a hyphened number that the article may not write alone ("Under-21", "Top-10", "Group-7"). */
const COMMON_HYPHENED_HEADS = new Set(['under', 'over', 'top', 'group', 'grade', 'class', 'level', 'phase', 'stage', 'round', 'year', 'day', 'week', 'page']);
/** Two to four capitals, a hyphen and a number of one or two figures ("MS-13"). */
const CAPS_HYPHENED_NUMBER = /^\p{Lu}{2,4}-\d{1,2}$/u;
/** Nouns for the people of a body, before "of" ("members of X"). */
const MEMBER_NOUNS = new Set(['members', 'member', 'leaders', 'leader', 'fighters']);

/** "members of X", or "members of ... and of X" in the same sentence: token i is what the members belong to. */
function membersOf(doc: DocFacts, i: number): boolean {
  if (doc.lower[i - 1] !== 'of') return false;
  if (MEMBER_NOUNS.has(doc.lower[i - 2]!)) return true;
  if (doc.lower[i - 2] !== 'and') return false;
  const sentence = doc.seg.tokens[i]!.sentence;
  for (let k = i - 3; k >= Math.max(1, i - 12) && doc.seg.tokens[k]!.sentence === sentence; k--) {
    if (doc.lower[k] === 'of' && MEMBER_NOUNS.has(doc.lower[k - 1]!)) return true;
  }
  return false;
}

/** Capitals then figures, a brand's code ("O2", "E4"). */
const LETTER_CODE = /^\p{Lu}{1,2}\d{1,2}$/u;
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
    // (not a common word's: "Under-21", "Top-10"; nor a disease's: "Covid-19")
    const letters = word.slice(0, word.indexOf('-')).toLowerCase();
    if (!HYPHENED_NUMBER.test(word) || DISEASE_WORDS.has(letters) || FUNCTION_WORDS.has(letters) || doc.lowerWords.has(letters) || COMMON_HYPHENED_HEADS.has(letters)) continue;
    const own = startsAt.get(i);
    if (own && own.end === i + 1 && own.label !== 'ORG') {
      own.label = 'ORG';
      own.reason = `${own.reason}; a word joined to a number by a hyphen names a project or a venture`;
    } else if (!covered[i]) {
      added.push({ start: i, end: i + 1, label: 'ORG', reason: 'a capitalised word joined to a number by a hyphen (missed by the tagger)' });
    }
  }
  // "members of MS-13", "members of the gang X and of MS-13": a code of capitals joined to a number, whose members are
  // spoken of, is a body (such codes also name weapons and flights: "AK-47", "MH-17", which have no members)
  for (let i = 2; i < toks.length; i++) {
    if (doc.lower[i - 1] !== 'of' || !CAPS_HYPHENED_NUMBER.test(toks[i]!.text) || (covered[i] && startsAt.get(i)?.label !== 'MISC') || !membersOf(doc, i)) continue;
    const own = startsAt.get(i);
    if (own) {
      if (own.end !== i + 1) continue;
      own.label = 'ORG';
      own.reason = `${own.reason}; a code joined to a number, whose members are spoken of, names a body`;
    } else added.push({ start: i, end: i + 1, label: 'ORG', reason: 'a code joined to a number, whose members are spoken of (missed by the tagger)' });
  }
  // "Virgin Media O2, which": a code of capitals and figures right after a tagger organisation no gazetteer lists, then
  // punctuation or a clause's word, ends the name (not a listed maker's model: "Airbus A320", "Samsung S24")
  for (const c of candidates) {
    const code = toks[c.end];
    if (c.label !== 'ORG' || !code || covered[c.end] || code.sentence !== toks[c.start]!.sentence || !LETTER_CODE.test(code.text)) continue;
    if (!/^(?:[,.;:)]|and|or|which|said|says)$/.test(doc.lower[c.end + 1] ?? '.')) continue;
    if (lookupOrganization(doc.seg.tokens.slice(c.start, c.end).map((t) => t.text).join(' '))) continue;
    c.reason = `${c.reason}, with the code "${code.text}" that ends the name`;
    c.end++;
    covered[c.end - 1] = 1;
  }
  // names followed by a number that is no score; a name is numbered when one of them stands in prose and it is written
  // twice with the same number ("Nord Stream 2 ... Nord Stream 2"; a team's scores differ: "Somerset 83 ... Somerset 4")
  // or ends on a project's head word; then all its numbers join it ("Nord Stream 1" too)
  const numbered = candidates.filter((c) => numberAfter(doc, c, covered));
  const counts = new Map<string, number>();
  const inProse = new Set<string>();
  for (const c of numbered) {
    const key = `${nameOf(doc, c)} ${toks[c.end]!.text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (isProse(doc, toks[c.start]!.sentence)) inProse.add(nameOf(doc, c));
  }
  const recurring = new Set<string>();
  for (const [key, n] of counts) if (n >= 2) recurring.add(key.slice(0, key.lastIndexOf(' ')));
  for (const c of numbered) {
    const name = nameOf(doc, c);
    if (!inProse.has(name) || (!recurring.has(name) && !NUMBERED_PROJECT_HEADS.has(doc.lower[c.end - 1]!))) continue;
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

/** A sentence of prose, not a line of results, a scorecard or a table ("Leicestershire 22 points , Somerset 4 .",
 * "S. Waugh b Muralitharan 22"): two lower-case words of three letters or more. */
function isProse(doc: DocFacts, index: number): boolean {
  const sentence = doc.seg.sentences[index]!;
  let words = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && words < MIN_PROSE_WORDS; k++) if (PROSE_WORD.test(doc.seg.tokens[k]!.text)) words++;
  return words >= MIN_PROSE_WORDS;
}

/** A lower-case word of three letters or more. */
const PROSE_WORD = /^\p{Ll}{3,}$/u;
/** Lower-case words a sentence of prose has at least. */
const MIN_PROSE_WORDS = 2;
