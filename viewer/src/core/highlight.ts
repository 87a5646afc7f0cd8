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

/**
 * The last patterns compiled, by their names. A panel marks one entity's names in every
 * sentence it shows (a hub's in dozens), and such a pattern costs more to compile than to run
 * (a Chromium profile of a hub's panel: ~20 ms recompiling the hub's names per sentence).
 */
const PATTERNS_KEPT = 128;
const patterns = new Map<string, RegExp | null>();

/** The pattern matching any of `names` as whole words, longest first; null when no name can match. */
export function namesPattern(names: Iterable<string>): RegExp | null {
  const list = [...names];
  const key = list.join('\u0000');
  const kept = patterns.get(key);
  if (kept !== undefined) {
    // the most recently used last, so the oldest goes first
    patterns.delete(key);
    patterns.set(key, kept);
    return kept;
  }
  const unique = [...new Set(list.map((n) => n.trim()).filter((n) => n.length >= 2))]
    .sort((a, b) => b.length - a.length); // longest first: "Dmytro Kuleba" before "Kuleba"
  // Names must not start or end inside a word ("Korea" in "Koreans" is fine to skip).
  const pattern = unique.length === 0 ? null
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  if (patterns.size >= PATTERNS_KEPT) patterns.delete(patterns.keys().next().value!);
  patterns.set(key, pattern);
  return pattern;
}

/**
 * The sentence in pieces, the names of every group marked (a group: one entity's names, so
 * its pattern is compiled once for all the sentences that name it). Where names of two groups
 * overlap, the one starting first wins, and of two starting together the longer.
 */
export function highlightNames(sentence: string, ...groups: Array<Iterable<string>>): Piece[] {
  const found: Array<{ at: number; end: number }> = [];
  for (const group of groups) {
    const pattern = namesPattern(group);
    if (!pattern) continue;
    for (const match of sentence.matchAll(pattern)) found.push({ at: match.index, end: match.index + match[0].length });
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
