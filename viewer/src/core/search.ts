// Entity search over names and aliases, ranked so that the thing you typed
// comes first: exact name, then prefix, then a word starting with it, then
// anywhere; ties go to the most mentioned entity. Accents and case are ignored.
import type { EntityType, KnowledgeGraph } from '../../../src/types.ts';

export interface SearchEntry {
  key: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** Normalised label first, then normalised aliases. */
  names: string[];
  /** The original strings the normalised names come from. */
  originals: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name or alias that matched, as written. */
  matched: string;
  score: number;
}

export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Index entries of every entity of `graph`, or of the given ones. */
export function buildSearchIndex(graph: KnowledgeGraph, keys?: readonly string[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const add = (key: string) => {
    const a = graph.getNodeAttributes(key);
    const originals = [a.label, ...a.aliases.filter((alias) => alias !== a.label)];
    entries.push({ key, label: a.label, type: a.type, mentions: a.mentions, names: originals.map(normalizeName), originals });
  };
  if (keys) keys.forEach(add);
  else graph.forEachNode((key) => add(key));
  return entries;
}

function scoreName(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return -1;
  return /[\s\-'’.(]/.test(name[at - 1]) ? 2 : 3;
}

export function searchEntities(index: SearchEntry[], query: string, limit = 8, isHidden?: (key: string) => boolean): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    if (isHidden?.(entry.key)) continue;
    let best = -1;
    let matched = '';
    for (let i = 0; i < entry.names.length; i++) {
      const s = scoreName(entry.names[i], q);
      // An alias must beat the label clearly to be shown as the reason for the match.
      if (s >= 0 && (best < 0 || s < best)) {
        best = s;
        matched = entry.originals[i];
      }
    }
    if (best >= 0) hits.push({ entry, matched, score: best });
  }
  hits.sort((a, b) => a.score - b.score || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label));
  return hits.slice(0, limit);
}
