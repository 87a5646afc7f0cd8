// Roles read from the dependency parse where the token rules cannot see them: a
// title in apposition to a person, on either side and however long the phrase
// ("Jane Doe, the newly appointed and widely respected spokeswoman for the Pentagon,";
// "the foreign minister of the self-declared republic, X"). The title is the
// appositive noun with its title modifiers; the body is its "of"/"at"/"for"/"with"
// dependent, its possessor ("Ukraine's") or a name modifying it ("the Kenyan president").
// Where a token rule reads the same role, the parse's reading is kept (a little more confident).
import type { Emit } from '../found.ts';
import type { Arg, Ctx } from '../phrases.ts';
import { clamp } from '../found.ts';
import { keepTypes, VIA_PENALTY } from '../phrases.ts';
import { argOf } from './events.ts';
import { BODY_TYPES } from '../classes.ts';
import { TITLE_ABBREVIATIONS, TITLE_HEAD_WORDS as HEADS, TITLE_MODIFIERS, TITLE_TENSE_WORDS } from '../data/titles.ts';
import type { Tree } from './tree.ts';

const MODIFIERS = new Set([...TITLE_MODIFIERS.words, ...TITLE_TENSE_WORDS.words]);
const TENSE = new Set(TITLE_TENSE_WORDS.words);
const ABBREVIATED: Record<string, string> = TITLE_ABBREVIATIONS.words;
const BODY_CASES = ['of', 'at', 'for', 'with'];

export function extractGrammarRoles(ctx: Ctx, tree: Tree, emit: Emit): void {
  for (let p = 0; p < tree.size; p++) {
    const k = tree.entityUnit(p);
    if (k < 0 || ctx.units[k]!.type !== 'person') continue;
    const person = ctx.units[k]!.entity!;
    // "X, the head of Y," (the title is X's appos) and "the head of Y, X" (X is the title's appos).
    // (not a title before a name with a title of its own: "by Y president A and Oil Minister B", B hung as the
    // president's second appos)
    const ownTitle = tree.rel(p) === 'appos' && tree.children(p, 'nmod:desc', 'compound').some((c) => c < p && HEADS.has(tree.lower[c]!));
    // (nor one the title's own conjunct stands before: "Energy Secretary A and her Norwegian counterpart B", B hung
    // on "Secretary" as its appos)
    const up = tree.head(p);
    const pastConjunct = tree.rel(p) === 'appos' && !ownTitle && tree.children(up, 'conj').some((c) => c > up && c < p);
    const titles = [...tree.children(p, 'appos'), ...(tree.rel(p) === 'appos' && !ownTitle && !pastConjunct ? [up] : [])];
    // ("A spokesman for the New Forces, X, said": the parse hangs X on the nearer body, whose title noun is X's)
    // (the name's words may hang there apart: "Sidiki" as appos, "Konate" as flat, of the body)
    let h = -1;
    // (or as a conjunct with no "and" in the list: "for the Kenya Red Cross, Mary Wanjiku, said")
    for (let w = 0; w < tree.size && h < 0; w++) if (tree.unit(w) === tree.unit(p) && tree.isAside(w) && tree.head(w) >= 0 && tree.unit(tree.head(w)) !== tree.unit(p)) h = tree.head(w);
    if (h >= 0 && tree.entityUnit(h) >= 0 && tree.rel(h) === 'nmod' && BODY_CASES.includes(tree.caseOf(h) ?? '') && HEADS.has(tree.lower[tree.head(h)] ?? '')) titles.push(tree.head(h));
    for (const t of titles) {
      // ("counterpart" names no office of its own: the token rules read it from the clause, roles.ts)
      if (t < 0 || tree.entityUnit(t) >= 0 || !HEADS.has(tree.lower[t]!) || tree.lower[t] === 'counterpart') continue;
      const mods = tree.children(t, 'amod', 'compound').filter((m) => m < t && MODIFIERS.has(tree.lower[m]!)).sort((a, b) => a - b);
      const words = [...mods, t].map((w) => ABBREVIATED[tree.lower[w]!] ?? tree.lower[w]!);
      const kept = bodyOf(ctx, tree, t);
      if (!kept) continue;
      const former = words.some((w) => TENSE.has(w));
      for (const id of kept.ids) {
        if (id === person) continue;
        emit({
          source: person, target: id, kind: 'role', predicate: `${words.join(' ')} of`, cameo: null,
          confidence: clamp(0.92 - VIA_PENALTY[kept.via] - (former ? 0.15 : 0)), sentences: [ctx.s, ...kept.from], rule: 'grammar-role-appos',
        });
      }
    }
  }
}

/**
 * The body of a title noun: "of/at/for/with Y", "Y's", or a name modifying it, the first that names one
 * ("Westmere's head of wealth management": the portfolio after "of" names none, the possessor does).
 */
function bodyOf(ctx: Ctx, tree: Tree, t: number): Arg | undefined {
  const prep = tree.children(t, 'nmod').find((c) => BODY_CASES.includes(tree.caseOf(c) ?? ''));
  const poss = tree.children(t, 'nmod:poss')[0];
  const named = tree.children(t, 'amod', 'compound').find((c) => tree.entityUnit(c) >= 0);
  for (const w of [prep, poss, named]) {
    if (w === undefined) continue;
    const a = keepTypes(ctx, argOf(ctx, tree, w), BODY_TYPES);
    if (a) return w === prep ? a : { ...a, via: 'modifier' };
  }
  return undefined;
}
