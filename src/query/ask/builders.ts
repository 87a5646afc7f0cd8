// One function per question form: take the resolved entities of the question,
// query the graph, and return an Answer with readable lines and the data behind
// them (entities, relations, paths, evidence).
import type { EntityType, KnowledgeGraph } from '../../types.ts';
import { compareRelations, entityRef, evidenceLine, relationView, type EntityRef, type RelationView } from '../relations.ts';
import { neighborhood } from '../neighbors.ts';
import { shortestPaths } from '../paths.ts';
import { relationMatchesVerb, type VerbQuery } from '../verbs.ts';
import { normalizeName } from '../normalize.ts';
import { ROLE_FILLERS, ROLE_SYNONYMS } from '../data/roles.ts';
import { collectEvidence, pairLines, pathLines, relationLines, uniqueEntities, MAX_ANSWER_ENTITIES, type Answer, type AnswerForm } from './answer.ts';
import { PLACE_TYPES, TYPE_NOUNS } from '../data/type-words.ts';

interface Limits { limit: number; maxHops: number; maxPaths: number }

/** Events named in a summary before "and N more". */
const MAX_SUMMARY_EVENTS = 8;

function answer(question: string, form: AnswerForm, subjects: EntityRef[], lines: string[], parts: Partial<Answer> = {}): Answer {
  const relations = parts.relations ?? [];
  const paths = parts.paths ?? [];
  const entities = parts.entities ?? [];
  return {
    question, form, text: lines.join('\n'), subjects,
    entities: entities.slice(0, MAX_ANSWER_ENTITIES), relations, paths,
    evidence: collectEvidence(relations, paths), truncated: (parts.truncated ?? false) || entities.length > MAX_ANSWER_ENTITIES,
  };
}

