// "Tesco, Sainsbury's and Asda have removed the items": names listed together are things of one
// kind. A one-word name the tagger read as a person, listed with an organisation that something
// beyond the tagger's label vouches for (the gazetteer, a cue such as "the retailer X"), is an
// organisation too, unless the article gives a person of that name (a full name with the word, a
// title before it). A shop's name often carries a possessive that owns nothing ("Sainsbury's and").
import type { DocFacts } from './document.ts';
import type { TypedMention } from './typing.ts';
import { titleBefore } from './context.ts';

/** Reasons that rest on the tagger's label alone, with or without the gazetteer's place. */
const BARE_TAGGER = /^tagger (?:PER|ORG|LOC|MISC)$/;

export function retypeCompaniesListedTogether(doc: DocFacts, typed: TypedMention[]): void {
  const sorted = typed.filter((m) => m.metonymy !== 'demonym').sort((a, b) => a.tokenStart - b.tokenStart);
  // words of the people the article names in full
  // (each word with the full names it is in)
  const personWords = new Map<string, Set<string>>();
  for (const m of sorted) {
    if (m.type !== 'person' || m.tokenEnd - m.tokenStart < 2) continue;
    for (const w of m.text.split(/\s+/)) personWords.set(w.toLowerCase(), (personWords.get(w.toLowerCase()) ?? new Set()).add(m.text));
  }
  // chains of mentions joined only by a comma, "and", "or" (a possessive "'s" right after a name allowed)
  let chain: TypedMention[] = [];
  const close = () => {
    if (chain.length >= 2) retypeChain(doc, chain, personWords);
    chain = [];
  };
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k]!;
    // "Holderbank and France's Lafarge Coppee": a place owning the next name is no member of the list
    const next = sorted[k + 1];
    if (chain.length && next && PLACE_TYPES.has(m.type) && /^['’]s$/.test(doc.seg.tokens[m.tokenEnd]?.text ?? '') && next.tokenStart === m.tokenEnd + 1
      && joinedInList(doc, chain[chain.length - 1]!.tokenEnd, m.tokenStart) && m.sentence === chain[chain.length - 1]!.sentence) {
      ownedByPlace.add(next);
      continue;
    }
    const prev = chain[chain.length - 1];
    if (prev && !(prev.sentence === m.sentence && (joinedInList(doc, prev.tokenEnd, m.tokenStart) || ownedByPlace.has(m)))) close();
    chain.push(m);
  }
  close();
}

/** Mentions a place's possessive comes right before. */
const ownedByPlace = new WeakSet<TypedMention>();
const PLACE_TYPES = new Set(['country', 'region', 'city']);

/** Only ",", "and", "or", ", and" between two names (after a possessive "'s" of the first). */
function joinedInList(doc: DocFacts, from: number, to: number): boolean {
  let i = from;
  if (i < to && /^['’]s$/.test(doc.seg.tokens[i]!.text)) i++;
  if (i >= to) return false;
  const between = doc.lower.slice(i, to).join(' ');
  return between === ',' || between === 'and' || between === 'or' || between === ', and' || between === ', or';
}

function retypeChain(doc: DocFacts, chain: TypedMention[], personWords: Map<string, Set<string>>): void {
  const vouched = chain.some((m) => m.type === 'organization' && (!!m.gazetteerId || !BARE_TAGGER.test(m.reason)));
  if (!vouched) return;
  for (let k = 0; k < chain.length; k++) {
    const m = chain[k]!;
    // ("France's Lafarge Coppee": a name of two words after a place's possessive, no word of it in another person's name)
    const owned = ownedByPlace.has(m) && m.tokenEnd - m.tokenStart === 2 && !m.text.split(/\s+/).some((w) => [...personWords.get(w.toLowerCase()) ?? []].some((t) => t !== m.text));
    if (m.type !== 'person' || (m.tokenEnd - m.tokenStart !== 1 && !owned) || m.title || (!owned && personWords.has(m.text.toLowerCase()))) continue;
    if (titleBefore(doc, m.tokenStart) || ownsSomething(doc, m.tokenEnd)) continue;
    Object.assign(m, {
      type: 'organization' as const,
      reason: `${m.reason} retyped: listed with the organisation${chain.length > 2 ? 's' : ''} ${chain.filter((x) => x !== m && x.type === 'organization').map((x) => `"${x.text}"`).join(', ')}`,
    });
  }
}

/** "Giessen's savings bank": a possessive after the name that owns the words after it (not "Sainsbury's and"). */
function ownsSomething(doc: DocFacts, end: number): boolean {
  return /^['’]s$/.test(doc.seg.tokens[end]?.text ?? '') && !/^(?:,|and|or|\.|;)$/.test(doc.lower[end + 1] ?? '.');
}
