// Constructions of news the CoNLL04 classifier (learned.ts) misreads, each a reason to state nothing between two
// names it pairs. CoNLL04 is prose from the 1980s-90s wires: it has few headlines, title-case datelines or names of
// places given by a compass bearing, so the model guesses relations there that the words do not state.
// Pure functions over the words, the parse and the mentions' token spans of one sentence.
import type { Segmented } from '../../types.ts';
import type { TokenSyntax } from './classifier/features.ts';
import { TITLE_CASE_DATELINE } from '../segment-dateline.ts';

interface Span { start: number; end: number }

/**
 * A dateline written in title case ("Seattle (AFP) - More than 30,000 workers ...", "Dubai (AFP) - The ..."): a place
 * of one to four capitalised words, an optional qualifier after a comma, a short capitalised name in brackets (the
 * agency) and a dash, opening the first prose sentence. The place is where the story was filed and the bracketed
 * name who filed it: neither is an end of what the story says. (The capitals datelines are findDateline's.)
 * Returns the character offset of the dash, or -1.
 */
export function titleCaseDatelineEnd(seg: Segmented): number {
  const first = seg.sentences.find((s) => !s.boilerplate && !s.heading);
  if (!first) return -1;
  const m = TITLE_CASE_DATELINE.exec(seg.article.text.slice(first.start, first.start + 120));
  return m ? first.start + m[0].length : -1;
}

/**
 * A headline with a verb between the two names ("Sri Lanka signs aid deal with Tigers", "X disqualified by Supreme
 * Court", "Green raises bid for Marks & Spencer"): a headline drops the words ("who", "is", "of") by which prose ties a
 * name to its employer or seat, and the verb between names two parties of one act. A headline still states what sits
 * next to a name with no verb between ("Abu Dhabi's ADNOC agrees ...", "Boeing CEO Calhoun to step down").
 */
export function verbBetweenInHeadline(syn: TokenSyntax, words: readonly string[], a: Span, b: Span): boolean {
  const [lo, hi] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  for (let i = lo; i < hi; i++) if (syn.upos[i] === 'VERB' || syn.upos[i] === 'AUX') return true;
  // ("Germany hands back Benin Bronzes", "Sri Lanka signs aid deal with Tigers"): the parse often reads a headline's
  // present-tense verb as a plural noun; a lowercase word in -s right after the name that opens the headline is its
  // verb (not "'s"; "Boeing shares" would only keep Boeing apart from the names after it, which a headline does not relate)
  const opening = a.start === 0 ? a : b.start === 0 ? b : undefined;
  return !!opening && opening.end === lo && lo < hi && /^\p{Ll}+s$/u.test(words[lo] ?? '') && !/^(?:its|this|his|has|was|is)$/.test(words[lo]!);
}

/**
 * The words right before an organisation that make it the other side of an act rather than a person's employer:
 * "against" (an opponent: "scored for Liverpool against Luton Town"), a form of "tell" (an addressee: "told BBC Radio
 * 4's Today programme"), an envoy's "to" ("a former ambassador to the United Nations": the envoy serves the state
 * that sends them, not the body).
 */
export function otherSideOfAct(words: readonly string[], org: Span): boolean {
  let i = org.start - 1;
  if (/^the$/i.test(words[i] ?? '')) i--;
  const w = words[i] ?? '';
  // ("who won the Goldman Environmental Prize"): what is won is a prize or a contest, not an employer
  if (/^against$/i.test(w) || TELL.test(w) || /^(?:won|wins|win|winning)$/i.test(w)) return true;
  // ("saying on Twitter that ...", "wrote on Facebook"): where a speaker spoke, a medium
  if (/^on$/i.test(w) && POSTED.test(words[i - 1] ?? '')) return true;
  // ("banned all offshore gaming operators, known as POGOs"): the name given to what the sentence describes
  if (/^as$/i.test(w) && /^(?:known|called|dubbed|nicknamed)$/i.test(words[i - 1] ?? '')) return true;
  return /^to$/i.test(w) && ENVOY.test(words[i - 1] ?? '');
}

/** Verbs of saying or posting whose "on" names the medium used. */
const POSTED = /^(?:say|says|said|saying|write|writes|wrote|writing|post|posts|posted|posting|announce|announces|announced|announcing)$/i;

/**
 * An organisation named as the agent of a passive verb after a place ("Cabo Verde certified malaria-free by WHO",
 * "Gabon was suspended by the African Union"): the body acts on the place; the text does not seat it there.
 */
export function agentAfterPlace(words: readonly string[], org: Span, place: Span): boolean {
  if (place.end > org.start) return false;
  let i = org.start - 1;
  if (/^the$/i.test(words[i] ?? '')) i--;
  return /^by$/i.test(words[i] ?? '');
}

/** The forms of "tell": the object is whom the speaker spoke to. */
const TELL = /^(?:tell|tells|told|telling)$/i;
/** Titles of those sent to a body or state by another ("ambassador to", "envoy to", "representative to"). */
const ENVOY = /^(?:ambassadors?|envoys?|representatives?|delegates?|emissar(?:y|ies)|observers?)$/i;

/**
 * A compass bearing right before a place ("in Hwaseong, south of Seoul", "a town 40 km north-east of the capital"):
 * the place is the point the other is measured from, outside it; the text puts neither inside the other.
 */
export function bearingBefore(words: readonly string[], place: Span): boolean {
  let i = place.start - 1;
  if (/^the$/i.test(words[i] ?? '')) i--;
  return /^of$/i.test(words[i] ?? '') && BEARING.test(words[i - 1] ?? '');
}

/** "north", "south-east", "southwest", "northeastern" is no bearing ("northeastern Jordan" names a part). */
const BEARING = /^(?:north|south|east|west)(?:-?(?:east|west))?$/i;
