// Stage 5, relate: Segmented + Resolved -> Relation[]. Reads like a table of contents:
//   1. units       sentences as tokens and whole mentions, plus demonyms and known names
//                  the recogniser left unlinked (units.ts)
//   2. discourse   what anaphors can point back to (discourse.ts)
//   3. per prose sentence: roles, locations, events, affiliations (roles.ts ...)
//   4. location chains the text states in one sentence ("Donetsk ... in the Donbas of
//      eastern Ukraine"), then gazetteer containment between places the article names,
//      headings included: world knowledge, not read from the text (containment.ts),
//      labelled basis "knowledge", citing no sentence, and left out on request
//   5. the learned classifier's relations, where no rule already speaks about the pair
//      in that sentence (learned.ts, combine.ts); before containment, so a pair the
//      model states is not also given as knowledge
//   6. co-occurrence of every pair in a sentence, headings included (cooccurrence.ts)
//   7. evidence spans, no self-relations, duplicates within a sentence merged
// Boilerplate sentences (photo credits, "Read Also:") give no relation at all.
// Headings give co-occurrence only: headline grammar drops the words the
// patterns rely on ("Ukraine Cuts Ties With North Korea"), and the body repeats
// the statement in full.
import type { Entity, EntityType, Parsed, ParsedSentence, Relation, Resolved, Segmented } from '../../types.ts';
import type { RelationClassifier } from './classifier/classify.ts';
import type { Found } from './found.ts';
import type { Knowledge, KnownPlace } from './knowledge.ts';
import type { SentenceUnits } from './units.ts';
import type { Ctx } from './phrases.ts';
import { buildUnits, linkDemonyms, linkKnownNames } from './units.ts';
import { lazyDiscourse } from './discourse.ts';
import { extractRoles } from './roles.ts';
import { extractPluralTitleRoles } from './plural-titles.ts';
import { extractPossessiveHolderRoles } from './possessive-holders.ts';
import { extractLocations } from './locations.ts';
import { extractEvents } from './events.ts';
import { extractRetaliation } from './retaliation.ts';
import { attributionScopes } from './attribution.ts';
import { extractAffiliations } from './affiliation.ts';
import { extractKin } from './kin.ts';
import { extractOwnership } from './ownership.ts';
import { extractMemberships } from './membership.ts';
import { extractCollectiveMembers } from './collectives.ts';
import { extractCoordinatedBodyCountries } from './coordinated-bodies.ts';
import { extractUnderTitleRoles } from './under-title.ts';
import { extractBoardMembers } from './board-members.ts';
import { extractAgentNouns } from './agents.ts';
import { extendModelChains, extractChains, extractContainment } from './containment.ts';
import { extractCooccurrence } from './cooccurrence.ts';
import { CUE_AFFILIATION, CUE_EVENT_AGENT, CUE_PRESENCE, CUE_SPEECH, CUE_EVENT, CUE_LOCATION, CUE_ORG_PLACE, CUE_ROLE, CUE_ROLE_VERB, scanSentence } from './cues.ts';
import { extractNationalBodies } from './national-bodies.ts';
import { extractOrgPlaces } from './orgplaces.ts';
import { extractFormerRepublics } from './former-republics.ts';
import { extractGrammarEvents } from './grammar/events.ts';
import { extractGrammarRoles } from './grammar/roles.ts';
import { extractSpeechAccusations } from './grammar/speech.ts';
import { extractGappedGifts } from './gapped.ts';
import { extractElectionResult } from './election-result.ts';
import { extractSuccessionRoles } from './succession-roles.ts';
import { appointedBeforeInfinitive } from './grammar/appointee.ts';
import { extractPresence } from './grammar/presence.ts';
import { extractFrontedScene } from './fronted-scene.ts';
import { Tree } from './grammar/tree.ts';
import { gazetteerKnowledge } from './gazetteer-knowledge.ts';
import { articleContext, type PlaceEntity } from './context.ts';
import { findDateline } from './dateline.ts';
import { extractDescribedAheadOwners } from './described-ahead.ts';
import { isTriggerVerb, PLACE_TYPES } from './classes.ts';
import { MODEL_RULE, modelRelations } from './learned.ts';
import { combineWithModel, contradictsStatedHome } from './combine.ts';
import { newsModelStep, type NewsStep } from './news-model/index.ts';

