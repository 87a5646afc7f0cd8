// "farms in the Highlands and the Shetland Islands ... the sale of some farms in Shetland": a place
// named once with the word for its kind ("Islands", "Mountains", "Peninsula") and once without is
// one place. The short name must be no place of its own to the gazetteer, and exactly one place of
// the article may be its longer form.
import { lookupPlace, nameKey } from '../gazetteer/index.ts';

/** Words for a kind of place that a name drops when the place is named again. */
const KIND_WORDS = new Set(['islands', 'island', 'isles', 'isle', 'archipelago', 'mountains', 'hills', 'peninsula', 'valley', 'desert', 'plateau', 'region', 'province', 'district']);

export interface PlaceName {
  name: string;
  /** Has a gazetteer entry (a short name with one is a place of its own). */
  linked: boolean;
}

/**
 * For the place named `short`, the index in `places` of the one place whose name is `short` and a
 * word for a kind of place, else -1.
 */
export function longerPlaceName(short: PlaceName, places: PlaceName[]): number {
  if (short.linked || lookupPlace(short.name).length) return -1;
  const key = nameKey(short.name);
  let found = -1;
  for (let k = 0; k < places.length; k++) {
    const words = nameKey(places[k]!.name).split(' ');
    if (words.length < 2 || !KIND_WORDS.has(words[words.length - 1]!) || words.slice(0, -1).join(' ') !== key) continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}
