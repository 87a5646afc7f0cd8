// "Abdel Fattah el-Sissi ... Erdogan and el-Sissi shook hands", "Bashar al-Assad ... al-Assad fled": an Arabic
// surname written with its article opens with a lower-case letter, so a later mention of the surname alone is no
// capitalised word, and the tagger passes it by or calls it MISC. A person's name the tagger found whose last word is
// such a surname ("el-Sissi", "al-Assad", "bin-Salman") is that person where the same word stands alone again.

import type { DocFacts } from './document.ts';
import type { Candidate } from './typing.ts';

/** An article and hyphen before a capitalised surname ("el-Sissi", "al-Assad", "ad-Dawla", "bin-Zayed"). */
const PARTICLE_SURNAME = /^(?:al|el|ad|ash|as|at|an|ar|az|ibn|bin|ben|abu)-\p{Lu}\p{L}+$/u;

/**
 * The candidates with lone particle surnames of persons the tagger found in full elsewhere in the article: a word the
 * tagger passed by is added as a person, one it took alone as MISC becomes a person.
 */
export function withParticleSurnames(doc: DocFacts, taken: readonly Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of taken) {
    if (c.label !== 'PER' || c.end - c.start < 2) continue;
    const last = doc.seg.tokens[c.end - 1]!.text;
    if (PARTICLE_SURNAME.test(last)) surnames.add(last.toLowerCase());
  }
  if (!surnames.size) return [...taken];
  const owner = new Int32Array(doc.seg.tokens.length).fill(-1);
  taken.forEach((c, k) => owner.fill(k, c.start, c.end));
  const out = [...taken];
  for (const s of doc.seg.sentences) {
    if (s.boilerplate) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!surnames.has(doc.lower[i]!)) continue;
      const k = owner[i]!;
      const reason = 'the particle surname of a person named in full elsewhere in the article';
      if (k < 0) out.push({ start: i, end: i + 1, label: 'PER', reason });
      else if (taken[k]!.start === i && taken[k]!.end === i + 1 && taken[k]!.label === 'MISC') out[k] = { ...taken[k]!, label: 'PER', reason };
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
