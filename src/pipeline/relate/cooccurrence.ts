// Co-occurrence: every pair of distinct entities named in the same sentence,
// once per sentence. Kept apart from typed relations (kind 'cooccurrence', low
// confidence); the graph builder weights the edge by the number of sentences.
import type { SentenceUnits } from './units.ts';
import type { Emit } from './found.ts';

export const COOCCURRENCE_CONFIDENCE = 0.3;

export function extractCooccurrence(su: SentenceUnits, s: number, emit: Emit): void {
  const order: string[] = [];
  for (const x of su.units) if (x.entity && !order.includes(x.entity)) order.push(x.entity);
  for (let a = 0; a < order.length; a++) {
    for (let b = a + 1; b < order.length; b++) {
      emit({ source: order[a]!, target: order[b]!, kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, confidence: COOCCURRENCE_CONFIDENCE, sentences: [s], rule: 'cooccurrence' });
    }
  }
}
