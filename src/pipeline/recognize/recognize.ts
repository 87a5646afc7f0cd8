// Stage 3, recognise: segmented article (+ the statistical tagger's spans, possibly
// none) -> typed mentions. With tagger spans, their boundaries are kept (they are what
// CoNLL scores) and the gazetteers type and correct them; without, capitalisation
// rules propose the spans. Either way the same typing and context rules apply:
//   1. document facts        (document.ts)  common words, forced capitals, headlines
//   2. candidate spans       (tagger-spans.ts / rule-spans.ts)
//   3. typing                (typing.ts)    gazetteer, label, name shape, context
//   4. one sense per article (below)        a name read as a region once is a region throughout
//   5. defined names         (defined-names.ts) "X, known as the Rock": "the Rock" names X's kind of thing
//   6. places inside words   (sited-places.ts) "the Geneva-based WHO": Geneva, within the word;
//                            and bodies or states: "a CATL-led consortium", "NATO-led troops"
//   (before 4: title owners  (title-owners.ts) "Catalent chief executive X": the name before a person's title)
//   (after 2, with the tagger: source lines (source-lines.ts) "Moscow INTERFAX in English": a place, then an organisation;
//    then spans a reader sees to be cut wrong (span-repairs.ts): a lone bracket inside, "People's Republic of", "Black Sea Fleet")
import type { GazetteerEntry, Mention, NerLabel, Segmented, TaggedSpan } from '../../types.ts';
import { lookupOrganization, lookupPlace, nameKey, titleInfo } from '../gazetteer/index.ts';
import { INDUSTRY_HEADS } from '../gazetteer/data/organizations.ts';
import { US_STATE_ABBREVIATIONS } from '../gazetteer/data/us-states.ts';
import { datelinePrefix, WIRE_DATELINE } from '../segment-dateline.ts';
import { APPOSITION_ORGANIZATION_KINDS, COMMON_ABBREVIATIONS, FUNCTION_WORDS, ORGANIZATION_CUE_BEFORE, PARTY_ADJECTIVES, PARTY_OFFICES } from './words.ts';
import { appositionTitle, titleBefore } from './context.ts';
import { docFacts } from './document.ts';
import { withParticleSurnames } from './particle-surnames.ts';
import type { DocFacts } from './document.ts';
import { knownCandidatesOutside, ruleCandidates } from './rule-spans.ts';
import { taggerCandidates } from './tagger-spans.ts';
import { withPairedPlaceNames } from './paired-place-names.ts';
import { withSportBodies } from './sport-bodies.ts';
import { withPartiesOfCountries } from './party-names.ts';
import { withSourceLines } from './source-lines.ts';
import { repairedSpans } from './span-repairs.ts';
import { definedNames } from './defined-names.ts';
import { ledByMentions, sitedPlaceMentions } from './sited-places.ts';
import { retypeOwnersOfOffices, titleOwnerMentions } from './title-owners.ts';
import { withTitleRuns } from './title-runs.ts';
import { retypeCompaniesListedTogether } from './listed-companies.ts';
import { retypeDivisionsListedTogether } from './listed-divisions.ts';
import { placesDescribedInApposition } from './described-places.ts';
import { armedGroupNames } from './movements.ts';
import { workTitles } from './work-titles.ts';
import { bodiesListedAfterBodies, namesEndingInCountry } from './listed-bodies.ts';
import { withArmedGroupNames } from './armed-group-names.ts';
import type { Candidate, TypedMention, TypingContext } from './typing.ts';
import { asOrganization, BRAND_SHAPE, demonymOf, settlementNounBefore, personContext, personInApposition, spanString, typeCandidate, typePlace } from './typing.ts';

