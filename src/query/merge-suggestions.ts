// Likely duplicates for a person to confirm: pairs of nodes whose names say they may be
// one entity ("Clinton" and "Bill Clinton", "M. Waugh" and "Mark Waugh", "Hillary Clinton"
// and "Hillary Rodham Clinton", "Daimler" and "Daimler-Benz AG") but that the automatic
// merge left apart, because the name fits several or the evidence disagrees. Each pair
// comes with the evidence for and against, ranked; `kg merge FROM INTO` accepts one.
import type { KnowledgeGraph, MergeSuggestion, NodeAttributes, SuggestedEntity } from '../types.ts';
import { isFullName, personShortForm, surnameKey } from '../pipeline/resolve/short-forms.ts';
import { closeSpelling, initials, organizationCore } from '../pipeline/resolve/names.ts';
import { isAcronym, nameKey } from '../pipeline/gazetteer/index.ts';
import { factsConflict, type Facts } from '../graph/person-facts.ts';
import { ORGANIZATION_HEAD_WORDS, ORGANIZATION_LEAD_WORDS } from '../pipeline/gazetteer/data/organizations.ts';

export interface SuggestOptions {
  /** At most this many suggestions (default 100). */
  limit?: number;
  /** Only pairs one of whose sides is this node id. */
  node?: string;
}

/** How much a name form alone says, before the rest of the evidence. */
const FORM_WEIGHT: Record<string, number> = {
  initials: 1, 'title-surname': 0.9, surname: 0.8, 'middle-name': 0.7, 'family-name': 0.6, spelling: 0.5, acronym: 0.6, 'organisation-short-form': 0.5,
};

/** The label without a qualifier the graph added to tell same-named entities apart ("Foreign Ministry (Ukraine)"). */
export function plainLabel(a: NodeAttributes): string {
  const m = /^(.*) \([^()]*\)$/.exec(a.label);
  return m && a.aliases.includes(m[1]!) ? m[1]! : a.label;
}

const FORM_PEOPLE = new Set(['person', 'other']);

/** The first word of a name, as a comparison key. */
const givenKey = (name: string) => nameKey(name).split(' ')[0]!;

interface Pair {
  from: string;
  into: string;
  rule: string;
  detail: string;
}

