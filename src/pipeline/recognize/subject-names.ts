// A one-word name opening a sentence that the tagger left out: "Harrington taught at Harvard",
// "Sirhan was convicted of ...". At a sentence's start a capital proves nothing, and a surname
// the tagger has never seen gets no label there. The parse says what the word is: a proper noun
// that is the subject of the sentence's verb is someone's (or something's) name. Only words
// that are no common word of the article, no place, body, nationality, title or calendar word,
// and not plural ("Officials said") are asked about, so only those sentences are parsed.
// The name is read as a person's: what opens a sentence as the subject of its verb, unknown to
// every gazetteer, is a person far more often than anything else.
import type { Mention, ParsedSentence, Segmented } from '../../types.ts';
import { lookupOrganization, lookupPlace, titleInfo } from '../gazetteer/index.ts';
import { demonymOf } from './typing.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, NOT_NAMES, PARTY_ADJECTIVES } from './words.ts';

/** A word in Title Case of three or more letters, not a plural ("Officials", "Democrats"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;

/** Words after which a sentence-opening word is a participle or an adverb rather than a subject. */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'by', 'as', 'from', 'near', 'with', 'for', 'of', 'into', 'after', 'before']);

/**
 * Verbs (as written) and nouns after "is"/"was" that say what a person did or is: speaking, writing, suing,
 * killing, being convicted, being a lawyer. Markets and things rise, fall, plan and kill too, so plain
 * motion and change verbs are left out.
 */
const PERSON_PREDICATES = new Set(`said says told tells added adds wrote writes asked asks argued argues insisted insists denied denies admitted
admits testified testifies apologized apologised apologizes apologises resigned resigns sued sues married taught teaches studied served worked
raped shot stabbed murdered assassinated strangled kidnapped sneaked fled escaped died pleaded confessed joined founded led won lost
convicted sentenced arrested charged elected appointed named executed hanged freed released acquitted indicted jailed imprisoned accused
born held credited thanked praised criticized criticised blamed met visited recalled remembered believed believes thought thinks knew knows
wanted wants hoped hopes refused refuses vowed vows promised promises warned warns urged urges declined declines announced announces
explained explains replied replies answered answers complained complains turned used uses took takes gave gives spent spends lived lives
member lawyer attorney doctor teacher professor author writer actor actress singer director chairman president leader spokesman spokeswoman
official officer agent spy soldier student judge senator governor mayor minister candidate founder owner citizen native resident`.split(/\s+/));
const personPredicate = (w: string) => PERSON_PREDICATES.has(w);

/** Sentences whose first word may be a name the tagger left out: the question to put to the parser. */
export function openingNameSentences(seg: Segmented, mentions: readonly Mention[]): Map<number, number> {
  const covered = new Set<number>();
  for (const m of mentions) covered.add(m.start);
  const out = new Map<number, number>();
  let lowerWords: Set<string> | undefined;
  for (const s of seg.sentences) {
    if (s.boilerplate || s.heading || s.tokenEnd - s.tokenStart < 3) continue;
    const t = s.tokenStart, tok = seg.tokens[t]!;
    const w = tok.text, low = w.toLowerCase();
    if (w.length < 3 || !TITLE_WORD.test(w) || low.endsWith('s') || covered.has(tok.start)) continue;
    // a name stands alone before its verb: the next word is in lower case
    // (not a participle, gerund or adverb opening a clause: "Born in Athens, ...", "Speaking on Monday, ...")
    const next = seg.tokens[t + 1]!.text;
    if (!/^\p{Ll}/u.test(next) || OPENING_PREPOSITIONS.has(next) || /(?:ed|ing|ly)$/.test(low) || low === 'born') continue;
    if (FUNCTION_WORDS.has(low) || CALENDAR_WORDS.has(low) || NOT_NAMES.has(low) || PARTY_ADJECTIVES.has(low)) continue;
    if (demonymOf(w) || titleInfo(w) || lookupPlace(w).length || lookupOrganization(w)) continue;
    // a word the article also writes in lower case is a common word (read once, and only when needed)
    lowerWords ??= new Set(seg.tokens.filter((x) => LOWER_WORD.test(x.text)).map((x) => x.text));
    if (lowerWords.has(low)) continue;
    out.set(s.index, t);
  }
  return out;
}

/** Person mentions for the sentences `openingNameSentences` found whose first word the parse reads as a proper-noun subject. */
export function openingNames(seg: Segmented, mentions: readonly Mention[], asked: Map<number, number>, parse: (sentence: number) => ParsedSentence | null): Mention[] {
  const out: Mention[] = [];
  for (const [sentence, token] of asked) {
    const ps = parse(sentence);
    const word = ps?.words.find((x) => x.token === token);
    if (!word || word.upos !== 'PROPN' || !/^nsubj/.test(word.deprel)) continue;
    // what the subject does must be something people do ("Nickel rose", "Tin was unchanged" are markets)
    const head = ps!.words[word.head];
    if (!head || !personPredicate(head.text.toLowerCase())) continue;
    // a name the article tags elsewhere keeps that reading there (resolve joins the two)
    if (mentions.some((m) => m.text === seg.tokens[token]!.text)) continue;
    const tok = seg.tokens[token]!;
    out.push({
      start: tok.start, end: tok.end, text: tok.text, type: 'person', sentence,
      reason: 'a sentence-opening word the tagger left out, which the parse reads as a proper noun and the subject',
    });
  }
  return out;
}
