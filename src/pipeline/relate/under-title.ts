// "the Federal Trade Commission, which under Chair Lina Khan has challenged several mergers", "Boeing, under chief
// executive X, has cut jobs": a body said to act under a titled person is the body of the title. Not a national office
// ("the army, under President X," is the state's president's army, no office of it).
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { isComma, isEntity, isRelative, ORGANIZATION_TYPES } from './classes.ts';
import { NATIONAL, titleEndingAt, titleHead } from './title-phrase.ts';

export function extractUnderTitleRoles(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 3; k < u.length; k++) {
    const person = u[k]!;
    if (!isEntity(person) || person.partial || person.type !== 'person') continue;
    const t = titleEndingAt(u, k - 1);
    if (!t || t.former || NATIONAL.has(titleHead(t)) || u[t.start - 1]?.lower !== 'under') continue;
    // the body before "under": "X under", "X, under", "X, which under"
    let b = t.start - 2;
    if (isRelative(u[b]?.lower ?? '') && isComma(u[b - 1])) b -= 2;
    else if (isComma(u[b])) b--;
    const body = u[b];
    if (!isEntity(body) || body.partial || !ORGANIZATION_TYPES.has(body.type!)) continue;
    emit({ source: person.entity, target: body.entity, kind: 'role', predicate: `${t.words.join(' ')} of`, cameo: null, confidence: 0.7, sentences: [ctx.s], rule: 'role-under-title' });
  }
}
