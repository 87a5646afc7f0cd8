// Candidate names without a statistical tagger: runs of capitalised tokens, cut
// into known pieces (places, organisations, nationality words, titles) and
// unknown name chunks. Capitals forced by position (sentence start, headline
// Title Case) are not taken as evidence of a name.
import {
  isAcronym, lookupOrganization, lookupPlace, nameKey, mayEndTitle, organizationNameContinues, placeNameContinues, titleInfo,
} from '../gazetteer/index.ts';
import { ORGANIZATION_HEAD_WORDS, ORGANIZATION_LEAD_WORDS } from '../gazetteer/data/organizations.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import type { DocFacts } from './document.ts';
import { CALENDAR_WORDS, DIRECTION_WORDS, FUNCTION_WORDS, NAME_CONNECTORS, STANCE_PREFIXES } from './words.ts';

/** Longest known name tried at one position, in tokens. */
const MAX_KNOWN = 6;

/** "pro-Russian": a lower-case prefix, a hyphen, a capital. */
const STANCE_WORD = /^([a-z]+)-\p{Lu}/u;

type Known = { end: number; kind: 'place' | 'organization' | 'demonym' | 'title' | 'skip' };

/** Answers of knownAt for one run (same run end), by start token: cutRun asks about each position more than once. */
export type KnownMemo = Map<number, Known | undefined>;

/** The longest known thing starting at token i and ending by runEnd. */
export function knownAt(doc: DocFacts, i: number, runEnd: number, memo?: KnownMemo): Known | undefined {
  if (memo) {
    if (memo.has(i)) return memo.get(i);
    const k = findKnown(doc, i, runEnd, memo);
    memo.set(i, k);
    return k;
  }
  return findKnown(doc, i, runEnd, undefined);
}

function findKnown(doc: DocFacts, i: number, runEnd: number, memo: KnownMemo | undefined): Known | undefined {
  const toks = doc.seg.tokens;
  const w = doc.lower[i]!;
  if (CALENDAR_WORDS.has(w)) return { end: i + 1, kind: 'skip' };
  if (FUNCTION_WORDS.has(w) && (doc.initial.has(i) || doc.capsHeadings.has(toks[i]!.sentence))) return { end: i + 1, kind: 'skip' };
  if (DIRECTION_WORDS.has(w) && (runEnd - i === 1 || !doc.nameToken[i + 1])) return { end: i + 1, kind: 'skip' };
  // longest reach: stop extending once no known name goes on with these words
  let reach = i + 1;
  while (reach < Math.min(runEnd, i + MAX_KNOWN)) {
    const words = spanString(doc, i, reach);
    if (!placeNameContinues(words) && !organizationNameContinues(words)) break;
    reach++;
  }
  for (let j = reach; j > i; j--) {
    const last = toks[j - 1]!.text;
    if (!doc.nameToken[j - 1] && !/^[A-Z0-9.+]+$/.test(last)) continue; // a known name ends on a name word
    const text = spanString(doc, i, j);
    if (lookupOrganization(text)) return { end: j, kind: 'organization' };
    const places = lookupPlace(text);
    // a lone town name followed by more unknown capitalised words is the start of a person's name ("Vladimir Putin")
    // (not in headlines, where every word is capitalised; not for countries and seas, which are not given names)
    const loneTown = j - i === 1 && j < runEnd && !doc.capsHeadings.has(toks[i]!.sentence)
      && places.every((p) => p.type === 'city' || p.type === 'region') && !knownAt(doc, j, runEnd, memo);
    if (places.length && !loneTown) {
      return { end: j, kind: 'place' };
    }
    if (j - i <= 3 && demonymOf(text)) return { end: j, kind: 'demonym' };
  }
  for (let j = Math.min(runEnd, i + 4); j > i; j--) {
    // every title ends on a title word: most runs end on none (checked without building the phrase)
    if (!mayEndTitle(toks[j - 1]!.text)) continue;
    const words = toks.slice(i, j).map((t) => t.text);
    // nationality words were taken above, so a title here starts with the title itself
    if (titleInfo(words.join(' '))) return { end: j, kind: 'title' };
  }
  return undefined;
}

