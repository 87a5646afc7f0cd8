// Nouns news names a country by when it calls it by its form of state or its geography instead of repeating the name:
// "Iran's foreign minister thanked the sultanate" (Oman), "to visit the self-ruled island" (Taiwan). Each noun is read
// against the countries that fit it which the article has named (relate/phrases.ts, definiteAnaphor): of those, the
// salient one, and none when two fit alike. General knowledge, written by hand; ISO 3166-1 alpha-2 codes as the
// gazetteer's country ids ("country:OM"). "country", "nation" and "kingdom" fit any country (data/words.ts).

export interface CountryForm {
  /** The noun, lower case ("sultanate"). */
  noun: string;
  codes: string[];
  reason: string;
}

const f = (noun: string, codes: string, reason: string): CountryForm => ({ noun, codes: codes.split(/\s+/), reason });

export const COUNTRY_FORMS: readonly CountryForm[] = [
  f('sultanate', 'OM BN', '"the sultanate": the sovereign sultanates, Oman and Brunei'),
  f('emirate', 'QA KW AE', '"the emirate": Qatar and Kuwait, and the United Arab Emirates as news sometimes writes of it'),
  f('island', 'TW CU CY LK IS JM MT MG MU SG BH', '"the self-ruled island", "the island\'s president": a country that is one island (or nearly), as news calls it; a country sharing its island (Haiti, Ireland) or of many islands is not "the island"'),
];

/** The codes of the countries "the <noun>" may name, or undefined when the noun is no such description. */
export const countryFormCodes = (noun: string): ReadonlySet<string> | undefined => FORMS.get(noun);

const FORMS = new Map(COUNTRY_FORMS.map((x) => [x.noun, new Set(x.codes)]));
