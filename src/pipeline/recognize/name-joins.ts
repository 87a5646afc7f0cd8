// Organisation names the tagger cuts in two, put back together. Its spans are kept as
// given everywhere else (they are what CoNLL scores); these are boundary errors a reader
// sees at once:
//   - "and" inside a body's name between two fields: "Ministry of Trade and Industry",
//     "Oil and Gas Authority" (FIELD_WORDS);
//   - "<Bank|University...> of <place> and <Name>": "Bank of Tokyo and Mitsubishi", when the
//     second name is used nowhere else in the article and the pair is not part of a list;
//   - a title-like word that opens the name: "General Electric", "King Abdullah University",
//     "Marshal Islands Bank" (the tagger leaves the title out, as it does for people).
import type { Candidate } from './typing.ts';
import type { DocFacts } from './document.ts';
import { isCapitalised } from './document.ts';
import { lookupOrganization, lookupPlace, mayEndTitle, titleInfo } from '../gazetteer/index.ts';
import { ORGANIZATION_HEAD_WORDS, ORGANIZATION_LEAD_WORDS } from '../gazetteer/data/organizations.ts';
import { BELIEF_ADJECTIVES, CALENDAR_WORDS, DEGREE_ADVERBS, FIELD_WORDS, FUNCTION_WORDS, GLUED_LEADING_WORDS, LOCATION_HEAD_WORDS, NOT_NAMES, PERSON_NOUNS } from './words.ts';
import { demonymOf } from './typing.ts';
import { organizationCue } from './context.ts';
import { officeBeforeName } from './office-names.ts';

// In a constant: a bundler may turn a Unicode-property literal into `new RegExp` at every call.
const LETTERS = /^\p{L}+$/u;

export function joinCutNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const lonePersonWords = wordsUsedAlone(doc);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let c = sorted[i]!;
    c = withoutLeadingNumber(doc, c);
    c = withoutDescription(doc, c);
    c = withLeadingOrdinal(doc, c, out[out.length - 1]);
    c = withLeadingNumberWord(doc, c, out[out.length - 1]);
    c = withChannelNumber(doc, c, sorted[i + 1]);
    c = withOpeningWord(doc, c, out[out.length - 1]);
    c = withArabicArticle(doc, c, out[out.length - 1]);
    const carried = withHyphenedParticle(doc, c, sorted[i + 1]);
    // the tagger may have given the particle's word a span of its own ("el-Sheikh" as MISC): it joins the name
    if (carried !== c && sorted[i + 1]?.start === c.end) i++;
    c = carried;
    const named = nameAfterTitles(doc, c, sorted[i + 1]);
    if (named === null) continue;
    c = named;
    c = withLeadingTitleWord(doc, c, out[out.length - 1], sorted[i + 1]);
    c = withOfficeHolder(doc, c, out[out.length - 1]);
    c = withDroppedGivenName(doc, c, out[out.length - 1], lonePersonWords);
    const particled = withNameParticles(doc, c, sorted[i + 1]);
    if (particled !== c && sorted[i + 1] && sorted[i + 1]!.start < particled.end) i++;
    c = particled;
    c = withLastSurname(doc, c, sorted[i + 1]);
    const surnamed = withArabicArticleSurname(doc, c, sorted[i + 1]);
    // (the tagger may have given the surname a span of its own, "al-Sudani" as MISC: it joins the person)
    if (surnamed !== c && sorted[i + 1]?.start === c.end) i++;
    c = surnamed;
    const suffixed = withGenerationSuffix(doc, c, sorted[i + 1]);
    // the tagger may have made the suffix a name of its own ("III" as an organisation): it joins the person
    if (suffixed !== c && sorted[i + 1]?.start === c.end) i++;
    c = suffixed;
    c = withListedBodyTail(doc, c, sorted[i + 1]);
    const widened = widenedBodyName(doc, c, out, sorted[i + 1]);
    if (widened.usedNext) i++;
    c = widened.candidate;
    const next = sorted[i + 1];
    const joined = joinAcrossAnd(doc, c, next) ?? joinAcrossFor(doc, c, next) ?? joinAcrossIn(doc, c, next) ?? joinAcrossParticle(doc, c, next) ?? joinAcrossRomancePhrase(doc, c, next) ?? joinAcrossCut(doc, c, next);
    if (joined) {
      out.push(joined.candidate);
      if (joined.usedNext) i++;
      // (the tagger's spans inside the joined name are used up by it: "Land" and "Sea Ports" of "... for Land and Sea Ports")
      while (sorted[i + 1] && sorted[i + 1]!.start > joined.candidate.start && sorted[i + 1]!.end <= joined.candidate.end) i++;
      continue;
    }
    out.push(c);
  }
  return joinBodiesOverPlaces(doc, out);
}

/**
 * A body's name that goes on over a place or another body after a joining word, read after the joins above (the name
 * before may itself be one they made):
 * - "Organization for Security and Co-operation in Europe", "Committee on Foreign Investment in the United States": a
 *   body's name with "for" or "on" after its first word, ending on a field's word, then "in" (and "the") and the
 *   tagger's place;
 * - "Court of Justice of the European Union": a body's name "<Head> of <Field>", then "of the" and the tagger's body.
 * (Not "Ministry of Finance in Kenya": a ministry's "of" names its portfolio, and the place is where it is.)
 */
