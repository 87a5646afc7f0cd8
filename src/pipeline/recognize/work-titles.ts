// Titles of works: "the film "Hotel Rwanda"", "his memoir "A Promised Land"". A name in quotation marks right
// after a noun for a creative work is the work's title, not a person, a place or a body, and neither is the same
// quoted name elsewhere in the article ("jails "Hotel Rwanda" hero"): the graph has no node for it, and its words
// ("Rwanda") must not become another name's alias.
import type { DocFacts } from './document.ts';
import { nameKey } from '../gazetteer/index.ts';

/** Nouns for works that carry a title in quotation marks. */
const WORK_NOUNS = new Set(['film', 'films', 'movie', 'movies', 'documentary', 'book', 'books', 'novel', 'novels', 'memoir', 'memoirs',
  'song', 'songs', 'album', 'albums', 'single', 'play', 'musical', 'opera', 'poem', 'series', 'sitcom', 'show', 'programme', 'program',
  'podcast', 'painting', 'biography', 'autobiography', 'bestseller', 'hit']);

const OPENING_QUOTES = new Set(['"', '“', '‘', '``', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "''", "'"]);

/** Is the span [start, end) enclosed in quotation marks? */
export function isQuoted(doc: DocFacts, start: number, end: number): boolean {
  const toks = doc.seg.tokens;
  return start > 0 && end < toks.length && OPENING_QUOTES.has(toks[start - 1]!.text) && CLOSING_QUOTES.has(toks[end]!.text);
}

/** Name keys of the quoted names the article gives right after a noun for a work. */
export function workTitles(doc: DocFacts, spans: ReadonlyArray<{ start: number; end: number }>): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (!isQuoted(doc, s.start, s.end) || !WORK_NOUNS.has(doc.lower[s.start - 2] ?? '')) continue;
    out.add(nameKey(doc.seg.tokens.slice(s.start, s.end).map((t) => t.text).join(' ')));
  }
  return out;
}
