// "The Islamic Development Bank promised Pakistan $4.2 billion, the World Bank $2 billion and Saudi Arabia $1 billion":
// a sum given or pledged to an actor, then more givers with their sums and the verb left out (gapping). Each giver
// so listed gives to the same recipient, in the same way, read after the first giver's event.
import type { Emit, Found } from './found.ts';
import type { Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import { ACTOR_TYPES, isComma, isEntity } from './classes.ts';

/** Events whose gapped repetitions this reads: pledges and promises (03x) and aid given or lent (07x). */
const GIVING = /^0[37]/;
const CURRENCY = /^(?:[$€£¥]|us\$)/i;
const SCALE = /^(?:million|billion|trillion|bn|mln)$/;

/** Whether an amount of money starts at unit k ("$2 billion", "1 billion euros"). */
function amountAt(u: readonly Unit[], k: number): boolean {
  const x = u[k];
  if (!x) return false;
  if (CURRENCY.test(x.text)) return true;
  return /^\d[\d.,]*$/.test(x.text) && SCALE.test(u[k + 1]?.lower ?? '');
}

export function extractGappedGifts(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const here = (ctx.earlier ?? []).filter((f): f is Found & { trigger: number } => f.kind === 'event' && f.sentences[0] === ctx.s && GIVING.test(f.cameo ?? '')
    && f.trigger !== undefined && !f.negated);
  for (const f of here) {
    const start = u.findIndex((x) => x.start >= f.trigger);
    if (start < 0) continue;
    for (let k = start + 1; k < u.length - 1; k++) {
      const x = u[k]!;
      // ", the World Bank $2 billion" / "and Saudi Arabia $1 billion": a giver named between a list mark and a sum
      if (!isEntity(x) || x.partial || !ACTOR_TYPES.has(x.type!) || x.entity === f.source || x.entity === f.target) continue;
      const before = u[k - 1]?.lower === 'the' ? u[k - 2] : u[k - 1];
      if (!before || !(isComma(before) || before.lower === 'and')) continue;
      if (!amountAt(u, k + 1)) continue;
      emit({ ...f, source: x.entity, confidence: Math.min(f.confidence, 0.6), rule: 'event-gapped', trigger: x.start });
    }
  }
}