function joinBodiesOverPlaces(doc: DocFacts, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!, next = cs[i + 1];
    if (c.label !== 'ORG' || !next || c.end - c.start < 3 || !sameSentence(doc, c.start, next.end - 1) || !FIELD_WORDS.has(doc.lower[c.end - 1]!)) { out.push(c); continue; }
    const inner = doc.lower.slice(c.start + 1, c.end - 1);
    const the = doc.lower[c.end + 1] === 'the' ? 1 : 0;
    if (doc.lower[c.end] === 'in' && next.start === c.end + 1 + the && next.label === 'LOC' && (inner.includes('for') || inner.includes('on'))
      && lookupPlace(spanOf(doc, next.start, next.end)).some((e) => e.type === 'country' || e.type === 'location' || e.type === 'region')) {
      out.push({ start: c.start, end: next.end, label: 'ORG', reason: `${c.reason}; the body's name goes on over "in ${spanOf(doc, c.end + 1, next.end)}"` });
      i++;
      continue;
    }
    if (doc.lower[c.end] === 'of' && the && next.start === c.end + 2 && next.label === 'ORG' && c.end - c.start === 3 && doc.lower[c.start + 1] === 'of'
      && ORGANIZATION_HEAD_WORDS.has(doc.lower[c.start]!) && doc.lower[c.start] !== 'ministry') {
      out.push({ start: c.start, end: next.end, label: 'ORG', reason: `${c.reason}; the body's name goes on over "of the ${spanOf(doc, next.start, next.end)}"` });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Words after a name used alone that make it someone's: a possessive, a verb of saying, a relative pronoun, "be". */
const PERSON_NAME_FOLLOWERS = new Set(["'s", '’s', 'said', 'says', 'told', 'added', 'wrote', 'who', 'was', 'is', 'has', 'had']);

/**
 * Capitalised words the article also writes alone, with no capitalised word before, never in lower case, and
 * followed by a possessive or a verb a person does ("Fiame's FAST party", "Fiame said"): a name someone is called by.
 */
function wordsUsedAlone(doc: DocFacts): Set<string> {
  const toks = doc.seg.tokens;
  const capitalisedWord = (k: number) => k >= 0 && k < toks.length && NAME_ONLY_WORD.test(toks[k]!.text);
  const alone = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    if (!capitalisedWord(k) || doc.lowerWords.has(doc.lower[k]!)) continue;
    const before = k > 0 && toks[k - 1]!.sentence === toks[k]!.sentence && capitalisedWord(k - 1);
    const next = k + 1 < toks.length && toks[k + 1]!.sentence === toks[k]!.sentence ? doc.lower[k + 1]! : '';
    if (!before && PERSON_NAME_FOLLOWERS.has(next)) alone.add(doc.lower[k]!);
  }
  return alone;
}

const sameSentence = (doc: DocFacts, a: number, b: number) => doc.seg.tokens[a]?.sentence === doc.seg.tokens[b]?.sentence;

/** First words of a body named after the office that heads it ("the Special Prosecutor's Office", "the Attorney General's Department"). */
const HELD_BODY_LEADS = new Set(['office', 'department', 'bureau', 'chambers']);

/**
 * "the [Special Prosecutor's] [Office Against Impunity]", "the Prime Minister's Office": a body's span opening with
 * "Office" or "Department" right after a possessive title the tagger left out is one name with it, when no span holds
 * the title (a title owns such a body; a person's name before the possessive is no part of it: "Smith's office").
 */
function withOfficeHolder(doc: DocFacts, c: Candidate, prev: Candidate | undefined): Candidate {
  if (c.label !== 'ORG' || !HELD_BODY_LEADS.has(doc.lower[c.start]!) || !/^['’]s$/.test(doc.seg.tokens[c.start - 1]?.text ?? '')) return c;
  const last = c.start - 2;
  if (last < 0 || !sameSentence(doc, last, c.start) || !doc.nameToken[last] || (prev && prev.end > last)) return c;
  const titleEnd = doc.seg.tokens[last]!.text;
  if (!mayEndTitle(titleEnd) || !titleInfo(titleEnd)) return c;
  let k = last;
  while (k - 1 >= 0 && k > last - 3 && sameSentence(doc, k - 1, last) && doc.nameToken[k - 1] && !(prev && prev.end > k - 1)
    && LETTERS.test(doc.seg.tokens[k - 1]!.text) && !FUNCTION_WORDS.has(doc.lower[k - 1]!) && !lookupPlace(doc.seg.tokens[k - 1]!.text).length) k--;
  // (the words before the title's last word are its own: "Special Prosecutor", "Prime Minister", "Attorney General")
  return { ...c, start: k, reason: `${c.reason}, with the office "${spanOf(doc, k, last + 1)}" that heads it` };
}

/**
 * "Director-General Tedros [Adhanom Ghebreyesus]": a person's span the tagger started one word late, between a
 * title and the name. The word before it is taken in when it is capitalised, no title, place, organisation or
 * nationality word, and right after a title.
 */
function withDroppedGivenName(doc: DocFacts, c: Candidate, prev: Candidate | undefined, lonePersonWords: ReadonlySet<string>): Candidate {
  if (c.label !== 'PER' || c.end - c.start < 2) return c;
  const w = c.start - 1, t = c.start - 2;
  // only right after a title or a possessive ("Congo's Therese [Kayikwamba Wagner]"): a sentence's first word
  // before a name is as often a descriptor ("Reliever Mark Acre")
  // ("[Luiz] Inacio Lula da Silva won": a sentence's first word before a name of three words or more, when it has no
  // shape of a role noun ("Midfielder", "Striker", "Activist"), is the first given name; before a name of two words
  // when the article calls someone by that word alone: "[Fiame] Naomi Mata'afa was sworn in ... Fiame's party")
  const longOrCalledSo = c.end - c.start >= 3 || (w >= 0 && lonePersonWords.has(doc.lower[w]!));
  if (w >= 0 && doc.initial.has(w) && longOrCalledSo && !(prev && prev.end > w) && NAME_ONLY_WORD.test(doc.seg.tokens[w]!.text)
    && !ROLE_NOUN_ENDING.test(doc.lower[w]!) && !mayEndTitle(doc.seg.tokens[w]!.text) && !lookupPlace(doc.seg.tokens[w]!.text).length
    && !lookupOrganization(doc.seg.tokens[w]!.text) && !demonymOf(doc.seg.tokens[w]!.text) && !doc.lowerWords.has(doc.lower[w]!)
    && !FUNCTION_WORDS.has(doc.lower[w]!) && !NOT_NAMES.has(doc.lower[w]!) && !CALENDAR_WORDS.has(doc.lower[w]!) && !PERSON_NOUNS.has(doc.lower[w]!)) {
    return { ...c, start: w, reason: `${c.reason}, with the sentence's first word before a long name (a given name)` };
  }
  if (t < 0 || !sameSentence(doc, t, c.start) || (prev && prev.end > w)) return c;
  const word = doc.seg.tokens[w]!.text, titleEnd = doc.seg.tokens[t]!.text;
  const afterPossessive = /^['’]s$/.test(titleEnd) && t > 0 && isCapitalised(doc.seg.tokens[t - 1]!.text);
  if (!LETTERS.test(word) || !isCapitalised(word) || mayEndTitle(word) || (!afterPossessive && (!mayEndTitle(titleEnd) || !titleInfo(titleEnd)))) return c;
  if (lookupPlace(word).length || lookupOrganization(word) || doc.lowerWords.has(doc.lower[w]!) || FUNCTION_WORDS.has(doc.lower[w]!) || NOT_NAMES.has(doc.lower[w]!) || CALENDAR_WORDS.has(doc.lower[w]!) || PERSON_NOUNS.has(doc.lower[w]!)) return c;
  return { ...c, start: w, reason: `${c.reason}, with the given name the tagger left between title and name` };
}

/**
 * "President Ratu Sir Kamisese Mara": a person's span made only of titles and honorifics ("Ratu") names no one;
 * the name is the capitalised words after them, honorifics skipped. Dropped when no name follows or when the
 * tagger's next span already holds it.
 */
function nameAfterTitles(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate | null {
  if (c.label !== 'PER') return c;
  const isTitleWord = (k: number) => LETTERS.test(doc.seg.tokens[k]!.text) && !!titleInfo(doc.seg.tokens[k]!.text) && mayEndTitle(doc.seg.tokens[k]!.text);
  for (let k = c.start; k < c.end; k++) if (!isTitleWord(k)) return c;
  let from = c.end;
  while (from < c.end + 3 && from < doc.seg.tokens.length && sameSentence(doc, c.start, from) && doc.nameToken[from] && isTitleWord(from)) from++;
  if (next && next.start <= from + 1 && next.start >= c.end) return null;
  const end = Math.min(capitalisedRunEnd(doc, from), from + 4);
  if (end <= from || !doc.seg.tokens.slice(from, end).every((t) => PERSON_WORD.test(t.text))) return null;
  return { ...c, start: from, end, reason: `${c.reason}, moved past the title${from - c.start > 1 ? 's' : ''} "${spanOf(doc, c.start, from)}" to the name after` };
}

/** A word of a person's name: capitalised, letters (and inner hyphens or apostrophes) only. */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** Head words of bodies named "<...> of <country or region>" ("Law Society of Kenya", "Chamber of Commerce of Peru"). */
const OF_PLACE_HEADS = new Set(['society', 'association', 'federation', 'confederation', 'institute', 'chamber', 'academy', 'college', 'union', 'council', 'church', 'bar',
  'authority', 'movement', 'party', 'commission', 'agency', 'front', 'alliance', 'congress', 'bank', 'corporation', 'board']);

/** Head words closing a body's name after a nationality word ("British Museum", "Danish Army", "Irish Times"). */
const NATIONAL_BODY_HEADS = new Set([...ORGANIZATION_HEAD_WORDS, 'museum', 'library', 'gallery', 'academy']);

/** Head words of bodies named "<...> on|for <field>" ("Intergovernmental Panel on Climate Change", "Centre for Economic Reform"). */
const ON_FOR_HEADS = new Set(['group', 'committee', 'commission', 'council', 'panel', 'forum', 'coalition', 'centre', 'center', 'institute', 'office', 'fund', 'alliance', 'campaign', 'foundation', 'agency', 'board', 'network']);
/** Joining words inside Spanish, Portuguese, French and Italian names ("Banco do Brasil", "Armadores del Atlantico"). */
const ROMANCE_JOINS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'des', 'di', 'della']);
/** Endings of role nouns ("Midfielder", "Governor", "Activist", "Historian", "Deputy"): no given name ends so here. */
const ROLE_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent|ee|ive|ary|ty|man|woman|ess|ion|ship)$/;
/** A capitalised word of letters only. */
const NAME_ONLY_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Head words a body's name may end on after a place's name ("Royal Solomon Islands Police Force"). */
const TAIL_HEAD_WORDS = new Set([...ORGANIZATION_HEAD_WORDS, 'force']);
/**
 * Common words of the generic part of a body named after a place ("Kenya Police", "Fiji Football Association",
 * "Ghana Air Force"): a run of such words after a place is part of its name. A proper name after the place
 * ("Havana Radio Reloj Network") is another name: the body is in the place, not named after it.
 */
const GENERIC_BODY_PARTS = new Set([...TAIL_HEAD_WORDS, ...FIELD_WORDS, 'air', 'coast', 'national', 'football', 'cricket', 'rugby', 'olympic',
  'fire', 'border', 'armed', 'stock', 'central', 'supreme', 'high', 'electoral', 'public', 'civil', 'federal', 'state', 'special', 'royal']);

/**
 * A body's name the tagger cut to the place or field inside it, widened to the whole name (an organisation):
 *   - "Organisation of [American States]": "of" and a body's lead word before the span;
 *   - "Norwegian Oil and [Gas Association]": a field, "and", and the capitalised words before, before a span that
 *     opens with a field (the "Oil and Gas" of a body's name);
 *   - "[Royal Solomon Islands] Police Force": capitalised words after a place's or body's name, ending on a body's
 *     head word, that no other span holds;
 *   - "[TAP] [Air Portugal]": two organisation spans with nothing between them.
 * Spans before the widened one that it covers (a nationality word) are dropped from `out`.
 */
function widenedBodyName(doc: DocFacts, c: Candidate, out: Candidate[], next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } {
  if (c.label !== 'LOC' && c.label !== 'ORG' && c.label !== 'MISC') return { candidate: c, usedNext: false };
  const toks = doc.seg.tokens;
  const prevEnd = out.length ? out[out.length - 1]!.end : -1;
  let start = c.start, end = c.end, usedNext = false;
  const why: string[] = [];
  // "Organisation of American States"
  if (c.label !== 'MISC' && doc.lower[c.start - 1] === 'of' && c.start - 2 >= 0 && sameSentence(doc, c.start - 2, c.start)
    && ORGANIZATION_LEAD_WORDS.has(doc.lower[c.start - 2]!) && isCapitalised(toks[c.start - 2]!.text) && prevEnd <= c.start - 2
    && !doc.capsHeadings.has(toks[c.start]!.sentence)) {
    start = c.start - 2;
    why.push(`"${toks[start]!.text} of" before it`);
  }
  // "the Council of the EU": a body's lead word and "of the" before the tagger's body (the body's own organ)
  if (!why.length && c.label === 'ORG' && doc.lower[c.start - 1] === 'the' && doc.lower[c.start - 2] === 'of' && c.start - 3 >= 0
    && sameSentence(doc, c.start - 3, c.start) && ORGANIZATION_LEAD_WORDS.has(doc.lower[c.start - 3]!) && isCapitalised(toks[c.start - 3]!.text)
    && prevEnd <= c.start - 3 && !doc.capsHeadings.has(toks[c.start]!.sentence)) {
    start = c.start - 3;
    why.push(`"${toks[start]!.text} of the" before it`);
  }
  // "Norwegian Oil and Gas Association"
  if (c.label === 'ORG' && FIELD_WORDS.has(doc.lower[c.start]!) && doc.lower[c.start - 1] === 'and' && c.start - 2 >= 0
    && sameSentence(doc, c.start - 2, c.start) && FIELD_WORDS.has(doc.lower[c.start - 2]!) && isCapitalised(toks[c.start - 2]!.text)) {
    let k = c.start - 2;
    while (k - 1 >= 0 && sameSentence(doc, k - 1, c.start) && doc.nameToken[k - 1] && !doc.initial.has(k) && !FUNCTION_WORDS.has(doc.lower[k - 1]!)) k--;
    while (out.length && out[out.length - 1]!.start >= k && out[out.length - 1]!.end <= c.start) out.pop();
    if (!out.length || out[out.length - 1]!.end <= k) {
      start = Math.min(start, k);
      why.push(`"${spanOf(doc, k, c.start)}" before it (a field and "and" inside the name)`);
    }
  }
  // "Royal Solomon Islands Police Force"
  if (c.label !== 'MISC' && doc.nameToken[c.end] && sameSentence(doc, c.start, c.end) && !(next && next.start === c.end && next.label !== 'ORG')) {
    const runEnd = Math.min(capitalisedRunEnd(doc, c.end), c.end + 3);
    const tagged = next && next.start === c.end ? next : undefined;
    if (!tagged && runEnd > c.end && TAIL_HEAD_WORDS.has(doc.lower[runEnd - 1]!) && capitalisedRunEnd(doc, c.end) === runEnd
      && toks.slice(c.end, runEnd).every((t, k) => LETTERS.test(t.text) && !titleInfo(t.text) && GENERIC_BODY_PARTS.has(doc.lower[c.end + k]!)) && (!next || next.start >= runEnd)) {
      end = runEnd;
      why.push(`"${spanOf(doc, c.end, runEnd)}" after it`);
    } else if (tagged && c.label === 'ORG' && tagged.label === 'ORG' && sameSentence(doc, c.start, tagged.end - 1) && !doc.capsHeadings.has(toks[c.start]!.sentence)) {
      end = tagged.end;
      usedNext = true;
      why.push(`the organisation "${spanOf(doc, tagged.start, tagged.end)}" right after it`);
    }
  }
  // "[Swiss] [International Air Lines]": a nationality word and a MISC name right after it ending in a body's head word,
  // both read as MISC, are one company's name (a nationality word before a body's own span stays apart: "Russian
  // [Foreign Ministry]")
  if (!why.length && c.label === 'MISC' && c.end - c.start === 1 && next && next.start === c.end && next.label === 'MISC' && next.end - next.start >= 2
    && sameSentence(doc, c.start, next.end - 1) && demonymOf(toks[c.start]!.text) && (ORGANIZATION_HEAD_WORDS.has(doc.lower[next.end - 1]!) || doc.lower[next.end - 1] === 'lines')) {
    end = next.end;
    usedNext = true;
    why.push(`the MISC name "${spanOf(doc, next.start, next.end)}" after its nationality word`);
  }
  // "The British Museum, which ...", "the Danish Army": a nationality word the tagger read alone before one or two
  // capitalised words that no span holds, ending on a body's head word, opens that body's name
  if (!why.length && c.label === 'MISC' && c.end - c.start === 1 && demonymOf(toks[c.start]!.text) && doc.nameToken[c.end] && sameSentence(doc, c.start, c.end)
    && !(next && next.start < c.end + 3)) {
    const runEnd = capitalisedRunEnd(doc, c.end);
    if (runEnd - c.end <= 2 && NATIONAL_BODY_HEADS.has(doc.lower[runEnd - 1]!) && toks.slice(c.end, runEnd).every((t) => LETTERS.test(t.text) && !titleInfo(t.text))
      && (!next || next.start >= runEnd)) {
      end = runEnd;
      why.push(`"${spanOf(doc, c.end, runEnd)}" after its nationality word`);
    }
  }
  // "the International Coordinating Group on Vaccine Provision": a body's head word, "on" or "for", and the organisation
  // span the tagger made of the rest
  if (!why.length && c.label === 'ORG' && ON_FOR_HEADS.has(doc.lower[c.end - 1]!) && /^(?:on|for)$/.test(doc.lower[c.end] ?? '') && next && next.start === c.end + 1
    && next.label === 'ORG' && sameSentence(doc, c.start, next.end - 1) && !lookupOrganization(spanOf(doc, next.start, next.end)) && !lookupPlace(spanOf(doc, next.start, next.end)).length) {
    end = next.end;
    usedNext = true;
    why.push(`"${toks[c.end]!.text} ${spanOf(doc, next.start, next.end)}" after it`);
  }
  // "Armadores del Atlantico": a capitalised word and a Romance joining word the tagger left out before its span
  const particle = doc.lower[c.start - 1] ?? '';
  if (!why.length && c.label === 'ORG' && ROMANCE_JOINS.has(particle) && c.start - 2 >= 0 && sameSentence(doc, c.start - 2, c.start) && prevEnd <= c.start - 2
    && NAME_ONLY_WORD.test(toks[c.start - 2]!.text) && !FUNCTION_WORDS.has(doc.lower[c.start - 2]!) && !doc.lowerWords.has(doc.lower[c.start - 2]!)
    && !lookupPlace(toks[c.start - 2]!.text).length && !titleInfo(toks[c.start - 2]!.text) && !doc.nameToken[c.start - 3]) {
    start = c.start - 2;
    why.push(`"${toks[start]!.text} ${toks[c.start - 1]!.text}" before it`);
  }
  // "The Law Society of Kenya": a body's head word, "of" and the tagger's one place, closing the name
  if (!why.length && c.label === 'ORG' && OF_PLACE_HEADS.has(doc.lower[c.end - 1]!) && doc.lower[c.end] === 'of' && next && next.start === c.end + 1
    && next.label === 'LOC' && sameSentence(doc, c.start, next.end - 1) && !doc.nameToken[next.end] && doc.lower[next.end] !== "'s"
    && lookupPlace(spanOf(doc, next.start, next.end)).some((e) => e.type === 'country' || e.type === 'region')) {
    end = next.end;
    usedNext = true;
    why.push(`"of ${spanOf(doc, next.start, next.end)}" after it`);
  }
  if (!why.length) return { candidate: c, usedNext: false };
  return { candidate: { start, end, label: 'ORG', reason: `${c.reason}; one body's name with ${why.join(' and ')}` }, usedNext };
}

/**
 * "an al Qaeda affiliate", "al Shabaab fighters": the Arabic article written apart and in lower case before a
 * name the tagger cut after it. Taken in when the name with it is one the gazetteers list.
 */
function withArabicArticle(doc: DocFacts, c: Candidate, previous: Candidate | undefined): Candidate {
  const a = c.start - 1;
  if (a < 0 || !/^(?:al|el)$/.test(doc.seg.tokens[a]!.text) || !sameSentence(doc, a, c.start) || (previous && previous.end > a)) return c;
  const text = spanOf(doc, a, c.end);
  const org = lookupOrganization(text);
  if (!org && !lookupPlace(text).length) return c;
  return { ...c, start: a, ...(org ? { label: 'ORG' as const } : {}), reason: `${c.reason}, with the article "${doc.seg.tokens[a]!.text}" of the listed name "${text}"` };
}

/** A hyphened Arabic particle that goes on with a name: "el-Sheikh" of "Sharm el-Sheikh", "al-Bayda". */
const HYPHENED_PARTICLE = /^(?:el|al|ad|an|ar|as|ash|at|az|ed|er|es|ez|ul|ud|ur|ibn|bin|bint|abu)-\p{Lu}\p{Ll}/u;
/**
 * "Sharm el-Sheikh", "Abdel Fattah al-Sisi": a name the tagger ended before a hyphened particle and the word it
 * carries (a person's only when it is two words or more: "Sisi al-..." is no given name).
 */
function withHyphenedParticle(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  const tok = doc.seg.tokens[c.end];
  if ((c.label === 'PER' && c.end - c.start < 2) || !tok || !sameSentence(doc, c.start, c.end) || !HYPHENED_PARTICLE.test(tok.text)
    || (next && next.start <= c.end && !(next.start === c.end && next.end === c.end + 1))) return c;
  return { ...c, end: c.end + 1, reason: `${c.reason}, with "${tok.text}" that goes on with the name` };
}

/**
 * Words of a description the tagger took into a name:
 *   - a belief adjective before a lower-case noun after the name: "the [Hamas Islamic] militant group" -> Hamas;
 *   - a nationality word after an adverb of degree: "the mainly [Indo-Fijian National Federation Party]" -> the party.
 */
function withoutDescription(doc: DocFacts, c: Candidate): Candidate {
  const last = c.end - 1;
  // (not before a surname opened by the Arabic article: "Mohammed Shia al-Sudani", where "Shia" is a given name)
  const after = doc.seg.tokens[c.end]?.text ?? '';
  if (c.end - c.start >= 2 && BELIEF_ADJECTIVES.has(doc.lower[last]!) && /^\p{Ll}/u.test(after) && !ARTICLE_SURNAME.test(after) && sameSentence(doc, last, c.end)) {
    return { ...c, end: last, reason: `${c.reason}, without the describing adjective "${doc.seg.tokens[last]!.text}"` };
  }
  // "the Marxist JVP", "the Islamist AKP": a belief adjective before a party's acronym describes it
  if (c.end - c.start === 2 && BELIEF_ADJECTIVES.has(doc.lower[c.start]!) && /^\p{Lu}{2,6}$/u.test(doc.seg.tokens[c.start + 1]!.text)) {
    return { ...c, start: c.start + 1, reason: `${c.reason}, without the describing adjective "${doc.seg.tokens[c.start]!.text}"` };
  }
  if (c.end - c.start >= 3 && DEGREE_ADVERBS.has(doc.lower[c.start - 1] ?? '') && demonymOf(doc.seg.tokens[c.start]!.text) && doc.nameToken[c.start + 1]) {
    return { ...c, start: c.start + 1, reason: `${c.reason}, without the nationality word "${doc.seg.tokens[c.start]!.text}" that "${doc.seg.tokens[c.start - 1]!.text}" describes` };
  }
  return c;
}

/**
 * "Athletics Kenya, the national federation,": a country's name the tagger took without the word opening the
 * sentence, described in apposition as a kind of organisation, is the body's name with that word.
 */
function withOpeningWord(doc: DocFacts, c: Candidate, previous: Candidate | undefined): Candidate {
  const w = c.start - 1;
  if (c.label !== 'LOC' || w < 0 || !doc.initial.has(w) || (previous && previous.end > w) || !sameSentence(doc, w, c.start)) return c;
  const word = doc.seg.tokens[w]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || FUNCTION_WORDS.has(doc.lower[w]!) || GLUED_LEADING_WORDS.has(doc.lower[w]!) || doc.lowerWords.has(doc.lower[w]!)
    || demonymOf(word) || lookupPlace(word).length || titleInfo(word) || CALENDAR_WORDS.has(doc.lower[w]!)) return c;
  if (!lookupPlace(spanOf(doc, c.start, c.end)).some((e) => e.type === 'country')) return c;
  if (!organizationCue(doc, c.start, c.end)?.apposition) return c;
  return { ...c, start: w, label: 'ORG', reason: `${c.reason}; "${word}" opening the sentence is part of the body's name described after it` };
}

/** Last words of broadcasters' and series' names that a number completes ("BBC Radio 4", "Channel 4", "Formula 1"). */
const NUMBERED_HEADS = new Set(['radio', 'channel', 'formula', 'tv', 'network']);
/** "BBC Radio 4": the number after a station's name belongs to it. */
function withChannelNumber(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  const tok = doc.seg.tokens[c.end];
  if (c.label !== 'ORG' || !tok || !NUMBERED_HEADS.has(doc.lower[c.end - 1]!) || !/^\d{1,2}$/.test(tok.text) || !sameSentence(doc, c.start, c.end) || (next && next.start <= c.end)) return c;
  return { ...c, end: c.end + 1, reason: `${c.reason}, with the number "${tok.text}" of the station` };
}

/** Ordinal words that open a place's or body's name ("Second Thomas Shoal", "First Republic Bank"). */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/**
 * "near the Second Thomas Shoal": a capitalised ordinal after "the", right before the tagger's span, opens the name
 * (the tagger reads it as a number word; a place or a body named "Thomas Shoal" alone would be a person's name).
 */
function withLeadingOrdinal(doc: DocFacts, c: Candidate, previous: Candidate | undefined): Candidate {
  const w = c.start - 1;
  if (w < 1 || doc.initial.has(w) || !ORDINAL_WORDS.has(doc.lower[w]!) || !isCapitalised(doc.seg.tokens[w]!.text) || doc.lower[w - 1] !== 'the'
    || !sameSentence(doc, w, c.start) || (previous && previous.end > w) || doc.capsHeadings.has(doc.seg.tokens[w]!.sentence)) return c;
  const head = doc.lower[c.end - 1]!;
  const label = c.label === 'PER' ? (LOCATION_HEAD_WORDS.has(head) ? 'LOC' : ORGANIZATION_HEAD_WORDS.has(head) ? 'ORG' : undefined) : c.label;
  if (!label || label === 'MISC') return c;
  return { ...c, start: w, label, reason: `${c.reason}; the ordinal "${doc.seg.tokens[w]!.text}" opens the name` };
}

/**
 * "merged with Three UK", "a stake in Two Sigma": a number word capitalised inside a sentence, right before the tagger's
 * span, opens the name (not after a capitalised word: "the Big Three", nor in a headline). A country or a person no
 * number opens: such a name is a company's ("Three UK", the operator's British arm).
 */
function withLeadingNumberWord(doc: DocFacts, c: Candidate, previous: Candidate | undefined): Candidate {
  const w = c.start - 1;
  if (w < 1 || !c.label || doc.initial.has(w) || !NUMBER_WORDS.has(doc.lower[w]!) || !isCapitalised(doc.seg.tokens[w]!.text)
    || isCapitalised(doc.seg.tokens[w - 1]!.text) || !sameSentence(doc, w, c.start) || (previous && previous.end > w)
    || doc.capsHeadings.has(doc.seg.tokens[w]!.sentence) || doc.titleCaseHeadings.has(doc.seg.tokens[w]!.sentence)) return c;
  const text = doc.seg.tokens.slice(c.start, c.end).map((t) => t.text).join(' ');
  const country = c.label === 'LOC' && lookupPlace(text).some((e) => e.type === 'country');
  const label = c.label === 'PER' || country ? 'ORG' : c.label;
  return { ...c, start: w, label, reason: `${c.reason}; the number word "${doc.seg.tokens[w]!.text}" opens the name${label !== c.label ? ' (a company\'s)' : ''}` };
}

/** Number words that open a sentence before a name ("Two Hezbollah fighters were killed"): never part of it. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands']);
function withoutLeadingNumber(doc: DocFacts, c: Candidate): Candidate {
  if (c.end - c.start < 2 || !NUMBER_WORDS.has(doc.lower[c.start]!)) return c;
  // ("the collapse of Three Arrows Capital", "Two Sigma": a number word capitalised inside a sentence opens a name)
  if (doc.nameToken[c.start] && !doc.initial.has(c.start)) return c;
  return { ...c, start: c.start + 1, reason: `${c.reason}, without the number word "${doc.seg.tokens[c.start]!.text}" before the name` };
}

/** Particles of Romance, Dutch, German and Arabic surnames ("Ramirez de la O", "van der Berg"). */
const NAME_PARTICLES = new Set(['de', 'la', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'e']);
/** "Rogelio Ramirez de la O": a person's name the tagger ended before its particles goes on to the capitalised word after them. */
function withNameParticles(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  if (c.label !== 'PER' || c.end - c.start < 2) return c;
  let k = c.end;
  while (k < c.end + 2 && NAME_PARTICLES.has(doc.seg.tokens[k]?.text ?? '') && sameSentence(doc, c.start, k)) k++;
  const last = doc.seg.tokens[k];
  if (k === c.end || !last || !sameSentence(doc, c.start, k) || !/^\p{Lu}[\p{Ll}]*$/u.test(last.text) || !doc.nameToken[k]) return c;
  if (next && next.start < k + 1 && !(next.start === k && next.end === k + 1)) return c;
  if (lookupPlace(last.text).length || lookupOrganization(last.text)) return c;
  return { ...c, end: k + 1, reason: `${c.reason}, with the surname's particles "${spanOf(doc, c.end, k)}"` };
}

/**
 * "senator [Maria Fernanda] Cabal of the ... party": a person's span the tagger ended one word early, before a last
 * capitalised word that is nothing else (no place, body, title, nationality, calendar or common word of the article)
 * and is followed by no other capitalised word.
 */
function withLastSurname(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  const k = c.end;
  const tok = doc.seg.tokens[k];
  if (c.label !== 'PER' || c.end - c.start < 2 || !tok || !sameSentence(doc, c.start, k) || !doc.nameToken[k] || doc.initial.has(k)) return c;
  if ((next && next.start <= k) || !PERSON_WORD.test(tok.text) || doc.nameToken[k + 1] && sameSentence(doc, k, k + 1)) return c;
  const w = doc.lower[k]!;
  if (doc.lowerWords.has(w) || FUNCTION_WORDS.has(w) || NOT_NAMES.has(w) || CALENDAR_WORDS.has(w) || PERSON_NOUNS.has(w) || titleInfo(tok.text)
    || lookupPlace(tok.text).length || lookupOrganization(tok.text) || demonymOf(tok.text)) return c;
  return { ...c, end: k + 1, reason: `${c.reason}, with the last name "${tok.text}" the tagger left out` };
}

/** A surname opened by the Arabic article and a hyphen ("al-Sudani", "el-Sissi", "as-Sadr"). */
const ARTICLE_SURNAME = /^(?:al|el|as|ash|ad|an|ar|az|at)-\p{Lu}\p{Ll}+$/u;

/**
 * "Prime Minister Mohammed Shia al-Sudani" read as a person "Mohammed Shia" and an adjective "al-Sudani": a surname
 * opened by the Arabic article right after a person's name of two words or more, untagged or read as MISC (the tagger
 * takes "al-Sudani" for a nationality word), is the person's last name.
 */
function withArabicArticleSurname(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  const k = c.end;
  const tok = doc.seg.tokens[k];
  if (c.label !== 'PER' || c.end - c.start < 2 || !tok || !sameSentence(doc, c.start, k) || !ARTICLE_SURNAME.test(tok.text)) return c;
  if (next && next.start <= k && !(next.start === k && next.end === k + 1 && next.label === 'MISC')) return c;
  if (doc.nameToken[k + 1] && sameSentence(doc, k, k + 1)) return c;
  return { ...c, end: k + 1, reason: `${c.reason}, with the last name "${tok.text}"` };
}

/** "Ferdinand Marcos Jr.", "John Smith III": a generation suffix right after a person's name is part of it. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
function withGenerationSuffix(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  if (c.label !== 'PER' || c.end - c.start < 2 || !sameSentence(doc, c.start, c.end)) return c;
  const tok = doc.seg.tokens[c.end];
  if (!tok || !GENERATION.test(tok.text) || (next && next.start <= c.end && !(next.start === c.end && next.end === c.end + 1))) return c;
  return { ...c, end: c.end + 1, reason: `${c.reason}, with the generation suffix "${tok.text}"` };
}

/** "General Electric": a capitalised single-word title right before an organisation or place name belongs to it. */
function withLeadingTitleWord(doc: DocFacts, c: Candidate, previous: Candidate | undefined, next?: Candidate): Candidate {
  const t = c.start - 1;
  if (t < 0 || !sameSentence(doc, t, c.start) || (previous && previous.end > t)) return c;
  const word = doc.seg.tokens[t]!.text;
  // in a line of capitals every word is capitalised: "TO COACH NICE" proves nothing
  if (!isCapitalised(word) || !mayEndTitle(word) || !LETTERS.test(word) || !titleInfo(word) || doc.capsHeadings.has(doc.seg.tokens[t]!.sentence)) return c;
  const last = doc.lower[c.end - 1]!;
  // "Deputy U.S. Ambassador X": the word opens the title after a place, not the place
  const after = doc.seg.tokens[c.end]?.text ?? '';
  if (c.label === 'LOC' && isCapitalised(after) && sameSentence(doc, c.start, c.end) && titleInfo(`${word} ${after}`)) return c;
  // "Senator JD Vance" with "JD Vance" tagged a body: a person's office before a person's name, not a word of a body's name
  if (c.label === 'ORG' && officeBeforeName(doc, t, c.end)) return { ...c, label: 'PER', reason: `${c.reason}; a person's name after the office "${word}"` };
  // "Armed Forces Minister Florence Parly" with "Florence" read as a town: a title, a given name the tagger read as a
  // place or a body, and a surname it left out are the person
  if ((c.label === 'ORG' || c.label === 'LOC') && surnameLeftOut(doc, c, next)) {
    return { start: c.start, end: c.end + 1, label: 'PER', reason: `${c.reason}; a name and a surname after the title "${word}": a person` };
  }
  if (c.label === 'ORG' || c.label === 'LOC') return { ...c, start: t, reason: `${c.reason}; title-like word "${word}" opens the name` };
  // "General Electric" tagged as a person "Electric" after the title "General": a name ending like a company's is one
  // (one word only: "Ambassador Robert Service" is a titled person whose surname is also a head word)
  if (c.label === 'PER' && c.end - c.start === 1 && (ORGANIZATION_HEAD_WORDS.has(last) || LOCATION_HEAD_WORDS.has(last))) {
    return { ...c, start: t, label: ORGANIZATION_HEAD_WORDS.has(last) ? 'ORG' : 'LOC', reason: `${c.reason}; "${word} ${doc.seg.tokens[c.start]!.text}..." ends like an ${ORGANIZATION_HEAD_WORDS.has(last) ? 'organisation' : 'place'}, the title-like word opens it` };
  }
  return c;
}

/** A word of a person's name ("Florence", "Parly"). */
const GIVEN_OR_SURNAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * Does a one-word span c stand before one capitalised word the tagger left out that may be a surname (no title, known
 * place or body, head word of a body or a place, and no name after it), c itself of a name's shape and no country?
 */
function surnameLeftOut(doc: DocFacts, c: Candidate, next: Candidate | undefined): boolean {
  const s = c.end;
  if (c.end - c.start !== 1 || (next && next.start <= s) || !sameSentence(doc, c.start, s) || doc.nameToken[s + 1]) return false;
  const given = doc.seg.tokens[c.start]!.text, surname = doc.seg.tokens[s]?.text ?? '';
  if (!GIVEN_OR_SURNAME.test(given) || !GIVEN_OR_SURNAME.test(surname) || doc.initial.has(s)) return false;
  if (lookupPlace(given).some((e) => e.type === 'country' || e.type === 'region') || lookupOrganization(given) || demonymOf(given)) return false;
  const low = doc.lower[s]!;
  return !titleInfo(surname) && !lookupPlace(surname).length && !lookupOrganization(surname) && !demonymOf(surname)
    && !ORGANIZATION_HEAD_WORDS.has(low) && !LOCATION_HEAD_WORDS.has(low) && !CALENDAR_WORDS.has(low) && !FUNCTION_WORDS.has(low);
}

/**
 * "militants linked to al Qaeda and [Islamic] State": a span and the capitalised words the tagger left out after it,
 * which together are an organisation the gazetteer lists by that very name, are that organisation.
 */
function withListedBodyTail(doc: DocFacts, c: Candidate, next: Candidate | undefined): Candidate {
  if (c.label === 'PER' || !doc.nameToken[c.end] || !sameSentence(doc, c.start, c.end) || (next && next.start <= c.end)) return c;
  let end = c.end;
  while (end < c.end + 3 && doc.nameToken[end] && sameSentence(doc, c.start, end) && !(next && next.start <= end)) end++;
  for (let e = end; e > c.end; e--) {
    const text = spanOf(doc, c.start, e);
    const listed = lookupOrganization(text);
    if (listed && listed.name.toLowerCase() === text.toLowerCase()) return { start: c.start, end: e, label: 'ORG', reason: `${c.reason}; with "${spanOf(doc, c.end, e)}" the name of a listed organisation` };
  }
  return c;
}

/** End (exclusive) of the run of capitalised tokens from i in the sentence. */
function capitalisedRunEnd(doc: DocFacts, i: number): number {
  let j = i;
  while (j < doc.seg.tokens.length && sameSentence(doc, i, j) && doc.nameToken[j]) j++;
  return j;
}

/** First words of bodies named for a cause ("Alliance for Progress", "Movement for Democratic Change", "Centre for ..."). */
const FOR_LEAD_WORDS = new Set(['alliance', 'movement', 'coalition', 'centre', 'center', 'foundation', 'fund', 'campaign', 'society', 'commission', 'committee', 'agency', 'front', 'alliance', 'council', 'institute', 'union', 'network', 'forum', 'partnership',
  // ("Democratic Party for the People", "Confederation for Independent Poland", "Office for National Statistics")
  'party', 'confederation', 'federation', 'association', 'office', 'organisation', 'organization',
  // ("National League for Democracy", "General Authority for Land and Sea Ports")
  'league', 'authority']);

/** Last words of bodies named for what they do with "to" ("Committee to Protect Journalists", "Campaign to Stop Killer Robots"). */
const TO_HEADS = new Set(['committee', 'campaign', 'coalition', 'movement', 'alliance', 'fund', 'foundation', 'council', 'commission', 'initiative', 'project', 'network']);

/**
 * Head words of armed or political bodies named after the country they act in ("Islamic Resistance in Iraq", "Islamic
 * Movement in Nigeria"): not "Party" or "Church", whose "in <country>" is as often a branch or a place said of them.
 */
const IN_COUNTRY_HEADS = new Set(['resistance', 'movement', 'front']);

/**
 * "Court of Arbitration for Sport", "Institute for Fiscal Studies": a body's name goes on after "for" when it opens
 * with a body's lead word and the tagger cut it there; not before a place ("the Commission for Ukraine" is two).
 */
function joinAcrossFor(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  const joiner = doc.lower[c.end];
  // ("Committee to Protect Journalists", "Coalition against Hunger": "to" and "against" after a body's last word)
  if (joiner === 'to' || joiner === 'against') return joinAcrossPurpose(doc, c, next);
  // ("National Council for the Defence of Democracy": the lead word may close the first part, and "the" follow "for")
  const lead = ORGANIZATION_LEAD_WORDS.has(doc.lower[c.start]!) || FOR_LEAD_WORDS.has(doc.lower[c.start]!) || FOR_LEAD_WORDS.has(doc.lower[c.end - 1]!);
  // ("Centre for European Reform": the tagger may read a lone lead word as a place)
  const loneLead = c.label === 'LOC' && c.end - c.start === 1 && FOR_LEAD_WORDS.has(doc.lower[c.start]!);
  if ((c.label !== 'ORG' && c.label !== 'MISC' && !loneLead) || !lead || joiner !== 'for') return undefined;
  const from = doc.lower[c.end + 1] === 'the' ? c.end + 2 : c.end + 1;
  // the part after "for": the tagger's next span, or the capitalised run there ("Centre for European Reform")
  const tagged = next && next.start === from && sameSentence(doc, c.start, next.start) && (next.label === 'ORG' || next.label === 'MISC') ? next : undefined;
  let end = tagged ? Math.max(tagged.end, capitalisedRunEnd(doc, from)) : doc.nameToken[from] && sameSentence(doc, c.start, from) ? capitalisedRunEnd(doc, from) : from;
  if (end <= from) return undefined;
  // ("Authority for Land and Sea Ports", "Ministry for Europe and Foreign Affairs": "and" and capitalised words go on
  // with the part after "for" when a comma, a full stop or a bracket closes them)
  if ((doc.lower[end] === 'and' || doc.lower[end] === '&') && doc.nameToken[end + 1] && sameSentence(doc, c.start, end + 1) && !doc.initial.has(end + 1)) {
    // (not places or bodies of their own on either side: "the Commission for Ukraine and Moldova" is for two countries)
    const more = capitalisedRunEnd(doc, end + 1);
    const known = (a: number, b: number) => lookupPlace(spanOf(doc, a, b)).length > 0 || !!lookupOrganization(spanOf(doc, a, b));
    if (more - from <= 6 && /^[,.;:()]$/.test(doc.seg.tokens[more]?.text ?? '.') && !known(from, end) && !known(end + 1, more)) end = more;
  }
  const text = spanOf(doc, from, end);
  if (lookupPlace(text).length || lookupOrganization(text)) return undefined;
  // (a span of the tagger's inside the joined name is used up by it, whatever its label)
  const inside = !!next && next.start >= from && next.end <= end;
  return { candidate: { start: c.start, end, label: 'ORG', reason: `${c.reason}; the body's name goes on after "for"` }, usedNext: inside };
}

/**
 * "Committee to Protect Journalists", "Coalition against Hunger": a body's name cut before "to" or "against" goes on over
 * the capitalised words after it that the tagger left out, when the span ends on a body's head word, the words are no
 * name of their own (no place, body or nationality word, no span of the tagger's) and, after "to", two or more (a verb
 * and its object: "the Committee to Berlin" is no name).
 */
function joinAcrossPurpose(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  const joiner = doc.lower[c.end]!;
  const heads = joiner === 'to' ? TO_HEADS : FOR_LEAD_WORDS;
  if ((c.label !== 'ORG' && c.label !== 'MISC') || !heads.has(doc.lower[c.end - 1]!)) return undefined;
  const from = c.end + 1;
  if (!sameSentence(doc, c.start, from) || !doc.nameToken[from] || doc.initial.has(from)) return undefined;
  const end = capitalisedRunEnd(doc, from);
  if (end - from < (joiner === 'to' ? 2 : 1) || end - from > 4 || (next && next.start < end)) return undefined;
  const toks = doc.seg.tokens;
  if (!toks.slice(from, end).every((t) => LETTERS.test(t.text))) return undefined;
  const text = spanOf(doc, from, end);
  if (lookupPlace(text).length || lookupOrganization(text) || lookupPlace(toks[from]!.text).length || demonymOf(toks[from]!.text)) return undefined;
  return { candidate: { start: c.start, end, label: 'ORG', reason: `${c.reason}; the body's name goes on after "${toks[c.end]!.text}"` }, usedNext: false };
}

/**
 * "The Islamic Resistance in Iraq": a name ending on the head word of an armed or political body ("Resistance",
 * "Movement", "Front"; the head may be a capitalised word the tagger left out after its span), then "in" and the
 * tagger's one country or region closing the sentence's name, is one body's name: the place is part of it.
 */
function joinAcrossIn(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  if (c.label !== 'ORG' && c.label !== 'MISC' && c.label !== 'LOC') return undefined;
  const toks = doc.seg.tokens;
  // the head word inside the span, or one capitalised word right after it that no span holds
  let headEnd = c.end;
  if (!IN_COUNTRY_HEADS.has(doc.lower[c.end - 1]!)) {
    if (!IN_COUNTRY_HEADS.has(doc.lower[c.end] ?? '') || !doc.nameToken[c.end] || !sameSentence(doc, c.start, c.end) || (next && next.start <= c.end)) return undefined;
    headEnd = c.end + 1;
  }
  if (doc.lower[headEnd] !== 'in' || !next || next.start !== headEnd + 1 || next.label !== 'LOC' || !sameSentence(doc, c.start, next.end - 1)) return undefined;
  if (doc.nameToken[next.end] || doc.lower[next.end] === "'s" || doc.lower[next.end] === '’s') return undefined;
  const place = spanOf(doc, next.start, next.end);
  if (!lookupPlace(place).some((e) => e.type === 'country' || e.type === 'region')) return undefined;
  return { candidate: { start: c.start, end: next.end, label: 'ORG', reason: `${c.reason}; one body's name with "${spanOf(doc, c.end, headEnd + 1)} ${place}" after it` }, usedNext: true };
}

/** Words joining the parts of one name: a patronymic ("Tamim bin Hamad"), a Romance "of" ("Observatorio do Clima"). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'ould']);
/** The Arabic words for son and daughter of, which only join a person's names. */
const ARABIC_PATRONYMIC = new Set(['bin', 'ibn', 'bint']);
const ROMANCE_OF = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des']);

/**
 * A name the tagger cut at a joining word: "Sheikh [Tamim] bin [Hamad Al Thani]" is one person (two person spans
 * across a patronymic), "[Observatorio] do [Clima]", "[Banco] do [Brasil]" one body (an organisation span, a Romance
 * "of", and the tagger's next span or capitalised run right after it).
 */
function joinAcrossParticle(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  const word = doc.seg.tokens[c.end]?.text ?? '';
  const from = c.end + 1;
  if (!sameSentence(doc, c.start, from) || !doc.nameToken[from]) return undefined;
  const tagged = next && next.start === from ? next : undefined;
  if (c.label === 'PER' && PATRONYMIC.has(word) && tagged?.label === 'PER') {
    return { candidate: { start: c.start, end: tagged.end, label: 'PER', reason: `${c.reason}; one person's name across "${word}"` }, usedNext: true };
  }
  // "Crown Prince [Mohammed] bin [Salman]" with the father's name read as a place, a body or nothing: "bin", "ibn",
  // "bint" (son, daughter of) say the name after them is the same person's
  if (c.label === 'PER' && ARABIC_PATRONYMIC.has(word) && (!next || next.start >= from)) {
    const end = tagged ? Math.max(tagged.end, capitalisedRunEnd(doc, from)) : capitalisedRunEnd(doc, from);
    if (end > from && !(next && !tagged && next.start < end)) {
      return { candidate: { start: c.start, end, label: 'PER', reason: `${c.reason}; one person's name across "${word}"` }, usedNext: !!tagged };
    }
  }
  // "[Van] der [Bellen] then asked": a one-word span, a surname's particle and a tagger person are one person's surname
  // when the article writes the same words after a given name elsewhere ("Alexander Van der Bellen")
  if (c.end - c.start === 1 && c.label !== 'PER' && SURNAME_PARTICLES.has(word) && tagged?.label === 'PER' && tagged.end - tagged.start === 1
    && namedAfterGivenName(doc, c.start, tagged.end)) {
    return { candidate: { start: c.start, end: tagged.end, label: 'PER', reason: `${c.reason}; one person's surname across "${word}", written after a given name elsewhere` }, usedNext: true };
  }
  if (c.label === 'ORG' && ROMANCE_OF.has(word) && (!next || next.start >= from)) {
    const end = tagged ? Math.max(tagged.end, capitalisedRunEnd(doc, from)) : capitalisedRunEnd(doc, from);
    if (next && !tagged && next.start < end) return undefined;
    return { candidate: { start: c.start, end, label: 'ORG', reason: `${c.reason}; one body's name across "${word}"` }, usedNext: !!tagged };
  }
  return undefined;
}

/** Lower-case particles inside a surname ("Van der Bellen", "De la Cruz"). */
const SURNAME_PARTICLES = new Set(['der', 'den', 'de', 'la', 'von', 'van', 'da', 'di', 'du', 'le', 'del']);

/** Do the tokens [start, end) stand elsewhere in the article right after a capitalised name word (a given name)? */
function namedAfterGivenName(doc: DocFacts, start: number, end: number): boolean {
  const toks = doc.seg.tokens;
  const n = end - start;
  for (let k = 1; k + n <= toks.length; k++) {
    if (k === start || toks[k]!.text !== toks[start]!.text || !doc.nameToken[k - 1] || toks[k - 1]!.sentence !== toks[k]!.sentence) continue;
    let same = true;
    for (let j = 1; j < n && same; j++) same = toks[k + j]!.text === toks[start + j]!.text;
    if (same) return true;
  }
  return false;
}

/**
 * "[Caisse] de depot et placement du [Quebec]", "[Banco] de la Nacion del [Peru]"-like names: a body's or an adjective's
 * span of one capitalised word, then two to six lower-case words that open and close on a Romance "of" ("de", "du",
 * "del"...), then the tagger's next span: one body's name in a language that writes its inner words in lower case.
 * (English writes no "de" inside a sentence; a person's span never opens such a name.)
 */
function joinAcrossRomancePhrase(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  if ((c.label !== 'ORG' && c.label !== 'MISC') || c.end - c.start !== 1 || !next || !ROMANCE_OF.has(doc.seg.tokens[c.end]?.text ?? '')) return undefined;
  const gap = next.start - c.end;
  if (gap < 2 || gap > 6 || next.label === 'PER' || !sameSentence(doc, c.start, next.end - 1) || !ROMANCE_OF.has(doc.seg.tokens[next.start - 1]!.text)) return undefined;
  for (let k = c.end; k < next.start; k++) if (!/^\p{Ll}+$/u.test(doc.seg.tokens[k]!.text) || ENGLISH_INNER_WORDS.has(doc.lower[k]!)) return undefined;
  return { candidate: { start: c.start, end: next.end, label: 'ORG', reason: `${c.reason}; one body's name across "${spanOf(doc, c.end, next.start)}"` }, usedNext: true };
}

/**
 * One body's name the tagger cut in two: "[University of the] [South Pacific]" (a body's span ending on "of", "the" or
 * "for", and the tagger's next span right after it), "[Senate] Foreign Relations [Committee]" (a body's span, one to
 * three capitalised words it left out, and a body's head word it read as a body of its own).
 */
function joinAcrossCut(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  if (c.label !== 'ORG' || !next || next.label === 'PER' || !sameSentence(doc, c.start, next.end - 1)) return undefined;
  const last = doc.lower[c.end - 1]!;
  if (next.start === c.end && c.end - c.start >= 2 && /^(?:of|the|for)$/.test(last) && ORGANIZATION_HEAD_WORDS.has(doc.lower[c.start]!)) {
    return { candidate: { start: c.start, end: next.end, label: 'ORG', reason: `${c.reason}; the body's name goes on after "${doc.seg.tokens[c.end - 1]!.text}"` }, usedNext: true };
  }
  const gap = next.start - c.end;
  if (gap < 1 || gap > 3 || next.label !== 'ORG' || next.end - next.start !== 1 || !BODY_PART_HEADS.has(doc.lower[next.start]!)) return undefined;
  for (let k = c.end; k < next.start; k++) {
    const w = doc.seg.tokens[k]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || doc.initial.has(k) || lookupPlace(w).length || demonymOf(w) || lookupOrganization(w)) return undefined;
  }
  return { candidate: { start: c.start, end: next.end, label: 'ORG', reason: `${c.reason}; one body's name over "${spanOf(doc, c.end, next.end)}"` }, usedNext: true };
}