/** Words before a party's name of two words and "party" ("Harris's Fine Gael party", "the ruling X party"). */
const PARTY_OPENERS = /^(?:'s|’s|the|ruling|governing|opposition|his|her|their|its|nationalist|centrist|conservative|liberal|leftist|rightist|far-right|far-left)$/;

export function recognize(seg: Segmented, tagged: TaggedSpan[]): Mention[] {
  const doc = docFacts(seg);
  const useTagger = tagged.length > 0;
  const bodyNames = new Set<string>();
  const candidates: Candidate[] = [];
  if (useTagger) {
    const fromTagger = withPartiesOfCountries(doc, withSportBodies(doc, withParticleSurnames(doc, withRepeatedNames(doc, taggerCandidates(doc, withPairedPlaceNames(doc, tagged))))));
    candidates.push(...namesEndingInCountry(doc, fromTagger, coveredTokens(doc, fromTagger)));
    candidates.push(...gazetteerAdditions(doc, candidates));
    candidates.splice(0, candidates.length, ...repairedSpans(doc, withSourceLines(doc, candidates)));
    candidates.push(...placesDescribedInApposition(doc, coveredTokens(doc, candidates)));
    candidates.push(...bodiesListedAfterBodies(doc, candidates, coveredTokens(doc, candidates)));
    candidates.splice(0, candidates.length, ...withArmedGroupNames(doc, candidates));
    candidates.splice(0, candidates.length, ...withTitleRuns(doc, candidates));
  } else {
    // body first, so headlines can be checked against the names the body uses
    const order = seg.sentences.filter((s) => !s.boilerplate).sort((a, b) => Number(doc.capsHeadings.has(a.index)) - Number(doc.capsHeadings.has(b.index)));
    for (const s of order) {
      const found = ruleCandidates(doc, s.index, bodyNames);
      if (!doc.capsHeadings.has(s.index)) for (const c of found) addBodyName(doc, c, bodyNames);
      candidates.push(...found);
    }
  }
  const ctx = typingContext(doc, candidates);
  const typed: TypedMention[] = [];
  const untypedMisc: Candidate[] = [];
  for (const c of candidates) {
    const m = typeCandidate(doc, c, ctx);
    if (m) typed.push(m);
    else if (c.label === 'MISC') untypedMisc.push(c);
  }
  typed.push(...miscNamesOfBodies(doc, untypedMisc, typed));
  typed.push(...titleOwnerMentions(doc, typed));
  retypeOwnersOfOffices(doc, typed);
  retypeCompaniesListedTogether(doc, typed);
  retypeDivisionsListedTogether(doc, typed);
  oneSensePerArticle(doc, candidates, typed);
  typed.push(...definedNames(doc, typed));
  typed.push(...sitedPlaceMentions(doc, typed));
  typed.push(...ledByMentions(doc, typed));
  typed.sort((a, b) => a.start - b.start || b.end - a.end);
  return typed.map(({ regionOrCity: _r, tokenStart: _s, tokenEnd: _e, ...m }) => m);
}

/** Verbs of leading a body after "who" ("who leads X", "who heads X", "who founded X"). */
const LEADS_VERBS = new Set(['leads', 'led', 'heads', 'headed', 'chairs', 'chaired', 'founded', 'co-founded']);

/**
 * "Paris-based investment firm Ardian ... Ardian will take 15%": a name the tagger read as MISC where nothing around it
 * says what it is, which the article names as an organisation elsewhere (by the words around it there), is that
 * organisation here too.
 */
function miscNamesOfBodies(doc: DocFacts, untyped: Candidate[], typed: TypedMention[]): TypedMention[] {
  if (!untyped.length) return [];
  const bodies = new Set<string>();
  for (const m of typed) if (m.type === 'organization' && !m.metonymy) bodies.add(nameKey(m.text));
  if (!bodies.size) return [];
  const out: TypedMention[] = [];
  for (const c of untyped) {
    const text = spanString(doc, c.start, c.end);
    if (bodies.has(nameKey(text)) && !demonymOf(text) && !partyMember(doc, c)) out.push(asOrganization(doc, c, 'tagger MISC on a name the article names as an organisation elsewhere'));
  }
  return out;
}

/**
 * "Elise Stefanik, a senior Republican in the House": a party's adjective after "a" or "an" (and lower-case words) and
 * before no noun of its own is a member of the party, a person, not the party.
 */
function partyMember(doc: DocFacts, c: Candidate): boolean {
  if (c.end - c.start !== 1 || !PARTY_ADJECTIVES.has(doc.lower[c.start]!)) return false;
  let k = c.start - 1;
  while (k > c.start - 3 && /^\p{Ll}+$/u.test(doc.seg.tokens[k]?.text ?? '') && !/^(?:a|an)$/.test(doc.lower[k]!)) k--;
  return /^(?:a|an)$/.test(doc.lower[k] ?? '') && /^(?:[,.;:)]|in|from|who|and|of|on)$/.test(doc.lower[c.end] ?? '.');
}

