// Bodies named together and described together: "Rosneft and Lukoil, Russia's two largest oil companies,", "Mitsui and
// Mitsubishi, the two Japanese trading houses,". The country of a plural description in apposition to a coordination
// of names is each name's (affiliation `affiliated with`, as "Petrobras, the Brazilian oil company," is in
// affiliation.ts, which reads a single name).
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { isComma, isEntity, isOrganizationDescriptor, isPossessive, isPunct, ORGANIZATION_TYPES } from './classes.ts';

/** Words between the country and the kind of body: numbers and adjectives ("two largest oil", "three state-owned"). */
const MAX_MODIFIERS = 4;

/** A plural noun naming a kind of organisation ("companies", "producers", "lenders"). */
const pluralKind = (w: string) => /s$/.test(w) && (isOrganizationDescriptor(w.replace(/ies$/, 'y')) || isOrganizationDescriptor(w.replace(/s$/, '')));

export function extractCoordinatedBodyCountries(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let c = 3; c < u.length; c++) {
    if (!isComma(u[c]) || !isEntity(u[c - 1]) || !ORGANIZATION_TYPES.has(u[c - 1]!.type!)) continue;
    // the names before the comma: "A and B", "A, B and C"
    const names = [u[c - 1]!.entity!];
    let j = c - 2;
    while (j >= 1 && (u[j]!.lower === 'and' || isComma(u[j])) && isEntity(u[j - 1]) && !u[j - 1]!.partial && ORGANIZATION_TYPES.has(u[j - 1]!.type!)) {
      names.push(u[j - 1]!.entity!);
      j -= 2;
    }
    if (names.length < 2 || u[c - 2]?.lower !== 'and') continue;
    // the description: "Russia's ...", "the two biggest Russian ..."
    let m = c + 1;
    let country: string | undefined;
    if (u[m]?.lower === 'the') m++;
    const x = u[m];
    if (isEntity(x) && !x.partial && x.type === 'country' && isPossessive(u[m + 1]?.lower ?? '') && x.metonymy !== 'demonym') { country = x.entity; m += 2; }
    let e = m;
    while (e < m + MAX_MODIFIERS && !u[e]!.entity && /^[a-z0-9][a-z0-9-]*$/.test(u[e]!.text) && !pluralKind(u[e]!.lower)) e++;
    // ("the two biggest Russian oil producers": a nationality word among the modifiers)
    if (!country) {
      for (let d = m; d < e + 1 && d < u.length; d++) {
        const y = u[d]!;
        if (isEntity(y) && y.metonymy === 'demonym' && y.type === 'country') { country = y.entity; e = d + 1; while (e < d + 3 && !u[e]!.entity && /^[a-z][a-z-]*$/.test(u[e]!.text) && !pluralKind(u[e]!.lower)) e++; break; }
        if (y.entity || !/^[a-z0-9][a-z0-9-]*$/.test(y.text)) break;
      }
    }
    const kind = u[e];
    const after = u[e + 1];
    if (!country || !kind || kind.entity || !pluralKind(kind.lower) || (after && !isComma(after) && !isPunct(after))) continue;
    for (const id of names) {
      if (id === country) continue;
      emit({ source: id, target: country, kind: 'affiliation', predicate: 'affiliated with', cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'affiliation-coordinated-apposition' });
    }
  }
}
