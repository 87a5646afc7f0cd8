// Title and role words ("Foreign Minister", "the country's ambassador"): they
// announce a name and give it a role, but are never names themselves.
import { TITLES, TITLE_PREFIXES, TITLE_QUALIFIERS } from './data/titles.ts';
import { lookupDemonym, lookupPlace } from './places.ts';
import { isPortfolioWord } from './data/fields.ts';

/** Titles a portfolio of several words comes before. */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner']);

/** Longest title key, in words, to bound the scan. */
const MAX_TITLE_WORDS = Math.max(...Object.keys(TITLES).map((t) => t.split(' ').length));

/** Last words of all titles: a phrase ending in anything else is no title (the common, fast answer). */
const TITLE_LAST_WORDS = new Set(
  Object.keys(TITLES).flatMap((t) => [t.split(' ').pop()!, t.split(/[ -]/).pop()!]).concat(['minister', 'secretary', 'commissioner']),
);

/**
 * The normalised title these words express, ignoring a leading article, possessor
 * ("North Korea's", "the country's"), nationality ("Ukrainian") and qualifiers ("former").
 */
export function titleInfo(words: string): { title: string; reason: string } | undefined {
  if (answers.has(words)) return answers.get(words);
  if (answers.size >= 50_000) answers.clear();
  const info = readTitle(words);
  answers.set(words, info);
  return info;
}

/** Answers by exact input (recognition asks about the same phrases repeatedly). */
const answers = new Map<string, { title: string; reason: string } | undefined>();

/** The word a phrase ends on, as titles are indexed by it (lower case, after the last space or hyphen). */
function lastWord(words: string): string | undefined {
  return /([^\s-]+)\s*$/.exec(words.toLowerCase().replace(/[’]/g, "'"))?.[1];
}

/** Last words seen, with whether they end a title. */
const endsTitle = new Map<string, boolean>();

/**
 * Can a phrase whose last token is this one be a title? False settles titleInfo without
 * building the phrase (most names end on no title word); true means: ask titleInfo.
 */
export function mayEndTitle(lastToken: string): boolean {
  let yes = endsTitle.get(lastToken);
  if (yes === undefined) {
    const last = lastWord(lastToken);
    yes = !!last && TITLE_LAST_WORDS.has(last);
    if (endsTitle.size >= 50_000) endsTitle.clear();
    endsTitle.set(lastToken, yes);
  }
  return yes;
}

function readTitle(words: string): { title: string; reason: string } | undefined {
  const last = lastWord(words);
  if (!last || !TITLE_LAST_WORDS.has(last)) return undefined;
  let ws = words.toLowerCase().replace(/[’]/g, "'").replace(/\s+'s\b/g, "'s").split(/\s+/).filter(Boolean);
  // possessor: everything up to the last "'s"
  const poss = ws.map((w) => /'s?$/.test(w)).lastIndexOf(true);
  if (poss >= 0) ws = ws.slice(poss + 1);
  let i = 0;
  for (;;) {
    const w = ws[i];
    if (w === undefined) break;
    // a qualifier that is part of a listed title stays ("chief executive", "chief justice")
    if (TITLE_QUALIFIERS.has(w) && TITLES[ws.slice(i).join(' ')]) break;
    if (w === 'the' || w === 'a' || w === 'an' || TITLE_QUALIFIERS.has(w) && i < ws.length - 1) { i++; continue; }
    // nationality or country adjective before the title ("Russian President", "US Secretary of State")
    const two = ws.slice(i, i + 2).join(' ');
    if (i < ws.length - 2 && (lookupDemonym(two) || lookupPlace(two).some((e) => e.type === 'country'))) { i += 2; continue; }
    if (i < ws.length - 1 && (lookupDemonym(w) || lookupPlace(w).some((e) => e.type === 'country'))) { i++; continue; }
    break;
  }
  const rest = ws.slice(i);
  if (!rest.length || rest.length > MAX_TITLE_WORDS + 2) return undefined;
  const phrase = rest.join(' ');
  // "Lieutenant-Colonel", "Vice-President": hyphenated titles read as spaced ones
  const exact = TITLES[phrase] ?? (phrase.includes('-') ? TITLES[phrase.replace(/-/g, ' ')] : undefined);
  if (exact) return { title: exact, reason: `title word list: "${phrase}"` };
  // "deputy foreign minister", "vice chairman"
  for (const [prefix, norm] of Object.entries(TITLE_PREFIXES)) {
    const p = prefix.endsWith('-') ? prefix : prefix + ' ';
    if (phrase.startsWith(p)) {
      const base = TITLES[phrase.slice(p.length)];
      if (base) return { title: `${norm}${norm.endsWith('-') ? '' : ' '}${base}`, reason: `title prefix "${prefix}" + title word list` };
    }
  }
  // "<portfolio> minister", "<portfolio> secretary"
  const m = /^([a-z-]+) (minister|secretary|commissioner)$/.exec(phrase);
  if (m) return { title: phrase, reason: `portfolio + "${m[2]}"` };
  // a portfolio of several words: "international trade and industry minister", "public service minister",
  // "youth and sports minister" (fields and their qualifiers only, so no other words are read into a title)
  // a portfolio after the office: "minister of state for energy affairs", "minister for trade and industry",
  // "secretary of state for health" (Britain, India, the Gulf states), "minister of state"
  const after = /^(minister|secretary)(?: of state)?(?: (?:for|of) (.+))?$/.exec(phrase);
  if (after && (after[2] ? isPortfolio(after[2].split(' ')) : phrase.endsWith(' of state'))) {
    return { title: phrase, reason: `"${after[1]}" + a portfolio after it` };
  }
  const head = rest[rest.length - 1]!;
  if (rest.length >= 3 && rest.length <= 6 && PORTFOLIO_HEADS.has(head)) {
    const portfolio = rest.slice(0, -1);
    if (isPortfolio(portfolio)) {
      return { title: phrase, reason: `portfolio of ${portfolio.length} words + "${head}"` };
    }
  }
  return undefined;
}

/** Words of a portfolio: fields and their qualifiers, "and" between them ("international trade and industry"). */
function isPortfolio(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w, k) => isPortfolioWord(w)
    || ((w === 'and' || w === '&') && k > 0 && k < words.length - 1));
}