export interface RelateOptions {
  /** World knowledge (demonyms, containment). Defaults to the gazetteer. */
  knowledge?: Knowledge;
  /** Emit containment the text does not state (basis "knowledge"); default true. */
  knowledgeRelations?: boolean;
  /** The article's dependency parse: where a sentence has one, its grammar is read from the tree. */
  parsed?: Parsed | null;
  /** The learned relation classifier; without it only the rules run. */
  classifier?: RelationClassifier;
  /** The news model (news-model/): relations learned from annotated news, for the pairs the rules leave open. */
  news?: NewsStep;
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
    const x = k === 0 ? f.excerpt : undefined;
    out[k] = x ? { start: x.start, end: x.end, text: sent.text.slice(x.start - sent.start, x.end - sent.start) } : { start: sent.start, end: sent.end, text: sent.text };
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
    ...(knowledge.formerlyWithin ? { formerlyWithin: (inner: string, outer: string) => knowledge.formerlyWithin!(inner, outer) } : {}),
    // Asked once per article (datelines): not worth a memo.
    ...(knowledge.place ? { place: (name: string, within?: string) => knowledge.place!(name, within) } : {}),
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
  // Countries named only by their adjective ("German Chancellor Olaf Scholz", "Brazilian oil company
  // Petrobras") are still the target of a relation: they become entities without a name mention
  // (implicit.ts), and give no co-occurrence of their own.
  const implicit = new Set<string>();
  const implicitPlace = (gazetteerId: string, name: string, type: EntityType) => {
    if (!entities.has(gazetteerId)) {
      entities.set(gazetteerId, { id: gazetteerId, name, type, aliases: [], mentions: [], gazetteerId });
      implicit.add(gazetteerId);
    }
    return gazetteerId;
  };
  const implicitCountry = (gazetteerId: string, name: string) => implicitPlace(gazetteerId, name, 'country');
  /** The article's entity for a gazetteer place (same id, else same name and kind of place), else a mention-less one. */
  const placeEntity: PlaceEntity = (gazetteerId, name, type) => {
    const lower = name.toLowerCase();
    for (const e of entities.values()) if (e.gazetteerId === gazetteerId) return e.id;
    for (const e of entities.values()) if (PLACE_TYPES.has(e.type) && (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower))) return e.id;
    return implicitPlace(gazetteerId, name, type);
  };
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
    id ??= implicitCountry(gazetteerId, name);
    countries.set(key, id);
    return id;
  };
  /** A place named exactly so (case aside): a country, a region, or a city of 100,000 people or more ("God" is not Göd). */
  const knownPlace = (name: string) => {
    const p = knowledge.place?.(name);
    if (!p || !p.type || !PLACE_TYPES.has(p.type) || p.name.toLowerCase() !== name.toLowerCase()) return undefined;
    if (p.type === 'city' && (p.population ?? 0) < 100_000) return undefined;
    return placeEntity(p.id, p.name, p.type);
  };
  /** The country a place of the article lies in, as this article's entity (implicit when not named). */
  const countryOf = (id: string, orImplicit = false): string | undefined => {
    const e = entities.get(id);
    if (!e?.gazetteerId) return undefined;
    if (e.type === 'country') return id;
    const c = knowledge.containers(e.gazetteerId).find((x) => x.startsWith('country:'));
    if (!c) return undefined;
    for (const x of entities.values()) if (x.gazetteerId === c) return x.id;
    const p = orImplicit ? knowledge.place?.(c) : undefined;
    return p ? placeEntity(c, p.name, 'country') : undefined;
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
    if (c) return countryEntity(c.id, c.name);
    // A country's own name the article does not otherwise use ("India" in "Serum Institute of India").
    const p = knowledge.place?.(word);
    return p?.type === 'country' ? countryEntity(p.id, p.name) : undefined;
  };
  // A demonym whose country has no entity under its gazetteer id: the country's entity by name
  // ("Germany" the recogniser did not link), else a mention-less one.
  let mentions = resolved.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.metonymy !== 'demonym' || entities.has(m.entity)) continue;
    const c = knowledge.demonym(m.text);
    const id = c && c.id === m.entity ? countryEntity(c.id, c.name) : undefined;
    if (id && id !== m.entity) {
      if (mentions === resolved.mentions) mentions = [...mentions];
      mentions[k] = { ...m, entity: id };
    }
  }
  const sentences = buildUnits(seg, mentions, (id) => entities.get(id)?.type, knowledge);
  linkDemonyms(sentences, knowledge, countryEntity);
  linkKnownNames(sentences, entities.values());
  const discourse = lazyDiscourse(sentences, entities, isProse);

  let found: Found[] = [];
  const emit = (f: Found) => { found.push(f); };
  const dateline = findDateline(seg);
  const datelineSentence = dateline?.sentence ?? -1;
  const context = articleContext(seg, dateline, sentences, entities, knowledge, placeEntity, emit);
  // One pass over every sentence: its entity units and the pattern families it can feed.
  const scans = sentences.map((su) => scanSentence(su, entities));
  // The sentences whose trees the rules and the classifier ask for: the news model reads those trees (its
  // parsedSoFar). A reader that may not need a tree claims it; it is parsed when some reader reads it.
  const claimed = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const su = sentences[s]!;
    // Each pattern family needs a cue in the sentence (a trigger word, a name of the right type);
    // sentences without one are not read at all.
    const cues = scans[s]!.cues;
    // (two states and nothing else may be all a sentence names: "Serbia is one of Yugoslavia's republics")
    if (!su.sentence.boilerplate && !su.sentence.heading && scans[s]!.entities.length >= 2) extractFormerRepublics(su.units, s, entities, knowledge, emit);
    // (a lead's "Britain's competition regulator said ..." may hold no other cue)
    if (!su.sentence.boilerplate && !su.sentence.heading) extractDescribedAheadOwners({ sentences, s, units: su.units, discourse, entities, subjects: [], nameToEntity, context }, emit);
    if (!cues || su.sentence.boilerplate) continue;
    if (su.sentence.heading) {
      if (cues & CUE_EVENT) extractHeadlinePlan({ sentences, s, units: su.units, discourse, entities, subjects: [], nameToEntity, context }, emit);
      continue;
    }
    const ctx: Ctx = { sentences, s, units: su.units, discourse, entities, subjects: [], nameToEntity, context, knownPlace, countryOf, earlier: found };
    claimed[s] = 1;
    // the tree is read (and so parsed) only for a grammar reading
    let parse: ParsedSentence | null | undefined, tree: Tree | undefined, looked = false;
    // A dateline ("BRASILIA (Reuters) - ...") is no English a parser was trained on: its sentence is read by the token rules.
    const hasTree = () => {
      if (!looked) { looked = true; parse = options.parsed?.sentences[s]; }
      return !!parse && parse.sentence === s && parse.words.length > 0 && s !== datelineSentence;
    };
    const treeOf = () => (tree ??= new Tree(parse!, su.units));
    if (cues & (CUE_ROLE | CUE_ROLE_VERB)) {
      extractRoles(ctx, emit, scans[s]!.entities, !!(cues & CUE_ROLE_VERB));
      extractPluralTitleRoles(ctx, emit);
      extractPossessiveHolderRoles(ctx, emit);
      extractUnderTitleRoles(ctx, emit);
      if ((cues & CUE_ROLE) && hasTree()) extractGrammarRoles(ctx, treeOf(), emit);
    }
    if (cues & CUE_LOCATION) extractLocations(ctx, emit);
    if ((cues & CUE_PRESENCE) && hasTree()) extractPresence(ctx, treeOf(), emit);
    if ((cues & CUE_SPEECH) && hasTree()) extractSpeechAccusations(ctx, treeOf(), emit);
    extractFrontedScene(ctx, emit);
    extractCollectiveMembers(ctx, emit);
    extractCoordinatedBodyCountries(ctx, emit);
    extractBoardMembers(ctx, emit);
    // (one pass over the units: "took over as" is no cue word of its own)
    extractSuccessionRoles(ctx, emit);
    if (cues & CUE_EVENT) {
      // Who a statement is attributed to is only asked once a relation is found: read it then.
      let scopes: ((i: number) => string | undefined) | undefined;
      const attributionAt = (i: number) => (scopes ??= attributionScopes(ctx))(i);
      if (hasTree()) extractGrammarEvents(ctx, treeOf(), emit, attributionAt);
      extractEvents(ctx, emit, attributionAt);
      extractRetaliation(ctx, emit, attributionAt);
      extractGappedGifts(ctx, emit);
      extractElectionResult(ctx, emit);
    }
    if (cues & CUE_EVENT_AGENT) extractAgentNouns(ctx, emit);
    if (cues & CUE_AFFILIATION) {
      extractAffiliations(ctx, emit, knowledge, countryEntity, scans[s]!.entities);
      extractMemberships(ctx, emit);
      extractOwnership(ctx, emit);
      extractKin(ctx, emit);
    }
    if (cues & CUE_ORG_PLACE) extractOrgPlaces(ctx, emit);
  }
  if (options.parsed) preferParse(found);
  const named = sentences.map((su, s) => (isUsable(su) ? scans[s]!.entities : undefined));
  extractChains(found, named, emit);
  extractNationalBodies(found, sentences.map((su, s) => (isProse(su) ? scans[s]!.entities : undefined)), entities, context, knowledge, countryEntity, emit, options.knowledgeRelations !== false, (id) => countryOf(id));
  if (options.classifier) {
    // the model reads headings too: its readings need no words a headline drops ("Moscow Interfax in English", a
    // source line, states where the agency is), and a fact a headline shares with the body is one relation
    found = combineWithModel(found, modelRelations(seg, mentions, entities, options.classifier, knowledge, (s) => !sentences[s]!.sentence.boilerplate, options.parsed ?? undefined, dateline,
      (s) => { claimed[s] = 1; }),
      (m, rules) => contradictsStatedHome(m, rules, entities, knowledge));
    // ("the Savannah River Plant, in Aiken, S.C.": the model's "located in Aiken" and the rule's "Aiken located in South
    // Carolina" make the plant located in South Carolina)
    extendModelChains(found, named, (f) => f.rule === MODEL_RULE, emit);
  }
  if (options.news) found.push(...newsModelStep(options.news, seg, mentions, entities, found, (s) => isProse(sentences[s]!), options.parsed ?? undefined, dateline, (s) => claimed[s] === 1));
  if (options.knowledgeRelations !== false) {
    const stated = new Set<string>();
    for (const f of found) if (f.kind === 'location') stated.add(`${f.source}|${f.target}`);
    extractContainment(named, entities, knowledge, (f) => { if (!stated.has(`${f.source}|${f.target}`)) found.push(f); });
  }
  const cooccurring: Found[] = [];
  for (let s = 0; s < named.length; s++) {
    const units = named[s];
    if (units) extractCooccurrence(implicit.size ? units.filter((x) => !implicit.has(x.entity!)) : units, s, cooccurring);
  }
  return { found, cooccurring, entities };
}