/** 1 for each token some candidate covers. */
function coveredTokens(doc: DocFacts, candidates: Candidate[]): Uint8Array {
  const covered = new Uint8Array(doc.seg.tokens.length);
  for (const c of candidates) covered.fill(1, c.start, c.end);
  return covered;
}

/** From token `from`: up to four lower-case or nationality words, then a noun for a kind of organisation. */
function describedAsOrganization(doc: DocFacts, from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 5); k++) {
    const w = doc.lower[k]!;
    if ((ORGANIZATION_CUE_BEFORE.has(w) || APPOSITION_ORGANIZATION_KINDS.has(w)) && !doc.nameToken[k]) return true;
    // "a St. Louis-based hospital chain": the capitalised words of a place joined to "-based"
    const seatWord = /-(?:based|headquartered)$/.test(w) || (k + 1 < limit && /-(?:based|headquartered)$/.test(doc.lower[k + 1]!));
    if (doc.nameToken[k] && !demonymOf(doc.seg.tokens[k]!.text) && !seatWord) return false;
    if (!/^[\p{L}-]+$/u.test(doc.seg.tokens[k]!.text) && !(seatWord && /^\p{Lu}\p{L}*\.$/u.test(doc.seg.tokens[k]!.text))) return false;
  }
  return false;
}

/** Two to four capitals, a company's short name ("EE", "KPN"). */
const UNIT_SHAPE = /^\p{Lu}{2,4}$/u;

