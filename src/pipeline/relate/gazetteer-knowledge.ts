// World knowledge for the relate stage, read from the gazetteer stage:
// demonyms ("Ukrainian" -> country:UA) and containment (Odesa -> Odesa Oblast -> Ukraine).
import type { Knowledge } from './knowledge.ts';
import { containing, lookupDemonym } from '../gazetteer/index.ts';

/** How many levels of containment to follow (city -> region -> country). */
const MAX_DEPTH = 4;

export function gazetteerKnowledge(): Knowledge {
  return {
    demonym(word) {
      const e = lookupDemonym(word);
      return e && e.type === 'country' ? { id: e.id, name: e.name } : undefined;
    },
    containers(id) {
      const out: string[] = [];
      let cur = containing(id);
      while (cur && out.length < MAX_DEPTH && !out.includes(cur.id)) {
        out.push(cur.id);
        cur = containing(cur.id);
      }
      return out;
    },
  };
}
