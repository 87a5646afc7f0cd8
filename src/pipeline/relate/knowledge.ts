// What the relate stage asks of world knowledge: which country a demonym names
// ("Ukrainian" -> Ukraine) and which places contain a place (Odesa -> Ukraine).
// It is an interface so the patterns can be tested with a hand-made table and
// run in the pipeline on the gazetteer.
import type { EntityType } from '../../types.ts';

export interface KnownPlace {
  /** Gazetteer id, e.g. `country:UA`. */
  id: string;
  name: string;
  /** Entity type of the place, where asked for (`place`). */
  type?: EntityType;
  /** Population, for cities the gazetteer counts. */
  population?: number;
}

export interface Knowledge {
  /** The country a demonym word names, if it is one ("Ukrainian", "Russian"). */
  demonym(word: string): KnownPlace | undefined;
  /** Gazetteer ids of the places containing this one (region, then country), nearest first. */
  containers(gazetteerId: string): string[];
  /**
   * Was the inner place once part of the outer, a state that no longer exists (Armenia of the Soviet Union)?
   * Never a container today, so never stated as knowledge; only what lets a text that says so be read.
   */
  formerlyWithin?(inner: string, outer: string): boolean;
  /**
   * The place a name most likely is ("Tucson", "Arizona"), preferring one inside `within` (a gazetteer
   * id) when given; for datelines, whose names the recogniser may not have linked. A gazetteer id
   * ("country:FR") names its own place.
   */
  place?(name: string, within?: string): KnownPlace | undefined;
}

/** No world knowledge: only what the text itself says. */
export const NO_KNOWLEDGE: Knowledge = {
  demonym: () => undefined,
  containers: () => [],
};

/** A small hand-made table, for tests and for callers without a gazetteer. */
export function tableKnowledge(demonyms: Record<string, KnownPlace>, containers: Record<string, string[]> = {}, places: Record<string, KnownPlace> = {}): Knowledge {
  const lower = new Map(Object.entries(demonyms).map(([k, v]) => [k.toLowerCase(), v]));
  const named = new Map(Object.entries(places).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    demonym: (word) => lower.get(word.toLowerCase()),
    containers: (id) => containers[id] ?? [],
    place: (name) => named.get(name.toLowerCase()),
  };
}
