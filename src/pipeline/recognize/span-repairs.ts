// Tagger spans whose bounds a reader sees at once to be wrong, put right:
//   - a bracket inside a name with no partner there: "SHP ( Social Democrat Populist Party" is the
//     acronym and the name it stands for, two names;
//   - "People's Republic of China", "Democratic People's Republic of Korea": the words before
//     "Republic" belong to the state's name;
//   - a nationality word and "Republic" ("the Serbian Republic", "the Croatian Republic of X") name
//     a state: one place, not a nationality word and a body;
//   - a place and a military formation named for it ("Black Sea Fleet", "Pacific Command"): one body;
//   - a nationality word before a capitalised "Government" ("the French Government"): one body;
//   - a sea, gulf, strait ... "of" a place ("the Sea of Japan", "the Gulf of Aden"): one place, the feature;
//   - a monarchy's word before "of" and a country ("the Kingdom of Benin") is no body of its own, nor is a one-word
//     title before "of", a place and a person in apposition ("the Oba of Benin, Ewuare II,").
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { lookupOrganization, lookupPlace } from '../gazetteer/index.ts';
import { ORGANIZATION_HEAD_WORDS, ORGANIZATION_LEAD_WORDS } from '../gazetteer/data/organizations.ts';

/** Formations named for the place or sea they serve ("Black Sea Fleet", "Pacific Command", "Northern Army"). */
const FORMATION_WORDS = new Set(['fleet', 'flotilla', 'command', 'army', 'squadron']);

export function repairedSpans(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  let out = candidates.flatMap((c) => splitAtLoneBracket(doc, c));
  out = out.map((c) => withPeoplesRepublic(doc, c));
  out = joinNationalRepublic(doc, out);
  out = joinPlaceFormation(doc, out);
  out = joinNationalGovernment(doc, out);
  out = joinFeatureOfPlace(doc, out);
  out = out.map((c) => withPartOfWorld(doc, c));
  out = withoutWordsBeforeOfPlace(doc, out);
  return out.sort((a, b) => a.start - b.start);
}

const sameSentence = (doc: DocFacts, a: number, b: number) => doc.seg.tokens[a]?.sentence === doc.seg.tokens[b]?.sentence;

/** The parts of a span on either side of a bracket that has no partner inside it (only parts holding a capitalised word). */
function splitAtLoneBracket(doc: DocFacts, c: Candidate): Candidate[] {
  const toks = doc.seg.tokens;
  let depth = 0, lone = false;
  for (let i = c.start; i < c.end; i++) {
    const t = toks[i]!.text;
    if (t === '(') depth++;
    else if (t === ')') { if (depth === 0) lone = true; else depth--; }
  }
  if (!lone && depth === 0) return [c];
  const parts: Candidate[] = [];
  let from = c.start;
  for (let i = c.start; i <= c.end; i++) {
    if (i < c.end && toks[i]!.text !== '(' && toks[i]!.text !== ')') continue;
    if (i > from && toks.slice(from, i).some((t) => /^\p{Lu}/u.test(t.text)) && !(i - from === 1 && /^(?:party|group|front)$/i.test(toks[from]!.text))) {
      parts.push({ ...c, start: from, end: i, reason: `${c.reason}, cut at a bracket with no partner inside the name` });
    }
    from = i + 1;
  }
  return parts;
}

/** Lower-case words for a part of a continent or world region ("central Europe", "west Africa"). */
const PART_WORDS = new Set(['central', 'eastern', 'western', 'northern', 'southern', 'east', 'west', 'north', 'south',
  'south-eastern', 'southeastern', 'south-east', 'southeast', 'north-eastern', 'northeastern', 'north-east', 'northeast',
  'south-western', 'southwestern', 'south-west', 'southwest', 'north-western', 'northwestern', 'north-west', 'northwest']);

