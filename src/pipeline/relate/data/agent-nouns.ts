// Nouns that name the doer of an event ("assassin": the one who assassinated). A
// person named with one of them, and the victim named beside it, state the event
// without its verb: "X's assassin, Y", "X assassin Y", "Y, the assassin of X".

export interface AgentNoun {
  /** Singular, lower case. */
  word: string;
  /** The event the doer did: predicate and CAMEO code (as the lexicon's entry for the verb). */
  predicate: string;
  cameo: string;
  reason: string;
}

export const AGENT_NOUNS: AgentNoun[] = [
  { word: 'assassin', predicate: 'assassinated', cameo: '186', reason: 'the one who assassinated (lexicon entry assassinate)' },
  { word: 'killer', predicate: 'killed', cameo: '180', reason: 'the one who killed (lexicon entry kill)' },
  { word: 'murderer', predicate: 'killed', cameo: '180', reason: 'the one who murdered (lexicon entry kill)' },
  { word: 'slayer', predicate: 'killed', cameo: '180', reason: 'the one who slew (lexicon entry kill)' },
];
