// "the law firm of Skadden, Arps": a firm named after its partners writes their surnames with commas and "&"
// between ("Cravath, Swaine & Moore"). Read word by word, the tagger takes the first surname for a town with its
// state after the comma. After "firm of", capitalised words joined by commas or "&", neither of the first two a state,
// region or country the gazetteer knows (a town's name is often a surname), are one organisation's name.
import { lookupPlace } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';

/** A capitalised word of a surname's shape ("Skadden", "McKinsey", "O'Melveny"). */
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

export function withPartnersFirmNames(doc: DocFacts, candidates: Candidate[]): Candidate[] {
  const toks = doc.seg.tokens;
  const firms: Candidate[] = [];
  for (let i = 2; i + 2 < toks.length; i++) {
    if (doc.lower[i - 1] !== 'of' || (doc.lower[i - 2] !== 'firm' && doc.lower[i - 2] !== 'firms')) continue;
    const sentence = toks[i]!.sentence;
    let end = i + 1;
    if (!SURNAME.test(toks[i]!.text) || lookupPlace(toks[i]!.text).some((e) => e.type !== 'city')) continue;
    // the partners after the first: ", Arps", "& Flom", ", Slate, Meagher & Flom"
    while (end + 1 < toks.length && toks[end + 1]!.sentence === sentence && /^(?:,|&)$/.test(toks[end]!.text)
      && SURNAME.test(toks[end + 1]!.text)) end += 2;
    // (not a state after a town: "the firm of Aiken, Carolina"; nor a body the tagger read whole already)
    if (end === i + 1 || lookupPlace(toks[i + 2]!.text).some((e) => e.type !== 'city')) continue;
    if (candidates.some((c) => c.label === 'ORG' && c.start <= i && c.end >= end)) continue;
    firms.push({ start: i, end, label: 'ORG', reason: 'partners\' surnames joined by commas after "firm of": one firm' });
    i = end;
  }
  if (!firms.length) return candidates;
  const kept = candidates.filter((c) => !firms.some((f) => c.start < f.end && f.start < c.end));
  return [...kept, ...firms].sort((a, b) => a.start - b.start);
}