/**
 * "central [Europe]", "west [Africa]": a lower-case compass word before the name of a continent or world region
 * opens the name of that part of it, when the gazetteer knows the part ("Central Europe"); not before a country or
 * a city ("northern Mali" is a part no gazetteer lists, and stays Mali).
 */
function withPartOfWorld(doc: DocFacts, c: Candidate): Candidate {
  const k = c.start - 1;
  if (k < 0 || c.end - c.start > 2 || !PART_WORDS.has(doc.seg.tokens[k]!.text) || !sameSentence(doc, k, c.start)) return c;
  const bare = lookupPlace(spanString(doc, c.start, c.end));
  if (!bare.length || !bare.every((e) => e.type === 'location')) return c;
  const part = lookupPlace(spanString(doc, k, c.end)).find((e) => e.type === 'location' || e.type === 'region');
  if (!part || bare.some((e) => e.id === part.id)) return c;
  return { ...c, start: k, reason: `${c.reason}, with "${doc.seg.tokens[k]!.text}" naming a part of it (${part.name})` };
}

/** "[Republic of China]" after "People's" (and "Democratic People's"): the state's whole name. */
function withPeoplesRepublic(doc: DocFacts, c: Candidate): Candidate {
  const toks = doc.seg.tokens;
  if (doc.lower[c.start] !== 'republic' || c.start < 2 || !/^['’]s$/.test(toks[c.start - 1]!.text) || toks[c.start - 2]!.text !== 'People') return c;
  let start = c.start - 2;
  if (toks[start - 1]?.text === 'Democratic' && sameSentence(doc, start - 1, c.start)) start--;
  return { ...c, start, reason: `${c.reason}, with "${spanString(doc, start, c.start)}" opening the state's name` };
}

/** A nationality word's span right before "Republic ..." (a span or a bare word): one place. */
function joinNationalRepublic(doc: DocFacts, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k]!;
    const r = c.end;
    // the tagger's own span may hold both, read as a nationality ("[the Serbian Republic]" as MISC)
    if (c.label === 'MISC' && c.end - c.start >= 2 && doc.seg.tokens[c.start + 1]!.text === 'Republic' && demonymOf(doc.seg.tokens[c.start]!.text)) {
      out.push({ ...c, label: 'LOC', reason: `${c.reason}; nationality word and "Republic": the name of a state` });
      continue;
    }
    if (c.end - c.start !== 1 || doc.lower[r] !== 'republic' || doc.seg.tokens[r]!.text !== 'Republic' || !sameSentence(doc, c.start, r) || !demonymOf(spanString(doc, c.start, c.end))) {
      out.push(c);
      continue;
    }
    const next = cs[k + 1];
    const own = next && next.start === r ? next : undefined;
    if (next && next.start < r + 1 && !own) { out.push(c); continue; }
    let end = own ? own.end : r + 1;
    if (own) k++;
    // "the Croatian Republic of Posavina": the name after "of" is the rest of the state's name
    const after = cs[k + 1];
    if (doc.lower[end] === 'of' && after && after.start === end + 1 && sameSentence(doc, c.start, after.end - 1)) { end = after.end; k++; }
    out.push({ start: c.start, end, label: 'LOC', reason: `nationality word and "Republic": the name of a state` });
  }
  return out;
}

/** A place's span and a formation word right after it (bare, or a span of its own): one organisation. */
function joinPlaceFormation(doc: DocFacts, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k]!;
    const w = c.end;
    const word = doc.seg.tokens[w]?.text ?? '';
    if (c.label !== 'LOC' || !FORMATION_WORDS.has(doc.lower[w] ?? '') || !/^\p{Lu}/u.test(word) || !sameSentence(doc, c.start, w)
      || demonymOf(spanString(doc, c.start, c.end)) || !lookupPlace(spanString(doc, c.start, c.end)).some((e) => e.type === 'location' || e.type === 'region')) {
      out.push(c);
      continue;
    }
    const next = cs[k + 1];
    const own = next && next.start === w && next.end === w + 1 ? next : undefined;
    if (next && next.start <= w && !own) { out.push(c); continue; }
    out.push({ start: c.start, end: w + 1, label: 'ORG', reason: `a place and the formation word "${word}": a formation named for the place` });
    if (own) k++;
  }
  return out;
}

