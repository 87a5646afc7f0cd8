// Who a statement is attributed to: "according to Kuleba", "as per NDTV",
// ", Independent reported.", "X said that ...". The result is a function from a
// unit position to the source, so an event before "X said that" is not credited
// to X while one after it is.
import type { Ctx } from './phrases.ts';
import { clauseSubjectBefore, readPhraseLeft } from './phrases.ts';
import { isAdverb, isAttributionPrep, isAux, isBreaker, isCapitalised, isComma, isEntity, isPunct, isReportingVerb } from './classes.ts';

interface Scope {
  from: number;
  to: number;
  who: string;
}

/** The source named at unit k: an entity id, or the capitalised words as written. */
function sourceAt(ctx: Ctx, k: number): string | undefined {
  const u = ctx.units;
  if (isEntity(u[k])) return u[k]!.entity;
  if (u[k]?.lower === 'the') k++;
  const words: string[] = [];
  while (u[k] && isCapitalised(u[k]) && !isPunct(u[k])) words.push(u[k++]!.text);
  return words.length ? words.join(' ') : undefined;
}

/** The source written just before unit k (the subject of a reporting verb). */
function sourceBefore(ctx: Ctx, k: number): string | undefined {
  const u = ctx.units;
  let j = k - 1;
  while (j >= 0 && (isAdverb(u[j]) || isAux(u[j]!.lower))) j--;
  if (j < 0) return undefined;
  const ph = readPhraseLeft(ctx, j);
  if (ph.arg?.ids.length === 1) return ph.arg.ids[0];
  const words: string[] = [];
  while (j >= 0 && isCapitalised(u[j]) && !isPunct(u[j])) words.unshift(u[j--]!.text);
  return words.length ? words.join(' ') : undefined;
}

export function attributionScopes(ctx: Ctx): (i: number) => string | undefined {
  const u = ctx.units;
  const n = u.length;
  const scopes: Scope[] = [];
  for (let k = 0; k < n; k++) {
    const w = u[k]!.lower;
    if (u[k]!.entity) continue;
    if ((w === 'according' && u[k + 1]?.lower === 'to') || (w === 'as' && u[k + 1]?.lower === 'per')) {
      const who = sourceAt(ctx, k + 2);
      if (who) scopes.push({ from: 0, to: n, who });
      continue;
    }
    if (isAttributionPrep(w) && w !== 'according' && w !== 'per') {
      const who = sourceAt(ctx, k + 1);
      if (who) scopes.push({ from: 0, to: n, who });
      continue;
    }
    if (!isReportingVerb(w)) continue;
    // ", said Kuleba."
    let back = k - 1;
    while (back >= 0 && /^["'“”‘’]$/.test(u[back]!.text)) back--;
    if (isComma(u[back]) && isEntity(u[k + 1])) { scopes.push({ from: 0, to: k, who: u[k + 1]!.entity! }); continue; }
    // "..., claiming that X": the participle's subject is the main clause's.
    if (isComma(u[k - 1]) && /ing$/.test(w)) {
      const main = clauseSubjectBefore(ctx, k - 1);
      if (main?.ids.length === 1) scopes.push({ from: k + 1, to: n, who: main.ids[0]! });
      continue;
    }
    const who = sourceBefore(ctx, k);
    if (!who) continue;
    // "..., Independent reported." closes the sentence: it covers what came before.
    let rest = k + 1;
    while (rest < n && (isPunct(u[rest]) || isAdverb(u[rest]))) rest++;
    const closing = rest >= n || /^(in|on|last|this|earlier|late|early)$/.test(u[rest]!.lower) && u.slice(rest).every((x) => !isEntity(x));
    if (closing) { scopes.push({ from: 0, to: k, who }); continue; }
    // Inside a fronted clause ("After X announced it would ..., Y did Z") the report ends at the comma.
    let to = n;
    if (u[0] && isBreaker(u[0].lower)) {
      let c = k + 1;
      while (c < n && !isComma(u[c])) c++;
      to = c;
    }
    scopes.push({ from: k + 1, to, who });
  }
  return (i) => {
    for (const sc of scopes) if (i >= sc.from && i < sc.to) return sc.who;
    return undefined;
  };
}
