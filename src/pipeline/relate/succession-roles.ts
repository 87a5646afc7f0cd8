// The office of a succession told with "take over": "Costa will take over as president of the European Council from
// Charles Michel on Dec. 1". The subject holds the office named after "as" (with the verb group's modality: a planned
// takeover is 'hyp', the batch convention for a successor due to take office later), and the one it is taken over
// "from" held it (a leader who leaves in the story keeps the title). The succession itself is the lexicon's
// "take-over-from" event. Read from the units: "take over as <title> of <body>", then "from <person>" in the clause.
import type { Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import type { Emit } from './found.ts';
import { clamp } from './found.ts';
import { keepTypes, readPhrase, verbSubject, VIA_PENALTY } from './phrases.ts';
import { verbGroupModality } from './events.ts';
import { titleEndingAt } from './title-phrase.ts';
import { isBreaker, PERSON_TYPES } from './classes.ts';
import type { EntityType } from '../../types.ts';

/** What an office taken over belongs to: a body, or a state ("prime minister of Japan"). */
const BODY_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'group', 'country']);
const TAKE = /^(?:take|takes|took|taken|taking)$/;
/** How many words a title may take after "as" ("as the bloc's next foreign policy chief"). */
const TITLE_REACH = 6;
/** How far after the body the predecessor's "from" may stand ("... of the European Council from X"). */
const FROM_REACH = 6;

export function extractSuccessionRoles(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 3 < u.length; k++) {
    if (u[k]!.entity || !TAKE.test(u[k]!.lower) || u[k + 1]!.lower !== 'over') continue;
    // ("took over from Mario Draghi as president of the bank": the predecessor may come first)
    const first = u[k + 2]?.lower === 'from' && u[k + 3]?.entity && u[k + 3]!.type === 'person' && !u[k + 3]!.partial ? u[k + 3]! : undefined;
    const as = first ? k + 4 : k + 2;
    if (u[as]?.lower !== 'as') continue;
    const t0 = as + 1;
    let title: ReturnType<typeof titleEndingAt>;
    let h = t0;
    for (; h < u.length && h < t0 + TITLE_REACH; h++) {
      if (u[h]!.entity || u[h]!.lower === ',' || isBreaker(u[h]!.lower)) break;
      const t = titleEndingAt(u, h);
      // (the longest title from the first word: "chief executive", not "chief")
      if (t && t.start <= t0 + 1 && !t.former) title = t;
      else if (title) break;
    }
    if (!title || u[title.end + 1]?.lower !== 'of') continue;
    const phrase = readPhrase(ctx, title.end + 2, u.length, { organAsState: false });
    const body = keepTypes(ctx, phrase.arg, BODY_TYPES);
    if (!body || body.ids.length !== 1) continue;
    const holder = keepTypes(ctx, verbSubject(ctx, k), PERSON_TYPES);
    const predicate = `${title.words.join(' ')} of`;
    const { negated, hypothetical } = verbGroupModality(ctx, k);
    const role = (person: string, via: number, hyp: boolean, rule: string, from: number[]) => {
      if (person === body.ids[0]) return;
      emit({
        source: person, target: body.ids[0]!, kind: 'role', predicate, cameo: null,
        confidence: clamp(0.7 - via - VIA_PENALTY[body.via]), sentences: [...new Set([ctx.s, ...from, ...body.from])], rule,
        ...(negated ? { negated } : {}), ...(hyp ? { hypothetical: true } : {}),
      });
    };
    if (holder && holder.ids.length === 1) role(holder.ids[0]!, VIA_PENALTY[holder.via], hypothetical, 'role-took-over-as', holder.from);
    // ("... from Charles Michel on Dec. 1": the predecessor held the office)
    if (first) role(first.entity!, 0, false, 'role-taken-over-from', []);
    for (let f = phrase.end; !first && f < u.length && f <= phrase.end + FROM_REACH; f++) {
      if (u[f]!.lower === ',' || isBreaker(u[f]!.lower)) break;
      const next: Unit | undefined = u[f + 1];
      if (u[f]!.lower === 'from' && next?.entity && next.type === 'person' && !next.partial) { role(next.entity, 0, false, 'role-taken-over-from', []); break; }
    }
  }
}
