// World knowledge for the relate stage, taken from the gazetteer stage.
// TEMPORARY: until src/pipeline/gazetteer/index.ts lands this returns no knowledge.
import type { Knowledge } from './knowledge.ts';
import { NO_KNOWLEDGE } from './knowledge.ts';

export function gazetteerKnowledge(): Knowledge {
  return NO_KNOWLEDGE;
}
