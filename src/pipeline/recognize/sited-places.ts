// Places named inside a hyphenated word: "the Geneva-based WHO", "a Denver-based
// developer", "Tokyo-headquartered Sorin". The word is one token and no name span
// (CoNLL-2003 tags the whole word MISC), but the place is a real mention: it says
// where the organisation sits. The mention covers the place's letters only
// ("Geneva" of "Geneva-based"), so a reader of the word's other half is unaffected.
// Multi-word places reach back over capitalised tokens ("New York-based",
// "Hong Kong-based"). Only places the gazetteer knows are taken: a capitalised
// word before "-based" that it does not know ("Cloud-based") names nothing.
import type { GazetteerEntry } from '../../types.ts';
import { lookupDemonym, lookupOrganization, lookupPlace } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import type { TypedMention } from './typing.ts';
import { FUNCTION_WORDS } from './words.ts';

/** "<Place>-based", "<Place>-headquartered", "<Place>-listed" (its stock market), "<Place>-registered": the place before the hyphen. */
const SITED_WORD = /^(\p{Lu}[\p{L}.'’]*)[-‐](?:based|headquartered|listed|registered)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}.'’]*$/u;
/** Words a multi-word place may start with before the hyphenated word (at most this many). */
const MAX_LEAD_WORDS = 2;

/** The place mentions inside "<Place>-based" words that no other mention overlaps. */
export function sitedPlaceMentions(doc: DocFacts, typed: readonly TypedMention[]): TypedMention[] {
  const toks = doc.seg.tokens;
  const out: TypedMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (!doc.nameToken[i] || tok.text.length < 8) continue;
    const m = SITED_WORD.exec(tok.text);
    if (!m) continue;
    const sentence = doc.seg.sentences[tok.sentence];
    if (!sentence || sentence.boilerplate) continue;
    const end = tok.start + m[1]!.length;
    // the longest place: "New York-based" before "York-based"
    let found: { start: number; first: number; entry: GazetteerEntry } | undefined;
    for (let lead = Math.min(MAX_LEAD_WORDS, i - sentence.tokenStart); lead >= 0 && !found; lead--) {
      const first = i - lead;
      let ok = true;
      // a capital forced by position ("The Lisbon-based bank") is no part of the place
      // ("Rio de Janeiro-based", "Stratford-upon-Avon": a place's lower-case joining word inside it)
      for (let k = first; k < i; k++) {
        if (!(CAPITALISED.test(toks[k]!.text) || (k > first && PLACE_PARTICLES.has(toks[k]!.text))) || (doc.initial.has(k) && FUNCTION_WORDS.has(doc.lower[k]!))) ok = false;
      }
      if (!ok) continue;
      const text = doc.seg.article.text.slice(toks[first]!.start, end);
      const entry = bestPlace(lookupPlace(text.replace(/\s+/g, ' ')));
      if (entry) found = { start: toks[first]!.start, first, entry };
    }
    if (!found) continue;
    if (typed.some((x) => x.start < end && found!.start < x.end)) continue;
    out.push({
      start: found.start, end, text: doc.seg.article.text.slice(found.start, end), type: found.entry.type,
      sentence: tok.sentence, gazetteerId: found.entry.id,
      reason: `place in "${tok.text}": ${found.entry.type} ${found.entry.id}`,
      tokenStart: found.first, tokenEnd: i + 1,
    });
  }
  return out;
}

/** Lower-case words inside places' names ("Rio de Janeiro", "Sao Joao del Rei", "Castellon de la Plana"). */
const PLACE_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'el', 'al', 'on', 'upon', 'sur', 'am', 'an', 'der']);

/** "<Name>-led", "<Name>-backed", "<Name>-owned": the body or state that leads, backs or owns, before the hyphen. */
const LED_WORD = /^(\p{Lu}[\p{Lu}\p{Ll}\d&.'’]*)[-‐](?:led|backed|owned|run|funded|controlled|brokered|sponsored|operated)$/u;
/** An acronym of two to six capitals or digits ("CATL", "NATO", "G7"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

/**
 * Bodies and states named inside "<Name>-led" words: "a CATL-led consortium", "NATO-led troops", "the
 * Russia-backed rebels". The mention covers the name's letters only. Taken when the name is an organisation the
 * gazetteer lists, an acronym (an unknown one is an organisation, as elsewhere), or a country or region; a
 * nationality word ("Saudi-led") is left to the demonym reading, and nothing another mention overlaps is taken.
 */
export function ledByMentions(doc: DocFacts, typed: readonly TypedMention[]): TypedMention[] {
  const toks = doc.seg.tokens;
  const out: TypedMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.text.length < 5 || !doc.nameToken[i]) continue;
    const m = LED_WORD.exec(tok.text);
    if (!m) continue;
    const sentence = doc.seg.sentences[tok.sentence];
    if (!sentence || sentence.boilerplate || doc.capsHeadings.has(tok.sentence)) continue;
    const name = m[1]!;
    const end = tok.start + name.length;
    if (typed.some((x) => x.start < end && tok.start < x.end)) continue;
    if (lookupDemonym(name)) continue;
    const org = lookupOrganization(name);
    const place = org ? undefined : lookupPlace(name).find((e) => e.type === 'country' || e.type === 'region');
    const type = org ? 'organization' : place ? place.type : ACRONYM.test(name) ? 'organization' : undefined;
    if (!type) continue;
    const id = org?.id ?? place?.id;
    out.push({
      start: tok.start, end, text: name, type, sentence: tok.sentence, ...(id ? { gazetteerId: id } : {}),
      reason: `name in "${tok.text}": ${org ? `organisation gazetteer ${org.id}` : place ? `${place.type} ${place.id}` : 'unknown acronym'}`,
      tokenStart: i, tokenEnd: i + 1,
    });
  }
  return out;
}

/** A country first, then the most populous city, then a region: "-based" follows the place a firm names as its seat. */
function bestPlace(entries: GazetteerEntry[]): GazetteerEntry | undefined {
  if (!entries.length) return undefined;
  const country = entries.find((e) => e.type === 'country');
  // ("Hong Kong-listed": a territory the gazetteer reads first as another state's region is that region)
  if (country) return entries[0]!.type === 'region' ? entries[0] : country;
  const cities = entries.filter((e) => e.type === 'city').sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return cities[0] ?? entries[0];
}