/**
 * A headline announcing a plan: "Polish Foreign Minister to visit Yugoslavia", "Chevron to buy Hess".
 * Headlines otherwise give co-occurrence only, but "to <verb>" right after the subject is headline
 * grammar for a future or planned act: its event is kept, hypothetical, and nothing else is read.
 */
function extractHeadlinePlan(ctx: Ctx, emit: (f: Found) => void): void {
  const u = ctx.units;
  const verbs = new Set<number>();
  // ("Starbucks hires X to replace Y as CEO": the infinitive after a person hired or named is his act, not the subject's)
  const doers = new Map<number, string>();
  for (let k = 1; k + 1 < u.length; k++) {
    if (u[k]!.lower !== 'to' || u[k + 1]!.entity || !isTriggerVerb(u[k + 1]!.lower)) continue;
    verbs.add(u[k + 1]!.start);
    const appointed = appointedBeforeInfinitive(ctx, k);
    if (appointed) doers.set(u[k + 1]!.start, appointed.ids[0]!);
  }
  if (!verbs.size) return;
  extractEvents(ctx, (f) => {
    if (f.trigger === undefined || !verbs.has(f.trigger)) return;
    const doer = doers.get(f.trigger);
    if (doer === f.target) return;
    emit({ ...f, ...(doer ? { source: doer } : {}), hypothetical: true, confidence: Math.round(f.confidence * 0.6 * 100) / 100, rule: `${f.rule}-headline` });
  }, () => undefined);
}