function candidatePairs(graph: KnowledgeGraph): Pair[] {
  const fullBySurname = new Map<string, string[]>();
  const fullByGiven = new Map<string, string[]>();
  const orgsByFirst = new Map<string, string[]>();
  const orgsByInitials = new Map<string, string[]>();
  const label = new Map<string, string>();
  graph.forEachNode((id, a) => {
    const name = plainLabel(a);
    label.set(id, name);
    if (a.type === 'person' && isFullName(name)) {
      const k = surnameKey(name);
      (fullBySurname.get(k) ?? fullBySurname.set(k, []).get(k)!).push(id);
      const g = givenKey(name);
      (fullByGiven.get(g) ?? fullByGiven.set(g, []).get(g)!).push(id);
    }
    if (a.type === 'organization' && !isAcronym(name) && organizationCore(name).includes(' ')) {
      const first = nameKey(name).split(' ')[0]!;
      (orgsByFirst.get(first) ?? orgsByFirst.set(first, []).get(first)!).push(id);
      const letters = initials(name);
      if (letters.length >= 2) (orgsByInitials.get(letters) ?? orgsByInitials.set(letters, []).get(letters)!).push(id);
    }
  });
  const pairs: Pair[] = [];
  graph.forEachNode((id, a) => {
    const name = label.get(id)!;
    if (FORM_PEOPLE.has(a.type)) {
      // a family name written first ("Kim" of "Kim Jong Il"), when no full name ends with the word
      if (!name.includes(' ') && !fullBySurname.has(surnameKey(name))) {
        for (const full of fullByGiven.get(nameKey(name)) ?? []) {
          if (full !== id) pairs.push({ from: id, into: full, rule: 'family-name', detail: `"${name}" opens "${label.get(full)}" (a family name written first, or a given name)` });
        }
      }
      for (const full of fullBySurname.get(surnameKey(name)) ?? []) {
        if (full === id) continue;
        const fullName = label.get(full)!;
        const form = personShortForm(name, fullName);
        if (form) { pairs.push({ from: id, into: full, rule: form.rule, detail: form.detail }); continue; }
        // two full names: one with a middle name ("Hillary Rodham Clinton"), or one letter apart
        if (a.type !== 'person' || !isFullName(name) || id > full) continue;
        const x = nameKey(name).split(' ');
        const y = nameKey(fullName).split(' ');
        const [short, long, sid, lid] = x.length <= y.length ? [x, y, id, full] : [y, x, full, id];
        if (short.length < long.length && short[0] === long[0] && short.every((w) => long.includes(w))) {
          pairs.push({ from: sid, into: lid, rule: 'middle-name', detail: `"${label.get(sid)}" is "${label.get(lid)}" without a middle name` });
        }
      }
      if (a.type === 'person' && isFullName(name)) {
        // the same given name and a surname one or two letters apart ("Mullally" / "Mullaly"): compared within a given name only
        const surname = surnameKey(name);
        for (const other of fullByGiven.get(givenKey(name)) ?? []) {
          if (other <= id) continue;
          const on = label.get(other)!;
          const k = surnameKey(on);
          if (k === surname || k[0] !== surname[0] || !closeSpelling(k, surname)) continue;
          pairs.push({ from: other, into: id, rule: 'spelling', detail: `"${on}" and "${name}" differ by a letter or two` });
        }
      }
    }
    if ((a.type === 'organization' || a.type === 'other') && !name.includes(' ')) {
      if (isAcronym(name)) {
        for (const org of orgsByInitials.get(name.replace(/\./g, '')) ?? []) {
          if (org !== id && !a.gazetteerId) pairs.push({ from: id, into: org, rule: 'acronym', detail: `${name} = initials of "${label.get(org)}"` });
        }
      } else if (!ORGANIZATION_HEAD_WORDS.has(nameKey(name)) && !ORGANIZATION_LEAD_WORDS.has(nameKey(name))) {
        // "Board" or "Council" alone names no particular body
        for (const org of orgsByFirst.get(nameKey(name)) ?? []) {
          if (org !== id) pairs.push({ from: id, into: org, rule: 'organisation-short-form', detail: `"${name}" is the first word of "${label.get(org)}"` });
        }
      }
    }
  });
  return pairs;
}

/** Roles and country ties of a node, read from its role and affiliation edges. */
function factsOf(graph: KnowledgeGraph, id: string): Facts {
  const f: Facts = { roles: new Map(), countries: new Set() };
  graph.forEachOutEdge(id, (_e, attrs, _s, target, _sa, ta) => {
    if ((attrs.kind !== 'role' && attrs.kind !== 'affiliation') || attrs.negated || attrs.hypothetical) return;
    if (attrs.kind === 'role') f.roles.set(attrs.predicate, target);
    if (ta.type === 'country') f.countries.add(target);
  });
  return f;
}

function neighbourSet(graph: KnowledgeGraph, id: string): Set<string> {
  const out = new Set<string>();
  graph.forEachNeighbor(id, (n) => out.add(n));
  return out;
}

function side(graph: KnowledgeGraph, id: string): SuggestedEntity {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, type: a.type, mentions: a.mentions, documents: a.documents.length };
}

