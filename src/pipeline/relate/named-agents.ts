// The actors of a "by" phrase written as a list of described names: "mediated by the United Nations special envoy for
// Yemen, Hans Grundberg, and the ICRC". A title set off with its name between commas is the person named, not the body
// the title belongs to (that tie is a role, read elsewhere); each phrase joined by "and" is an actor too. Read over
// units, because the parse hangs such names anywhere (the name as a conjunct of "Yemen", the ICRC of "envoy").
import type { Arg, Ctx } from './phrases.ts';
import { readPhrase } from './phrases.ts';
import { isActorNoun, isBreaker, isComma, isEntity, isPunct } from './classes.ts';
import { TITLE_HEAD_WORDS } from './data/titles.ts';

/** Words that attach a modifier phrase to a title ("envoy for Yemen", "minister of defence"). */
const TITLE_PREPS = new Set(['for', 'of', 'to', 'at', 'on']);

/** The actors named from unit k on (the word after "by"), or undefined. */
export function namedAgents(ctx: Ctx, k: number): Arg | undefined {
  const u = ctx.units;
  const ids: string[] = [];
  const from: number[] = [];
  let j = k;
  for (let n = 0; n < 4 && j < u.length; n++) {
    if (u[j]?.lower === 'and') j++;
    const ph = readPhrase(ctx, j);
    if (!ph.units.length) break;
    let end = ph.end;
    const head = ph.units[ph.units.length - 1]!;
    const title = !head.entity && (TITLE_HEAD_WORDS.has(head.lower) || isActorNoun(head.lower));
    // ("the special envoy for Yemen, Hans Grundberg,": past the title's own phrase to the comma)
    // (only up to the next comma: the phrase reader would take "Yemen, Hans Grundberg, and the ICRC" for one list)
    if (title && TITLE_PREPS.has(u[end]?.lower ?? '')) {
      let comma = end + 1;
      while (comma < u.length && comma < end + 8 && !isComma(u[comma])) comma++;
      end = readPhrase(ctx, end + 1, comma).end;
    }
    const name = u[end + 1];
    const after = u[end + 2];
    if (title && isComma(u[end]) && isEntity(name) && name.type === 'person' && (!after || isComma(after) || isPunct(after) || isBreaker(after.lower))) {
      ids.push(name.entity);
      end += 2;
    } else if (ph.arg) {
      ids.push(...ph.arg.ids);
      from.push(...ph.arg.from);
    } else break;
    // (", and the ICRC": a further phrase joined by "and", after a comma or not)
    const next = isComma(u[end]) ? end + 1 : end;
    if (u[next]?.lower !== 'and') break;
    j = next;
  }
  return ids.length ? { ids: [...new Set(ids)], via: 'direct', from: [...new Set(from)] } : undefined;
}
