// Stage 5, relate: Segmented + Resolved -> Relation[]. Reads like a table of contents:
//   1. units       sentences as tokens and whole mentions, plus demonyms and known names
//                  the recogniser left unlinked (units.ts)
//   2. discourse   what anaphors can point back to (discourse.ts)
//   3. per prose sentence: roles, locations, events, affiliations (roles.ts ...)
//   4. gazetteer containment between places the article names, headings included:
//      it is world knowledge, not read from the grammar (containment.ts)
//   5. co-occurrence of every pair in a sentence, headings included (cooccurrence.ts)
//   6. evidence spans, no self-relations, duplicates within a sentence merged
// Boilerplate sentences (photo credits, "Read Also:") give no relation at all.
// Headings give co-occurrence only: headline grammar drops the words the
// patterns rely on ("Ukraine Cuts Ties With North Korea"), and the body repeats
// the statement in full.
import type { Entity, Relation, Resolved, Segmented } from '../../types.ts';
import type { Found } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import type { SentenceUnits } from './units.ts';
import type { Ctx } from './phrases.ts';
import { buildUnits, linkDemonyms, linkKnownNames } from './units.ts';
import { buildDiscourse } from './discourse.ts';
import { extractRoles } from './roles.ts';
import { extractLocations } from './locations.ts';
import { extractEvents } from './events.ts';
import { attributionScopes } from './attribution.ts';
import { extractAffiliations } from './affiliation.ts';
import { extractContainment } from './containment.ts';
import { extractCooccurrence } from './cooccurrence.ts';
import { gazetteerKnowledge } from './gazetteer-knowledge.ts';

export interface RelateOptions {
  /** World knowledge (demonyms, containment). Defaults to the gazetteer. */
  knowledge?: Knowledge;
}

/** Relations of one article. */
export function relate(seg: Segmented, resolved: Resolved, options: RelateOptions = {}): Relation[] {
  return relateDetailed(seg, resolved, options).map(toRelation);
}

/** As `relate`, keeping which rule found each relation and its sentence numbers (for tests and debugging). */
export function relateDetailed(seg: Segmented, resolved: Resolved, options: RelateOptions = {}): Array<Found & { evidence: Relation['evidence'] }> {
  const knowledge = options.knowledge ?? gazetteerKnowledge();
  const entities = new Map<string, Entity>(resolved.entities.map((e) => [e.id, e]));
  const countryEntity = (gazetteerId: string, name: string) => {
    for (const e of entities.values()) if (e.gazetteerId === gazetteerId) return e.id;
    for (const e of entities.values()) if (e.type === 'country' && e.name.toLowerCase() === name.toLowerCase()) return e.id;
    return undefined;
  };
  const byName = new Map<string, string>();
  for (const e of entities.values()) for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
  const nameToEntity = (word: string) => {
    const hit = byName.get(word.toLowerCase());
    if (hit) return hit;
    const c = knowledge.demonym(word);
    return c && countryEntity(c.id, c.name);
  };
  const sentences = buildUnits(seg, resolved.mentions, (id) => entities.get(id)?.type, knowledge);
  linkDemonyms(sentences, knowledge, countryEntity);
  linkKnownNames(sentences, entities.values());
  const usable = (su: SentenceUnits) => !su.sentence.boilerplate;
  const prose = (su: SentenceUnits) => !su.sentence.boilerplate && !su.sentence.heading;
  const discourse = buildDiscourse(sentences, entities, prose);

  const found: Found[] = [];
  const emit = (f: Found) => { found.push(f); };
  sentences.forEach((su, s) => {
    if (!prose(su)) return;
    const ctx: Ctx = { sentences, s, units: su.units, discourse, entities, subjects: [], nameToEntity };
    extractRoles(ctx, emit);
    extractLocations(ctx, emit);
    extractEvents(ctx, emit, attributionScopes(ctx));
    extractAffiliations(ctx, emit, knowledge, countryEntity);
  });
  const stated = new Set(found.filter((f) => f.kind === 'location').map((f) => `${f.source}|${f.target}`));
  extractContainment(sentences, entities, knowledge, usable, (f) => { if (!stated.has(`${f.source}|${f.target}`)) found.push(f); });
  sentences.forEach((su, s) => { if (usable(su)) extractCooccurrence(su, s, emit); });

  return finalize(found, entities).map((f) => ({
    ...f,
    evidence: f.sentences.map((s) => {
      const sent = seg.sentences[s]!;
      return { start: sent.start, end: sent.end, text: sent.text };
    }),
  }));
}

/** No self-relations, no unknown ids; one relation per (source, target, kind, predicate) and sentence, keeping the most confident. */
function finalize(found: Found[], entities: Map<string, Entity>): Found[] {
  const best = new Map<string, Found>();
  for (const f of found) {
    if (f.source === f.target || !entities.has(f.source) || !entities.has(f.target)) continue;
    const key = `${f.sentences[0]}|${f.source}|${f.target}|${f.kind}|${f.predicate}`;
    const old = best.get(key);
    if (!old || f.confidence > old.confidence) best.set(key, f);
  }
  // A place cannot lie in a place that lies in it: keep the better-supported direction.
  const list = [...best.values()];
  return list.filter((f) => {
    if (f.kind !== 'location') return true;
    const back = list.find((g) => g.kind === 'location' && g.source === f.target && g.target === f.source);
    return !back || f.confidence > back.confidence || (f.confidence === back.confidence && f.source < back.source);
  });
}

function toRelation(f: Found & { evidence: Relation['evidence'] }): Relation {
  return {
    source: f.source,
    target: f.target,
    kind: f.kind,
    predicate: f.predicate,
    cameo: f.cameo,
    confidence: f.confidence,
    evidence: f.evidence,
    ...(f.negated ? { negated: true } : {}),
    ...(f.hypothetical ? { hypothetical: true } : {}),
    ...(f.attribution ? { attribution: f.attribution } : {}),
  };
}
