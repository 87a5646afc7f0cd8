// Words that official first-order division names carry but news copy drops:
// "Donetska oblast" is written "Donetsk", "Republic of Adygea" "Adygea".
// Used by build-data.ts to derive short names, and by lookup to read "X Oblast"/"X region".

export interface AffixPattern {
  pattern: RegExp;
  reason: string;
}

export const REGION_NAME_AFFIXES: AffixPattern[] = [
  { pattern: /^(?:autonomous )?republic of /i, reason: 'official prefix of a republic within a federation' },
  { pattern: /^(?:province|state|region|department|county|governorate|prefecture|canton|district|municipality) of /i, reason: 'official prefix naming the division type' },
  { pattern: / (?:autonomous okrug|autonomous oblast|autonomous region|autonomous province|autonomous community|special administrative region|capital territory|federal district)$/i, reason: 'division type written after the name' },
  { pattern: / (?:oblast|oblys|krai|kray|okrug|province|provincia|region|prefecture|governorate|voivodeship|county|state|district|department|municipality|canton|sar|republic|territory|emirate|division|parish)$/i, reason: 'division type written after the name' },
];

/** Words that, written after a name ("Donetsk Oblast", "Sichuan province"), say it is a region. */
export const REGION_TYPE_WORDS = new Set([
  'oblast', 'oblasts', 'krai', 'okrug', 'province', 'provinces', 'region', 'regions', 'prefecture', 'governorate',
  'voivodeship', 'county', 'state', 'territory', 'territories', 'republic', 'republics', 'canton', 'district', 'enclave',
  'exclave', 'autonomous', 'breakaway', 'separatist', 'separatists', 'rebel', 'rebels', 'peninsula', 'area',
]);
