// An accusation carried only by what a speaker says: a reporting verb whose reported clause says of an actor, its
// subject, that it did wrong.
//   "The Treasury said Ivanishvili had directed a campaign of repression"     Treasury -112-> Ivanishvili
//   "'The ruling party has taken the country down a path of repression,' X said"   X -112-> the party
//   "Biden said Israel had not done enough to protect aid workers"            Biden -112-> Israel
//   "The court found that Ankara had breached the convention"                court -112-> Turkey (a finding, data/words.ts FINDING_VERBS)
// Only the clause's own subject is accused, only with a word of wrongdoing in the clause (data/words.ts
// WRONGDOING_WORDS) or "not ... enough", and never where the clause is negated otherwise ("said X had not lied").
import type { Emit } from '../found.ts';
import type { Arg, Ctx } from '../phrases.ts';
import type { Tree } from './tree.ts';
import { clamp } from '../found.ts';
import { keepTypes } from '../phrases.ts';
import { argOf, modalityOf, NEGATORS } from './events.ts';
import { ACTOR_TYPES, isFindingVerb, isReportingVerb, isWrongdoingWord } from '../classes.ts';

/** Relations of the reported clause under the reporting verb (a quote before "X said" is often its parataxis). */
const REPORTED = ['ccomp', 'parataxis'];
/**
 * Relations whose words say nothing of the reported clause's subject: clauses of their own, and phrases of
 * infinitives ("reserves the right to respond to this illegal act" calls another's act illegal).
 */
const OWN_CLAUSE = new Set(['ccomp', 'advcl', 'acl', 'acl:relcl', 'xcomp', 'csubj', 'parataxis']);

export function extractSpeechAccusations(ctx: Ctx, tree: Tree, emit: Emit): void {
  for (let v = 0; v < tree.size; v++) {
    // ("the court found that Ankara had breached the convention": a finding is said as a statement is)
    if (tree.upos(v) !== 'VERB' || !(isReportingVerb(tree.lower[v]!) || isFindingVerb(tree.lower[v]!))) continue;
    const speaker = keepTypes(ctx, argOf(ctx, tree, tree.exactly(v, 'nsubj')[0] ?? -1), ACTOR_TYPES);
    if (!speaker || speaker.ids.length !== 1) continue;
    for (const { c, subject } of reportedClauses(tree, v)) {
      const verdict = wrongdoing(tree, c);
      if (!verdict) continue;
      const accused = keepTypes(ctx, subjectNamed(ctx, tree, subject), ACTOR_TYPES);
      if (!accused) continue;
      const modality = modalityOf(tree, v);
      if (modality.negated) continue;
      for (const id of accused.ids) {
        // (nor the speaker's own side: "'Pakistan reserves the right to respond to this illegal act,' its spokeswoman
        // said" accuses the other state)
        if (id === speaker.ids[0] || ownSide(ctx, speaker.ids[0]!, id)) continue;
        emit({
          source: speaker.ids[0]!, target: id, kind: 'event', predicate: 'accused', cameo: '112',
          confidence: clamp(0.55), sentences: [...new Set([ctx.s, ...speaker.from, ...accused.from])],
          ...(modality.hypothetical ? { hypothetical: true } : {}), rule: 'grammar-speech-accusation',
        });
      }
    }
  }
}

/**
 * The clauses reporting verb v reports, each with its subject. ("X said Google, a unit of Alphabet, had violated the
 * law": after an apposition the parse may make the reported subject a second subject of the reporting verb, and the
 * reported verb a conjunct of it with no subject of its own.)
 */
function reportedClauses(tree: Tree, v: number): Array<{ c: number; subject: number | undefined }> {
  const out = tree.exactly(v, ...REPORTED).map((c) => ({ c, subject: tree.exactly(c, 'nsubj', 'nsubj:pass')[0] }));
  const stray = tree.exactly(v, 'nsubj').find((s) => s > v);
  if (stray !== undefined) {
    for (const c of tree.exactly(v, 'conj')) if (c > stray && !tree.exactly(c, 'nsubj', 'nsubj:pass').length) out.push({ c, subject: stray });
  }
  return out;
}

/** Whether clause c says its subject did wrong: a word of wrongdoing in it, or "not ... enough"; no other negation. */
function wrongdoing(tree: Tree, c: number): boolean {
  let word = false;
  let enough = false;
  let negated = false;
  const stack = [c];
  while (stack.length) {
    const x = stack.pop()!;
    const w = tree.lower[x]!;
    if (isWrongdoingWord(w)) word = true;
    if (w === 'enough') enough = true;
    if (NEGATORS.has(w) && tree.head(x) === c) negated = true;
    for (const k of tree.children(x)) if (!OWN_CLAUSE.has(tree.rel(k))) stack.push(k);
  }
  if (negated) return enough;
  return word;
}

/** The actor a clause subject names: itself, or the name or nationality on it ("the Georgian Dream government"). */
function subjectNamed(ctx: Ctx, tree: Tree, w: number | undefined): Arg | undefined {
  if (w === undefined) return undefined;
  const own = argOf(ctx, tree, w);
  if (own) return own;
  const named = tree.children(w, 'nmod:poss', 'compound', 'amod').find((m) => m < w && tree.entityUnit(m) >= 0);
  return named === undefined ? undefined : argOf(ctx, tree, named);
}

/** Whether the article has read the speaker as holding a post in, serving or belonging to `body`. */
function ownSide(ctx: Ctx, speaker: string, body: string): boolean {
  return (ctx.earlier ?? []).some((f) => f.source === speaker && f.target === body && (f.kind === 'role' || f.kind === 'affiliation'));
}
