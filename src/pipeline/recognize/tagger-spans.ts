// Candidate spans from the statistical tagger. Its boundaries are kept as given,
// with three exceptions that are plain errors rather than boundary choices: spans in
// boilerplate lines (photo credits, cross-links) are dropped, a sentence-initial
// function word glued to a name ("After Pyongyang") is cut off, and in Title Case
// headlines, where every word is capitalised, only names the gazetteers or the
// article body confirm are kept.
import type { TaggedSpan } from '../../types.ts';
import { lookupOrganization, lookupPlace, nameKey } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import { knownAt } from './rule-spans.ts';
import type { Candidate } from './typing.ts';
import { demonymOf, spanString } from './typing.ts';
import { GLUED_LEADING_WORDS } from './words.ts';
import { joinCutNames } from './name-joins.ts';

export function taggerCandidates(doc: DocFacts, tagged: TaggedSpan[]): Candidate[] {
  const toks = doc.seg.tokens;
  const sentenceOf = (i: number) => doc.seg.sentences[toks[i]!.sentence]!;
  const bodyNames = new Set<string>();
  for (const t of tagged) {
    if (!(t.start >= 0 && t.end <= toks.length && t.start < t.end)) continue;
    const s = sentenceOf(t.start);
    if (s.boilerplate || doc.titleCaseHeadings.has(s.index)) continue;
    const text = spanString(doc, t.start, t.end);
    bodyNames.add(nameKey(text));
    if (t.label === 'PER') for (const w of text.split(/\s+/)) bodyNames.add(nameKey(w));
  }
  const out: Candidate[] = [];
  for (const t of tagged) {
    // a span outside the token list or across sentences is a tagger bug: skip it rather than fail
    if (!(t.start >= 0 && t.end <= toks.length && t.start < t.end) || toks[t.start]!.sentence !== toks[t.end - 1]!.sentence) continue;
    const s = sentenceOf(t.start);
    if (s.boilerplate) continue;
    let start = t.start;
    while (start < t.end - 1 && doc.initial.has(start) && GLUED_LEADING_WORDS.has(toks[start]!.text.toLowerCase())) {
      start++;
      doc.initial.add(start);
    }
    const c: Candidate = { start, end: t.end, label: t.label, reason: 'ner' };
    if (!doc.titleCaseHeadings.has(s.index)) { out.push(c); continue; }
    const text = spanString(doc, start, t.end);
    if (bodyNames.has(nameKey(text)) || lookupOrganization(text) || lookupPlace(text).length || demonymOf(text)) {
      out.push(c);
      continue;
    }
    // a headline span the body does not confirm: keep only the known names inside it
    for (let i = start; i < t.end; ) {
      const k = knownAt(doc, i, t.end);
      if (k && (k.kind === 'place' || k.kind === 'organization' || k.kind === 'demonym')) {
        out.push({ start: i, end: k.end, reason: 'known name inside a headline span', known: k.kind });
        i = k.end;
      } else i = k ? k.end : i + 1;
    }
  }
  return joinCutNames(doc, out);
}
