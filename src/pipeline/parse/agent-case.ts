// "issued arrest warrants on Tuesday for Sergei Shoigu": the labeller sometimes calls a verb's oblique its passive
// agent (obl:agent) when the phrase is opened by another case word. UD's obl:agent is the "by" phrase of a passive;
// on the finished tree this pass gives any other obl:agent the plain obl relation, so that readers of agents read
// only agents.

import { leftEdge } from './subtree.ts';

/** The fields of a parsed word this pass reads and writes (head: index in the sentence, -1 for the root). */
export interface AgentTreeWord {
  readonly head: number;
  deprel: string;
}

/** Gives obl:agent words whose case word is not "by" the relation obl (in place). */
export function plainObliquesWithoutBy(words: AgentTreeWord[], forms: readonly string[]): void {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.deprel !== 'obl:agent') continue;
    // the case word opens the phrase, on its head or on a word before it ("for Russia's former minister X")
    const first = leftEdge(words, i);
    if (words[first]!.deprel === 'case' && forms[first]!.toLowerCase() !== 'by') words[i]!.deprel = 'obl';
  }
}
