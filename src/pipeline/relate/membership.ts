// Membership stated with the noun "member" (or "ally" after an alliance): "Turkey is a member of NATO", "Russia was
// an OSCE member", "NATO member Turkey", "Hungary, a European Union member state, objected", "Sweden became the 32nd member of NATO", "Chile became
// APEC's newest member"; and an admission: "Fiji was admitted to the Commonwealth". The member is a country, an
// organisation or a person; what it belongs to is an organisation. "a former member" states no current
// membership and is left out.
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import type { Unit } from './units.ts';
import { isAdverb, isComma, isEntity, isPossessive } from './classes.ts';

const MEMBER_WORDS = new Set(['member', 'members']);
/** Words between the determiner and "member" that keep the membership current and real. */
const MEMBER_MODIFIERS = new Set(['founding', 'full', 'permanent', 'non-permanent', 'associate', 'key', 'leading', 'longtime', 'long-standing', 'active', 'original', 'core', 'only', 'sole', 'fellow']);
/** An ally of an alliance named before the word is its member ("a NATO ally", "NATO allies Poland and Hungary"). */
const ALLY_WORDS = new Set(['ally', 'allies']);
const ORDER_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'newest', 'latest', 'youngest', 'smallest', 'largest', 'biggest', 'last', 'next']);
/** An ordinal or a superlative of order between the determiner and "member": "the 32nd member", "its newest member". */
const isOrderWord = (lower: string) => /^\d+(?:st|nd|rd|th)$/.test(lower) || ORDER_WORDS.has(lower);
/** Passive admission verbs: "X was admitted to NATO", "X was accepted into the Commonwealth". */
const ADMITTED = new Set(['admitted', 'accepted', 'welcomed']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'remains', 'remained', 'remain', 'become']);
const MEMBERS = new Set(['country', 'organization', 'group', 'person']);

export const MEMBERSHIP_WORDS: readonly string[] = [...MEMBER_WORDS];

export function extractMemberships(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const body = (x: Unit | undefined) => isEntity(x) && !x.partial && (x.type === 'organization' || x.type === 'group') ? x : undefined;
  const member = (source: string, target: string) =>
    emit({ source, target, kind: 'affiliation', predicate: 'member of', cameo: null, confidence: 0.8, sentences: [ctx.s], rule: 'membership-noun' });
  for (let k = 1; k < u.length; k++) {
    if (u[k]!.entity || !(MEMBER_WORDS.has(u[k]!.lower) || (ALLY_WORDS.has(u[k]!.lower) && body(u[k - 1])))) continue;
    // what it belongs to: "an OSCE member (state)" or "a member of (the) NATO"
    let of = body(u[k - 1]);
    // ("NATO member Turkey objected", "fellow EU member Slovakia": the member's name right after the noun)
    const named = u[k + 1];
    if (of && isEntity(named) && !named.partial && MEMBERS.has(named.type!) && named.type !== 'person' && named.entity !== of.entity && !isPossessive(u[k + 2]?.lower ?? '')) {
      member(named.entity, of.entity!);
      continue;
    }
    let j = of ? k - 2 : k - 1;
    if (!of && u[k + 1]?.lower === 'of') of = body(u[k + 2]) ?? (u[k + 2]?.lower === 'the' ? body(u[k + 3]) : undefined);
    while (j >= 0 && (MEMBER_MODIFIERS.has(u[j]!.lower) || isOrderWord(u[j]!.lower))) j--;
    // "NATO's 32nd member": the possessor is what it belongs to and stands where the determiner would
    if (!of && j >= 1 && isPossessive(u[j]!.lower) && body(u[j - 1])) {
      of = body(u[j - 1]);
      j -= u[j - 2]?.lower === 'the' ? 2 : 1;
    } else if (j < 0 || !(/^(?:a|an|the)$/.test(u[j]!.lower) || (u[j]!.lower === 'and' && of && j === k - 2))) continue;
    if (!of) continue;
    // the member: the subject of a copula ("Turkey is also a member"), or the name an apposition describes
    let m = j - 1;
    while (m >= 0 && isAdverb(u[m])) m--;
    // ("Greece, Turkey's neighbour and NATO ally,": an apposition coordinating another description first)
    if (u[j]!.lower === 'and') {
      m = j - 1;
      while (m > 0 && m > j - 6 && !isComma(u[m])) m--;
      if (!isComma(u[m])) continue;
    }
    if (m < 1 || !(COPULAS.has(u[m]!.lower) || isComma(u[m]))) continue;
    let s = m - 1;
    while (s >= 0 && isAdverb(u[s]) && !isComma(u[m])) s--;
    const memberUnit = u[s];
    if (!isEntity(memberUnit) || memberUnit.partial || !MEMBERS.has(memberUnit.type!) || memberUnit.entity === of.entity) continue;
    member(memberUnit.entity, of.entity!);
  }
  extractAdmissions(ctx, emit);
}

/** "X was (formally) admitted to (the) ORG", "X was accepted into ORG": a country or organisation made a member.
 * A person admitted somewhere (a hospital, a university, a bar) is left out. */
function extractAdmissions(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 2; k + 1 < u.length; k++) {
    if (u[k]!.entity || !ADMITTED.has(u[k]!.lower) || !/^(?:to|into)$/.test(u[k + 1]!.lower)) continue;
    const of = u[k + 2]?.lower === 'the' ? u[k + 3] : u[k + 2];
    if (!isEntity(of) || of.type !== 'organization') continue;
    let m = k - 1;
    while (m >= 0 && isAdverb(u[m])) m--;
    if (m < 1 || !/^(?:was|were|been|is|are|be)$/.test(u[m]!.lower)) continue;
    let s = m - 1;
    if (s >= 0 && /^(?:has|have|had|will|would)$/.test(u[s]!.lower)) s--;
    const member = u[s];
    if (!isEntity(member) || (member.type !== 'country' && member.type !== 'organization') || member.entity === of.entity) continue;
    emit({ source: member.entity, target: of.entity, kind: 'affiliation', predicate: 'member of', cameo: null, confidence: 0.75, sentences: [ctx.s], rule: 'membership-admission' });
  }
}
