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

export function highlightNames(sentence: string, names: Iterable<string>): Piece[] {
  const unique = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length >= 2))]
    .sort((a, b) => b.length - a.length); // longest first: "Dmytro Kuleba" before "Kuleba"
  if (unique.length === 0) return [{ text: sentence, mark: false }];
  // Names must not start or end inside a word ("Korea" in "Koreans" is fine to skip).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: sentence.slice(last, match.index), mark: false });
    pieces.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) pieces.push({ text: sentence.slice(last), mark: false });
  return pieces;
}
