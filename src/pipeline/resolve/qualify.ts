// "Ukraine's Foreign Ministry" and "Russia's Foreign Ministry" are two bodies with
// one name. A generic government body gets its country from the words right before
// it (a possessive country or a nationality word), so it is not merged across countries.
import type { GazetteerEntry, Mention, Segmented } from '../../types.ts';
import { lookupDemonym, lookupPlace } from '../gazetteer/index.ts';
import { GENERIC_BODY_WORDS } from '../gazetteer/data/organizations.ts';

// In constants: a bundler may turn a Unicode-property literal into `new RegExp` at every call.
/** "... North Korea's " right before the body. */
const POSSESSOR_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)\s*['’]s\s*$/u;
/** "Ministry of Defence", "Russian Ministry of Defence", "Ministry of Foreign Affairs": a nationality word, "Ministry of" and a field. */
const MINISTRY_OF_FIELD = /^((?:\p{Lu}[\p{L}-]*\s+){0,2})?Ministry of (?:the )?(\p{Lu}\p{Ll}+)(?:\s+Affairs)?$/u;
/** "... Russian " right before the body. */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*)\s+$/u;

/** The country of a generic body and the body's name without a nationality prefix ("Russian Foreign Ministry"). */
export function genericBody(seg: Segmented, m: Mention): { country: GazetteerEntry; body: string } | undefined {
  // "Ministry of Defence" is the "Defence Ministry" ("Russia's Ministry of Defence" = "the Russian Defence Ministry")
  const ofField = MINISTRY_OF_FIELD.exec(m.text);
  if (ofField && GENERIC_BODY_WORDS.has(ofField[2]!.toLowerCase())) {
    const found = genericBody(seg, { ...m, text: `${ofField[1] ?? ''}${ofField[2]} Ministry` });
    return found && { ...found, body: `${ofField[2]} Ministry` };
  }
  const words = m.text.split(/\s+/);
  // "Russian Foreign Ministry", "Ukraine Defence Ministry": the nationality is written inside the name
  for (const k of [1, 2]) {
    if (words.length <= k || !GENERIC_BODY_WORDS.has(words[k]!.toLowerCase())) continue;
    const prefix = words.slice(0, k).join(' ');
    const country = lookupDemonym(prefix) ?? lookupPlace(prefix).find((e) => e.type === 'country');
    if (country) return { country, body: words.slice(k).join(' ') };
  }
  if (words.length > 3 || !GENERIC_BODY_WORDS.has(words[0]!.toLowerCase())) return undefined;
  const before = seg.article.text.slice(Math.max(0, m.start - 60), m.start);
  const poss = POSSESSOR_BEFORE.exec(before);
  if (poss) {
    const country = lookupPlace(poss[1]!).find((e) => e.type === 'country');
    if (country) return { country, body: m.text };
  }
  const adj = NAME_BEFORE.exec(before);
  const country = adj ? lookupDemonym(adj[1]!) ?? lookupDemonym(adj[1]!.split(/\s+/).pop()!) : undefined;
  return country ? { country, body: m.text } : undefined;
}
