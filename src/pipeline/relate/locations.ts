// Location relations: place -> place, "located in". What the text states:
//   "the Ukrainian peninsula of Crimea", "the Russian enclave of Kaliningrad", "Ukraine's port of Odesa"
//   "Donetsk and its neighboring Lugansk are located in the Donbas"
//   "The Donbas area, which includes Luhansk and Donetsk" / "..., including X and Y"
//   "Kharkiv in eastern Ukraine", "the Donbas coal area of eastern Ukraine"
// and, separately (containment.ts), what the gazetteer knows about places named in the article.
import type { EntityType } from '../../types.ts';
import type { Arg, Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import type { Emit } from './found.ts';
import { clamp } from './found.ts';
import { possessorAt, readPhrase, readPhraseLeft, VIA_PENALTY } from './phrases.ts';
import { isAux, isComma, isContent, isDirection, isEntity, isPlaceNoun, isPossessive, isPunct, isRelative, PLACE_TYPES } from './classes.ts';

/** Containment rank: a place can only be stated to lie in a place of higher rank by the loose patterns. */
const RANK: Partial<Record<EntityType, number>> = { city: 1, location: 1.5, region: 2, country: 3 };
export const CONTAINED = new Set<EntityType>(['city', 'region', 'location']);
const STATIVE = new Set(['located', 'situated', 'lies', 'lie', 'lying', 'nestled']);
/** Nouns for a part of a place: "X in the eastern part of Y" lies in Y. */
const PART_NOUNS = new Set(['part', 'parts', 'outskirts', 'edge', 'corner', 'heart', 'centre', 'center']);
/** Nouns for a state, in "X, a small nation in ...". */
const STATE_NOUNS = new Set(['nation', 'country', 'state', 'kingdom', 'republic']);
/** Verbs of a place's owner ("an enclave that belongs to Tajikistan"). */
const BELONGS = new Set(['belongs', 'belong', 'belonged']);
const INCLUDES = new Set(['includes', 'include', 'included', 'including', 'comprises', 'comprise', 'comprising', 'encompasses', 'encompassing', 'spans', 'spanning']);

export function extractLocations(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const type = (id: string) => ctx.entities.get(id)?.type;
  const report = (inner: string, outer: string, confidence: number, rule: string, from: number[] = []) => {
    if (inner === outer) return;
    const ti = type(inner);
    const to = type(outer);
    // (a state lies in no other state, region or city, but in a sea or a continent: "Madagascar, an island nation in
    // the Indian Ocean", "eastern Africa, including Kenya")
    if (!ti || !to || !(CONTAINED.has(ti) || (ti === 'country' && to === 'location')) || !PLACE_TYPES.has(to)) return;
    emit({ source: inner, target: outer, kind: 'location', predicate: 'located in', cameo: null, confidence: clamp(confidence), sentences: [ctx.s, ...from], rule });
  };
  const reportArg = (inner: Arg | undefined, outer: Arg | undefined, base: number, rule: string) => {
    if (!inner || !outer) return;
    for (const a of inner.ids) for (const b of outer.ids) {
      report(a, b, base - VIA_PENALTY[inner.via] - VIA_PENALTY[outer.via], rule, [...inner.from, ...outer.from]);
    }
  };

  for (let k = 0; k < u.length; k++) {
    const x = u[k]!;
    // "the Ukrainian peninsula of Crimea", "Ukraine's port of Odesa", "the Ukrainian city Kharkiv"
    if (!x.entity && isPlaceNoun(x.lower)) {
      let b = k - 1;
      let adjectives = 0;
      while (b >= 0 && adjectives < 2 && isContent(u[b]) && !u[b]!.entity && !isPlaceNoun(u[b]!.lower)) { b--; adjectives++; }
      let outer: Arg | undefined;
      if (isEntity(u[b]) && (u[b]!.type === 'country' || u[b]!.type === 'region')) outer = { ids: [u[b]!.entity!], via: 'modifier', from: [] };
      else if (u[b] && isPossessive(u[b]!.lower)) outer = possessorAt(ctx, b - 1);
      if (outer) {
        let inner: Arg | undefined;
        if (u[k + 1]?.lower === 'of') inner = readPhrase(ctx, k + 2).arg;
        else if (isEntity(u[k + 1])) inner = { ids: [u[k + 1]!.entity!], via: 'direct', from: [] };
        // "Bosnia's capital, Sarajevo, is ...": the name in apposition after the comma
        else if (isComma(u[k + 1]) && isEntity(u[k + 2]) && closesPhrase(u[k + 3])) inner = { ids: [u[k + 2]!.entity!], via: 'direct', from: [] };
        if (inner?.via === 'direct') reportArg(inner, outer, 0.88, 'location-place-noun');
      }
    }
    // "Vilnius, the Lithuanian capital," / "Odesa, Ukraine's main port." / "Wad Madani, the capital of Gezira state,"
    if (isEntity(x) && (CONTAINED.has(x.type!) || (x.type === 'country' && x.metonymy === undefined)) && isComma(u[k + 1])) {
      let m = k + 2;
      if (u[m]?.lower === 'the') m++;
      if (u[m] && !u[m]!.entity && isPlaceNoun(u[m]!.lower) && u[m + 1]?.lower === 'of') {
        const outer = readPhrase(ctx, m + 2).arg;
        if (outer && (outer.via === 'direct' || outer.via === 'modifier')) reportArg({ ids: [x.entity!], via: 'direct', from: [] }, outer, 0.8, 'location-apposition-of');
      }
      // "Diyarbakir, the largest city in south-eastern Turkey," / "Kandahar, a city in southern Afghanistan"
      {
        // ("Madagascar, an island nation in the Indian Ocean": a state is a nation or a country, and one kind may qualify another)
        const kind = (w: Unit | undefined) => !!w && !w.entity && (isPlaceNoun(w.lower) || (x.type === 'country' && STATE_NOUNS.has(w.lower)));
        let n = u[k + 2]?.lower === 'a' || u[k + 2]?.lower === 'an' ? k + 3 : m;
        let words = 0;
        while (words < 2 && isContent(u[n]) && !kind(u[n])) { n++; words++; }
        if (kind(u[n]) && kind(u[n + 1])) n++;
        if (kind(u[n]) && u[n + 1]?.lower === 'in') {
          const container = readPhrase(ctx, n + 2).arg;
          const places = container && container.ids.filter((id) => PLACE_TYPES.has(ctx.entities.get(id)?.type ?? 'other'));
          if (places?.length === 1 && container!.via === 'direct') reportArg({ ids: [x.entity!], via: 'direct', from: [] }, { ...container!, ids: places }, 0.8, 'location-apposition-in');
        }
      }
      let outer: Arg | undefined;
      if (isEntity(u[m]) && isPossessive(u[m + 1]?.lower ?? '')) { outer = possessorAt(ctx, m); m += 2; }
      else if (isEntity(u[m]) && (u[m]!.type === 'country' || u[m]!.type === 'region')) { outer = { ids: [u[m]!.entity!], via: 'modifier', from: [] }; m++; }
      let adjectives = 0;
      while (outer && adjectives < 2 && isContent(u[m]) && !u[m]!.entity && !isPlaceNoun(u[m]!.lower)) { m++; adjectives++; }
      const closes = !u[m + 1] || isComma(u[m + 1]) || (isPunct(u[m + 1]) && !isPossessive(u[m + 1]!.lower));
      if (outer && u[m] && !u[m]!.entity && isPlaceNoun(u[m]!.lower) && closes) reportArg({ ids: [x.entity!], via: 'direct', from: [] }, outer, 0.8, 'location-apposition');
    }
    // "Aiken, S.C., has ..." / "Lowman, Idaho" / "Mohammadia, south-east Algeria": a town and, after a comma, the
    // region or country it lies in (a larger kind of place; not a list, where another such place follows)
    if (isEntity(x) && CONTAINED.has(x.type!) && isComma(u[k + 1]) && !(isComma(u[k - 1]) && isEntity(u[k - 2]))) {
      let m = k + 2;
      if (u[m] && !u[m]!.entity && isDirection(u[m]!.lower)) m++;
      const outer = u[m];
      const list = isComma(u[m + 1]) && isEntity(u[m + 2]) && PLACE_TYPES.has(u[m + 2]!.type!);
      if (isEntity(outer) && outer.metonymy !== 'demonym' && (outer.type === 'region' || outer.type === 'country')
        && (RANK[outer.type] ?? 0) > (RANK[x.type!] ?? 0) && closesPhrase(u[m + 1]) && !list && u[m + 1]?.lower !== 'and') {
        report(x.entity!, outer.entity!, 0.8, 'location-comma');
      }
    }
    // "X and Y are located in Z"
    if (!x.entity && STATIVE.has(x.lower) && u[k + 1]?.lower === 'in') {
      let j = k - 1;
      while (j >= 0 && isAux(u[j]!.lower)) j--;
      const inner = j >= 0 ? readPhraseLeft(ctx, j).arg : undefined;
      const outer = readPhrase(ctx, k + 2).arg;
      if (inner?.via === 'direct' && outer && (outer.via === 'direct' || outer.via === 'modifier')) {
        for (const a of inner.ids) for (const b of outer.ids) report(a, b, 0.85, 'location-stative');
      }
    }
    // "Vorukh, an enclave that belongs to Tajikistan", "the island belongs to Japan": a place a state owns lies in it
    if (!x.entity && BELONGS.has(x.lower) && u[k + 1]?.lower === 'to') {
      const outer = u[namedAt(u, k + 2)];
      let j = k - 1;
      // (", a/an <kind of place> that belongs to": the description in apposition to the place)
      if (isRelative(u[j]?.lower ?? '')) {
        let d = j - 1;
        while (d > j - 4 && d >= 0 && isContent(u[d]) && !u[d]!.entity && !isPlaceNoun(u[d]!.lower)) d--;
        const kind = u[d];
        j = kind && !kind.entity && isPlaceNoun(kind.lower) ? d : -1;
        while (j > 0 && j > d - 3 && !isComma(u[j])) j--;
        j = isComma(u[j]) ? j - 1 : -1;
      }
      const inner = u[j];
      if (isEntity(inner) && !inner.partial && isEntity(outer) && !outer.partial && outer.metonymy === undefined && outer.type === 'country') report(inner.entity!, outer.entity!, 0.8, 'location-belongs-to');
    }
    // "The Donbas area, which includes Luhansk and Donetsk" / "eastern Ukraine, including Donetsk"
    if (!x.entity && INCLUDES.has(x.lower)) {
      let j = k - 1;
      if (u[j]?.lower === 'which' || u[j]?.lower === 'that') j--;
      if (!isComma(u[j])) continue;
      const outer = readPhraseLeft(ctx, j - 1).arg;
      const inner = readPhrase(ctx, k + 1).arg;
      if (!outer || !inner || inner.via !== 'direct' || outer.ids.length !== 1) continue;
      const ot = type(outer.ids[0]!);
      if (!ot || !PLACE_TYPES.has(ot)) continue;
      for (const a of inner.ids) {
        if (type(a) === 'country' && ot !== 'location') continue;
        report(a, outer.ids[0]!, 0.8 - VIA_PENALTY[outer.via], 'location-includes');
      }
    }
    // "Ukraine's Odesa", "China's Xinjiang region"
    if (isEntity(x) && CONTAINED.has(x.type!) && isPossessive(u[k - 1]?.lower ?? '') && isEntity(u[k - 2])) {
      const owner = u[k - 2]!;
      if (owner.metonymy !== 'demonym' && (RANK[owner.type!] ?? 0) > (RANK[x.type!] ?? 0)) report(x.entity!, owner.entity!, 0.8, 'location-possessive');
    }
    // "Kharkiv in eastern Ukraine", "the Donbas coal area of eastern Ukraine"
    if (isEntity(x) && CONTAINED.has(x.type!)) {
      let m = k + 1;
      let nouns = 0;
      while (nouns < 2 && isContent(u[m]) && !u[m]!.entity && !isDirection(u[m]!.lower)) { m++; nouns++; }
      const ok = nouns === 0 ? u[m]?.lower === 'in' : isPlaceNoun(u[m - 1]!.lower) && (u[m]?.lower === 'in' || u[m]?.lower === 'of');
      if (!ok) continue;
      let n = m + 1;
      if (u[n]?.lower === 'the') n++;
      if (u[n] && isDirection(u[n]!.lower)) n++;
      // "in the southeastern part of Rwanda", "in the outskirts of Kyiv", "in the north of Mali"
      if (u[n] && PART_NOUNS.has(u[n]!.lower) && u[n + 1]?.lower === 'of') n += 2;
      else if (u[n]?.lower === 'of' && u[n - 2]?.lower === 'the' && isDirection(u[n - 1]!.lower)) n++;
      const outer = u[n];
      if (!isEntity(outer) || outer.metonymy === 'demonym') continue;
      const ri = RANK[x.type!] ?? 0;
      const ro = RANK[outer.type!] ?? 0;
      if (ro > ri && (outer.type === 'country' || outer.type === 'region')) report(x.entity!, outer.entity, 0.75, 'location-in');
    }
  }
}

/** The unit after a name in apposition ends the phrase: nothing, a comma, or punctuation other than a possessive. */
function closesPhrase(next: Unit | undefined): boolean {
  return !next || isComma(next) || (isPunct(next) && !isPossessive(next.lower));
}

/** Where a place's name is in the phrase at i: after "the" when the name takes it ("belongs to the Netherlands"). */
function namedAt(u: readonly Unit[], i: number): number {
  return u[i]?.lower === 'the' && isEntity(u[i + 1]) ? i + 1 : i;
}
