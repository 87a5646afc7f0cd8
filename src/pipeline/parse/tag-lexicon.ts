// A tag lexicon from another annotated text: for each word (its class key: lower case,
// digits as 0), the set of tags it carried there often enough. The tagger reads the set as a
// feature of the word, so a word its own training data never showed (or showed once) can
// still be known to be a noun or a past participle. Built from the CoNLL-2003 English
// training split's Penn Treebank tags (Reuters news), a different text and tag set from the
// tagger's treebank: a word's set there is no copy of its tag here, which a lexicon counted
// over the tagger's own training data would be (see README, "Dropped": ambiguity classes).
import { classKey } from './word-classes.ts';

/** Class key -> the word's tag set, tags sorted and joined by `|` ("NN|VB"). */
export type TagLexicon = ReadonlyMap<string, string>;

/** A tag joins a word's set when at least this share of the word's occurrences carry it. */
export const LEXICON_MIN_SHARE = 0.1;

/** The lexicon of (word, tag) occurrences. Sorted by key, so the result does not depend on their order. */
export function buildTagLexicon(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [word, tag] of pairs) {
    const k = classKey(word);
    let m = counts.get(k);
    if (!m) counts.set(k, (m = new Map()));
    m.set(tag, (m.get(tag) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const k of [...counts.keys()].sort()) {
    const m = counts.get(k)!;
    let total = 0;
    for (const v of m.values()) total += v;
    out.set(k, [...m].filter(([, v]) => v / total >= LEXICON_MIN_SHARE).map(([t]) => t).sort().join('|'));
  }
  return out;
}

export class TagLexiconFormatError extends Error {}

/** The lexicon file (build-tag-lexicon.ts): `#` comment lines, then `key<TAB>tag|tag...` per line. */
export function parseTagLexicon(text: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const c = line.split('\t');
    if (c.length !== 2 || !c[0] || !c[1]) throw new TagLexiconFormatError(`line ${i + 1}: expected "word<TAB>tag|tag...", got "${line.slice(0, 80)}"`);
    out.set(c[0], c[1]);
  });
  return out;
}

/** The lexicon file's text. */
export function formatTagLexicon(lex: TagLexicon, source: string): string {
  return `# word\ttags seen with it in ${LEXICON_MIN_SHARE * 100}% or more of its occurrences (${source})\n${[...lex].map(([k, v]) => `${k}\t${v}`).join('\n')}\n`;
}
