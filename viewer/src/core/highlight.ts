// Splits an evidence sentence into plain and highlighted pieces wherever one of
// the given entity names occurs, so the UI can wrap them in <mark> with
// textContent only (the sentence is never parsed as HTML).

export interface Piece {
  text: string;
  mark: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter or digit: a name must not start or end next to one ("Korea" in "Koreans" is skipped). */
const WORD = /[\p{L}\p{N}]/u;

/** The character before `i` and the one at `i` (a surrogate pair whole). */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const high = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
}

/** The names worth looking for: trimmed, two characters or more, each once. */
function usable(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim()).filter((n) => n.length >= 2))];
}

/**
 * The last patterns compiled, by their names: the way a name is looked for when lower-casing
 * changes a text's length (a few letters, such as "İ", do), so positions cannot be compared.
 */
const PATTERNS_KEPT = 64;
const patterns = new Map<string, RegExp | null>();

/** The pattern matching any of `names` as whole words, longest first; null when no name can match. */
export function namesPattern(names: Iterable<string>): RegExp | null {
  const unique = usable(names).sort((a, b) => b.length - a.length); // longest first: "Dmytro Kuleba" before "Kuleba"
  const key = unique.join('\u0000');
  const kept = patterns.get(key);
  if (kept !== undefined) return kept;
  const pattern = unique.length === 0 ? null
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  if (patterns.size >= PATTERNS_KEPT) patterns.delete(patterns.keys().next().value!);
  patterns.set(key, pattern);
  return pattern;
}

/**
 * The sentence in pieces, every name of `groups` marked (a group: one entity's names), case
 * aside and as whole words. Where two names overlap, the one starting first wins, and of two
 * starting together the longer. Names are found by position in the lower-cased sentence (a
 * regular expression per entity cost a hub's panel ~15 ms: V8 compiles each one, with Unicode
 * case folding, at its first use, and a hub lists dozens of other entities).
 */
export function highlightNames(sentence: string, ...groups: Array<Iterable<string>>): Piece[] {
  const found: Array<{ at: number; end: number }> = [];
  const lower = sentence.toLowerCase();
  const comparable = lower.length === sentence.length;
  for (const group of groups) {
    const names = usable(group);
    if (names.length === 0) continue;
    const folded = names.map((n) => n.toLowerCase());
    if (!comparable || folded.some((n, i) => n.length !== names[i]!.length)) {
      const pattern = namesPattern(names);
      if (pattern) for (const match of sentence.matchAll(pattern)) found.push({ at: match.index, end: match.index + match[0].length });
      continue;
    }
    for (const name of folded) {
      for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (!WORD.test(charBefore(sentence, at)) && !WORD.test(charAt(sentence, end))) found.push({ at, end });
      }
    }
  }
  if (found.length === 0) return [{ text: sentence, mark: false }];
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const pieces: Piece[] = [];
  let last = 0;
  for (const { at, end } of found) {
    if (at < last) continue;
    if (at > last) pieces.push({ text: sentence.slice(last, at), mark: false });
    pieces.push({ text: sentence.slice(at, end), mark: true });
    last = end;
  }
  if (last < sentence.length) pieces.push({ text: sentence.slice(last), mark: false });
  return pieces;
}
