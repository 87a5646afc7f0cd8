// Word lists the segmenter applies: abbreviations that keep their period, and
// lines that are page furniture rather than article prose. Data, not code.

/** Lower-cased, without the final period. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp',
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'llc', 'dept', 'univ', 'assn', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'vol', 'pp', 'ca', 'cf', 'al', 'fig',
]);

/**
 * Abbreviations that also end sentences often ("bought VMware Inc. The deal ...", "sanctions by the U.S. The move
 * ..."): a company's legal form, "etc." and the dotted initials of a country or body. A title ("Mr.", "Gen.") never
 * does. Lower-cased, without the final period.
 */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'etc', 'u.s', 'u.k', 'u.n', 'e.u']);

/**
 * Capitalised words that open a sentence and never continue a name before them: after an abbreviation that may end a
 * sentence, one of these starts the next ("Inc. The", "U.S. He", "Corp. But").
 */
export const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their',
  'Our', 'But', 'And', 'Yet', 'So', 'However', 'Meanwhile', 'In', 'On', 'At', 'By', 'For', 'With', 'After', 'Before',
  'Since', 'While', 'When', 'If', 'Although', 'There', 'Some', 'Many', 'Most', 'Both', 'Last', 'Earlier', 'Later',
]);

/**
 * US state abbreviations of AP style ("TUCSON, Ariz. (AP) -"), matched only capitalised: several are
 * also words ("ill.", "miss.", "wash.") that end sentences.
 */
export const STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Vt', 'Va',
  'Wash', 'Wis', 'Wisc', 'Wyo',
]);

export interface BoilerplatePattern {
  pattern: RegExp;
  reason: string;
}

/** Whole lines matching one of these are marked boilerplate: kept for offsets, never a source of relations. */
export const BOILERPLATE_PATTERNS: BoilerplatePattern[] = [
  { pattern: /^\(?\s*(photo|image|picture|video|graphic|illustration)s?\s*(:|credit|by\b)/i, reason: 'photo or media credit line' },
  { pattern: /^.{0,120}\b(getty images|afp via getty|reuters\/|ap photo|shutterstock|epa-efe)\b.{0,60}$/i, reason: 'agency picture credit' },
  { pattern: /^(read also|also read|read more|related article|related articles|related|see also|more on this|recommended|watch|listen|trending|most read|sponsored|advertisement)\s*[:|-]/i, reason: 'cross-link to another article' },
  { pattern: /^(advertisement|sponsored content|subscribe|sign up|follow us|share this|click here|newsletter)\b/i, reason: 'page furniture' },
  { pattern: /^@\w+$/, reason: 'lone social media handle' },
  { pattern: /^(@\w+\s*)+$/, reason: 'social media handles' },
  { pattern: /^(copyright|©|\(c\))\s/i, reason: 'copyright notice' },
  { pattern: /all rights reserved\.?$/i, reason: 'copyright notice' },
  { pattern: /^https?:\/\/\S+$/, reason: 'bare link' },
];
