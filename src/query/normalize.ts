// Name normalisation shared by every lookup (CLI, API, viewer questions): people
// type names without accents, in another case, with a possessive, or with a
// leading article, and all of those must still find the entity.

/** Combining marks left after NFD decomposition ("é" -> "e" + U+0301). */
const COMBINING = /[\u0300-\u036f]/g;

/** Letters that NFD does not decompose but that people type as ASCII. */
const FOLD: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i', 'ħ': 'h',
};

/** Lower case, no diacritics, no possessive, punctuation as spaces, single spaces. */
export function normalizeName(text: string): string {
  let s = text.normalize('NFD').replace(COMBINING, '').toLowerCase();
  s = s.replace(/[ßæœøđðþłıħ]/g, (c) => FOLD[c] ?? c);
  // Possessive at the end of any word: "Russia's", "Russia’s", "Jonas'".
  s = s.replace(/([\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu, '$1').replace(/(s)['’](?=\s|$)/g, '$1');
  s = s.replace(/[‘’`´]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').replace(/'/g, '');
  s = s.trim().replace(/\s+/g, ' ');
  // A leading article is not part of a name people type ("the United States").
  s = s.replace(/^(?:the|a|an) (?=\S)/, '');
  return s;
}

/** Words of a normalised name. */
export function nameTokens(text: string): string[] {
  const n = normalizeName(text);
  return n ? n.split(' ') : [];
}

/** Levenshtein distance with an early exit once `max` is exceeded (returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
