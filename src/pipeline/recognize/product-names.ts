// A place's name inside the name of a product is no mention of the place: "a Worcester sauce",
// "Dijon mustard", "the dye Sudan I", "Vatican II". A reader sees the product by the common noun
// right after the name (a food named after where it was first made) or by a Roman numeral
// closing a one-word name.
import type { DocFacts } from './document.ts';

/** Foods and goods named after a place, the noun right after the place's name ("Worcester sauce"). */
const PRODUCT_NOUNS = new Set(['sauce', 'sauces', 'mustard', 'cheese', 'cheeses', 'ham', 'sausage', 'sausages', 'sprouts', 'pudding',
  'puddings', 'pie', 'pies', 'biscuit', 'biscuits', 'chowder', 'salami', 'relish', 'ketchup', 'vinegar', 'bun', 'buns', 'fudge', 'toffee']);

/** "I" to "IV": a numeral that ends a product's or a council's name ("Sudan I", "Vatican II"). */
const ROMAN_NUMERAL = /^(?:I|II|III|IV)$/;
/** What may follow such a name: punctuation or a word that begins a clause or a list, not a verb of "I". */
const AFTER_NUMBERED_NAME = new Set([',', '.', ';', ':', ')', 'and', 'or', 'which', 'that', 'dye', 'dyes']);

/**
 * The reason tokens [start, end) are part of a product's name rather than a place's mention, or undefined:
 * a lower-case product noun right after it, or a Roman numeral and then punctuation after a one-word name.
 */
export function productNameAround(doc: DocFacts, start: number, end: number): string | undefined {
  const toks = doc.seg.tokens;
  const next = toks[end];
  if (!next || next.sentence !== toks[end - 1]!.sentence) return undefined;
  if (PRODUCT_NOUNS.has(next.text)) return `part of the product's name "... ${next.text}"`;
  if (end - start === 1 && ROMAN_NUMERAL.test(next.text) && AFTER_NUMBERED_NAME.has(doc.lower[end + 1] ?? '.')) {
    return `a name numbered "${next.text}": a product or an event, not the place`;
  }
  return undefined;
}

/** Lower-case nouns for a medicine that stand before its brand name or describe it in apposition ("the drug Leqembi"). */
const MEDICINE_NOUNS = new Set(['drug', 'drugs', 'medicine', 'medicines', 'medication', 'vaccine', 'vaccines', 'treatment', 'therapy', 'pill', 'jab', 'antibody', 'antiviral']);

/**
 * A medicine's brand name, no company or person: a one-word name right after a noun for a medicine ("Alzheimer's drug
 * X", "the weight-loss drug X") or with one in apposition (", an Alzheimer's treatment made by ..."); undefined else.
 */
export function medicineName(doc: DocFacts, start: number, end: number): string | undefined {
  if (end - start !== 1) return undefined;
  const toks = doc.seg.tokens;
  const same = (k: number) => toks[k]?.sentence === toks[start]!.sentence;
  if (same(start - 1) && MEDICINE_NOUNS.has(toks[start - 1]!.text)) return `a medicine's name after "${toks[start - 1]!.text}"`;
  if (toks[end]?.text !== ',' || !/^(?:a|an)$/.test(doc.lower[end + 1] ?? '')) return undefined;
  // (", an Alzheimer's treatment", ", a new weight-loss drug": a few words, then the noun closing the description)
  for (let k = end + 2; k < end + 7 && same(k); k++) {
    const w = toks[k]!.text;
    if (MEDICINE_NOUNS.has(w)) return /^(?:[,.;]|made|developed|sold|from|by|that|which|for)$/.test(doc.lower[k + 1] ?? '.') ? `"${toks[end + 1]!.text} ... ${w}" in apposition: a medicine` : undefined;
    if (/^(?:[,.;:]|who|which|of)$/.test(doc.lower[k]!)) return undefined;
  }
  return undefined;
}
