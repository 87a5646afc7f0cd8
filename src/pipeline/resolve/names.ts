// Comparing names within one article: the words of a person's name, acronyms
// made of initials, and a conservative edit distance for transliteration variants
// ("Zelensky" / "Zelenskyy", "Makeyeva" / "Makeeva").
import { nameKey, titleInfo } from '../gazetteer/index.ts';

/**
 * The name without what only accompanies it: a leading "the" ("The Washington Post") and,
 * for people, a title the tagger kept inside the span ("President Vladimir Putin").
 */
export function baseName(text: string, person: boolean): string {
  let words = text.split(/\s+/);
  if (words.length > 1 && /^the$/i.test(words[0]!)) words = words.slice(1);
  if (person) {
    for (let k = words.length - 1; k >= 1; k--) {
      if (titleInfo(words.slice(0, k).join(' '))) { words = words.slice(k); break; }
    }
  }
  return words.join(' ');
}

/** Words of a name, compared without case or diacritics; hyphenated parts stay whole ("hong chol" is one word). */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).map((w) => nameKey(w.replace(/['’]s$/i, ''))).filter(Boolean);
}

/** "European Union" -> "EU", "New Delhi Television" -> "NDT"; small words are skipped. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two spellings of one name: same first letter, long enough that a one-letter
 * difference is a spelling variant rather than another name (two letters from 10 up).
 */
export function closeSpelling(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 6) return false;
  const d = levenshtein(x, y);
  return d <= (Math.min(x.length, y.length) >= 10 ? 2 : 1);
}