/** A word of two or more letters starting with a capital ("Plusmining", "KPMG"). */
const NAME_WORD = /^\p{Lu}[\p{L}\d&'’-]+$/u;

/**
 * Names the tagger missed that the gazetteers know for sure: countries, regions, seas and
 * listed organisations (not towns, whose names are too often people's), away from its spans.
 */
function gazetteerAdditions(doc: DocFacts, taken: Candidate[]): Candidate[] {
  const covered = new Uint8Array(doc.seg.tokens.length);
  for (const c of taken) covered.fill(1, c.start, c.end);
  const out: Candidate[] = [];
  const personEnds = new Set<number>();
  for (const c of taken) if (c.label === 'PER') personEnds.add(c.end);
  for (const s of doc.seg.sentences) {
    // "THE HAGUE -": the place of a wire dateline the tagger left out, when the gazetteer knows it
    const filed = s.heading && !s.boilerplate ? datelinePlace(doc, s.index, covered) : undefined;
    if (filed) out.push(filed);
    if (s.boilerplate || doc.capsHeadings.has(s.index)) continue;
    for (const c of knownCandidatesOutside(doc, s.index, covered)) {
      const text = spanString(doc, c.start, c.end);
      // "Thames Water", "Anglian Water": a place and a capitalised word of an industry, both missed by the tagger, are a company
      const trade = doc.seg.tokens[c.end];
      if (c.known !== 'organization' && trade && !covered[c.end] && trade.sentence === s.index && doc.nameToken[c.end]
        && INDUSTRY_HEADS.has(doc.lower[c.end]!) && !doc.nameToken[c.end + 1] && !doc.initial.has(c.end)) {
        out.push({ start: c.start, end: c.end + 1, label: 'ORG', reason: `a place and the industry word "${trade.text}" (missed by the tagger)` });
        continue;
      }
      const strong = c.known === 'organization' || lookupPlace(text).some((e) => e.type !== 'city');
      if (strong) out.push({ ...c, reason: `${c.reason} (missed by the tagger)` });
    }
    const toks = doc.seg.tokens;
    // "the Santiago consultancy Plusmining", "investment firm Helios": a name right after a noun for a kind of
    // organisation, which the tagger left out (typed as an organisation by that cue)
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (covered[i] || !doc.nameToken[i] || doc.initial.has(i) || !ORGANIZATION_CUE_BEFORE.has(doc.lower[i - 1]!) || doc.nameToken[i - 1]) continue;
      if (!NAME_WORD.test(toks[i]!.text) && !BRAND_SHAPE.test(toks[i]!.text)) continue; // "company N/A": a letter is no name
      let end = i + 1;
      while (end < s.tokenEnd && end < i + 4 && doc.nameToken[end] && !covered[end]) end++;
      out.push({ start: i, end, reason: `name after "${toks[i - 1]!.text}" (missed by the tagger)` });
      i = end - 1;
    }
    // "rivals such as BT's EE and X": a short name in capitals after a company's possessive, the tagger left out, is the
    // company's unit (not a common abbreviation, "Google's AI", nor one before a noun, "the bank's IT staff")
    for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
      const possessive = doc.lower[i - 1];
      if ((possessive !== "'s" && possessive !== '’s') || covered[i] || !UNIT_SHAPE.test(toks[i]!.text) || COMMON_ABBREVIATIONS.has(toks[i]!.text)) continue;
      if (!/^(?:[,.;:)]|and|or)$/.test(doc.lower[i + 1] ?? '.')) continue;
      const owner = taken.find((c) => c.end === i - 1);
      if (!owner || !(owner.label === 'ORG' || lookupOrganization(spanString(doc, owner.start, owner.end)))) continue;
      out.push({ start: i, end: i + 1, label: 'ORG', reason: `a short name after the company's possessive "${spanString(doc, owner.start, owner.end)}'s" (missed by the tagger)` });
    }
    // "Equinor, the Norwegian state-controlled energy company,", "G42, an artificial intelligence firm in Abu Dhabi":
    // a name the tagger left out, described in apposition as a kind of organisation
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i] || !doc.nameToken[i] || (i > s.tokenStart && doc.nameToken[i - 1])) continue;
      let end = i + 1;
      while (end < s.tokenEnd && end < i + 4 && doc.nameToken[end] && !covered[end]) end++;
      if (!NAME_WORD.test(toks[i]!.text) && !/^\p{Lu}[\p{Lu}\d]+$/u.test(toks[i]!.text) && !BRAND_SHAPE.test(toks[i]!.text)) { i = end - 1; continue; }
      // (a sentence-opening word the article writes in lower case, or a connective: "Meanwhile, a Denver-based firm")
      const connective = FUNCTION_WORDS.has(doc.lower[i]!) || /^[a-z]{2,}(?:ally|ately|ently|antly|ously|ively|ingly|arly|edly|fully)$/.test(doc.lower[i]!);
      if (doc.initial.has(i) && end === i + 1 && (doc.lowerWords.has(doc.lower[i]!) || connective)) { i = end - 1; continue; }
      // "resorts such as Courchevel and Val d'Isere": a name listed after a plural noun for settlements is a town (typed there)
      if (!doc.initial.has(i) && /^(?:and|,|or)$/.test(doc.lower[i - 1] ?? '') && settlementNounBefore(doc, i)) {
        out.push({ start: i, end, reason: 'name listed after a noun for settlements (missed by the tagger)' });
        i = end - 1;
        continue;
      }
      const words = toks.slice(i, end).map((t) => t.text);
      // (a name of a person's shape no gazetteer knows, not after "the")
      const personLike = () => doc.lower[i - 1] !== 'the' && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))
        && !lookupPlace(spanString(doc, i, end)).length && !lookupOrganization(spanString(doc, i, end)) && !words.some((w) => demonymOf(w) || doc.lowerWords.has(w.toLowerCase()) || PARTY_ADJECTIVES.has(w.toLowerCase().replace(/s$/, '')));
      if (toks[end]?.text === ',' && doc.lower[end + 1] === 'who' && personLike()) {
        // "Starr, who served as counsel": a name no gazetteer knows before ", who" is a person's
        out.push({ start: i, end, label: 'PER', reason: `name before ", ${doc.lower[end + 1]}" (missed by the tagger)` });
      } else if (toks[end]?.text === ',' && /^(?:a|an)$/.test(doc.lower[end + 1] ?? '') && personLike() && personInApposition(doc, end)) {
        // "Surratt, a young Confederate spy who ...": a noun that only names people in apposition
        out.push({ start: i, end, label: 'PER', reason: `name with ${personInApposition(doc, end)} (missed by the tagger)` });
      } else if (toks[end]?.text === ',' && /^(?:a|an|the)$/.test(doc.lower[end + 1] ?? '') && describedAsOrganization(doc, end + 2, s.tokenEnd)) {
        out.push({ start: i, end, label: 'ORG', reason: 'name described in apposition as a kind of organisation (missed by the tagger)' });
      } else if (end === i + 1 && !doc.initial.has(i) && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && personContext(doc, { start: i, end, reason: '' })) {
        // "first-degree murder of King in Memphis", "King's assassination": a word whose killing or family is spoken of
        // is a person's name, even a title's word ("King") the tagger leaves out
        out.push({ start: i, end, label: 'PER', reason: 'a name whose killing, killer or family is spoken of (missed by the tagger)' });
      } else if (end - i <= 2 && doc.lower[i - 1] === 'of' && personEnds.has(i - 1) && personLike() && !/^['’]/.test(toks[end]?.text ?? '')
        && !doc.nameToken[end]) {
        // "diver Brian Michaud of Millinocket hooked the men": a name no gazetteer knows right after a person and "of",
        // which the tagger left out, is the person's town (a body after "of" the tagger finds, or the gazetteer knows)
        out.push({ start: i, end, label: 'LOC', reason: 'name after a person and "of" (missed by the tagger)' });
      } else if (!doc.initial.has(i) && doc.lower[i - 2] === 'who' && LEADS_VERBS.has(doc.lower[i - 1]!) && /^[,.;]$/.test(toks[end]?.text ?? '')
        && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !lookupPlace(spanString(doc, i, end)).length && !words.some((w) => demonymOf(w))) {
        // "Speaker X, who leads Amal.": what a person leads or heads, a name no gazetteer places, is a body
        out.push({ start: i, end, label: 'ORG', reason: `name after "who ${toks[i - 1]!.text}" (missed by the tagger)` });
      } else if (toks[end]?.text === ',' && !lookupPlace(spanString(doc, i, end)).length && appositionTitle(doc, i, end)) {
        // "Pistorius, the interior minister of Lower Saxony,": a name with a person's title in apposition
        out.push({ start: i, end, label: 'PER', reason: 'name with a title in apposition (missed by the tagger)' });
      }
      i = end - 1;
    }
    // "Conservative leader Michael Howard": a party's adjective before a party office, which the tagger left out
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      if (covered[i] || !doc.nameToken[i] || !PARTY_ADJECTIVES.has(doc.lower[i]!) || !PARTY_OFFICES.has(doc.lower[i + 1]!)) continue;
      out.push({ start: i, end: i + 1, label: 'MISC', reason: 'party adjective before a party office (missed by the tagger)' });
    }
    // "Grants, N.M.", "Aiken, S.C.": an AP state abbreviation after a place's name and a comma
    for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
      if (covered[i] || !Object.prototype.hasOwnProperty.call(US_STATE_ABBREVIATIONS.states, toks[i]!.text)) continue;
      if (toks[i - 1]!.text === ',' && covered[i - 2]) out.push({ start: i, end: i + 1, reason: 'AP state abbreviation after a name and a comma (missed by the tagger)' });
    }
  }
  return out;
}

