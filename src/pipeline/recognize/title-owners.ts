// The body a title belongs to, written right before it: "Catalent chief executive
// Alessandro Maselli", "Marathon Oil CEO Lee Tillman", "Labour leader Keir Starmer".
// The tagger finds the person and often misses the name in front of the title,
// which is exactly the name a role relation needs. A run of capitalised words that
// ends right before the title of a recognised person, and that no mention covers,
// is taken when the gazetteers know it (a place: "Texas Governor Greg Abbott") or
// the article names the organisation elsewhere (or it is an acronym): capitalised
// words before a title are as often part of it ("Press Secretary", "District
// Judge"). Words capitalised only by position ("The", "Former") are not names.
import { lookupOrganization, lookupPlace, mayEndTitle, nameKey } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import { titleBefore } from './context.ts';
import type { TypedMention } from './typing.ts';
import { demonymOf, spanString, typePlace } from './typing.ts';
import { APPOSITION_ORGANIZATION_KINDS, CALENDAR_WORDS, FUNCTION_WORDS, GROUP_IDENTITY_WORDS, NOT_NAMES } from './words.ts';

/** A single word shaped like an adjective of origin or kind ("Kurdish", "Zairean", "Chechen", "Democratic"). */
const ADJECTIVE = /(?:an|ean|ian|ish|ese|ic|en)$/;
/** An acronym of two to six capitals ("WHO", "NATO", "IMF"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** "Moscow-backed", "Dublin-born": a name joined to a lower-case word is an adjective. */
const LOWER_COMPOUND = /-\p{Ll}+$/u;

/** Longest name taken before a title, in tokens. */
const MAX_OWNER_WORDS = 4;

export function titleOwnerMentions(doc: DocFacts, typed: readonly TypedMention[]): TypedMention[] {
  const toks = doc.seg.tokens;
  const covered = new Uint8Array(toks.length);
  for (const m of typed) covered.fill(1, m.tokenStart, m.tokenEnd);
  // names the article uses elsewhere (whatever the tagger took them for), and first words of organisations
  // ("Cisco" of "Cisco Systems"); and capitalised runs it writes mid-sentence without a title after them
  const organizations = new Set<string>();
  for (const m of typed) {
    const key = nameKey(m.text);
    organizations.add(key);
    if (m.type === 'organization') organizations.add(key.split(' ')[0]!);
  }
  for (const key of bareNames(doc)) organizations.add(key);
  const out: TypedMention[] = [];
  for (const m of typed) {
    if (m.type !== 'person' || doc.capsHeadings.has(m.sentence)) continue;
    const title = titleBefore(doc, m.tokenStart);
    if (!title) continue;
    const end = title.start;
    let start = end;
    const sentenceStart = doc.seg.sentences[toks[m.tokenStart]!.sentence]!.tokenStart;
    while (start > sentenceStart && end - start < MAX_OWNER_WORDS && doc.nameToken[start - 1] && !covered[start - 1] && isNameWord(doc, start - 1)) start--;
    if (start === end) continue;
    const text = spanString(doc, start, end);
    // nationality words ("German Chancellor") are read by the typing of the title's own run; other adjectives
    // ("Kurdish leader", "Democratic President", "Moscow-backed leader", "Dublin-born director") name no body
    if (demonymOf(text) || (end - start === 1 && ADJECTIVE.test(text)) || LOWER_COMPOUND.test(text) || GROUP_IDENTITY_WORDS.has(text.toLowerCase())) continue;
    const candidate = { start, end, reason: `name before the title "${title.title}" of ${m.text}` };
    const places = lookupPlace(text);
    const listed = lookupOrganization(text);
    // only a name the article or the gazetteers confirm: capitalised words before a title are as often part of it
    // ("Press Secretary", "District Judge", "Socialist Prime Minister")
    const key = nameKey(text);
    if (!places.length && !listed && !organizations.has(key) && !ACRONYM.test(text)) continue;
    const mention: TypedMention = places.length && !listed
      ? typePlace(doc, candidate, places, candidate.reason)
      : {
        start: toks[start]!.start, end: toks[end - 1]!.end, text: doc.seg.article.text.slice(toks[start]!.start, toks[end - 1]!.end),
        type: 'organization', sentence: toks[start]!.sentence, reason: candidate.reason, tokenStart: start, tokenEnd: end,
        ...(listed ? { gazetteerId: listed.id } : {}),
      };
    covered.fill(1, start, end);
    out.push(mention);
  }
  return out;
}