/**
 * Where the parse read a trigger's arguments, its reading replaces the token rules' reading of the same
 * trigger: the tree knows which phrase is the subject however far away it is. Triggers the parse left
 * without arguments keep what the token rules found.
 */
function preferParse(found: Found[]): void {
  const parsed = new Set<string>();
  for (const f of found) if (f.trigger !== undefined && f.rule.startsWith('grammar-')) parsed.add(`${f.sentences[0]}|${f.trigger}`);
  if (!parsed.size) return;
  let w = 0;
  for (const f of found) {
    if (f.trigger !== undefined && !f.rule.startsWith('grammar-') && parsed.has(`${f.sentences[0]}|${f.trigger}`)) continue;
    found[w++] = f;
  }
  found.length = w;
}

/** Boilerplate gives no relation at all. */
const isUsable = (su: SentenceUnits) => !su.sentence.boilerplate;
/** Headings give co-occurrence only. */
const isProse = (su: SentenceUnits) => !su.sentence.boilerplate && !su.sentence.heading;

/** Words of a title that several people hold at once, or that no longer holds ("deputy", "former", "minister of state"). */
const SHARED_OR_PAST_TITLE_WORDS = /\b(?:former|ex|late|outgoing|incoming|designate|acting|interim|deputy|vice|assistant|junior|under|state|co)\b/;
/** Offices of one holder per country at a time, when written alone ("president", "chancellor"). */
const ONE_WORD_SINGLE_OFFICES = new Set(['president', 'chancellor', 'premier', 'king', 'queen', 'emir', 'sultan', 'monarch']);

