// A company that belongs to another: "Instagram, a unit of Meta Platforms", "Meta's subsidiary Instagram",
// "Toyota's parent company, Toyota Industries", "Alphabet-owned Waymo". The owned company is part of its owner
// (an affiliation: "part of"); no event, as no act is reported.
import type { Emit } from './found.ts';
import type { Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import { fitsOrganizationNoun, isComma, isDet, isEntity, isPossessive, ORGANIZATION_TYPES } from './classes.ts';
import { OWNED_NOUNS, PARENT_NOUNS } from './data/words.ts';

const OWNED = new Set(OWNED_NOUNS.words);
const PARENT = new Set(PARENT_NOUNS.words);

const company = (u: Unit | undefined): u is Unit & { entity: string } => isEntity(u) && !u.partial && ORGANIZATION_TYPES.has(u.type!);
/** Describing words ("South Korean", "online", "carmaking") between a determiner and the noun. */
const describing = (u: Unit | undefined) => !!u && ((!u.entity && /^[a-z][a-z-]*$/.test(u.text) && !isDet(u.lower) && !/^(?:its|their|his|her)$/.test(u.lower) && !OWNED.has(u.lower) && !PARENT.has(u.lower)) || u.metonymy === 'demonym');

/** Verbs of holding a company ("X owns Y", "Y, controlled by X"). */
const HOLDING_VERBS = new Set(['own', 'owns', 'owned', 'owning', 'control', 'controls', 'controlled', 'controlling']);
/** Words of a share held, between the verb and the company ("owns a 24 percent stake in", "two-thirds of"). */
const SHARE_WORDS = /^(?:a|an|the|about|around|nearly|almost|roughly|some|more|less|than|over|under|just|its|their|majority|minority|controlling|stake|stakes|share|shares|holding|interest|percent|per|cent|%|half|third|thirds|two-thirds|quarter|one-third|one-quarter|three-quarters|of|in|\d[\d.,]*%?|\d[\d.,]*-percent)$/;
/** Words of a part held that is less than control: the owned company is then "partly owned by" the holder. */
const MINORITY = /^(?:stake|stakes|share|shares|holding|interest|minority|percent|%|\d[\d.,]*%|\d[\d.,]*-percent|quarter|third|one-third|one-quarter)$/;

export function extractOwnership(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  // (`from`: the sentence an owner read from the discourse was named in, evidence too)
  const report = (owned: string, owner: string, rule: string, confidence = 0.75, from: number[] = [], predicate = 'part of') => {
    if (owned === owner) return;
    emit({ source: owned, target: owner, kind: 'affiliation', predicate, cameo: null, confidence, sentences: [...new Set([ctx.s, ...from])], rule });
  };
  extractHoldings(u, report);
  for (let k = 0; k < u.length; k++) {
    const w = u[k]!;
    if (w.entity) {
      // "Alphabet-owned Waymo": the owner inside a hyphenated word, the company right after it
      if (w.partial && ORGANIZATION_TYPES.has(w.type!) && /-(?:owned|controlled)$/i.test(w.text) && company(u[k + 1])) report(u[k + 1]!.entity!, w.entity, 'ownership-owned-by');
      continue;
    }
    const owned = OWNED.has(w.lower);
    const parent = PARENT.has(w.lower) || (w.lower === 'company' && PARENT.has(u[k - 1]?.lower ?? ''));
    if (!owned && !parent) continue;
    // "X, a unit of Y" / "X, the carmaking arm of Y"
    // ("the aerospace arm of Stuttgart-based Daimler-Benz AG": a "-based" word before the owner's name)
    // ("a unit of the National Prosecuting Authority": a determiner too)
    const named = u[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const ownerAt = u[named]?.partial && /-based$/i.test(u[named]!.text) ? named + 1 : named;
    if (owned && u[k + 1]?.lower === 'of' && company(u[ownerAt]) && !isPossessive(u[ownerAt + 1]?.lower ?? '')) {
      let b = k - 1;
      while (b > 0 && describing(u[b])) b--;
      if (/^(?:a|an|the)$/.test(u[b]?.lower ?? '') && isComma(u[b - 1]) && company(u[b - 2])) report(u[b - 2]!.entity!, u[ownerAt]!.entity!, 'ownership-apposition');
      continue;
    }
    // "declared Fokker NV bankrupt after its German parent Daimler-Benz Aerospace refused": the company "its" stands
    // for (the organisation named last before it) is owned by the one named after the parent noun
    if (parent && w.lower !== 'company') {
      let c = k - 1;
      while (c > 0 && describing(u[c])) c--;
      const next = isComma(u[k + 1]) ? k + 2 : k + 1;
      if (u[c]?.lower === 'its' && company(u[next])) {
        const owner = u[next]!.entity!;
        const self = ctx.discourse.lastOrganization({ s: ctx.s, i: c }, (id) => id !== owner);
        if (self && self.s === ctx.s) report(self.value, owner, 'ownership-its-parent', 0.6);
        continue;
      }
    }
    // "Kia, its affiliate, reached a deal": the owner is the organisation named before, other than the company itself
    {
      let c = k - 1;
      while (c > 0 && describing(u[c])) c--;
      if (owned && u[c]?.lower === 'its' && isComma(u[c - 1]) && company(u[c - 2])) {
        const self = u[c - 2]!.entity!;
        const owner = ctx.discourse.lastOrganization({ s: ctx.s, i: c - 2 }, (id) => id !== self && fitsOrganizationNoun('company', ctx.entities.get(id)?.name ?? ''));
        if (owner) report(self, owner.value, 'ownership-its', 0.6, [owner.s]);
        continue;
      }
    }
    // "Meta's subsidiary Instagram", "Toyota's parent company, Toyota Industries"
    let b = k - 1;
    if (w.lower === 'company' && parent) b--;
    while (b > 0 && describing(u[b])) b--;
    if (!isPossessive(u[b]?.lower ?? '') || !company(u[b - 1])) continue;
    const next = isComma(u[k + 1]) ? k + 2 : k + 1;
    if (!company(u[next])) continue;
    if (owned) report(u[next]!.entity!, u[b - 1]!.entity!, 'ownership-possessor');
    else report(u[b - 1]!.entity!, u[next]!.entity!, 'ownership-parent');
  }
}

type Report = (owned: string, owner: string, rule: string, confidence?: number, from?: number[], predicate?: string) => void;

/**
 * Holdings stated with a verb or as a shareholder: "X owns Y", "the Tata Trusts, which own about two-thirds of Tata
 * Sons", "Vivendi owns a 24 percent stake in Telecom Italia", "Y is owned by X", "X is the largest shareholder in Y",
 * "X, the biggest shareholder of Y,". A holding less than control (a stake, a percentage under half, a third) makes
 * the company "partly owned by" the holder, else "part of" it.
 */
function extractHoldings(u: readonly Unit[], report: Report): void {
  for (let k = 1; k < u.length; k++) {
    const w = u[k]!;
    if (w.entity) continue;
    // "De Beers, the diamond producer majority-owned by Anglo American": a described company the participle after the
    // description is said of (the holder after "by")
    const part = /^(?:majority|wholly|partly|part|jointly)-(?:owned|controlled)$/.exec(w.lower);
    if ((part || w.lower === 'owned' || w.lower === 'controlled') && u[k + 1]?.lower === 'by' && company(u[k + 2]) && !company(u[k - 1])) {
      let d = k - 1;
      while (d > 1 && d > k - 5 && !u[d]!.entity && /^[a-z][a-z-]*$/.test(u[d]!.text) && !/^(?:a|an|the|is|was|are|were|be|been)$/.test(u[d]!.lower)) d--;
      const described = /^(?:a|an|the)$/.test(u[d]?.lower ?? '') && d < k - 1 && isComma(u[d - 1]) && company(u[d - 2]) ? u[d - 2] : undefined;
      if (described) {
        report(described.entity!, u[k + 2]!.entity!, 'ownership-owned-by-described', 0.7, [], /^(?:partly|part|jointly)/.test(w.lower) ? 'partly owned by' : 'part of');
        continue;
      }
    }
    if (HOLDING_VERBS.has(w.lower)) {
      // passive: "Instagram is owned by Meta", "Y, controlled by X,"
      if (u[k + 1]?.lower === 'by' && company(u[k + 2]) && /ed$/.test(w.lower)) {
        const owned = company(u[k - 1]) ? u[k - 1] : /^(?:is|was|are|were|been|be)$/.test(u[k - 1]!.lower) && company(u[k - 2]) ? u[k - 2] : isComma(u[k - 1]) && company(u[k - 2]) ? u[k - 2] : undefined;
        if (owned) report(owned.entity!, u[k + 2]!.entity!, 'ownership-owned-by-passive');
        continue;
      }
      // active: the holder right before the verb, or before ", which"/", that"
      const holder = company(u[k - 1]) ? u[k - 1] : /^(?:which|that)$/.test(u[k - 1]!.lower) && isComma(u[k - 2]) && company(u[k - 3]) ? u[k - 3] : undefined;
      if (!holder || /ing$/.test(w.lower) || (w.lower === 'owned' || w.lower === 'controlled')) continue;
      let j = k + 1;
      let minority = false;
      while (j < u.length && j <= k + 9 && !u[j]!.entity && SHARE_WORDS.test(u[j]!.lower)) { if (MINORITY.test(u[j]!.lower)) minority = true; j++; }
      const percent = u.slice(k + 1, j).map((x) => /^(\d[\d.,]*)/.exec(x.lower)?.[1]).find((x) => x !== undefined);
      if (percent !== undefined && Number(percent.replace(/,/g, '')) > 50) minority = false;
      if (!company(u[j])) continue;
      report(u[j]!.entity!, holder.entity!, 'ownership-verb', 0.7, [], minority ? 'partly owned by' : 'part of');
      continue;
    }
    // "X is the largest shareholder in Y", "X, the biggest single shareholder of Y,"
    if ((w.lower === 'shareholder' || w.lower === 'shareholders' || w.lower === 'stakeholder') && /^(?:in|of)$/.test(u[k + 1]?.lower ?? '') && company(u[k + 2])) {
      let b = k - 1;
      while (b > 0 && !u[b]!.entity && /^(?:the|a|an|largest|biggest|single|main|majority|minority|controlling|major|leading|second-largest|second-biggest|top|principal)$/.test(u[b]!.lower)) b--;
      const holder = company(u[b]) ? undefined : /^(?:is|was|remains|became|has|had|been)$/.test(u[b]?.lower ?? '') && company(u[b - 1]) ? u[b - 1] : isComma(u[b]) && company(u[b - 1]) ? u[b - 1] : undefined;
      if (holder) report(u[k + 2]!.entity!, holder.entity!, 'ownership-shareholder', 0.7, [], /majority|controlling/.test(u.slice(b, k).map((x) => x.lower).join(' ')) ? 'part of' : 'partly owned by');
    }
  }
}