/** Labels for a sentence: the first 20, then how many more (the full list is in the JSON). */
function labels(list: EntityRef[], max = 20): string {
  const shown = list.slice(0, max).map((e) => e.label).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

/** "country" / "countries", "place" / "places", "entity" / "entities" for the types a question asked about. */
function typeNoun(types: EntityType[] | undefined, count: number): string {
  const form = count === 1 ? 0 : 1;
  if (!types?.length) return count === 1 ? 'entity' : 'entities';
  if (types.length === 1) return TYPE_NOUNS[types[0]!][form];
  if (types.every((t) => PLACE_TYPES.includes(t))) return count === 1 ? 'place' : 'places';
  return count === 1 ? 'entity' : 'entities';
}

export function connections(graph: KnowledgeGraph, q: string, id: string, types: EntityType[] | undefined, lim: Limits): Answer {
  const n = neighborhood(graph, id, { types });
  const { lines: listed, shown } = pairLines(n.relations, lim.limit);
  const count = n.neighbors.length;
  const lines = count
    ? [`${n.entity.label} is connected to ${count} ${typeNoun(types, count)}: ${labels(n.neighbors)}.`, '', 'Relations:', ...listed]
    : [`No ${typeNoun(types, 1)} is connected to ${n.entity.label}.`];
  if (n.total > shown.length) lines.push(`  ... ${n.total - shown.length} more relation${n.total - shown.length === 1 ? '' : 's'} (raise the limit to see them)`);
  return answer(q, 'connections', [n.entity], lines, { entities: n.neighbors, relations: shown, truncated: n.total > shown.length });
}

export function path(graph: KnowledgeGraph, q: string, from: string, to: string, lim: Limits): Answer {
  const r = shortestPaths(graph, from, to, { maxHops: lim.maxHops, maxPaths: lim.maxPaths });
  const lines: string[] = [];
  if (!r.paths.length) {
    lines.push(`No connection between ${r.from.label} and ${r.to.label} within ${r.maxHops} hops.`);
  } else {
    const hops = r.paths[0]!.hops.length;
    const n = r.paths.length;
    lines.push(`${r.from.label} and ${r.to.label} are connected in ${hops} hop${hops === 1 ? '' : 's'}` +
      (n > 1 ? ` by ${n}${r.truncated ? '+' : ''} equally good paths.` : '.'));
    r.paths.forEach((p, i) => lines.push('', ...pathLines(p, i, n)));
  }
  const entities = uniqueEntities(r.paths.flatMap((p) => p.nodes));
  return answer(q, 'path', [r.from, r.to], lines, { entities, paths: r.paths, truncated: r.truncated });
}

export function common(graph: KnowledgeGraph, q: string, a: string, b: string, lim: Limits): Answer {
  const na = neighborhood(graph, a);
  const nb = neighborhood(graph, b);
  const inB = new Map(nb.neighbors.map((e) => [e.id, e]));
  const shared = na.neighbors.filter((e) => inB.has(e.id) && e.id !== a && e.id !== b);
  const best = (n: typeof na, other: string) => n.relations.find((r) => r.source.id === other || r.target.id === other)!;
  const shown = shared.slice(0, lim.limit);
  const relations: RelationView[] = [];
  const lines = shared.length
    ? [`${na.entity.label} and ${nb.entity.label} are both connected to ${shared.length} entit${shared.length === 1 ? 'y' : 'ies'}: ${labels(shared)}.`]
    : [`${na.entity.label} and ${nb.entity.label} have no neighbour in common.`];
  for (const e of shown) {
    const ra = best(na, e.id), rb = best(nb, e.id);
    relations.push(ra, rb);
    lines.push('', `${e.label} (${e.type}):`, ...relationLines(ra), ...relationLines(rb));
  }
  return answer(q, 'common', [na.entity, nb.entity], lines, { entities: shown, relations, truncated: shared.length > shown.length });
}

export interface RelationAsk {
  verb: VerbQuery;
  /** The question names who did it ("Who did X recognize?"). */
  subject?: string;
  /** The question names who it was done to ("Who recognized X?"). */
  object?: string;
  types?: EntityType[];
}

function verbRelations(graph: KnowledgeGraph, ask: RelationAsk): RelationView[] {
  const out: RelationView[] = [];
  const anchor = ask.subject ?? ask.object!;
  graph.forEachEdge(anchor, (edge, attrs, source, target) => {
    if (!relationMatchesVerb(attrs, ask.verb)) return;
    const forward = ask.subject
      ? source === ask.subject && (!ask.object || target === ask.object)
      : target === ask.object;
    const backward = ask.verb.symmetric && (ask.subject
      ? target === ask.subject && (!ask.object || source === ask.object)
      : source === ask.object);
    if (!forward && !backward) return;
    if (ask.types && !(ask.subject && ask.object)) {
      const other = source === anchor ? target : source;
      if (!ask.types.includes(graph.getNodeAttribute(other, 'type'))) return;
    }
    out.push(relationView(graph, edge));
  });
  return out.sort(compareRelations);
}

function statement(r: RelationView): string {
  const flags = [r.negated ? 'negated' : '', r.hypothetical ? 'hypothetical' : ''].filter(Boolean);
  return `${r.source.label} ${r.predicate} ${r.target.label}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

function withEvidence(r: RelationView): string[] {
  const lines = [`  ${statement(r)}`];
  const ev = evidenceLine(r);
  if (ev) lines.push(`    ${ev}`);
  return lines;
}

export function relation(graph: KnowledgeGraph, q: string, ask: RelationAsk, lim: Limits): Answer {
  const relations = verbRelations(graph, ask);
  const asserted = relations.filter((r) => !r.negated && !r.hypothetical);
  const qualified = relations.filter((r) => r.negated || r.hypothetical);
  const anchor = ask.subject ?? ask.object!;
  const anchorRef = entityRef(graph, anchor);
  const subjects = [anchorRef, ...(ask.subject && ask.object ? [entityRef(graph, ask.object)] : [])];
  const other = (r: RelationView) => (r.source.id === anchor ? r.target : r.source);
  const entities = uniqueEntities(asserted.map(other));
  // Headings quote the verb as the question put it: "criticized" finds "condemned" relations, and says so below.
  const verb = ask.verb.word.toLowerCase();
  const lines: string[] = [];
  if (ask.subject && ask.object) {
    const objLabel = entityRef(graph, ask.object).label;
    lines.push(asserted.length ? `Yes: ${statement(asserted[0]!)}${asserted.length > 1 ? ` (and ${asserted.length - 1} more relation${asserted.length === 2 ? '' : 's'})` : ''}.`
      : qualified.length ? `Not as a fact: the only statements are negated or hypothetical.`
      : `The graph has no statement that ${anchorRef.label} ${verb} ${objLabel}.`);
  } else if (entities.length) {
    lines.push(ask.subject
      ? `Relations from ${anchorRef.label} matching "${verb}": ${labels(entities)}.`
      : `Relations to ${anchorRef.label} matching "${verb}": ${labels(entities)}.`);
  } else {
    lines.push(ask.subject ? `No stated relation from ${anchorRef.label} matches "${verb}".` : `No stated relation to ${anchorRef.label} matches "${verb}".`);
  }
  const shown = asserted.slice(0, lim.limit);
  for (const r of shown) lines.push(...withEvidence(r));
  if (qualified.length) {
    lines.push('', 'Not asserted as fact:');
    for (const r of qualified.slice(0, lim.limit)) lines.push(...withEvidence(r));
  }
  return answer(q, ask.subject && ask.object ? 'yes-no' : 'relation', subjects, lines, {
    entities, relations: [...shown, ...qualified.slice(0, lim.limit)], truncated: asserted.length > shown.length,
  });
}

function rolePhrases(role: string): string[] {
  const words = normalizeName(role).split(' ').filter((w) => !ROLE_FILLERS.has(w));
  const base = words.join(' ');
  const out = new Set([base]);
  for (const s of ROLE_SYNONYMS) if (s.role === base) s.also.forEach((a) => out.add(a));
  // Plural question ("Who are the leaders of X?").
  if (base.endsWith('s')) out.add(base.slice(0, -1));
  return [...out].filter(Boolean);
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${normalizeName(text)} `.includes(` ${phrase} `);
}

export function roleHolder(graph: KnowledgeGraph, q: string, role: string, place: string, lim: Limits): Answer {
  const phrases = rolePhrases(role);
  const placeRef = entityRef(graph, place);
  const stated: RelationView[] = [];
  const fromText: RelationView[] = [];
  graph.forEachEdge(place, (edge, attrs, source, target) => {
    const holder = source === place ? target : source;
    if (holder === place) return;
    const pred = `${attrs.predicate ?? ''} ${attrs.label ?? ''}`;
    if (attrs.kind === 'role' && target === place && phrases.some((p) => containsPhrase(pred, p))) {
      stated.push(relationView(graph, edge));
    } else if (graph.getNodeAttribute(holder, 'type') === 'person' &&
      (attrs.evidence ?? []).some((ev) => phrases.some((p) => containsPhrase(ev.text, p)))) {
      fromText.push(relationView(graph, edge));
    }
  });
  stated.sort(compareRelations);
  const relations = stated.length ? stated : fromText.sort(compareRelations);
  const holders = uniqueEntities(relations.map((r) => (r.source.id === place ? r.target : r.source)));
  const lines: string[] = [];
  if (!holders.length) lines.push(`The graph does not say who the ${phrases[0]} of ${placeRef.label} is.`);
  else if (stated.length) lines.push(`The ${phrases[0]} of ${placeRef.label}: ${labels(holders)}.`);
  else lines.push(`No stated role relation; the evidence sentences that mention "${phrases[0]}" link ${placeRef.label} to: ${labels(holders)}.`);
  const shown = relations.slice(0, lim.limit);
  for (const r of shown) lines.push(...withEvidence(r));
  return answer(q, 'role-holder', [placeRef], lines, { entities: holders, relations: shown, truncated: relations.length > shown.length });
}

export function roleOf(graph: KnowledgeGraph, q: string, id: string, lim: Limits): Answer {
  const ref = entityRef(graph, id);
  const roles: RelationView[] = [];
  graph.forEachOutEdge(id, (edge, attrs) => { if (attrs.kind === 'role') roles.push(relationView(graph, edge)); });
  roles.sort(compareRelations);
  const held: RelationView[] = [];
  if (!roles.length) graph.forEachInEdge(id, (edge, attrs) => { if (attrs.kind === 'role') held.push(relationView(graph, edge)); });
  const lines: string[] = [];
  if (roles.length) lines.push(`${ref.label}: ${roles.map((r) => `${r.predicate} ${r.target.label}`).join('; ')}.`);
  else if (held.length) lines.push(`${ref.label} holds no role; roles held at ${ref.label}: ${held.map((r) => `${r.source.label} (${r.predicate})`).join('; ')}.`);
  else lines.push(`The graph records no role for ${ref.label} (${ref.type}).`);
  const relations = (roles.length ? roles : held).slice(0, lim.limit);
  for (const r of relations) lines.push(...withEvidence(r));
  const entities = uniqueEntities(relations.map((r) => (r.source.id === id ? r.target : r.source)));
  return answer(q, 'role-of', [ref], lines, { entities, relations });
}

export function summary(graph: KnowledgeGraph, q: string, id: string, lim: Limits): Answer {
  const a = graph.getNodeAttributes(id);
  const ref = entityRef(graph, id);
  const n = neighborhood(graph, id);
  const docs = a.documents?.length ?? 0;
  const aliases = (a.aliases ?? []).filter((x) => x !== a.label);
  const lines = [
    `${ref.label} (${ref.type})${aliases.length ? `, also written ${aliases.map((x) => `"${x}"`).join(', ')}` : ''}.`,
    `Mentioned ${a.mentions ?? 0} time${a.mentions === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}; ${n.total} relation${n.total === 1 ? '' : 's'} with ${n.neighbors.length} entit${n.neighbors.length === 1 ? 'y' : 'ies'}.`,
  ];
  const roles = n.relations.filter((r) => r.kind === 'role' && r.source.id === id);
  if (roles.length) lines.push(`Role: ${roles.map((r) => `${r.predicate} ${r.target.label}`).join('; ')}.`);
  // Events it took part in, as the statements say them ("Ukraine severed ties with North Korea").
  const events = n.relations.filter((r) => r.kind === 'event' && !r.negated && !r.hypothetical);
  if (events.length) {
    const shownEvents = events.slice(0, MAX_SUMMARY_EVENTS).map(statement);
    lines.push(`Events: ${shownEvents.join('; ')}${events.length > shownEvents.length ? `; and ${events.length - shownEvents.length} more` : ''}.`);
  }
  const { lines: listed, shown } = pairLines(n.relations, Math.min(lim.limit, 10));
  if (shown.length) lines.push('', 'Main relations:', ...listed);
  if (n.total > shown.length) lines.push(`  ... ${n.total - shown.length} more (ask "Who is connected to ${ref.label}?")`);
  return answer(q, 'summary', [ref], lines, { entities: n.neighbors.slice(0, lim.limit), relations: shown, truncated: n.total > shown.length });
}

export function location(graph: KnowledgeGraph, q: string, id: string, lim: Limits): Answer {
  const ref = entityRef(graph, id);
  const places: RelationView[] = [];
  graph.forEachOutEdge(id, (edge, attrs) => { if (attrs.kind === 'location' && !attrs.negated) places.push(relationView(graph, edge)); });
  places.sort(compareRelations);
  const shown = places.slice(0, lim.limit);
  const lines = shown.length
    ? [`${ref.label}: ${shown.map((r) => `${r.predicate} ${r.target.label}`).join('; ')}.`]
    : [`The graph does not say where ${ref.label} is.`];
  for (const r of shown) lines.push(...withEvidence(r));
  return answer(q, 'location', [ref], lines, { entities: uniqueEntities(shown.map((r) => r.target)), relations: shown });
}