/** Is a role predicate ("prime minister of", "foreign minister of", "president of") an office one person holds? */
function isSingleOffice(predicate: string): boolean {
  const title = predicate.replace(/ of$/, '');
  if (SHARED_OR_PAST_TITLE_WORDS.test(title)) return false;
  const words = title.split(' ');
  return words.length === 1 ? ONE_WORD_SINGLE_OFFICES.has(title) : /(?:minister|secretary|president|chancellor)$/.test(title);
}

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
  // A role read from context yields to a stated role of the same person and title (anywhere in the article).
  if (list.some((f) => f.basis === 'context' && f.kind === 'role')) {
    const stated = new Set(list.filter((f) => f.kind === 'role' && f.basis !== 'context').map((f) => `${f.source}|${f.predicate}`));
    // (not the state a stated seat of power stands for, read from that very role: "Kremlin spokesman X", roles.ts)
    list = list.filter((f) => !(f.basis === 'context' && f.kind === 'role' && !f.rule?.endsWith('-seat') && stated.has(`${f.source}|${f.predicate}`)));
    // ("Colombian President Gustavo Petro ... President Nicolas Maduro" in a story datelined Bogota): an office one
    // person holds in a country, stated of another, is not the context's guess for this one
    const heldBy = new Map<string, Set<string>>();
    for (const f of list) {
      if (f.kind !== 'role' || f.basis === 'context' || !isSingleOffice(f.predicate)) continue;
      const key = `${f.predicate}|${f.target}`;
      heldBy.set(key, (heldBy.get(key) ?? new Set()).add(f.source));
    }
    list = list.filter((f) => {
      if (f.basis !== 'context' || f.kind !== 'role' || !isSingleOffice(f.predicate)) return true;
      // ("Botswana's President Masisi conceded defeat ... Boko was sworn in as president": an office given to a person
      // changes its holder; the one stated of another is the one before)
      if (f.rule.startsWith('role-appointed')) return true;
      const holders = heldBy.get(`${f.predicate}|${f.target}`);
      return !holders || holders.has(f.source);
    });
  }
  // ("Alvaro Leyva of Colombia", one of "the foreign ministers of the two countries"): a person's affiliation with a
  // body or country yields to the office the article says the person holds there
  if (list.some((f) => f.kind === 'role') && list.some((f) => f.kind === 'affiliation')) {
    const offices = new Set(list.filter((f) => f.kind === 'role' && !f.negated && !f.hypothetical).map((f) => `${f.source}|${f.target}`));
    // (so does the learned reader's "works for": "Chairman Cyrus Mistry ... Tata Sons" is an office there, no other tie)
    list = list.filter((f) => !(f.kind === 'affiliation' && (f.predicate === 'affiliated with' || f.predicate === 'works for') && offices.has(`${f.source}|${f.target}`)));
  }
  // ("Russia recalled its ambassador to Moscow for consultations"): an envoy recalled to a place in the actor's own
  // country comes home; the place is no partner whose relations are reduced
  if (locations && list.some((f) => f.cameo === '161')) {
    list = list.filter((f) => f.cameo !== '161' || !list.some((g) => g.kind === 'location' && g.source === f.target && g.target === f.source));
  }
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
  };
  if (f.negated) r.negated = true;
  if (f.hypothetical) r.hypothetical = true;
  if (f.attribution) r.attribution = f.attribution;
  r.basis = f.basis ?? 'stated';
  r.by = f.rule === MODEL_RULE ? 'model' : f.rule.startsWith('model:') ? f.rule : `rule:${f.rule}`;
  return r;
}