const quote = (id: string) => (/^[\w:.~@-]+$/.test(id) ? id : `"${id.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * Every suggestion of a graph, ranked: computed once per graph (O(V) name look-ups, then the
 * candidate pairs' neighbourhoods) and kept until nodes or relations are added or removed, as
 * the server asks again for each request.
 */
const computed = new WeakMap<KnowledgeGraph, { order: number; size: number; all: MergeSuggestion[] }>();

export function suggestMerges(graph: KnowledgeGraph, options: SuggestOptions = {}): MergeSuggestion[] {
  const limit = options.limit ?? 100;
  let hit = computed.get(graph);
  if (!hit || hit.order !== graph.order || hit.size !== graph.size) {
    hit = { order: graph.order, size: graph.size, all: rankSuggestions(graph) };
    computed.set(graph, hit);
  }
  const node = options.node;
  return (node ? hit.all.filter((x) => x.from.id === node || x.into.id === node) : hit.all).slice(0, limit);
}

function rankSuggestions(graph: KnowledgeGraph): MergeSuggestion[] {
  const pairs = candidatePairs(graph);
  // how many entities each short name could belong to
  const fits = new Map<string, string[]>();
  for (const p of pairs) (fits.get(p.from) ?? fits.set(p.from, []).get(p.from)!).push(p.into);
  const labelOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const neighbourCache = new Map<string, Set<string>>();
  const neighbours = (id: string) => neighbourCache.get(id) ?? neighbourCache.set(id, neighbourSet(graph, id)).get(id)!;
  const factsCache = new Map<string, Facts>();
  const facts = (id: string) => factsCache.get(id) ?? factsCache.set(id, factsOf(graph, id)).get(id)!;
  const out: MergeSuggestion[] = [];
  for (const p of pairs) {
    const a = graph.getNodeAttributes(p.from);
    const b = graph.getNodeAttributes(p.into);
    const pro: string[] = [p.detail];
    const con: string[] = [];
    let score = FORM_WEIGHT[p.rule] ?? 0.5;
    const na = neighbours(p.from);
    const nb = neighbours(p.into);
    const [small, large] = na.size <= nb.size ? [na, nb] : [nb, na];
    const shared = [...small].filter((n) => large.has(n) && n !== p.from && n !== p.into).sort();
    // a lone word that opens a full name is as often a given name ("Lisa"): suggested only with something in common
    if (p.rule === 'family-name' && !shared.length) continue;
    if (shared.length) {
      const names = shared.slice(0, 3).map((n) => graph.getNodeAttribute(n, 'label'));
      pro.push(`${shared.length} shared neighbour${shared.length > 1 ? 's' : ''}: ${names.join(', ')}${shared.length > 3 ? ', ...' : ''}`);
      score += Math.min(0.6, 0.15 * shared.length);
    }
    const fa = facts(p.from);
    const fb = facts(p.into);
    const sameCountry = [...fa.countries].filter((c) => fb.countries.has(c));
    if (sameCountry.length) { pro.push(`both tied to ${sameCountry.map(labelOf).join(', ')}`); score += 0.2; }
    for (const conflict of factsConflict(fa, fb, labelOf)) { con.push(`contradicting ${conflict}`); score -= 0.5; }
    const alternatives = (fits.get(p.from) ?? []).filter((x) => x !== p.into);
    if (alternatives.length) {
      con.push(`"${plainLabel(a)}" also fits ${alternatives.slice(0, 3).map((x) => `"${graph.getNodeAttribute(x, 'label')}"`).join(', ')}${alternatives.length > 3 ? ` and ${alternatives.length - 3} more` : ''}`);
      score /= alternatives.length + 1;
    }
    const docs = new Set(b.documents);
    const together = a.documents.filter((d) => docs.has(d)).length;
    if (together) { con.push(`named as two entities in ${together} same article${together > 1 ? 's' : ''}`); score -= 0.3; }
    if (a.type !== b.type && a.type !== 'other') con.push(`types differ: ${a.type} / ${b.type}`);
    out.push({
      from: side(graph, p.from), into: side(graph, p.into), rule: p.rule, score: Math.round(score * 1000) / 1000,
      for: pro, against: con, command: `kg merge ${quote(p.from)} ${quote(p.into)}`,
    });
  }
  out.sort((x, y) => y.score - x.score || (x.from.id < y.from.id ? -1 : x.from.id > y.from.id ? 1 : x.into.id < y.into.id ? -1 : 1));
  return out;
}
