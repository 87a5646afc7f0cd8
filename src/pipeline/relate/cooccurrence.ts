// Co-occurrence: pairs of distinct entities named in the same sentence, once per
// sentence. Kept apart from typed relations (kind 'cooccurrence', low
// confidence); the graph builder weights the edge by the number of sentences.
//
// A sentence naming a handful of entities pairs every one with every other. A
// sentence naming many is a list ("Leaders including A, B, C, ... met in Geneva"):
// all pairs would be N²/2 relations, each citing the whole sentence, so one
// 5 KB sentence of 400 names gave 80,000 relations and 440 MB of evidence. In a
// list each entity is paired only with the next few entities of the list, and the
// evidence is the stretch of the sentence from one name to the other: relations
// and evidence grow linearly with the sentence.
import type { Unit } from './units.ts';
import type { Found } from './found.ts';

export const COOCCURRENCE_CONFIDENCE = 0.3;
/** Up to this many distinct entities in a sentence, every pair co-occurs (at most 66 pairs). */
export const COOCCURRENCE_ALL_PAIRS = 12;
/** In a longer list, each entity co-occurs with this many entities named after it. */
export const COOCCURRENCE_LIST_WINDOW = 4;

/** `named`: the sentence's units that carry an entity (partial ones too: "pro-Russian" names Russia), in order. */
export function extractCooccurrence(named: Unit[], s: number, out: Found[]): void {
  if (named.length < 2) return;
  // Each entity at its first mention in the sentence.
  const seen = new Set<string>();
  const first: Unit[] = [];
  for (const x of named) if (x.entity && !seen.has(x.entity)) { seen.add(x.entity); first.push(x); }
  const list = first.length > COOCCURRENCE_ALL_PAIRS;
  const window = list ? COOCCURRENCE_LIST_WINDOW : first.length;
  for (let a = 0; a < first.length; a++) {
    for (let b = a + 1; b < first.length && b <= a + window; b++) {
      const f: Found = { source: first[a]!.entity!, target: first[b]!.entity!, kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, confidence: COOCCURRENCE_CONFIDENCE, sentences: [s], rule: 'cooccurrence' };
      if (list) f.excerpt = { start: first[a]!.start, end: first[b]!.end };
      out.push(f);
    }
  }
}
