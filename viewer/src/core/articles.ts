// Articles as the article filter lists them: named by title, else by the file
// they came from (its name, never the server's absolute path), else by id;
// titled ones first, alphabetically; found by any part of the title or the file
// name, accents and case ignored. Pure, unit-tested in Node.
import type { DocumentRecord } from '../../../src/types.ts';
import { normalizeName } from './search.ts';

export interface ArticleEntry {
  id: string;
  /** What the list shows. */
  name: string;
  /** True when the name is a title (not a file name or an id). */
  titled: boolean;
  /** Entities the article mentions (in the graph), when known. */
  entities: number | null;
  /** Normalised name and file name, for matching. */
  keys: string[];
}

/** The last part of a path or URL ("/srv/news/2024/kyiv.txt" -> "kyiv.txt"). */
export function fileName(source: string): string {
  const trimmed = source.replace(/[?#].*$/, '').replace(/[\\/]+$/, '');
  const parts = trimmed.split(/[\\/]/);
  return parts[parts.length - 1] || source;
}

export function articleName(record: Partial<DocumentRecord> & { id: string }): { name: string; titled: boolean } {
  const title = record.title?.trim();
  if (title) return { name: title, titled: true };
  if (record.source) return { name: fileName(record.source), titled: false };
  return { name: record.id, titled: false };
}

export function articleEntries(records: Array<Partial<DocumentRecord> & { id: string; entityCount?: number }>): ArticleEntry[] {
  const entries = records.map((r) => {
    const { name, titled } = articleName(r);
    const keys = [normalizeName(name), ...(r.source ? [normalizeName(fileName(r.source))] : [])];
    return { id: r.id, name, titled, entities: r.entityCount ?? r.entities ?? null, keys };
  });
  return entries.sort((a, b) => Number(b.titled) - Number(a.titled) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Articles matching `query`: names starting with it first, then a word starting with it, then anywhere; at most `limit`. */
export function findArticles(entries: ArticleEntry[], query: string, limit = 30): ArticleEntry[] {
  const q = normalizeName(query);
  if (!q) return entries.slice(0, limit);
  const scored: Array<[number, ArticleEntry]> = [];
  for (const e of entries) {
    let best = -1;
    for (const k of e.keys) {
      const at = k.indexOf(q);
      if (at < 0) continue;
      const score = at === 0 ? 0 : /[\s\-_'’.(]/.test(k[at - 1]!) ? 1 : 2;
      if (best < 0 || score < best) best = score;
    }
    if (best >= 0) scored.push([best, e]);
  }
  // Stable: within a score, the list's own order (titled first, alphabetical).
  return scored.sort((a, b) => a[0] - b[0]).slice(0, limit).map(([, e]) => e);
}
