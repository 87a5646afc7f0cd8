// "the Juarez cartel", "the Zetas cartel", "the Viv Ansanm gang alliance": news names drug cartels and gangs with a
// lower-case "cartel" or "gang" after the name. The tagger reads a town's name there as the town, or leaves a name it
// does not know out. A cartel named after a place is "<Place> cartel" (the place is not the thing meant); any other
// name before the noun is the group's own name.
import type { DocFacts } from './document.ts';
import { isCapitalised } from './document.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { lookupPlace } from '../gazetteer/index.ts';
import { FUNCTION_WORDS } from './words.ts';

/** Lower-case nouns for a criminal group that follow its name. */
const GROUP_NOUNS = new Set(['cartel', 'gang']);

/** The candidates with cartels and gangs named before their noun read as organisations. */
export function withArmedGroupNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  let out = candidates;
  for (let k = 2; k < toks.length; k++) {
    if (!GROUP_NOUNS.has(toks[k]!.text)) continue;
    const sentence = toks[k]!.sentence;
    // one to three capitalised words right before the noun, "the" before them
    let s = k;
    while (s > k - 3 && s - 1 >= 0 && toks[s - 1]!.sentence === sentence && isCapitalised(toks[s - 1]!.text) && doc.nameToken[s - 1] && !FUNCTION_WORDS.has(doc.lower[s - 1]!)) s--;
    if (s === k || doc.lower[s - 1] !== 'the' || doc.seg.sentences[sentence]!.heading) continue;
    const words = toks.slice(s, k).map((t) => t.text);
    if (words.some((w) => demonymOf(w))) continue;
    const inside = out.filter((c) => c.start < k && c.end > s);
    // (a name the tagger read as something longer or other than these words is left alone)
    if (inside.some((c) => c.start < s || c.end > k || (c.label !== 'LOC' && c.label !== 'ORG' && c.label !== 'MISC'))) continue;
    const text = spanString(doc, s, k);
    const place = lookupPlace(text).length > 0 || inside.some((c) => c.label === 'LOC');
    if (place && toks[k]!.text !== 'cartel') continue;
    const end = place ? k + 1 : k;
    const added: Candidate = {
      start: s, end, label: 'ORG',
      reason: place ? `a place's name before "cartel": the cartel named after it` : `a name before "${toks[k]!.text}": the group's name`,
    };
    out = [...out.filter((c) => !inside.includes(c)), added].sort((a, b) => a.start - b.start);
  }
  return out;
}
