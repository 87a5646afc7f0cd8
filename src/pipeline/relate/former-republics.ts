// A republic of a state that no longer exists, as 1980s and 1990s news names it: "Serbia is the largest of
// Yugoslavia's six republics", "Latvia, a Baltic republic of the Soviet Union", "earthquake-devastated Soviet
// Armenia". Today both are states and a state lies in no other (learned.ts, placeCanContain), so the text
// has to say it: the former state's nationality word right before the republic's name, or the word
// "republic" in the same sentence with both named; never a sentence calling it "former" ("Georgia, a former
// Soviet republic", said of a state today). Which states were whose republics is the gazetteer's
// (data/places.ts FORMER_COUNTRIES); it is never stated as knowledge, since it holds no longer.
import type { Entity } from '../../types.ts';
import type { Emit } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import type { Unit } from './units.ts';

const REPUBLIC = /^republics?$/i;
/** "Georgia, a former Soviet republic": said of a state today, it places it nowhere. */
const FORMER = /^(?:former|ex|onetime|erstwhile)$/i;

export function extractFormerRepublics(units: readonly Unit[], s: number, entities: Map<string, Entity>, knowledge: Knowledge, emit: Emit): void {
  if (!knowledge.formerlyWithin) return;
  const countries = units.filter((x) => x.entity && !x.partial && entities.get(x.entity)?.type === 'country' && entities.get(x.entity)?.gazetteerId);
  if (countries.length < 2 || units.some((x) => FORMER.test(x.lower))) return;
  const seen = new Set<string>();
  for (const inner of countries) {
    if (inner.metonymy === 'demonym') continue;
    for (const outer of countries) {
      if (outer.entity === inner.entity) continue;
      const a = entities.get(inner.entity!)!, b = entities.get(outer.entity!)!;
      if (!knowledge.formerlyWithin(a.gazetteerId!, b.gazetteerId!)) continue;
      // ("Soviet Armenia": the former state's nationality word right before the name)
      const qualified = outer.metonymy === 'demonym' && outer.i === inner.i - 1;
      if (!qualified && !republicOf(units, outer)) continue;
      const key = `${a.id}>${b.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      emit({ source: a.id, target: b.id, kind: 'location', predicate: 'located in', cameo: null, confidence: qualified ? 0.85 : 0.75, sentences: [s], rule: qualified ? 'former-republic-qualified' : 'former-republic' });
    }
  }
}

/**
 * The word "republic" says the republic is the former state's: "Yugoslavia's six republics" (its possessive, a few
 * words before), "a republic of the Soviet Union" (after "of"/"in"), "the Soviet republic of Byelorussia" (its
 * nationality word before). Not "the republic of Croatia and the FRY", where the word is the other state's title.
 */
function republicOf(units: readonly Unit[], outer: Unit): boolean {
  const k = outer.i;
  const near = (from: number, to: number) => units.slice(Math.max(0, from), Math.max(0, to)).some((x) => REPUBLIC.test(x.lower));
  if (outer.metonymy === 'demonym') return REPUBLIC.test(units[k + 1]?.lower ?? '');
  if (/^['’]s?$/.test(units[k + 1]?.lower ?? '')) return near(k + 2, k + 6);
  let b = k - 1;
  if (/^the$/i.test(units[b]?.lower ?? '')) b--;
  return /^(?:of|in)$/.test(units[b]?.lower ?? '') && REPUBLIC.test(units[b - 1]?.lower ?? '');
}