/** Candidate spans of one sentence from capitalisation and the gazetteers. */
export function ruleCandidates(doc: DocFacts, sentence: number, bodyNames: Set<string>): Candidate[] {
  const s = doc.seg.sentences[sentence]!;
  const toks = doc.seg.tokens;
  const out: Candidate[] = [];
  const headline = doc.capsHeadings.has(sentence);

  // hyphenated stance words written in lower case: "pro-Russian", "anti-Western"
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = toks[i]!.text;
    if (!t.includes('-')) continue;
    const m = STANCE_WORD.exec(t);
    if (m && STANCE_PREFIXES.has(m[1]!) && demonymOf(t)) out.push({ start: i, end: i + 1, reason: 'stance word with a nationality', known: 'demonym' });
  }
  forEachRun(doc, sentence, (i, runEnd) => cutRun(doc, i, runEnd, headline, bodyNames, out));
  return out.sort((a, b) => a.start - b.start);
}

/** Runs of capitalised words in a sentence, with particles and connectors between them: [start, end). */
function forEachRun(doc: DocFacts, sentence: number, f: (start: number, end: number) => void) {
  const s = doc.seg.sentences[sentence]!;
  const toks = doc.seg.tokens;
  const name = doc.nameToken;
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    if (!name[i]) { i++; continue; }
    let runEnd = i + 1;
    while (runEnd < s.tokenEnd) {
      if (name[runEnd]) { runEnd++; continue; }
      if (NAME_CONNECTORS.has(toks[runEnd]!.text) && runEnd + 1 < s.tokenEnd && name[runEnd + 1]) { runEnd += 1; continue; }
      break;
    }
    f(i, runEnd);
    i = runEnd;
  }
}

/**
 * The places and listed organisations ruleCandidates would find in a (non-headline) sentence,
 * except those touching a covered token. Runs wholly covered are not read at all: every
 * candidate lies inside one run, so nothing found there could be kept.
 */
export function knownCandidatesOutside(doc: DocFacts, sentence: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const headline = doc.capsHeadings.has(sentence);
  forEachRun(doc, sentence, (i, runEnd) => {
    let open = false;
    for (let k = i; k < runEnd && !open; k++) open = !covered[k];
    if (!open) return;
    // a one-word run: cutRun would keep just the known thing found there (the usual case, read directly)
    if (runEnd - i === 1) {
      const k = knownAt(doc, i, runEnd);
      if (k && (k.kind === 'place' || k.kind === 'organization')) out.push({ start: i, end: k.end, reason: `${k.kind} gazetteer`, known: k.kind });
      return;
    }
    cutRun(doc, i, runEnd, headline, new Set(), out);
  });
  return out.filter((c) => (c.known === 'place' || c.known === 'organization') && !covered.subarray(c.start, c.end).some((x) => x));
}

