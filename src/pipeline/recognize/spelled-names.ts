// A body's name the tagger cut, put back from the short form the article gives right after it:
// "the England and Wales Cricket Board (ECB)" (the tagger: "England", "Wales Cricket Board"),
// "The Caribbean Community, or CARICOM," (the tagger: the place "Caribbean"). The short form's
// letters say where the name starts: the capitalised run before it, joined by "and", "of", "for",
// "the" or "&", is taken back from its end to the first word that makes the short form spell it
// out. Nothing changes where the tagger's own span is already spelled out by the short form.
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';
import { spanString } from './typing.ts';
import { spellsOut } from '../gazetteer/spelled-acronyms.ts';
import { lookupPlace } from '../gazetteer/index.ts';

/** Lower-case words that may stand inside a body's name. */
const JOINING_WORDS = new Set(['and', 'of', 'for', 'the', '&', 'on', 'de', 'des', 'du', 'la', 'le']);

export function namesSpelledByShortForms(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  let out = candidates;
  for (let k = 2; k < toks.length; k++) {
    // the short form: one word right after "(" or ", or"
    const bracket = toks[k - 1]!.text === '(' && toks[k + 1]?.text === ')';
    const orForm = doc.lower[k - 1] === 'or' && toks[k - 2]?.text === ',' && /^[,.;)]$/.test(toks[k + 1]?.text ?? '');
    if (!bracket && !orForm || !doc.nameToken[k] || toks[k]!.text.length > 10) continue;
    const end = bracket ? k - 1 : k - 2;
    const sentence = toks[k]!.sentence;
    // the capitalised run before it (joining words inside, never first or last)
    let first = end;
    for (let i = end - 1; i >= 0 && i >= end - 12 && toks[i]!.sentence === sentence; i--) {
      if (doc.nameToken[i] && !JOINING_WORDS.has(doc.lower[i]!)) first = i;
      else if (!JOINING_WORDS.has(doc.lower[i]!)) break;
    }
    if (first >= end) continue;
    const short = toks[k]!.text;
    if (lookupPlace(short).length) continue; // "Bayern Munich (Germany)": a place in brackets is no short form
    const spans = out.filter((c) => c.start < end && c.end > first);
    // the tagger's span ending at the name is spelled out already: nothing to mend
    if (spans.some((c) => c.end === end && spellsOut(short, spanString(doc, c.start, c.end)))) continue;
    // the longest name ending before the short form that it spells out, from a capitalised word
    let start = -1;
    for (let i = first; i < end - 1; i++) {
      if (!doc.nameToken[i] || JOINING_WORDS.has(doc.lower[i]!)) continue;
      if (spellsOut(short, spanString(doc, i, end))) { start = i; break; }
    }
    if (start < 0) continue;
    // only spans inside the name give way (one crossing its start keeps the tagger's reading)
    const inside = out.filter((c) => c.start < end && c.end > start);
    if (inside.some((c) => c.start < start || c.end > end)) continue;
    const joined: Candidate = { start, end, label: 'ORG', reason: `ner, a name cut by the tagger, spelled out by "${short}" after it` };
    out = [...out.filter((c) => !inside.includes(c)), joined].sort((a, b) => a.start - b.start);
  }
  return out;
}
