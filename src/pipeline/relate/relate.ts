// Stage 5, relate: Segmented + Resolved -> Relation[]. Reads like a table of contents:
//   1. units       sentences as tokens and whole mentions, plus demonyms and known names
//                  the recogniser left unlinked (units.ts)
//   2. discourse   what anaphors can point back to (discourse.ts)
//   3. per prose sentence: roles, locations, events, affiliations (roles.ts ...)
//   4. gazetteer containment between places the article names, headings included:
//      it is world knowledge, not read from the grammar (containment.ts)
//   5. co-occurrence of every pair in a sentence, headings included (cooccurrence.ts)
//   6. the learned classifier's relations, where no rule already speaks about the pair
//      in that sentence (learned.ts, combine.ts)
//   7. evidence spans, no self-relations, duplicates within a sentence merged
// Boilerplate sentences (photo credits, "Read Also:") give no relation at all.
// Headings give co-occurrence only: headline grammar drops the words the
// patterns rely on ("Ukraine Cuts Ties With North Korea"), and the body repeats
// the statement in full.
import type { Entity, Parsed, Relation, Resolved, Segmented } from '../../types.ts';
import type { RelationClassifier } from './classifier/classify.ts';
import type { Found } from './found.ts';
import type { Knowledge, KnownPlace } from './knowledge.ts';
import type { SentenceUnits } from './units.ts';
import type { Ctx } from './phrases.ts';
import { buildUnits, linkDemonyms, linkKnownNames } from './units.ts';
import { lazyDiscourse } from './discourse.ts';
import { extractRoles } from './roles.ts';
import { extractLocations } from './locations.ts';
import { extractEvents } from './events.ts';
import { extractRetaliation } from './retaliation.ts';
import { attributionScopes } from './attribution.ts';
import { extractAffiliations } from './affiliation.ts';
import { extractContainment } from './containment.ts';
import { extractCooccurrence } from './cooccurrence.ts';
import { CUE_AFFILIATION, CUE_EVENT, CUE_LOCATION, CUE_ROLE, CUE_ROLE_VERB, scanSentence } from './cues.ts';
import { gazetteerKnowledge } from './gazetteer-knowledge.ts';
import { MODEL_RULE, modelRelations } from './learned.ts';
import { combineWithModel } from './combine.ts';

export interface RelateOptions {
  /** World knowledge (demonyms, containment). Defaults to the gazetteer. */
  knowledge?: Knowledge;
  /** The learned relation classifier; without it only the rules run. */
  classifier?: RelationClassifier;
  /** The parse of the article, for the classifier's syntax features. */
  parsed?: Parsed;
}

/** Relations of one article. */
export function relate(seg: Segmented, resolved: Resolved, options: RelateOptions = {}): Relation[] {
  const { found, cooccurring, entities } = findAll(seg, resolved, options);
  const kept = finalize(found, cooccurring, entities);
  const out: Relation[] = new Array(kept.length);
  for (let k = 0; k < kept.length; k++) out[k] = toRelation(kept[k]!, evidenceOf(seg, kept[k]!));
  return out;
}

/** As `relate`, keeping which rule found each relation and its sentence numbers (for tests and debugging). */
export function relateDetailed(seg: Segmented, resolved: Resolved, options: RelateOptions = {}): Array<Found & { evidence: Relation['evidence'] }> {
  const { found, cooccurring, entities } = findAll(seg, resolved, options);
  return finalize(found, cooccurring, entities).map((f) => ({ ...f, evidence: evidenceOf(seg, f) }));
}

function evidenceOf(seg: Segmented, f: Found): Relation['evidence'] {
  const out: Relation['evidence'] = new Array(f.sentences.length);
  for (let k = 0; k < f.sentences.length; k++) {
    const sent = seg.sentences[f.sentences[k]!]!;
    out[k] = { start: sent.start, end: sent.end, text: sent.text };
  }
  return out;
}

/** The same question asked twice gets the first answer: knowledge look-ups are pure. */
function memoKnowledge(knowledge: Knowledge, limit = Infinity): Knowledge {
  const demonyms = new Map<string, KnownPlace | undefined>();
  const containers = new Map<string, string[]>();
  return {
    demonym(word) {
      let hit = demonyms.get(word);
      if (hit === undefined && !demonyms.has(word)) {
        if (demonyms.size >= limit) demonyms.clear();
        hit = knowledge.demonym(word);
        demonyms.set(word, hit);
      }
      return hit;
    },
    containers(id) {
      let hit = containers.get(id);
      if (!hit) {
        if (containers.size >= limit) containers.clear();
        hit = knowledge.containers(id);
        containers.set(id, hit);
      }
      return hit;
    },
  };
}

/** How many answers the shared gazetteer memo keeps before starting over (bounds memory on huge batches). */
const SHARED_MEMO_LIMIT = 200_000;
let sharedKnowledge: Knowledge | undefined;
/** The gazetteer does not change while the process runs, so one memo serves every article. */
const gazetteerMemo = () => (sharedKnowledge ??= memoKnowledge(gazetteerKnowledge(), SHARED_MEMO_LIMIT));

