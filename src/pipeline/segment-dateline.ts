// The dateline that opens a wire story's first paragraph: "TUCSON, Ariz. (AP) -", "LYON, France
// (AFP) -", "TOKYO, March 3 (Reuters) -", "KYIV, 13 July 2022 (Reuters) -", or one without a place,
// "Dec 18 (Reuters) -". It is not part of the sentence it precedes: the segmenter makes it a heading
// of its own, so the parser and the relation rules see the sentence as English (the agency is no
// actor of it), and the relate stage reads where the story was filed.

const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "March 3", "March 3, 2023", "3 March 2023": the date a dateline may carry. */
const DATE = String.raw`(?:${MONTH_NAME}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_NAME}(?:,?\s+\d{4})?)`;
// ("WASHINGTON/BEIJING": a story filed from two places names both, joined by a slash)
const CAPS_WORD = String.raw`[A-Z][A-Z'’.\-]*[A-Z.](?:\/[A-Z][A-Z'’.\-]*[A-Z.])?`;
const CAPS = String.raw`${CAPS_WORD}(?:\s+${CAPS_WORD}){0,3}`;
const QUALIFIER = String.raw`[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,2}`;

/**
 * Place in capitals, optional qualifier, optional date, optional agency, then the dash that ends
 * every wire dateline, then the story, which opens with a capital or a number ("NATO - the alliance"
 * is no dateline). Group 1 is the place, group 2 the qualifier.
 */
export const WIRE_DATELINE = new RegExp(String.raw`^(${CAPS})(?:,\s*(${QUALIFIER}))??(?:,?\s+${DATE})?(?:,?\s+\d{4}-\d{2}-\d{2})?\s*(?:\([^)]{1,40}\))?\s*(?:[-–—]{1,2}|:)\s+(?=["“'‘]?[\p{Lu}\d])`, 'u');

/**
 * A dateline without a place, as wire services write business stories: "Dec 18 (Reuters) -", "(AP) -". The date
 * is optional, the agency in brackets (a capitalised name) and the dash are not.
 */
const PLACELESS_DATELINE = new RegExp(String.raw`^(?:${DATE}\s*)?\([A-Z][A-Za-z.&'’ ]{1,30}\)\s*[-–—]{1,2}\s+(?=["“'‘]?[\p{Lu}\d])`, 'u');

/**
 * A dateline written in title case, AFP's style ("Seattle (AFP) - ...", "Dubai (AFP) - ..."): a place of one to four
 * capitalised words, an optional qualifier after a comma, a short capitalised name in brackets (the agency), up to
 * the dash. Not read by the segmenter yet (WIRE_DATELINE wants the place in capitals); the relate stage keeps the
 * CoNLL04 classifier away from it (relate/model-vetoes.ts).
 */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
export const TITLE_CASE_DATELINE = new RegExp(
  String.raw`^${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}(?:,\s*${PLACE_WORD}(?:\s+${PLACE_WORD}){0,2})?\s*\(\p{Lu}[\p{L}.&'’ ]{0,30}\)\s*(?=[-–—]{1,2}\s)`,
  'u',
);

/** CoNLL-2003's dateline: a line holding only the place in capitals and an ISO date. */
export const DATELINE_LINE = new RegExp(String.raw`^(${CAPS})(?:,\s*(${QUALIFIER}))?\s+\d{4}-\d{2}-\d{2}\s*$`);

/** Length of the wire dateline opening `line` (up to and including its dash), with or without a place, or 0. */
export function datelinePrefix(line: string): number {
  const m = WIRE_DATELINE.exec(line);
  if (m && /[A-Z]{2}/.test(m[1]!) && m[1]!.replace(/[.,]+$/, '').length >= 3) return m[0].trimEnd().length;
  return PLACELESS_DATELINE.exec(line)?.[0].trimEnd().length ?? 0;
}