function cutRun(doc: DocFacts, start: number, end: number, headline: boolean, bodyNames: Set<string>, out: Candidate[]) {
  const toks = doc.seg.tokens;
  // "Kenya Wildlife Service", "Russian Foreign Ministry", "United Nations Relief and Works Agency":
  // a place, nationality or organisation opening a longer organisation's name
  let a = start;
  const memo: KnownMemo = new Map();
  while (a < end && knownAt(doc, a, end, memo)?.kind === 'skip') a++;
  const first = a < end ? knownAt(doc, a, end, memo) : undefined;
  if (!headline && end - a >= 2 && ORGANIZATION_HEAD_WORDS.has(doc.lower[end - 1]!)
    && (first?.kind === 'place' || first?.kind === 'demonym' || first?.kind === 'organization') && first.end < end) {
    out.push({ start: a, end, reason: 'organisation name opening with a place or nationality' });
    return;
  }
  let pending: number[] = [];
  const flush = () => {
    for (const chunk of splitUnknown(doc, pending)) {
      const [a, b] = chunk;
      // in a Title Case headline only names the body also uses count ("Lula" of "Lula Meets")
      if (headline && !bodyNames.has(nameKey(spanString(doc, a, b)))) {
        for (let x = a; x < b; ) {
          let y = b;
          while (y > x && !bodyNames.has(nameKey(spanString(doc, x, y)))) y--;
          if (y > x) { out.push({ start: x, end: y, reason: 'headline words also named in the body' }); x = y; } else x++;
        }
        continue;
      }
      // a lone capitalised word at a sentence start proves nothing unless the article capitalises it elsewhere
      // (an acronym is written in capitals wherever it stands)
      if (b - a === 1 && doc.initial.has(a) && !doc.midCapitalised.has(doc.lower[a]!) && !isAcronym(toks[a]!.text)) continue;
      out.push({ start: a, end: b, reason: headline ? 'headline word also named in the body' : 'capitalised run' });
    }
    pending = [];
  };
  let i = start;
  while (i < end) {
    const k = knownAt(doc, i, end, memo);
    // "Lloyd Austin", "Michael Jordan": a one-word place closing a run of unknown capitalised words is a surname
    const surname = k?.kind === 'place' && pending.length > 0 && k.end === end && k.end - i === 1 && pending[pending.length - 1] === i - 1
      && lookupPlace(toks[i]!.text).every((p) => p.type === 'city');
    if (k && !surname) {
      flush();
      if (k.kind === 'place' || k.kind === 'organization' || k.kind === 'demonym') {
        out.push({ start: i, end: k.end, reason: `${k.kind} gazetteer`, known: k.kind });
      } else if (k.kind === 'skip' && DIRECTION_WORDS.has(doc.lower[i]!) && toks[i - 1]?.text === 'the') {
        // "the North": typing decides whether the article names a country it can stand for
        out.push({ start: i, end: i + 1, reason: 'compass word after "the"' });
      }
      i = k.end;
      continue;
    }
    pending.push(i);
    i++;
  }
  flush();
}

/** Split unknown tokens into name chunks at gaps, and at "of"/"and"/"the" unless the chunk reads as an organisation. */
function splitUnknown(doc: DocFacts, idx: number[]): Array<[number, number]> {
  const toks = doc.seg.tokens;
  const low = (i: number) => doc.lower[i]!;
  const groups: Array<[number, number]> = [];
  for (const i of idx) {
    const g = groups[groups.length - 1];
    if (g && g[1] === i) g[1] = i + 1;
    else groups.push([i, i + 1]);
  }
  const chunks: Array<[number, number]> = [];
  for (const [a, b] of groups) {
    const orgShaped = ORGANIZATION_LEAD_WORDS.has(low(a)) || ORGANIZATION_HEAD_WORDS.has(low(b - 1));
    let from = a;
    for (let i = a; i <= b; i++) {
      // "Johnson Controls Inc and Lear Corp": a complete organisation name before "and" ends there
      const listed = i < b && toks[i]!.text === 'and' && i > a && ORGANIZATION_HEAD_WORDS.has(low(i - 1));
      // "Shares in Northwind Foods": "in" joins a name only after an organisation's lead word ("Church in Wales")
      const inSplit = toks[i]?.text === 'in' && !ORGANIZATION_LEAD_WORDS.has(low(a));
      if (i === b || listed || inSplit || (!orgShaped && /^(of|for|and|the|in)$/.test(toks[i]!.text))) {
        let x = from;
        let y = i;
        while (x < y && NAME_CONNECTORS.has(toks[x]!.text)) x++;
        while (y > x && NAME_CONNECTORS.has(toks[y - 1]!.text)) y--;
        if (y > x) chunks.push([x, y]);
        from = i + 1;
      }
    }
  }
  return chunks;
}
