// A country's possessive right before a person it is known to be led by: "Somalia's Hassan Sheikh Mohamud",
// "guests included Kenya's President William Ruto and Djibouti's Ismail Omar Guelleh", "Russia's Sergei Lavrov".
// The text states whose the person is; what office they hold there comes from world knowledge of national office
// holders (data/office-holders.ts), and only when the person is known to have held an office of that very country.
// Basis "context": the pair is written, the office is read with knowledge. A person known only as one of the
// country's cabinet ministers (the data's catch-all 'minister': "India's Piyush Goyal") is emitted "minister of":
// which portfolio is not known here, but that the person serves that country in its cabinet is, and the role's kind
// and country are what the graph needs. knownOfficeIn gives 'minister' only when no more telling office (president,
// monarch, prime minister, ...) is known there.
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { countryCode, isEntity, isPossessive } from './classes.ts';
import { knownOfficeIn } from './known-holders.ts';

export function extractPossessiveHolderRoles(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 2; k < u.length; k++) {
    const person = u[k]!;
    if (!isEntity(person) || person.type !== 'person') continue;
    const owner = u[k - 2]!;
    if (!isPossessive(u[k - 1]!.lower) || !isEntity(owner) || owner.metonymy) continue;
    const country = ctx.entities.get(owner.entity!);
    const code = countryCode(country);
    const holder = ctx.entities.get(person.entity!);
    const office = code && holder ? knownOfficeIn(holder, code) : undefined;
    if (!office) continue;
    emit({
      source: person.entity!, target: owner.entity!, kind: 'role', predicate: `${office} of`, cameo: null,
      confidence: 0.7, sentences: [ctx.s], basis: 'context', rule: 'role-possessive-known-holder',
    });
  }
}
