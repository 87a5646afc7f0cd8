// Offices written once, in the plural, for several people:
//   "the foreign ministers of the two countries, Alvaro Leyva of Colombia and Carlos Faria of Venezuela,"
//   "the foreign ministers of Colombia and Venezuela, Alvaro Leyva and Carlos Faria,"
//   "Foreign ministers Alvaro Leyva of Colombia and Carlos Faria of Venezuela met"
// Each person holds the office in the country written with them ("of Colombia"), or, with none written, in the
// countries listed after the office, in the same order (as many countries as people).
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import type { Unit } from './units.ts';
import { TITLE_HEAD_WORDS as HEADS, TITLE_MODIFIERS } from './data/titles.ts';
import { BODY_TYPES, isComma, isEntity, isPossessive, PLACE_TYPES } from './classes.ts';
import { keepTypes, possessorAt } from './phrases.ts';

const MODIFIERS = new Set(TITLE_MODIFIERS.words);
/** Words of a phrase naming the listed places without naming them ("of the two countries", "of both nations"). */
const PLACES_UNNAMED = new Set(['the', 'two', 'three', 'both', 'countries', 'nations', 'states', 'governments', 'sides', 'neighbours', 'neighbors']);

/** The singular title of a plural title word ("ministers" -> "minister", "secretaries", "chairmen"), if it is one. */
export function singularTitle(word: string): string | undefined {
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('men') ? `${word.slice(0, -3)}man` : word.endsWith('s') ? word.slice(0, -1) : '';
  return singular && HEADS.has(singular) ? singular : undefined;
}

interface Holder { id: string; country?: string }

export function extractPluralTitleRoles(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let h = 0; h < u.length; h++) {
    const head = u[h]!.entity ? undefined : singularTitle(u[h]!.lower);
    if (!head) continue;
    let s = h;
    while (s > 0 && !u[s - 1]!.entity && MODIFIERS.has(u[s - 1]!.lower)) s--;
    const title = [...u.slice(s, h).map((x) => x.lower), head].join(' ');
    let k = h + 1;
    // the places the office is held in, listed after "of" ("of Colombia and Venezuela"), or a phrase for them
    const listed: string[] = [];
    if (u[k]?.lower === 'of') {
      k++;
      for (; k < u.length; k++) {
        const x = u[k]!;
        if (isEntity(x) && !x.partial && isPlace(ctx, x)) listed.push(x.entity!);
        else if (!(x.lower === 'and' || PLACES_UNNAMED.has(x.lower))) break;
      }
      if (!isComma(u[k])) continue;
    }
    if (isComma(u[k])) k++;
    const holders = holdersFrom(ctx, u, k);
    if (holders.length < 2) continue;
    // ("two far-right Israeli cabinet ministers, A and B", "Israel's two ministers, A and B": one country before the office)
    const owner = listed.length ? undefined : countryBefore(ctx, u, s);
    holders.forEach((p, n) => {
      const country = p.country ?? (listed.length === holders.length ? listed[n] : owner?.id);
      if (!country || country === p.id) return;
      // (a body the possessive's description means is cited where it was named)
      const from = !p.country && country === owner?.id ? owner.from : [];
      emit({ source: p.id, target: country, kind: 'role', predicate: `${title} of`, cameo: null, confidence: 0.8, sentences: [ctx.s, ...from.filter((x) => x !== ctx.s)], rule: 'role-plural-title' });
    });
  }
}

/** People listed from unit k ("A of X and B of Y", "A, B and C"), each with the place written after them, if any. */
function holdersFrom(ctx: Ctx, u: readonly Unit[], k: number): Holder[] {
  const out: Holder[] = [];
  while (k < u.length) {
    const x = u[k]!;
    if (!isEntity(x) || x.partial || x.type !== 'person') break;
    const holder: Holder = { id: x.entity! };
    k++;
    if (u[k]?.lower === 'of' && isEntity(u[k + 1]) && !u[k + 1]!.partial && isPlace(ctx, u[k + 1]!)) {
      holder.country = u[k + 1]!.entity!;
      k += 2;
    }
    out.push(holder);
    if (isComma(u[k]) && u[k + 1]?.lower === 'and') k += 2;
    else if (isComma(u[k]) || u[k]?.lower === 'and') k++;
    else break;
  }
  return out;
}

function isPlace(ctx: Ctx, x: Unit): boolean {
  const type = ctx.entities.get(x.entity!)?.type;
  return !!type && PLACE_TYPES.has(type);
}

/** Words between a country and a plural office that leave the country the office's ("two", "far-right", "senior"). */
const BETWEEN_COUNTRY_AND_OFFICE = /^(?:two|three|four|five|both|several|senior|top|former|far-right|far-left|hardline|hard-line|ultranationalist|nationalist|right-wing|left-wing)$/;

/** A country written right before a plural office starting at unit s: its demonym ("Israeli ministers") or its possessive ("Israel's two ministers"). */
function countryBefore(ctx: Ctx, u: readonly Unit[], s: number): { id: string; from: number[] } | undefined {
  let k = s - 1;
  while (k >= 0 && !u[k]!.entity && BETWEEN_COUNTRY_AND_OFFICE.test(u[k]!.lower)) k--;
  const x = u[k];
  if (x && isEntity(x) && !x.partial && x.metonymy === 'demonym' && ctx.entities.get(x.entity!)?.type === 'country') return { id: x.entity!, from: [] };
  const owner = u[k - 1];
  if (x && !x.entity && isPossessive(x.lower) && owner && isEntity(owner) && !owner.partial && ctx.entities.get(owner.entity!)?.type === 'country') return { id: owner.entity!, from: [] };
  // ("The court's three justices, A, B and C", "the party's two co-leaders, A and B": a body's possessive, named or the
  // one body a description like "the court" means)
  if (x && !x.entity && isPossessive(x.lower) && owner && !owner.partial) {
    const body = keepTypes(ctx, possessorAt(ctx, k - 1), BODY_TYPES);
    if (body?.ids.length === 1) return { id: body.ids[0]!, from: body.from };
  }
  return undefined;
}
