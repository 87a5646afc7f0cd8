// Roles read from the dependency parse where the token rules cannot see them: a
// title in apposition to a person, on either side and however long the phrase
// ("Jane Doe, the newly appointed and widely respected spokeswoman for the Pentagon,";
// "the foreign minister of the self-declared republic, X"). The title is the
// appositive noun with its title modifiers; the body is its "of"/"at"/"for"/"with"
// dependent, its possessor ("Ukraine's") or a name modifying it ("the Kenyan president").
// Where a token rule reads the same role, the parse's reading is kept (a little more confident).
// Also read here: a title conjoined with such a title ("X, a professor at A and honorary president of B,": B's
// president too), and a title the person is the subject of with "be" ("X, 58, was chairman of Y", "X has been chief
// executive of Y", "X would be the next president of Mexico", hypothetical; "X is not chairman of Y", negated; "X is acting chairman of
// Y", which the parse reads as a verb and its object), with the titles conjoined with it; and a title that is the
// subject of the person with "be" ("The chairman of Y is X").
import type { Emit } from '../found.ts';
import type { Arg, Ctx } from '../phrases.ts';
import { clamp } from '../found.ts';
import { keepTypes, VIA_PENALTY } from '../phrases.ts';
import { argOf, modalityOf } from './events.ts';
import { BODY_TYPES } from '../classes.ts';
import { PLAYER_POSITION_WORDS, TITLE_ABBREVIATIONS, TITLE_HEAD_WORDS as HEADS, TITLE_MODIFIERS, TITLE_TENSE_WORDS } from '../data/titles.ts';
import type { Tree } from './tree.ts';
import { readAlly } from './allies.ts';

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
    const read = (t: number, rule: string, modality: { negated: boolean; hypothetical: boolean } | undefined, base: number, before: number[] = []) => {
      // ("counterpart" names no office of its own: the token rules read it from the clause, roles.ts)
      if (t < 0 || tree.entityUnit(t) >= 0 || !HEADS.has(tree.lower[t]!) || tree.lower[t] === 'counterpart') return;
      const mods = tree.children(t, 'amod', 'compound').filter((m) => m < t && MODIFIERS.has(tree.lower[m]!)).sort((a, b) => a - b);
      const words = [...before, ...mods, t].map((w) => ABBREVIATED[tree.lower[w]!] ?? tree.lower[w]!);
      const kept = bodyOf(ctx, tree, t);
      if (!kept) return;
      // ("Brazilian winger X": a country before a player's position is the player's nationality, no club)
      if (PLAYER_POSITION_WORDS.has(tree.lower[t]!) && kept.ids.every((id) => ctx.entities.get(id)?.type === 'country')) return;
      const former = words.some((w) => TENSE.has(w));
      for (const id of kept.ids) {
        if (id === person) continue;
        emit({
          source: person, target: id, kind: 'role', predicate: `${words.join(' ')} of`, cameo: null,
          confidence: clamp(base - VIA_PENALTY[kept.via] - (former ? 0.15 : 0) - (modality?.negated || modality?.hypothetical ? 0.2 : 0)),
          sentences: [ctx.s, ...kept.from], rule,
          ...(modality?.negated ? { negated: true } : {}), ...(modality?.hypothetical ? { hypothetical: true } : {}),
        });
      }
    };
    // ("by US President Joe Biden, Japanese Prime Minister Fumio Kishida and ...": a title written right before
    // another person's name is that person's, however the parse hung it)
    const namesOther = (t: number) => {
      const next = ctx.units[tree.unit(t) + 1];
      return !!next?.entity && !next.partial && next.type === 'person' && next.entity !== person;
    };
    for (const t of titles) {
      if (t < 0 || namesOther(t)) continue;
      read(t, 'grammar-role-appos', undefined, 0.92);
      for (const c of conjoinedTitles(tree, t)) read(c, 'grammar-role-appos-conj', undefined, 0.88);
    }
    // "X was a professor at Y", "X would be the next president of Mexico": the person is the subject of a
    // title noun with "be" (its copula), the titles conjoined with it too ("X is chairman of A and president of B")
    if (tree.exactly(up, 'nsubj').includes(p) && tree.children(up, 'cop').length && tree.entityUnit(up) < 0) {
      const modality = modalityOf(tree, up);
      read(up, 'grammar-role-copula', modality, 0.85);
      for (const c of conjoinedTitles(tree, up)) read(c, 'grammar-role-copula', modality, 0.82);
    }
    // "X, a close ally of President Y," / "X is an ally of Y": a personal tie, no office (allies.ts)
    for (const t of titles) readAlly(ctx, tree, person, t, undefined, emit);
    if (tree.exactly(up, 'nsubj').includes(p) && tree.children(up, 'cop').length && tree.entityUnit(up) < 0) {
      const modality = modalityOf(tree, up);
      readAlly(ctx, tree, person, up, modality, emit);
      // (the parse may hang the conjunct on the first predicate's body: "a member of the Liberal Party and an ally of Y")
      for (const c of conjoinedNouns(tree, up)) readAlly(ctx, tree, person, c, modality, emit);
    }
    // "The chairman of Y is X": the title is the subject, the person the predicate
    if (tree.children(p, 'cop').length) {
      const modality = modalityOf(tree, p);
      for (const t of tree.exactly(p, 'nsubj')) if (t < p) read(t, 'grammar-role-copula', modality, 0.85);
    }
    // ("X is acting chairman of Y": the parse reads "acting" as the verb, the title as its object)
    if (up >= 0 && tree.lower[up] === 'acting' && tree.exactly(up, 'nsubj').includes(p) && tree.children(up, 'aux').length) {
      const modality = modalityOf(tree, up);
      for (const o of tree.exactly(up, 'obj')) if (o === up + 1) read(o, 'grammar-role-copula', modality, 0.85, [up]);
    }
  }
}