/**
 * Single capitalised words not followed by another capitalised word or a title: written mid-sentence ("buy
 * Catalent,"), or opening a sentence when the article never writes the word in lower case ("Arsenal have ...").
 */
function bareNames(doc: DocFacts): Set<string> {
  const toks = doc.seg.tokens;
  const out = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!doc.nameToken[i] || doc.nameToken[i + 1]) continue;
    // at a sentence's start only a word the article never writes in lower case ("Arsenal have signed ...")
    const initial = i === 0 || toks[i - 1]!.sentence !== toks[i]!.sentence || doc.initial.has(i);
    if (initial ? doc.lowerWords.has(doc.lower[i]!) : doc.nameToken[i - 1]) continue;
    if (doc.capsHeadings.has(toks[i]!.sentence)) continue;
    if (!isNameWord(doc, i) || mayEndTitle(toks[i + 1]!.text)) continue;
    out.add(nameKey(toks[i]!.text));
  }
  return out;
}

/** A capitalised word that can be part of a name here (not forced by position, not a calendar or common word). */
function isNameWord(doc: DocFacts, i: number): boolean {
  const w = doc.lower[i]!;
  // an acronym may spell a function word ("WHO Director-General ...")
  if (ACRONYM.test(doc.seg.tokens[i]!.text) && !mayEndTitle(doc.seg.tokens[i]!.text)) return true;
  if (FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w) || NOT_NAMES.has(w) || mayEndTitle(doc.seg.tokens[i]!.text)) return false;
  return !(doc.initial.has(i) && doc.lowerWords.has(w));
}

/** Titles held in a body that its name is written before ("Betis president X", "Wagner mercenary chief X"). */
const BODY_OFFICES = new Set(['president', 'chief', 'chief executive', 'chair', 'coach', 'founder', 'owner', 'manager', 'director', 'leader']);
/** Lower-case words for a kind of armed or sporting body, between its name and the title ("mercenary chief"). */
const BODY_KIND_ADJECTIVES = new Set(['mercenary', 'militia', 'rebel', 'militant', 'paramilitary', 'football', 'soccer', 'basketball', 'cycling']);

/**
 * A one-word name the tagger read as a person, written right before a body's office and the person who holds it, is the body:
 * "Wagner mercenary chief Yevgeny Prigozhin", "Betis president X" ([name] [kind of body]? [office] [person]). Not a
 * name that has a title of its own, nor a word of a longer person's name of the article ("Dole campaign manager X"
 * after "Bob Dole"), nor before an office people hold for people ("Putin spokesman X", "X chief of staff").
 */
export function retypeOwnersOfOffices(doc: DocFacts, typed: TypedMention[]): void {
  const toks = doc.seg.tokens;
  const byEnd = new Map<number, TypedMention>();
  for (const m of typed) byEnd.set(m.tokenEnd, m);
  const personWords = new Set<string>();
  for (const m of typed) if (m.type === 'person' && m.tokenEnd - m.tokenStart > 1) for (const w of m.text.split(/\s+/)) personWords.add(w.toLowerCase());
  for (const m of typed) {
    if (m.type !== 'person' || doc.capsHeadings.has(m.sentence)) continue;
    const title = titleBefore(doc, m.tokenStart);
    if (!title || !BODY_OFFICES.has(title.title)) continue;
    let end = title.start;
    while (end > 0 && title.start - end < 2 && toks[end - 1]!.sentence === m.sentence && (BODY_KIND_ADJECTIVES.has(doc.lower[end - 1]!)
      || (APPOSITION_ORGANIZATION_KINDS.has(doc.lower[end - 1]!) && !doc.nameToken[end - 1]))) end--;
    const owner = byEnd.get(end);
    if (!owner || owner === m || owner.type !== 'person' || owner.title || owner.sentence !== m.sentence) continue;
    // (one word only: a person's full name before an office is as often its holder's patron, "Donald Trump adviser")
    if (owner.tokenEnd - owner.tokenStart !== 1 || personWords.has(owner.text.toLowerCase())) continue;
    owner.type = 'organization';
    owner.reason = `${owner.reason}; named before the office "${title.title}" of ${m.text}: the body`;
  }
}