/**
 * "Unions reject Thames Water pay offer" above "Workers at Thames Water ...": a name of two or more words the tagger
 * found somewhere in the article is the same name where it stands again, untagged or cut (a headline, a list), with
 * the label it had, when its capitalised run there is exactly that name, or that name before a title ("Nippon Steel
 * President Eiji Hashimoto"); spans inside the name give way to it.
 */
function withRepeatedNames(doc: DocFacts, taken: Candidate[]): Candidate[] {
  const labels = new Map<string, NerLabel>();
  let longest = 0;
  for (const c of taken) {
    if (!c.label || c.label === 'MISC' || c.end - c.start < 2 || doc.seg.sentences[doc.seg.tokens[c.start]!.sentence]!.boilerplate) continue;
    labels.set(nameKey(spanString(doc, c.start, c.end)), c.label);
    longest = Math.max(longest, c.end - c.start);
  }
  if (!labels.size) return taken;
  const owner = new Int32Array(doc.seg.tokens.length).fill(-1);
  taken.forEach((c, k) => owner.fill(k, c.start, c.end));
  const toks = doc.seg.tokens;
  const dropped = new Set<number>();
  const added: Candidate[] = [];
  for (const s of doc.seg.sentences) {
    if (s.boilerplate) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!doc.nameToken[i]) continue;
      let end = i;
      while (end < s.tokenEnd && doc.nameToken[end]) end++;
      const start = i;
      i = end - 1;
      if (end - start < 2) continue;
      let label = end - start <= longest ? labels.get(nameKey(spanString(doc, start, end))) : undefined;
      // "Nippon Steel President Eiji Hashimoto": the name opens a run that goes on with a title (and its holder)
      for (let p = Math.min(end - 1, start + longest); !label && p >= start + 2; p--) {
        if (!titleInfo(doc.lower[p]!)) continue;
        label = labels.get(nameKey(spanString(doc, start, p)));
        if (label) end = p;
      }
      if (!label) continue;
      // the spans there must lie inside the run, and not be the name already
      const inside = new Set<number>();
      let fits = true;
      for (let k = start; k < end; k++) if (owner[k]! >= 0) inside.add(owner[k]!);
      for (const k of inside) if (taken[k]!.start < start || taken[k]!.end > end || (taken[k]!.start === start && taken[k]!.end === end)) fits = false;
      if (!fits) continue;
      for (const k of inside) dropped.add(k);
      added.push({ start, end, label, reason: 'name the tagger found elsewhere in the article (missed or cut by the tagger here)' });
    }
  }
  if (!added.length) return taken;
  return [...taken.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/** The dateline's place (its capitalised words before the comma, bracket or dash) as a candidate, if no span covers it and the gazetteer knows it. */
function datelinePlace(doc: DocFacts, sentence: number, covered: Uint8Array): Candidate | undefined {
  const s = doc.seg.sentences[sentence]!;
  const m = WIRE_DATELINE.exec(doc.seg.article.text.slice(s.start, s.end + 80));
  if (!m || datelinePrefix(doc.seg.article.text.slice(s.start, s.end + 80)) === 0) return undefined;
  const placeEnd = s.start + m[1]!.length;
  let end = s.tokenStart;
  while (end < s.tokenEnd && doc.seg.tokens[end]!.end <= placeEnd) end++;
  if (end === s.tokenStart) return undefined;
  for (let i = s.tokenStart; i < end; i++) if (covered[i]) return undefined;
  if (!lookupPlace(spanString(doc, s.tokenStart, end)).length) return undefined;
  return { start: s.tokenStart, end, label: 'LOC', reason: 'the place of a wire dateline (missed by the tagger)' };
}

/** A body name and its single words (a headline may use the surname alone). */
function addBodyName(doc: DocFacts, c: Candidate, names: Set<string>) {
  const text = spanString(doc, c.start, c.end);
  names.add(nameKey(text));
  if (!c.known) for (const w of text.split(/\s+/)) names.add(nameKey(w));
}

function voteKey(text: string): string {
  return lookupPlace(text)[0]?.id ?? nameKey(text);
}

function typingContext(doc: DocFacts, candidates: Candidate[]): TypingContext {
  const votes = new Map<string, Record<NerLabel, number>>();
  const personParts = new Set<string>();
  const titledPersons = new Set<string>();
  const partyNames = new Set<string>();
  const personSurnames = new Set<string>();
  const titles = workTitles(doc, candidates);
  for (const c of candidates) {
    if (!c.label) continue;
    const text = spanString(doc, c.start, c.end);
    // (a work's title is no person's name: its words are nobody's surname)
    if (titles.size && titles.has(nameKey(text))) continue;
    const k = voteKey(text);
    const v = votes.get(k) ?? { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
    v[c.label]++;
    votes.set(k, v);
    votes.set(nameKey(text), v);
    if (c.label === 'PER' && c.end - c.start > 1) {
      const ws = text.split(/\s+/);
      for (const w of ws) personParts.add(nameKey(w));
      personSurnames.add(nameKey(ws[ws.length - 1]!));
    }
    if (c.label === 'PER' && titleBefore(doc, c.start)) titledPersons.add(nameKey(text));
    if (c.end - c.start === 1 && doc.lower[c.end] === 'party') partyNames.add(nameKey(text));
    // "Harris's Fine Gael party", "the ruling Fine Gael party": two words after a possessive or a determiner
    if (c.end - c.start === 2 && doc.lower[c.end] === 'party' && PARTY_OPENERS.test(doc.lower[c.start - 1] ?? '')) partyNames.add(nameKey(text));
  }
  // without a tagger: words of multi-word names that no gazetteer knows (person-shaped), except
  // words that are themselves well-known places ("Bucharest" of "Bucharest Newsroom")
  for (const c of candidates) {
    if (c.label || c.known || c.end - c.start < 2) continue;
    for (const w of spanString(doc, c.start, c.end).split(/\s+/)) {
      const wellKnown = lookupPlace(w).some((e) => e.type !== 'city' || (e.population ?? 0) >= 100_000);
      if (!wellKnown) personParts.add(nameKey(w));
    }
  }
  // "the North" may stand for a country the article names in full ("North Korea")
  const directionNames = new Map<string, GazetteerEntry>();
  for (const c of candidates) {
    // only names starting with a compass word (checked on the first letter before reading the text)
    if (!/^[nsew]/i.test(doc.seg.tokens[c.start]!.text)) continue;
    const text = spanString(doc, c.start, c.end);
    const m = /^(north|south|east|west)\s+\S/i.exec(text);
    if (!m) continue;
    const place = lookupPlace(text).find((e) => e.type === 'country' || e.type === 'region');
    if (place && !directionNames.has(m[1]!.toLowerCase())) directionNames.set(m[1]!.toLowerCase(), place);
  }
  const personStarts = new Set<number>(), personEnds = new Set<number>(), personSpans = new Map<number, number>();
  for (const c of candidates) if (c.label === 'PER') { personStarts.add(c.start); personEnds.add(c.end); personSpans.set(c.start, c.end).set(-c.end, c.start); }
  return { votes, personParts, directionNames, titledPersons, partyNames, personSurnames, personStarts, personEnds, personSpans, armedGroups: armedGroupNames(doc), workTitles: titles };
}

/**
 * A name that is both a region and a city ("Donetsk", "Kaliningrad") keeps one reading
 * through the article: the one context decided somewhere, region first.
 */
function oneSensePerArticle(doc: DocFacts, candidates: Candidate[], typed: TypedMention[]) {
  const decided = new Map<string, 'region' | 'city'>();
  for (const m of typed) {
    const amb = m.regionOrCity;
    if (!amb?.decided) continue;
    const k = amb.region.id;
    if (decided.get(k) !== 'region') decided.set(k, amb.decided);
  }
  for (let i = 0; i < typed.length; i++) {
    const m = typed[i]!;
    // a tagger ORG or PER on a name the article uses as a region elsewhere ("its neighbouring Lugansk")
    if ((m.type === 'organization' || m.type === 'person') && !m.gazetteerId && m.tokenEnd - m.tokenStart === 1) {
      const region = lookupPlace(m.text).find((e) => e.type === 'region' && decided.get(e.id) === 'region');
      if (region) {
        const c = { start: m.tokenStart, end: m.tokenEnd, reason: m.reason };
        typed[i] = typePlace(doc, c, [region], `${m.reason} retyped: the article uses this name as a region`);
        continue;
      }
    }
    const amb = m.regionOrCity;
    if (!amb || amb.decided) continue;
    const level = decided.get(amb.region.id);
    if (!level) continue;
    const chosen = level === 'region' ? amb.region : amb.city;
    if (m.gazetteerId === chosen.id) continue;
    const c = candidates.find((x) => doc.seg.tokens[x.start]!.start === m.start) ?? { start: m.tokenStart, end: m.tokenEnd, reason: m.reason };
    const again = typePlace(doc, c, [chosen], `${m.reason.split(':')[0]} (same reading as elsewhere in the article)`);
    typed[i] = { ...again, regionOrCity: { ...amb, decided: level } };
  }
}
