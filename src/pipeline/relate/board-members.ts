// "Bank of Japan board member Toyoaki Nakamura", "Two board members, Toyoaki Nakamura and Asahi Noguchi, voted against
// the change": a member of a body's board is a member of the body (role `board member of`). The body is the one named
// before "board" ("X board member", "X's board member"), else the clause's reporter (", the bank said" aside, a name
// reporting at the end: ", the Bank of Japan said"), else the organisation the story is about.
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import type { Unit } from './units.ts';
import { isComma, isEntity, isPossessive, isReportingVerb, ORGANIZATION_TYPES } from './classes.ts';

const isBody = (x: Unit | undefined): x is Unit & { entity: string } => isEntity(x) && !x.partial && ORGANIZATION_TYPES.has(x.type!);
const isPerson = (x: Unit | undefined): x is Unit & { entity: string } => isEntity(x) && !x.partial && x.type === 'person';

/** The organisation the article names most often (at least twice, and more often than any other), else none. */
function storyOrganization(ctx: Ctx): string | undefined {
  let best: string | undefined;
  let most = 1;
  let tied = false;
  for (const e of ctx.entities.values()) {
    if (!ORGANIZATION_TYPES.has(e.type)) continue;
    const n = e.mentions.length;
    if (n > most) { best = e.id; most = n; tied = false; } else if (n === most) tied = true;
  }
  return tied ? undefined : best;
}

export function extractBoardMembers(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 2 < u.length; k++) {
    if (u[k]!.lower !== 'board' || !/^members?$/.test(u[k + 1]?.lower ?? '') || u[k]!.entity) continue;
    // the members: "board member X", "board members, A and B,"
    let j = k + 2;
    if (isComma(u[j])) j++;
    const people: string[] = [];
    while (isPerson(u[j])) {
      people.push(u[j]!.entity!);
      if ((u[j + 1]?.lower === 'and' || isComma(u[j + 1])) && isPerson(u[j + 2])) j += 2;
      else break;
    }
    if (!people.length) continue;
    // (not "a former board member")
    if (/^(?:former|ex|onetime)$/.test(u[k - 1]?.lower ?? '')) continue;
    let body: string | undefined;
    let from: number[] = [];
    const before = isPossessive(u[k - 1]?.lower ?? '') ? u[k - 2] : u[k - 1];
    if (isBody(before)) body = before.entity;
    else if (isEntity(before)) continue;
    else {
      // (a body reporting at the end of the sentence: ", the Bank of Japan said")
      for (let r = j + 1; r + 1 < u.length; r++) if (isBody(u[r]) && isReportingVerb(u[r + 1]!.lower) && isComma(u[r - 1]?.lower === 'the' ? u[r - 2] : u[r - 1])) { body = u[r]!.entity!; break; }
      if (!body) {
        const at = { s: ctx.s, i: k };
        const o = ctx.discourse.salientOrganization(at);
        if (o) { body = o.value; from = o.s === ctx.s ? [] : [o.s]; } else {
          body = storyOrganization(ctx);
          // (cited with the latest sentence naming it, so the evidence names both ends)
          let r = ctx.s - 1;
          while (body && r >= 0 && !ctx.sentences[r]!.units.some((y) => y.entity === body)) r--;
          if (r < 0) body = undefined;
          else from = [r];
        }
      }
    }
    if (!body) continue;
    for (const id of people) emit({ source: id, target: body, kind: 'role', predicate: 'board member of', cameo: null, confidence: 0.65, sentences: [ctx.s, ...from], rule: 'role-board-member' });
  }
}
