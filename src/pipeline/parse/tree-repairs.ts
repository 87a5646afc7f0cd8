// The repairs run on every finished tree, in order (each file says what it mends): case words onto the name's head,
// hyphenated compounds as UD reads them, phrases off time words, obl:agent only after "by", subjects back to
// conjunct clauses.
import { caseOnPhraseHead } from './case-head.ts';
import { attachHyphenCompounds } from './hyphen-compounds.ts';
import { liftFromTimes } from './time-lift.ts';
import { plainObliquesWithoutBy } from './agent-case.ts';
import { subjectsForConjunctClauses } from './clause-conjunct.ts';
import type { TreeWord } from './subtree.ts';

/** Runs every repair on a finished tree, in place (`forms`: the words' texts). */
export function repairTree(words: TreeWord[], forms: readonly string[]): void {
  caseOnPhraseHead(words);
  attachHyphenCompounds(words, forms);
  liftFromTimes(words, forms);
  plainObliquesWithoutBy(words, forms);
  subjectsForConjunctClauses(words);
}
