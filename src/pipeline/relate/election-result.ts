// An electoral authority announcing a result: "The Election Commission said X defeated Y", "the National Electoral
// Council announced that X had won". Announcing who won is declaring the winner, an appointment in effect ('*' in
// the annotation, as the "declare-winner" trigger of the lexicon, data/lexicon.ts); the win itself is read by the
// event readers. Read from the units: the authority, its verb of saying right after it, and the first person of the
// reported clause with a verb of winning after him (a ", who ..., " aside between them is passed over).
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { verbGroupModality } from './events.ts';
import { isAdverb, isEntity, isReportingVerb } from './classes.ts';

/** Names of the bodies that run and count elections ("Election Commission", "National Electoral Council"). */
const ELECTORAL_BODY = /\b(?:election|elections|electoral)\b/i;

/** Verbs of winning a contest, said of the winner ("defeated Y", "had won", "beat Y"). */
const WIN_VERBS = new Set(['defeated', 'defeats', 'beat', 'beats', 'won', 'wins']);

/** How far the verb of winning may stand after the winner's name (across an aside). */
const REACH = 20;

export function extractElectionResult(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 2 < u.length; k++) {
    const body = u[k]!;
    if (!isEntity(body) || body.type !== 'organization' || !ELECTORAL_BODY.test(ctx.entities.get(body.entity!)?.name ?? '')) continue;
    let v = k + 1;
    while (v < u.length && isAdverb(u[v]!)) v++;
    if (!u[v] || u[v]!.entity || !isReportingVerb(u[v]!.lower)) continue;
    let p = v + 1;
    if (u[p]?.lower === 'that') p++;
    const winner = u[p];
    if (!isEntity(winner) || winner.type !== 'person' || winner.partial) continue;
    // ("X, who leads the alliance, defeated Y": an aside after the name is passed over; another name before the verb
    // of winning ends the search, as the clause may be that name's)
    let aside = false;
    for (let w = p + 1; w < u.length && w - p <= REACH; w++) {
      const x = u[w]!;
      if (/^[.;:!?]$/.test(x.text)) break;
      if (x.lower === ',') { aside = !aside; continue; }
      if (aside) continue;
      if (x.entity) break;
      if (!WIN_VERBS.has(x.lower)) continue;
      const { negated, hypothetical } = verbGroupModality(ctx, v);
      emit({
        source: body.entity!, target: winner.entity!, kind: 'event', predicate: 'declared winner', cameo: null,
        confidence: 0.6, sentences: [ctx.s], rule: 'election-authority-result',
        ...(negated ? { negated } : {}), ...(hypothetical ? { hypothetical } : {}),
      });
      break;
    }
  }
}
