// How names are compared: case, diacritics, apostrophe and hyphen variants and
// periods in abbreviations do not matter ("Kyïv" = "kyiv", "U.S." = "US").

// Unicode-property patterns live in constants: a bundler may turn a literal into `new RegExp` at every call.
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Comparison key of a name. */
export function nameKey(name: string): string {
  // fast path: most names are plain ASCII words (the gazetteer keys ~40 000 of them at load)
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  // plain ASCII ("U.S.", "Al-Shabaab", "Cote d'Ivoire") has no accents to take off
  return (ASCII.test(name) ? name : name.normalize('NFD').replace(MARKS, ''))
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[.,]/g, '')
    .replace(/[-‐‑–—_\s]+/g, ' ')
    .trim();
}

/** URL- and id-safe form of a name: "Choe Sun Hui" -> "choe-sun-hui". */
export function slugify(name: string): string {
  return nameKey(name)
    .replace(/'/g, '')
    .replace(NOT_LETTER_OR_DIGIT, '-')
    .replace(/^-+|-+$/g, '');
}