/** Everything the patterns find, before duplicates and self-relations are dropped. */
function findAll(seg: Segmented, resolved: Resolved, options: RelateOptions): { found: Found[]; cooccurring: Found[]; entities: Map<string, Entity> } {
  const knowledge = options.knowledge ? memoKnowledge(options.knowledge) : gazetteerMemo();
  const entities = new Map<string, Entity>();
  for (const e of resolved.entities) entities.set(e.id, e);
  const countries = new Map<string, string | undefined>();
  const countryEntity = (gazetteerId: string, name: string) => {
    const key = `${gazetteerId}\u0000${name}`;
    if (countries.has(key)) return countries.get(key);
    let id: string | undefined;
    for (const e of entities.values()) if (e.gazetteerId === gazetteerId) { id = e.id; break; }
    if (id === undefined) {
      const lower = name.toLowerCase();
      for (const e of entities.values()) if (e.type === 'country' && e.name.toLowerCase() === lower) { id = e.id; break; }
    }
    countries.set(key, id);
    return id;
  };
  let byName: Map<string, string> | undefined;
  const nameToEntity = (word: string) => {
    if (!byName) {
      byName = new Map<string, string>();
      for (const e of entities.values()) for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
    }
    const hit = byName.get(word.toLowerCase());
    if (hit) return hit;
    const c = knowledge.demonym(word);
    return c && countryEntity(c.id, c.name);
  };
  const sentences = buildUnits(seg, resolved.mentions, (id) => entities.get(id)?.type, knowledge);
  linkDemonyms(sentences, knowledge, countryEntity);
  linkKnownNames(sentences, entities.values());
  const discourse = lazyDiscourse(sentences, entities, isProse);

  let found: Found[] = [];
  const emit = (f: Found) => { found.push(f); };
  // One pass over every sentence: its entity units and the pattern families it can feed.
  const scans = sentences.map((su) => scanSentence(su, entities));
  for (let s = 0; s < sentences.length; s++) {
    const su = sentences[s]!;
    // Each pattern family needs a cue in the sentence (a trigger word, a name of the right type);
    // sentences without one are not read at all.
    const cues = scans[s]!.cues;
    if (!cues || !isProse(su)) continue;
    const ctx: Ctx = { sentences, s, units: su.units, discourse, entities, subjects: [], nameToEntity };
    if (cues & (CUE_ROLE | CUE_ROLE_VERB)) extractRoles(ctx, emit, scans[s]!.entities, !!(cues & CUE_ROLE_VERB));
    if (cues & CUE_LOCATION) extractLocations(ctx, emit);
    if (cues & CUE_EVENT) {
      // Who a statement is attributed to is only asked once a relation is found: read it then.
      let scopes: ((i: number) => string | undefined) | undefined;
      const attributionAt = (i: number) => (scopes ??= attributionScopes(ctx))(i);
      extractEvents(ctx, emit, attributionAt);
      extractRetaliation(ctx, emit, attributionAt);
    }
    if (cues & CUE_AFFILIATION) extractAffiliations(ctx, emit, knowledge, countryEntity, scans[s]!.entities);
  }
  const stated = new Set<string>();
  for (const f of found) if (f.kind === 'location') stated.add(`${f.source}|${f.target}`);
  const named = sentences.map((su, s) => (isUsable(su) ? scans[s]!.entities : undefined));
  extractContainment(named, entities, knowledge, (f) => { if (!stated.has(`${f.source}|${f.target}`)) found.push(f); });
  if (options.classifier) {
    found = combineWithModel(found, modelRelations(seg, resolved, entities, options.classifier, knowledge, (s) => isProse(sentences[s]!), options.parsed));
  }
  const cooccurring: Found[] = [];
  for (let s = 0; s < named.length; s++) if (named[s]) extractCooccurrence(named[s]!, s, cooccurring);
  return { found, cooccurring, entities };
}

/** Boilerplate gives no relation at all. */
const isUsable = (su: SentenceUnits) => !su.sentence.boilerplate;
/** Headings give co-occurrence only. */
const isProse = (su: SentenceUnits) => !su.sentence.boilerplate && !su.sentence.heading;

/**
 * No self-relations, no unknown ids; one relation per (source, target, kind, predicate) and sentence,
 * keeping the most confident. Co-occurrences come last and are unique by construction (one per pair and
 * sentence, and no other kind shares their key), so they are only checked for unknown ids.
 */
function finalize(found: Found[], cooccurring: Found[], entities: Map<string, Entity>): Found[] {
  const best = new Map<string, Found>();
  let locations = false;
  for (const f of found) {
    if (f.source === f.target || !entities.has(f.source) || !entities.has(f.target)) continue;
    const key = `${f.sentences[0]}|${f.source}|${f.target}|${f.kind}|${f.predicate}`;
    const old = best.get(key);
    if (!old || f.confidence > old.confidence) best.set(key, f);
    if (f.kind === 'location') locations = true;
  }
  let list = [...best.values()];
  // A place cannot lie in a place that lies in it: keep the better-supported direction.
  if (locations) {
    list = list.filter((f) => {
      if (f.kind !== 'location') return true;
      const back = list.find((g) => g.kind === 'location' && g.source === f.target && g.target === f.source);
      return !back || f.confidence > back.confidence || (f.confidence === back.confidence && f.source < back.source);
    });
  }
  for (const f of cooccurring) if (entities.has(f.source) && entities.has(f.target)) list.push(f);
  return list;
}

function toRelation(f: Found, evidence: Relation['evidence']): Relation {
  const r: Relation = {
    source: f.source,
    target: f.target,
    kind: f.kind,
    predicate: f.predicate,
    cameo: f.cameo,
    confidence: f.confidence,
    evidence,
    by: f.rule === MODEL_RULE ? 'model' : `rule:${f.rule}`,
  };
  if (f.negated) r.negated = true;
  if (f.hypothetical) r.hypothetical = true;
  if (f.attribution) r.attribution = f.attribution;
  return r;
}