/** Nouns conjoined with noun t, or with a name in its "of"/"at" phrases, that have no subject or copula of their own. */
function conjoinedNouns(tree: Tree, t: number): number[] {
  const free = (c: number) => c > t && tree.entityUnit(c) < 0 && !tree.children(c, 'nsubj', 'cop').length;
  const out = tree.children(t, 'conj').filter(free);
  for (let w = t, depth = 0; depth < 3; depth++) {
    const body = tree.children(w, 'nmod').find((c) => c > w && BODY_CASES.includes(tree.caseOf(c) ?? '') && tree.entityUnit(c) >= 0);
    if (body === undefined) break;
    out.push(...tree.children(body, 'conj').filter(free));
    w = body;
  }
  return out;
}

/**
 * Title nouns conjoined with title noun t that are no names ("a professor at A and honorary president of B"), not
 * those with a subject or a copula of their own, which say something of someone else ("X is chairman of A and Y is
 * president of B"). The parse often hangs the second title on the first one's body ("College" in "a professor at
 * Queens College and president of B"): a name is no title's conjunct, so a title conjoined with a name in t's "of"/
 * "at" phrases is t's conjunct too.
 */
function conjoinedTitles(tree: Tree, t: number): number[] {
  const title = (c: number) => c > t && tree.entityUnit(c) < 0 && HEADS.has(tree.lower[c]!) && !tree.children(c, 'nsubj', 'cop').length;
  const out = tree.children(t, 'conj').filter(title);
  for (let w = t, depth = 0; depth < 3; depth++) {
    const body = tree.children(w, 'nmod').find((c) => c > w && BODY_CASES.includes(tree.caseOf(c) ?? '') && tree.entityUnit(c) >= 0);
    if (body === undefined) break;
    out.push(...tree.children(body, 'conj').filter(title));
    w = body;
  }
  return out;
}

/**
 * The body of a title noun: "of/at/for/with Y", "Y's", or a name modifying it, the first that names one
 * ("Westmere's head of wealth management": the portfolio after "of" names none, the possessor does).
 */
function bodyOf(ctx: Ctx, tree: Tree, t: number): Arg | undefined {
  // (each "of"/"at" phrase in turn: "a professor of political science at Queens College" is Queens College's)
  const preps = tree.children(t, 'nmod').filter((c) => BODY_CASES.includes(tree.caseOf(c) ?? ''));
  const poss = tree.children(t, 'nmod:poss')[0];
  const named = tree.children(t, 'amod', 'compound').find((c) => tree.entityUnit(c) >= 0);
  for (const w of [...preps, poss, named]) {
    if (w === undefined) continue;
    const a = keepTypes(ctx, argOf(ctx, tree, w), BODY_TYPES);
    if (a) return preps.includes(w) ? a : { ...a, via: 'modifier' };
  }
  return undefined;
}
