// One lookup table per graph from every way a user may write a name (label,
// alias, surname) to entity ids. Built once and cached: the CLI asks once, the
// server asks thousands of times against the same graph.
import type { KnowledgeGraph } from '../types.ts';
import { normalizeName } from './normalize.ts';

export interface NameIndex {
  /** Normalised label or alias -> ids (label matches first). */
  exact: Map<string, string[]>;
  /** Normalised last word of a person's name -> ids. */
  surname: Map<string, string[]>;
  /** Normalised first word of a person's name -> ids (family name first in Chinese, Korean, Hungarian names). */
  firstName: Map<string, string[]>;
  /** Initials of a name of several words ("united states" -> "us", "european union" -> "eu") -> ids. */
  acronym: Map<string, string[]>;
  /** Every (normalised form, id, display form) for fuzzy search and suggestions. */
  forms: { norm: string; id: string; text: string }[];
  /** Word of a form -> indices into `forms` holding it, for partial names ("Lula" in "Luiz Inácio Lula da Silva"). */
  words: Map<string, number[]>;
}

/** Words left out of initials ("Bank of England" -> "BE"), and never enough alone to name an entity. */
export const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'al']);

const cache = new WeakMap<KnowledgeGraph, { order: number; size: number; index: NameIndex }>();

function push(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

export function buildNameIndex(graph: KnowledgeGraph): NameIndex {
  const exact = new Map<string, string[]>();
  const surname = new Map<string, string[]>();
  const acronym = new Map<string, string[]>();
  const firstName = new Map<string, string[]>();
  const forms: NameIndex['forms'] = [];
  // Labels first so that a label match outranks somebody else's alias.
  graph.forEachNode((id, a) => {
    const norm = normalizeName(a.label ?? id);
    push(exact, norm, id);
    forms.push({ norm, id, text: a.label ?? id });
  });
  graph.forEachNode((id, a) => {
    for (const alias of a.aliases ?? []) {
      const norm = normalizeName(alias);
      push(exact, norm, id);
      forms.push({ norm, id, text: alias });
    }
    if (a.type !== 'person') {
      const words = normalizeName(a.label ?? id).split(' ').filter((w) => !MINOR_WORDS.has(w));
      if (words.length >= 2) push(acronym, words.map((w) => w[0]).join(''), id);
    }
    if (a.type === 'person') {
      const names = [a.label ?? id, ...(a.aliases ?? [])];
      for (const name of names) {
        const words = normalizeName(name).split(' ');
        if (words.length > 1) {
          push(surname, words[words.length - 1]!, id);
          push(firstName, words[0]!, id);
        }
      }
    }
  });
  const words = new Map<string, number[]>();
  forms.forEach((form, i) => {
    for (const w of new Set(form.norm.split(' '))) {
      const list = words.get(w);
      if (list) list.push(i); else words.set(w, [i]);
    }
  });
  return { exact, surname, firstName, acronym, forms, words };
}

/** The cached index of a graph (rebuilt when nodes or edges were added or removed). */
export function nameIndex(graph: KnowledgeGraph): NameIndex {
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.index;
  const index = buildNameIndex(graph);
  cache.set(graph, { order: graph.order, size: graph.size, index });
  return index;
}
