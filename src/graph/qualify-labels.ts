// Entities that share a label ("Foreign Ministry" of Ukraine and of Russia, two men named
// John Smith) are told apart in labels and lists by a qualifier in brackets: the country of
// a country's body, the country or region of a place, the type when the types differ, else
// the country a person or body is tied to, else its strongest neighbour. The plain name
// stays an alias, so searching for it still finds every one of them.
import type { KnowledgeGraph } from '../types.ts';
import { countryByCode, entryById, nameKey } from '../pipeline/gazetteer/index.ts';

/** Candidate qualifiers of one node, best first. */
function qualifiers(graph: KnowledgeGraph, id: string, typesDiffer: boolean): string[] {
  const a = graph.getNodeAttributes(id);
  const out: string[] = [];
  // a country's body: org:<iso2>-<slug>
  const body = /^org:([a-z]{2})-/.exec(id);
  const bodyCountry = body ? countryByCode(body[1]!.toUpperCase()) : undefined;
  if (bodyCountry) out.push(bodyCountry.name);
  const entry = a.gazetteerId ? entryById(a.gazetteerId) : undefined;
  if (entry && entry.type !== 'country') {
    const country = entry.country ? countryByCode(entry.country) : undefined;
    const within = entry.within ? entryById(entry.within) : undefined;
    if (country && country.id !== entry.id) out.push(country.name);
    if (within && within.id !== country?.id) out.push(within.name);
  }
  if (typesDiffer) out.push(a.type);
  // the country it holds a role in or is affiliated with, then its strongest neighbours
  const ties = new Map<string, number>();
  graph.forEachOutEdge(id, (_e, attrs, _s, target, _sa, ta) => {
    if (attrs.kind !== 'role' && attrs.kind !== 'affiliation') return;
    if (ta.type === 'country') ties.set(ta.label, (ties.get(ta.label) ?? 0) + attrs.weight + 1000);
  });
  graph.forEachEdge(id, (_e, attrs, s, t, sa, ta) => {
    const other = s === id ? ta : sa;
    if (nameKey(other.label) === nameKey(a.label)) return;
    const w = attrs.kind === 'cooccurrence' ? attrs.weight : attrs.weight * 10;
    ties.set(other.label, (ties.get(other.label) ?? 0) + w);
  });
  out.push(...[...ties.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([label]) => label));
  return out;
}

/** Give every node whose label another node shares a qualified label, e.g. "Foreign Ministry (Ukraine)". */
export function qualifySharedLabels(graph: KnowledgeGraph): void {
  const byLabel = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    const k = nameKey(a.label);
    const list = byLabel.get(k);
    if (list) list.push(id);
    else byLabel.set(k, [id]);
  });
  for (const ids of byLabel.values()) {
    if (ids.length < 2) continue;
    ids.sort();
    const types = new Set(ids.map((id) => graph.getNodeAttribute(id, 'type')));
    const taken = new Set<string>();
    const chosen = new Map<string, string>();
    // nodes with more mentions choose first, so the best-known one gets the most telling qualifier
    const order = [...ids].sort((x, y) => graph.getNodeAttribute(y, 'mentions') - graph.getNodeAttribute(x, 'mentions') || (x < y ? -1 : 1));
    for (const id of order) {
      const q = qualifiers(graph, id, types.size > 1).find((x) => !taken.has(nameKey(x)));
      const pick = q ?? `${taken.size + 1}`;
      taken.add(nameKey(pick));
      chosen.set(id, pick);
    }
    for (const [id, q] of chosen) {
      const attrs = graph.getNodeAttributes(id);
      const plain = attrs.label;
      graph.mergeNodeAttributes(id, { label: `${plain} (${q})`, aliases: [...new Set([...attrs.aliases, plain])].sort() });
    }
  }
}
