// Where a person was, from a sentence that opens with its place: "In Hiroshima, Toshiyuki Mimaki, a co-chair of the
// group, wept", "On Thursday in Shanghai, Lula attended the inauguration", "In Tokyo, Chief Cabinet Secretary X said".
// A place set before the clause with a comma is where the whole clause happened, so its subject was there, whatever
// the verb. Read from the words, not the parse: parsers hang the name after such a comma on the place (as its
// apposition, conjunct or list member). Only a person named as the clause's subject, with nothing but a title,
// nationality word or honorific before the name and its verb right after it (or after an apposition set off by
// commas); never a clause with a modal or a negation ("In Geneva, X would meet"). Same rule and weight as the parse's
// reading of presence (grammar/presence.ts).
import type { Emit } from './found.ts';
import type { Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import { HONORIFICS } from '../recognize/words.ts';
import { isComma, isConj, isDet, isEntity, isModal, isNeg, isPrep, isRelative, PLACE_TYPES } from './classes.ts';
import { titleWord } from './title-phrase.ts';
import { SCENES } from './grammar/presence.ts';

export function extractFrontedScene(ctx: Ctx, emit: Emit): void {
  extractSpeakerPlace(ctx, emit);
  const u = ctx.units;
  const at = openingPlace(u);
  if (!at) return;
  let k = at.comma + 1;
  // (the person's title, nationality word, honorific, or the body the title is of: "State Department spokesman X")
  while (k < u.length && k < at.comma + 7 && !isPerson(u[k]) && (isDet(u[k]!.lower) || titleWord(u[k]!) || HONORIFICS.has(u[k]!.lower) || u[k]!.metonymy === 'demonym' || (isEntity(u[k]) && !u[k]!.partial && (u[k]!.type === 'organization' || u[k]!.type === 'country')))) k++;
  const person = u[k];
  if (!isPerson(person)) return;
  let v = k + 1;
  // (an apposition set off by commas: "Toshiyuki Mimaki, a co-chair of the group, wept")
  if (isComma(u[v])) {
    let close = v + 1;
    while (close < u.length && !isComma(u[close]) && !isRelative(u[close]!.lower)) close++;
    if (!isComma(u[close])) return;
    v = close + 1;
  }
  if (!clauseVerb(u[v])) return;
  emit({ source: person.entity!, target: at.place, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-fronted-place' });
}

/** "In X," or "On Thursday in X," at the sentence's start: the place and the comma closing the phrase. */
function openingPlace(u: readonly Unit[]): { place: string; comma: number } | undefined {
  for (let i = 0; i < 4 && i < u.length; i++) {
    const w = u[i]!;
    if (isEntity(w)) return undefined;
    if (w.lower !== 'in' && w.lower !== 'at') {
      // (only a time before the place: "On Thursday", "Earlier on Monday", "Later")
      if (i === 0 ? !/^(?:on|earlier|later|meanwhile|also|then|and|but)$/.test(w.lower) : !TIME_WORD.test(w.lower)) return undefined;
      continue;
    }
    const p = u[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const x = u[p];
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym' || !PLACE_TYPES.has(x.type!) || !isComma(u[p + 1])) return undefined;
    return { place: x.entity!, comma: p + 1 };
  }
  return undefined;
}
const TIME_WORD = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|earlier|later|week|last|this|\d+)$/;

function isPerson(x: Unit | undefined): x is Unit & { entity: string } {
  return isEntity(x) && !x.partial && x.type === 'person';
}

/** A word that can be the clause's verb right after its subject (not one that goes on with the name or asks). */
function clauseVerb(x: Unit | undefined): boolean {
  if (!x || x.entity || !/^[a-z]/.test(x.text)) return false;
  if (isModal(x.lower) || isNeg(x.lower) || isPrep(x.lower) || isConj(x.lower) || isDet(x.lower) || isRelative(x.lower)) return false;
  return /^(?:said|says|told|tells|was|has|had|wept|met|spoke|signed)$/.test(x.lower) || /(?:ed|es)$/.test(x.lower);
}

/**
 * "'...,' committee chair X told a news conference in Oslo", "X said in Geneva that ...": a person saying or telling
 * something, with only the scene of the telling between the verb and an "in"/"at" place, was there. Read from the
 * words, for the attributions after a quotation that the parse hangs on the quotation's own clause.
 */
function extractSpeakerPlace(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 2 < u.length; k++) {
    const person = u[k];
    if (!isPerson(person) || !SAYING.test(u[k + 1]?.lower ?? '')) continue;
    let j = k + 2;
    // (the scene: "a news conference", "reporters", "a rally")
    while (j < u.length && j < k + 6 && !u[j]!.entity && (isDet(u[j]!.lower) || SCENES.has(u[j]!.lower))) j++;
    if (u[j]?.lower !== 'in' && u[j]?.lower !== 'at') continue;
    const x = u[j + 1]?.lower === 'the' ? u[j + 2] : u[j + 1];
    // (the place ends its phrase: "in Oslo," not "in Oslo's case")
    const after = u[(u[j + 1]?.lower === 'the' ? j + 3 : j + 2)];
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym' || !PLACE_TYPES.has(x.type!) || (after && (after.lower === "'s" || after.entity))) continue;
    emit({ source: person.entity, target: x.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-speaker-place' });
  }
}
const SAYING = /^(?:said|says|told|tells|added|adds)$/;
