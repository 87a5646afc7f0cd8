// A wire lead often describes a body before naming it: "Britain's competition regulator on Thursday cleared
// Vodafone's merger ... The Competition and Markets Authority (CMA) had warned". The description's possessor says the
// body's country as "Britain's Competition and Markets Authority" would (the tie affiliation-possessor reads there).
// Which body the description names is the discourse's (discourse.ts, describedAhead); this reader only states the tie.
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { openingDescriptionOfBody } from './discourse.ts';

export function extractDescribedAheadOwners(ctx: Ctx, emit: Emit): void {
  const su = ctx.sentences[ctx.s];
  // (a cheap look first: the discourse is built only for a sentence opening with an owned description)
  if (!su || openingDescriptionOfBody(su)?.owner === undefined) return;
  for (const a of ctx.discourse.descriptionsAhead()) {
    if (a.at.s !== ctx.s || !a.owner || a.owner.value === a.body.value) continue;
    emit({
      source: a.body.value, target: a.owner.value, kind: 'affiliation', predicate: 'affiliated with', cameo: null, confidence: 0.7,
      sentences: [ctx.s, a.body.s], rule: 'affiliation-possessor-ahead',
    });
  }
}
