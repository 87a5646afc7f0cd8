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

/** Nouns naming a division: "Donetsk Oblast", "Sichuan province", "the regions of X and Y". */
export const DIVISION_NOUNS = new Set([
  'oblast', 'oblasts', 'krai', 'okrug', 'province', 'provinces', 'region', 'regions', 'prefecture', 'governorate',
  'voivodeship', 'county', 'state', 'territory', 'territories', 'republic', 'republics', 'canton', 'district',
]);

/** Words near a name that make the region reading likelier than the city ("the Russian enclave of X", "X separatists"). */
export const REGION_TYPE_WORDS = new Set([
  ...DIVISION_NOUNS, 'enclave', 'exclave', 'autonomous', 'breakaway', 'separatist', 'separatists', 'rebel', 'rebels',
  'peninsula', 'area',
]);

/** Names that are only a direction or a generic word: a few packaged divisions are called "North" or "Centre". */
export const GENERIC_PLACE_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'capital', 'coast', 'coastal', 'island', 'islands', 'mountain', 'valley', 'lakes', 'city', 'district', 'federal',
  'metropolitan', 'national', 'upper', 'lower', 'north east', 'north west', 'south east', 'south west', 'northeast',
  'northwest', 'southeast', 'southwest', 'far north', 'far west', 'littoral', 'plateau', 'highlands', 'lowlands',
  'interior', 'border', 'frontier', 'independence', 'unity', 'liberty', 'union', 'progress',
]);
