// World knowledge for the relate stage, read from the gazetteer stage:
// demonyms ("Ukrainian" -> country:UA) and containment (Odesa -> Odesa Oblast -> Ukraine).
// Containment stops at a disputed territory (data/disputed.ts): a place may lie in
// Crimea, but what Crimea lies in is not the gazetteer's to say.
import type { Knowledge } from './knowledge.ts';
import { containing, entryById, lookupDemonym, lookupPlace, wasRepublicOf } from '../gazetteer/index.ts';
import { isDisputed } from './data/disputed.ts';

/** How many levels of containment to follow (city -> region -> country). */
const MAX_DEPTH = 4;

export function gazetteerKnowledge(): Knowledge {
  return {
    demonym(word) {
      const e = lookupDemonym(word);
      // a country's, or a region's that news names the region by ("Welsh" -> Wales)
      return e && (e.type === 'country' || e.type === 'region') ? { id: e.id, name: e.name } : undefined;
    },
    containers(id) {
      const out: string[] = [];
      if (isDisputed(id)) return out;
      let cur = containing(id);
      while (cur && out.length < MAX_DEPTH && !out.includes(cur.id)) {
        out.push(cur.id);
        if (isDisputed(cur.id)) break;
        cur = containing(cur.id);
      }
      return out;
    },
    formerlyWithin: (inner, outer) => wasRepublicOf(inner, outer),
    place(name, within) {
      if (/^[a-z]+:/.test(name)) {
        const e = entryById(name);
        return e && { id: e.id, name: e.name, type: e.type };
      }
      const entries = lookupPlace(name);
      if (!entries.length) return undefined;
      const inside = within ? entries.find((e) => e.id === within || e.within === within || this.containers(e.id).includes(within)) : undefined;
      const e = inside ?? entries[0]!;
      return { id: e.id, name: e.name, type: e.type, ...(e.population !== undefined ? { population: e.population } : {}) };
    },
  };
}
