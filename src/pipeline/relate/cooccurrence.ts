// Co-occurrence: every pair of distinct entities named in the same sentence,
// once per sentence. Kept apart from typed relations (kind 'cooccurrence', low
// confidence); the graph builder weights the edge by the number of sentences.
import type { Unit } from './units.ts';
import type { Found } from './found.ts';

export const COOCCURRENCE_CONFIDENCE = 0.3;

/** `named`: the sentence's units that carry an entity (partial ones too: "pro-Russian" names Russia), in order. */
export function extractCooccurrence(named: Unit[], s: number, out: Found[]): void {
  if (named.length < 2) return;
  const order: string[] = [];
  for (const x of named) if (x.entity && !order.includes(x.entity)) order.push(x.entity);
  for (let a = 0; a < order.length; a++) {
    for (let b = a + 1; b < order.length; b++) {
      out.push({ source: order[a]!, target: order[b]!, kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, confidence: COOCCURRENCE_CONFIDENCE, sentences: [s], rule: 'cooccurrence' });
    }
  }
}