/** Head words of a body's part named after its parent and its field ("Senate Foreign Relations Committee"). */
const BODY_PART_HEADS = new Set(['committee', 'subcommittee', 'commission', 'council', 'caucus', 'panel', 'board', 'division', 'department', 'office', 'bureau']);

/** English words that may stand between two names in a sentence: no inner word of a Romance name. */
const ENGLISH_INNER_WORDS = new Set(['and', 'or', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'a', 'an', 'is', 'was', 'said', 'says', 'not', 'but', 'that', 'which']);

/** Head words of political bodies named for ideals ("Party of Unity and Progress", "Movement for Justice and Equality"). */
const IDEAL_BODY_HEADS = new Set(['party', 'movement', 'union', 'rally', 'front', 'alliance', 'congress', 'convention', 'coalition']);

function joinAcrossAnd(doc: DocFacts, c: Candidate, next: Candidate | undefined): { candidate: Candidate; usedNext: boolean } | undefined {
  if (c.label !== 'ORG' && c.label !== undefined && !(next && next.label === 'ORG')) return undefined;
  const toks = doc.seg.tokens;
  const and = c.end;
  if (toks[and]?.text !== 'and' || !sameSentence(doc, c.start, and + 1) || !doc.nameToken[and + 1]) return undefined;
  const before = doc.lower[c.end - 1]!;
  const after = doc.lower[and + 1]!;
  const nextHere = next && next.start === and + 1 ? next : undefined;
  const end = nextHere ? Math.max(nextHere.end, capitalisedRunEnd(doc, and + 1)) : capitalisedRunEnd(doc, and + 1);
  // "Ministry of Trade and Industry", "Oil and Gas Authority"
  if (FIELD_WORDS.has(before) && FIELD_WORDS.has(after)) {
    const lastWord = doc.lower[end - 1]!;
    const ofBefore = c.end - c.start >= 3 && doc.lower[c.end - 2] === 'of';
    const headAfter = ORGANIZATION_HEAD_WORDS.has(lastWord);
    if ((ofBefore || headAfter) && (c.label === 'ORG' || nextHere?.label === 'ORG' || headAfter)) {
      return { candidate: { start: c.start, end, label: 'ORG', reason: `${c.reason}; "${toks[c.end - 1]!.text} and ${toks[and + 1]!.text}" inside one body's name` }, usedNext: !!nextHere };
    }
  }
  // "Party of Unity and Progress", "Movement for Justice and Development": a political body named for two ideals, the
  // second a word no place or body is and the article writes nowhere else
  if (c.label === 'ORG' && c.end - c.start === 3 && IDEAL_BODY_HEADS.has(doc.lower[c.start]!) && /^(?:of|for)$/.test(doc.lower[c.start + 1]!)
    && end === and + 2 && !lookupPlace(toks[c.start + 2]!.text).length && !lookupPlace(toks[and + 1]!.text).length && !lookupOrganization(toks[and + 1]!.text)
    && toks.filter((t) => t.text === toks[and + 1]!.text).length === 1) {
    return { candidate: { start: c.start, end, label: 'ORG', reason: `${c.reason}; "${spanOf(doc, c.start, end)}" read as one body named for two ideals` }, usedNext: !!nextHere };
  }
  // "Bank of Tokyo and Mitsubishi"
  if (c.label === 'ORG' && c.end - c.start === 3 && ORGANIZATION_LEAD_WORDS.has(doc.lower[c.start]!) && doc.lower[c.start + 1] === 'of'
    && lookupPlace(toks[c.start + 2]!.text).length && end === and + 2) {
    const word = toks[and + 1]!.text;
    const listBefore = c.start > 0 && toks[c.start - 1]!.text === ',';
    const listAfter = /^(,|and|or)$/.test(toks[end]?.text ?? '');
    let uses = 0;
    for (const t of toks) if (t.text === word) uses++;
    if (!listBefore && !listAfter && uses === 1 && !lookupPlace(word).length && !lookupOrganization(word)) {
      return { candidate: { start: c.start, end, label: 'ORG', reason: `${c.reason}; "${spanOf(doc, c.start, end)}" read as one bank's or body's name (the second name is used nowhere else)` }, usedNext: !!nextHere };
    }
  }
  return undefined;
}

function spanOf(doc: DocFacts, start: number, end: number): string {
  return doc.seg.article.text.slice(doc.seg.tokens[start]!.start, doc.seg.tokens[end - 1]!.end);
}
