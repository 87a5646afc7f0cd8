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
    // "BAE Systems of Britain, ... and Leonardo of Italy": a country after "of" right after a member says where that
    // member is from, and is no member itself
    const last = chain[chain.length - 1];
    if (last && m.type === 'country' && m.sentence === last.sentence && ofRightAfter(doc, last.tokenEnd, m.tokenStart)) {
      ofCountryAfter.set(last, m.tokenEnd);
      continue;
    }
    // "Holderbank and France's Lafarge Coppee": a place owning the next name is no member of the list
    const next = sorted[k + 1];
    if (chain.length && next && PLACE_TYPES.has(m.type) && /^['’]s$/.test(doc.seg.tokens[m.tokenEnd]?.text ?? '') && next.tokenStart === m.tokenEnd + 1
      && joinedInList(doc, ofCountryAfter.get(last!) ?? last!.tokenEnd, m.tokenStart) && m.sentence === last!.sentence) {
      ownedByPlace.add(next);
      continue;
    }
    const prev = chain[chain.length - 1];
    if (prev && !(prev.sentence === m.sentence && (joinedInList(doc, ofCountryAfter.get(prev) ?? prev.tokenEnd, m.tokenStart) || ownedByPlace.has(m)))) close();
    chain.push(m);
  }
  close();
}

/** Members with "of <country>" right after them, and the end of that country's name. */
const ofCountryAfter = new WeakMap<TypedMention, number>();

/** Only "of" or "of the" between a name's end and a country's name. */
function ofRightAfter(doc: DocFacts, from: number, to: number): boolean {
  const between = doc.lower.slice(from, to).join(' ');
  return between === 'of' || between === 'of the';
}

/**
 * "Hennessy, Remy Cointreau and Pernod Ricard are among the companies affected": the list is said to be of a plural
 * kind of organisation ("are among the companies", "were the two biggest lenders"); the cue's words, else undefined.
 */
function pluralKindAfter(doc: DocFacts, end: number): string | undefined {
  if (end < 1) return undefined;
  const sentence = doc.seg.tokens[end - 1]!.sentence;
  let k = end;
  if (!/^(?:are|were)$/.test(doc.lower[k] ?? '')) return undefined;
  k++;
  if (/^(?:all|both|among)$/.test(doc.lower[k] ?? '')) k++;
  if (doc.lower[k] === 'the') k++;
  // up to three words before the kind ("the two biggest listed lenders"), never across "of" or a name
  for (let n = 0; n < 4; n++, k++) {
    const t = doc.seg.tokens[k];
    if (!t || t.sentence !== sentence || !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t.text) || t.text === 'of') return undefined;
    const w = t.text;
    const singular = w.replace(/ies$/, 'y').replace(/s$/, '');
    if (w !== singular && COMPANY_KINDS.has(singular)) return doc.seg.tokens.slice(end, k + 1).map((x) => x.text).join(' ');
  }
  return undefined;
}

/** Kinds of business a list of names may be said to be (plural after "are among the ..."). */
const COMPANY_KINDS = new Set(['company', 'firm', 'bank', 'lender', 'insurer', 'carrier', 'airline', 'conglomerate', 'corporation',
  'retailer', 'manufacturer', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'producer', 'brand', 'group', 'miner',
  'refiner', 'utility', 'operator', 'supplier', 'exporter', 'importer', 'shipbuilder', 'brewer', 'distiller', 'developer', 'investor']);

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
  const end = chain[chain.length - 1]!;
  const kind = pluralKindAfter(doc, ofCountryAfter.get(end) ?? (ownsSomething(doc, end.tokenEnd) ? -1 : end.tokenEnd));
  const vouched = !!kind || chain.some((m) => m.type === 'organization' && (!!m.gazetteerId || !BARE_TAGGER.test(m.reason)));
  if (!vouched) return;
  for (let k = 0; k < chain.length; k++) {
    const m = chain[k]!;
    // a list said to be of companies, or a member placed by "of <country>" in a list with a company: a person of any
    // length that no title or other full name supports
    const placed = ofCountryAfter.has(m);
    if ((kind || placed) && m.type === 'person' && !m.title && !titleBefore(doc, m.tokenStart)
      && !m.text.split(/\s+/).some((w) => [...personWords.get(w.toLowerCase()) ?? []].some((t) => t !== m.text))) {
      Object.assign(m, { type: 'organization' as const, reason: `${m.reason} retyped: ${kind ? `listed before "${kind}"` : 'placed by "of" and a country in a list with an organisation'}` });
      continue;
    }
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
