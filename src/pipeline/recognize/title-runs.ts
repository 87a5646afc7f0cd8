// A run of capitalised words made of a title and a person's name: "Public Service Minister Florence
// Chitauro", "Malaysian Youth and Sports Minister Hannah Yeoh", "U.S. Trade Representative Charlene
// Barshefsky". The tagger, trained on text where such long portfolios are rare, reads parts of the title as
// a place or a body ("Florence", "Youth and Sports") or the whole run as one organisation. Where a candidate
// reaches into the title, the run is read as the title does: the nationality or country word before it stays
// a candidate of its own, the title's words are no name, and the name after it is a person.
import { lookupOrganization, lookupPlace, mayEndTitle, titleInfo } from '../gazetteer/index.ts';
import { ORGANIZATION_HEAD_WORDS } from '../gazetteer/data/organizations.ts';
import type { DocFacts } from './document.ts';
import { isCapitalised } from './document.ts';
import type { Candidate } from './typing.ts';
import { demonymOf } from './typing.ts';

/** A word of a person's name: capitalised letters, with inner hyphens or apostrophes ("Ould-Abdallah", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
/** Words joining two fields inside a portfolio ("Trade and Industry"). */
const JOINERS = new Set(['and', '&']);
/** Lower-case words inside a person's name ("Mohammed bin Salman", "Luis de Guindos", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'do', 'dos', 'del', 'di', 'van', 'von', 'der', 'den', 'la', 'le']);
/** The longest title run read, in words (a nationality, a portfolio of up to five words, the title's head). */
const MAX_TITLE_WORDS = 8;
/** A person's name after the title: one to four words. */
const MAX_NAME_WORDS = 4;

interface TitleRun {
  /** A nationality or place opening the run ("Malaysian", "U.S.", "New Jersey"), kept as its own candidate. */
  place?: { start: number; end: number };
  /** The title's words, [start, end). */
  titleStart: number;
  titleEnd: number;
  /** The person's name, [titleEnd, end). */
  end: number;
}

/** The title run starting at token `a`, if the words there are a title of two or more words and a person's name. */
function titleRunAt(doc: DocFacts, a: number): TitleRun | undefined {
  const toks = doc.seg.tokens;
  const sentence = toks[a]!.sentence;
  const inSentence = (i: number) => i < toks.length && toks[i]!.sentence === sentence;
  // the run's end: capitalised words, and joiners between two of them
  let b = a;
  // (and the particles of a name: "Crown Prince Mohammed bin Salman")
  const joins = (i: number) => (JOINERS.has(doc.lower[i]!) || NAME_PARTICLES.has(toks[i]!.text)) && i > a && inSentence(i + 1) && isCapitalised(toks[i + 1]!.text);
  while (inSentence(b) && (isCapitalised(toks[b]!.text) || joins(b))) b++;
  if (b - a < 3) return undefined;
  // the longest title from `a` that leaves a name after it
  for (let k = Math.min(b - 1, a + MAX_TITLE_WORDS) - 1; k > a; k--) {
    if (!mayEndTitle(toks[k]!.text)) continue;
    const words = toks.slice(a, k + 1).map((t) => t.text);
    if (!titleInfo(words.join(' '))) continue;
    // (the name ends at a joiner: "and" joins a portfolio's fields but two people, "U.S. Treasury Secretary Janet
    // Yellen and Federal Reserve Chair Jerome Powell")
    let nameEnd = k + 1;
    while (nameEnd < b && !JOINERS.has(doc.lower[nameEnd]!)) nameEnd++;
    if (nameEnd === k + 1) continue;
    const name = toks.slice(k + 1, nameEnd).map((t) => t.text);
    const particle = (w: string, i: number) => NAME_PARTICLES.has(w) && i > 0 && i < name.length - 1;
    if (name.filter((w, i) => !particle(w, i)).length > MAX_NAME_WORDS) return undefined;
    const last = name[name.length - 1]!.toLowerCase();
    if (!name.every((w, i) => particle(w, i) || (NAME_WORD.test(w) && !titleInfo(w))) || ORGANIZATION_HEAD_WORDS.has(last)) return undefined;
    const nameText = name.join(' ');
    if (lookupPlace(nameText).length || lookupOrganization(nameText)) return undefined;
    const placeEnd = placeOpening(doc, a, k);
    return { place: placeEnd > a ? { start: a, end: placeEnd } : undefined, titleStart: placeEnd, titleEnd: k + 1, end: nameEnd };
  }
  return undefined;
}

/** End of the nationality or place opening a title at `a` ("Malaysian", "U.S.", "New Jersey"), or `a` if none. */
function placeOpening(doc: DocFacts, a: number, titleLast: number): number {
  const toks = doc.seg.tokens;
  for (let j = Math.min(titleLast, a + 3); j > a; j--) {
    const words = toks.slice(a, j).map((t) => t.text).join(' ');
    if (demonymOf(words) || lookupPlace(words).length) return j;
  }
  return a;
}

/**
 * The candidates with each title run read as a title and a name, where a candidate reached into a title of two
 * or more words (a one-word title, "President X", is left to the tagger and the other repairs).
 */
export function withTitleRuns(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  let out = candidates;
  for (let a = 0; a < toks.length; a++) {
    if (!isCapitalised(toks[a]!.text) || (a > 0 && toks[a - 1]!.sentence === toks[a]!.sentence && isCapitalised(toks[a - 1]!.text))) continue;
    const run = titleRunAt(doc, a);
    if (!run || run.titleEnd - run.titleStart < 2) continue;
    const intoTitle = out.some((c) => c.start < run.titleEnd && c.end > run.titleStart);
    if (!intoTitle) continue;
    const place = run.place;
    const samePlace = (c: Candidate) => !!place && c.start === place.start && c.end === place.end;
    const kept = out.filter((c) => c.end <= a || c.start >= run.end || samePlace(c));
    const added: Candidate[] = [];
    if (place && !kept.some(samePlace)) added.push({ start: place.start, end: place.end, reason: 'nationality or place before a title of several words' });
    added.push({ start: run.titleEnd, end: run.end, label: 'PER', reason: 'person named after a title of several words the tagger read into a name' });
    out = [...kept, ...added].sort((x, y) => x.start - y.start);
    a = run.end - 1;
  }
  return out;
}
