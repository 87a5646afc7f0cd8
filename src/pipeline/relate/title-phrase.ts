// A title as written before a name, read in the relate stage's units: "Foreign Minister", "Secretary of State for
// Health", "President-elect", "former chief executive". The word lists that say what a title is, and what kind of
// body or person it belongs to, are shared by the role readers (roles.ts) and the reader of a body a title leaves
// unnamed (implied-body.ts).
import type { Unit } from './units.ts';
import { NATIONAL_TITLE_HEADS, TITLE_ABBREVIATIONS, TITLE_HEAD_WORDS, TITLE_MODIFIERS, TITLE_OF_WORDS, TITLE_TENSE_WORDS } from './data/titles.ts';
import { isPortfolioWord } from '../gazetteer/data/fields.ts';

/** Title heads, a head about to take office ("President-elect", "Prime Minister-designate"), and a deputy's written with a hyphen ("vice-president"). */
export const HEADS = {
  has: (w: string) => TITLE_HEAD_WORDS.has(w) || (/-(?:elect|designate)$/.test(w) && TITLE_HEAD_WORDS.has(w.replace(/-(?:elect|designate)$/, '')))
    || (/^vice-/.test(w) && TITLE_HEAD_WORDS.has(w.slice(5))),
};
const MODIFIERS = new Set(TITLE_MODIFIERS.words);
export const TENSE = new Set(TITLE_TENSE_WORDS.words);
export const OF_WORDS = new Set(TITLE_OF_WORDS.words);
export const NATIONAL = new Set(NATIONAL_TITLE_HEADS.words);
/** Bodies that have presidents and chairs of their own ("union president", "council chairman"). */
export const BODY_NOUNS = new Set(['union', 'unions', 'council', 'board', 'league', 'federation', 'association', 'committee', 'church', 'school', 'college', 'society', 'chamber', 'guild', 'foundation', 'federation', 'assembly', 'senate', 'court', 'tribunal', 'commission', 'faction', 'caucus', 'syndicate']);
/** Offices any organisation has: without a body named, the one organisation the sentence names. */
// (spokespeople only: "X, a chief executive officer," after a regulator's name is as often another company's)
export const ORGANISATION_OFFICES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
export const ABBREVIATED: Record<string, string> = TITLE_ABBREVIATIONS.words;
/** Titles of someone posted to a place on another's behalf: the place after "in"/"to" is the post, not the body. */
export const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'consul', 'consul-general', 'representative', 'charge', 'attache', 'correspondent']);

export const titleWord = (u: Unit | undefined) => !!u && !u.entity && (HEADS.has(u.lower) || MODIFIERS.has(u.lower) || TENSE.has(u.lower));

export interface Title {
  start: number;
  end: number; // inclusive index of the head
  words: string[];
  former: boolean;
}

/** The word of a title naming the office: before its "of" or "for" phrase ("minister of state for energy"), else the last. */
export function titleHead(title: Title): string {
  const at = title.words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  return title.words[at > 0 ? at - 1 : title.words.length - 1]!;
}

/** Heads of offices a portfolio may follow ("Minister for External Affairs", "Secretary of State for Health"). */
const PORTFOLIO_AFTER_HEADS = new Set(['minister', 'secretary', 'commissioner', 'state']);
/** The longest portfolio read after an office, in words ("for Trade, Industry and Energy" is three and a comma: no). */
const MAX_PORTFOLIO_AFTER = 4;

/** The title whose head is at unit h, read leftwards; "Secretary of State" ends at "State". */
export function titleEndingAt(units: Unit[], h: number): Title | undefined {
  const last = units[h];
  if (last && !last.entity && OF_WORDS.has(last.lower) && units[h - 1]?.lower === 'of') {
    const t = titleEndingAt(units, h - 2);
    return t && { ...t, end: h, words: [...t.words, 'of', last.lower] };
  }
  // "Minister of State for Energy Affairs", "Minister for External Affairs", "Minister of Foreign Affairs": a
  // minister's portfolio written after the office
  if (last && !last.entity && !HEADS.has(last.lower) && isPortfolioWord(last.lower)) {
    let p = h;
    while (p - 1 >= 0 && h - p + 1 < MAX_PORTFOLIO_AFTER && !units[p - 1]!.entity && (isPortfolioWord(units[p - 1]!.lower) || units[p - 1]!.lower === 'and')) p--;
    const prep = units[p - 1]?.lower;
    const t = (prep === 'for' || prep === 'of') && units[p]!.lower !== 'and' ? titleEndingAt(units, p - 2) : undefined;
    if (t && PORTFOLIO_AFTER_HEADS.has(t.words[t.words.length - 1]!)) {
      return { ...t, end: h, words: [...t.words, prep!, ...units.slice(p, h + 1).map((x) => x.lower)] };
    }
  }
  const head = units[h];
  // ("his Tajik opposite number, X": another word for a counterpart)
  if (head && !head.entity && head.lower === 'number' && units[h - 1]?.lower === 'opposite') return { start: h - 1, end: h, words: ['counterpart'], former: false };
  if (!head || head.entity || !HEADS.has(head.lower)) return undefined;
  let s = h;
  while (s - 1 >= 0 && titleWord(units[s - 1])) s--;
  const words = units.slice(s, h + 1).map((x) => ABBREVIATED[x.lower] ?? x.lower);
  return { start: s, end: h, words, former: words.some((w) => TENSE.has(w)) };
}