/** A nationality word's span right before a capitalised "Government" no span covers: the government, one organisation. */
function joinNationalGovernment(doc: DocFacts, cs: Candidate[]): Candidate[] {
  return cs.flatMap((c, k) => {
    const g = c.end;
    if (c.end - c.start !== 1 || doc.seg.tokens[g]?.text !== 'Government' || !sameSentence(doc, c.start, g) || (cs[k + 1] && cs[k + 1]!.start <= g)
      || !demonymOf(spanString(doc, c.start, c.end))) return [c];
    return [{ start: c.start, end: g + 1, label: 'ORG', reason: 'nationality word and "Government": the government' }];
  });
}

/** Natural features named "<Feature> of <Place>" ("Sea of Japan", "Gulf of Aden", "Strait of Hormuz", "Isle of Man"). */
const FEATURES_OF = new Set(['Sea', 'Gulf', 'Bay', 'Strait', 'Straits', 'Isle', 'Cape', 'Lake', 'Sound', 'Firth']);

/** A feature word (a span of its own or bare), "of", and the span of a place after it: one place. */
function joinFeatureOfPlace(doc: DocFacts, cs: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < cs.length; k++) {
    const next = cs[k]!;
    const f = next.start - 2;
    if (f < 0 || next.label !== 'LOC' || doc.lower[f + 1] !== 'of' || !FEATURES_OF.has(toks[f]!.text) || !sameSentence(doc, f, next.start)) { out.push(next); continue; }
    const prev = out[out.length - 1];
    const own = prev && prev.start === f && prev.end === f + 1 ? prev : undefined;
    if (prev && prev.end > f && !own) { out.push(next); continue; }
    if (own) out.pop();
    out.push({ start: f, end: next.end, label: 'LOC', reason: `"${toks[f]!.text} of" and a place: the name of a natural feature` });
  }
  return out;
}

/** Words naming a monarchy before "of" and its country ("the Kingdom of Benin", "the Sultanate of Oman"). */
const MONARCHY_WORDS = new Set(['kingdom', 'sultanate', 'emirate', 'principality', 'empire']);

/**
 * The tagger's one-word span before "of" and a place's span, when it names no body of its own: a monarchy's word before
 * a country ("the [Kingdom] of [Benin]": the country's mention stays), or a title no gazetteer knows before a place and
 * a person's name in apposition ("the [Oba] of [Benin], [Ewuare II],": a ruler's title), is dropped.
 */
function withoutWordsBeforeOfPlace(doc: DocFacts, cs: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  return cs.filter((c, k) => {
    const place = cs[k + 1];
    if (c.end - c.start !== 1 || c.label === 'PER' || doc.lower[c.end] !== 'of' || !place || place.start !== c.end + 1 || place.label !== 'LOC' || !sameSentence(doc, c.start, place.end - 1)) return true;
    const word = toks[c.start]!.text, where = lookupPlace(spanString(doc, place.start, place.end));
    if (MONARCHY_WORDS.has(doc.lower[c.start]!) && where.some((e) => e.type === 'country')) return false;
    const person = cs[k + 2];
    const titled = toks[place.end]?.text === ',' && person?.start === place.end + 1 && person.label === 'PER' && /^[,.;]$/.test(toks[person.end]?.text ?? '.');
    // (not a body's own word: "the [Bank] of [England], [X]," keeps the bank)
    const bodyWord = ORGANIZATION_HEAD_WORDS.has(doc.lower[c.start]!) || ORGANIZATION_LEAD_WORDS.has(doc.lower[c.start]!);
    return !(titled && /^\p{Lu}\p{Ll}+$/u.test(word) && !bodyWord && !lookupOrganization(word) && !lookupPlace(word).length && where.length > 0);
  });
}
