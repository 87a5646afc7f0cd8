// "Costa will take over as president of the European Council from Charles Michel", "X took over from Y as chief
// executive of Z": an office handed from one holder to the next. The one taken over from holds the office (stated, as
// "succeeding Y as" does in roles.ts); the subject takes it, with the modality of the verb group ("will take over" is
// a plan). The office needs its body written after it ("of Z"): a bare "took over as chairman" names none.
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import type { Unit } from './units.ts';
import { keepTypes, readPhrase, verbSubject } from './phrases.ts';
import { isComma, isEntity, ORGANIZATION_TYPES, PERSON_TYPES } from './classes.ts';
import { titleEndingAt, titleWord, type Title } from './title-phrase.ts';
import { verbGroupModality } from './events.ts';

const TAKE = /^(?:take|takes|took|taken|taking)$/;

/** The title opening at `t0` ("president of", "chief executive of") and the body after its "of", with where the phrase ends. */
function officeAt(ctx: Ctx, t0: number): { title: Title; body: string; end: number } | undefined {
  const u = ctx.units;
  if (/^(?:the|a|an)$/.test(u[t0]?.lower ?? '')) t0++;
  for (let h = t0; h < u.length && h <= t0 + 4; h++) {
    if (isComma(u[h])) return undefined;
    const t = titleEndingAt(u, h);
    if (!t || t.start < t0 || t.former) continue;
    if (titleWord(u[h + 1]) && titleEndingAt(u, h + 1)) continue;
    if (u[h + 1]?.lower !== 'of') return undefined;
    const phrase = readPhrase(ctx, h + 2, u.length, { organAsState: false });
    const body = keepTypes(ctx, phrase.arg, ORGANIZATION_TYPES);
    return body && body.ids.length === 1 ? { title: t, body: body.ids[0]!, end: phrase.end } : undefined;
  }
  return undefined;
}

const personAt = (u: readonly Unit[], i: number) => {
  const x = u[i];
  return isEntity(x) && !x.partial && x.type === 'person' ? x : undefined;
};

export function extractTakeOverRoles(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 3 < u.length; k++) {
    if (u[k]!.entity || !TAKE.test(u[k]!.lower) || u[k + 1]?.lower !== 'over') continue;
    let office: ReturnType<typeof officeAt>;
    let before: (Unit & { entity: string }) | undefined;
    if (u[k + 2]?.lower === 'as') {
      // "take over as president of X from Y"
      office = officeAt(ctx, k + 3);
      if (office && u[office.end]?.lower === 'from') before = personAt(u, office.end + 1);
    } else if (u[k + 2]?.lower === 'from' && personAt(u, k + 3) && u[k + 4]?.lower === 'as') {
      // "took over from Y as chief executive of X"
      before = personAt(u, k + 3);
      office = officeAt(ctx, k + 5);
    }
    if (!office) continue;
    const predicate = `${office.title.words.join(' ')} of`;
    if (before && before.entity !== office.body) {
      emit({ source: before.entity, target: office.body, kind: 'role', predicate, cameo: null, confidence: 0.75, sentences: [ctx.s], rule: 'role-taken-over-from' });
    }
    const subject = keepTypes(ctx, verbSubject(ctx, k), PERSON_TYPES);
    if (subject && subject.ids.length === 1 && subject.ids[0] !== office.body && subject.ids[0] !== before?.entity) {
      const { negated, hypothetical } = verbGroupModality(ctx, k);
      emit({
        source: subject.ids[0]!, target: office.body, kind: 'role', predicate, cameo: null, confidence: 0.75, sentences: [...new Set([ctx.s, ...subject.from])],
        rule: 'role-takes-over', ...(negated ? { negated } : {}), ...(hypothetical ? { hypothetical } : {}),
      });
    }
  }
}
