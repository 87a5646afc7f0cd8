// Training-data augmentation for headline casing. CoNLL-2003 has ALL-CAPS
// headlines but no Title Case ones, which web news is full of ("Ukraine Cuts Ties
// With North Korea"). Some training sentences are rewritten in title case, labels
// unchanged, so the tagger learns that in such lines capitalisation says little and
// the word itself and its casing elsewhere in the article say more.
import type { ConllDoc, ConllSentence } from './conll.ts';

/** Short function words title case leaves in lower case. */
const MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'and', 'or', 'but', 'as', 'vs', 'vs.', 'with', 'from', 'into', 'nor', 'per', 'via']);

export function titleCaseWord(w: string, first: boolean): string {
  if (!/[A-Za-z]/.test(w)) return w;
  const lower = w.toLowerCase();
  if (!first && MINOR.has(lower)) return lower;
  return lower.replace(/^[^A-Za-z]*[a-z]/, (m) => m.toUpperCase()).replace(/-([a-z])/g, (_, c: string) => '-' + c.toUpperCase());
}

function titleCase(s: ConllSentence): ConllSentence {
  const words = s.words.map((w, i) => titleCaseWord(w, i === 0));
  const tags = s.tags.slice();
  if (words.length > 1 && words[words.length - 1] === '.') { words.pop(); tags.pop(); }
  return { words, tags };
}

export interface AugmentOptions {
  /** Share of ALL-CAPS sentences rewritten in title case. */
  upper: number;
  /** Share of other sentences (4+ tokens) rewritten in title case. */
  normal: number;
}

export const DEFAULT_AUGMENT: AugmentOptions = { upper: 0.3, normal: 0.06 };

/** New documents with some sentences in title case; `rand` is a seeded generator. */
export function augmentTitleCase(docs: ConllDoc[], rand: () => number, opts: AugmentOptions = DEFAULT_AUGMENT): ConllDoc[] {
  return docs.map((d) => ({
    ...d,
    sentences: d.sentences.map((s) => {
      const letters = s.words.filter((w) => /[A-Za-z]/.test(w));
      const upper = letters.length > 0 && letters.every((w) => w === w.toUpperCase());
      const r = rand();
      if (upper ? r < opts.upper : s.words.length >= 4 && r < opts.normal) return titleCase(s);
      return s;
    }),
  }));
}
