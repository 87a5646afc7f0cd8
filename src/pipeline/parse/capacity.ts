// Sizes the parser's reusable work arrays start at. Growing one replaces an object's field,
// and V8 then throws away the optimised code of every function that had read that field: in
// `kg extract` on eng.testa the first sentence of over 63 words made the whole tagger and
// parser (about 25 functions) run unoptimised again and be compiled anew. Starting large
// (zeroed memory costs nothing until touched) leaves growth to the rare longer sentence.

/** Words per sentence the per-sentence arrays hold before they grow. */
export const SENTENCE_WORDS = 256;

/** Distinct word forms the per-form caches hold before they grow (they start over at 65,536). */
export const FORM_ENTRIES = 16384;
