// Events stated by the noun for their doer, between two people named around it:
//   "Lincoln's assassin, John Booth,"   victim's + noun [,] doer
//   "Lincoln assassin John Booth"        victim as the noun's modifier, doer after it
//   "John Booth, the assassin of Lincoln" / "John Booth, Lincoln's assassin"   doer, apposition with the victim
// The doer is the source, the victim the target (as the verb's subject and object would be).
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import type { Unit } from './units.ts';
import { isComma, isEntity, isPossessive } from './classes.ts';
import { AGENT_NOUNS, type AgentNoun } from './data/agent-nouns.ts';

const BY_WORD = new Map<string, AgentNoun>();
for (const a of AGENT_NOUNS) { BY_WORD.set(a.word, a); BY_WORD.set(a.word + 's', a); }

/** The agent noun a unit is, if any. */
export const agentNounOf = (u: Unit | undefined): AgentNoun | undefined => (u && !u.entity ? BY_WORD.get(u.lower) : undefined);

/** Is a word, in any case, a noun for the doer of an act ("assassin", "killers")? */
export const isAgentNounWord = (word: string): boolean => BY_WORD.has(word.toLowerCase());

const isPerson = (u: Unit | undefined): u is Unit & { entity: string } => isEntity(u) && u.type === 'person';

export function extractAgentNouns(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k < u.length; k++) {
    const noun = agentNounOf(u[k]);
    if (!noun) continue;
    const report = (doer: Unit & { entity: string }, victim: Unit & { entity: string }, confidence: number, rule: string) => {
      if (doer.entity === victim.entity) return;
      emit({ source: doer.entity, target: victim.entity, kind: 'event', predicate: noun.predicate, cameo: noun.cameo, confidence, sentences: [ctx.s], rule });
    };
    // the victim before the noun: "X's assassin" or "X assassin"
    let victim: (Unit & { entity: string }) | undefined;
    if (isPossessive(u[k - 1]?.lower ?? '') && isPerson(u[k - 2])) victim = u[k - 2] as Unit & { entity: string };
    else if (isPerson(u[k - 1])) victim = u[k - 1] as Unit & { entity: string };
    const start = victim ? (victim === u[k - 1] ? k - 1 : k - 2) : k;
    // the doer after it, right away or after a comma
    const after = isComma(u[k + 1]) ? u[k + 2] : u[k + 1];
    if (victim && isPerson(after)) { report(after as Unit & { entity: string }, victim, 0.8, 'event-agent-noun'); continue; }
    // "Y, the assassin of X" / "Y, X's assassin": the doer in front, the noun phrase in apposition
    let d = start - 1;
    if (u[d]?.lower === 'the' || u[d]?.lower === 'a') d--;
    if (!isComma(u[d]) || !isPerson(u[d - 1])) continue;
    const doer = u[d - 1] as Unit & { entity: string };
    if (!victim && u[k + 1]?.lower === 'of' && isPerson(u[k + 2])) victim = u[k + 2] as Unit & { entity: string };
    if (victim) report(doer, victim, 0.75, 'event-agent-noun-apposition');
  }
}
