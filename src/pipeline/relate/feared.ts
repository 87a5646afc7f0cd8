// "amid fears of a direct attack on Israel by Iran", "the risk of a strike on X": an act named as what is feared,
// risked or threatened has not happened. The event noun after "<noun> of" (a determiner and up to two modifier words
// between) is read as hypothetical by both readers.
import type { Unit } from './units.ts';

/** Nouns whose "of" phrase names an act that may come, not one that came (each: what the noun says of the act). */
const FEARED_NOUNS: ReadonlySet<string> = new Set([
  'fear', 'fears', // dreaded: "fears of an attack"
  'risk', 'risks', // possible: "the risk of a strike"
  'danger', // possible: "the danger of an invasion"
  'prospect', 'prospects', // expected: "the prospect of sanctions"
  'possibility', // possible: "the possibility of talks"
  'spectre', 'specter', // dreaded: "the spectre of a blockade"
  'threat', // announced or feared: "the threat of an invasion" (threats.ts reads "threatened to")
]);

/** Is the event noun at unit i the act of a "fears of", "risk of" phrase? */
export function isFearedEvent(units: readonly Unit[], i: number): boolean {
  let k = i - 1;
  for (let n = 0; n < 3 && k >= 0 && !units[k]!.entity && /^[a-z][a-z-]*$/.test(units[k]!.text) && units[k]!.lower !== 'of'; n++) k--;
  return units[k]?.lower === 'of' && FEARED_NOUNS.has(units[k - 1]?.lower ?? '');
}
