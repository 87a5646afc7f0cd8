// A nationality word is a mention of its country where the text gives it as a person's
// nationality: "Soviet historian Roy Medvedev", "Israeli Prime Minister Yitzhak Shamir", "the
// Chilean poet Pablo Neruda", "Olaf Scholz, the German chancellor,". There the word is what ties the person to the country, so the
// country entity carries its span (the relation's evidence points at it). Elsewhere ("Soviet
// volunteers", "French wine") it stays a mark on the noun and names no entity.
import type { Mention, Segmented } from '../../types.ts';

/** Up to three words between the nationality and the name: lower-case words or a capitalised title ("President", "Foreign Minister"). */
const BETWEEN = /^(?:\s+(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+\.?)){0,3}\s+$/u;

/** ", the", ", a former", ", the then": the words between a person's name and a nationality word opening its description. */
const APPOSITION_BEFORE = /^\s*,\s*(?:the|a|an)(?:\s+(?:former|then|late|veteran|exiled|dissident|leading|prominent|retired))?\s+$/;

/** Words that join or relate two phrases rather than describe the name after them. */
const JOINING_WORDS = new Set(['and', 'or', 'but', 'nor', 'of', 'to', 'for', 'by', 'with', 'from', 'in', 'on', 'at', 'as', 'than', 'the', 'a', 'an', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'who', 'that', 'which']);

/**
 * The nationality words (`metonymy: 'demonym'`, linked to a country) that open the description of the
 * person named right after them in the same sentence. `mentions` are in text order.
 */
export function nationalitiesOfPeople(seg: Segmented, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  const text = seg.article.text;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.metonymy !== 'demonym' || !m.gazetteerId) continue;
    const next = mentions[k + 1];
    if (next && next.type === 'person' && next.sentence === m.sentence && next.start > m.end) {
      const between = text.slice(m.end, next.start);
      // ("Bosnians and Croats", "Spanish for Pedro": a joining word says the name is not described by it)
      if (BETWEEN.test(between) && !between.split(/\s+/).some((w) => JOINING_WORDS.has(w))) { out.add(m); continue; }
    }
    // "Olaf Scholz, the German chancellor,", "Roy Medvedev, a Soviet historian": the description in apposition
    const prev = mentions[k - 1];
    if (prev && prev.type === 'person' && prev.sentence === m.sentence && prev.end < m.start
      && APPOSITION_BEFORE.test(text.slice(prev.end, m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) out.add(m);
  }
  return out;
}
